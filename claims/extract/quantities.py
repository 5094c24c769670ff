"""Find quantities in news text: "more than 5,000 people", "$1.2 billion", "5%".

One regex pass (``_ATOM_RE``) finds every number written in the text; each hit
is then read in its neighbourhood with small anchored regexes:

1. what follows: a unit ("5 percent", "500-ton", "km/h") or a counted noun
   ("12 people", "14 European states");
2. whether it is a quantity at all: years, dates, clock times, ordinals,
   phone numbers and identifiers ("Section 427", "Boeing 737") are dropped;
3. neighbours joined into one quantity: ranges ("10 to 15", "between 10 and
   15", "10-15%"), tolerances ("1.6 ± 0.2%"), ratios ("one in five"), compound
   measures ("6 feet 2 inches", "13 dollars and 45 cents"), bounds ("more than
   10 and less than 40"); a list shares its last unit ("45 and 50 mg");
4. what precedes: a qualifier ("more than", "about", "nearly") that turns the
   value into an interval, and a change verb ("rose 5%").

Vocabulary (units, qualifiers, stop lists) is data: claims/data/quantities.yaml
for the words of running text, claims/units.txt for the pint definitions.

Conventions:
* "about/some/around/roughly/estimated v" -> [0.9v, 1.1v]; "nearly/almost v"
  -> [0.9v, v]; "more than v" -> (v, inf); "at least v" -> [v, inf);
  "less than v" -> (-inf, v); "up to / at most v" -> (-inf, v].
* Vague plurals span one decade (NewsQuant's convention): "hundreds of" ->
  [100, 1000], "dozens of" -> [12, 120], "tens of thousands" -> [1e4, 1e5];
  so do "several thousand", "a few hundred" and a plural alone ("Dozens were
  killed", "hundreds more").
* Scores, records and tallies are two figures, never a range: "beat Duke
  71-61", "a 2-1 lead", "lost 1-2", "a 5-4 ruling", "went 3-for-4".
* "plus or minus 3 points" is 3; "5 below zero" is -5 degrees; "a year and a
  half" 1.5 years; "over 10 years" after a figure is the span it covers, not a
  bound ("$1.1 trillion over 10 years"), but "for over 10 years" is more than 10.
* Counts: ``unit`` and ``noun`` are the counted noun in lower case as written
  ("people", "syrians"); a bare number has unit None; dimension "count".
  Fractions and ratios ("two-thirds", "one in five") are bare numbers < 1;
  multiplicatives ("threefold") have unit "fold".
* Ages ("three-year-old", "aged 25", "91 years of age") and durations ("10
  years") have a time unit ("year"); the pipeline sets durations apart. An age
  by decade is a range: "in his 40s" is 40-49 years, "her early thirties" 30-33.
* "a gallon of beer", "a mile away": one unit (measures only, see the YAML).
* "pounds" is money where the sentence speaks of money and not of weight
  ("it costs 5 pounds"), else mass ("it weighs 5 pounds", "5 pounds of flour").
* Money keeps the unit it was written in: "19 cents" is 19 "cent", in the
  family "currency:USD" (convert with claims.extract.units.convert). "francs"
  alone is the family "currency:franc" (Swiss, CFA, French...). A price per
  hour, day, week or month is a rate ("$15 an hour" is "USD / hour"); a sum
  per year stays money ("$5 billion a year").
* SI products of powers are units: "7.83 m s−1" is "meter / second"; so are
  quotients ("kg/m3", "mg/L") and "·" products ("mPa·s"). Every base symbol of
  the YAML's `si_symbols` takes its listed SI prefixes ("mV", "kΩ", "µmol",
  "uL"); symbols that are news words too ("M", "T", "A", "AU", "bar", "Da")
  need a cue nearby, and "S", "N", "a", "cal" count only inside a compound
  ("1.2 S m−1", "0.3 m a−1"). "wt%", "vol%", "at%", "mol%" are units of their
  own, not "percent".
* Science values: "4.2153(4) Å" is 4.2153 (the bracket is the uncertainty of
  the last digits), "10−3" a power of ten, "10−20 µm" a range. A p-value ("p <
  0.05") is a bound on a bare number (LT 0.05, no unit): the letter is a
  variable's name, not a unit; "n = 12 mice" is a count of 12.
"""

from __future__ import annotations

import dataclasses
import functools

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from claims.extract import numbers
from claims.textmatch import atoms_of, trie_pattern
from claims.extract.units import UNITS_FILE, UnitError, lookup
from claims.models import NumberInterval, Qualifier, QuantityMention

_DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "quantities.yaml"
with open(_DATA_FILE, encoding="utf-8") as _fh:
    _DATA = yaml.safe_load(_fh)


def _alt(words) -> str:
    """One pattern for many literal phrases (a trie, so the engine drops a position after
    one character); spaces match any whitespace. Longer phrases win, as in "per cent"
    over "per"."""
    return "(?:" + trie_pattern([atoms_of(w) for w in set(words)]) + ")"


def _surface_alt(patterns) -> str:
    """Alternation of the YAML surface patterns (themselves regex fragments)."""
    # longer patterns first, so "degrees Celsius" is tried before "degrees"
    ordered = sorted(patterns, key=len, reverse=True)
    space = r"(?:[ \t]+|-)"  # "square feet", "a 5,000-square-foot home"
    return "|".join("(?:" + p.replace(" ", space) + ")" for p in ordered)


# ---------------------------------------------------------------------------
# Vocabulary from the data file
# ---------------------------------------------------------------------------

_UNIT_NAMES: dict[str, str] = _DATA["units"]
_UNIT_SYMBOLS: dict[str, str] = _DATA["unit_symbols"]


def _si_prefixed_symbols(table: dict[str, str]) -> dict[str, str]:
    """ "mV", "kΩ", "µmol": the YAML's SI prefixes before its base symbols, as
    escaped patterns -> pint names, leaving out what ``table`` already matches
    ("kg", "mm" and "Mt" keep their own entries)."""
    prefixes: dict[str, str] = _DATA["si_prefixes"]
    taken = re.compile("|".join(f"(?:{p})" for p in table))
    out: dict[str, str] = {}
    for base, (unit, allowed) in _DATA["si_symbols"].items():
        for prefix in allowed:
            symbol = prefix + base
            if taken.fullmatch(symbol) is None:
                out[re.escape(symbol)] = prefixes[prefix] + unit
    return out


_UNIT_SYMBOLS.update(_si_prefixed_symbols(_UNIT_SYMBOLS))
# Every currency of the units file is known by its ISO code, before or after the figure
# ("SEK 500", "500 SEK"), written in capitals.
_ISO_CURRENCY_CODES = re.findall(r"^([A-Z]{3})[ \t]*=[ \t]*\[currency_", UNITS_FILE.read_text(encoding="utf-8"),
                                 re.MULTILINE)
_UNIT_SYMBOLS.update({code: code for code in _ISO_CURRENCY_CODES if code not in _UNIT_SYMBOLS})
_COMPOUND_ONLY = frozenset(_DATA["compound_only"])
_ATTACHED_ONLY = frozenset(_DATA["attached_only"])
_SPACED_ONLY = frozenset(_DATA["spaced_only"])
_PER_ONLY = frozenset(_DATA["per_only"])
_CONTEXT_SYMBOLS: dict[str, tuple[str, str, float]] = {
    sym: (spec[0], spec[1], float(spec[2]) if len(spec) > 2 else -math.inf)
    for sym, spec in _DATA["context_symbols"].items()}
_CONTEXT_CUE_RES = {
    name: re.compile(rf"(?<![A-Za-z])(?i:{pattern})(?![A-Za-z])")
    for name, pattern in _DATA["context_cues"].items()}
# "2021 C.P.I.": a letter of an abbreviation is no unit symbol
_DOTTED_AFTER_RE = re.compile(r"\.[A-Za-z]")
_YEAR_DIGITS_RE = re.compile(r"(?:19|20)\d\d")  # the years of citations and of news
# "1 in 2000 people": the count a share is taken of
_RATIO_IN_BEFORE_RE = re.compile(r"(?<![\w.,])(?:1|(?i:one))[ \t]+in[ \t]+(?:every[ \t]+)?\Z")
_YEAR_LIKE_RE = re.compile(r"1[1-9]\d\d|20\d\d|2100|['’]\d\d")  # "1990", "2013", "'99"
# How far from a number a cue word may stand (about a sentence)
_CUE_WINDOW = 80
_CURRENCY_PREFIXES: dict[str, str] = {
    **{code: code for code in _ISO_CURRENCY_CODES}, **_DATA["currency_prefixes"]}
_VAGUE: dict[str, float] = {k: float(v) for k, v in _DATA["vague_plurals"].items()}
_IDENTIFIER_WORDS = frozenset(w.lower() for w in _DATA["identifier_words"])
_YEAR_NOUNS = frozenset(_DATA["year_nouns"])
_SP_BEFORE_RE = re.compile(r"S&P[ \t]*\Z")
_BLOCK_AFTER_RE = re.compile(r"[ \t]+block[ \t]+of\b")
_VIDEO_LINES = frozenset({240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0})
# A unit name written capitalised inside a sentence: a title's ("8 Mile", "28 Days Later")
_CAPITALIZED_UNIT_RE = re.compile(r"[ \t]+(?P<w>[A-Z][a-z]{2,})\b")
_CLOCK_WORDS_AFTER_RE = re.compile(r"[ \t]+(?:in[ \t]+the[ \t]+(?:morning|afternoon|evening)|at[ \t]+night|o['’]clock)\b")
_MILITARY_TIME_RE = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_MILITARY_AFTER_RE = re.compile(
    r"(?:[ \t]*(?:-|–|to|until)[ \t]*(?:[01]\d|2[0-3])[0-5]\d)?[ \t]+(?i:hours|hrs|GMT|UTC|local[ \t]+time)\b")
_HALF_COMPOUND_RE = re.compile(rf"-(?i:{_alt(_DATA['half_compounds_not_quantities'])})\b")
# Stretches of text whose numbers are no quantities: idioms ("the whole nine yards") and
# clock times in words ("a quarter to seven", "half past ten")
_HOURS_IN_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|1[0-2]|[1-9])"
_NO_QUANTITY_RE = re.compile(
    rf"(?<![\w-])(?i:{_alt(_DATA['number_idioms'])})(?![\w-])"
    rf"|(?<![\w-])(?i:(?:a[ \t]+)?quarter[ \t]+(?:past|to|after)|half[ \t]+past)[ \t]+(?i:{_HOURS_IN_WORDS})\b")
_CAPITALIZED_OK = frozenset(_DATA["capitalized_ok"])
_FUNCTION_WORDS = frozenset(_DATA["function_words"])
_IRREGULAR_PLURALS = frozenset(_DATA["irregular_plurals"])
_NOT_PLURALS = frozenset(_DATA["not_plurals"])
_PARTICLE_VERBS = frozenset(_DATA["change_particle_verbs"])
_STREET_WORDS = _DATA["street_words"]
_ARTICLE_UNITS = _DATA["article_units"]
_DIMENSION_ADJECTIVES = _DATA["dimension_adjectives"]
_EMERGENCY_NUMBERS = frozenset(_DATA["emergency_numbers"])
_OVER_BOUND_AFTER = frozenset(_DATA["over_duration_bound_after"])

_QUALIFIER_OF: dict[str, Qualifier] = {}
_APPROX_BELOW: set[str] = set()
for _kind, _phrases in _DATA["qualifiers"].items():
    for _p in _phrases:
        _key = " ".join(_p.lower().split())
        if _kind == "approx_below":
            _QUALIFIER_OF[_key] = Qualifier.APPROX
            _APPROX_BELOW.add(_key)
        else:
            _QUALIFIER_OF[_key] = Qualifier(_kind)
_POST_QUALIFIER_OF: dict[str, Qualifier] = {
    " ".join(p.lower().split()): Qualifier(kind)
    for kind, phrases in _DATA["post_qualifiers"].items()
    for p in phrases
}
# "doubled", "halved", "twice as many": a multiplier ("fold") with its own direction.
_MULTIPLICATIVES: dict[str, tuple[float, str | None]] = {
    word: (float(factor), change) for word, (factor, change) in _DATA["multiplicatives"].items()
}
MULTIPLICATIVE_WORDS = frozenset(_MULTIPLICATIVES)
_ADVERB_MULTIPLICATIVES = frozenset(w for w, (_, change) in _MULTIPLICATIVES.items() if change is None)
_MULTIPLICATIVE_PATTERN = (
    rf"(?i:{_alt(w for w in _MULTIPLICATIVES if w not in _ADVERB_MULTIPLICATIVES)})\b(?!-)"
    rf"|(?i:{_alt(_ADVERB_MULTIPLICATIVES)})(?=[ \t]+(?i:{_alt(_DATA['multiplicative_comparison_after'])})\b)"
)
_RESTATED_RE = re.compile(r",?[ \t]+or[ \t]+")
_SENTENCE_BREAK_RE = re.compile(r"[.;:!?](?:\s|$)")
# "closed down 1.9 percent", "ended up 45 points": a market's move after these verbs
_MARKET_CLOSE_VERBS = frozenset("closed ended finished opened traded was were is are".split())
_MARKET_UNITS = frozenset({"percent", "percentage_point", "basis_point"})
# "2.4 percent lower", "45 points higher": the move written after the figure
_CHANGE_AFTER_RE = re.compile(r"[ \t]+(?P<w>(?i:lower|higher))\b")


def _is_market_move(atom: "_Atom") -> bool:
    """A percentage, points or a sum of money: what a price or an index moves by."""
    return atom.unit in _MARKET_UNITS or atom.currency or (atom.noun or "").lower() in ("points", "point")

_CHANGE_NOUN_OF: dict[str, str] = {
    w: direction for direction, words in _DATA["change_nouns"].items() for w in words
}
_CHANGE_NOUN_AFTER_RE = re.compile(rf"[ \t]+(?P<w>(?i:{_alt(_CHANGE_NOUN_OF)}))\b(?![ \t]+of\b)")
_CHANGE_NOUN_BEFORE_RE = re.compile(rf"(?<![\w-])(?P<w>(?i:{_alt(_CHANGE_NOUN_OF)}))[ \t]+of[ \t]+\Z")
_NOT_A_CHANGE_AFTER_RE = re.compile(r"[-–]\d|[ \t]+of[ \t]+(?:its|their|his|her|the)[ \t]+(?:last|past|first)\b")
_CHANGE_OF: dict[str, str] = {
    w: direction for direction, words in _DATA["changes"].items() for w in words
}

# ---------------------------------------------------------------------------
# Regexes (compiled once)
# ---------------------------------------------------------------------------

_VAGUE_WORDS = _alt(_VAGUE)
# "tens of thousands (of)", "hundreds of"; a lone plural needs "of" after it,
# since "hundreds" alone is rarely a figure.
# "several thousand (people)", "a few hundred": as vague as "thousands of".
# News also writes a plural alone as the subject or object of a verb ("Dozens
# were killed", "hundreds more", "lost millions"); not "tens" or "scores", which
# are other words alone, and not after a number ("5 thousands").
_LONE_VAGUE_PATTERN = (
    rf"(?<!\d )(?i:{_alt(_DATA['lone_vague_plurals'])})\b(?![ \t]*[-–]|\s+of\b)")
_VAGUE_PATTERN = (
    rf"(?i:(?:several|a\s+few)\s+(?:dozen|hundred|thousand|million|billion)\b(?:\s+of\b)?"
    rf"|(?:{_VAGUE_WORDS})\s+of\s+(?:thousands|millions|billions)(?:\s+of\b)?"
    rf"|(?:{_VAGUE_WORDS})\s+of\b(?![ \t]+\d))"  # ("scores of 80 and 90" are scores)
    # "100s of people", "1000s of homes": the vague plural written in digits
    r"|(?:100|1,?000|10,?000)s[ \t]+of\b"
    rf"|{_LONE_VAGUE_PATTERN}"
)

# An age by decade after a possessive: "in his 40s", "in her early thirties".
_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
                 "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}
_DECADE_PATTERN = (
    r"(?:(?<=his )|(?<=her )|(?<=its )|(?<=their )|(?<=my )|(?<=your )|(?<=our ))"
    r"(?:(?i:early|mid|late)[ \t-]?)?"
    rf"(?:[1-9]0['’]?s|(?i:{_alt(_DECADE_WORDS)}))(?![\w'’-])"
)
# Where in its decade "early", "mid" and "late" put an age: "her early 30s" is 30-33.
_DECADE_PARTS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9), "": (0, 9)}
# "a gallon of beer", "a mile away": one unit (measures only; "a dollar", "a pound"
# and "a ton of" are too often idioms or prices).
_ARTICLE_PATTERN = rf"[Aa]n?(?=[ \t]+(?i:{_alt(_ARTICLE_UNITS)})\b)"

_LETTER_CURRENCIES: dict[str, str] = _DATA["letter_currencies"]
_METRE_NOUNS = frozenset(_DATA["metre_nouns"])
_CURRENCY_CODES = {code: code for code in (*_CURRENCY_PREFIXES.values(), *_UNIT_NAMES.values())
                   if re.fullmatch(r"[A-Z]{3}", code)}
_ATOM_PATTERN = (
    # not inside a word, an e-mail, a URL, a decimal or an identifier like "F-16"
    # ("5k-20k" is a range: a scale letter after digits is no identifier)
    # (a currency sign may follow a scale letter's hyphen: "$3bn-$4bn")
    # ("3-for-4", "11-of-18", "2-to-1" and "a magnitude-7.1 quake" are figures)
    # (the later sides of a size glued with an "x" are read too: "24x36 inches")
    # (and the second figure of a ratio: "3:1", "60:40"; a clock's minutes are dropped later)
    r"(?:(?<=\d[x×])(?=\d)|(?<=\d:)(?=\d{1,3}(?![\d:]))|(?<![\w.,/@:#+&'’)\]%?€£¥])(?:(?<!(?<!\d)[A-Za-z][-−])|(?=[$€£¥])"
    # the second end of a range written with its unit twice: "5kg-6kg", "5cm-7cm"
    r"|(?<=\d[A-Za-z]-)|(?<=\d[A-Za-z][A-Za-z]-)"
    r"|(?<=\d-for-)|(?<=\d-of-)|(?<=\d-to-)|(?<=[Mm]agnitude-)"
    # "a five-to-ten-year sentence": the second end of a range written as one word
    + "".join(rf"|(?<=\b{w}-to-)" for w in numbers.SMALL_NUMBERS if 0 < numbers.SMALL_NUMBERS[w] < 20)
    # the second of two number words joined by a hyphen: "two-three times"
    + "".join(rf"|(?<=\b{w}-)" for w in numbers.SMALL_NUMBERS if 0 < numbers.SMALL_NUMBERS[w] < 20)
    + r"))"
    r"(?:"
    rf"(?P<decade>{_DECADE_PATTERN})"
    # "a day or two", "an hour or two": one to two of the unit
    r"|(?P<ortwo>[Aa]n?[ \t]+(?P<ortwo_u>(?i:minute|hour|day|night|week|month|year|decade|mile))"
    r"[ \t]+or[ \t]+two\b)"
    rf"|(?P<article>{_ARTICLE_PATTERN})"
    rf"|(?P<vague>{_VAGUE_PATTERN})"
    rf"|(?P<fold>(?i:{numbers.FOLD_PATTERN}))"
    rf"|(?P<mult>{_MULTIPLICATIVE_PATTERN})"
    # "MUSD 30", "MAUD 60": millions of a currency (financial notation); a sign before
    # a currency sign: "minus $200", "-$5 million" (after a space: "$3bn-$4bn" is a range)
    rf"|(?P<curneg>(?<![^\s(])[-−](?=[$€£¥])|(?i:minus|negative)[ \t]+(?=[$€£¥]))?"
    rf"(?:(?P<mcur>M(?:{_alt(_CURRENCY_CODES)}))[ \t]?(?=\d)"
    rf"|(?P<cur>{_alt(_CURRENCY_PREFIXES)})[ \t]?"
    # one-letter signs ("R2.37 trillion" rand, "N27.5 billion" naira, "P56.12" pesos) only
    # before a decimal, a thousands comma or a scale: "R2", "N95", "P5" are names
    rf"|(?P<lcur>(?<![\w.])[{''.join(_LETTER_CURRENCIES)}])(?=\d[\d,]*\.\d|\d{{1,3}}(?:,\d{{3}})+|\d+[ \t]?"
    r"(?:bn|billion|trillion|million|mn|tn|m)\b))?"
    # a sign: "-18 °C", "−273.15", "minus five"
    # (tokenised text sets the minus apart before a temperature: "convert - 20 degrees")
    r"(?P<neg>[-−](?=[\d.])|(?<![\d%][ \t])[-−][ \t](?=\d[\d.]*[ \t]?(?:°|deg))"
    r"|(?i:minus|negative)[ \t]+"
    # a plus sign before a share or a temperature: "+12%", "+30 °C" (elsewhere it may
    # open a phone number)
    r"|(?P<plus>\+)(?=\d[\d,.]*[ \t]?(?:%|°|(?i:percent|per[ \t]cent|pct|bps|basis)\b)))?"
    rf"(?P<num>{numbers.SCIENTIFIC_PATTERN}|(?i:{numbers.FRACTION_PATTERN})"
    rf"|{numbers.DIGITS_PATTERN}(?:(?P<short>{numbers.SHORT_SCALE_PATTERN})"
    rf"|{numbers.DIGIT_SCALES_PATTERN})"
    rf"|(?i:{numbers.WORDS_PATTERN}))"
    r")"
)
_ATOM_RE = re.compile(_ATOM_PATTERN)
# The same without one space-set thousands group, for where "21 100" is two
# numbers ("June 21 100 people").
_ATOM_UNSPACED_RE = re.compile(_ATOM_PATTERN.replace(numbers.SPACED_THOUSANDS_PATTERN, "(?!)"))
_SPACED_THOUSANDS_RE = re.compile(numbers.SPACED_THOUSANDS_PATTERN)

# A unit right after the number: "5 percent", "500-ton", "5km", "3-year-old".
_UNIT_RE = re.compile(
    r"(?P<sep>[ \t]?-[ \t]?|[ \t]?|\s)"
    rf"(?:(?P<name>(?i:{_surface_alt(_UNIT_NAMES)}))"
    rf"|(?P<sym>{_surface_alt([*_UNIT_SYMBOLS, *map(re.escape, _CONTEXT_SYMBOLS)])})"
    # a power glued to a length: "2.5 cm3 s−1", "4 mm²"
    r"(?P<pow>(?<=m)[23²³](?![\d\w]|[.,]\d))?)"
    # a currency sign before digits opens the next number: "$ 20 - $ 30"
    r"(?!(?<=[$€£¥₹₩₽₺₪฿₫₱])[ \t]?\d)"
    r"(?P<old>-old\b|\s+old\b|\s+of\s+age\b)?"
    r"(?![\w°])"
)
# The second half of a compound unit: "per hour", "a barrel", "/kg".
_PER_UNITS = {
    "hour": "hour", "hr": "hour", "h": "hour", "s": "second", "day": "day", "week": "week",
    "month": "month", "year": "year", "minute": "minute", "second": "second",
    "barrel": "barrel", "gallon": "gallon", "litre": "liter", "liter": "liter",
    "kilogram": "kilogram", "kg": "kilogram", "kilo": "kilogram", "pound": "pound",
    "lb": "pound", "ton": "metric_ton", "tonne": "metric_ton", "ounce": "ounce",
    "oz": "ounce", "mile": "mile", "kilometre": "kilometer", "kilometer": "kilometer",
    "km": "kilometer", "metre": "meter", "meter": "meter", "square foot": "square_foot",
    "square metre": "meter ** 2", "square meter": "meter ** 2", "acre": "acre",
    "hectare": "hectare", "megawatt hour": "megawatt_hour", "kilowatt hour": "kilowatt_hour",
    "kWh": "kilowatt_hour", "MWh": "megawatt_hour", "share": None, "person": None,
    "capita": None, "head": None, "household": None, "game": None, "unit": None,
    "dozen": None, "bushel": "bushel", "ml": "milliliter", "mL": "milliliter", "l": "liter", "L": "liter",
    "m2": "meter ** 2", "m3": "meter ** 3", "yr": "year", "min": "minute",
}
_TIME_UNITS = frozenset({"hour", "day", "week", "month", "year", "minute", "second"})
_PER_RE = re.compile(
    rf"(?:[ \t]*/[ \t]*|[ \t]+per[ \t]+|[ \t]+an?[ \t]+)(?P<per>{_alt(_PER_UNITS)})(?![\w])"
)

_QUALIFIER_RE = re.compile(
    rf"(?<![\w-])(?P<q>(?i:{_alt(_QUALIFIER_OF)}))[ \t]+\Z"
)
_SYMBOL_QUALIFIERS = {">": Qualifier.GT, ">=": Qualifier.GE, "≥": Qualifier.GE,
                      "<": Qualifier.LT, "<=": Qualifier.LE, "≤": Qualifier.LE,
                      "~": Qualifier.APPROX, "∼": Qualifier.APPROX, "≈": Qualifier.APPROX,
                      "c.": Qualifier.APPROX}
_SYMBOL_QUALIFIER_RE = re.compile(
    # a sign may follow a variable's letter ("p<0.05", "T>300 K"); "c." may not
    rf"(?<![<>=~])(?!(?<=\w)c\.)(?P<q>{_alt(_SYMBOL_QUALIFIERS)})[ \t]?\Z"
)
# After "minimum"/"maximum"/"plus" following a figure: what makes them no bound ("a $15
# minimum wage", "a 14-year maximum sentence", "$19.99 plus tax", "five plus three")
_NO_BOUND_AFTER_RE = re.compile(
    r"(?<=(?i:minimum))[ \t]+(?!(?i:of|for|in|on|at|and|or|to|per|a|an|the|by|from|with)\b)[a-z]"
    r"|(?<=(?i:maximum))[ \t]+(?!(?i:of|for|in|on|at|and|or|to|per|a|an|the|by|from|with)\b)[a-z]"
    r"|(?<=(?i:plus))[ \t]+(?:\d|[$€£]|(?i:tax|taxes|vat|fees?|shipping|postage|interest|costs?|expenses|tips?|"
    r"bonus|bonuses|a|an|the|one|two|three|four|five|six|seven|eight|nine|ten)\b)")
_POST_QUALIFIER_RE = re.compile(
    # ("80 mph and more than 8 inches": "more than" opens the next figure, but
    # "200 or greater than" closes this one)
    rf"[ \t]?(?P<q>(?i:{_alt(_POST_QUALIFIER_OF)}))(?![\w])"
    rf"(?![ \t]+than[ \t]+(?:[$€£¥]?\d|(?i:{_alt(numbers.SMALL_NUMBERS)}|an?)\b))"
)
_CHANGE_RE = re.compile(
    rf"(?<![\w-])(?P<w>(?i:{_alt(_CHANGE_OF)}))(?:[ \t]+by)?"
    # "rose a modest 2.5 percent", "shrank an annualized 1.6 percent", "by a further 2%"
    r"(?:[ \t]+(?:an?|a[ \t]+further)[ \t]+(?:modest|annualized|annualised|record|seasonally[ \t]+adjusted|"
    r"further|whopping|mere|sharp|steep|solid|healthy|robust|paltry|slim|hefty|surprising|estimated))?"
    r"[ \t]+\Z"
)
_BY_BEFORE_RE = re.compile(r"(?<![\w-])by[ \t]+\Z")
_CHANGE_BY_OF: dict[str, str] = {
    w: direction for direction, words in _DATA["change_by_verbs"].items() for w in words
}
# "cut rates by 50 basis points": the verb, a short object, then "by"
_CHANGE_BY_RE = re.compile(
    rf"(?<![\w-])(?P<w>(?i:{_alt(_CHANGE_BY_OF)}))(?:[ \t]+[\w'’.-]+){{1,6}}?[ \t]+by[ \t]+\Z")
_RANGE_START_RE = re.compile(r"(?<![\w-])(?P<w>(?i:between|from))[ \t]+\Z")
# (typeset science writes a range with a minus sign too: "10−20 µm")
_RANGE_LINK_RE = re.compile(r"\s*(?:-|–|—|~|−)\s*|\s*-?\s+(?:to|through|or|and)\s+|-to-")
_ONE_LINKED_RE = re.compile(
    r"[ \t]*(?:-|–|out[ \t]+of|in|or|to|over)[ \t]+(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"(?:a|one)[ \t]+(?:hundred|thousand)|\d)", re.IGNORECASE)
_BETWEEN_END_RE = re.compile(r"(?i:\bbetween)[ \t]+\Z")
_AND_NUMBER_RE = re.compile(r"[ \t]+and[ \t]+(?:\d|(?i:two|three|four|five|six|seven|eight|nine|ten|"
                            r"twenty|fifty|a[ \t]+hundred|a[ \t]+thousand)\b)")
# No bare comma: "On Aug. 21, 36 died" starts a new figure after a date.
_LIST_LINK_RE = re.compile(r"[ \t]*(?:and|or|&|-|–|to)[ \t]*|,[ \t]*(?:and|or)[ \t]+")
_HALF_NOT_FRACTION_RE = re.compile(
    r"(?i:\b(?:first|second|the|a|an|one|other|latter|former|back|front|top|bottom|"
    r"better|worse|bigger|larger|smaller|my|his|her|their|our|your|its)[ \t]+)\Z")
_BOUNDS_LINK_RE = re.compile(r"[ \t]*,?[ \t]*(?:and|but)[ \t]+")
_HYPHEN_NOUN_RE = re.compile(r"-(?P<w>[a-z]{3,})(?![\w-])")
_UNIT_LIST_LINK_RE = re.compile(r"[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
# Sizes: "10 by 20 feet", "3 x 4 m" (only before a length)
_BY_LINK_RE = re.compile(r"[ \t]+by[ \t]+|[ \t]*[x×][ \t]*")
_SCALED_CODE_RE = re.compile(r"[ \t]?(?P<k>[Mk])(?P<code>[A-Z]{3})\b")
_OR_EQUAL_RE = re.compile(r"[ \t]+or[ \t]+equal[ \t]+to(?:[ \t]+(?:it|that))?\b")
_LETTER_SUFFIX_RE = re.compile(r"-[A-Z](?![\w-])")
# "7-Eleven", "the 3-Series": digits glued to a capitalised word name a brand
_NAME_SUFFIX_RE = re.compile(r"-[A-Z][a-z]+\b(?!-)")
# Scores, records and tallies: "beat the Chicago Bulls 101-97", "a 2-1 lead".
# (a team's name of up to four words may stand between the verb and the score)
_SCORE_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?i:{_alt(_DATA['score_verbs'])})(?:[ \t]+[\w.'’&-]+){{0,4}}[ \t]+\Z")
# Set scores in a row: "won 4-6, 6-3, 6-4", "6-7 (5)"
_SET_SCORE_AFTER_RE = re.compile(r"(?:[ \t]*\(\d{1,2}(?:-\d{1,2})?\))?[ \t]*,[ \t]*\d{1,2}[-–]\d{1,2}(?![\d\w%-])")
_SET_SCORE_BEFORE_RE = re.compile(r"(?<![\d.-])\d{1,2}[-–]\d{1,2}(?:[ \t]*\(\d{1,2}(?:-\d{1,2})?\))?[ \t]*,[ \t]*\Z")
# A team's record: "the Pistons are 5-12", "went 3-8", "5-12 this season", "1-9 on the road"
_RECORD_BEFORE_RE = re.compile(rf"(?<![\w-])(?i:{_alt(_DATA['record_verbs'])})[ \t]+\Z")
_RECORD_AFTER_RE = re.compile(rf"[ \t]+(?i:{_alt(_DATA['record_after'])})\b")
_SCORE_PAIR_AFTER_RE = re.compile(r"(?:[-–]|[ \t]+to[ \t]+)\d{1,3}(?![\d\w-]|[.,]\d)")
_SCORE_NOUN_AFTER_RE = re.compile(rf"[ \t]+(?i:{_alt(_DATA['score_nouns'])})\b")
# "a year and a half", "an hour and a quarter": the whole unit before the fraction
_UNIT_AND_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?:[Aa]n?|[Oo]ne)[ \t]+(?P<u>(?i:{_alt(_DATA['and_a_fraction_units'])}))"
    r"[ \t]+and[ \t]+\Z")
# What may stand before a capitalised number word that opens a sentence or clause
_CLAUSE_OPENERS = frozenset(".!?:;\"“”‘'([—–-")
_DIGIT_BEFORE_RE = re.compile(r"\d[ \t]+\Z")
_RANGE_TAIL_RE = re.compile(r"(?:[ \t]*[-–][ \t]*|[ \t]+to[ \t]+)[$€£]?(?P<n>\d[\d,]*(?:\.\d+)?)")
# The second number of a pair ("a 2-1 lead", "2-to-1 margin") counts no noun of its own
_PAIR_BEFORE_RE = re.compile(r"\d(?:[-–:]|-(?:to|for|of)-)\Z")
# "The 787 Dreamliner", "the 737 MAX": a model number between an article and a name
_ARTICLE_BEFORE_RE = re.compile(r"(?<![\w-])(?i:the|an?)[ \t]+\Z")
# (not an abbreviation: "the 159 U.N. members")
_NAME_AFTER_RE = re.compile(r"[ \t]+[A-Z][A-Za-z]*\b(?!\.[A-Z])")
# "a third", "a fifth": a share, or a rank before a noun ("a third store")
_A_RANK_RE = re.compile(r"(?i:an?)[ \t]+(?i:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)")
# What follows "a third" when it is a share: "of", a verb, a bound, the clause's end
_SHARE_AFTER_RE = re.compile(
    r"[ \t]*(?:[.,;:!?)]|\Z|(?:of|said|say|says|were|was|are|is|have|had|has|will|would|could|may|might|"
    r"want|wanted|back|backed|support|supported|oppose|opposed|voted|believe|believed|think|thought|"
    r"less|more|fewer|as|than|to|in|on|at|for|from|percent|per|last|this|since|after|before|during|over|"
    r"compared|between|year|a|the)\b)")
# The second end of a range right after a figure: "Add 2 or 3 eggs", "Invite 10-20 people"
# (no model's variant: "737-800")
_RANGE_OPENS_AFTER_RE = re.compile(r"[ \t]+(?:or|to)[ \t]+\d|[-–]\d{1,2}(?![\d-])")
# A sentence's first word (an imperative: "Write 300-500 words") and any range after it
# from a round figure (a model's number is seldom one: "Boeing 737-800 planes")
_OPENER_BEFORE_RE = re.compile(r"(?:\A|[.!?:;\n][\"'”’)]*[ \t]+)[A-Z][a-z]+[ \t]+\Z")
_WIDE_RANGE_AFTER_RE = re.compile(r"[ \t]*[-–][ \t]*\d")
# Verbs whose "up" belongs to them before "to": "went up to $3", "shot up to Rs 120"
_UP_VERB_BEFORE_RE = re.compile(
    r"(?<![\w-])(?i:go|goes|going|gone|went|shot|shoot|shoots|moved|move|moves|climbed|climb|climbs|"
    r"jumped|jump|jumps|rose|risen|rise|rises|soared|inched|crept|ticked|ramped|turned|turn|turns|"
    r"woke|wake|wakes|step|stepped|steps|scaled|scale)(?:[ \t]+(?!(?i:by|with|for|and|or)\b)[\w'-]+){0,3}?[ \t]+\Z")
# "top" as a verb ("the toll could top 100"), not a ranking ("the top 10")
_TOP_VERB_BEFORE_RE = re.compile(r"(?<![\w-])(?i:to|could|would|will|may|might|should|can|set\s+to)[ \t]+top[ \t]+\Z")
# A headline's capitalised preposition after a number: "Police Arrest 12 After Protest"
_HEADLINE_WORD_AFTER_RE = re.compile(
    r"[ \t]+(?:To|In|After|Without|As|For|On|At|From|Over|Amid|Across|During|Since|Into|With)\b[ \t]+[A-Z]")
# After a bare number: the end of the clause or a function word ("Romney's 206.")
_CLAUSE_GOES_ON_RE = re.compile(
    r"[ \t]*(?:[.,;:!?)]|\Z|(?i:and|or|to|in|on|at|of|for|from|with|as|than|but)\b)")
_RESOLUTION_AFTER_RE = re.compile(
    r"[ \t-]*(?i:tvs?|televisions?|video|videos|resolution|displays?|screens?|monitors?|cameras?|"
    r"streaming|content|ultra|uhd|hdr|footage|projectors?)\b")
_EMERGENCY_AFTER_RE = re.compile(rf"[ \t]+(?i:{_alt(_DATA['emergency_words'])})\b")
# "plus or minus 3 percentage points": a margin, not a negative number
_PLUS_OR_BEFORE_RE = re.compile(r"(?i:plus[ \t]+or[ \t]+)\Z")
# "jailed for over 10 years": the word before "over" (see _over_is_span)
_WORD_BEFORE_RE = re.compile(r"(?P<w>[A-Za-z]+)[ \t]+\Z")
_AGO_AFTER_RE = re.compile(r"[ \t]+(?:ago|old)\b")
_DURATION_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second",
                             "decade", "century"})
# Symbols kept apart from a number only after a decimal ("0.02 g", "3.7 V", not "5 g").
_DECIMAL_SPACED_OK = frozenset({"g", "W", "V"})
_UNCERTAINTY_RE = re.compile(r"\(\d{1,3}\)")
_PLUS_MINUS_RE = re.compile(r"[ \t]*(?:±|\+/-|\+-)[ \t]*")
# "5 plus or minus 0.2 mm": the margin in words (the second figure starts at them)
_MARGIN_WORDS_RE = re.compile(r"(?i:plus[ \t]+or[ \t]+minus|plus/minus)\b")
_OF_A_RE = re.compile(r"[ \t]+(?:of[ \t]+)?an?(?=[ \t])")
_AGED_RE = re.compile(r"(?<![\w-])(?i:aged|ages?|age[ \t]+of)[ \t]+\Z")
_AGED_BOUND_RE = re.compile(
    r"(?<![\w-])(?i:aged|ages?|age[ \t]+of)[ \t]+(?i:about|around|roughly|approximately|some|nearly|"
    r"almost|under|over|between|from|at[ \t]+least|more[ \t]+than|less[ \t]+than|up[ \t]+to)[ \t]+\Z")
# "under the age of 12": a qualifier before the article of an age
_THE_BEFORE_RE = re.compile(r"(?<![\w-])(?i:the)[ \t]+\Z")
_URL_BEFORE_RE = re.compile(r"(?:https?://|www\.)\S*\Z")
_OUT_OF_RE = re.compile(r"[ \t]+(?:out[ \t]+of|in)[ \t]+(?:every[ \t]+)?")
# "one over four": a spoken fraction, only between number words ("3 over 2" is a score)
_OVER_RE = re.compile(r"[ \t]+over[ \t]+")
_COMPOUND_LINK_RE = re.compile(r",?[ \t]+(?:and[ \t]+)?|-")
_PREV_ABBREVIATION_RE = re.compile(r"(?<![\w.])(?P<w>[A-Za-z]{1,4})[ \t]\.[ \t]+\Z")
_PREV_WORD_RE = re.compile(r"(?P<w>[A-Za-z][\w.'’-]*)[ \t]+#?\Z")
# Month names are matched in any case, except "May"/"March", which are also verbs.
_UNAMBIGUOUS_MONTHS = [m for m in _DATA["months"] if m.lower() not in ("may", "march")]
_MONTHS = rf"(?:(?i:{_alt(_UNAMBIGUOUS_MONTHS)})|May|March)"
_MONTH_BEFORE_RE = re.compile(rf"\b{_MONTHS}[ \t]?\.?,?[ \t]+\Z")
_MONTH_AFTER_RE = re.compile(rf"[ \t]+(?:of[ \t]+)?{_MONTHS}\b")
_CLOCK_AFTER_RE = re.compile(
    r"(?:[ \t]*(?:[ap]\.m\.|[ap]m\b|[AP]M\b|[AP]\.M\.|o['’]clock|GMT\b|UTC\b))"
    # a clock's minutes (not a ratio's second figure: "3:1", "60:40")
    r"|(?<![3-9]\d)(?<!2[5-9]):[0-5]\d(?!\d)"
    # the first end of a range of clock times: "between 7 and 8 p.m.", "8-10 a.m."
    r"|[ \t]*(?:-|–|to|and|until|till)[ \t]*\d{1,2}(?::[0-5]\d)?[ \t]*(?:[ap]\.m\.|[ap]m\b|[AP]M\b|[AP]\.M\.)"
)
_COLON_GROUP_RE = re.compile(r"\d+(?::\d+)+(?:\.\d+)?")


def _is_race_time(text: str, pos: int) -> bool:
    """True when the colon-joined digits around ``pos`` are a time ("27:43", "1:43.26",
    "4:32:11"), not a ratio ("3:1", "60:40", "50:50")."""
    for group in _COLON_GROUP_RE.finditer(text, max(0, pos - 12), min(len(text), pos + 16)):
        if group.start() <= pos < group.end():
            parts = group.group().split(":")
            if len(parts) > 2 or "." in parts[-1]:
                return True
            first, second = parts
            return len(second) == 2 and not (int(first) % 5 == 0 and int(second) % 5 == 0)
    return False


# The hour before a clock's colon ("9:15", "14:05"), not a ratio's first figure ("60:40")
_CLOCK_HOUR_BEFORE_RE = re.compile(r"(?<!\d)(?:[01]?\d|2[0-4]):\Z")
# "the Q2 2022 figures", "H1 2023 results", "the Fed's 2023 projections": a year's noun
_YEAR_MARK_BEFORE_RE = re.compile(r"(?:\b[QH][1-4]|['’]s)[ \t]+\Z")
# A name before a year: "Vision 2030 aims", "Euro 2024 starts", "Budget 2024 allocates"
_EVENT_NAME_BEFORE_RE = re.compile(r"(?:\A|[\w,;.!?] )[A-Z][a-z]+[ \t]+\Z")
_YEAR_PREP_RE = re.compile(
    r"(?i:\b(?:in|since|by|of|from|until|till|before|after|during|early|late|mid|"
    r"spring|summer|fall|autumn|winter|year|since|through|the|a|an|its|their|his|her|our|"
    r"this|that|last|next|fiscal|FY)[ \t]+\Z)"
)
_PHONE_RE = re.compile(
    r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[ \t]?|\d{2,4}[.-])"
    r"\d{3,4}[.-]\d{2,4}(?:[./-]\d{2,4})?(?!\d)"
    # spaced groups: "+44 20 7946 0958", "0800 123 456", "020 7946 0958"
    r"|\+\d{1,3}(?:[ \t]\(?\d{1,5}\)?){2,4}(?!\d)"
    r"|(?<![\d,.])0\d{2,4}(?:[ \t]\d{3,4}){2}(?![\d,])"
)
_NOUN_TOKEN_RE = re.compile(
    r"[ \t]+(?P<w>[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z])(?=[\s,.;:!?)\"”']|$)")
# Three or more digit groups joined by hyphens are a code: "978-3-16-148410-0"
# (an ISBN), "2021-03-05", a phone number; "3-1" or "5-10" are not.
_HYPHEN_CHAIN_RE = re.compile(r"(?<![\w-])\d+(?:-\d+){2,}(?![\w-])")
_STREET_AFTER_RE = re.compile(
    rf"(?:[ \t]+[A-Z][a-z]+){{1,3}}[ \t]+(?:{_alt(_STREET_WORDS)})(?![\w])")
# "One day he left": a sentence opened by "One day" tells when, not how long
_SENTENCE_START_RE = re.compile(r"(?:\A|[.!?:;\"“”]\s*|\n\s*)\Z")
_ADJACENT_PAIR_YEAR_RE = re.compile(r"(?<!\d)(?:1[1-9]|20)\d\d[-–/]\Z")

_MIXED_NUMBER_RE = re.compile(r"\d+[\s-]+\d")  # "2 1/2", "2-1/2"
_MINUTES_RE = re.compile(r"[0-5]\d")
_DIGIT_JUST_BEFORE_RE = re.compile(r"\d[ \t]*\Z")
_NO_BEFORE_RE = re.compile(r"(?i:\bno[ \t]+)\Z")  # "no one"
_NET_BEFORE_RE = re.compile(r"(?i:\bnet[ \t-]+)\Z")  # "net zero"
_PER_BEFORE_RE = re.compile(r"(?i:\bper[ \t]+)\Z")  # "per million"
# The unit tables' surfaces compiled once (names ignore case, symbols keep it)
_UNIT_NAME_RES = [(re.compile(pattern, re.IGNORECASE), unit) for pattern, unit in _UNIT_NAMES.items()]
_UNIT_SYMBOL_RES = [(re.compile(pattern), unit) for pattern, unit in _UNIT_SYMBOLS.items()]
# Fractions written with a slash are kept only with a typical denominator or a
# numerator of 1, so "9/11" and "24/7" are not read as fractions.
_FRACTION_DENOMINATORS = {2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 1000}
_SLASH_FRACTION_RE = re.compile(r"(\d+)[ \t]?/[ \t]?(\d+)(?:ths|rds|nds|sts|th|rd|nd|st)?(?:[ \t]+[A-Za-z]+)?$")


@lru_cache(maxsize=4096)
def _unit_for_surface(surface: str, symbol: bool) -> str | None:
    """The pint name a matched unit surface stands for (from the YAML tables)."""
    table = _UNIT_SYMBOL_RES if symbol else _UNIT_NAME_RES
    normal = " ".join(surface.split())
    for candidate in dict.fromkeys((normal, normal.replace("-", " "))):  # "square-foot"
        for pattern, unit in table:
            if pattern.fullmatch(candidate):
                return unit
    return None


@dataclass(slots=True)
class _Atom:
    """A number found in the text, before it becomes a QuantityMention."""

    start: int  # start of the mention (currency sign included)
    num_end: int  # end of the number (and scale word)
    end: int  # end of the mention (unit or counted noun included)
    low: float
    high: float
    unit: str | None = None  # pint name / ISO code / counted noun
    noun: str | None = None
    scale: float = 1.0  # scale word written with the number ("million")
    is_range: bool = False
    is_vague: bool = False
    word_number: bool = False
    currency: bool = False
    sub: str | None = None  # the last subdivision of a sum written out ("jiao", "cent")
    change: str | None = None  # the direction a multiplier verb states itself ("doubled": up)


# Fraction words that also name periods: "three consecutive quarters" counts quarters
# ("three quarters of voters" is a share)
_PERIOD_FRACTIONS = frozenset({"quarters", "halves"})
# Compounds of irregular plurals: "grandchildren", "policewomen", "townspeople".
_IRREGULAR_SUFFIXES = ("children", "people", "women", "men")
_MEN_SINGULARS = frozenset({"specimen", "abdomen", "regimen", "acumen", "omen", "stamen",
                            "semen", "amen", "hymen", "cerumen", "albumen", "bitumen"})
# Words between a number and its noun that do not end the search: "20 more people".
_COUNT_MODIFIERS = frozenset({"more", "other", "additional", "extra", "fewer", "further",
                              "new"})


@functools.cache
def _demonym_plurals() -> frozenset[str]:
    from claims.places import gazetteer

    return gazetteer().people_nouns


def _is_plural_noun(word: str) -> bool:
    """Cheap plural test for a counted noun ("states", "Afghans", "people")."""
    w = word.lower()
    if "-" in w:
        w = w.rsplit("-", 1)[1]  # "F-Series", "Western-backed": the last part decides
    if w in _IRREGULAR_PLURALS:
        return True
    if w.endswith(_IRREGULAR_SUFFIXES) and len(w) > 4 and w not in _MEN_SINGULARS \
            and w.isalpha():
        return True
    # demonym plurals count people ("Iraqis", "Yemenis"), although "-is" words are
    # usually singular ("crisis", "analysis")
    if word[:1].isupper() and w in _demonym_plurals():
        return True
    return (
        len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is", "'s", "’s"))
        and w not in _NOT_PLURALS
        and w not in _FUNCTION_WORDS
    )


def _counted_noun(text: str, pos: int, singular: bool) -> tuple[str, int] | None:
    """The noun a number counts and where it ends, or None.

    Skips up to three modifiers ("14 European states", "two Chinese-built
    container ships"); stops at function words and punctuation.
    ``singular`` is for the number one ("one person").
    """
    for _ in range(4):
        m = _NOUN_TOKEN_RE.match(text, pos)
        if m is None:
            return None
        word = m["w"].rstrip("'’")
        lower = word.lower()
        if lower in _COUNT_MODIFIERS and not singular:
            pos = m.end()  # "20 more people", "three other men"
            continue
        if lower in _FUNCTION_WORDS or "'" in word or "’" in word:
            return None
        if numbers.SMALL_NUMBERS.get(lower.split("-", 1)[0], 1) != 1:
            return None  # "two three-year terms": the next figure counts its own noun
        if singular:
            if (word[0].islower() and "-" not in word and not _is_plural_noun(word)
                    and not lower.endswith(("ly", "ing", "ed"))):
                return lower, m.end()
        elif _is_plural_noun(word):
            end = m.start("w") + len(word)
            if lower.rsplit("-", 1)[-1] in _IRREGULAR_PLURALS:
                # "nine crew members", "20 police officers": the next plural is the head
                nxt = _NOUN_TOKEN_RE.match(text, m.end())
                if nxt is not None and _is_plural_noun(nxt["w"]) \
                        and nxt["w"].lower() not in _FUNCTION_WORDS:
                    return nxt["w"].lower().rstrip("'’"), nxt.end()
            return lower, end
        # a modifier may be a proper adjective, a hyphenated word, an adjective
        # or an adverb before one ("five newly built homes")
        pos = m.end()
    return None


def _parse_atom(text: str, m: re.Match) -> _Atom | None:
    """Value, unit and extent of one regex hit, or None when it is no quantity."""
    start, num_end = m.start(), m.end()
    if m["decade"]:
        # "in his 40s" = 40 to 49 years of age; "her early thirties" = 30 to 33
        written = m["decade"].lower()
        part = next((p for p in ("early", "mid", "late") if written.startswith(p)), "")
        tens = written[len(part):].strip(" \t-")
        base = float(_DECADE_WORDS[tens]) if tens in _DECADE_WORDS else float(tens.rstrip("s'’"))
        low, high = _DECADE_PARTS[part]
        return _Atom(start, num_end, num_end, base + low, base + high, unit="year",
                     is_range=True)
    if m["ortwo"]:
        unit = _unit_for_surface(m["ortwo_u"], symbol=False)
        return _Atom(start, num_end, num_end, 1.0, 2.0, unit=unit, is_range=True, word_number=True)
    if m["article"]:
        # "a gallon of beer": one of the unit that follows
        atom = _Atom(start, num_end, num_end, 1.0, 1.0, word_number=True)
        _attach_unit_or_noun(text, atom, plural=False)
        return atom if atom.unit is not None and atom.noun is None else None
    if m["vague"]:
        if m["vague"][:1].isupper() and _NAME_WORD_BEFORE_RE.search(text, max(0, start - 20), start) \
                and len(_LOWER_WORD_RE.findall(text, num_end, min(len(text), num_end + 60))) >= 1:
            return None  # "the Mega Millions jackpot": a name (not "Police Say Thousands Fled")
        words = m["vague"].lower().split()
        base = 1.0
        for w in words:
            if w[:1].isdigit():
                base *= float(w.rstrip("s").replace(",", ""))  # "100s of"
            elif w in _VAGUE:
                base *= _VAGUE[w]
            elif w in numbers.SCALE_WORDS:
                base *= numbers.SCALE_WORDS[w]  # "several thousand"
        atom = _Atom(start, num_end, num_end, base, base * 10, is_range=True, is_vague=True)
        _attach_unit_or_noun(text, atom, plural=True)
        if atom.unit == "pound" and _pounds_of_money(text, atom):
            atom.unit, atom.currency = "GBP", True  # "tens of millions of pounds"
        return atom

    if m["fold"]:
        value = numbers.parse_number(re.sub(r"(?i)(?:[\s-]?fold|[x×])$", "", m["fold"]))
        return _Atom(start, num_end, num_end, value, value, unit="fold")
    if m["mult"]:
        value, change = _MULTIPLICATIVES[m["mult"].lower()]
        return _Atom(start, num_end, num_end, value, value, unit="fold", word_number=True,
                     change=change)
    num_text = m["num"]
    short = m["short"]
    digits = num_text[: len(num_text) - len(short)] if short else num_text
    try:
        value = numbers.parse_number(digits)
    except ValueError:
        return None
    if not math.isfinite(value):
        return None  # "1e999"
    if "/" in num_text:
        slash = _SLASH_FRACTION_RE.search(num_text)
        if slash is None:
            return None
        numerator, denominator = slash.groups()
        if int(denominator) not in _FRACTION_DENOMINATORS and int(numerator) != 1:
            return None
        if int(numerator) >= int(denominator) and not _MIXED_NUMBER_RE.match(num_text):
            return None  # "on 12/6": a date or odds, not a fraction above one
        if 1900 <= int(numerator) <= 2099 and int(denominator) == (int(numerator) + 1) % 100:
            return None  # "the 2011/12 budget": a fiscal year or season, not a fraction
    word_number = numbers.is_word_number(num_text)
    if word_number and num_text.lower() in numbers.SCALE_WORDS \
            and _DIGIT_BEFORE_RE.search(text, max(0, start - 3), start):
        return None  # "N50 billion": the digits are glued to an unknown sign
    if word_number and 0 < value < 1 and not m["neg"]:
        whole = _UNIT_AND_BEFORE_RE.search(text, max(0, start - 25), start)
        if whole is not None:  # "a year and a half": 1.5 years
            unit = _unit_for_surface(whole["u"], symbol=False)
            return _Atom(whole.start(), num_end, num_end, 1 + value, 1 + value, unit=unit,
                         word_number=True)
    scale = 1.0
    for w in num_text.lower().replace("-", " ").split()[1:]:
        if w not in ("hundred", "dozen"):  # those make the number, not its scale
            scale *= numbers.SCALE_WORDS.get(w) or numbers.SHORT_SCALES.get(w, 1.0)
    sign = None if m["plus"] else m["neg"] or m["curneg"]
    if sign:
        margin = _PLUS_OR_BEFORE_RE.search(text, max(0, start - 12), start)
        if margin is not None and sign[:1] in "mM":
            start = margin.start()  # "plus or minus 3 points": a margin of 3
        else:
            value = -value
    atom = _Atom(start, num_end, num_end, value, value, scale=scale, word_number=word_number)

    cur = m["cur"]
    if m["lcur"]:
        atom.unit, atom.currency = _LETTER_CURRENCIES[m["lcur"]], True
    if cur and len(cur) == 3 and cur.isalpha() and cur.isupper() and text[m.end("cur"):m.end("cur") + 1].isdigit() \
            and not short and scale == 1.0 and not any(c in num_text for c in ".,"):
        return None  # "COP26", "SDG16": a name glued to its number, not "EUR5m" or "GBP1,500"
    if cur:
        atom.unit, atom.currency = _CURRENCY_PREFIXES[cur], True
    elif m["mcur"]:
        cur = m["mcur"]
        atom.low *= 1e6
        atom.high *= 1e6
        atom.scale = 1e6
        atom.unit, atom.currency = _CURRENCY_CODES[cur[1:]], True
    scaled_code = None if cur or short else _SCALED_CODE_RE.match(text, num_end)
    if scaled_code is not None and scaled_code["code"] in _CURRENCY_CODES:
        # "30 MUSD", "48.5 MGBP": millions of a currency (financial notation)
        factor = 1e6 if scaled_code["k"] == "M" else 1e3
        atom.low *= factor
        atom.high *= factor
        atom.scale = factor
        atom.unit, atom.currency = _CURRENCY_CODES[scaled_code["code"]], True
        atom.end = scaled_code.end()
    else:
        # the "1" of "a 2-1 lead" counts no "lead": a noun there is the pair's
        plural = value != 1 or short is not None or (
            not word_number and _PAIR_BEFORE_RE.search(text, max(0, start - 8), start) is not None)
        _attach_unit_or_noun(text, atom, plural=plural)

    if short:
        # "$5m", "5m euros": million; "100m" alone: metres; "5bn", "10M": scale;
        # "573.15K" beside "300 °C": kelvin, "1500b" of data: bits
        context = _CONTEXT_SYMBOLS.get(short)
        if context is not None and not atom.currency and atom.unit is None \
                and _has_cue(text, atom, context):
            atom.unit = context[0]
        elif short == "m" and not atom.currency and atom.unit == atom.noun \
                and (atom.noun is None or atom.noun.lower() in _METRE_NOUNS) \
                and (atom.noun is not None or not _m_is_million(text, atom)):
            # "the 100m", "a 1.5m wall", "the 400m hurdles", "3m waves"
            atom.unit, atom.noun, atom.end = "meter", None, atom.num_end
        elif short in ("b", "T") and not atom.currency and atom.noun is None:
            return None  # "5b", "4T": not a number we can read
        else:
            factor = numbers.SHORT_SCALES[short]
            atom.low *= factor
            atom.high *= factor
            atom.scale = factor
    if atom.unit is not None and (atom.unit == "pound" or atom.unit.startswith("pound / ")) \
            and not _LB_WRITTEN_RE.search(text, atom.num_end, atom.end) \
            and (cur == "£" or _pounds_of_money(text, atom)):
        # "2 million pounds", "it costs 5 pounds", "earns 30,000 pounds a year" ("lb" is a weight)
        atom.unit, atom.currency = "GBP" + atom.unit[len("pound"):], True
    return atom if _is_quantity(text, atom, m) else None


# What stands before the capitalised word of a product or mission name: an article or
# another capitalised word inside the sentence ("Galaxy Note 7", "the Apollo 11")
_NAME_LEAD_RE = re.compile(
    r"(?:\b(?:[Tt]he|an?|its|their|his|her|our)|[a-z,;]\s+[A-Z][a-z]+"
    # a count before the name: "Two Boeing 777 planes", "14 Leopard 2 tanks"
    rf"|(?<![\w.,])(?:\d[\d,]*|(?i:{_alt(w for w, v in numbers.SMALL_NUMBERS.items() if v > 1)})))\s+\Z")
# The ordinal end of a compound rank written in words: "twenty-first", "forty-fifth",
# "three hundred and fiftieth" ("a thirty-second ad" is thirty seconds)
_ORDINAL_AFTER_RE = re.compile(
    r"(?:[ \t]*-[ \t]*|[ \t]+)(?:and[ \t]+)?(?P<o>(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|"
    r"seventieth|eightieth|ninetieth|hundredth|thousandth|millionth))\b")
# Verbs of a price or a level before a four-digit figure: "costs 2000", "closed at 2050"
_AMOUNT_VERB_BEFORE_RE = re.compile(
    r"(?i:\b(?:costs?|costing|paid|pays?|priced\s+at|totall?ed|totals|earns?|earned|fined|charges?|"
    r"charged|(?:closed|ended|opened|stood|traded|finished|rose|fell|climbed|dropped|slipped|jumped)"
    r"\s+(?:at|to)))[ \t]+\Z")
_PER_ITEM_AFTER_RE = re.compile(
    r"[ \t]+(?i:each|apiece|per\b|a[ \t]+(?:month|year|week|day|share|head|piece))")
# A letter-and-digits code right before a hyphen: "A330-200", "F-16"
_CODE_BEFORE_RE = re.compile(r"(?<![\w-])[A-Za-z]+\d+[-–]\Z")
# "a Boeing 747-400": a maker's model and its variant (a team's score is no model:
# "beat the Chicago Bulls 101-97")
_MODEL_VARIANT_BEFORE_RE = re.compile(r"(?<![\w-])[A-Z][a-z]*[a-rt-z][ \t]+(?P<n>\d{3})[-–]\Z")
# "a 401(k) plan": a section's letter after the digits names a thing
_SECTION_LETTER_AFTER_RE = re.compile(r"\([a-z]\)")
# "£40-50m": the second end of a sum of money
_CURRENCY_RANGE_BEFORE = re.compile(r"[$€£¥]\d+(?:\.\d+)?[ \t]*[-–][ \t]*\Z")
# What a bare "20m" counts when it is millions: money, people, barrels...
_MILLION_CUE_RE = re.compile(
    r"(?<![A-Za-z])(?i:assets|funds?|investors?|budget|sales|revenues?|profits?|costs?|spent|raised|"
    r"deals?|worth|valued|people|unemployed|residents|voters|users|customers|viewers|subscribers|"
    r"visitors|passengers|jobs|homes|households|population|barrels|tonnes|tons|acres|hectares|"
    r"downloads|views|streams|followers|grossed|grosses|box\s+office)(?![A-Za-z])")


def _m_is_million(text: str, atom: _Atom) -> bool:
    """ "4.5m barrels", "£40-50m", "1.5m unemployed", "20m in assets": "m" is million
    where no length is spoken of and money, people or goods are."""
    if _CURRENCY_RANGE_BEFORE.search(text, max(0, atom.start - 12), atom.start):
        return True
    lo, hi = max(0, atom.start - 40), min(len(text), atom.end + 40)
    if _has_cue(text, atom, (None, "length", -math.inf)):
        return False
    return _MILLION_CUE_RE.search(text, lo, hi) is not None or _POUND_MONEY_RE.search(text, lo, hi) is not None


def _pounds_of_money(text: str, atom: _Atom) -> bool:
    """True when "pounds" after a number is sterling: the sentence speaks of money
    ("costs", "paid", "fine") and not of weight ("weighs", "heavy"), and no "of"
    follows ("5 pounds of sugar")."""
    lo, hi = max(0, atom.start - _CUE_WINDOW), min(len(text), atom.end + _CUE_WINDOW)
    if _POUND_MASS_RE.search(text, lo, hi) is not None:
        return False  # "the cargo weighed 5 million pounds"
    if _OF_AFTER_RE.match(text, atom.end) or text[atom.num_end:atom.num_end + 1] == "-" \
            or (atom.low != 1 and text[atom.end - 1:atom.end] in "dD"):
        return False  # "five pounds of flour", "a 5-pound bag", "a twenty pound bag"
    if atom.scale >= 1e3 or atom.is_vague:
        return True  # "2 million pounds", "thousands of pounds": sums, not weights, in news
    return _POUND_MONEY_RE.search(text, lo, hi) is not None


def _has_cue(text: str, atom: _Atom, context: tuple[str, str, float]) -> bool:
    """True when a word of the context's cue family stands near the number (never
    after a year: "2011b" is a citation, "2021 C.P.I." an abbreviation)."""
    _, cue, least = context
    if atom.low < least and atom.low == int(atom.low):
        return False
    if _YEAR_DIGITS_RE.fullmatch(text, atom.start, atom.num_end - 1) \
            or _YEAR_DIGITS_RE.fullmatch(text, atom.start, atom.num_end):
        return False
    return _CONTEXT_CUE_RES[cue].search(
        text, max(0, atom.start - _CUE_WINDOW), min(len(text), atom.num_end + _CUE_WINDOW)
    ) is not None


def _opens_no_quote(text: str, pos: int) -> bool:
    """True when a double quote at ``pos`` closes no quotation: an even number of
    them stands before it on its line ("a 9\" plate", not "\"English 101\"")."""
    line_start = text.rfind("\n", 0, pos) + 1
    return text.count('"', line_start, pos) % 2 == 0


def _unit_match(text: str, pos: int) -> re.Match | None:
    """The unit written at ``pos`` (``_UNIT_RE``), or None; a symbol that is a
    unit only inside a compound ("1.2 S m−1") is none alone ("5 S", "5 a day")."""
    um = _UNIT_RE.match(text, pos)
    if um is not None and um["sym"] in _COMPOUND_ONLY \
            and _si_compound(text, _unit_for_surface(um["sym"], symbol=True), um.end()) is None:
        return None
    return um


# Below this a figure before "won" is the verb's subject ("3 won and 2 lost"): Korean
# prices run to thousands of won ("5,000 won", "3 trillion won").
_WON_MIN = 1000


def _attach_unit_or_noun(text: str, atom: _Atom, plural: bool) -> None:
    """Extend ``atom`` over the unit or counted noun written after it."""
    pos = atom.num_end  # a vague plural's match already ends in "of"
    if atom.word_number and text[atom.start:pos].lower().endswith("couple"):
        of = _OF_AFTER_RE.match(text, pos)
        if of is not None:
            pos = of.end()  # "a couple of hours": the unit after "of"
    if text.startswith("(", pos) and not atom.word_number:
        # "4.2153(4) Å": the uncertainty in the last digits, then the unit
        paren = _UNCERTAINTY_RE.match(text, pos)
        if paren is not None and _UNIT_RE.match(text, paren.end()) is not None:
            pos = paren.end()
    if not atom.word_number and not atom.currency:
        fi = _FEET_INCHES_RE.match(text, pos)
        if fi is not None and float(fi["n"]) < 12:
            # "5'10\"": feet and inches
            atom.low = atom.high = atom.low + float(fi["n"]) / 12
            atom.unit, atom.end = "foot", fi.end()
            return
        if _INCH_MARK_RE.match(text, pos) and _opens_no_quote(text, pos):
            atom.unit, atom.end = "inch", pos + 1  # "a 9\" plate"
            return
    um = _unit_match(text, pos)
    if um is None and 0 < atom.low < 1 and (atom.word_number or "/" in text[atom.start:pos]
                                             or any(c in text[atom.start:pos] for c in numbers.UNICODE_FRACTIONS)):
        # "three-quarters of a percentage point", "half a mile"
        article = _OF_A_RE.match(text, pos)
        if article is not None:
            um = _unit_match(text, article.end())
    if um is not None:
        surface = um["name"] or um["sym"]
        unit = _unit_for_surface(surface, symbol=um["name"] is None)
        attached = um["sep"] == ""
        symbol = um["sym"]
        decimal_si = symbol in _DECIMAL_SPACED_OK and atom.low != int(atom.low)  # "0.02 g"
        placed_ok = (attached or symbol not in _ATTACHED_ONLY or decimal_si) \
            and not (attached and symbol in _SPACED_ONLY and atom.low == int(atom.low)) \
            and not (symbol and len(symbol) == 1 and symbol.isupper() and "-" in um["sep"])
        # (a capital letter after a hyphen names a form or a model: "Form 10-K", "the 777-X")
        if surface.lower() == "won" and atom.high < _WON_MIN:
            placed_ok = False  # "the team of 11 won the cup": the verb (won amounts are large)
        context = _CONTEXT_SYMBOLS.get(symbol) if symbol else None
        if context is not None and not atom.currency and not _DOTTED_AFTER_RE.match(text, um.end()) \
                and _has_cue(text, atom, context):
            unit, placed_ok = context[0], True  # "Its 30 C outside", "a 100 mb file"
        if surface in _PER_ONLY and _PER_RE.match(text, um.end()) is None \
                and not (unit != "count" and _OF_AFTER_RE.match(text, um.end())):
            placed_ok = False  # "four times" (but "four times per week", "2 l of water")
        power = _si_exponent(um["pow"]) if um["pow"] else 1  # "2.5 cm3", "4 cm²"
        if symbol == "in" and not attached and (
                _DIMENSION_AFTER_RE.match(text, um.end())
                or (_LINE_END_RE.match(text, um.end()) and _has_cue(text, atom, _LENGTH_CUE))):
            placed_ok = True  # "5 in wide", "The length of my pencil is 2 in."
        if unit is not None and placed_ok:
            # a currency written before the number wins over one after it
            try:
                is_money = lookup(unit).dimension.startswith("currency:")
            except UnitError:
                is_money = False
            if atom.currency and not is_money:
                return  # "$5 tons"? the currency sign wins; leave the word alone
            if not atom.currency:  # a sign before the number wins over a word after it
                atom.unit, atom.currency = unit, is_money
            atom.end = um.end()
            if unit == "foot" and "-" in um["sep"] and not atom.word_number:
                inches = _HYPHEN_INCHES_RE.match(text, um.end())
                if inches is not None and int(inches["n"]) < 12:
                    # "6-foot-2": six feet two inches
                    atom.low = atom.high = atom.low + int(inches["n"]) / 12
                    atom.end = inches.end()
                    return
            if unit in _DEGREE_UNITS and atom.low > 0:
                below = _BELOW_ZERO_RE.match(text, atom.end)
                if below is not None:  # "ten degrees below zero"
                    atom.low = atom.high = -atom.low
                    atom.end = below.end()
                    return
            if (symbol or len(surface) <= 3) and not is_money:  # "km s−1", "atm"
                compound = _si_compound(text, unit, um.end(), power)
                if compound is not None:
                    atom.unit, atom.end = compound
                    _attach_per_unit(text, atom)  # "mg/kg per day"
                    return
            if not um["old"]:
                _attach_per_unit(text, atom)
            return
    if atom.currency:
        _attach_per_unit(text, atom)
        return
    below = _BELOW_ZERO_RE.match(text, pos)
    if below is not None and atom.low > 0:
        # "5 below zero": a temperature, in degrees of the writer's scale
        atom.low = atom.high = -atom.low
        atom.unit, atom.end = "degree", below.end()
        return
    hyphenated = _HYPHEN_NOUN_RE.match(text, pos)
    if hyphenated is not None:
        # "a four-cylinder engine", "a 10-point lead": the noun is singular
        word = hyphenated["w"].lower()
        if word in numbers.SMALL_NUMBERS or "-" + word in _POST_QUALIFIER_OF:
            return  # "two-three times": the second number of a range; "20-plus": a bound
        if word not in _FUNCTION_WORDS and not (atom.word_number and atom.low == 1
                                                and word not in _ONE_COUNTED_NOUNS):
            atom.noun = atom.unit = word
            atom.end = hyphenated.end()
        return
    found = _counted_noun(text, pos, singular=not plural)
    if found is not None and found[0] in numbers.FRACTION_WORDS and atom.word_number \
            and not (found[0] in _PERIOD_FRACTIONS and not _OF_AFTER_RE.match(text, found[1])):
        # "one hundred thirty-two fifths": a fraction with a large numerator
        atom.low = atom.high = atom.low / numbers.FRACTION_WORDS[found[0]]
        atom.end = found[1]
        return
    if found is not None:
        atom.noun, atom.end = found
        atom.unit = atom.noun
        return
    aged = _AGED_RE.search(text, max(0, atom.start - 12), atom.start)
    if aged is not None:
        atom.unit, atom.start = "year", aged.start()  # "aged 25": an age in years
    elif _AGED_BOUND_RE.search(text, max(0, atom.start - 30), atom.start) is not None:
        atom.unit = "year"  # "aged about 40", "aged between 20 and 30": the bound stays outside


# SI products and quotients after a symbol: "m s−1", "mW m−2", "cm−1",
# "W m^-2 K^-1", "kg/m3", "g/cm³", "mg/L", "Pa·s".
_SI_EXP = r"(?:[-−–‐][ ]?[1-4]|⁻[¹²³⁴]|\^[-−]?[1-4]|[²³])(?![\d\w%€£$¥°])(?![.,]\d)"
_SI_EXP_RE = re.compile(_SI_EXP)
_SI_SYMBOL = r"[A-Za-zµμΩ]{1,3}"
# a factor set apart by a space carries its power ("m s−1"; "5 m s" is no unit);
# one after a middle dot may be the first power ("Pa·s", "N·m")
_SI_FACTOR_RE = re.compile(
    rf"(?:[ \t](?P<sym>{_SI_SYMBOL})(?P<exp>{_SI_EXP})"
    rf"|[·⋅](?P<dsym>{_SI_SYMBOL})(?P<dexp>{_SI_EXP})?(?![\w]))")
# a denominator after a slash: "/L", "/m3", "/cm³", "/m^2" (a bare 2 or 3 is a
# power only after a length: "kg/m3")
_SI_PER_RE = re.compile(
    rf"/(?P<sym>{_SI_SYMBOL})(?P<exp>{_SI_EXP}|(?<=m)[23](?![\d\w]|[.,]\d))?(?![\w])")
_SUPERSCRIPT_EXP = str.maketrans("⁻¹²³⁴−–‐^", "-1234---" + " ")
# Symbols that are words or money, never a factor of a compound unit
_NOT_FACTORS = frozenset({"in", "p", "pp", "pc", "yo", "mi", "l"})


def _si_exponent(written: str) -> int:
    return int(written.translate(_SUPERSCRIPT_EXP).replace(" ", ""))


def _si_factor(symbol: str) -> str | None:
    """The pint unit a symbol names inside a compound unit, or None."""
    if symbol in _NOT_FACTORS:
        return None
    # a short unit name is a symbol too: "mm yr−1", "mm/day", "L/min"
    unit = _unit_for_surface(symbol, symbol=True) or _unit_for_surface(symbol, symbol=False)
    if unit is None:
        return None
    try:
        return None if lookup(unit).dimension.startswith("currency:") else unit
    except UnitError:
        return None


def _si_compound(text: str, unit: str, pos: int, power: int = 1) -> tuple[str, int] | None:
    """ "7.83 m s−1": the unit "meter / second" and where it ends, or None.

    ``unit`` is the first symbol's (written up to ``pos``), ``power`` the power
    glued to it ("cm3 s−1"); None when nothing but that symbol is written.
    """
    factors = [(unit, power)]
    exp = _SI_EXP_RE.match(text, pos)
    if exp is not None and power == 1:
        factors[0] = (unit, _si_exponent(exp.group(0)))
        pos = exp.end()
    while True:
        if (m := _SI_FACTOR_RE.match(text, pos)) is not None:
            symbol, written = (m["sym"], m["exp"]) if m["sym"] else (m["dsym"], m["dexp"])
            sign = 1
        elif (m := _SI_PER_RE.match(text, pos)) is not None:
            symbol, written, sign = m["sym"], m["exp"], -1
        else:
            break
        factor = _si_factor(symbol)
        if factor is None:
            break
        factors.append((factor, sign * (_si_exponent(written) if written else 1)))
        pos = m.end()
    if len(factors) == 1 and factors[0][1] == 1:
        return None
    expression = " * ".join(f"({u}) ** {p}" for u, p in factors)
    try:
        return lookup(expression).name, pos
    except UnitError:
        return None


def _attach_per_unit(text: str, atom: _Atom) -> None:
    """Extend a unit to a rate: "$100 a barrel", "50 km per hour", "$2/kg".

    "$5 billion a year" stays dollars and "5% a year" percent: a yearly figure
    is still an amount of money or a share. A shorter period makes a rate of pay
    or price: "$15 an hour", "$100 a day", "$1,200 a month".
    """
    per = _PER_RE.match(text, atom.end)
    if per is None:
        return
    per_unit = _PER_UNITS[per["per"]]
    by_article = per.group(0).strip()[:1].lower() == "a"
    if per_unit in _TIME_UNITS and by_article and (
            atom.unit == "percent" or (atom.currency and per_unit == "year")):
        return
    if per_unit is not None:
        atom.unit = f"{atom.unit} / {per_unit}"
    atom.end = per.end()


def _is_quantity(text: str, atom: _Atom, m: re.Match) -> bool:
    """False for years, dates, clock times, ordinals, identifiers, phone numbers."""
    num_text = m["num"]
    start = m.start()
    nxt = text[atom.num_end: atom.num_end + 1]
    has_unit = atom.unit is not None and atom.noun is None
    if start >= 2 and text[start - 1] == ":" and _CLOCK_HOUR_BEFORE_RE.search(text, max(0, start - 4), start) \
            and _MINUTES_RE.fullmatch(num_text):
        return False  # "9:15": a clock's minutes (but "3:1", "60:40" are ratios)
    if (":" in text[max(0, start - 1):start] or text.startswith(":", atom.num_end)) and _is_race_time(text, start):
        return False  # "ran 27:43", "3:49.11", "2:01:09": a time on a clock, no figures
    if num_text[-4:].lower() == "half" and _HALF_COMPOUND_RE.match(text, atom.num_end):
        return False  # "a half-life", "a half-hearted effort"
    digits_only = num_text.replace(",", "").isdigit()
    if digits_only and _SP_BEFORE_RE.search(text, max(0, start - 6), start):
        return False  # "S&P 500 futures": an index's name
    if digits_only and _BLOCK_AFTER_RE.match(text, atom.num_end):
        return False  # "the 2400 block of Main Street": an address
    if digits_only and text.startswith("p", atom.num_end) and atom.low in _VIDEO_LINES:
        return False  # "streams in 1080p": a screen's lines, no pence
    if atom.unit is not None and atom.noun is None and atom.end > atom.num_end and not atom.currency \
            and (cap := _CAPITALIZED_UNIT_RE.match(text, atom.num_end)) is not None \
            and _unit_for_surface(cap["w"], symbol=True) is None and not _SENTENCE_START_RE.search(text, 0, start) \
            and _LOWER_WORD_RE.search(text, atom.end, min(len(text), atom.end + 60)):
        # "5 Seconds of Summer played", "starred in 8 Mile alongside": a title (not a headline's
        # "Storm Brings 5 Feet of Snow", whose short words may stay in lower case)
        return False
    if atom.unit is None and atom.low <= 12 and atom.low == int(atom.low) and _CLOCK_WORDS_AFTER_RE.match(text, atom.num_end):
        return False  # "woke at 5 in the morning", "10 at night": a time of day
    if digits_only and _MILITARY_TIME_RE.fullmatch(num_text) and _MILITARY_AFTER_RE.match(text, atom.num_end):
        return False  # "from 2300 to 0500 hours", "1930 hours": a 24-hour clock
    glued_size = _glued_size(text, atom)
    if glued_size is False:
        return False  # "4x4 trucks", "the 3x3 league": no size of a length
    # "21st", "1990s", "4G", "737MAX": letters glued to the digits
    if nxt and (nxt.isalnum() or nxt in "@_%") and atom.end == atom.num_end and not glued_size:
        return False  # ("30%25": a URL escape, not a percentage)
    if _CLOCK_AFTER_RE.match(text, atom.num_end) and not atom.currency:
        return False
    if atom.end == atom.num_end and (_LETTER_SUFFIX_RE.match(text, atom.num_end)
                                     or _NAME_SUFFIX_RE.match(text, atom.num_end)):
        return False  # "3-D", "4-H", "7-Eleven": a name, not a count
    if _A_RANK_RE.fullmatch(num_text) and atom.unit is None and not _SHARE_AFTER_RE.match(text, atom.num_end):
        return False  # "opened a third store", "a fourth child": a rank (but "a third of voters")
    if atom.word_number and num_text[:1].isupper() and start >= 2 and text[start - 1] in "-–" \
            and text[start - 2].isdigit():
        return False  # "the 7-Eleven chain": a name
    if atom.word_number and num_text[:1].isupper() and _names_something(text, atom, start):
        return False  # "the Final Four", "Group of Seven", "Formula One", "BBC Two"
    if not has_unit and atom.noun is None:
        # tokenised text sets brackets apart: "1 ) explains", "( 2 )"
        opener = text[max(0, start - 2): start].rstrip(" ")[-1:]
        closer = text[atom.num_end: atom.num_end + 2].lstrip(" ")[:1]
        if opener == "[" or (opener == "(" and closer == ")"):
            return False  # citation "[12]", list marker "(1)"
        if closer == ")" and "(" not in text[max(0, start - 40): start]:
            return False  # list marker "1)"
    if len(num_text) > 1 and num_text[0] == "0" and num_text[1].isdigit():
        return False  # "0517": a code, not a count
    before = text[max(0, start - 30): start]
    url_window = max(0, start - 200)
    if ("//" in text[url_window:start] or "www." in text[url_window:start]) \
            and _URL_BEFORE_RE.search(text, url_window, start):
        return False  # "https://example.com/page?id=30"
    if digits_only and atom.unit is None and "-" in text[max(0, start - 1):atom.num_end + 1]:
        for chain in _HYPHEN_CHAIN_RE.finditer(text, max(0, start - 40),
                                               min(len(text), atom.num_end + 40)):
            if chain.start() <= start < chain.end():
                return False  # "ISBN 978-3-16-148410-0"
    ordinal = _ORDINAL_AFTER_RE.match(text, atom.num_end) if atom.word_number else None
    if ordinal is not None and (ordinal["o"].lower() != "second" or _THE_BEFORE_RE.search(before)):
        return False  # "the twenty-first century", "the three hundred and fiftieth" (ranks)
    variant = _MODEL_VARIANT_BEFORE_RE.search(before) if digits_only else None
    if variant is not None and (int(variant["n"]) % 5 == 0 and _OPENER_BEFORE_RE.search(before, 0, variant.start("n"))
                                or _SCORE_BEFORE_RE.search(text, max(0, start - 74), start - 4)):
        variant = None  # "Write 300-500 words": an imperative's range; "beat the Bulls 101-97": a score
    if digits_only and (_CODE_BEFORE_RE.search(before) or variant is not None):
        return False  # "the Airbus A330-200 seats", "a Boeing 747-400": the second part of a model code
    if digits_only and _SECTION_LETTER_AFTER_RE.match(text, atom.num_end):
        return False  # "a 401(k) plan"
    if digits_only and atom.unit is None and _STREET_AFTER_RE.match(text, atom.num_end):
        return False  # "10 Downing Street"
    if atom.word_number and atom.low == 1 and atom.unit == "day" and num_text[0] == "O" \
            and _SENTENCE_START_RE.search(text, max(0, start - 3), start):
        return False  # "One day he left"
    if digits_only and _ADJACENT_PAIR_YEAR_RE.search(before) \
            and not (has_unit and atom.unit not in _DURATION_UNITS):
        return False  # "2011-12", "2011/12" (but "1323–1423 K" is a range)
    if digits_only and "," not in num_text and len(num_text) == 4 and 1100 <= atom.low <= 2100 \
            and not has_unit and atom.scale == 1.0 and not _AMOUNT_VERB_BEFORE_RE.search(before) \
            and not _PER_ITEM_AFTER_RE.match(text, atom.num_end):
        # "in 2011 protests", "the 2020 Olympics", "its 2012 elections": a year
        # before a noun; "2000 people" after a verb stays a count
        noun_written = text[atom.end - len(atom.noun): atom.end] if atom.noun else ""
        if atom.noun is None or _YEAR_PREP_RE.search(before) or _YEAR_MARK_BEFORE_RE.search(before) \
                or _EVENT_NAME_BEFORE_RE.search(before) or noun_written.lower() in _YEAR_NOUNS or \
                _MONTH_BEFORE_RE.search(before) or noun_written[:1].isupper():
            if not _QUALIFIER_RE.search(before) and not _opens_measure_range(text, atom.num_end, atom.low) \
                    and not _ranges_with_no_year(text, start, atom.num_end) \
                    and not (atom.noun is not None and _RATIO_IN_BEFORE_RE.search(before)):
                return False
    if atom.low <= 31 and not atom.word_number and not has_unit:
        if _MONTH_BEFORE_RE.search(before) or _MONTH_AFTER_RE.match(text, atom.num_end):
            return False
    if not has_unit:
        prev = _PREV_WORD_RE.search(before)
        if prev is not None:
            word = prev["w"]
            if (word.lower() in _IDENTIFIER_WORDS or word.lower().rstrip(".") in _IDENTIFIER_WORDS
                    or (word.lower().endswith("s") and word.lower()[:-1] in _IDENTIFIER_WORDS
                        and _RANGE_OPENS_AFTER_RE.match(text, atom.num_end))) \
                    and not _opens_score(text, start, atom.num_end) \
                    and not _TOP_VERB_BEFORE_RE.search(before):
                return False  # "Section 427" (but "passed the bill 217 to 213": a tally)
            named_before_noun = atom.noun is not None and word[0].isupper() and word[1:].islower() \
                and not atom.word_number and word not in _CAPITALIZED_OK \
                and text[atom.end - len(atom.noun):atom.end][:1].islower() \
                and not word.endswith(("'s", "’s")) \
                and _NAME_LEAD_RE.search(before, 0, prev.start()) is not None
            if named_before_noun:
                return False  # "Galaxy Note 7 phones", "the Apollo 11 astronauts": a name's number
            if word[0].isupper() and word not in _CAPITALIZED_OK and not atom.word_number \
                    and atom.noun is None and not _QUALIFIER_RE.search(before) \
                    and atom.scale == 1.0 and "," not in num_text \
                    and not _POST_QUALIFIER_RE.match(text, atom.end) \
                    and not _RANGE_OPENS_AFTER_RE.match(text, atom.num_end) \
                    and not (_OPENER_BEFORE_RE.search(before) and _WIDE_RANGE_AFTER_RE.match(text, atom.num_end)
                             and (atom.low < 10 or atom.low % 5 == 0)) \
                    and not _HEADLINE_WORD_AFTER_RE.match(text, atom.end) \
                    and not (word.endswith(("'s", "’s"))
                             and _CLAUSE_GOES_ON_RE.match(text, atom.num_end)) \
                    and not _opens_score(text, start, atom.num_end) \
                    and not _opens_measured_range(text, atom.num_end):
                # "Boeing 737", "Section 427" (but "Blast Kills 36 People", "Romney's
                # 206", "beat Spain 3-0", "paid Microsoft 5 million", "Forces 30,000 To
                # Evacuate", "Adults 18 and older": no model has a scale, a thousands
                # comma, a bound or a headline's preposition after it)
                return False
        abbreviation = _PREV_ABBREVIATION_RE.search(before)
        if abbreviation is not None and abbreviation["w"].lower() + "." in _IDENTIFIER_WORDS:
            return False  # tokenised "no . 1", "fig . 3"
    if atom.word_number and atom.low == 1 and atom.unit is None \
            and not _ONE_LINKED_RE.match(text, atom.num_end) \
            and not (_BETWEEN_END_RE.search(before) and _AND_NUMBER_RE.match(text, atom.num_end)):
        return False  # "one of the best", "one said"; not "one in five", "between one and two"
    if digits_only and not has_unit and atom.noun is None:
        if len(num_text) >= 3 and "," not in num_text and _ARTICLE_BEFORE_RE.search(before) \
                and _NAME_AFTER_RE.match(text, atom.num_end):
            return False  # "The 787 Dreamliner", "the 737 MAX": a model
    if digits_only and not has_unit and num_text in _EMERGENCY_NUMBERS \
            and _EMERGENCY_AFTER_RE.match(text, atom.num_end):
        return False  # "the 911 call", "911 calls spiked"
    if atom.word_number and atom.low == 1 and _NO_BEFORE_RE.search(before):
        return False  # "no one"
    if atom.word_number and atom.low == 0 and _NET_BEFORE_RE.search(before):
        return False  # "net zero emissions": a policy's name
    if atom.word_number and num_text.lower() in numbers.SCALE_WORDS and _PER_BEFORE_RE.search(before):
        return False  # "$2.74 per million British thermal units": a unit's size, no figure
    if m["short"] in ("K", "k") and _RESOLUTION_AFTER_RE.match(text, atom.num_end):
        return False  # "4K TVs": a screen resolution
    if num_text[:4].lower() == "half":
        if _HALF_NOT_FRACTION_RE.search(before):
            return False  # "the first half of the year", "the other half"
        if atom.unit is None and _OF_A_RE.match(text, atom.num_end):
            return False  # "half a chance": only "half a mile" is a quantity
    if not atom.word_number:
        window_start = max(0, start - 20)
        for pm in _PHONE_RE.finditer(text, window_start, min(len(text), atom.num_end + 20)):
            if pm.start() <= start < pm.end():
                return False
    return True


# A capitalised word inside a sentence right before another: "Mega Millions"
_NAME_WORD_BEFORE_RE = re.compile(r"[\w,;] [A-Z][a-z]+[ \t]+\Z")
_LOWER_WORD_RE = re.compile(r"(?<![\w'’-])[a-z]{4,}\b")


def _names_something(text: str, atom: _Atom, start: int) -> bool:
    """True for a capitalised number word inside a sentence, which is a name ("the
    Final Four", "the Group of Seven", "Formula One car", "BBC Two"); a title-case
    headline ("Blast Kills Three People") capitalises the word after it too."""
    nxt = _NOUN_TOKEN_RE.match(text, atom.num_end)
    if nxt is not None and nxt["w"][:1].isupper() and not nxt["w"].isupper():
        # "The Four Seasons hotel", "One Direction sold 70 million records": a name when the
        # words around are in lower case (in a title-case headline they are capitalised too)
        return len(_LOWER_WORD_RE.findall(text, nxt.end(), min(len(text), nxt.end() + 60))) >= 1
    head = text[max(0, start - 4):start].rstrip()
    if not head or head[-1] in _CLAUSE_OPENERS:
        return False  # a sentence, quotation or parenthesis opens with it
    return True


def _opens_score(text: str, start: int, num_end: int) -> bool:
    """True when the number opens a score after a verb of winning or losing: "beat
    the Chicago Bulls 101-97", "Federer beat Murray 6-4"."""
    return _SCORE_PAIR_AFTER_RE.match(text, num_end) is not None \
        and _SCORE_BEFORE_RE.search(text, max(0, start - 60), start) is not None


def _opens_measured_range(text: str, num_end: int) -> bool:
    """True when the number opens a range whose second end has a unit: "Expect
    1-2 inches of rain" (the capitalised word before it is then no name's)."""
    tail = _RANGE_TAIL_RE.match(text, num_end)
    return tail is not None and _UNIT_RE.match(text, tail.end()) is not None


# "from 900 to 1200", "between 1500 and 3000": a range one of whose ends can be no
# year (a figure under 1100 or over 2100, or one with a thousands comma)
_NO_YEAR_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}|10\d\d|2[2-9]\d\d|[3-9]\d{3}|\d{5,})(?:\.\d+)?"
_NO_YEAR_RANGE_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?i:from|between)[ \t]+\$?{_NO_YEAR_NUMBER}[ \t]+(?i:to|and)[ \t]+\$?\Z")
_NO_YEAR_RANGE_AFTER_RE = re.compile(rf"[ \t]+(?i:to|and)[ \t]+\$?{_NO_YEAR_NUMBER}(?![\d,.])")
_ERA_AHEAD_RE = re.compile(r"(?:[ \t]+(?:to|and)[ \t]+\d{3,4})?[ \t]*(?:AD|BC|BCE|CE|A\.D\.|B\.C\.)(?!\w)")
# "scores range from 1200 to 1600": a verb of spread opens the range of a measure
_RANGE_VERB_BEFORE_RE = re.compile(
    r"(?<![\w-])(?i:rang(?:e|es|ed|ing))[ \t]+(?i:from|between)[ \t]+(?:\d{4}[ \t]+(?i:to|and)[ \t]+)?\Z")


def _ranges_with_no_year(text: str, start: int, num_end: int) -> bool:
    """True when a year-like number is an end of a range that is no span of years:
    the other end can be no year ("from 900 to 1200", "from 1500 to 3000"), or a
    verb of spread opens it ("scores ranged from 1200 to 1600")."""
    if _ERA_AHEAD_RE.match(text, num_end):
        return False  # "from 1200 to 1600 AD"
    before = max(0, start - 40)
    if _NO_YEAR_RANGE_BEFORE_RE.search(text, before, start) \
            or _RANGE_VERB_BEFORE_RE.search(text, before, start):
        return True
    return _RANGE_START_RE.search(text, max(0, start - 10), start) is not None \
        and _NO_YEAR_RANGE_AFTER_RE.match(text, num_end) is not None


# The rest of a size glued with "x" and its unit: "x36 inches", "x20x10 cm"
_GLUED_SIZE_AFTER_RE = re.compile(r"(?:[x×]\d+(?:\.\d+)?)+")


def _glued_size(text: str, atom: _Atom) -> bool | None:
    """For a side of a size glued with "x" ("24x36 inches", "30x20x10 cm"): True
    when the size ends in a unit of length, False when it does not ("a 4x4
    truck"); None for a number that is no side of such a size."""
    after = _GLUED_SIZE_AFTER_RE.match(text, atom.num_end) if atom.end == atom.num_end else None
    glued_before = atom.start >= 2 and text[atom.start - 1] in "x×" and text[atom.start - 2].isdigit()
    if after is None and not glued_before:
        return None
    if after is None:
        return atom.unit is not None and atom.noun is None and _is_length(atom.unit)
    um = _unit_match(text, after.end())
    if um is None:
        return False
    unit = _unit_for_surface(um["name"] or um["sym"], symbol=um["name"] is None)
    return unit is not None and _is_length(unit) and not _RELAY_AFTER_RE.match(text, um.end())


_RELAY_AFTER_RE = re.compile(r"[ \t]*(?i:relays?|freestyle|medley)\b")


def _opens_measure_range(text: str, num_end: int, first: float) -> bool:
    """True when a year-like number (``first``) opens a range of a measure that is no
    time: "at 1323–1423 K", "1200–1500 m" (but "2010-2015 years" stays years, and a
    smaller second figure is no end of it)."""
    tail = _RANGE_TAIL_RE.match(text, num_end)
    um = None if tail is None else _unit_match(text, tail.end())
    if um is None:
        return False
    if float(tail["n"].replace(",", "")) < first:
        return False  # "cut its forecast for 2022 to 2.8%": a year, then the new level
    if um["sym"] and um["sep"] and um["sym"] in _ATTACHED_ONLY:
        return False  # "in 2020 to 2,755 in 2021": "in" set apart is no inch
    unit = _unit_for_surface(um["name"] or um["sym"], symbol=um["name"] is None)
    return unit is not None and unit not in _DURATION_UNITS and unit != "count"


def _is_score(text: str, a: _Atom, b: _Atom) -> bool:
    """True when two bare whole numbers joined by a hyphen are a score, a record or
    a tally ("Arsenal lost 1-2", "a 1-2 defeat", "the Jets fell to 3-5")."""
    if a.unit is not None or b.unit is not None or text[a.end:b.start] not in ("-", "–") \
            or a.low != int(a.low) or b.low != int(b.low) or a.word_number or b.word_number:
        return False
    return _SCORE_NOUN_AFTER_RE.match(text, b.end) is not None \
        or _SCORE_BEFORE_RE.search(text, max(0, a.start - 60), a.start) is not None \
        or (max(a.low, b.low) in (6, 7) and (  # a tennis set is won with 6 or 7 games
            _SET_SCORE_AFTER_RE.match(text, b.end) is not None
            or _SET_SCORE_BEFORE_RE.search(text, max(0, a.start - 12), a.start) is not None)) \
        or (a.high < 100 and b.high < 100 and a.scale == b.scale == 1.0 and (
            _RECORD_BEFORE_RE.search(text, max(0, a.start - 12), a.start) is not None
            or _RECORD_AFTER_RE.match(text, b.end) is not None))  # ("the range is 1000-5000")


# Nouns counted by "one-" ("a one-seat majority", "a one-point lead"); other "one-"
# words are idioms ("one-off", "one-time", "one-way")
_ONE_COUNTED_NOUNS = frozenset("seat point goal run vote game shot stroke stop car child".split())
# Periods of a game or a contest that "over" spans after another figure
_PERIODS_OF_PLAY = frozenset(
    "innings stages seasons games matches rounds laps terms sessions races legs quarters halves".split())
_AGE_WORDS_RE = re.compile(r"(?i:[ \t-]old\b|\bof[ \t]+age\b)")
_FIGURE_BEFORE_RE = re.compile(r"\d[\d,.]*(?:[ \t]+[A-Za-z]+[^.;]*)?[ \t]*\Z")
# Verbs of place before "over": "spread over 200 acres", "flew over 12 cities"
_PLACE_OVER_BEFORE_RE = re.compile(
    r"(?<![\w-])(?i:spread|spreads|spreading|scattered|stretch(?:es|ed|ing)?|extend(?:s|ed|ing)?|"
    r"flew|flies|fly|flying|sprawl(?:s|ed|ing)?|sprawling)[ \t]+(?:out[ \t]+)?\Z")


def _over_is_span(text: str, over_start: int, atom: _Atom) -> bool:
    """True when "over" before a duration is the span a figure covers ("$1.1
    trillion over 10 years", "deliberated over two days"), not "more than" ("jailed
    for over 10 years", "over 10 years ago", "the first time in over 20 years")."""
    span_of_play = (atom.noun or "").lower() in _PERIODS_OF_PLAY \
        and _FIGURE_BEFORE_RE.search(text, max(0, over_start - 60), over_start) is not None
    if (atom.unit not in _DURATION_UNITS and not span_of_play) or _AGO_AFTER_RE.match(text, atom.end):
        return False  # ("14 batters over eight innings": the innings are the span)
    if _AGE_WORDS_RE.search(text, atom.start, atom.end) or text.startswith(("age", "Age"), atom.start):
        return False  # "over 65 years old", "over the age of 50": an age's bound
    prev = _WORD_BEFORE_RE.search(text, max(0, over_start - 20), over_start)
    return prev is None or prev["w"].lower() not in _OVER_BOUND_AFTER


def _interval(low: float, high: float, qualifier: Qualifier, below: bool) -> NumberInterval:
    """The interval the words allow around [low, high] (see module docstring)."""
    if low != high and qualifier in (Qualifier.GT, Qualifier.GE, Qualifier.LT, Qualifier.LE):
        return NumberInterval(low, high)  # "up to 20-30 people": the range the bound is put on
    if qualifier is Qualifier.GT:
        return NumberInterval(high, None, low_open=True)
    if qualifier is Qualifier.GE:
        return NumberInterval(low, None)
    if qualifier is Qualifier.LT:
        return NumberInterval(None, low, high_open=True)
    if qualifier is Qualifier.LE:
        return NumberInterval(None, high)
    if qualifier is Qualifier.APPROX and low != high:
        return NumberInterval(low, high)  # "about 10 to 15": the range is the vagueness
    if qualifier is Qualifier.APPROX:
        lo, hi = sorted((low * 0.9, high if below else high * 1.1)) if low >= 0 else \
            sorted((low * 1.1, high if below else high * 0.9))
        return NumberInterval(lo, hi)
    return NumberInterval(low, high)


def _merge_pairs(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Join neighbouring numbers that make one quantity.

    Ranges: "10 to 15", "10-15%", "between 10 and 15", "$3 billion to $5 billion";
    ratios: "two out of five"; compound measures: "6 feet 2 inches",
    "thirteen dollars and forty-five cents".
    """
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        merged = None
        if b is not None and not a.is_vague and not b.is_vague:
            merged = (_as_range(text, a, b) or _as_tolerance(text, a, b)
                      or _as_ratio(text, a, b) or _as_compound(text, a, b))
        if merged is None:
            out.append(a)
            i += 1
            continue
        i += 2
        # a compound may go on: "one kuai and five mao five" (yuan, jiao, fen)
        while merged.sub is not None and i < len(atoms) \
                and (more := _as_compound(text, merged, atoms[i])) is not None:
            merged = more
            i += 1
        out.append(merged)
    return out


def _bare_then_unit_close(a: _Atom, b: _Atom) -> bool:
    """ "rose 5 to 10 percent", "cut 100 to 200 jobs", "grew 5 to 10 million": a bare
    first figure whose unit, noun or scale comes only after the second, with ends close
    enough for a range (not "fell 0.2 to 7.7 percent": a change and the new level)."""
    if a.unit is not None or a.noun is not None or a.scale != 1.0 or b.currency:
        return False
    if b.unit is None and b.noun is None and b.scale == 1.0:
        return False  # "the index rose 5 to 1,500": a change and the new level
    low = a.low * b.scale if b.scale > 1.0 and a.low < b.low / b.scale else a.low
    return 0 < low < b.low <= _RANGE_MAX_RATIO * low


_LIST_BEFORE_RE = re.compile(r"\d[ \t]*,[ \t]*\Z")
_EITHER_BEFORE_RE = re.compile(r"(?<![\w-])(?i:either)[ \t]+(?:(?i:the|a|an)[ \t]+)?[$€£]?\Z")
_UNIT_HUNDRED_RE = re.compile(
    rf"(?P<u>[1-9]|(?i:{_alt(w for w, v in numbers.SMALL_NUMBERS.items() if 0 < v < 10)}))[ \t-]+(?i:hundred)"
    r"(?:[ \t-]+(?i:thousand|million|billion))*")
# How far apart the two ends of a range after a change verb may be.
_RANGE_MAX_RATIO = 5


def _as_range(text: str, a: _Atom, b: _Atom) -> _Atom | None:
    link = _RANGE_LINK_RE.fullmatch(text, a.end, b.start)
    if link is None:
        return None
    word = text[a.end:b.start].strip(" \t-–—~").lower()
    if word == "and":
        between = _RANGE_START_RE.search(text, max(0, a.start - 12), a.start)
        if between is None or between["w"].lower() != "between":
            return None
    if word == "or" and (_LIST_BEFORE_RE.search(text, max(0, a.start - 12), a.start)
                         or _EITHER_BEFORE_RE.search(text, max(0, a.start - 30), a.start)
                         or (a.end > a.num_end and b.end > b.num_end and a.unit is not None)):
        # "2, 4, 8 or 16 bits": the last two of a list; "either 10 or 30 micrograms",
        # "the 64GB or 256GB model": alternatives, each with its unit
        return None
    if not (a.unit is None or a.unit == b.unit or (a.currency and b.currency)
            or (a.unit == "year" and b.unit is None and not b.word_number)  # "ages 18 to 24"
            or (a.currency and a.end == a.num_end and b.unit is None and not b.word_number)):
        return None  # (but "$10-15 billion" is dollars at both ends)
    if word == "to" and _CHANGE_RE.search(text, max(0, a.start - 30), a.start) and not (
            a.unit is None and b.unit is not None and b.noun is None and not b.currency
            and _BY_BEFORE_RE.search(text, max(0, a.start - 6), a.start)) \
            and not _bare_then_unit_close(a, b):
        # "fell $2.13 to $145.20": a change and the new level (but "rise by 10 to
        # 15 percent" and "rose 5 to 10 percent", one unit for both, are ranges)
        return None
    if word == "to" and a.currency and b.low > 2 * a.high and _BY_BEFORE_RE.search(
            text, max(0, a.start - 6), a.start):
        # "raised its dividend by 10 cents to 50 cents": the same, when the second
        # figure is far from the first (a range's ends are close: "cut results by
        # $3 million to $4 million")
        return None
    if _is_score(text, a, b):
        return None  # "Arsenal lost 1-2", "a 1-2 defeat"
    if word == "to" and a.unit is None and b.unit is None and not (a.word_number or b.word_number) \
            and a.low == int(a.low) and b.low == int(b.low) \
            and _SCORE_BEFORE_RE.search(text, max(0, a.start - 60), a.start) is not None:
        return None  # "the amendment was rejected 45 to 55": a tally
    low = a.low
    lead = _UNIT_HUNDRED_RE.fullmatch(text, b.start, b.num_end) if a.low < 10 else None
    if word == "" and a.scale == 1.0 and a.low == int(a.low) and 0 < a.low < 1000 \
            and text.endswith(",000", b.start, b.num_end) and a.low * 1000 < b.low <= a.low * 10_000:
        low = a.low * 1000  # "$150-200,000", "some 20-25,000 people": the thousands written once
    elif a.scale == 1.0 and lead is not None and a.low == int(a.low):
        # "two to three hundred (thousand)": "hundred" applies to both, as scales do
        low = a.low * b.low / (int(lead["u"]) if lead["u"].isdigit() else numbers.SMALL_NUMBERS[lead["u"].lower()])
    elif a.scale == 1.0 and b.scale > 1.0 and a.low < b.low / b.scale:
        low = a.low * b.scale  # "3 to 5 million": the scale applies to both
    if low == b.low and b.low == b.high:
        return None  # "5.00 or 5,00": one number written twice
    if word in ("", "to") and low >= b.low:
        if word == "" or _RANGE_START_RE.search(text, max(0, a.start - 12), a.start) is None:
            return None  # "3-1", "218 to 210": a score or a tally, not a range
    return _Atom(a.start, b.num_end, b.end, min(low, b.low), max(low, b.high),
                 unit=b.unit if b.unit is not None else a.unit,
                 noun=b.noun if b.unit is not None else a.noun, scale=b.scale,
                 is_range=True, currency=a.currency or b.currency)


def _as_tolerance(text: str, a: _Atom, b: _Atom) -> _Atom | None:
    """ "1.6 ± 0.2%": the range [1.4, 1.8] in the unit of either side."""
    margin_in_words = text[a.end:b.start].isspace() and _MARGIN_WORDS_RE.match(text, b.start) is not None
    if not _PLUS_MINUS_RE.fullmatch(text, a.end, b.start) and not margin_in_words:
        return None
    if not (a.unit is None or b.unit is None or a.unit == b.unit):
        return None
    return _Atom(a.start, b.num_end, b.end, a.low - b.low, a.high + b.low,
                 unit=a.unit or b.unit, noun=a.noun or b.noun, is_range=True,
                 currency=a.currency or b.currency)


def _as_ratio(text: str, a: _Atom, b: _Atom) -> _Atom | None:
    """ "two out of five (Americans)", "one over four": the proportion."""
    if a.unit is not None or not b.high:
        return None
    if not _OUT_OF_RE.fullmatch(text, a.end, b.start) and not (
            a.word_number and b.word_number and _OVER_RE.fullmatch(text, a.end, b.start)):
        return None
    if a.low > b.low:
        return None  # "five out of three": no proportion
    if text[a.end:b.start].strip() == "in" and (
            b.unit in _DURATION_UNITS or (b.noun or "").lower() in _PERIODS_OF_PLAY
            or (b.unit is None and _YEAR_LIKE_RE.fullmatch(text, b.start, b.num_end))):
        # "scored 3 in 20 minutes", "2 runs in 9 innings", "29 in 2005": two figures (or a
        # figure and its year), no share
        return None
    value = a.low / b.low
    return _Atom(a.start, b.num_end, b.end, value, value, unit=None)


# A larger unit and its subdivision written together: "6 feet 2 inches".
_COMPOUND_UNITS = {("USD", "cent"): 100, ("EUR", "euro_cent"): 100, ("EUR", "cent"): 100, ("GBP", "penny"): 100,
                   ("foot", "inch"): 12, ("pound", "ounce"): 16,
                   ("CNY", "jiao"): 10, ("CNY", "fen"): 100}
# A bare number closing a sum of money is its next subdivision: "15 dollars 50",
# "15 dollars and 50" (cents), "one kuai five" (jiao), "five mao five" (fen).
# Key: the last unit written; value: the subdivision in the sum's main unit.
_NEXT_SUBDIVISION = {"USD": 0.01, "EUR": 0.01, "GBP": 0.01, "CAD": 0.01, "AUD": 0.01,
                     "NZD": 0.01, "HKD": 0.01, "SGD": 0.01, "CHF": 0.01, "CNY": 0.1,
                     "jiao": 0.01}
_SUBDIVISION_LINK_RE = re.compile(r"[ \t]+(?:and[ \t]+)?")
# What may follow the minor part of a sum: the clause's end or a preposition ("a pint
# costs 3 pounds 50 in London")
_SUBDIVISION_END_RE = re.compile(r"[ \t]*(?:[.,;:!?)]|\Z)|[ \t]+(?:in|at|for|on|from|each|a|an|per)\b")


# "6-foot-2", "a 6-foot-10 center": feet, then inches after a hyphen
_HYPHEN_INCHES_RE = re.compile(r"-(?P<n>\d{1,2})(?:-inch(?:es)?)?(?![\d\w-]|[.,]\d)")
# "5'10\"", "6′ 2″": feet and inches with prime marks
_FEET_INCHES_RE = re.compile(r"['′’][ \t]?(?P<n>\d{1,2}(?:\.\d+)?)[ \t]?(?:\"|″|''|”)")
# "a 9\" plate": a double quote glued to the digits is an inch mark when it opens
# no closing quote (an even number of double quotes before it on the line)
_INCH_MARK_RE = re.compile(r"[\"″](?![\w\"])")
# "ten degrees below zero"
_BELOW_ZERO_RE = re.compile(r"[ \t]+below[ \t]+zero\b", re.IGNORECASE)
_DEGREE_UNITS = frozenset({"degree", "degree_Celsius", "degree_Fahrenheit"})
# "5 in wide", "a 65 in screen": spaced "in" is an inch before an adjective of size
_DIMENSION_AFTER_RE = re.compile(rf"[ \t]+(?:{_alt(_DIMENSION_ADJECTIVES)})\b")
# "... is 2 in.": a spaced "in" ending the sentence
_LINE_END_RE = re.compile(r"\.?[ \t]*(?:\n|\Z)")
_LENGTH_CUE = ("inch", "length", -math.inf)
# "2 l of water": "l" set apart is a litre before "of" (elsewhere a list letter)
_OF_AFTER_RE = re.compile(r"[ \t]+of\b")
# "5 pounds": money where the sentence speaks of money and not of weight
_POUND_MONEY_RE = _CONTEXT_CUE_RES["money"]
_LB_WRITTEN_RE = re.compile(r"(?i:lbs?)\b")
_POUND_MASS_RE = _CONTEXT_CUE_RES["mass"]

# After feet, "in" is the inch: "5 ft 2 in", "6 feet 1 in."
_INCH_AFTER_RE = re.compile(r"[ \t]?(?:in\b\.?|\"|″)")


def _as_compound(text: str, a: _Atom, b: _Atom) -> _Atom | None:
    """ "6 feet 2 inches", "13 dollars and 45 cents", "15 dollars 50": one measure."""
    minor = _trailing_subdivision(text, a, b)
    if minor is not None:
        value = a.low + b.low * minor
        return _Atom(a.start, b.num_end, b.end, value, value, unit=a.unit, currency=True)
    b_end = b.end
    if a.unit == "foot" and b.unit is None and b.end == b.num_end and not b.word_number:
        inch = _INCH_AFTER_RE.match(text, b.num_end)
        if inch is not None and b.low < 12:
            per, b_end = 12, inch.end()
        else:
            per = None
    else:
        per = _COMPOUND_UNITS.get((a.unit, b.unit))
    if per is None or not _COMPOUND_LINK_RE.fullmatch(text, a.end, b.start):
        return None
    value = a.low + b.low / per
    return _Atom(a.start, b.num_end, b_end, value, value, unit=a.unit, currency=a.currency,
                 sub=b.unit if a.currency else None)


def _trailing_subdivision(text: str, a: _Atom, b: _Atom) -> float | None:
    """What one unit of ``b`` is worth in ``a``'s unit when ``b`` is a bare number
    closing a sum written in words ("15 dollars and 50."), else None.

    Only a whole sum with its currency written after it ("$15 50" is two
    figures), a bare whole number under 100, and the end of the clause after
    it ("15 dollars and 50 people" is two figures).
    """
    if not a.currency or a.end == a.num_end or a.scale != 1.0 or a.is_range:
        return None
    minor = _NEXT_SUBDIVISION.get(a.sub or a.unit)
    if minor is None or (a.sub is None and a.low != int(a.low)):
        return None
    if b.unit is not None or b.is_range or b.scale != 1.0 or b.end != b.num_end \
            or not 0 < b.low < 100 or b.low != int(b.low):
        return None
    if not _SUBDIVISION_LINK_RE.fullmatch(text, a.end, b.start) \
            or not _SUBDIVISION_END_RE.match(text, b.end):
        return None
    return minor


def _share_units(text: str, atoms: list[_Atom]) -> None:
    """ "45 and 50 mg", "2, 5 and 10 μg": a list of numbers shares the last one's unit."""
    for i in range(len(atoms) - 2, -1, -1):
        a, b = atoms[i], atoms[i + 1]
        if a.unit is None and not a.is_vague and (not a.word_number or b.word_number) and b.unit is not None \
                and b.noun is None and (_UNIT_LIST_LINK_RE.fullmatch(text, a.end, b.start)
                                        or (_BY_LINK_RE.fullmatch(text, a.end, b.start)
                                            and _is_length(b.unit))):
            a.unit, a.currency = b.unit, b.currency


def _is_length(unit: str) -> bool:
    """True for a unit of length ("10 by 20 feet" shares it)."""
    try:
        return lookup(unit).dimension == "[length]"
    except UnitError:
        return False


def _to_mention(text: str, atom: _Atom, prev_end: int) -> QuantityMention:
    """Add qualifier, change and interval; build the public record."""
    start, end = atom.start, atom.end
    window = max(prev_end, start - 40)
    qualifier, below = Qualifier.EXACT, False
    if atom.is_range:
        rs = _RANGE_START_RE.search(text, window, start)
        if rs is not None and not atom.is_vague:
            start = rs.start()
    qm = _QUALIFIER_RE.search(text, window, start) or _SYMBOL_QUALIFIER_RE.search(
        text, window, start)
    if qm is None and text.startswith(("age", "Age"), start):
        the = _THE_BEFORE_RE.search(text, window, start)
        if the is not None:
            qm = _QUALIFIER_RE.search(text, window, the.start())
    if qm is not None and " ".join(qm["q"].lower().split()) == "up to" \
            and _UP_VERB_BEFORE_RE.search(text, max(0, qm.start() - 20), qm.start()):
        qm = None  # "bus fares went up to $3", "turn the oven up to 200°C": a move, no bound
        atom.change = atom.change or "up"
    if qm is not None and qm["q"].lower() == "over" and (
            _over_is_span(text, qm.start(), atom)
            or _PLACE_OVER_BEFORE_RE.search(text, max(0, qm.start() - 20), qm.start())):
        qm = None
    if qm is not None:
        key = " ".join(qm["q"].lower().split())
        qualifier = _QUALIFIER_OF.get(key) or _SYMBOL_QUALIFIERS[key]
        below = key in _APPROX_BELOW
        start = qm.start()
    if qualifier in (Qualifier.EXACT, Qualifier.APPROX) and not atom.is_range:
        # "about 500 or more": the bound after the number is the stronger word
        pq = _POST_QUALIFIER_RE.match(text, end)
        if pq is not None and _NO_BOUND_AFTER_RE.match(text, pq.end()):
            pq = None  # "a $15 minimum wage", "$19.99 plus tax": a noun's modifier, an addition
        if pq is not None and (qualifier is Qualifier.EXACT
                               or _POST_QUALIFIER_OF[" ".join(pq["q"].lower().split())]
                               is not Qualifier.APPROX):
            below = False
            qualifier = _POST_QUALIFIER_OF[" ".join(pq["q"].lower().split())]
            end = pq.end()
            if atom.unit is None:  # "30 or more people", "20-plus years"
                um = _unit_match(text, end)
                found = None if um is not None and um["name"] else _counted_noun(text, end, singular=False)
                if um is not None and um["name"]:
                    unit = _unit_for_surface(um["name"], symbol=False)
                    if unit is not None:
                        atom.unit, end = unit, um.end()
                elif found is not None:
                    atom.noun = atom.unit = found[0]
                    end = found[1]
    if qualifier in (Qualifier.GT, Qualifier.LT):
        # "more than 5000 or equal to (it)": the bound includes itself
        oe = _OR_EQUAL_RE.match(text, end)
        if oe is not None:
            qualifier = Qualifier.GE if qualifier is Qualifier.GT else Qualifier.LE
            end = oe.end()
    change = atom.change
    cm = _CHANGE_RE.search(text, max(prev_end, start - 30), start) if change is None else None
    if cm is not None:
        word = cm["w"].lower()
        if word in ("up", "down", "lower", "higher"):
            pw = _PREV_WORD_RE.search(text, max(0, cm.start() - 20), cm.start())
            if pw is None or pw["w"].lower() not in _PARTICLE_VERBS or (
                    pw["w"].lower() in _MARKET_CLOSE_VERBS and _is_market_move(atom)):
                change = _CHANGE_OF[word]  # (wire copy: "the Nasdaq closed down 1.9 percent")
        else:
            change = _CHANGE_OF[word]
    if change is not None and _NOT_A_CHANGE_AFTER_RE.match(text, end):
        change = None  # "lost 108-104": a score; "lost 10 of its last 12 games": a tally
    if change is not None and cm is not None and cm["w"].lower() in ("raised", "raising", "raises") \
            and atom.currency and cm.end() >= start - 1:
        change = None  # "the charity raised $40 million": money collected, no change
    if change is None and _is_market_move(atom):
        after = _CHANGE_AFTER_RE.match(text, end)
        if after is not None:
            change = _CHANGE_OF[after["w"].lower()]  # "closed 2.4 percent lower"
    if change is None:
        by_verb = _CHANGE_BY_RE.search(text, max(prev_end, start - 60), start)
        if by_verb is not None and not _SENTENCE_BREAK_RE.search(text, by_verb.end(), start):
            change = _CHANGE_BY_OF[by_verb["w"].lower()]  # "cut rates by 50 basis points"
    if change is None:
        noun = _CHANGE_NOUN_AFTER_RE.match(text, end) \
            or _CHANGE_NOUN_BEFORE_RE.search(text, max(prev_end, start - 20), start)
        if noun is not None:
            change = _CHANGE_NOUN_OF[noun["w"].lower()]  # "a 15 percent drop", "an increase of 8 percent"
    unit = atom.unit
    if atom.noun is not None:
        dimension = "count"
    elif unit is None:
        dimension = "count"
    else:
        try:
            info = lookup(unit)
            unit, dimension = info.name, info.dimension
        except UnitError:
            dimension = "count"
    return QuantityMention(
        start=start,
        end=end,
        text=text[start:end],
        magnitude=atom.low,
        interval=_interval(atom.low, atom.high, qualifier, below),
        qualifier=qualifier,
        unit=unit,
        dimension=dimension,
        noun=atom.noun,
        is_range=atom.is_range,
        change=change,
    )


def _spaced_thousands_ok(text: str, m: re.Match) -> bool:
    """False when a one-group "21 100" is more likely two numbers than 21,100:
    after a month, an identifier word or another number ("June 21 100 people",
    "Route 66 500 cars", "2012 3 100")."""
    spaced = _SPACED_THOUSANDS_RE.match(text, m.start("num"))
    if spaced is None or spaced.end() > m.end("num"):
        return True
    before = text[max(0, m.start() - 30): m.start()]
    if _MONTH_BEFORE_RE.search(before) or _DIGIT_JUST_BEFORE_RE.search(before):
        return False
    if text.startswith("-", spaced.end()):
        return False  # "swam 2 100-metre races": a count and a hyphened measure
    prev = _PREV_WORD_RE.search(before)
    return prev is None or prev["w"].lower().rstrip(".") not in _IDENTIFIER_WORDS \
        and prev["w"].lower() not in _IDENTIFIER_WORDS


def extract_quantities(text: str) -> list[QuantityMention]:
    """All quantities in ``text``, sorted by start and non-overlapping.

    Offsets are into ``text`` and ``text[q.start:q.end] == q.text``.
    """
    atoms: list[_Atom] = []
    no_quantity = [(nq.start(), nq.end()) for nq in _NO_QUANTITY_RE.finditer(text)]
    last_end = 0
    rejected_end = -1  # end of the last number found not to be a quantity
    rejected_year = False  # ... and whether it was a year
    pos = 0
    while (m := _ATOM_RE.search(text, pos)) is not None:
        pos = m.end()
        if m.start() < last_end:
            continue  # inside the unit or noun of the previous number
        if m["num"] and " " in m["num"] and not _spaced_thousands_ok(text, m):
            m = _ATOM_UNSPACED_RE.match(text, m.start())  # "June 21 100": two numbers
            pos = m.end()
        atom = _parse_atom(text, m)
        if atom is not None and no_quantity and any(s < atom.end and atom.start < e for s, e in no_quantity):
            atom = None  # "the whole nine yards", "a quarter to seven"
        if atom is not None and atom.unit is None and rejected_end >= 0 \
                and _LIST_LINK_RE.fullmatch(text, rejected_end, atom.start) \
                and not (rejected_year and not _YEAR_LIKE_RE.fullmatch(text, atom.start, atom.num_end)):
            # "Figs. 5 and 6", "Aug. 21-22": the list shares its kind (but "in 1990 to 289"
            # goes from a year to a figure)
            atom = None
        if atom is None:
            rejected_end = m.end()
            rejected_year = _YEAR_LIKE_RE.fullmatch(text, m.start(), m.end()) is not None
            continue
        while atoms and atoms[-1].start >= atom.start:
            atoms.pop()  # "a mile and a half": the whole is in the later figure
        atoms.append(atom)
        last_end = atom.end
        rejected_end = -1
    mentions: list[QuantityMention] = []
    prev_end = 0
    merged = _merge_pairs(text, atoms)
    _share_units(text, merged)
    for atom in merged:
        mention = _to_mention(text, atom, prev_end)
        if mention.start < prev_end:
            continue
        if mentions and _closes_bounds(text, mentions[-1], mention):
            mention = _bounded_range(text, mentions.pop(), mention)
        elif mentions and _closes_bounds(text, mention, mentions[-1], reverse=True):
            # "at most 100 and at least 20": the upper bound first
            upper = mentions.pop()
            mention = _bounded_range(text, mention, upper, start=upper.start, end=mention.end)
        if mentions and mention.change is None and mentions[-1].change is not None \
                and _RESTATED_RE.fullmatch(text, mentions[-1].end, mention.start):
            # "fell 212.34 points, or 1.2 percent": the same move restated
            mention = dataclasses.replace(mention, change=mentions[-1].change)
        mentions.append(mention)
        prev_end = mention.end
    return mentions


def _closes_bounds(text: str, lower: QuantityMention, upper: QuantityMention,
                   reverse: bool = False) -> bool:
    """ "more than 10 and less than 40": a lower bound closed by an upper one
    (``reverse``: the upper bound is written first)."""
    first, second = (upper, lower) if reverse else (lower, upper)
    return (lower.qualifier in (Qualifier.GT, Qualifier.GE)
            and upper.qualifier in (Qualifier.LT, Qualifier.LE)
            and (first.unit is None or first.unit == second.unit)
            and lower.magnitude < upper.magnitude
            and _BOUNDS_LINK_RE.fullmatch(text, first.end, second.start) is not None)


def _bounded_range(text: str, lower: QuantityMention, upper: QuantityMention,
                   start: int | None = None, end: int | None = None) -> QuantityMention:
    interval = NumberInterval(lower.interval.low, upper.interval.high,
                              lower.interval.low_open, upper.interval.high_open)
    start = lower.start if start is None else start
    end = upper.end if end is None else end
    second = lower if end == lower.end else upper
    return QuantityMention(
        start=start, end=end, text=text[start:end],
        magnitude=lower.magnitude, interval=interval, qualifier=Qualifier.EXACT,
        unit=second.unit, dimension=second.dimension, noun=second.noun, is_range=True,
        change=lower.change)
