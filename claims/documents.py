"""Read articles from disk: text, title, byline, publication date, URL.

Inputs are files or folders (walked recursively in sorted order). Every path
given ends up either as a Document or as a Skipped entry with its reason, so
the report can account for every input.

The layout understood is the common one for saved news articles::

    ---                         (optional YAML front matter: title, date, url, author)
    Title line
    By [Author](#)              (optional byline)
    March 12, 2019              (publication date on a line of its own)
    ...body...
    Original url:
    <https://...>

Metadata lines are blanked (replaced by spaces, offsets kept) in
``Document.text`` so that extractors never read the date line as a claim.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import yaml
from dateutil import parser as date_parser

from claims.errors import InputError
from claims.models import Document, Skipped

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".jsonl", ".ndjson")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES

# How many non-empty lines at the top may hold title/byline/date.
HEADER_LINES = 8

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A line that is only a date: "March 12, 2019", "12 March 2019", "2019-03-12",
# optionally with a weekday or a time ("Tuesday, Mar. 12, 2019 10:00 AM").
_DATE_LINE = re.compile(
    r"^\s*(?:(?:Published|Updated|Posted)\s*:?\s*)?"
    r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
    rf"(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})"
    r"(?:[,\s]+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?\s*$"
)
_BYLINE = re.compile(r"^\s*By\s+(?:\[(?P<linked>[^\]]+)\]\([^)]*\)|(?P<plain>[A-Z][^\n]{1,80}))\s*$")
_URL_LINE = re.compile(r"^\s*<?(?P<url>https?://[^\s>]+)>?\s*$")
_URL_LABEL = re.compile(r"^\s*(?:Original\s+url|Source|URL)\s*:\s*(?P<url><?https?://\S+>?)?\s*$", re.I)
# A list item that is only a link ("- [Related headline](#)") is navigation, not body text.
_LINK_ITEM = re.compile(r"^\s*(?:[-*+]\s+)?\[[^\]]*\]\([^)]*\)\s*$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?\n)---[ \t]*\n", re.S)


def iter_input_files(paths: Iterable[str]) -> Iterator[tuple[str, Path | None, str | None]]:
    """Yield ``(display_path, file, skip_reason)`` for every input, in order.

    Folders are walked recursively in sorted order; files whose suffix is not
    an article type come back with a skip reason. A path that does not exist
    is an InputError: it is a usage mistake, not a bad article.
    """
    for raw in paths:
        path = Path(raw)
        if not path.exists() and not path.is_symlink():
            raise InputError(f"{raw}: no such file or folder")
        if path.is_dir():
            yield from _walk(path)
        else:
            yield _classify(path)


def _walk(folder: Path) -> Iterator[tuple[str, Path | None, str | None]]:
    """Files under ``folder``, depth first, sorted; hidden entries left out.

    An explicit stack instead of os.walk: no recursion limit on deep trees, and
    a folder that cannot be read is reported instead of silently dropped.
    Symbolic links to folders are followed once (a loop is cut).
    """
    seen: set[tuple[int, int]] = set()
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            info = current.stat()
            if (info.st_dev, info.st_ino) in seen:  # a symlink loop
                continue
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(current) as listing:
                entries = sorted((e for e in listing if not e.name.startswith(".")), key=lambda e: e.name)
        except OSError as exc:
            yield _display(current), None, f"cannot read folder ({exc.strerror or exc})"
            continue
        subfolders = []
        for entry in entries:
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
            except OSError:
                is_dir = False
            if is_dir:
                subfolders.append(Path(entry.path))
            else:
                yield _classify(Path(entry.path))
        stack.extend(reversed(subfolders))


def _display(path: Path) -> str:
    """The path as shown in reports: bytes that are not UTF-8 become \\xNN escapes."""
    return os.fsencode(path).decode("utf-8", "backslashreplace").replace(os.sep, "/")


def _classify(path: Path) -> tuple[str, Path | None, str | None]:
    display = _display(path)
    if not path.is_file():
        return display, None, "not a regular file"
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        return display, None, f"unsupported file type '{path.suffix or path.name}'"
    return display, path, None


def load_document(display_path: str, file: Path) -> list[Document | Skipped]:
    """Read one input file: an article, an HTML page, or a JSON Lines feed of articles.

    Returns the documents it holds, or a Skipped with the reason it can't be used.
    A feed gives one Document per line (path ``feed.jsonl#LINE``); a bad line is
    a Skipped of its own while the other lines are read.
    """
    try:
        raw = file.read_bytes()
    except OSError as exc:
        return [Skipped(display_path, f"cannot read file ({exc.strerror})")]
    warnings: list[str] = []
    if b"\x00" in raw[:8192]:
        return [Skipped(display_path, "binary file (contains NUL bytes)")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = raw.decode("cp1252", errors="replace")
        warnings.append(f"not valid UTF-8 (byte {exc.start}); read as Windows-1252")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return [Skipped(display_path, "empty file")]
    suffix = file.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return [_html_document(display_path, text, warnings)]
    if suffix in FEED_SUFFIXES:
        return _feed_documents(display_path, text)
    return [parse_document(display_path, text, warnings)]


def _html_document(path: str, html: str, warnings: list[str]) -> Document | Skipped:
    from claims.htmltext import read_html

    page = read_html(html)
    if not page.text.strip():
        return Skipped(path, "HTML page with no article text")
    published = _parse_date_value(page.published, "HTML publication date", warnings)
    doc = _plain_document(path, page.text, page.title, page.byline, published, page.url, warnings)
    return doc


def _feed_documents(path: str, text: str) -> list[Document | Skipped]:
    out: list[Document | Skipped] = []
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        item_path = f"{path}#{lineno}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append(Skipped(item_path, f"line {lineno}: not valid JSON ({exc.msg})"))
            continue
        except (ValueError, RecursionError) as exc:
            out.append(Skipped(item_path, f"line {lineno}: not usable JSON ({type(exc).__name__})"))
            continue
        if not isinstance(item, dict):
            out.append(Skipped(item_path, f"line {lineno}: not a JSON object"))
            continue
        body = item.get("text") or item.get("body")
        if not isinstance(body, str) or not body.strip():
            out.append(Skipped(item_path, f"line {lineno}: no 'text' or 'body'"))
            continue
        warnings: list[str] = []
        published = _parse_date_value(item.get("published") or item.get("date"), f"line {lineno}: published", warnings)
        doc = _plain_document(item_path, body.replace("\r\n", "\n"), _str_or_none(item.get("title")),
                              _str_or_none(item.get("author")), published, _str_or_none(item.get("url")), warnings)
        doc.fixed_line = lineno
        out.append(doc)
    if not out:
        out.append(Skipped(path, "empty feed"))
    return out


def _plain_document(path, text, title, byline, published, url, warnings) -> Document:
    """A Document whose text holds no metadata lines (HTML pages, feed items)."""
    if published is None:
        warnings.append("no publication date found; relative dates are left unresolved")
    return Document(path=path, text=text, title=title, byline=byline, published=published, url=url,
                    line_starts=_line_starts(text), warnings=warnings)


def _parse_date_value(value, what: str, warnings: list[str]) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return date_parser.parse(str(value)).date()
    except (ValueError, OverflowError):
        warnings.append(f"{what}: not a date: {value!r}")
        return None


def parse_document(path: str, text: str, warnings: list[str] | None = None) -> Document:
    """Build a Document from article text: metadata found, metadata lines blanked."""
    warnings = list(warnings or [])
    meta: dict = {}
    body = text
    front = _FRONT_MATTER.match(text)
    if front:
        meta = _front_matter(front.group("body"), warnings)
        body = _blank(text, 0, front.end())

    title = _str_or_none(meta.get("title"))
    byline = _str_or_none(meta.get("author") or meta.get("byline"))
    url = _str_or_none(meta.get("url") or meta.get("link"))
    published = _meta_date(meta, warnings)

    lines = body.split("\n")
    starts = _line_starts(text)
    blank_ranges: list[tuple[int, int]] = []
    seen_nonempty = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        seen_nonempty += 1
        if seen_nonempty > HEADER_LINES:
            break
        stripped = line.strip()
        line_span = (starts[index], starts[index] + len(line))
        if title is None and seen_nonempty == 1:
            if _looks_like_headline(stripped):
                title = stripped.lstrip("#").strip()
                blank_ranges.append(line_span)
            else:  # the article starts with its body: name it, keep the text
                title = " ".join(stripped.split()[:12]) + ("…" if len(stripped.split()) > 12 else "")
        elif byline is None and (m := _BYLINE.match(line)):
            byline = (m.group("linked") or m.group("plain")).strip()
            blank_ranges.append(line_span)
        elif published is None and _DATE_LINE.match(line):
            published = _parse_date_line(stripped, path, index + 1, warnings)
            blank_ranges.append(line_span)

    # the trailer: "Original url:" and a bare URL line
    for index, line in enumerate(lines):
        if _LINK_ITEM.match(line):
            blank_ranges.append((starts[index], starts[index] + len(line)))
            continue
        label = _URL_LABEL.match(line)
        bare = _URL_LINE.match(line)
        if label or bare:
            found = (label.group("url") if label else None) or (bare.group("url") if bare else None)
            if found and url is None:
                url = found.strip("<>")
            blank_ranges.append((starts[index], starts[index] + len(line)))

    for begin, end in blank_ranges:
        body = _blank(body, begin, end)
    if published is None:
        warnings.append("no publication date found; relative dates are left unresolved")
    return Document(
        path=path,
        text=body,
        title=title,
        byline=byline,
        published=published,
        url=url,
        line_starts=starts,
        warnings=warnings,
    )


def _looks_like_headline(line: str) -> bool:
    """A headline is short and has no closing full stop; a body sentence has."""
    words = line.split()
    return line.startswith("#") or (len(words) <= 20 and not re.search(r"[.!?][\"'\u201d\u2019)]?$", line))


class _PlainLoader(yaml.SafeLoader):
    """Safe loading without anchors or aliases (no "billion laughs" in front matter)."""

    def compose_node(self, parent, index):  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            raise yaml.YAMLError("aliases are not allowed")
        return super().compose_node(parent, index)


def _front_matter(block: str, warnings: list[str]) -> dict:
    """Front matter as a mapping of plain values; anything odd is a warning, never a crash."""
    try:
        loaded = yaml.load(block, Loader=_PlainLoader)
    except (yaml.YAMLError, ValueError, RecursionError, OverflowError) as exc:
        warnings.append(f"front matter is not valid YAML ({type(exc).__name__}); ignored")
        return {}
    if not isinstance(loaded, dict):
        warnings.append("front matter is not a mapping; ignored")
        return {}
    # only scalar values are used: a title that is a list is no title
    return {str(k): v for k, v in loaded.items() if isinstance(v, (str, int, float, dt.date))}


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for match in re.finditer("\n", text):
        starts.append(match.end())
    return starts


def _blank(text: str, begin: int, end: int) -> str:
    """Replace text[begin:end] by spaces, keeping newlines and offsets."""
    chunk = re.sub(r"[^\n]", " ", text[begin:end])
    return text[:begin] + chunk + text[end:]


def _str_or_none(value) -> str | None:
    return str(value).strip() if value not in (None, "") else None


def _meta_date(meta: dict, warnings: list[str]) -> dt.date | None:
    for key in ("published", "date", "datePublished", "published_at"):
        value = meta.get(key)
        if value is None:
            continue
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        parsed = _parse_date_value(value, f"front matter: {key}", warnings)
        if parsed is not None:
            return parsed
    return None


def _parse_date_line(line: str, path: str, lineno: int, warnings: list[str]) -> dt.date | None:
    cleaned = re.sub(r"^(?:Published|Updated|Posted)\s*:?\s*", "", line, flags=re.I)
    try:
        parsed = date_parser.parse(cleaned, fuzzy=False).date()
    except (ValueError, OverflowError):
        parsed = None
    year = re.search(r"\b(\d{4})\b", cleaned)
    if parsed is None or (year and int(year.group(1)) != parsed.year):  # "January 1, 0000"
        warnings.append(f"line {lineno}: not a valid date: {line!r}")
        return None
    return parsed
