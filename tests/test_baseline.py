"""Accepting findings: baseline round trip and inline ignore comments."""

import json
import shutil

import pytest

from claims.cli import ExitCode, main

from conftest import FIXTURES


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "corpus", folder)
    return folder


def findings(capsys, *argv):
    code = main([*argv, "--format", "json", "--output", "-"])
    report = json.loads(capsys.readouterr().out)
    return code, report


def test_baseline_round_trip(capsys, corpus, tmp_path):
    baseline = tmp_path / "baseline.json"
    _, before = findings(capsys, "check", str(corpus), "--write-baseline", str(baseline))
    assert len(before["findings"]) == 3
    assert json.loads(baseline.read_text())["version"] == 1

    _, after = findings(capsys, "check", str(corpus), "--baseline", str(baseline))
    assert after["findings"] == []
    assert after["summary"]["hidden"] == {"baseline": 3, "inline": 0}

    # moving text around keeps findings accepted: fingerprints have no line numbers
    article = corpus / "2015-06-yemen.txt"
    article.write_text(article.read_text().replace("June 02, 2015\n", "June 02, 2015\n\n\n"))
    _, moved = findings(capsys, "check", str(corpus), "--baseline", str(baseline))
    assert moved["findings"] == []

    # changing a quoted figure makes the finding new again
    article.write_text(article.read_text().replace("more than 6,000 people", "more than 7,000 people"))
    _, changed = findings(capsys, "check", str(corpus), "--baseline", str(baseline))
    assert [f["kind"] for f in changed["findings"]] == ["regression"]
    assert "7,000" in changed["findings"][0]["message"]
    assert changed["summary"]["hidden"]["baseline"] == 2


def test_inline_ignore_comment(capsys, corpus):
    article = corpus / "2015-06-yemen.txt"
    text = article.read_text().replace(
        "The conflict in Yemen", "<!-- claims: ignore conflict-death-toll -->\nThe conflict in Yemen")
    article.write_text(text)
    _, report = findings(capsys, "check", str(corpus))
    assert "regression" not in [f["kind"] for f in report["findings"]]
    assert report["summary"]["hidden"] == {"baseline": 0, "inline": 1}


def test_bad_baseline_is_a_clear_error(capsys, corpus, tmp_path):
    bad = tmp_path / "b.json"
    bad.write_text('{"version": 99}')
    assert main(["check", str(corpus), "--baseline", str(bad), "-o", "-"]) == ExitCode.ERROR
    assert capsys.readouterr().err == f"claims: error: {bad}: baseline version 99 is not supported (expected 1)\n"
