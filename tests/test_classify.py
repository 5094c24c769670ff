"""The rules stage: which claims a rule takes and the subject keys it builds."""

import datetime as dt

import pytest

from claims.models import Document
from claims.pipeline import extract_document
from claims.rules import compile_rule, parse_rule_text


def rule(body: str, kind: str = "quantity"):
    text = f"id: r\ndescription: d\nkind: {kind}\n{body}"
    return compile_rule(parse_rule_text(text, "r.yaml"), "r.yaml")


def taken(rule_, text, published=dt.date(2015, 3, 10)):
    doc = Document(path="a.txt", text=text, published=published, line_starts=[0])
    return [(c.text, c.subject) for c in extract_document(doc, [rule_]) if c.rule == "r"]


TOLL = """match:
  nouns: {people: [people, "{demonyms}"], soldiers: [soldiers, troops]}
  cues: [killed, died]
  window: {before: 6, after: 6}
  exclude: [attack]
  exclude_scope: sentence
subject:
  template: "{place} toll ({noun})"
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The war in Yemen has killed 6,000 people.", [("6,000 people", "yemen toll (people)")]),
        ("The war in Yemen has killed 900 soldiers.", [("900 soldiers", "yemen toll (soldiers)")]),
        ("In Afghanistan, 6,000 Afghans have died.", [("6,000 Afghans", "afghanistan toll (people)")]),
        ("In Yemen, 6,000 Yemenis have died.", [("6,000 Yemenis", "yemen toll (people)")]),
        ("An attack in Yemen killed 12 people.", []),  # excluded
        ("The war in Yemen displaced 6,000 people.", []),  # no cue
        ("The war in Yemen has killed 40 camels.", []),  # not a counted noun of the rule
    ],
)
def test_nouns_cues_exclusions(text, expected):
    assert taken(rule(TOLL), text) == expected


def test_cue_must_be_inside_the_window():
    narrow = rule(TOLL.replace("window: {before: 6, after: 6}", "window: {before: 1, after: 1}"))
    assert taken(narrow, "In Yemen 6,000 people, officials say, have now died.") == []
    assert taken(narrow, "In Yemen 6,000 people died.") == [("6,000 people", "yemen toll (people)")]


def test_signed_changes_can_be_excluded():
    share = rule("match:\n  units: [percent]\n  changes: exclude\nsubject:\n  template: '{place} share'\n")
    assert taken(share, "In Kenya, prices rose 5 percent.") == []
    assert taken(share, "In Kenya, 5 percent of land is forest.") == [("5 percent", "kenya share")]


EVENT = """match:
  cues: {talks: [talks, conference]}
  window: {before: 10, after: 10}
  when: future
subject:
  template: "{place} {cue}"
  place_fallback: [article]
"""


def test_dates_when_future_and_speech_dates():
    events = rule(EVENT, kind="date")
    assert taken(events, "The talks in Vienna will open on March 20.") == [("March 20", "vienna talks")]
    assert taken(events, "The talks in Vienna opened on March 2.") == []  # past
    assert taken(events, "The Vienna talks, the ministry said Friday, will go on.") == []  # a speech date


def test_article_fallback_keeps_the_subject_local():
    events = rule(EVENT, kind="date")
    assert taken(events, "The talks will open on March 20.") == [("March 20", "talks (only in a.txt)")]


def test_day_field_tells_incidents_apart():
    incident = rule("match:\n  nouns: [people]\n  cues: [killed]\nsubject:\n  template: '{place} {day}'\n  place_fallback: []\n")
    assert taken(incident, "A blast in Kabul on Monday killed 12 people.") == [("12 people", "kabul 2015-03-09")]
    assert taken(incident, "A blast in Kabul killed 12 people.") == []
