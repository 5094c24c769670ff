"""Every rule of the default pack carries examples; each one is a test case here."""

import pytest

from claims.rules import load_rules
from claims.ruletest import run_examples

RULES = load_rules()


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_examples(rule):
    assert rule.rule.examples, f"{rule.path}: a rule must carry examples"
    failures = run_examples(rule)
    assert not failures, "\n".join(str(f) for f in failures)


def test_a_broken_example_is_reported_with_expected_and_got(tmp_path):
    (tmp_path / "toll.yaml").write_text(
        "id: toy-toll\ndescription: d\nkind: quantity\n"
        "match: {nouns: [people], cues: [killed]}\nsubject: {template: '{place} toll'}\n"
        "examples:\n  - text: 'The flood in Chad killed 40 people.'\n    value: 41\n",
        encoding="utf-8",
    )
    [rule] = load_rules([tmp_path], include_default=False)
    [failure] = run_examples(rule)
    assert "expected: a claim value=41" in str(failure)
    assert "got:      claim '40 people' subject='chad toll' value=40" in str(failure)
