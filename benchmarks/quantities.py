"""Run the quantity extractor on a gold JSONL file and write predictions.

    python benchmarks/quantities.py GOLD.jsonl --out PRED.jsonl [--scheme newsquant|quantities]

Each gold line needs "id" and "text". Each output line is
``{"id", "quantities": [{"start", "end", "text", "value", "unit", "qualifier"}]}``
with value a number or [low, high] for a range, qualifier null for exact
(else approx/gt/ge/lt/le) and, when the figure is stated as a change, "change".

Units are written in the scorers' vocabulary (shared/bench/quantity_score.py
normalises them further): currency codes become currency names ("USD" ->
"dollar", "JPY" -> "japanese yen"), pint names stay pint names. ``--scheme``
only chooses the label convention of the gold set, not what is extracted:

* newsquant (default): a count's unit is its counted noun in the singular
  ("people", "state", "grandchild", "life"), an age ("5-year-old", "at the age
  of 85") is "year of age", a price per counted thing keeps it ("$1.40 a share"
  is "dollar per share"), and "at least" / "up to" are written gt / lt
  (NewsQuant has no ge / le labels);
* quantities: counts have no unit (quantulum3 / Recognizers convention), and a
  "ton" written as such is labelled "ton" (the extractor reads it as a tonne;
  "metric tons" and "tonnes" stay "metric_ton").

The last line printed is the throughput, ``N KB/s``, measured in-process over
all texts after one warm-up pass.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.extract.quantities import MULTIPLICATIVE_WORDS, extract_quantities  # noqa: E402
from claims.extract.units import UNITS_FILE, lookup, registry  # noqa: E402
from claims.models import Qualifier, QuantityMention  # noqa: E402

# ISO code -> the currency name the scorers use
CURRENCY_NAMES = {
    "USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen",
    "CNY": "chinese yuan", "INR": "indian rupee", "AUD": "australian dollar",
    "CAD": "canadian dollar", "HKD": "hong kong dollar", "NZD": "new zealand dollar",
    "SGD": "singapore dollar", "CHF": "swiss franc", "RUB": "russian ruble",
    "KRW": "south korean won", "MYR": "malaysian ringgit", "BRL": "brazilian real",
    "MXN": "mexican peso", "ZAR": "south african rand", "ILS": "shekel",
    "NGN": "nigerian naira", "AED": "uae dirham", "SEK": "swedish krona",
    "PKR": "pakistani rupee", "TRY": "turkish lira", "EGP": "egyptian pound",
    "SAR": "saudi riyal", "BTC": "bitcoin", "cent": "cent", "penny": "penny",
    "sen": "sen", "euro_cent": "cent", "paisa": "paisa", "jiao": "jiao", "fen": "fen",
    "rupee": "rupee", "krone": "krone", "dinar": "dinar", "shilling": "shilling",
    "franc": "franc", "LKR": "sri lankan rupee", "NPR": "nepalese rupee", "LAK": "lao kip",
    "THB": "thai baht", "PHP": "philippine peso", "VND": "vietnamese dong",
    "UAH": "ukrainian hryvnia", "CRC": "costa rican colon", "PYG": "paraguayan guarani",
    "IDR": "indonesian rupiah", "TWD": "new taiwan dollar", "BDT": "bangladeshi taka",
    "PLN": "polish zloty", "HUF": "hungarian forint", "CZK": "czech koruna",
    "DKK": "danish krone", "NOK": "norwegian krone", "ISK": "icelandic krona",
    "RON": "romanian leu", "BGN": "bulgarian lev", "KZT": "kazakhstani tenge",
    "GEL": "georgian lari", "KES": "kenyan shilling", "GHS": "ghanaian cedi",
    "ETB": "ethiopian birr", "MAD": "moroccan dirham", "QAR": "qatari riyal",
    "IRR": "iranian rial", "KWD": "kuwaiti dinar", "IQD": "iraqi dinar",
    "JOD": "jordanian dinar", "ARS": "argentine peso", "COP": "colombian peso",
    "CLP": "chilean peso", "FIM": "finnish markka", "NLG": "netherlands guilder",
    "DEM": "deutsche mark", "FRF": "french franc", "BEF": "belgian franc",
    "ITL": "italian lira", "ESP": "spanish peseta", "PTE": "portuguese escudo",
    "GRD": "greek drachma", "ATS": "austrian schilling", "IEP": "irish pound",
}
IRREGULAR_SINGULARS = {
    "people": "people", "men": "man", "women": "woman", "children": "child", "feet": "foot",
    "police": "police", "teeth": "tooth", "mice": "mouse", "geese": "goose", "oxen": "ox",
    "species": "species", "series": "series", "means": "means", "headquarters": "headquarters",
    "news": "news", "data": "data", "media": "media", "criteria": "criterion",
    "phenomena": "phenomenon", "alumni": "alumnus", "bacteria": "bacterium", "dice": "die",
    # -ves plurals of -f / -fe nouns
    "lives": "life", "wives": "wife", "knives": "knife", "wolves": "wolf", "halves": "half",
    "leaves": "leaf", "thieves": "thief", "shelves": "shelf", "loaves": "loaf",
    "calves": "calf", "selves": "self", "scarves": "scarf", "hooves": "hoof",
    # -ses plurals of -s / -sis nouns
    "buses": "bus", "viruses": "virus", "gases": "gas", "bonuses": "bonus",
    "campuses": "campus", "censuses": "census", "statuses": "status", "crises": "crisis",
    "analyses": "analysis", "theses": "thesis", "diagnoses": "diagnosis",
    "hypotheses": "hypothesis", "oases": "oasis", "surpluses": "surplus",
    "consensuses": "consensus", "circuses": "circus", "choruses": "chorus",
    # -oes plurals
    "heroes": "hero", "potatoes": "potato", "tomatoes": "tomato", "echoes": "echo",
    "vetoes": "veto", "torpedoes": "torpedo", "volcanoes": "volcano", "tornadoes": "tornado",
    "mosquitoes": "mosquito", "dominoes": "domino",
}
# "-ies" words whose singular ends in "-ie", not "-y"
IE_SINGULARS = frozenset({"movies", "cookies", "zombies", "rookies", "pies", "ties", "lies",
                          "calories", "goalies", "brownies", "selfies", "smoothies",
                          "prairies", "hippies", "aussies", "newbies", "freebies", "birdies",
                          "bogies", "magpies", "sweeties", "veggies", "hoodies", "techies"})


def singular(noun: str) -> str:
    """A rough English singular, enough to match label vocabularies."""
    if noun in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[noun]
    for plural in ("children", "women", "men", "people"):  # "grandchildren", "gunmen"
        if noun.endswith(plural) and len(noun) > len(plural):
            head = IRREGULAR_SINGULARS[plural]
            return noun[: -len(plural)] + head
    if "-" in noun:  # "part-timers", "F-Series": the last part
        head, _, last = noun.rpartition("-")
        return head + "-" + singular(last)
    if noun in IE_SINGULARS:
        return noun[:-1]
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return noun


# A rate per counted thing that the extractor keeps in the mention's text but
# not in its unit ("$1.40 a share", "$500 per person").
PER_COUNT_RE = re.compile(r"(?:\s+per\s+|\s+an?\s+|/)(?P<noun>[A-Za-z]+)$")


def unit_label(q: QuantityMention, scheme: str) -> str | None:
    """The unit of a mention in the scorer's vocabulary."""
    if q.unit is None:
        return None
    if q.noun is not None:
        return singular(q.noun) if scheme == "newsquant" else None
    if "currency" in q.dimension or q.unit in CURRENCY_NAMES:
        # "USD / ounce" -> "dollar per ounce"
        parts = [CURRENCY_NAMES.get(p.strip(), _named_power(p.strip())) for p in q.unit.split("/")]
        per = PER_COUNT_RE.search(q.text)
        if per is not None and scheme == "newsquant" and "/" not in q.unit:
            parts.append(singular(per["noun"].lower()))  # "$1.40 a share": dollar per share
        return " per ".join(parts)
    if q.unit == "year" and scheme == "newsquant" and AGE_TEXT_RE.search(q.text.rstrip()):
        return "year of age"  # "25-year-old", "aged 25", "91 years of age", "in his 40s"
    if q.unit == "metric_ton" and scheme == "quantities" and WRITTEN_TON_RE.search(q.text):
        # the gold sets name "tons" and "tpd" by the word written ("ton"); the
        # extractor reads a news "ton" as a tonne
        return "ton"
    if q.unit in ("percentage_point", "basis_point") and scheme == "newsquant":
        return "point"
    if q.unit == "fold":
        return None  # a multiplier counts nothing
    if q.unit in _OWN_UNITS and lookup(q.unit).dimension == "dimensionless":
        # "weight_percent" -> "wt%", "parts_per_billion" -> "ppb": a share of a
        # whole that only this project's registry names is labelled by its
        # symbol, as science writes it
        return registry().get_symbol(q.unit)
    return " per ".join(_named_power(part) for part in q.unit.split(" / "))


# The units claims/units.txt defines ("name = definition = symbol ...")
_OWN_UNITS = frozenset(
    m[1] for m in re.finditer(r"^(\w+)[ \t]*=", UNITS_FILE.read_text(encoding="utf-8"), re.M))


def _named_power(unit: str) -> str:
    """ "kilometer ** 2" -> "square kilometer" (the scorers' spelling)."""
    for power, word in ((" ** 2", "square "), (" ** 3", "cubic ")):
        if unit.endswith(power):
            return word + unit[: -len(power)]
    return unit


# An age as written: "25-year-old", "87 yo", "aged 25", "at the age of 85",
# "91 years of age", "in his 40s", "her early thirties".
AGE_TEXT_RE = re.compile(
    r"(?:old|\byo|\bof age)$|\b(?:aged?|ages)\b|\d0['’]?s$|ties$", re.IGNORECASE)
WRITTEN_TON_RE = re.compile(r"(?<!metric )\btons?$", re.IGNORECASE)


# NewsQuant's labels know only "more than" and "less than" (">", "<"):
# "at least" is written ">" there, "up to" "<".
NEWSQUANT_QUALIFIERS = {"ge": "gt", "le": "lt"}


def qualifier_label(q: QuantityMention, scheme: str) -> str | None:
    if q.qualifier is Qualifier.EXACT:
        return None
    if scheme == "newsquant":
        return NEWSQUANT_QUALIFIERS.get(q.qualifier.value, q.qualifier.value)
    return q.qualifier.value


def to_record(q: QuantityMention, scheme: str) -> dict:
    value = [q.interval.low, q.interval.high] if q.is_range else q.magnitude
    return {
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "value": value,
        "unit": unit_label(q, scheme),
        "qualifier": qualifier_label(q, scheme),
        **({"change": q.change} if q.change else {}),
    }


def is_multiplicative_word(q) -> bool:
    """ "doubled", "twice as many": a multiplier said in a word with no number in it. Both
    gold sets mark number mentions only, so the benchmark leaves these out."""
    return q.unit == "fold" and q.text.split()[-1].lower() in MULTIPLICATIVE_WORDS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="gold JSONL with id and text per line")
    parser.add_argument("--out", required=True, help="prediction JSONL to write")
    parser.add_argument("--scheme", choices=("newsquant", "quantities"), default="newsquant")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes over the texts")
    args = parser.parse_args(argv)

    with open(args.gold, encoding="utf-8") as fh:
        examples = [json.loads(line) for line in fh if line.strip()]
    texts = [ex["text"] for ex in examples]

    with open(args.out, "w", encoding="utf-8") as out:
        for ex in examples:  # also the warm-up pass (pint registry, caches)
            quantities = [to_record(q, args.scheme) for q in extract_quantities(ex["text"])
                          if not is_multiplicative_word(q)]
            out.write(json.dumps({"id": ex["id"], "quantities": quantities}) + "\n")

    size = sum(len(t.encode("utf-8")) for t in texts)
    began = time.perf_counter()
    for _ in range(args.repeat):
        for text in texts:
            extract_quantities(text)
    elapsed = time.perf_counter() - began
    print(f"{len(examples)} examples, {size / 1024:.1f} KB x {args.repeat}: "
          f"{size * args.repeat / 1024 / elapsed:.0f} KB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
