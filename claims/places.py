"""Find place names in text and pick the place a claim speaks of.

The gazetteer (``claims/data/places.yaml``) is compiled once into one regular
expression. Choosing the place for a claim is the part that needs care: a
sentence often names several places, and only one is where the counted thing
happened or the event is held. The preference order, strongest first:

1. a place attached before the anchor word ("Vienna talks", "Yemen's civil war",
   "Colombian peace conference"), at most a few modifier words away;
2. a venue after the anchor ("held in Vienna", "attack near Kabul",
   "the conflict in Yemen");
3. the nearest other place in the sentence, unless it only describes people
   ("U.S. Secretary of State", "French officials").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

import yaml

from claims.textmatch import atoms_of, trie_pattern

# How many words may stand between an attached place and its anchor word:
# "Yemen's nearly three-year civil war" has three.
ATTACH_WORDS = 4
# How far after the anchor a venue may stand: "attack on the western suburbs of Kabul".
VENUE_WORDS = 6


@dataclass(slots=True, frozen=True)
class PlaceMention:
    start: int
    end: int
    place: str  # canonical name, lower case


class Gazetteer:
    """Compiled place vocabulary."""

    def __init__(self, data: dict):
        self.canonical: dict[str, str] = {}
        for group in ("countries", "cities"):
            for name, forms in (data.get(group) or {}).items():
                for form in [name.title(), *forms]:
                    self.canonical.setdefault(form, name)
        forms = trie_pattern([atoms_of(form) for form in self.canonical])
        self.pattern = re.compile(r"(?<![\w.])(" + forms + r")(?:'s|\u2019s)?(?![\w-])")
        self.person_nouns = frozenset(w.lower() for w in data.get("person_nouns") or [])
        # demonym plurals count as people ("5,000 Afghans"); the first form of an
        # entry is the place's own name ("Paris", "Philippines"), never a demonym
        self.people_nouns = frozenset(
            form.lower()
            for group in ("countries", "cities")
            for forms in (data.get(group) or {}).values()
            for form in forms[1:]
            if form.endswith("s") and form[:1].isupper()
        )

    def find(self, text: str) -> list[PlaceMention]:
        """All place mentions in ``text``, in order."""
        out = []
        for match in self.pattern.finditer(text):
            out.append(PlaceMention(match.start(), match.end(), self.canonical[match.group(1)]))
        return out

    def dominant(self, text: str) -> str | None:
        """The place a document names most often (ties: the first named)."""
        counts: dict[str, int] = {}
        for mention in self.find(text):
            counts[mention.place] = counts.get(mention.place, 0) + 1
        if not counts:
            return None
        return max(counts, key=lambda place: counts[place])

    def describes_people(self, text: str, mention: PlaceMention) -> bool:
        """True when the place is a modifier of a person noun ("Russian officials")."""
        following = _NEXT_TWO_WORDS.match(text, mention.end)
        if not following:
            return False
        return any(w and w.lower() in self.person_nouns for w in following.groups())


@functools.cache
def gazetteer() -> Gazetteer:
    """The default gazetteer, loaded once per process."""
    text = resources.files("claims.data").joinpath("places.yaml").read_text(encoding="utf-8")
    return Gazetteer(yaml.safe_load(text))


_FUNCTION_WORD = re.compile(
    r"\b(?:before|after|to|for|with|and|or|but|of|at|in|on|by|from|that|which|who|than|as|is|are|was|were|"
    r"has|have|had|will|would|said|says|against|between|over|under|into|about|since|while|when)\b",
    re.IGNORECASE,
)
_DATE_LINK = re.compile(r"\s+(?:(?:in|on|at|from|by|until|through)\s+(?:the\s+)?)?")
_NEXT_TWO_WORDS = re.compile(r"\s+([\w'-]+)(?:\s+([\w'-]+))?")
_WORD = re.compile(r"[\w'\u2019.-]+")


def _words_between(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text[start:end]))


def _with_coordinated(text: str, mention: PlaceMention, places: list[PlaceMention]) -> str:
    """The place, joined with places coordinated with it ("Kenya and Tanzania").

    A figure given for several places together must not meet a figure for one of them.
    """
    group = {mention.place}
    ordered = sorted(places, key=lambda p: p.start)
    index = ordered.index(mention)
    for step in (-1, 1):
        current = index
        while 0 <= current + step < len(ordered):
            neighbour = ordered[current + step]
            left, right = (neighbour, ordered[current]) if step < 0 else (ordered[current], neighbour)
            gap = text[left.end : right.start]
            # only "and"/"or": after a comma the next place may start a new clause
            if not re.fullmatch(r"\s+(?:and|or|&)\s+(?:the\s+)?", gap):
                break
            group.add(neighbour.place)
            current += step
    return " and ".join(sorted(group))


def place_for(
    text: str,
    anchor_start: int,
    anchor_end: int,
    places: list[PlaceMention],
    attached_only: bool = False,
    date_anchor: bool = False,
) -> str | None:
    """Pick the place of the thing named at ``text[anchor_start:anchor_end]``.

    ``places`` are the mentions in ``text``. ``date_anchor`` says the anchor is
    a date, which a place may precede with a preposition ("Vienna in May").
    With ``attached_only`` only an attached place or a venue counts (used for named things like "the Oslo
    Accords", where a nearby place is no evidence).
    """
    gaz = gazetteer()
    before = [p for p in places if p.end <= anchor_start and _words_between(text, p.end, anchor_start) <= ATTACH_WORDS]
    # nearest attached place before the anchor, skipping ones that describe people
    for mention in sorted(before, key=lambda p: -p.end):
        between = text[mention.end : anchor_start]
        # "Palestinian positions before next week's talks": a function word or a
        # punctuation mark between them means the place belongs to something else
        if re.search(r"[,;:()\u2014]", between):
            continue
        # a date anchor may be linked by one preposition: "held in Vienna in mid-April"
        if date_anchor and _DATE_LINK.fullmatch(between):
            return _with_coordinated(text, mention, places)
        if _FUNCTION_WORD.search(between):
            continue
        # "U.S. Secretary of State ... conference": the place describes people, not
        # the anchor; "Brazilian president" with the anchor "president" is fine
        if between.strip() and gaz.describes_people(text, mention):
            continue
        return _with_coordinated(text, mention, places)
    # a venue after the anchor: "in/at/near/of/outside X"
    for mention in places:
        if mention.start < anchor_end:
            continue
        gap = text[anchor_end : mention.start]
        if _words_between(text, anchor_end, mention.start) > VENUE_WORDS or re.search(r"[;:()\u2014]", gap):
            break
        if re.search(r"\b(?:in|at|near|outside|across|of|throughout)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", gap):
            return _with_coordinated(text, mention, places)
    if attached_only:
        return None
    candidates = [p for p in places if not gaz.describes_people(text, p)]
    if not candidates:
        return None
    nearest = min(
        candidates,
        key=lambda p: min(abs(p.start - anchor_end), abs(anchor_start - p.end)),
    )
    return _with_coordinated(text, nearest, places)
