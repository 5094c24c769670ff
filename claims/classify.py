"""The rules stage: give each claim a claim type (rule) and a subject key.

A claim is taken by the first rule (highest priority) whose match conditions
hold and whose subject template can be filled. Claims no rule takes stay in
the report's claim list but are never compared.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from claims.models import Claim, Document, Sentence, TimeMention
from claims.places import PlaceMention, gazetteer, place_for
from claims.rules import REGEX_TIMEOUT, CompiledRule, PatternTimeout

# Stands for "this article" in a subject while the template is filled.
ARTICLE_PLACE = "\x00article\x00"
_WORD = re.compile(r"[\w'\u2019-]+")
_SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class DocumentContext:
    """Per-document data computed once and shared by all rules."""

    doc: Document
    sentences: list[Sentence]
    paragraph_of: list[tuple[int, int]]  # paragraph span per sentence
    times: list[TimeMention] = field(default_factory=list)  # the document's temporal mentions
    _places: dict[int, list[PlaceMention]] = field(default_factory=dict)
    _dominant: str | None | bool = False
    _attached: dict[str, str | None] = field(default_factory=dict)
    timed_out: set[str] = field(default_factory=set)  # rules whose regex timed out here

    def places_in(self, index: int) -> list[PlaceMention]:
        """Place mentions of sentence ``index`` (absolute offsets)."""
        if index not in self._places:
            sentence = self.sentences[index]
            found = gazetteer().find(sentence.text)
            self._places[index] = [
                PlaceMention(m.start + sentence.start, m.end + sentence.start, m.place) for m in found
            ]
        return self._places[index]

    def day_near(self, index: int, claim: Claim) -> str | None:
        """The day named by the date nearest ``claim`` in its sentence (ISO), if any."""
        best: tuple[int, str] | None = None
        for other in self.times_in(index):
            interval = other.interval
            if other is claim.time or interval is None or interval.start != interval.end:
                continue
            distance = abs(other.start - claim.start)
            if best is None or distance < best[0]:
                best = (distance, interval.start.isoformat())
        return best[1] if best else None

    def times_in(self, index: int) -> list[TimeMention]:
        sentence = self.sentences[index]
        return [t for t in self.times if sentence.start <= t.start < sentence.end]

    def dominant_place(self) -> str | None:
        if self._dominant is False:
            self._dominant = gazetteer().dominant(self.doc.text)
        return self._dominant  # type: ignore[return-value]

    def attached_place(self, rule: CompiledRule) -> str | None:
        """The place most often attached to the rule's cues anywhere in the document."""
        if rule.id not in self._attached:
            counts: dict[str, int] = {}
            text = self.doc.text
            for index, sentence in enumerate(self.sentences):
                places = self.places_in(index)
                if not places:
                    continue
                anchors = rule.context if rule.rule.subject.place_anchor == "context" else rule.cues
                for start, end, _name in anchors.finditer(text, sentence.start, sentence.end):
                    place = place_for(text, start, end, places, attached_only=True)
                    if place:
                        counts[place] = counts.get(place, 0) + 1
            self._attached[rule.id] = max(counts, key=lambda p: counts[p]) if counts else None
        return self._attached[rule.id]


def classify(claims: list[Claim], sentence_index: list[int], context: DocumentContext, rules: list[CompiledRule]) -> None:
    """Set ``rule``, ``subject`` and ``cues`` on the claims a rule takes (in place)."""
    for claim, index in zip(claims, sentence_index):
        for rule in rules:
            if claim.kind not in rule.rule.kind or rule.id in context.timed_out:
                continue
            try:
                subject = _match(rule, claim, index, context)
            except PatternTimeout as exc:
                # a pathological pattern must not hang the run: skip the rule here, say so
                context.timed_out.add(rule.id)
                context.doc.warnings.append(
                    f"rule '{rule.id}' ({rule.path}): pattern /{exc}/ took over {REGEX_TIMEOUT} s; "
                    "the rule was skipped for this article"
                )
                continue
            if subject is not None:
                claim.rule = rule.id
                claim.subject = subject
                _mark_missed(rule, claim, context)
                break


# Added to a claim's cues when its sentence says the deadline will be missed.
MISSED_CUE = "!missed"


def _mark_missed(rule: CompiledRule, claim: Claim, context: DocumentContext) -> None:
    """Note in the claim's cues that its sentence declares it missed (a deadline rule's missed_cues)."""
    if not rule.missed:
        return
    try:
        if rule.missed.search(claim.sentence):
            claim.cues = (*claim.cues, MISSED_CUE)
    except PatternTimeout as exc:
        context.doc.warnings.append(
            f"rule '{rule.id}' ({rule.path}): missed_cues pattern /{exc}/ took over {REGEX_TIMEOUT} s; ignored here"
        )


def noun_class(rule: CompiledRule, noun: str | None) -> str | None:
    """The rule's class for a counted noun ("Afghans" -> "people"), None if it is not one."""
    if not noun:
        return None
    noun = noun.lower()
    singular = noun[:-1] if noun.endswith("s") else noun
    for form in (noun, singular, f"{noun}s"):
        if form in rule.nouns:
            return rule.nouns[form]
    if rule.demonym_class is not None and noun in gazetteer().people_nouns:
        return rule.demonym_class
    return None


def _quantity_fits(rule: CompiledRule, claim: Claim) -> bool:
    quantity = claim.quantity
    has_nouns = bool(rule.nouns) or rule.demonym_class is not None
    if quantity is None:
        return not (has_nouns or rule.rule.match.units)
    changes = rule.rule.match.changes
    if (changes == "exclude" and quantity.change) or (changes == "only" and not quantity.change):
        return False
    if has_nouns and noun_class(rule, quantity.noun) is None:
        return False
    units = rule.rule.match.units
    if units:
        unit = quantity.unit or ""
        dimension = quantity.dimension or ""
        return any(
            unit == wanted
            or dimension == wanted
            or (wanted == "currency" and dimension.startswith("currency"))
            for wanted in units
        )
    return True


def _window(text: str, sentence: Sentence, claim: Claim, before: int, after: int) -> tuple[int, int]:
    """Absolute [start, end) covering ``before`` words left and ``after`` words right of the claim."""
    # look back over a bounded stretch only: rescanning from the sentence start
    # for every claim is quadratic on a long sentence
    scan_from = max(sentence.start, claim.start - before * 64)
    left = [m.start() for m in _WORD.finditer(text, scan_from, claim.start)]
    if not before:
        start = claim.start
    elif len(left) >= before:
        start = left[-before]
    else:
        start = scan_from
    end = claim.end
    if after:
        end = sentence.end
        for count, match in enumerate(_WORD.finditer(text, claim.end, sentence.end), 1):
            if count == after:
                end = match.end()
                break
    return start, end


def _timing_fits(rule: CompiledRule, claim: Claim) -> bool:
    if claim.speech_date and not rule.rule.match.speech_dates:
        return False
    when = rule.rule.match.when
    if when == "any":
        return True
    interval = claim.time.interval if claim.time else None
    if interval is None or claim.published is None:
        return False
    if when == "future":
        return interval.start > claim.published
    return interval.end < claim.published


def _match(rule: CompiledRule, claim: Claim, index: int, context: DocumentContext) -> str | None:
    if not _quantity_fits(rule, claim) or not _timing_fits(rule, claim):
        return None
    text = context.doc.text
    sentence = context.sentences[index]
    spec = rule.rule.match
    start, end = _window(text, sentence, claim, spec.window.before, spec.window.after)

    cue_hits: list[tuple[int, int, str]] = []
    if rule.cues:
        cue_hits = list(rule.cues.finditer(text, start, end))
        if not cue_hits:
            return None
    if rule.context:
        scope = context.paragraph_of[index] if spec.context_scope == "paragraph" else (sentence.start, sentence.end)
        if not rule.context.search(text, *scope):
            return None
    if rule.exclude:
        scope = (sentence.start, sentence.end) if spec.exclude_scope == "sentence" else (start, end)
        if rule.exclude.search(text, *scope):
            return None

    def distance(hit: tuple[int, int, str]) -> int:
        return max(hit[0] - claim.end, claim.start - hit[1], 0)

    cue_hits.sort(key=distance)
    subject_spec = rule.rule.subject
    values: dict[str, str] = {}
    template = subject_spec.template
    if "{cue}" in template:
        if not cue_hits:
            return None
        values["cue"] = cue_hits[0][2]
    if "{noun}" in template:
        noun = noun_class(rule, claim.quantity.noun if claim.quantity else None)
        if noun is None and claim.quantity is not None and not (rule.nouns or rule.demonym_class):
            noun = (claim.quantity.noun or "").lower() or None
        if noun is None:
            return None
        values["noun"] = noun
    if "{day}" in template:
        day = context.day_near(index, claim)
        if day is None:
            return None
        values["day"] = day
    if "{place}" in template:
        place = _place(rule, claim, index, context, cue_hits)
        if place is None:
            return None
        values["place"] = place
    subject = _SPACES.sub(" ", template.format(**values)).strip().lower()
    if values.get("place") == ARTICLE_PLACE:
        # no place: the subject is local to its article, so it meets no other article
        subject = _SPACES.sub(" ", subject.replace(ARTICLE_PLACE, "")).strip() + f" (only in {context.doc.path})"
    claim.cues = tuple(hit[2] for hit in cue_hits)
    return subject_spec.aliases.get(subject, subject)


def _place(rule: CompiledRule, claim: Claim, index: int, context: DocumentContext, cue_hits) -> str | None:
    spec = rule.rule.subject
    places = context.places_in(index)
    text = context.doc.text
    sentence = context.sentences[index]
    anchors: list[tuple[int, int]] = []
    if spec.place_anchor == "context":
        anchors += [(s, e) for s, e, _ in rule.context.finditer(text, sentence.start, sentence.end)]
    if spec.place_anchor in ("context", "cue"):
        anchors += [(h[0], h[1]) for h in cue_hits]
    if not (spec.attached_only and anchors) or spec.place_anchor == "claim":
        anchors.append((claim.start, claim.end))
    if places:
        for anchor_start, anchor_end in anchors:
            is_date = claim.time is not None and (anchor_start, anchor_end) == (claim.start, claim.end)
            place = place_for(text, anchor_start, anchor_end, places, attached_only=True, date_anchor=is_date)
            if place:
                return place
        if spec.nearest_place and not spec.attached_only:
            place = place_for(text, anchors[0][0], anchors[0][1], places)
            if place:
                return place
    if spec.attached_only:
        return None
    for fallback in spec.place_fallback:
        if fallback == "attached":
            place = context.attached_place(rule)
        elif fallback == "dominant":
            place = context.dominant_place()
        else:  # the article itself: the claim meets only claims of its own article
            place = ARTICLE_PLACE
        if place:
            return place
    return None


def paragraph_spans(text: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """For each sentence, the span of the paragraph (blank-line separated) holding it."""
    breaks = [m.start() for m in re.finditer(r"\n[ \t]*\n", text)]
    spans = []
    for sentence in sentences:
        i = bisect.bisect_left(breaks, sentence.start)
        para_start = breaks[i - 1] if i > 0 else 0
        j = bisect.bisect_left(breaks, sentence.end)
        para_end = breaks[j] if j < len(breaks) else len(text)
        spans.append((para_start, para_end))
    return spans

