#!/usr/bin/env python3
"""Build a benchmark corpus of N articles from real article texts (never committed).

    python benchmarks/corpus.py N OUT_DIR [--timeml PATH/dev.jsonl] [--seed 0]

Templates are the real articles on the machine: the project's ``seeds/`` and,
with ``--timeml``, the documents of a TimeML JSON Lines file (``"text"`` and
``"dct"``, e.g. ../shared/data/timeml/dev.jsonl). Each of the N copies:

* gets a publication date: the template's own date moved by a whole number of
  years (-8 to +8) and up to 60 days, so copies spread over two decades;
* has every year in its body moved by the same number of years, so the story
  stays coherent with its new date;
* has every other number (not a year, not a day of the month) scaled by one
  random factor per article (0.67 to 1.5), keeping the number's format.

Copies of one template share places, cues and therefore subject keys, so a
subject recurs across thousands of articles as a running story's does, with
figures and dates that move -- what the checks exist for.

Files are written in the seed layout (title line, blank, date line such as
"March 04, 2015", blank, body) to ``OUT_DIR/NNN/NNNNNN.txt`` (1,000 per
folder). The output is deterministic given ``--seed``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.documents import parse_document  # noqa: E402

_YEAR = re.compile(r"(?<![\d,.])(19[5-9]\d|20[0-4]\d)(?![\d,])")
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d,]*\w)")
_MONTH_BEFORE = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$", re.I)
_PLACEHOLDER = "\x00Y{}\x00"


@dataclass(slots=True, frozen=True)
class Template:
    """A real article: the material copies are made of."""

    name: str
    title: str
    published: dt.date
    body: str


def seed_templates(folder: Path) -> list[Template]:
    """The project's seed articles, metadata lines removed."""
    templates = []
    for path in sorted(folder.glob("*.txt")):
        doc = parse_document(path.name, path.read_text(encoding="utf-8"))
        if doc.published is None:
            continue
        body = "\n".join(line.rstrip() for line in doc.text.strip().split("\n"))
        body = re.sub(r"\n{3,}", "\n\n", body)  # the blanked header leaves runs of empty lines
        templates.append(Template(path.stem, doc.title or path.stem, doc.published, body))
    return templates


def timeml_templates(path: Path) -> list[Template]:
    """The documents of a TimeML JSONL file; the title is the first words of the text."""
    templates = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            item = json.loads(line)
            text = item.get("text", "").strip()
            if not text or not item.get("dct"):
                continue
            words = text.split()[:8]
            title = " ".join(words).rstrip(".,;:") or item.get("id", "untitled")
            templates.append(Template(item.get("id", "timeml"), title, dt.date.fromisoformat(item["dct"][:10]), text))
    return templates


def _shift_date(day: dt.date, years: int, days: int) -> dt.date:
    try:
        moved = day.replace(year=day.year + years)
    except ValueError:  # 29 February
        moved = day.replace(year=day.year + years, day=28)
    return moved + dt.timedelta(days=days)


def _scaled(match: re.Match, factor: float, text: str) -> str:
    whole, decimals = match.group(1), match.group(2) or ""
    if _MONTH_BEFORE.search(text[max(0, match.start() - 12) : match.start()]) and not decimals and len(whole) <= 2:
        return match.group(0)  # a day of the month ("March 3"): dates are varied through the years
    value = float(whole.replace(",", "") + decimals) * factor
    if decimals:
        return f"{value:.{len(decimals) - 1}f}"
    number = max(1, round(value))
    return f"{number:,}" if "," in whole or number >= 10_000 else str(number)


def vary(template: Template, rng: random.Random) -> tuple[dt.date, str]:
    """A copy's publication date and body: years moved together, other numbers scaled."""
    years = rng.randint(-8, 8)
    published = _shift_date(template.published, years, rng.randint(0, 60))
    factor = math.exp(rng.uniform(math.log(2 / 3), math.log(1.5)))
    body = _YEAR.sub(lambda m: _PLACEHOLDER.format(int(m.group(1)) + years), template.body)
    body = _NUMBER.sub(lambda m: _scaled(m, factor, body), body)
    body = re.sub(r"\x00Y(\d+)\x00", r"\1", body)
    return published, body


def build(n: int, out_dir: Path, timeml: Path | None = None, seed: int = 0) -> int:
    """Write ``n`` articles under ``out_dir``; return the bytes written."""
    templates = seed_templates(ROOT / "seeds")
    if timeml is not None:
        templates += timeml_templates(timeml)
    if not templates:
        raise SystemExit("no article templates found")
    rng = random.Random(seed)
    total = 0
    for i in range(n):
        template = templates[rng.randrange(len(templates))]
        published, body = vary(template, rng)
        folder = out_dir / f"{i // 1000:03d}"
        if i % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        text = f"{template.title}\n\n{published.strftime('%B %d, %Y')}\n\n{body}\n"
        data = text.encode("utf-8")
        (folder / f"{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out_dir", type=Path, help="folder to write (created)")
    parser.add_argument("--timeml", type=Path, help="TimeML JSONL whose documents are templates too")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    total = build(args.n, args.out_dir, args.timeml, args.seed)
    print(f"{args.n} articles, {total / 1e6:.1f} MB in {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
