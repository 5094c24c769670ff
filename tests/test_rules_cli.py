"""`claims rules schema|list|validate|test`."""

import json

from claims.cli import ExitCode, main

from conftest import FIXTURES, ROOT


def test_schema_is_the_committed_one(capsys):
    assert main(["rules", "schema"]) == ExitCode.CLEAN
    printed = json.loads(capsys.readouterr().out)
    assert printed == json.loads((ROOT / "docs" / "rule.schema.json").read_text())
    assert printed["additionalProperties"] is False and "examples" in printed["properties"]


def test_list_shows_default_and_extra_rules(capsys):
    assert main(["rules", "list", "--rules", str(FIXTURES / "tutorial" / "rules")]) == ExitCode.CLEAN
    out = capsys.readouterr().out
    assert "| conflict-death-toll " in out and "| people-displaced " in out and "project-cost.yaml" in out


def test_validate_reports_every_problem(capsys):
    assert main(["rules", "validate", str(FIXTURES / "bad_rules")]) == ExitCode.ERROR
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 5 and all(line.startswith("claims: error: ") for line in err)
    assert any("unknown-check.yaml:7: checks.0: unknown check type 'telepathy'" in line for line in err)


def test_validate_default_pack(capsys):
    assert main(["rules", "validate"]) == ExitCode.CLEAN
    assert capsys.readouterr().out.strip().endswith("rules valid")


def test_failing_example_prints_expected_and_got(tmp_path, capsys):
    rule = (FIXTURES / "tutorial" / "rules" / "people-displaced.yaml").read_text()
    (tmp_path / "r.yaml").write_text(rule.replace("value: 30000", "value: 40000"))
    assert main(["rules", "test", str(tmp_path)]) == ExitCode.FINDINGS
    out = capsys.readouterr().out
    assert "expected: a claim subject='pakistan displaced' value=40000" in out
    assert "got:      claim 'more than 30,000 people' subject='pakistan displaced' value=30000" in out
    assert out.strip().endswith("1 passed, 1 failed")
