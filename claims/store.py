"""A persistent claims store: check today's drafts against everything published.

``index`` extracts an archive of articles once and keeps their claims in an
SQLite file; re-indexing only extracts the files whose bytes changed.
``check_against`` extracts the drafts, loads from the store only the claims
that share a (rule, subject) key with a typed claim of a draft, and runs the
ordinary checks over both. Because checks only ever compare claims that share
a (rule, subject) key, this gives the same findings as one ``claims check``
over the drafts and the whole archive, restricted to findings that involve a
draft -- at the cost of an indexed lookup instead of re-reading the archive.

Schema (version 1)
------------------

``meta`` -- one row per setting, ``key TEXT PRIMARY KEY, value TEXT``:

* ``schema_version``: the layout below (an integer; this module reads only 1).
  A store of any other version is refused with a ClaimsError, never read.
* ``claims_version``: ``claims.__version__`` of the extractor that filled it.
* ``rules``: fingerprint (sha256) of the rules the claims were typed with.
  ``index`` re-extracts every file when either of the last two changed;
  ``check_against`` refuses a store built with other rules or another
  extractor, since its subjects would not match the drafts'.

``files`` -- one row per input file indexed (the unit of change detection):

* ``id`` INTEGER PRIMARY KEY; ``path`` (UNIQUE): the file's path as given to
  ``index``, with forward slashes, as in reports; ``abs_path``: resolved absolute path;
* ``sha256``: hex digest of the file's bytes; ``size``: bytes; ``indexed_at``: UTC time.
  A file that yields no article (empty, binary) keeps its row, so it is not read again.

``documents`` -- one row per article (a JSON Lines feed holds one per line):

* ``id`` INTEGER PRIMARY KEY; ``file_id``: ``files.id``;
* ``path`` (UNIQUE): the article's path in reports (``feed.jsonl#12`` for a feed
  item); ``abs_path``: the same with the file part resolved, so a draft named
  another way ("./a.txt") is still recognised as a stored article;
* ``title``, ``byline``, ``published`` (ISO date or NULL), ``url``: the
  metadata ``claims.documents`` found; ``fixed_line``: a feed item's line;
* ``warnings``: JSON list of the article's warnings (e.g. not UTF-8);
* ``ignores``: JSON list of ``[start, end, [rule ids]]`` spans covered by
  ``<!-- claims: ignore ... -->`` comments, so stored articles' ignores still
  hide findings as they do in a full run;
* ``claims``: number of claims extracted.

``claims`` -- one row per extracted claim (typed by a rule or not); every
field of ``claims.models.Claim`` and of its mention, so a Claim can be rebuilt
exactly. The mention's offsets and text are the claim's (the pipeline builds a
claim from its mention), so they are not stored twice.

* ``id`` INTEGER PRIMARY KEY: the claim's id in reports is ``s<id>``, unique
  across the store (draft claims keep the pipeline's ``c<n>``);
* ``doc_id``: ``documents.id``; ``kind``: quantity / date / deadline / duration;
* ``text``, ``sentence``, ``line``, ``start_offset``, ``end_offset``: the quote,
  its whitespace-normalised sentence, 1-based line, character offsets;
* ``published`` (ISO), ``source``, ``as_of_start``, ``as_of_end``,
  ``as_of_grain``: publication date, attribution and as-of interval;
* ``rule``, ``subject``: the rule that typed the claim and its subject key
  (NULL when untyped); ``cues``: JSON list of canonical cue names;
  ``speech_date``: 1 when a date says when something was said;
* quantities (NULL for times): ``q_magnitude``, ``q_low``, ``q_high`` (NULL =
  unbounded), ``q_low_open``, ``q_high_open``, ``q_qualifier``, ``q_unit``,
  ``q_dimension``, ``q_noun``, ``q_is_range``, ``q_change``;
* times (NULL for quantities): ``t_start``, ``t_end``, ``t_grain`` (NULL
  interval = unresolved), ``t_timex_type``, ``t_timex_value``, ``t_relative``.

Indexes: ``claims_subject`` on ``(rule, subject)`` -- the lookup
``check_against`` makes -- and ``claims_doc`` / ``documents_file`` for
replacing a changed file's articles and claims.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import multiprocessing
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from claims import __version__
from claims.baseline import filter_findings, inline_ignores, is_ignored_inline
from claims.checks import run_checks
from claims.documents import iter_input_files, load_document
from claims.errors import ClaimsError
from claims.models import (
    Claim,
    ClaimKind,
    DateInterval,
    Document,
    Finding,
    Grain,
    NumberInterval,
    Qualifier,
    QuantityMention,
    Skipped,
    TimeMention,
)
from claims.pipeline import RunResult, extract_all, extract_or_reason, load_inputs
from claims.rules import CompiledRule

SCHEMA_VERSION = 1

_SQLITE_MAGIC = b"SQLite format 3\x00"

_SCHEMA = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE files (
    id         INTEGER PRIMARY KEY,
    path       TEXT NOT NULL UNIQUE,
    abs_path   TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    size       INTEGER NOT NULL,
    indexed_at TEXT NOT NULL
);
CREATE TABLE documents (
    id         INTEGER PRIMARY KEY,
    file_id    INTEGER NOT NULL REFERENCES files(id),
    path       TEXT NOT NULL UNIQUE,
    abs_path   TEXT NOT NULL,
    title      TEXT,
    byline     TEXT,
    published  TEXT,
    url        TEXT,
    fixed_line INTEGER,
    warnings   TEXT NOT NULL DEFAULT '[]',
    ignores    TEXT NOT NULL DEFAULT '[]',
    claims     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX documents_file ON documents(file_id);
CREATE INDEX documents_abs_path ON documents(abs_path);
CREATE TABLE claims (
    id            INTEGER PRIMARY KEY,
    doc_id        INTEGER NOT NULL REFERENCES documents(id),
    kind          TEXT NOT NULL,
    text          TEXT NOT NULL,
    sentence      TEXT NOT NULL,
    line          INTEGER NOT NULL,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    published     TEXT,
    source        TEXT,
    as_of_start   TEXT,
    as_of_end     TEXT,
    as_of_grain   TEXT,
    rule          TEXT,
    subject       TEXT,
    cues          TEXT NOT NULL DEFAULT '[]',
    speech_date   INTEGER NOT NULL DEFAULT 0,
    q_magnitude   REAL,
    q_low         REAL,
    q_high        REAL,
    q_low_open    INTEGER,
    q_high_open   INTEGER,
    q_qualifier   TEXT,
    q_unit        TEXT,
    q_dimension   TEXT,
    q_noun        TEXT,
    q_is_range    INTEGER,
    q_change      TEXT,
    t_start       TEXT,
    t_end         TEXT,
    t_grain       TEXT,
    t_timex_type  TEXT,
    t_timex_value TEXT,
    t_relative    INTEGER
);
CREATE INDEX claims_subject ON claims(rule, subject);
CREATE INDEX claims_doc ON claims(doc_id);
"""

# Column order shared by the INSERT and the SELECT below (doc_id and id excluded).
_CLAIM_COLUMNS = (
    "kind", "text", "sentence", "line", "start_offset", "end_offset", "published", "source",
    "as_of_start", "as_of_end", "as_of_grain", "rule", "subject", "cues", "speech_date",
    "q_magnitude", "q_low", "q_high", "q_low_open", "q_high_open", "q_qualifier", "q_unit",
    "q_dimension", "q_noun", "q_is_range", "q_change",
    "t_start", "t_end", "t_grain", "t_timex_type", "t_timex_value", "t_relative",
)
_INSERT_CLAIM = (
    f"INSERT INTO claims (doc_id, {', '.join(_CLAIM_COLUMNS)}) "
    f"VALUES (?, {', '.join('?' for _ in _CLAIM_COLUMNS)})"
)
_SELECT_CLAIMS = (
    f"SELECT c.id, d.path, {', '.join('c.' + name for name in _CLAIM_COLUMNS)}, d.ignores "
    "FROM claims c JOIN documents d ON d.id = c.doc_id "
    "WHERE c.rule = ? AND c.subject = ? ORDER BY d.path, c.start_offset"
)


@dataclass(slots=True)
class IndexStats:
    """What one ``index`` call did."""

    extracted: int = 0  # new or changed files, extracted and written (a feed counts once)
    unchanged: int = 0  # same bytes as in the store: not read further
    skipped: int = 0  # not articles, unreadable or failing extraction
    removed: int = 0  # stored files under an indexed folder that no longer exist
    claims: int = 0  # claims written by this call
    seconds: float = 0.0
    skipped_inputs: list[Skipped] = field(default_factory=list)


# ---------------------------------------------------------------------------
# Opening and validating a store
# ---------------------------------------------------------------------------


def rules_fingerprint(rules: list[CompiledRule]) -> str:
    """A digest of the rules' content: claims typed by other rules don't meet."""
    digest = hashlib.sha256()
    for rule in sorted(rules, key=lambda r: r.id):
        digest.update(rule.rule.model_dump_json().encode("utf-8"))
        digest.update(b"\x1e")
    return digest.hexdigest()


def _connect(store: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(store, isolation_level=None)  # transactions are explicit
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA cache_size = -65536")  # 64 MB page cache
    return conn


def _read_meta(conn: sqlite3.Connection, store: Path) -> dict[str, str]:
    """The meta table, after checking this module can read the store's layout."""
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "meta" not in tables:
            raise ClaimsError(f"{store}: not a claims store (no meta table); create it with claims index")
        meta = dict(conn.execute("SELECT key, value FROM meta"))
    except sqlite3.DatabaseError as exc:
        raise ClaimsError(f"{store}: not a claims store ({exc})") from None
    version = meta.get("schema_version", "?")
    if version != str(SCHEMA_VERSION):
        raise ClaimsError(f"{store}: store schema version {version} is not supported "
                          f"(expected {SCHEMA_VERSION}); re-create it with claims index")
    return meta


def open_store(store: Path, create: bool = False) -> tuple[sqlite3.Connection, dict[str, str]]:
    """Open a store and return it with its meta table; ClaimsError if it can't be used.

    With ``create``, a missing (or empty) file becomes a new store of the
    current schema; otherwise it is an error.
    """
    store = Path(store)
    exists = store.exists() and store.stat().st_size > 0
    if not exists and not create:
        raise ClaimsError(f"{store}: no such claims store; create it with claims index")
    if exists:
        try:
            with open(store, "rb") as handle:
                magic = handle.read(len(_SQLITE_MAGIC))
        except OSError as exc:
            raise ClaimsError(f"{store}: cannot read store ({exc.strerror})") from None
        if magic != _SQLITE_MAGIC:
            raise ClaimsError(f"{store}: not a claims store (not an SQLite database)")
    try:
        conn = _connect(store)
        if not exists:
            conn.executescript("BEGIN;" + _SCHEMA + "COMMIT;")
            conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [
                ("schema_version", str(SCHEMA_VERSION)), ("claims_version", __version__), ("rules", ""),
            ])
    except sqlite3.Error as exc:
        raise ClaimsError(f"{store}: cannot open store ({exc})") from None
    try:
        return conn, _read_meta(conn, store)
    except ClaimsError:
        conn.close()
        raise


# ---------------------------------------------------------------------------
# Claims <-> rows
# ---------------------------------------------------------------------------


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def claim_row(claim: Claim) -> tuple:
    """A claim as the values of ``_CLAIM_COLUMNS``."""
    q, t, as_of = claim.quantity, claim.time, claim.as_of
    quantity = (None,) * 11
    if q is not None:
        quantity = (q.magnitude, q.interval.low, q.interval.high, int(q.interval.low_open), int(q.interval.high_open),
                    q.qualifier.value, q.unit, q.dimension, q.noun, int(q.is_range), q.change)
    times = (None,) * 6
    if t is not None:
        interval = t.interval
        times = (_iso(interval.start) if interval else None, _iso(interval.end) if interval else None,
                 interval.grain.value if interval else None, t.timex_type, t.timex_value, int(t.relative))
    return (
        claim.kind.value, claim.text, claim.sentence, claim.line, claim.start, claim.end, _iso(claim.published),
        claim.source, _iso(as_of.start) if as_of else None, _iso(as_of.end) if as_of else None,
        as_of.grain.value if as_of else None, claim.rule, claim.subject, json.dumps(list(claim.cues)),
        int(claim.speech_date), *quantity, *times,
    )


_KINDS = {k.value: k for k in ClaimKind}
_GRAINS = {g.value: g for g in Grain}
_QUALIFIERS = {q.value: q for q in Qualifier}
_date = dt.date.fromisoformat


def claim_from_row(row: tuple) -> Claim:
    """Rebuild a Claim from ``(id, path, *_CLAIM_COLUMNS)``."""
    (rowid, path, kind, text, sentence, line, start, end, published, source, as_of_start, as_of_end, as_of_grain,
     rule, subject, cues, speech_date, q_magnitude, q_low, q_high, q_low_open, q_high_open, q_qualifier, q_unit,
     q_dimension, q_noun, q_is_range, q_change, t_start, t_end, t_grain, t_timex_type, t_timex_value,
     t_relative) = row
    kind = _KINDS[kind]
    quantity = time_mention = None
    if q_qualifier is not None:
        quantity = QuantityMention(start, end, text, q_magnitude,
                                   NumberInterval(q_low, q_high, bool(q_low_open), bool(q_high_open)),
                                   _QUALIFIERS[q_qualifier], q_unit, q_dimension, q_noun, bool(q_is_range), q_change)
    elif t_timex_type is not None:
        interval = None if t_start is None else DateInterval(_date(t_start), _date(t_end), _GRAINS[t_grain])
        time_mention = TimeMention(start, end, text, kind, interval, t_timex_type, t_timex_value, bool(t_relative))
    as_of = None if as_of_start is None else DateInterval(_date(as_of_start), _date(as_of_end), _GRAINS[as_of_grain])
    return Claim(
        id=f"s{rowid}", path=path, line=line, start=start, end=end, text=text, sentence=sentence, kind=kind,
        published=None if published is None else _date(published), quantity=quantity, time=time_mention,
        source=source, as_of=as_of, rule=rule, subject=subject, cues=tuple(json.loads(cues)),
        speech_date=bool(speech_date),
    )


# ---------------------------------------------------------------------------
# index
# ---------------------------------------------------------------------------

_WORKER_RULES: list[CompiledRule] = []


def _init_worker(rules: list[CompiledRule]) -> None:
    global _WORKER_RULES
    _WORKER_RULES = rules


def _item_abs_path(path: str, file: str) -> str:
    """``path`` with its file part resolved ("./feed.jsonl#3" -> "/abs/feed.jsonl#3")."""
    return Path(file).resolve().as_posix() + path[len(file):] if path.startswith(file) else Path(path).resolve().as_posix()


def _extract_file(item: tuple[str, str, str, int]) -> tuple:
    """Read and extract one file (in a worker process when jobs > 1).

    Returns ``(display, sha, size, documents, skipped)``, each document being
    ``(path, abs_path, fields..., claim rows)``: rows are built here so that
    the parent process only writes.
    """
    display, file, sha, size = item
    documents, skipped = [], []
    for loaded in load_document(display, Path(file)):
        if isinstance(loaded, Skipped):
            skipped.append(loaded)
            continue
        claims = extract_or_reason(loaded, _WORKER_RULES)
        if isinstance(claims, str):
            skipped.append(Skipped(loaded.path, claims))
            continue
        ignores = [[start, end, sorted(rules)] for start, end, rules in inline_ignores(loaded)]
        documents.append((
            loaded.path, _item_abs_path(loaded.path, display), loaded.title, loaded.byline, _iso(loaded.published),
            loaded.url, loaded.fixed_line, json.dumps(loaded.warnings), json.dumps(ignores),
            [claim_row(c) for c in claims],
        ))
    return display, sha, size, documents, skipped


def _hashed_inputs(paths: list[str], skipped: list[Skipped]) -> Iterator[tuple[str, str, str, int]]:
    """``(display, file, sha256, size)`` for each article input; the others go to ``skipped``."""
    for display, file, reason in iter_input_files(paths):
        if file is None:
            skipped.append(Skipped(display, reason or "skipped"))
            continue
        try:
            raw = file.read_bytes()
        except OSError as exc:
            skipped.append(Skipped(display, f"cannot read file ({exc.strerror})"))
            continue
        yield display, str(file), hashlib.sha256(raw).hexdigest(), len(raw)


def index(paths: list[str], store: Path, rules: list[CompiledRule], jobs: int = 1) -> IndexStats:
    """Add the articles under ``paths`` to the store (created if missing); return what was done.

    A file whose bytes (sha256) are already stored under its path is not read
    further; a new or changed file is extracted and its old articles and claims
    replaced. Stored files under an indexed folder that no longer exist are
    removed. When the rules or the claims version differ from the store's,
    every file of the store is re-extracted, not only those under ``paths``
    (stored files found nowhere are removed), so that no claim typed by other
    rules remains. ``jobs`` > 1 extracts in worker processes.

    Files are read as ``claims.pipeline.load_inputs`` reads them
    (``iter_input_files`` + ``load_document``) but one at a time, so memory
    stays flat on an archive of 100,000 articles. Everything is written in one
    transaction: an interrupted index leaves the store as it was.
    """
    started = time.perf_counter()
    store = Path(store)
    stats = IndexStats()
    # The pool is forked before the store is opened so workers never inherit the connection.
    pool = multiprocessing.Pool(jobs, initializer=_init_worker, initargs=(rules,)) if jobs > 1 else None
    conn: sqlite3.Connection | None = None
    try:
        conn, meta = open_store(store, create=True)
        fingerprint = rules_fingerprint(rules)
        stale = meta.get("rules") != fingerprint or meta.get("claims_version") != __version__
        known = {path: (file_id, sha, abs_path)
                 for file_id, path, sha, abs_path in conn.execute("SELECT id, path, sha256, abs_path FROM files")}
        # Filled by changed_inputs(), which a pool runs in its feeder thread: read
        # only once every result is in (imap ends after its input is exhausted).
        seen: set[str] = set()
        input_skips: list[Skipped] = []
        unchanged = [0]

        def changed_inputs() -> Iterator[tuple[str, str, str, int]]:
            for item in _hashed_inputs(paths, input_skips):
                if item[0] in seen:  # the same file named twice ("a/" and "a/x.txt")
                    continue
                seen.add(item[0])
                stored = known.get(item[0])
                if stored is not None and stored[1] == item[2] and not stale:
                    unchanged[0] += 1
                    continue
                yield item
            if stale:  # claims typed by other rules must not stay: re-extract the rest of the store too
                for path, (_, _, abs_path) in known.items():
                    if path not in seen and Path(abs_path).is_file():
                        seen.add(path)
                        raw = Path(abs_path).read_bytes()
                        yield path, abs_path, hashlib.sha256(raw).hexdigest(), len(raw)

        if pool is not None:
            results = pool.imap(_extract_file, changed_inputs(), chunksize=8)
        else:
            _init_worker(rules)
            results = map(_extract_file, changed_inputs())
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        conn.execute("BEGIN IMMEDIATE")
        for display, sha, size, documents, skipped in results:
            stats.skipped_inputs += skipped
            abs_path = Path(display).resolve().as_posix()
            if display in known:
                file_id = known[display][0]
                _delete_documents(conn, file_id)
                conn.execute("UPDATE files SET abs_path = ?, sha256 = ?, size = ?, indexed_at = ? WHERE id = ?",
                             (abs_path, sha, size, now, file_id))
            else:
                file_id = conn.execute("INSERT INTO files (path, abs_path, sha256, size, indexed_at) VALUES (?, ?, ?, ?, ?)",
                                       (display, abs_path, sha, size, now)).lastrowid
            for *fields, rows in documents:
                doc_id = conn.execute(
                    "INSERT INTO documents (file_id, path, abs_path, title, byline, published, url, fixed_line, "
                    "warnings, ignores, claims) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (file_id, *fields, len(rows))).lastrowid
                conn.executemany(_INSERT_CLAIM, [(doc_id, *row) for row in rows])
                stats.claims += len(rows)
            stats.extracted += 1
        folders = tuple(Path(p).as_posix().rstrip("/") + "/" for p in paths if Path(p).is_dir())
        for path, (file_id, _, _) in known.items():
            # gone from an indexed folder, or (after a rules change) gone from the disk
            if path not in seen and (path.startswith(folders) or stale):
                _delete_documents(conn, file_id)
                conn.execute("DELETE FROM files WHERE id = ?", (file_id,))
                stats.removed += 1
        conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                         [("rules", fingerprint), ("claims_version", __version__)])
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        raise ClaimsError(f"{store}: cannot write store ({exc})") from None
    finally:
        if conn is not None:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.close()
        if pool is not None:
            pool.terminate()
            pool.join()
    stats.skipped_inputs = input_skips + stats.skipped_inputs
    stats.skipped = len(stats.skipped_inputs)
    stats.unchanged = unchanged[0]
    stats.seconds = time.perf_counter() - started
    return stats


def _delete_documents(conn: sqlite3.Connection, file_id: int) -> None:
    """Forget a file's articles and their claims (the file row stays)."""
    conn.execute("DELETE FROM claims WHERE doc_id IN (SELECT id FROM documents WHERE file_id = ?)", (file_id,))
    conn.execute("DELETE FROM documents WHERE file_id = ?", (file_id,))


# ---------------------------------------------------------------------------
# check_against
# ---------------------------------------------------------------------------


def check_against(draft_paths: list[str], store: Path, rules: list[CompiledRule],
                  accepted: frozenset[str] = frozenset()) -> RunResult:
    """Check drafts against a store: the findings of a full run that involve a draft.

    Only the stored claims whose (rule, subject) a typed draft claim has are
    loaded (one indexed query per key). Stored articles with the path of a
    draft (as given, or resolved) are left out: the draft replaces them.

    The result holds the drafts (documents, skipped inputs, all their claims)
    plus, from the store, only what the findings reference: those claims, and
    their articles as Documents with empty text and the stored metadata, so
    both report formats can show and link them. Inline ignore comments of
    drafts and of stored articles apply, and ``accepted`` baseline
    fingerprints, as in ``claims.pipeline.run``.
    """
    conn, meta = open_store(Path(store))
    try:
        if meta.get("rules") != rules_fingerprint(rules) or meta.get("claims_version") != __version__:
            raise ClaimsError(f"{store}: the store was indexed with other rules or another claims version; "
                              "run claims index again with these rules")
        result = RunResult()
        documents, result.skipped = load_inputs(draft_paths)
        result.documents, result.claims, failed = extract_all(documents, rules)
        result.skipped.extend(failed)
        stored, ignores = _related_claims(conn, result.documents, result.claims)

        draft_ids = {claim.id for claim in result.claims}
        findings = [f for f in run_checks(result.claims + stored, rules) if any(c.id in draft_ids for c in f.claims)]
        for doc in result.documents:
            if spans := inline_ignores(doc):
                ignores[doc.path] = spans
        result.findings, result.hidden_by_baseline, result.hidden_inline = _filter(findings, accepted, ignores)

        referenced = {c.id: c for f in result.findings for c in f.claims if c.id not in draft_ids}
        result.claims += sorted(referenced.values(), key=lambda c: (c.path, c.start))
        result.documents += _stored_documents(conn, sorted({c.path for c in referenced.values()}))
    except sqlite3.DatabaseError as exc:
        raise ClaimsError(f"{store}: cannot read store ({exc})") from None
    finally:
        conn.close()
    return result


def _filter(findings: list[Finding], accepted: frozenset[str], ignores: dict) -> tuple[list[Finding], int, int]:
    """``baseline.filter_findings``, without fingerprinting every finding when no baseline is given.

    A finding against a long-running story can name hundreds of stored claims,
    and a fingerprint costs a ``Path`` per claim: 2 s of a 3 s check in the
    100,000-article benchmark, for nothing when ``accepted`` is empty.
    """
    if accepted:
        return filter_findings(findings, set(accepted), ignores)
    if not ignores:
        return findings, 0, 0
    kept = [f for f in findings if not any(is_ignored_inline(c, f.rule, ignores) for c in f.claims)]
    return kept, 0, len(findings) - len(kept)


def _related_claims(conn: sqlite3.Connection, drafts: list[Document], draft_claims: list[Claim]
                    ) -> tuple[list[Claim], dict[str, list[tuple[int, int, frozenset[str]]]]]:
    """Stored claims sharing a (rule, subject) with the drafts, and their articles' ignore spans."""
    keys = sorted({(c.rule, c.subject) for c in draft_claims if c.rule and c.subject})
    excluded: set[str] = set()
    if drafts:
        names = sorted({d.path for d in drafts})
        resolved = sorted({_item_abs_path(d.path, getattr(d, "file", d.path)) for d in drafts})
        excluded = {row[0] for row in conn.execute(
            f"SELECT path FROM documents WHERE path IN ({', '.join('?' for _ in names)}) "
            f"OR abs_path IN ({', '.join('?' for _ in resolved)})", (*names, *resolved))}
    claims: list[Claim] = []
    ignores: dict[str, list[tuple[int, int, frozenset[str]]]] = {}
    for key in keys:
        for row in conn.execute(_SELECT_CLAIMS, key):
            path, doc_ignores = row[1], row[-1]
            if path in excluded:
                continue
            claims.append(claim_from_row(row[:-1]))
            if doc_ignores != "[]" and path not in ignores:
                ignores[path] = [(start, end, frozenset(ids)) for start, end, ids in json.loads(doc_ignores)]
    return claims, ignores


def _stored_documents(conn: sqlite3.Connection, paths: list[str]) -> list[Document]:
    """Stored articles as Documents with empty text: metadata for the report."""
    documents = []
    for i in range(0, len(paths), 500):  # stay well under SQLite's bound-parameter limit
        chunk = paths[i : i + 500]
        for path, title, byline, published, url, fixed_line, warnings in conn.execute(
            "SELECT path, title, byline, published, url, fixed_line, warnings FROM documents "
            f"WHERE path IN ({', '.join('?' for _ in chunk)}) ORDER BY path", chunk):
            doc = Document(path=path, text="", title=title, byline=byline,
                           published=None if published is None else _date(published), url=url,
                           warnings=json.loads(warnings))
            if fixed_line is not None and hasattr(doc, "fixed_line"):
                doc.fixed_line = fixed_line
            documents.append(doc)
    return documents


def store_summary(store: Path) -> dict[str, int | str]:
    """Counts and versions of a store, for ``claims index`` to print."""
    conn, meta = open_store(Path(store))
    try:
        files = conn.execute("SELECT COUNT(*) FROM files").fetchone()[0]
        documents = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        claims, typed = conn.execute("SELECT COUNT(*), COUNT(rule) FROM claims").fetchone()
    finally:
        conn.close()
    return {"files": files, "documents": documents, "claims": claims, "typed_claims": typed,
            "schema_version": int(meta["schema_version"]), "claims_version": meta.get("claims_version", "")}


__all__ = ["SCHEMA_VERSION", "IndexStats", "check_against", "claim_from_row", "claim_row", "index", "open_store",
           "rules_fingerprint", "store_summary"]
