"""Sources of claims and their as-of dates."""

import datetime as dt

import pytest

from claims.attribution import as_of_date, attributions, is_speech_date, source_for
from claims.models import ClaimKind, DateInterval, TimeMention


@pytest.mark.parametrize(
    "sentence, claim, source",
    [
        ("More than 5,000 people have died, according to the health ministry, a government body.", "5,000", "health ministry"),
        ("The U.N. said in May that 4,000 people have been killed.", "4,000", "U.N."),
        ("The conflict that activists say has killed 300 people.", "300", "activists"),
        ("Officials in Mozambique said the floods displaced 50,000 people.", "50,000", "Officials in Mozambique"),
        ("About 40 people died, the Red Cross said.", "40", "Red Cross"),
        ("The storm killed 12 people.", "12", None),
    ],
)
def test_sources(sentence, claim, source):
    found = source_for(attributions(sentence, 0, len(sentence)), sentence.index(claim))
    assert (found.source if found else None) == source


def test_as_of_date_after_the_speech_verb():
    sentence = "The U.N. said in May that 4,000 people have been killed."
    may = DateInterval(dt.date(2015, 5, 1), dt.date(2015, 5, 31))
    mention = TimeMention(sentence.index("May"), sentence.index("May") + 3, "May", ClaimKind.DATE, may, "DATE", "2015-05")
    found = source_for(attributions(sentence, 0, len(sentence)), sentence.index("4,000"))
    assert as_of_date(sentence, found.verb_end, [mention]) == may


@pytest.mark.parametrize(
    "sentence, date, speech",
    [
        ("the Kremlin said Thursday that", "Thursday", True),
        ("the group said in a statement Monday it would attend", "Monday", True),
        ("with Russia saying Wednesday that it would veto", "Wednesday", True),
        ("the talks will open on Thursday in Vienna", "Thursday", False),
    ],
)
def test_speech_dates(sentence, date, speech):
    assert is_speech_date(sentence, 0, sentence.index(date)) is speech
