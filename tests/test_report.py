"""The Markdown report against a golden file; JSON report shape."""

import os

from claims.cli import main

from conftest import FIXTURES, ROOT

GOLDEN = FIXTURES / "golden" / "corpus.md"


def test_markdown_report_matches_golden(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    main(["check", "tests/fixtures/corpus", "--output", "-"])
    out = capsys.readouterr().out
    if os.environ.get("CLAIMS_UPDATE_GOLDEN"):
        GOLDEN.write_text(out, encoding="utf-8")
    assert out == GOLDEN.read_text(encoding="utf-8")


def test_reruns_are_byte_identical(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    main(["check", "tests/fixtures/corpus", "--format", "json", "--output", "-"])
    first = capsys.readouterr().out
    main(["check", "tests/fixtures/corpus", "--format", "json", "--output", "-"])
    assert capsys.readouterr().out == first
