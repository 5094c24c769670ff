"""Which place a claim speaks of."""

import pytest

from claims.places import gazetteer, place_for


def pick(text, anchor, **options):
    start = text.index(anchor)
    return place_for(text, start, start + len(anchor), gazetteer().find(text), **options)


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        ("the Vienna talks opened", "talks", "vienna"),
        ("Yemen's nearly three-year civil war", "war", "yemen"),
        ("a conference to be held in Geneva next month", "conference", "geneva"),
        ("the conflict in Syria has killed", "conflict", "syria"),
        ("an attack on the western suburbs of Kabul", "attack", "kabul"),
        ("The 72-year-old Brazilian president said", "president", "brazil"),
        # a place describing people is not the venue of the conference
        ("U.S. Secretary of State John Kerry called for a conference in Oslo", "conference", "oslo"),
        # coordinated places stay together
        ("bombs outside embassies in Kenya and Tanzania killed 81", "killed", "kenya and tanzania"),
        # a comma may start a new clause: no coordination across it
        ("over the conflict in Syria, Russia and the U.S. have joined", "conflict", "syria"),
    ],
)
def test_place_for(text, anchor, expected):
    assert pick(text, anchor) == expected


def test_function_word_breaks_attachment():
    text = "gaps remain between Israeli and Palestinian positions before next week's talks in London"
    assert pick(text, "talks", attached_only=True) == "london"


def test_date_anchor_may_follow_a_preposition():
    text = "to be held in Geneva in mid-April"
    assert pick(text, "mid-April", attached_only=True, date_anchor=True) == "geneva"


def test_attached_only_ignores_nearby_places():
    assert pick("Kerry, in Paris, said the deal was done.", "deal", attached_only=True) is None


def test_demonym_plurals_are_people():
    assert {"syrians", "afghans", "americans"} <= gazetteer().people_nouns
