"""Fuzzing: extractors, the sentence splitter and the whole command on hostile text.

The in-suite profile is small (a few hundred examples in all, ``deadline=None``);
``benchmarks/fuzz.py --n 10000`` runs the long one with the same generators.

Invariants asserted on any text:

* nothing raises;
* every span is in bounds and ``text[m.start:m.end] == m.text``;
* a quantity's interval has low <= high (None is unbounded);
* a time's interval is None or has start <= end;
* ``claims check`` on a few random files exits 0 or 1 with no internal error,
  and every file is a document or a skipped entry with a reason.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import math
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.cli import main
from claims.documents import parse_document
from claims.extract.dates import extract_times
from claims.extract.quantities import extract_quantities
from claims.models import DateInterval, NumberInterval, QuantityMention, TimeMention
from claims.pipeline import extract_document
from claims.rules import load_rules
from claims.sentences import split_sentences

# CLAIMS_FUZZ_SCALE=50 python -m pytest tests/test_fuzz.py multiplies every example count (a long local run).
SCALE = max(1, int(os.environ.get("CLAIMS_FUZZ_SCALE", "1") or 1))
FAST = settings(max_examples=60 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ---------------------------------------------------------------------------
# Generators (also used by benchmarks/fuzz.py)
# ---------------------------------------------------------------------------

NEWS = [
    "The conflict in Syria has killed more than 100,000 people, activists said on Monday.",
    "More than 5,000 civilians have died in Yemen's civil war so far, the U.N. said.",
    "About 30 trucks carrying 1,000 tons of chemicals left Latakia in mid-November.",
    "The Geneva talks are expected to resume on Feb. 10, 2014, or by the end of the month.",
    "Syria can complete the removal process by March 1, the minister said last week.",
    "Unemployment fell 2.5 percentage points to 7.3% in the third quarter of 2013.",
    "The project cost rose from $1.2 billion to nearly €3bn between 2010 and 2015.",
    "Between 10 and 15 per cent of the 4.5m residents were displaced for three years.",
    "The 72-year-old president, who was born on 4 July 1941, said he would run again next year.",
    "Temperatures reached 45°C (113°F) on Tuesday; 1.5 million people lost power for 36 hours.",
    "Nearly 3,000 people attended, up from 2,500 a year earlier, and some 30 states sent delegations.",
    "The deadline of June 30 will be missed, officials said, and the vote is set for Jan. 22.",
    "It was reported last week that less than 5 percent of the 1,300-metric-ton stockpile was gone.",
    "Police said 1 in 4 of the 12,000 marchers were under 18 in the 1990s and early 2000s.",
    "In the fiscal year 2019-20, exports were ¥4.2 trillion, or about 2/3 of the total, by mid-2021.",
]

# Characters that break naive number and date code: other digit systems, fractions,
# superscripts, invisible and bidirectional marks, odd spaces and dashes.
HOSTILE = list(
    "٠١٢٣٤٥٦٧٨٩" "۰۱۲۳" "०१२३" "０１２３４５６７８９" "²³¹⁰⁴" "½¼¾⅓⅞" "ⅠⅡⅢⅫ" "①②⑳"
    "\u00a0\u2009\u202f\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202e\u2066"
    "‐‑‒–—―−﹣－" "‘’“”«»„" "%‰‱°′″" "$€£¥₹₽¢" ".,;:!?…" "\n\r\t\x0b\x0c\x1c\x85\u2028\u2029"
    "\ud7ff\ue000\U0001f600\U0010ffff" "İıßẞﬁ" "\u0301\u0308"
)
TOKENS = [
    "more than", "about", "nearly", "at least", "up to", "between", "and", "to", "-", "per cent", "%",
    "million", "billion", "bn", "m", "k", "thousand", "dozen", "tons", "km", "mph", "$", "US$", "€",
    "Jan.", "February", "mid-", "early", "late", "next week", "last year's", "by", "until", "since",
    "Monday", "the 1990s", "2014", "99999999999999999999", "1e308", "0.0000001", "1,000,000,000,000,000",
    "1/0", "0/0", "3.5.6", "1,2,3,4", "12:30", "2014-02-31", "31/02/2014", "Feb. 30", "Q5", "FY99",
    "-", "+", "±", "x", "×", "^", "e", "E", "..", ",,", "', ", "'s", "(", ")", "[", "]", "\n\n", "\n",
]


def mutate(draw, text: str) -> str:
    """Apply a few random edits: inserts of hostile characters and tokens, deletions, repeats, digit swaps."""
    for _ in range(draw(st.integers(0, 6))):
        if not text:
            text = draw(st.sampled_from(NEWS))
        op = draw(st.sampled_from(["insert_char", "insert_token", "delete", "repeat", "digit", "case", "splice"]))
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 20)))
        if op == "insert_char":
            text = text[:i] + draw(st.sampled_from(HOSTILE)) + text[i:]
        elif op == "insert_token":
            text = text[:i] + draw(st.sampled_from(TOKENS)) + text[i:]
        elif op == "delete":
            text = text[:i] + text[j:]
        elif op == "repeat":
            text = text[:j] + text[i:j] * draw(st.integers(1, 5)) + text[j:]
        elif op == "digit":
            text = "".join(draw(st.sampled_from(HOSTILE + list("0123456789"))) if c.isdigit() else c for c in text)
        elif op == "case":
            text = text[:i] + text[i:j].swapcase() + text[j:]
        else:
            text = text[:i] + draw(st.sampled_from(NEWS)) + text[j:]
    return text


@st.composite
def news_text(draw) -> str:
    """One to four mutated news sentences."""
    sentences = draw(st.lists(st.sampled_from(NEWS), min_size=1, max_size=4))
    return mutate(draw, draw(st.sampled_from([" ", "\n", "\n\n"])).join(sentences))


any_text = st.text(st.characters(codec="utf-8"), max_size=300)  # lone surrogates cannot be in a read file
token_soup = st.lists(st.sampled_from(TOKENS + HOSTILE + list("0123456789 ")), max_size=40).map("".join)
texts = st.one_of(any_text, news_text(), token_soup)

# Publication dates an article can carry: mostly plausible ones, sometimes the ends of the calendar.
published_dates = st.one_of(
    st.none(),
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
    st.dates(),
    st.sampled_from([dt.date.min, dt.date.max]),
)


# ---------------------------------------------------------------------------
# Invariants
# ---------------------------------------------------------------------------


def check_quantity(text: str, q: QuantityMention) -> None:
    assert 0 <= q.start <= q.end <= len(text), q
    assert text[q.start : q.end] == q.text, q
    iv = q.interval
    assert isinstance(iv, NumberInterval), q
    for bound in (iv.low, iv.high):
        assert bound is None or not math.isnan(bound), q
    if iv.low is not None and iv.high is not None:
        assert iv.low <= iv.high, q
    assert not math.isnan(q.magnitude), q


def check_time(text: str, t: TimeMention) -> None:
    assert 0 <= t.start <= t.end <= len(text), t
    assert text[t.start : t.end] == t.text, t
    assert t.interval is None or isinstance(t.interval, DateInterval), t
    if t.interval is not None:
        assert t.interval.start <= t.interval.end, t


def check_ordered(mentions) -> None:
    """Sorted by start and non-overlapping, as both extractors document."""
    for a, b in zip(mentions, mentions[1:]):
        assert a.start <= b.start and a.end <= b.start, (a, b)


def check_extractors(text: str, published: dt.date | None) -> None:
    quantities = extract_quantities(text)
    for q in quantities:
        check_quantity(text, q)
    check_ordered(quantities)
    times = extract_times(text, published)
    for t in times:
        check_time(text, t)
    check_ordered(times)
    sentences = split_sentences(text)
    for s in sentences:
        assert 0 <= s.start < s.end <= len(text) and text[s.start : s.end] == s.text and s.text.strip()
    check_ordered(sentences)


# ---------------------------------------------------------------------------
# Tests
# ---------------------------------------------------------------------------


@FAST
@given(text=any_text)
def test_quantities_on_random_unicode(text):
    for q in extract_quantities(text):
        check_quantity(text, q)


@FAST
@given(text=news_text())
def test_quantities_on_mutated_news(text):
    quantities = extract_quantities(text)
    for q in quantities:
        check_quantity(text, q)
    check_ordered(quantities)


@FAST
@given(text=texts, published=published_dates)
def test_times_never_raise_and_spans_match(text, published):
    times = extract_times(text, published)
    for t in times:
        check_time(text, t)
    check_ordered(times)


@FAST
@given(text=texts)
def test_sentences_spans_match(text):
    sentences = split_sentences(text)
    for s in sentences:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text and s.text == s.text.strip() and s.text
    check_ordered(sentences)


@pytest.mark.parametrize("text", NEWS)
def test_every_seed_sentence_is_clean(text):
    """The unmutated sentences the fuzzer starts from."""
    check_extractors(text, dt.date(2014, 2, 4))


@pytest.mark.parametrize("text, published", [
    ("The summit will be held next week.", dt.date(9999, 12, 31)),
    ("It ends in mid-2010s, in the third quarter and next winter.", dt.date(9999, 12, 31)),
    ("It began in the 1990s, in the third quarter and last winter.", dt.date(1, 1, 1)),
    ("The summit is next year.", dt.date(9999, 12, 31)),
    ("The summit was held last week.", dt.date(1, 1, 1)),
    ("The summit was last year.", dt.date(1, 1, 1)),
])
def test_times_at_the_ends_of_the_calendar(text, published):
    for t in extract_times(text, published):
        check_time(text, t)


@pytest.fixture(scope="module")
def default_rules():
    return load_rules()


@settings(max_examples=40 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=texts, published=published_dates)
def test_extract_document_never_raises(default_rules, text, published):
    """The pipeline's per-article step (extractors, attribution, rules) on parsed random articles."""
    doc = parse_document("fuzz.txt", text)
    if published is not None:
        doc.published = published
    for claim in extract_document(doc, default_rules):
        assert doc.text[claim.start : claim.end] == claim.text
        assert 1 <= claim.line <= len(doc.line_starts)


file_bodies = st.one_of(
    texts.map(lambda t: t.encode("utf-8")),
    news_text().map(lambda t: f"A Headline\n\nFebruary 04, 2014\n\n{t}\n".encode("utf-8")),
    news_text().map(lambda t: f"A Headline\n\n{t}\n".encode("cp1252", errors="replace")),
    news_text().map(lambda t: f"<html><head><meta property='article:published_time' content='{t[:12]}'>"
                              f"</head><body><article><h1>{t[:20]}</h1><p>{t}</p></article></body></html>".encode()),
    st.lists(st.one_of(news_text().map(lambda t: json.dumps({"text": t, "published": t[:10]})), texts),
             max_size=4).map(lambda lines: "\n".join(lines).encode("utf-8")),
    st.binary(max_size=200),
)
suffixes = st.sampled_from([".txt", ".md", ".html", ".jsonl"])


@settings(max_examples=15 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=st.lists(st.tuples(file_bodies, suffixes), min_size=1, max_size=4))
def test_check_on_random_small_corpora(files):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        names = []
        for index, (body, suffix) in enumerate(files):
            names.append(f"{index:02d}{suffix}")
            (folder / names[-1]).write_bytes(body)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["check", str(folder), "--format", "json", "--output", "-", "--jobs", "1"])
    assert "Traceback" not in err.getvalue() and "internal error" not in err.getvalue(), err.getvalue()
    assert code in (0, 1), err.getvalue()
    report = json.loads(out.getvalue())
    # nothing lost: every file is a document or a skipped entry (a feed: one per line, path FILE#LINE)
    entries = [Path(e["path"]).name for e in report["documents"] + report["skipped"]]
    for name in names:
        assert any(e == name or e.startswith(name + "#") for e in entries), (name, entries)
    plain = [n for n in names if not n.endswith(".jsonl")]
    assert sum(1 for e in entries if "#" not in e) >= len(plain)
    for entry in report["skipped"]:
        assert entry["reason"] and "internal error" not in entry["reason"], entry
