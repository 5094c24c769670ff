"""Numbers as news writes them: digits, number words, scale words, fractions.

This module knows nothing about units or qualifiers; it offers

* regular-expression *pattern strings* for a number (``NUMBER_PATTERN``) that
  the quantity extractor embeds in its own compiled regexes, and
* :func:`parse_number`, which turns the text such a pattern matched into a
  float ("1.2 million" -> 1.2e6, "twenty-five" -> 25, "two-thirds" -> 0.667).

The number-word vocabulary is a closed class of English, so it lives here as
data tables rather than in a YAML file.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claims.textmatch import trie_pattern

# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

SMALL_NUMBERS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
    "fourty": 40,  # a common misspelling
}

# Multipliers written as words after a number ("1.2 million", "ten thousand").
# "hundred" and "dozen" multiply the current group; the others close a group.
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9,
    "trillion": 1e12, "quadrillion": 1e15, "quintillion": 1e18, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7,
    "crores": 1e7, "dozen": 12,
}
# Plural scale words after a number multiply as the singular does ("five
# hundreds", "2 thousands"); alone they are vague ("hundreds of"), which the
# quantity extractor reads itself.
PLURAL_SCALES: dict[str, str] = {
    "hundreds": "hundred", "thousands": "thousand", "millions": "million",
    "billions": "billion", "trillions": "trillion",
}

# Abbreviated scales written right after digits ("$5bn", "10M", "5k", "RM3mil").
# Single-letter "m"/"b" are ambiguous (metres, bytes); the extractor decides.
SHORT_SCALES: dict[str, float] = {
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
    "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "bil": 1e9, "tn": 1e12, "trn": 1e12, "trln": 1e12,
    "T": 1e12, "MM": 1e6,  # (financial copy writes a million "MM": "$150MM")
}


# Denominators of fractions written as words ("a third", "two-fifths").
FRACTION_WORDS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9,
    "ninths": 9, "tenth": 10, "tenths": 10, "twelfth": 12, "twelfths": 12,
    "sixteenth": 16, "sixteenths": 16, "twentieth": 20, "twentieths": 20,
    "thirtieth": 30, "thirtieths": 30, "fortieth": 40, "fortieths": 40,
    "fiftieth": 50, "fiftieths": 50, "hundredth": 100, "hundredths": 100,
    "thousandth": 1000, "thousandths": 1000, "millionth": 1000000, "millionths": 1000000,
    "billionth": 10**9, "billionths": 10**9, "trillionth": 10**12, "trillionths": 10**12,
}

UNICODE_FRACTIONS: dict[str, float] = {
    "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2,
    "⅛": 0.125, "⅙": 1 / 6, "⅚": 5 / 6, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8, "⅜": 0.375,
    "⅝": 0.625, "⅞": 0.875, "⅐": 1 / 7, "⅑": 1 / 9, "⅒": 0.1,
}


def _alternation(words) -> str:
    """One pattern for many literal words: a trie ("s(?:even(?:teen|ty)?|ix(?:teen|ty)?)"),
    which the engine discards after one character and which prefers the longest word."""
    return "(?:" + trie_pattern([[re.escape(ch) for ch in w] for w in set(words)]) + ")"


# ---------------------------------------------------------------------------
# Patterns (strings, compiled by the callers as part of larger regexes)
# ---------------------------------------------------------------------------

# Digits: "250,000", "1.5", ".5", "1000". Thousands groups must be exact
# ("1,23" is not a number here), and no digit may follow.
# Also Indian grouping ("1,25,000", "12,34,567.89") and thousands set off by
# no-break or thin spaces ("40 000"), or by plain spaces ("1 414 021 100",
# "40 000"). One space-set group may also be two numbers ("June 21 100"): the
# extractor checks the context of SPACED_THOUSANDS_PATTERN matches.
SPACED_THOUSANDS_PATTERN = r"[1-9]\d{0,2} \d{3}(?!\d)(?![ \t]\d)"
DECIMAL_COMMA_PATTERN = r"(?<![\d,.])\d{1,3},\d{1,2}(?![\d,\w-]|\.\d)(?![ \t]*,[ \t]*\d)"
DIGITS_PATTERN = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?"
    # thousands set off by dots, as continental Europe writes them: "1.000.000",
    # "1.234.567,89" (two groups at least: "1.000" stays one point nought)
    r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?![\d.])"
    r"|\d{1,3}(?: \d{3}){2,}(?:\.\d+)?"
    rf"|{SPACED_THOUSANDS_PATTERN}"
    # tokenised text (Penn Treebank style) sets the decimal point apart: "6 . 2 %"
    r"|\d{1,3} \. \d{1,3}(?= ?%| (?:million|billion|trillion|percent|marks?|yen|dollars?|cents?|pounds?|"
    r"francs?|pence|points?|yuan|euros?|pesos?|rupees?|a share)\b)"
    # a decimal comma (European style: "1,5 million", "12,50 euros"): one or two
    # digits after the comma, nothing word-like after them ("1,3-butadiene" and
    # lists "1,2,3" are not decimals)
    rf"|{DECIMAL_COMMA_PATTERN}"
    r"|\d+(?:\.\d+)?|\.\d+)(?![\d])(?!,\d{3})"
    # not the first part of a slashed or dotted date or code: "3/15/2021", "11.04.2024"
    r"(?![./]\d)"
)

_WORD = rf"(?:{_alternation(list(SMALL_NUMBERS) + list(SCALE_WORDS))})"
_UNIT_WORDS = [k for k, v in SMALL_NUMBERS.items() if 0 < v < 10]
_TEEN_WORDS = [k for k, v in SMALL_NUMBERS.items() if 10 <= v < 20]
_UNITS_1_9 = _alternation(_UNIT_WORDS)
_TENS_ALT = _alternation(k for k, v in SMALL_NUMBERS.items() if v >= 20)
# Which words may follow one another inside one number. After a unit ("two") or a
# teen ("twelve") only a scale word may come ("two hundred"), or a tens word after a
# teen ("nineteen ninety-nine"): "two five-year terms", "two-three times" and
# "four-thirty" are two numbers. (A chain of fixed-width lookbehinds, one per word,
# since Python's lookbehind has one width.)
_AFTER_UNIT_OR_TEEN = "".join(rf"(?<!\b{w})" for w in _UNIT_WORDS + _TEEN_WORDS)
_AFTER_UNIT = "".join(rf"(?<!\b{w})" for w in _UNIT_WORDS)
_SCALE_ONLY = rf"(?:{_alternation(SCALE_WORDS)})"
# "and" joins number words only after a scale word ("one hundred and six"),
# so "three and four" stays two numbers.
# "&" is written for "and" too ("two hundred & forty"). After a scale word of a
# thousand or more, a comma may set off the next group when that group is
# itself a count of hundreds ("three million, two hundred & forty"); a bare
# comma before any other word is too often a list ("a million, two of them").
_GROUP_START = (rf"(?:{_UNITS_1_9})"
                r"\s+hundred\b")
_JOIN = (
    r"(?:\s*-\s*|\s+"
    + "".join(rf"|(?<={w})\s+(?:and|&)\s+(?!{{fraction}})" for w in (
        "hundred", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion", "lakh",
        "crore"))
    + "".join(rf"|(?<={w}),\s+(?={_GROUP_START})" for w in (
        "thousand", "million", "billion", "trillion", "quadrillion", "quintillion", "lakh", "crore"))
    + ")"
)
# "two and a half", "five and a half million", "three and two-fifths",
# "two and fifty-four hundredths": a whole number and a fraction.
_NUMERATOR = (rf"(?:an?|(?:{_alternation(k for k, v in SMALL_NUMBERS.items() if 0 < v)})"
              rf"(?:[\s-]+(?:{_UNITS_1_9}))?)")
_A_FRACTION = rf"{_NUMERATOR}[\s-]+(?:{_alternation(FRACTION_WORDS)})\b"
# also "two-and-a-half", and "one and half" as South Asian and African English write it
_AND_A_FRACTION = rf"(?:(?:\s+|\s*-\s*)and(?:\s+|\s*-\s*)(?:{_A_FRACTION}|half\b))"
# "two million and three fifths": "and" before a fraction does not join words
_JOIN = _JOIN.replace("{fraction}", _A_FRACTION)
_COMPOUND_ORDINAL_AHEAD = (
    rf"(?=[\s-]+(?:{_alternation(w for w, v in FRACTION_WORDS.items() if 3 <= v <= 9)}|firsts?|seconds?)\b)")
_NEXT_WORD = (
    rf"(?:{_JOIN}{_SCALE_ONLY}"
    # "one twenty-fifth", "three twenty-firsts": a numerator over a compound ordinal
    rf"|{_JOIN}(?:{_TENS_ALT}){_COMPOUND_ORDINAL_AHEAD}"
    # (a tens word after a tens word only as a spoken year, "nineteen ninety"; not before
    # a hyphened noun: "forty twenty-foot containers" are 40 of 20 feet)
    rf"|{_AFTER_UNIT}{_JOIN}(?:{_TENS_ALT})(?!-(?!(?:{_UNITS_1_9})\b)[A-Za-z])"
    rf"|{_AFTER_UNIT_OR_TEEN}{_JOIN}(?:{_alternation(k for k, v in SMALL_NUMBERS.items() if v < 20)}))"
)
# Spoken decimals: "five point five", "two point oh four".
_DIGIT_WORDS = {"zero": 0, "oh": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4,
                "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_POINT = rf"(?:\s+point(?:\s+(?:{_alternation(_DIGIT_WORDS)}))+\b)"
# Nouns after which an ordinal is a rank, not a fraction: "the third time".
_RANK_NOUNS = (r"(?:century|centuries|time|round|place|year|day|quarter|world|largest|"
               r"biggest|most|highest|straight|consecutive|term|party|generation|person|"
               r"floor|grade|rank|row|leg|stage|phase|wave|anniversary|annual|congress|"
               r"session|edition|birthday)")
_FRACTION_WORD = rf"(?:{_alternation(FRACTION_WORDS)})"
# A fraction whose numerator is a longer number: "one hundred thirty-two fifths",
# "one one hundred fifth" (see parse_word_fraction for how the words split).
# "three twenty-firsts", "twenty one twenty-seconds": a tens word and "first(s)"/"second(s)"
_TENS_BEFORE = "|".join(rf"(?<={w})" for w in (k for k, v in SMALL_NUMBERS.items() if v >= 20))
# "three quarters" set apart is a count of quarters ("for two quarters in a row")
# unless "of" follows ("three quarters of voters"); "three-quarters" is a share
_QUARTERS_COUNTED = (r"(?!(?<=\squarters)(?!\s+of\b))"
                     r"(?!(?<=[Aa]\squarter)\s+(?:earlier|ago|later|before|after)\b)"  # "a quarter earlier"
                     # "three quarter-point cuts", "two half-acre plots": a count of hyphened nouns
                     r"(?!(?<=[a-z]{3}\squarter)-[a-z])(?!(?<=[a-z]{3}\shalf)-[a-z])")
_OVER_DENOMINATOR = (rf"(?:(?:\s+and)?[\s-]+{_FRACTION_WORD}\b(?![\s-]+{_RANK_NOUNS}\b){_QUARTERS_COUNTED}"
                     rf"|(?:{_TENS_BEFORE})-(?:firsts|seconds)\b(?![\s-]+{_RANK_NOUNS}\b))")
# A leading "a" counts as one before a scale word: "a dozen", "a million";
# "a couple of" is two. "two dozens" is 24 (but "dozens" alone is vague: the
# extractor reads "dozens of" itself).
WORDS_PATTERN = (
    # "nought point five": a spoken decimal below one
    rf"(?:(?:[Nn]ought|[Nn]aught|[Oo]h){_POINT}"
    # "point five percent": a spoken decimal below one, before a percentage (elsewhere
    # "at this point five people died" is no number)
    rf"|[Pp]oint(?:\s+(?:{_alternation(_DIGIT_WORDS)}))+\b(?=\s+(?:percent|per\s+cent|percentage))"
    # "one one hundred (and) fifth": a unit over a compound ordinal (1/105)
    rf"|(?:{_UNITS_1_9})\s+(?:{_UNITS_1_9})\s+(?:hundred|thousand)(?:\s+and)?"
    rf"(?:\s+(?:{_TENS_ALT})(?=[\s-]))?[\s-]+{_FRACTION_WORD}\b"
    rf"|(?:[Aa]n?\s+(?={_SCALE_ONLY}\b))?{_WORD}{_NEXT_WORD}*\b"
    rf"(?:\s+(?:dozens|{_alternation(PLURAL_SCALES)})\b)?"
    rf"(?:{_POINT}(?:[\s-]+{_SCALE_ONLY}\b)*|{_AND_A_FRACTION}(?:[\s-]+{_SCALE_ONLY}\b)*|{_OVER_DENOMINATOR})?"
    rf"|[Aa]\s+couple(?:\s+of)?\s+(?:dozen|hundred|thousand|million|billion)\b"
    r"|[Aa]\s+couple(?=\s+of\b))"
)

# A scale word after a fraction in digits: "1 1/2 million", "$2½ billion"
_FRACTION_SCALE = r"(?:[ \t]+(?:thousand|million|billion|trillion)\b)?"
# Fractions: "two-thirds", "a third", "one half", "1/2", "3 1/2", "½", and
# tokenised text's "1 / 4", "7 3 / 4".
FRACTION_PATTERN = (
    rf"(?:(?:(?:{_alternation(k for k, v in SMALL_NUMBERS.items() if 0 < v < 20)}|[Aa])"
    rf"[\s-]+{_FRACTION_WORD}\b(?![\s-]+{_RANK_NOUNS}\b)"
    rf"{_QUARTERS_COUNTED}"
    # "a quarter of a million"
    rf"(?:\s+of\s+an?(?=\s+{_SCALE_ONLY}\b))?"
    # "half a million", "half million"
    rf"|[Hh]alf(?:\s+an?)?(?=\s+{_SCALE_ONLY}\b)"
    # "half of the voters", "half the budget", "half a mile" (if a unit follows),
    # "lost half its value"
    r"|[Hh]alf(?=\s+(?:of|the|an?|its|their|his|her|our|my|your)\b)"
    # "sales fell by half", "cut by half", "has fallen by more than half since"
    r"|(?:(?<=\bby )|(?<=\bby more than )|(?<=\bby nearly )|(?<=\bby almost )|(?<=\bby about )"
    r"|(?<=\bby roughly )|(?<=\bby around )|(?<=\bby over ))[Hh]alf(?![\w-]))"
    rf"(?:[\s-]+{_SCALE_ONLY}\b)*"
    # "3/4ths", "2/3rds": the ordinal ending read aloud
    # "3 fifths", "4 hundredths": digits over a plural ordinal
    rf"|(?<![\d.,])\d{{1,3}}[ \t-]+(?:{_alternation(w for w in FRACTION_WORDS if w.endswith('s'))})\b"
    rf"(?![\s-]+{_RANK_NOUNS}\b){_QUARTERS_COUNTED}"
    r"|(?:\d+(?:\s+|-(?=\d/)))?\d+/\d+(?:ths|rds|nds|sts|th|rd|nd|st)?(?![\d/])"  # "2-1/2" too
    rf"{_FRACTION_SCALE}"  # "1 1/2 million"
    r"|(?:\d{1,3}[ \t]+)?\d{1,2}[ \t]/[ \t]\d{1,3}(?![\d/])(?![ \t]/)"
    rf"|(?:\d+\s?)?[{''.join(UNICODE_FRACTIONS)}]{_FRACTION_SCALE})"
)

# Scale words after digits ("1.2 million", "4 thousand"); chains allowed.
# abbreviations may stand apart too: "5 bn euros" (but not "5 m": metres).
# Groups written in digits may follow a larger scale ("4 thousand 3 hundred",
# "3 hundred and 21"), never a bare number ("$5 million 3 years ago").
_SMALL_WORD = rf"(?:{_alternation(k for k, v in SMALL_NUMBERS.items() if v > 0)})"
# A count below a thousand in words: "two hundred", "ninety-five", "three hundred and six".
_HUNDREDS_IN_WORDS = (
    rf"{_SMALL_WORD}(?:[\s-]+(?:{_UNITS_1_9}))?\b"
    rf"(?:\s+hundred\b(?:\s+and\s+{_SMALL_WORD}(?:[\s-]+(?:{_UNITS_1_9}))?\b)?)?"
)
# scale words, their plurals, and the abbreviations of SHORT_SCALES that may stand apart
# ("5 bn euros"; single letters may not: "5 m" is metres)
# (scale words in any case, as headlines write them: "$90 Billion", "$1.2 TRILLION";
# the short ones keep theirs: "m" and "M" differ)
_ANY_SCALE = (rf"(?:(?i:{_SCALE_ONLY}|{_alternation(PLURAL_SCALES)})"
              rf"|{_alternation(k for k in SHORT_SCALES if len(k) > 1)})\b")
DIGIT_SCALES_PATTERN = (
    # "2 and a half", "3 and a quarter million", "2 and 3/4"
    rf"(?:{_AND_A_FRACTION}|[ \t]+and[ \t]+[1-9]/[1-9]\d?(?![\d/]))?"
    rf"(?:[\s-]+{_ANY_SCALE})*"
    # "1 million 200 thousand"
    r"(?:(?:(?<=million)|(?<=billion))[ \t]+\d{1,3}[ \t]+(?:thousand|million)\b)?"
    r"(?:(?:(?<=thousand)|(?<=million)|(?<=billion))[ \t]+\d{1,3}[ \t]+hundred\b)?"
    r"(?:(?<=hundred)[ \t]+and[ \t]+[1-9]\d?(?![\d.,])"
    rf"(?![ \t]+(?:{_SCALE_ONLY})\b))?"
    # "6 crore and two hundred", "2 million and fifty": the rest in words. Only
    # words, so that "between 2 million and 500" stays a range.
    r"(?:(?:(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion)|(?<=lakh)|(?<=crore))"
    rf"[ \t]+and[ \t]+{_HUNDREDS_IN_WORDS}(?![\s-]+{_ANY_SCALE}))?"
)
SHORT_SCALE_PATTERN = rf"(?:{_alternation(SHORT_SCALES)})(?![A-Za-z])"

# Scientific notation: "2 × 10−9", "1.99x10^-30", "4e14", "3 × 10⁸".
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SCIENTIFIC_PATTERN = (
    r"(?:\d+(?:\.\d+)?[ \t]?[×x][ \t]?10(?:\^[-−]?\d+|[-−]\d+|⁻?[" + _SUPERSCRIPTS + r"]+)(?![\d])"
    r"|\d+(?:\.\d+)?[eE][-+−]?\d+(?![\w])"
    # a bare power of ten: "10^6", "10⁶", "10^-3" (not "2010¹", a footnote), and
    # "10−3" with a minus sign and one digit (as a range, 10 down to 3 would run
    # backwards; "10−20" is a range)
    r"|(?<![\d.,])10(?:\^[-−]?\d{1,3}|⁻?[" + _SUPERSCRIPTS + r"]{1,3}|−[1-9](?![.,]?\d))(?![\d\w])"
    # any other power written with a caret: "2^10", "1.1^+23", "2.5^-1"
    r"|(?<![\d.,])\d+(?:\.\d+)?\^[-+−]?\d{1,3}(?![\d\w]))"
)
_POWER_RE = re.compile(r"(?P<base>\d+(?:\.\d+)?)\^(?P<exponent>[-+−]?\d+)$")
_SCIENTIFIC_RE = re.compile(
    r"(?:(?P<mantissa>\d+(?:\.\d+)?)(?:[ \t]?[×x][ \t]?10\^?|[eE])|10\^|10(?=[−⁻"
    + _SUPERSCRIPTS + r"]))(?P<exponent>[-+−⁻]?[\d" + _SUPERSCRIPTS + r"]+)$"
)

NUMBER_PATTERN = (
    rf"(?:{FRACTION_PATTERN}|{DIGITS_PATTERN}{DIGIT_SCALES_PATTERN}|{WORDS_PATTERN})"
)

# Multiplicatives written as one word: "threefold", "10-fold".
FOLD_PATTERN = (
    rf"(?:(?:{_alternation(k for k, v in SMALL_NUMBERS.items() if v > 1)}|\d+(?:\.\d+)?)"
    r"[\s-]?fold\b"
    # "rose 3x", "a 10x return": a multiplier glued to its digits ("3x4" is a size;
    # a capital X names a model: "the 777X")
    r"|\d+(?:\.\d+)?(?-i:[x×])(?![\w×-]|\.\d|[ \t]?\d))"
)

_EXPONENT_DIGITS = str.maketrans({**{c: str(i) for i, c in enumerate(_SUPERSCRIPTS)},
                                   "⁻": "-", "−": "-"})
_MIXED_RE = re.compile(
    rf"(?P<whole>.*?)(?:(?:\s+|\s*-\s*)and(?:\s+|\s*-\s*)(?P<fraction>{_NUMERATOR}[\s-]+"
    rf"(?:{_alternation(FRACTION_WORDS)})\b.*))?$",
    re.IGNORECASE | re.DOTALL)
# "a dozen and a half" is 18, as "two million and a half" is 2.5 million
_LAST_SCALE_RE = re.compile(r"(?:dozen|thousand|million|billion|trillion|lakhs?|crores?)$",
                            re.IGNORECASE)
_TRAILING_SCALES_RE = re.compile(rf"(?:[\s-]+{_SCALE_ONLY})+$", re.IGNORECASE)
_TOKEN_RE = re.compile(
    r"\d+/\d+|\d{1,3}(?: \d{3})+(?![\d/])(?:\.\d+)?|[\d.,\u00a0\u202f\u2009]*\d|[A-Za-z]+|["
    + "".join(UNICODE_FRACTIONS) + "]"
)


# ---------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------


_SPACED_POINT_RE = re.compile(r"(\d) \. (\d)")
_AND_HALF_RE = re.compile(r"(?i)\b(and)[\s-]+(?=half\b)")
_GROUP_SEPARATORS = str.maketrans("", "", ", \u00a0\u202f\u2009")


_DECIMAL_COMMA_RE = re.compile(r"\d{1,3},\d{1,2}")


def parse_digits(text: str) -> float:
    """Value of a digit string with thousands separators: "250,000" -> 250000;
    a comma before one or two digits is a decimal comma: "1,5" -> 1.5."""
    if _DECIMAL_COMMA_RE.fullmatch(text):
        return float(text.replace(",", "."))
    if text.count(".") >= 2:  # "1.234.567,89": dots group thousands, a comma marks decimals
        return float(text.replace(".", "").replace(",", "."))
    return float(text.translate(_GROUP_SEPARATORS))


@lru_cache(maxsize=8192)
def parse_number(text: str) -> float:
    """Value of a number as the patterns of this module match it.

    Handles digits with scale words ("1.2 million"), number words
    ("one hundred and six", "twenty-five", "a dozen"), mixtures
    ("4 thousand 3 hundred") and fractions ("two-thirds", "a half", "3 1/2").
    Raises ValueError for text that holds no number.
    """
    if " . " in text:
        text = _SPACED_POINT_RE.sub(r"\1.\2", text)  # tokenised "6 . 2"
    if " / " in text:
        text = text.replace(" / ", "/")  # tokenised "1 / 4"
    text = _AND_HALF_RE.sub(r"\1 a ", text)  # "one and half years"
    sci = _SCIENTIFIC_RE.match(text)
    if sci is not None:
        exponent = sci["exponent"].translate(_EXPONENT_DIGITS)
        try:
            return float(f"{sci['mantissa'] or 1}e{int(exponent)}")
        except ValueError as exc:  # pragma: no cover - float() accepts any exponent
            raise ValueError(f"bad exponent in {text!r}") from exc
    power = _POWER_RE.match(text)
    if power is not None:
        return float(power["base"]) ** int(power["exponent"].replace("−", "-"))
    if text[:6].lower() == "point ":
        return float("0." + "".join(str(_DIGIT_WORDS[w]) for w in text[6:].lower().split()))
    whole, point, decimals = text.lower().partition(" point ")
    if point and decimals and not any(ch.isdigit() for ch in text):
        # "five point five": the words after "point" are single digits; scale words may
        # follow them ("one point two million")
        scales = _TRAILING_SCALES_RE.search(decimals)
        if scales is not None:
            decimals = decimals[: scales.start()]
        digits = "".join(str(_DIGIT_WORDS[w]) for w in decimals.split())
        whole_value = _DIGIT_WORDS[whole] if whole in _DIGIT_WORDS else parse_number(whole)
        value = whole_value + float("0." + digits)
        if scales is not None:
            value *= parse_number("one " + scales.group(0).strip(" -"))
        return value
    whole, fraction = _MIXED_RE.match(text).group("whole", "fraction")
    if fraction:
        # "five and a half million" = (5 + 1/2) million
        scales = _TRAILING_SCALES_RE.search(text)
        scale_text = scales.group(0) if scales else ""
        fraction_text = fraction[: len(fraction) - len(scale_text)] if scale_text else fraction
        part = parse_number(fraction_text)
        last_scale = _LAST_SCALE_RE.search(whole.strip())
        if last_scale is not None and not scale_text:
            # "two million and three fifths": the fraction is of the last scale
            part *= SCALE_WORDS[last_scale.group(0).lower()]
        value = parse_number(whole) + part
        if scale_text:
            value *= parse_number("one " + scale_text.strip(" -"))
        return value
    tokens = _TOKEN_RE.findall(text)
    if not tokens:
        raise ValueError(f"no number in {text!r}")
    last = tokens[-1].lower()
    if (last in FRACTION_WORDS or last in _FIRST_SECOND) and len(tokens) > 1 \
            and all(t.isalpha() for t in tokens):
        return parse_word_fraction([t.lower() for t in tokens])
    total = 0.0  # closed groups ("two million" once "three hundred" follows)
    current = 0.0  # the group being built
    small = 0.0  # the part of the group written since its last "hundred"
    seen = False
    numerator: float | None = None
    for i, raw in enumerate(tokens):
        tok = PLURAL_SCALES.get(raw.lower(), raw.lower())
        previous = tokens[i - 1].lower() if i else ""
        if tok[0].isdigit() or tok[0] == ".":
            if "/" in tok:
                num, den = tok.split("/")
                if int(den) == 0:
                    raise ValueError(f"zero denominator in {text!r}")
                current += int(num) / int(den)
            else:
                current += parse_digits(tok)
                small += parse_digits(tok)
            seen = True
        elif tok in UNICODE_FRACTIONS:
            current += UNICODE_FRACTIONS[tok]
            seen = True
        elif tok in SMALL_NUMBERS:
            value = SMALL_NUMBERS[tok]
            if value >= 10 and small >= 10 and previous in SMALL_NUMBERS:
                # "nineteen ninety-nine" is 1999: a second two-digit group
                # makes the first one hundreds, as "nineteen hundred" would
                current += small * 99
                small *= 100
            current += value
            small += value
            seen = True
        elif tok in ("a", "an"):
            # "a dozen" / "a third": one of what follows ("half a million": no)
            if previous not in ("half", "of"):
                current += 1
                small += 1
            seen = True
        elif tok == "couple":
            current = small = 2
            seen = True
        elif tok == "half":
            # "half a million", "half million"
            current = small = (current or 1.0) / 2
            seen = True
        elif tok in FRACTION_WORDS:
            numerator = current or 1.0
            current = numerator / FRACTION_WORDS[tok]
            seen = True
        elif tok == "hundred":
            current = (current or 1.0) * 100
            small = 0.0
            seen = True
        elif tok in ("dozen", "dozens"):
            # a dozen multiplies the count written since the last "hundred":
            # "three hundred and two dozen" is 300 + 24
            if small:
                current += small * 11
            else:
                current = (current or 1.0) * 12
            small = 0.0
            seen = True
        elif tok in SCALE_WORDS or (len(tok) > 1 and tok in SHORT_SCALES):
            factor = SCALE_WORDS.get(tok) or SHORT_SCALES[tok]
            if current == 0 and total:
                total *= factor  # "three lakh crore"
            else:
                total += (current or 1.0) * factor
            current = small = 0.0
            seen = True
        elif tok in ("and", "of"):  # "a couple of hundred"
            continue
        elif tok in ("ths", "rds", "nds", "sts", "th", "rd", "nd", "st") and "/" in previous:
            continue  # "3/4ths"
        else:
            raise ValueError(f"not a number word: {raw!r} in {text!r}")
    if not seen:
        raise ValueError(f"no number in {text!r}")
    return total + current


# Ordinals that combine with a tens word into one ordinal ("thirty fifth" = 35th).
_UNIT_ORDINALS = frozenset(w for w, v in FRACTION_WORDS.items() if 3 <= v <= 9)
# "first(s)" and "second(s)" are fractions only after a tens word ("twenty-firsts")
_FIRST_SECOND = {"first": 1, "firsts": 1, "second": 2, "seconds": 2}
_TENS = frozenset(w for w, v in SMALL_NUMBERS.items() if v >= 20)


def parse_word_fraction(words: list[str]) -> float:
    """Value of number words ending in an ordinal: a numerator over a denominator.

    The denominator may itself be a compound ordinal, and takes the longest one
    that leaves words for the numerator (the reading of Microsoft's
    Recognizers-Text): "three fifths" = 3/5, "one hundred thirty fifths" =
    100/35, "one one hundred fifth" = 1/105, "one hundred one thousand fifths" =
    100/1005; but "thirty-two fifths" = 32/5 (a unit word does not compound
    with an ordinal). A singular ordinal is a fraction only after "one" / "a"
    ("one fifth"): "the twenty third" is a rank, and raises ValueError.
    """
    *numerator, ordinal = words
    denominator = FRACTION_WORDS.get(ordinal) or _FIRST_SECOND[ordinal]
    k = len(numerator)
    if ordinal in _FIRST_SECOND and not (k >= 2 and numerator[k - 1] in _TENS):
        raise ValueError(f"a rank, not a fraction: {' '.join(words)!r}")
    if (ordinal in _UNIT_ORDINALS or ordinal in _FIRST_SECOND) and k >= 2 and numerator[k - 1] in _TENS:
        denominator += SMALL_NUMBERS[numerator[k - 1]]  # "thirty fifths": 35ths
        k -= 1
    j = k - 1 if k and numerator[k - 1] == "and" else k
    if j >= 3 and numerator[j - 1] in ("hundred", "thousand") \
            and 0 < SMALL_NUMBERS.get(numerator[j - 2], 0) < 10 \
            and numerator[j - 3] not in _TENS:
        # "one hundred (and) fifth" = 105th, when words remain before it
        # (but "ninety-five hundred fifths" is 9500/5)
        denominator += SMALL_NUMBERS[numerator[j - 2]] * SCALE_WORDS[numerator[j - 1]]
        k = j - 2
    while k and numerator[k - 1] == "and":
        k -= 1
    if not k:
        raise ValueError(f"no numerator in {' '.join(words)!r}")
    value = parse_number(" ".join(numerator[:k]))
    if not ordinal.endswith("s") and value != 1 and ordinal not in ("half", "quarter"):
        raise ValueError(f"a rank, not a fraction: {' '.join(words)!r}")
    return value / denominator


def is_word_number(text: str) -> bool:
    """True when a number is written without digits ("three", "a dozen")."""
    return not any(ch.isdigit() for ch in text)
