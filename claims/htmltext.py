"""Article text and metadata from an HTML page, with the standard library parser.

The page is parsed, never rendered: no script runs and nothing is fetched.
The publication date comes from, in order: ``<meta property=
"article:published_time">`` (and its common variants), JSON-LD
``datePublished``, then the first ``<time datetime>``. The main text is the
block elements (paragraphs, headings, list items) of the ``<article>``, or of
the ``<body>`` when there is no article element, skipping navigation, headers,
footers, asides, scripts and styles.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser

_SKIP = frozenset({"script", "style", "nav", "header", "footer", "aside", "noscript", "template", "form", "svg", "iframe"})
_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre", "td", "div", "section", "br"})
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "date", "pubdate",
              "publish-date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date")


@dataclass(slots=True)
class HtmlArticle:
    title: str | None = None
    published: str | None = None  # as written in the page; parsed by the caller
    url: str | None = None
    byline: str | None = None
    text: str = ""


@dataclass(slots=True)
class _State:
    skip_depth: int = 0
    in_article: int = 0
    saw_article: bool = False
    in_title: bool = False
    in_json_ld: bool = False
    title_parts: list[str] = field(default_factory=list)
    h1_parts: list[str] = field(default_factory=list)
    in_h1: bool = False
    json_ld: list[str] = field(default_factory=list)
    body_blocks: list[list[str]] = field(default_factory=lambda: [[]])
    article_blocks: list[list[str]] = field(default_factory=lambda: [[]])


class _ArticleParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.state = _State()
        self.meta: dict[str, str] = {}
        self.time_datetime: str | None = None
        self.canonical: str | None = None

    def handle_starttag(self, tag, attrs):
        s = self.state
        attributes = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
            if key and "content" in attributes:
                self.meta.setdefault(key, attributes["content"])
            return
        if tag == "link" and attributes.get("rel", "").lower() == "canonical":
            self.canonical = attributes.get("href")
            return
        if tag == "time" and self.time_datetime is None and attributes.get("datetime"):
            self.time_datetime = attributes["datetime"]
        if tag == "script" and attributes.get("type", "").lower() == "application/ld+json":
            s.in_json_ld = True
            s.json_ld.append("")
            return
        if tag in _SKIP:
            s.skip_depth += 1
            return
        if tag == "title":
            s.in_title = True
        if tag == "h1":
            s.in_h1 = True
        if tag == "article":
            s.in_article += 1
            s.saw_article = True
        if tag in _BLOCKS:
            self._break()

    def handle_endtag(self, tag):
        s = self.state
        if tag == "script" and s.in_json_ld:
            s.in_json_ld = False
            return
        if tag in _SKIP:
            s.skip_depth = max(0, s.skip_depth - 1)
            return
        if tag == "title":
            s.in_title = False
        if tag == "h1":
            s.in_h1 = False
        if tag == "article":
            s.in_article = max(0, s.in_article - 1)
        if tag in _BLOCKS:
            self._break()

    def _break(self):
        s = self.state
        if s.body_blocks[-1]:
            s.body_blocks.append([])
        if s.in_article and s.article_blocks[-1]:
            s.article_blocks.append([])

    def handle_data(self, data):
        s = self.state
        if s.in_json_ld:
            s.json_ld[-1] += data
            return
        if s.in_title:
            s.title_parts.append(data)
            return
        if s.skip_depth:
            return
        if s.in_h1:
            s.h1_parts.append(data)
        if data.strip():
            s.body_blocks[-1].append(data)
            if s.in_article:
                s.article_blocks[-1].append(data)


def _json_ld_fields(blobs: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}

    def visit(node):
        if isinstance(node, dict):
            for key in ("datePublished", "headline", "url"):
                value = node.get(key)
                if isinstance(value, str) and key not in found:
                    found[key] = value
            author = node.get("author")
            if "author" not in found:
                if isinstance(author, dict) and isinstance(author.get("name"), str):
                    found["author"] = author["name"]
                elif isinstance(author, list) and author and isinstance(author[0], dict) and isinstance(author[0].get("name"), str):
                    found["author"] = author[0]["name"]
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    for blob in blobs:
        try:
            visit(json.loads(blob))
        except (ValueError, RecursionError):
            continue
    return found


def read_html(html: str) -> HtmlArticle:
    """Title, publication date (as written), URL, byline and main text of a page."""
    parser = _ArticleParser()
    parser.feed(html)
    parser.close()
    s = parser.state
    ld = _json_ld_fields(s.json_ld)
    blocks = s.article_blocks if s.saw_article and any(s.article_blocks) else s.body_blocks
    paragraphs = [" ".join(" ".join(block).split()) for block in blocks]
    text = "\n\n".join(p for p in paragraphs if p)
    meta = parser.meta
    published = next((meta[k] for k in _DATE_META if meta.get(k)), None) or ld.get("datePublished") or parser.time_datetime
    title = (meta.get("og:title") or ld.get("headline") or " ".join("".join(s.h1_parts).split())
             or " ".join("".join(s.title_parts).split()) or None)
    return HtmlArticle(
        title=title,
        published=published,
        url=meta.get("og:url") or parser.canonical or ld.get("url"),
        byline=meta.get("author") or ld.get("author"),
        text=text,
    )
