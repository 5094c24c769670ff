"""The same corpus gives byte-identical reports: across runs, processes (hash seeds),
file-system listing orders and ``--jobs``.

The corpus is the seed articles, the small test corpora and a few bad inputs
(non-UTF-8, BOM/CRLF, a malformed date, an empty file, an image), copied into
a temporary folder; reports name files relative to the working folder, so two
copies give the same report when each run starts from its copy's parent.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claims.cli import main

from conftest import FIXTURES, ROOT

sys.path.insert(0, str(FIXTURES / "bad"))
import make_bad_inputs as gen  # noqa: E402

BAD_CASES = ["latin1.txt", "cp1252.txt", "bom-crlf.txt", "malformed-date.txt", "pre-1900.txt", "empty.txt", "image.png"]
FORMATS = ["markdown", "json"]


def corpus_files() -> list[tuple[str, bytes]]:
    """(relative path, content) of every corpus file, in a fixed order."""
    files = []
    for folder, prefix in ((ROOT / "seeds", "seeds"), (FIXTURES / "corpus", "corpus"),
                           (FIXTURES / "tutorial" / "articles", "tutorial")):
        for path in sorted(folder.iterdir()):
            files.append((f"{prefix}/{path.name}", path.read_bytes()))
    for name in BAD_CASES:
        content = gen.CASES[name]() if name in gen.CASES else (FIXTURES / "bad" / name).read_bytes()
        files.append((f"bad/{name}", content))
    return files


def write_corpus(base: Path, files: list[tuple[str, bytes]], *, reverse: bool = False) -> Path:
    """Write the corpus under ``base/articles`` creating files (and folders) in the given or reverse order."""
    root = base / "articles"
    for rel, content in (reversed(files) if reverse else files):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return root


def run_in(base: Path, fmt: str, *extra: str) -> bytes:
    """``claims check articles --format FMT --output -`` from ``base``, in process; the report's bytes."""
    out, err = io.StringIO(), io.StringIO()
    cwd = os.getcwd()
    os.chdir(base)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["check", "articles", "--format", fmt, "--output", "-", *extra])
    finally:
        os.chdir(cwd)
    assert code in (0, 1), err.getvalue()
    assert "internal error" not in err.getvalue()
    return out.getvalue().encode("utf-8")


def run_subprocess(base: Path, fmt: str, hash_seed: str, *extra: str) -> bytes:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": hash_seed}
    env.pop("CLAIMS_DEBUG", None)
    proc = subprocess.run([sys.executable, "-m", "claims", "check", "articles", "--format", fmt, "--output", "-", *extra],
                          cwd=base, env=env, capture_output=True, timeout=300)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.stdout


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("forward")
    write_corpus(base, corpus_files())
    return base


@pytest.fixture(scope="module")
def reports(corpus) -> dict[str, bytes]:
    """The reference reports, one per format."""
    return {fmt: run_in(corpus, fmt, "--jobs", "1") for fmt in FORMATS}


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_report_twice(corpus, reports, fmt):
    assert reports[fmt]  # not empty
    assert run_in(corpus, fmt, "--jobs", "1") == reports[fmt]


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_report_whatever_the_creation_order(tmp_path, reports, fmt):
    write_corpus(tmp_path, corpus_files(), reverse=True)
    assert run_in(tmp_path, fmt, "--jobs", "1") == reports[fmt]


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_report_whatever_the_listing_order(corpus, reports, monkeypatch, fmt):
    """File systems list folders in any order (ext4 by hash, tmpfs newest first): reverse every listing."""
    real_scandir, real_listdir = os.scandir, os.listdir

    class Reversed:
        def __init__(self, target):
            with real_scandir(target) as entries:
                self._entries = iter(sorted(entries, key=lambda e: e.name, reverse=True))

        def __iter__(self):
            return self

        def __next__(self):
            return next(self._entries)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def close(self):
            pass

    listed = []

    def scandir(target="."):
        listed.append(target)
        return Reversed(target)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "listdir", lambda target=".": sorted(real_listdir(target), reverse=True))
    assert run_in(corpus, fmt, "--jobs", "1") == reports[fmt]
    assert listed  # the walk did go through the reversed listings


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_report_across_processes_and_hash_seeds(corpus, fmt):
    """Set and dict orders of strings change with PYTHONHASHSEED: the report must not."""
    first = run_subprocess(corpus, fmt, "1", "--jobs", "1")
    second = run_subprocess(corpus, fmt, "2", "--jobs", "1")
    assert first and first == second


def test_help_shows_jobs():
    """The --jobs test below is only meaningful while `claims check --help` offers --jobs."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        main(["check", "--help"])
    assert "--jobs" in out.getvalue()


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory) -> Path:
    """Enough articles for worker processes to be used (pipeline.PARALLEL_MIN_DOCUMENTS)."""
    from claims.pipeline import PARALLEL_MIN_DOCUMENTS

    base = tmp_path_factory.mktemp("many")
    files = corpus_files()
    copies = []
    batch = 0
    while len(copies) < PARALLEL_MIN_DOCUMENTS + 5:
        copies += [(f"batch{batch}/{rel}", content) for rel, content in files]
        batch += 1
    write_corpus(base, copies)
    return base


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_report_with_one_or_two_jobs(big_corpus, fmt):
    import json

    from claims.pipeline import PARALLEL_MIN_DOCUMENTS

    one = run_in(big_corpus, fmt, "--jobs", "1")
    two = run_in(big_corpus, fmt, "--jobs", "2")
    assert one == two
    if fmt == "json":  # enough articles that --jobs 2 really used worker processes
        assert json.loads(one)["summary"]["articles"] >= PARALLEL_MIN_DOCUMENTS
