"""Split article text into sentences, keeping character offsets.

News text has two traps for naive splitters: abbreviations ("U.S.", "Jan.",
"Mr.") and paragraph breaks that fall inside a sentence (text copied from web
pages often has "willingness\\n\\nto attend"). A blank line ends a sentence
unless the text before it has no closing punctuation and the text after it
starts in lower case.
"""

from __future__ import annotations

import re

from claims.models import Sentence

# Words after which a period does not end a sentence: they are followed by a
# name or a number.
_NON_FINAL_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col sgt capt cmdr adm gov sen rep rev fr st mt ft no nos vol
    jan feb mar apr jun jul aug sep sept oct nov dec vs etc al inc corp co ltd jr sr
    """.split()
)
# Capitalised words that typically open a sentence, so that a dotted acronym
# before them ("... the U.S. The talks ...") does end one.
_SENTENCE_OPENERS = frozenset(
    """the a an he she it they we i this that these those but and in on at after before
    however meanwhile earlier later there his her their its our what when while if as""".split()
)

# Candidate boundaries: terminal punctuation, optional closing quotes or
# brackets, then whitespace.
_BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s)")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)\.$")


# Text with no sentence punctuation (lists, scraped tables) would make one huge
# "sentence"; beyond this many characters a sentence is cut at line breaks, then
# at spaces, so that the work per claim stays bounded.
MAX_SENTENCE = 2000


def split_sentences(text: str) -> list[Sentence]:
    """Return the sentences of ``text`` in order, with offsets into ``text``."""
    sentences: list[Sentence] = []
    for sentence in _split(text):
        if sentence.end - sentence.start <= MAX_SENTENCE:
            sentences.append(sentence)
        else:
            sentences.extend(_cut_long(text, sentence))
    return sentences


def _cut_long(text: str, sentence: Sentence) -> list[Sentence]:
    pieces: list[Sentence] = []
    start = sentence.start
    while sentence.end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = text.rfind("\n", start + 1, limit)
        if cut <= start:
            cut = text.rfind(" ", start + 1, limit)
        if cut <= start:
            cut = limit
        _append(pieces, text, start, cut)
        start = cut
    _append(pieces, text, start, sentence.end)
    return pieces


def _split(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for para_start, para_end in _paragraphs(text):
        start = para_start
        for match in _BOUNDARY.finditer(text, para_start, para_end):
            end = match.end()
            if not _ends_sentence(text, start, match.start(), end, para_end):
                continue
            _append(sentences, text, start, end)
            start = end
        _append(sentences, text, start, para_end)
    return sentences


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans, joining paragraphs split inside a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        before = text[start : match.start()].rstrip()
        after = text[match.end() : match.end() + 1]
        continues = bool(before) and before[-1] not in ".!?:\"'\u201d)" and after.islower()
        if continues:
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _ends_sentence(text: str, start: int, punct: int, end: int, limit: int) -> bool:
    if text[punct] != ".":
        return _next_starts_sentence(text, end, limit)
    word = _WORD_BEFORE.search(text, start, punct + 1)
    token = word.group(1) if word else ""
    bare = token.rstrip(".").lower()
    if bare in _NON_FINAL_ABBREVIATIONS:
        return False
    if len(bare) == 1 and bare.isalpha():  # an initial: "John F. Kennedy"
        return False
    if "." in token.rstrip("."):  # a dotted acronym: "U.S.", "U.N."
        following = re.match(r"\s*([\"'\u201c]?)([A-Za-z]+)", text[end:limit])
        word = following.group(2) if following else ""
        return word[:1].isupper() and word.lower() in _SENTENCE_OPENERS
    return _next_starts_sentence(text, end, limit)


def _next_starts_sentence(text: str, end: int, limit: int) -> bool:
    following = text[end:limit].lstrip()
    return not following or not following[0].islower()


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    begin = start + lead
    sentences.append(Sentence(begin, begin + len(stripped), stripped))
