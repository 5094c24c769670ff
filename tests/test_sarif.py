"""SARIF validated against its schema; GitHub annotations parsed back."""

import json
import re

import jsonschema
import pytest

from claims.cli import main

from conftest import FIXTURES, ROOT

SCHEMA = json.loads((FIXTURES / "sarif" / "sarif-2.1.0-subset.schema.json").read_text())


@pytest.fixture(autouse=True)
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def test_sarif_is_valid_and_has_a_result_per_finding(capsys):
    main(["check", "tests/fixtures/corpus", "--format", "sarif", "-o", "-"])
    sarif = json.loads(capsys.readouterr().out)
    jsonschema.validate(sarif, SCHEMA)
    run = sarif["runs"][0]
    assert [r["ruleId"] for r in run["results"]] == ["deadline", "conflict-death-toll", "scheduled-event"]
    rules = run["tool"]["driver"]["rules"]
    assert [rules[r["ruleIndex"]]["id"] for r in run["results"]] == [r["ruleId"] for r in run["results"]]
    regression = run["results"][1]
    assert regression["level"] == "warning"
    assert [(loc["physicalLocation"]["artifactLocation"]["uri"], loc["physicalLocation"]["region"]["startLine"])
            for loc in regression["locations"]] == [
        ("tests/fixtures/corpus/2015-03-yemen.txt", 7), ("tests/fixtures/corpus/2015-06-yemen.txt", 9)]
    assert rules[regression["ruleIndex"]]["properties"]["file"] == "rules/conflict-death-toll.yaml"


def test_schema_rejects_a_broken_log():
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}, SCHEMA)


ANNOTATION = re.compile(r"^::(?P<level>error|warning|notice) file=(?P<file>[^,]+),line=(?P<line>\d+),title=(?P<title>[^:]*)::(?P<message>.*)$")


def test_github_annotations_parse_back(capsys):
    main(["check", "tests/fixtures/corpus", "--format", "github"])
    lines = capsys.readouterr().out.splitlines()
    parsed = [ANNOTATION.match(line).groupdict() for line in lines]
    assert [(p["level"], p["file"], p["line"]) for p in parsed] == [
        ("warning", "tests/fixtures/corpus/2015-06-yemen.txt", "11"),
        ("warning", "tests/fixtures/corpus/2015-06-yemen.txt", "9"),
        ("warning", "tests/fixtures/corpus/2015-06-yemen.txt", "7"),
    ]
    assert parsed[1]["title"] == "regression%3A yemen conflict death toll (people)"
    assert parsed[1]["message"].startswith("2015-06-02 reports more than 6,000 people")
