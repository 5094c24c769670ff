"""New claim types written only in YAML (the README tutorial) find what they should."""

import json

from claims.cli import ExitCode, main

from conftest import FIXTURES

TUTORIAL = FIXTURES / "tutorial"


def test_yaml_only_claim_types_produce_findings(capsys):
    main(["check", str(TUTORIAL / "articles"), "--rules", str(TUTORIAL / "rules"), "--format", "json", "-o", "-"])
    report = json.loads(capsys.readouterr().out)
    by_id = {c["id"]: c for c in report["claims"]}
    found = {(f["rule"], f["kind"]): [by_id[c]["text"] for c in f["claims"]] for f in report["findings"]}
    assert found[("people-displaced", "regression")] == ["more than 100,000 people", "about 50,000 people"]
    assert found[("project-cost", "update")] == ["$1.2 billion", "$1.6 billion"]
    # the euro amount is a claim of the same subject, but never compared with dollars
    euros = [c for c in report["claims"] if c["value"].get("unit") == "EUR"]
    assert euros and euros[0]["subject"] == "lisbon bridge cost"
    assert all(by_id[c]["value"].get("unit") != "EUR" for f in report["findings"] for c in f["claims"])


def test_tutorial_rules_pass_their_examples(capsys):
    assert main(["rules", "test", str(TUTORIAL / "rules")]) == ExitCode.CLEAN
    assert capsys.readouterr().out.strip().endswith("4 passed, 0 failed")
