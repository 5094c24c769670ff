"""Bad input never crashes, hangs or loses an article (issue "Never crash, never lose an article, never hang").

Every case runs ``claims check`` on the bad file next to a good control article
and asserts: the bad file is either checked or skipped with a reason (listed in
the report), the control is still checked, every file given is accounted for
(documents + skipped), the exit status is the one README.md "Exit status"
documents, and stderr holds no traceback and no "internal error".

The byte-level and large cases are generated into ``tmp_path`` by
``tests/fixtures/bad/make_bad_inputs.py``; the small text cases are committed
next to it.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from claims.cli import ExitCode, main

from conftest import FIXTURES, ROOT

BAD = FIXTURES / "bad"
sys.path.insert(0, str(BAD))
import make_bad_inputs as gen  # noqa: E402

# Generous: a healthy run of any case here takes a few seconds. Not a timing
# assertion, only a guard so that a hang fails instead of blocking the suite.
HANG_TIMEOUT = 30
# Address space of a subprocess run: a runaway expansion fails fast instead of swapping.
MEMORY_LIMIT = 3 * 1024**3

CONTROL = "control.txt"


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    """Run from an empty folder: no claims.toml/pyproject.toml of the repository applies."""
    monkeypatch.chdir(tmp_path)


def run_check(*paths, extra=()) -> tuple[int, dict | None, str]:
    """``claims check PATHS --format json --output -`` in process: (status, report, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["check", *map(str, paths), "--format", "json", "--output", "-", "--jobs", "1", *extra])
        except SystemExit as exc:  # argparse
            code = exc.code
    text = out.getvalue()
    return code, (json.loads(text) if text.strip() else None), err.getvalue()


def run_check_subprocess(*paths, extra=(), timeout=HANG_TIMEOUT, cwd=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("CLAIMS_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "claims", "check", *map(str, paths), "--format", "json", "--output", "-", "--jobs", "1", *extra],
        capture_output=True, text=True, timeout=timeout, cwd=cwd, env=env, errors="replace",
        preexec_fn=_limit_memory,
    )


def _limit_memory() -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    except (ImportError, ValueError, OSError):
        pass


def status_of(report: dict, name: str) -> tuple[str, dict]:
    """('checked', document) or ('skipped', entry) for the input whose file name is ``name``."""
    docs = [d for d in report["documents"] if Path(d["path"]).name == name]
    skipped = [s for s in report["skipped"] if Path(s["path"]).name == name]
    assert len(docs) + len(skipped) == 1, f"{name}: {len(docs)} documents, {len(skipped)} skipped"
    return ("checked", docs[0]) if docs else ("skipped", skipped[0])


def documented_status(report: dict) -> int:
    """README "Exit status" with the default --fail-on error."""
    return ExitCode.FINDINGS if report["summary"]["findings"]["error"] else ExitCode.CLEAN


def assert_clean_stderr(err: str) -> None:
    assert "Traceback" not in err
    assert "internal error" not in err


def assert_accounted(report: dict, given: int) -> None:
    """Nothing lost: every file given is a checked document or a skipped entry."""
    assert len(report["documents"]) + len(report["skipped"]) == given
    assert report["summary"]["articles"] + report["summary"]["skipped"] == given
    for entry in report["skipped"]:
        assert entry["reason"].strip()
        assert "internal error" not in entry["reason"]


def _write_control(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / CONTROL
    path.write_text(gen.ARTICLE, encoding="utf-8")
    return path


# ---------------------------------------------------------------------------
# One bad file next to a control article
# ---------------------------------------------------------------------------

CHECKED, SKIPPED, EITHER = "checked", "skipped", "either"


# name, expected status, what the reason / a warning must contain, the publication date expected
CASES = [
    pytest.param("empty.txt", SKIPPED, "empty", None, id="empty"),
    pytest.param("whitespace.txt", SKIPPED, "empty", None, id="whitespace-only"),
    pytest.param("nul-bytes.txt", SKIPPED, "binary", None, id="nul-bytes"),
    pytest.param("image.png", SKIPPED, "unsupported file type", None, id="png"),
    pytest.param("image-named-txt.txt", SKIPPED, "binary", None, id="png-named-txt"),
    pytest.param("utf16.txt", EITHER, None, None, id="utf16-with-bom"),
    pytest.param("latin1.txt", CHECKED, "Windows-1252", "2019-03-12", id="latin1"),
    pytest.param("cp1252.txt", CHECKED, "Windows-1252", "2019-03-12", id="windows-1252"),
    pytest.param("bom-crlf.txt", CHECKED, None, "2022-08-30", id="utf8-bom-crlf"),
    pytest.param("cr-only.txt", CHECKED, None, "2022-08-30", id="cr-line-ends"),
    pytest.param("malformed-date.txt", CHECKED, "not a valid date", None, id="february-31"),
    pytest.param("future-dated.txt", CHECKED, None, "2987-03-03", id="future-dated"),
    pytest.param("pre-1900.txt", CHECKED, None, "1871-10-12", id="pre-1900"),
    pytest.param("only-metadata.txt", CHECKED, None, "2019-03-12", id="only-metadata"),
    pytest.param("front-matter-broken.txt", CHECKED, "front matter", None, id="front-matter-not-yaml"),
    pytest.param("front-matter-bad-date.txt", CHECKED, "front matter", None, id="front-matter-february-31"),
    pytest.param("front-matter-deep.txt", CHECKED, "front matter", None, id="front-matter-deeply-nested"),
    pytest.param("year-zero.txt", CHECKED, "not a valid date", None, id="date-line-year-0000"),
    pytest.param("max-date.txt", CHECKED, None, "9999-12-31", id="published-9999-12-31"),
    pytest.param("min-date.txt", CHECKED, None, "0001-01-01", id="published-0001-01-01"),
]


@pytest.mark.parametrize("name, expected, words, published", CASES)
def test_bad_file_next_to_a_good_one(tmp_path, name, expected, words, published):
    folder = tmp_path / "in"
    bad = gen.write_case(name, folder)
    control = _write_control(folder)
    code, report, err = run_check(bad, control)
    assert_clean_stderr(err)
    assert report is not None, err
    assert_accounted(report, 2)
    assert status_of(report, CONTROL)[0] == CHECKED  # the run went on
    assert code == documented_status(report)
    status, entry = status_of(report, name)
    if expected != EITHER:
        assert status == expected, entry
    if status == SKIPPED:
        assert words is None or words in entry["reason"]
    else:
        if words is not None:
            assert any(words in w for w in entry["warnings"]), entry["warnings"]
        assert entry["published"] == published


def test_the_whole_bad_corpus_in_one_folder(tmp_path):
    """All the quick cases at once: the run goes on past each of them."""
    folder = tmp_path / "in"
    names = [p.values[0] for p in CASES if not p.marks]
    for name in names:
        gen.write_case(name, folder)
    _write_control(folder)
    code, report, err = run_check(folder)
    assert_clean_stderr(err)
    assert_accounted(report, len(names) + 1)
    assert code == documented_status(report)


def test_encodings_keep_the_letters_and_the_offsets(tmp_path):
    """Windows-1252 text is decoded (not replaced by U+FFFD); BOM and CRLF do not shift lines."""
    folder = tmp_path / "in"
    for name in ("cp1252.txt", "latin1.txt", "bom-crlf.txt"):
        gen.write_case(name, folder)
    _write_control(folder)
    _, report, _ = run_check(folder)
    titles = {Path(d["path"]).name: d["title"] for d in report["documents"]}
    assert titles["cp1252.txt"] == titles["latin1.txt"] == "Crue meurtrière à Montréal"
    assert titles["bom-crlf.txt"] == titles[CONTROL] == "Flood Toll Rises in Pakistan"
    cp1252 = [c for c in report["claims"] if c["path"].endswith("cp1252.txt")]
    assert any("€" in c["sentence"] for c in cp1252)
    assert not any("\ufffd" in c["sentence"] for c in cp1252)

    def lines(name):
        return [(c["line"], c["text"]) for c in report["claims"] if c["path"].endswith(name)]

    assert lines("bom-crlf.txt") == lines(CONTROL) != []


def test_article_of_10000_lines_without_punctuation_is_checked(tmp_path):
    """A paste with no full stop is one long 'sentence': it must not take quadratic time."""
    folder = tmp_path / "in"
    gen.write_case("no-punctuation.txt", folder)
    _write_control(folder)
    try:
        proc = run_check_subprocess(folder, timeout=HANG_TIMEOUT, cwd=tmp_path)
    except subprocess.TimeoutExpired:
        pytest.fail(f"claims check did not finish in {HANG_TIMEOUT} s")
    assert_clean_stderr(proc.stderr)
    report = json.loads(proc.stdout)
    assert_accounted(report, 2)
    assert status_of(report, "no-punctuation.txt")[0] == CHECKED


def test_five_megabyte_article_is_checked(tmp_path):
    """A 5 MB article (the 50 MB one is in benchmarks/fuzz.py): checked, in a subprocess with a hang guard."""
    folder = tmp_path / "in"
    gen.write_big(folder, 5)
    _write_control(folder)
    try:
        proc = run_check_subprocess(folder, timeout=180, cwd=tmp_path)
    except subprocess.TimeoutExpired:
        pytest.fail("claims check did not finish on a 5 MB article in 180 s")
    assert_clean_stderr(proc.stderr)
    report = json.loads(proc.stdout)
    assert_accounted(report, 2)
    assert status_of(report, "big.txt")[0] == CHECKED
    assert proc.returncode == documented_status(report)


def test_billion_laughs_front_matter_does_not_hang(tmp_path):
    """YAML anchors/aliases in an article's front matter must not expand (str() of the title)."""
    folder = tmp_path / "in"
    gen.write_case("front-matter-laughs.txt", folder)
    _write_control(folder)
    try:
        proc = run_check_subprocess(folder, timeout=30, cwd=tmp_path)
    except subprocess.TimeoutExpired:
        pytest.fail("claims check hung on front matter with YAML aliases")
    assert_clean_stderr(proc.stderr)
    report = json.loads(proc.stdout)
    assert_accounted(report, 2)
    status, entry = status_of(report, "front-matter-laughs.txt")
    assert status == CHECKED and any("front matter" in w for w in entry["warnings"])
    assert len(entry["title"] or "") < 1000


# ---------------------------------------------------------------------------
# Folders: links, special files, permissions
# ---------------------------------------------------------------------------


def _special_folder(tmp_path: Path) -> tuple[Path, int]:
    """A folder with a symlink loop, dangling and self links, a socket and a FIFO; returns (folder, entries)."""
    folder = tmp_path / "in"
    _write_control(folder)
    (folder / "sub").mkdir()
    gen.write_case("pre-1900.txt", folder / "sub")
    (folder / "sub" / "loop").symlink_to("..")  # a directory loop: walked once
    (folder / "self.txt").symlink_to("self.txt")  # ELOOP
    (folder / "gone.txt").symlink_to("nowhere.txt")  # dangling
    os.mkfifo(folder / "fifo.txt")  # opening it would block forever
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "sock.txt"))
    sock.close()
    return folder, 6


def test_symlink_loop_socket_fifo_and_dangling_links(tmp_path):
    folder, entries = _special_folder(tmp_path)
    try:
        proc = run_check_subprocess(folder, timeout=HANG_TIMEOUT, cwd=tmp_path)
    except subprocess.TimeoutExpired:
        pytest.fail("claims check hung on a folder with a loop, a FIFO or a socket")
    assert_clean_stderr(proc.stderr)
    report = json.loads(proc.stdout)
    assert_accounted(report, entries)
    assert proc.returncode == documented_status(report)
    for name in ("self.txt", "gone.txt", "fifo.txt", "sock.txt"):
        assert status_of(report, name)[0] == SKIPPED
    assert status_of(report, "pre-1900.txt")[0] == CHECKED
    assert status_of(report, CONTROL)[0] == CHECKED


def test_special_files_given_by_name(tmp_path):
    folder, _ = _special_folder(tmp_path)
    names = ["self.txt", "gone.txt", "fifo.txt", "sock.txt"]
    code, report, err = run_check(*(folder / n for n in names), folder / CONTROL)
    assert_clean_stderr(err)
    assert_accounted(report, len(names) + 1)
    assert [status_of(report, n)[0] for n in names] == [SKIPPED] * len(names)


def _can_read(path: Path) -> bool:
    try:
        if path.is_dir():
            os.listdir(path)
        else:
            path.open("rb").close()
        return True
    except OSError:
        return False


def _lock(monkeypatch, path: Path) -> None:
    """chmod 000; when that does not block reading (root), make reading it fail the same way."""
    path.chmod(0)
    if not _can_read(path):
        return
    denied = PermissionError(13, "Permission denied")
    if path.is_dir():
        real_scandir = os.scandir

        def scandir(target="."):
            if Path(os.fsdecode(target)) == path:
                raise PermissionError(13, "Permission denied", str(target))
            return real_scandir(target)

        monkeypatch.setattr(os, "scandir", scandir)
    else:
        real_read_bytes = Path.read_bytes
        real_open = Path.open

        def read_bytes(self):
            if self == path:
                raise denied
            return real_read_bytes(self)

        def open_(self, *args, **kwargs):
            if self == path:
                raise denied
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
        monkeypatch.setattr(Path, "open", open_)


def test_unreadable_file_is_skipped_with_the_reason(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    locked = gen.write_case("pre-1900.txt", folder)
    _write_control(folder)
    try:
        _lock(monkeypatch, locked)
        code, report, err = run_check(folder)
    finally:
        locked.chmod(0o644)
    assert_clean_stderr(err)
    assert_accounted(report, 2)
    status, entry = status_of(report, "pre-1900.txt")
    assert status == SKIPPED and "cannot read" in entry["reason"]
    assert status_of(report, CONTROL)[0] == CHECKED


def test_unreadable_folder_is_listed_not_lost(tmp_path, monkeypatch):
    """os.walk drops a folder it cannot list unless told otherwise: the folder must be in the report."""
    folder = tmp_path / "in"
    _write_control(folder)
    locked = folder / "locked"
    gen.write_case("pre-1900.txt", locked)
    try:
        _lock(monkeypatch, locked)
        code, report, err = run_check(folder)
    finally:
        locked.chmod(0o755)
    assert_clean_stderr(err)
    assert status_of(report, CONTROL)[0] == CHECKED
    # its files cannot be counted, so the folder itself must be listed with the reason
    assert any(Path(s["path"]).name == "locked" and "cannot read" in s["reason"] for s in report["skipped"]), report["skipped"]


def test_file_name_that_is_not_utf8(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")
    try:
        (folder / name).write_text(gen.ARTICLE, encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses file names that are not UTF-8")
    output = tmp_path / "report.json"
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["check", str(folder), "--format", "json", "--output", str(output), "--jobs", "1"])
    assert_clean_stderr(err.getvalue())
    assert code == ExitCode.CLEAN
    report = json.loads(output.read_text(encoding="utf-8"))
    assert_accounted(report, 1)


def test_folder_nested_deeper_than_the_recursion_limit(tmp_path):
    """1,100 nested folders (a/a/a/...): os.walk recurses once per level on Python 3.11."""
    folder = tmp_path / "in"
    _write_control(folder)
    try:  # relative steps: the absolute path is longer than PATH_MAX
        os.chdir(folder)
        for _ in range(1100):
            os.mkdir("a")
            os.chdir("a")
        Path("pre-1900.txt").write_bytes((BAD / "pre-1900.txt").read_bytes())
    except OSError:
        pytest.skip("this file system refuses paths that deep")
    finally:
        os.chdir(tmp_path)
    try:
        code, report, err = run_check(Path("in"))
    finally:
        _remove_chain(tmp_path / "in")
    assert_clean_stderr(err)
    assert_accounted(report, 2)
    assert status_of(report, "pre-1900.txt")[0] == CHECKED


def _remove_chain(folder: Path) -> None:
    """Remove in/a/a/.../a without recursion (shutil.rmtree recurses per level)."""
    os.chdir(folder)
    depth = 0
    while os.path.isdir("a"):
        os.chdir("a")
        depth += 1
    for _ in range(depth):
        for name in os.listdir("."):
            os.remove(name)
        os.chdir("..")
        os.rmdir("a")
    os.chdir(folder.parent)


def _tables(markdown: str) -> list[list[str]]:
    tables, current = [], []
    for line in markdown.split("\n"):
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    return tables + ([current] if current else [])


def test_file_names_with_pipe_and_newline_keep_the_markdown_tables(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a|b\nc.txt").write_text(gen.ARTICLE, encoding="utf-8")
    _write_control(folder)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["check", "in", "--output", "-", "--jobs", "1"])
    assert_clean_stderr(err.getvalue())
    assert code in (ExitCode.CLEAN, ExitCode.FINDINGS)
    markdown = out.getvalue()
    assert not any(line.startswith("c.txt") for line in markdown.split("\n"))
    for table in _tables(markdown):
        cells = {len(re.findall(r"(?<!\\)\|", row)) for row in table}
        assert len(cells) == 1, table


# ---------------------------------------------------------------------------
# Usage and input errors: exit 2, one line, no traceback
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("argv, line", [
    (["check", "missing"], "claims: error: missing: no such file or folder"),
    (["check", "{control}", "missing"], "claims: error: missing: no such file or folder"),
    (["check", "missing/deeper.txt"], "claims: error: missing/deeper.txt: no such file or folder"),
    (["check", "{control}", "--rules", "no-rules-here"], "claims: error: no-rules-here: no such rule file or folder"),
    (["check", "{control}", "--output", "{folder}"], "claims: error: {folder}: cannot write report"),
    (["check", "{control}", "--output", "{control}/report.md"], "claims: error: {control}/report.md: cannot write report"),
    (["rules", "validate", "missing.yaml"], "claims: error: missing.yaml: no such rule file or folder"),
], ids=["missing", "missing-after-a-good-one", "missing-nested", "missing-rules", "output-is-a-folder",
        "output-under-a-file", "validate-missing"])
def test_usage_errors_are_one_line_with_status_2(tmp_path, argv, line):
    folder = tmp_path / "in"
    control = _write_control(folder)
    fill = {"control": "in/" + CONTROL, "folder": "in"}
    argv = [a.format(**fill) for a in argv]
    line = line.format(**fill)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code
    assert code == ExitCode.ERROR
    lines = err.getvalue().splitlines()
    assert len(lines) == 1 and lines[0].startswith(line), lines
    assert control.exists()


def test_missing_path_through_the_real_command(tmp_path):
    proc = run_check_subprocess("does-not-exist", cwd=tmp_path)
    assert proc.returncode == ExitCode.ERROR
    assert proc.stderr == "claims: error: does-not-exist: no such file or folder\n"
    assert proc.stdout == ""


def test_empty_folder(tmp_path):
    (tmp_path / "in").mkdir()
    code, report, err = run_check(tmp_path / "in")
    assert_clean_stderr(err)
    assert code == ExitCode.CLEAN
    assert_accounted(report, 0)


def test_closed_stdout_is_not_an_internal_error(tmp_path):
    """``claims check ... --output - | true``: a reader that went away ends the run quietly."""
    folder = tmp_path / "in"
    _write_control(folder)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("CLAIMS_DEBUG", None)
    # `true` exits at once, long before the report is written: the write gets EPIPE every time
    script = f"'{sys.executable}' -m claims check in --format json --output - --jobs 1 2>err | true"
    subprocess.run(["sh", "-c", script], timeout=HANG_TIMEOUT, cwd=tmp_path, env=env)
    assert_clean_stderr((tmp_path / "err").read_text())
    assert "BrokenPipeError" not in (tmp_path / "err").read_text()


# ---------------------------------------------------------------------------
# JSON Lines feeds: one entry per line, bad lines skipped with the line number
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("name, good", [
    pytest.param("feed.jsonl", gen.FEED_GOOD_LINES, id="bad-lines"),
    pytest.param("feed-deep.jsonl", 1, id="deeply-nested-line"),
])
def test_feed_with_bad_lines(tmp_path, name, good):
    folder = tmp_path / "in"
    feed = gen.write_case(name, folder)
    lines = [line for line in feed.read_text(encoding="utf-8").split("\n") if line.strip()]
    code, report, err = run_check(feed, _write_control(folder))
    assert_clean_stderr(err)
    assert code == documented_status(report)
    # every non-blank line of the feed is a document or a skipped entry; the control is checked
    assert_accounted(report, len(lines) + 1)
    assert len(report["documents"]) == good + 1
    assert all("#" in s["path"] and "line " in s["reason"] for s in report["skipped"])


# ---------------------------------------------------------------------------
# Hostile rules
# ---------------------------------------------------------------------------

BACKTRACK = '"/(a+)+$/"'
# runs of "a" that end in "b": each run makes /(a+)+$/ backtrack exponentially
AAA_ARTICLE = "Aaa\n\nMarch 12, 2019\n\nThe count was 5 people by June 30 " + ("a" * 999 + "b ") * 1000 + "\n"


def _rule(rule_id: str, kind: str, match: str = "", checks: str = "", template: str = "hostile") -> str:
    return (f"id: {rule_id}\ndescription: a hostile rule\nkind: {kind}\n"
            + (f"match:\n{match}" if match else "")
            + f"subject:\n  template: \"{template}\"\n"
            + (f"checks:\n{checks}" if checks else ""))


@pytest.mark.parametrize("rule", [
    pytest.param(_rule("backtrack-cue", "quantity", f"  cues: [{BACKTRACK}]\n  window: {{before: 200, after: 200}}\n"), id="cues"),
    pytest.param(_rule("backtrack-context", "quantity", f"  context: [{BACKTRACK}]\n  context_scope: paragraph\n"), id="context"),
    pytest.param(_rule("backtrack-exclude", "quantity", f"  exclude: [{BACKTRACK}]\n  exclude_scope: sentence\n"), id="exclude"),
    pytest.param(_rule("backtrack-missed", "deadline", checks=f"  - type: deadline\n    missed_cues: [{BACKTRACK}]\n"),
                 id="missed-cues"),
])
def test_catastrophic_backtracking_rule_is_bounded_and_named(tmp_path, rule):
    """A /(a+)+$/ phrase on 1 MB of 'a...b' ends (hang guard 30 s) with a warning naming the rule."""
    rule_id = rule.split("\n", 1)[0].removeprefix("id: ")
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / f"{rule_id}.yaml").write_text(rule, encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "aaa.txt").write_text(AAA_ARTICLE, encoding="utf-8")
    _write_control(folder)
    try:
        proc = run_check_subprocess(folder, extra=["--rules", "rules"], timeout=30, cwd=tmp_path)
    except subprocess.TimeoutExpired:
        pytest.fail(f"rule {rule_id}: claims check did not finish in 30 s")
    assert_clean_stderr(proc.stderr)
    report = json.loads(proc.stdout)
    assert_accounted(report, 2)
    status, doc = status_of(report, "aaa.txt")
    assert status == CHECKED
    assert any(rule_id in w for w in doc["warnings"]), doc["warnings"]
    assert proc.returncode == documented_status(report)


def _validate(tmp_path, *argv) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:
            code = exc.code
    return code, out.getvalue(), err.getvalue()


def test_rule_with_10000_aliases_loads(tmp_path):
    """Many aliases load and run (timings: benchmarks/fuzz.py --aliases 10000)."""
    aliases = "".join(f'    "yemen {i} conflict death toll": "yemen conflict death toll"\n' for i in range(10_000))
    rule = tmp_path / "aliases.yaml"
    rule.write_text("id: many-aliases\ndescription: many aliases\nkind: quantity\nmatch:\n  nouns: [people]\n"
                    "  cues: [killed]\nsubject:\n  template: \"{place} conflict death toll\"\n  aliases:\n" + aliases,
                    encoding="utf-8")
    code, out, err = _validate(tmp_path, "rules", "validate", str(rule))
    assert (code, out, err) == (ExitCode.CLEAN, "1 rules valid\n", "")
    code, report, err = run_check(FIXTURES / "corpus", extra=["--no-default-rules", "--rules", str(rule)])
    assert_clean_stderr(err)
    assert code == documented_status(report)
    assert {c["rule"] for c in report["claims"]} <= {"many-aliases", None}


def _laughs(levels: int = 9) -> str:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    previous = "a"
    for name in "bcdefghijklmnop"[: levels - 1]:
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
        previous = name
    return ("id: laughs\ndescription: billion laughs\nkind: quantity\nsubject:\n  template: x\n"
            f"examples:\n  - text: *{previous}\n" + "\n".join(lines) + "\n")


# rule file content (str or bytes), the line stderr must hold (after "claims: error: FILE:")
HOSTILE_RULE_FILES = [
    pytest.param(_laughs(), "yaml: YAML aliases are not allowed", id="billion-laughs"),
    pytest.param("id: x\ndescription: " + "[" * 5000 + "]" * 5000 + "\n", "yaml:", id="deeply-nested"),
    pytest.param("id: big\ndescription: d\nkind: quantity\nmatch: {window: {before: 1" + "0" * 5000 + "}}\nsubject: {template: x}\n",
                 "match.window.before", id="5000-digit-integer"),
    pytest.param("id: ex\ndescription: d\nkind: quantity\nsubject: {template: x}\nexamples: [{text: x, published: 2014-02-31}]\n",
                 "examples.0.published", id="example-february-31"),
    pytest.param("id: tpl\ndescription: d\nkind: quantity\nsubject: {template: '{place} {place:>999999999}'}\n",
                 "subject.template", id="template-format-spec"),
    pytest.param(b"id: caf\xe9\n", "file: cannot read", id="latin1"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00", "file: cannot read", id="binary"),
    pytest.param("", "rule: a rule file must be a mapping", id="empty"),
    pytest.param("id: !!python/object/apply:os.system ['echo PWNED']\n", "id: could not determine a constructor", id="python-tag"),
]


@pytest.mark.parametrize("content, message", HOSTILE_RULE_FILES)
@pytest.mark.parametrize("command", ["validate", "check"])
def test_hostile_rule_file_is_refused_with_status_2(tmp_path, content, message, command):
    rule = tmp_path / "hostile.yaml"
    if isinstance(content, bytes):
        rule.write_bytes(content)
    else:
        rule.write_text(content, encoding="utf-8")
    _write_control(tmp_path / "in")
    if command == "validate":
        argv = ["rules", "validate", "hostile.yaml"]
    else:
        argv = ["check", "in", "--rules", "hostile.yaml", "--format", "json", "--output", "-", "--jobs", "1"]
    if "&a" in str(content) or "999999999" in str(content):  # could hang or eat memory: isolate it
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        env.pop("CLAIMS_DEBUG", None)
        try:
            proc = subprocess.run([sys.executable, "-m", "claims", *argv], capture_output=True, text=True, timeout=30,
                                  cwd=tmp_path, env=env, preexec_fn=_limit_memory)
        except subprocess.TimeoutExpired:
            pytest.fail("hung on a hostile rule file")
    else:
        code, out, err = _validate(tmp_path, *argv)
        proc = subprocess.CompletedProcess(argv, code, out, err)
    assert proc.returncode == ExitCode.ERROR, proc.stderr
    assert_clean_stderr(proc.stderr)
    lines = proc.stderr.splitlines()
    assert lines and all(line.startswith("claims: error: hostile.yaml:") for line in lines), lines
    assert any(message in line for line in lines), lines
    assert proc.stdout == ""
