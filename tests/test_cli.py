"""The command line: exit codes, messages, output paths."""

import json
import re

import pytest

from claims.cli import ExitCode, main

from conftest import FIXTURES, ROOT


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(autouse=True)
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def test_default_output_is_reports_name_md(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "drafts"
    corpus.mkdir()
    (corpus / "a.txt").write_text((FIXTURES / "corpus" / "2015-03-yemen.txt").read_text())
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "check", "drafts/")
    assert code == ExitCode.CLEAN
    assert out.startswith("reports/drafts.md: 1 articles, 0 skipped")
    assert (tmp_path / "reports" / "drafts.md").read_text().startswith("# Claims report: drafts/")


def test_findings_exit_status_follows_fail_on(capsys, tmp_path):
    args = ("check", "tests/fixtures/corpus", "-o", str(tmp_path / "r.md"))
    assert run(capsys, *args)[0] == ExitCode.CLEAN  # warnings only; default --fail-on error
    assert run(capsys, *args, "--fail-on", "warning")[0] == ExitCode.FINDINGS
    assert run(capsys, *args, "--fail-on", "never")[0] == ExitCode.CLEAN


def test_json_format(capsys):
    code, out, _ = run(capsys, "check", "tests/fixtures/corpus", "--format", "json", "--output", "-")
    report = json.loads(out)
    assert [d["published"] for d in report["documents"]] == ["2015-03-10", "2015-06-02"]
    assert {f["kind"] for f in report["findings"]} == {"regression", "rescheduled", "missed_deadline"}
    by_id = {c["id"]: c for c in report["claims"]}
    regression = next(f for f in report["findings"] if f["kind"] == "regression")
    assert [by_id[c]["text"] for c in regression["claims"]] == ["more than 10,000 people", "more than 6,000 people"]
    assert by_id[regression["claims"][0]]["value"]["qualifier"] == "gt"


@pytest.mark.parametrize(
    "argv, message",
    [
        (["check", "--bogus", "seeds"], "claims: error: unrecognized arguments: --bogus"),
        (["check"], "claims check: error: the following arguments are required: PATH"),
        (["check", "seeds", "--format", "pdf"], "claims check: error: argument --format: invalid choice: 'pdf'"),
        (["frobnicate"], "claims: error: argument COMMAND: invalid choice: 'frobnicate'"),
    ],
)
def test_usage_errors_exit_2_with_one_line(capsys, argv, message):
    with pytest.raises(SystemExit) as info:
        main(argv)
    err = capsys.readouterr().err
    assert info.value.code == ExitCode.ERROR
    assert err.startswith(message)
    assert err.count("\n") == 1 and "Traceback" not in err


def test_missing_path(capsys):
    code, _, err = run(capsys, "check", "no/such/folder")
    assert code == ExitCode.ERROR
    assert err == "claims: error: no/such/folder: no such file or folder\n"


def test_malformed_rule_exits_2_naming_file_and_field(capsys, tmp_path):
    code, _, err = run(capsys, "check", "tests/fixtures/corpus", "--rules", "tests/fixtures/bad_rules/unknown-field.yaml",
                       "-o", str(tmp_path / "r.md"))
    assert code == ExitCode.ERROR
    assert err == "claims: error: tests/fixtures/bad_rules/unknown-field.yaml:6: match.cuez: Extra inputs are not permitted\n"


def test_bad_inputs_are_listed_not_lost(capsys, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02")
    (folder / "latin1.txt").write_bytes("Caf\xe9\n\nMarch 1, 2015\n\nIt rained.".encode("latin-1"))
    (folder / "undated.txt").write_text("Title\n\nThe vote is next week.")
    (folder / "notes.pdf").write_bytes(b"%PDF")
    code, out, err = run(capsys, "check", str(folder), "--format", "json", "-o", "-")
    assert code == ExitCode.CLEAN and err == ""
    report = json.loads(out)
    checked = {d["path"].rsplit("/", 1)[-1] for d in report["documents"]}
    skipped = {s["path"].rsplit("/", 1)[-1]: s["reason"] for s in report["skipped"]}
    assert checked == {"latin1.txt", "undated.txt"}
    assert skipped == {"binary.txt": "binary file (contains NUL bytes)", "empty.txt": "empty file",
                       "notes.pdf": "unsupported file type '.pdf'"}
    next_week = next(c for c in report["claims"] if c["text"] == "next week")
    assert next_week["value"]["resolved"] is False


def test_markdown_lists_skipped_and_undated(capsys, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "undated.txt").write_text("Title\n\nThe vote is next week.")
    code, out, _ = run(capsys, "check", str(folder), "-o", "-")
    assert "| " + str(folder / "empty.txt") in out and "empty file" in out
    assert "**undated**" in out
    assert re.search(r"“next week” +\| unresolved \(no publication date\)", out)


@pytest.mark.parametrize("fmt", ["table", "jsonl", "csv"])
def test_extract_prints_the_claims(capsys, fmt):
    assert main(["extract", "tests/fixtures/corpus", "--format", fmt]) == ExitCode.CLEAN
    out = capsys.readouterr().out
    if fmt == "jsonl":
        claims = [json.loads(line) for line in out.splitlines()]
        toll = next(c for c in claims if c["text"] == "more than 10,000 people")
        assert toll["value"]["qualifier"] == "gt" and toll["subject"] == "yemen conflict death toll (people)"
    elif fmt == "csv":
        header, *rows = out.splitlines()
        assert header == "where,kind,text,value,low,high,unit,qualifier,rule,subject,source"
        assert 'tests/fixtures/corpus/2015-03-yemen.txt:7,quantity,"more than 10,000 people",10000,10000.0,,people,gt,' in out
    else:
        assert out.startswith("| where") and "| more than 10,000 people |" in out
