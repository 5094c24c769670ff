"""The README's tutorial rule is the one the tests run, and it passes its examples."""

import re

from claims.rules import compile_rule, parse_rule_text
from claims.ruletest import run_examples

from conftest import FIXTURES, ROOT


def _without_schema_line(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if "yaml-language-server" not in line).strip()


def test_tutorial_rule_in_readme_matches_fixture_and_passes():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^( *)```yaml\n(.*?)^\1```", readme, re.S | re.M)
    [(indent, block)] = [(i, b) for i, b in blocks if "id: people-displaced" in b]
    block = "\n".join(line[len(indent):] for line in block.splitlines())
    fixture = (FIXTURES / "tutorial" / "rules" / "people-displaced.yaml").read_text(encoding="utf-8")
    strip_comments = lambda t: re.sub(r"\s+#.*", "", _without_schema_line(t))  # noqa: E731
    assert strip_comments(block) == strip_comments(fixture)
    rule = compile_rule(parse_rule_text(block, "README.md"), "README.md")
    assert run_examples(rule) == []
