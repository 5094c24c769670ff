"""Rule files: schema validation with file:line errors, loading, phrase matching."""

from pathlib import Path

import pytest

from claims.errors import RuleError
from claims.rules import PhraseSet, load_rules, parse_rule_text

BAD = Path(__file__).parent / "fixtures" / "bad_rules"


def test_default_pack_loads_and_covers_the_claim_types():
    ids = {rule.id for rule in load_rules()}
    assert {
        "conflict-death-toll", "incident-death-toll", "participant-count", "share-of-whole", "stockpile-mass",
        "scheduled-event", "deadline", "past-event-date", "conflict-duration", "person-age",
    } <= ids


@pytest.mark.parametrize(
    "name, expected",
    [
        ("unknown-field.yaml", "unknown-field.yaml:6: match.cuez: Extra inputs are not permitted"),
        ("wrong-type.yaml", "wrong-type.yaml:5: match.window.before: Input should be a valid integer"),
        ("bad-regex.yaml", "bad-regex.yaml:5: match.cues: invalid pattern '/(unclosed/'"),
        ("unknown-check.yaml", "unknown-check.yaml:7: checks.0: unknown check type 'telepathy'"),
        ("not-yaml.yaml", "not-yaml.yaml:3: yaml: expected ',' or ']'"),
        ("duplicate-id.yaml", "duplicate-id.yaml:1: id: rule 'deadline' is already defined in"),
    ],
)
def test_bad_rule_files_name_file_line_and_field(name, expected):
    with pytest.raises(RuleError) as info:
        load_rules([BAD / name])
    assert len(info.value.problems) == 1
    assert expected in info.value.problems[0]


def test_every_problem_is_reported_at_once():
    with pytest.raises(RuleError) as info:
        load_rules([BAD], include_default=False)
    assert len(info.value.problems) == 5  # all but the duplicate (no default pack loaded)


def test_yaml_aliases_are_refused():
    text = "id: x\ndescription: &d a\nkind: date\nsubject: {template: *d}\n"
    with pytest.raises(RuleError, match="aliases are not allowed"):
        parse_rule_text(text, "bomb.yaml")


def test_unknown_template_field():
    text = "id: x\ndescription: d\nkind: date\nsubject:\n  template: '{who} toll'\n"
    with pytest.raises(RuleError, match=r"x.yaml:5: subject.template: unknown template field\(s\): who"):
        parse_rule_text(text, "x.yaml")


def test_disabled_rules_are_not_loaded():
    assert "deadline" not in {r.id for r in load_rules(disabled=["deadline"])}


@pytest.mark.parametrize(
    "phrases, text, found",
    [
        (["talks"], "the peace talks resumed", [(10, 15, "talks")]),
        ({"conference": ["peace talks", "talks"]}, "the peace talks resumed", [(4, 15, "conference")]),
        (["kill*"], "two were killed", [(9, 15, "kill*")]),
        (["/\\d+-year-old/"], "a 72-year-old man", [(2, 13, "/\\d+-year-old/")]),
        (["war"], "the software was new", []),
        (["round"], "a year-round event", []),
    ],
)
def test_phrase_matching(phrases, text, found):
    assert list(PhraseSet(phrases).finditer(text)) == found
