"""Who says a claim, and as of when.

"according to the health ministry" and "The U.N. said in May
that ..." attribute a figure to a source; the date after the speech verb
is the figure's as-of date. Sources let the checks tell a disagreement between
sources from a figure that changed over time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.models import DateInterval, TimeMention

_SPEECH = r"(?:said|says|say|reported|reports|report|estimated|estimates|estimate|announced|told|claimed|claims|stated|added|confirmed)"
# Lower-case collective sources that news attributes figures to.
_GROUP = (
    r"(?i:activists|officials|police|witnesses|authorities|residents|doctors|monitors|rebels|medics|"
    r"analysts|experts|observers|diplomats|sources|aid workers|the military|the army|the government|"
    r"the ministry|investigators|researchers|organizers|organisers)"
)
_PROPER = r"[A-Z][\w.&'\u2019-]*(?:\s+(?:[A-Z][\w.&'\u2019-]*|of|for|the|and|on|de|-))*"
# "according to the health ministry,": a short lower-case noun phrase up to the punctuation
_COMMON = r"[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}(?=\s*[,.;)]|\s*$)"

_ACCORDING_TO = re.compile(rf"\baccording to\s+(?:the\s+)?(?P<src>{_PROPER}|{_GROUP}|{_COMMON})")
_SAID = re.compile(
    rf"(?:(?<![\w])(?:[Tt]he\s+)?(?P<src>[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){{0,5}})"
    rf"|(?P<group>{_GROUP}(?:\s+(?:in|from|at|of|for)\s+(?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){{0,3}})?))"
    rf"\s+{_SPEECH}\b"
)
_AS_OF_GAP = re.compile(r"\s*(?:(?:in|on|as of)\s+)?")
# "said Monday", "said in a statement on Monday", "told reporters late Wednesday", "saying Wednesday"
_SPEECH_DATE_BEFORE = re.compile(
    rf"\b(?:{_SPEECH}|saying|telling|announcing|reporting)"
    r"(?:\s+(?:in|at|on|to)\s+(?:a|an|the)?\s*[\w-]+(?:\s+[\w-]+)?)?"
    r"(?:\s+(?:on|in|late|early|last|this))?\s*$"
)
_TRAILING_FILLER = re.compile(r"(?:\s+(?:of|for|the|and|on|de|-))+$")
# Capitalised words that start sentences or name people's roles, not sources.
_NOT_SOURCES = frozenset({"He", "She", "It", "They", "We", "I", "This", "That", "There", "But", "And", "In", "On"})


@dataclass(slots=True, frozen=True)
class Attribution:
    position: int  # where the attribution starts
    source: str
    verb_end: int | None  # where its speech verb ends ("said|"), for as-of dates


def attributions(text: str, start: int, end: int) -> list[Attribution]:
    """Every attribution in ``text[start:end]`` (one sentence), in order."""
    found: list[Attribution] = []
    for match in _ACCORDING_TO.finditer(text, start, end):
        source = _clean(match.group("src"))
        if source:
            found.append(Attribution(match.start(), source, None))
    for match in _SAID.finditer(text, start, end):
        source = _clean(match.group("src") or match.group("group") or "")
        if source and source not in _NOT_SOURCES:
            found.append(Attribution(match.start(), source, match.end()))
    found.sort(key=lambda a: a.position)
    return found


def source_for(candidates: list[Attribution], claim_start: int) -> Attribution | None:
    """The attribution of a claim: the nearest one before it, else the first after it."""
    before = [a for a in candidates if a.position <= claim_start]
    if before:
        return before[-1]
    return candidates[0] if candidates else None


def _clean(source: str) -> str:
    source = _TRAILING_FILLER.sub("", source.strip())
    source = re.sub(r"^(?:the|The)\s+", "", source)
    source = source.strip(" ,")
    # keep the dot of an abbreviation ("U.N."), drop a sentence's full stop
    if source.endswith(".") and not re.search(r"(?:^|[.\s])\w\.$", source):
        source = source[:-1]
    return source


def is_speech_date(text: str, sentence_start: int, mention_start: int) -> bool:
    """True when a date says when something was said ("the Kremlin said Thursday").

    Such a date is the as-of date of a statement, never the date of the event
    the statement is about.
    """
    window_start = max(sentence_start, mention_start - 60)
    return _SPEECH_DATE_BEFORE.search(text, window_start, mention_start) is not None


def as_of_date(text: str, verb_end: int | None, times: list[TimeMention]) -> DateInterval | None:
    """The interval of a date standing right after the speech verb ("said in May").

    ``times`` are mentions with offsets into ``text``.
    """
    if verb_end is None:
        return None
    for mention in times:
        if mention.start < verb_end or mention.interval is None:
            continue
        if _AS_OF_GAP.fullmatch(text, verb_end, mention.start):
            return mention.interval
    return None
