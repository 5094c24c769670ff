"""The long fuzzing profile and the hostile-input timings (not run by the tests).

    python benchmarks/fuzz.py [--n 10000] [--seed 0] [--extreme-dates]
    python benchmarks/fuzz.py --big-mb 50 --aliases 10000 --backtrack-mb 1 --no-punct-lines 10000

Fuzz: ``--n`` documents are generated from the same material as
``tests/test_fuzz.py`` (random Unicode, mutated news sentences, token soup),
seeded so that a failure is reproduced by its index. Each goes through
``extract_quantities``, ``extract_times``, ``split_sentences`` (with the span and
interval invariants of the tests) and the pipeline's ``extract_document`` with
the default rules. Prints the count, the failures (grouped by exception) and
the time. Exit status 1 when anything failed.

The other flags time one hostile input each, through ``claims check`` in a
subprocess (a time limit stops a hang): a big single article, a rule with many
subject aliases (``claims rules validate``), a catastrophic-backtracking cue on
an article of "aaa...b", and an article of many lines without punctuation.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "bad"))

import make_bad_inputs as gen  # noqa: E402
from test_fuzz import HOSTILE, NEWS, TOKENS, check_extractors  # noqa: E402

from claims.documents import parse_document  # noqa: E402
from claims.pipeline import extract_document  # noqa: E402
from claims.rules import load_rules  # noqa: E402


# ---------------------------------------------------------------------------
# Generators (plain random, seeded: document i of seed s is always the same)
# ---------------------------------------------------------------------------


def _random_unicode(rng: random.Random, size: int) -> str:
    out = []
    for _ in range(size):
        pick = rng.random()
        if pick < 0.5:
            out.append(chr(rng.randint(0x20, 0x7E)))
        elif pick < 0.7:
            out.append(rng.choice(HOSTILE))
        else:
            code = rng.randint(0, 0x10FFFF)
            out.append(chr(code) if not 0xD800 <= code <= 0xDFFF else "?")
    return "".join(out)


def _mutate(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(0, 8)):
        if not text:
            text = rng.choice(NEWS)
        i = rng.randint(0, len(text))
        j = rng.randint(i, min(len(text), i + 20))
        op = rng.randrange(7)
        if op == 0:
            text = text[:i] + rng.choice(HOSTILE) + text[i:]
        elif op == 1:
            text = text[:i] + rng.choice(TOKENS) + text[i:]
        elif op == 2:
            text = text[:i] + text[j:]
        elif op == 3:
            text = text[:j] + text[i:j] * rng.randint(1, 5) + text[j:]
        elif op == 4:
            text = "".join(rng.choice(HOSTILE + list("0123456789")) if c.isdigit() else c for c in text)
        elif op == 5:
            text = text[:i] + text[i:j].swapcase() + text[j:]
        else:
            text = text[:i] + rng.choice(NEWS) + text[j:]
    return text


def document(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        body = _random_unicode(rng, rng.randint(0, 400))
    elif kind == 1:
        body = "".join(rng.choice(TOKENS + HOSTILE + list("0123456789 ")) for _ in range(rng.randint(0, 60)))
    else:
        body = rng.choice([" ", "\n", "\n\n"]).join(_mutate(rng, rng.choice(NEWS)) for _ in range(rng.randint(1, 8)))
    if kind == 3:  # with an article header, sometimes broken
        date = rng.choice(["February 04, 2014", "4 Feb 2014", "2014-02-04", "February 31, 2014", "March 12, 0000",
                           _mutate(rng, "June 30, 2015")])
        body = f"{_mutate(rng, 'A Headline About the Budget')}\n\nBy Staff Reporter\n\n{date}\n\n{body}\n"
    return body


def published(rng: random.Random, extreme: bool) -> dt.date | None:
    if rng.random() < 0.2:
        return None
    if extreme and rng.random() < 0.1:
        return rng.choice([dt.date.min, dt.date.max, dt.date(1, 12, 31), dt.date(9999, 1, 1)])
    low, high = (dt.date(1, 1, 1), dt.date(9999, 12, 31)) if extreme else (dt.date(1900, 1, 1), dt.date(2100, 12, 31))
    return low + dt.timedelta(days=rng.randrange((high - low).days + 1))


# ---------------------------------------------------------------------------
# Runs
# ---------------------------------------------------------------------------


def fuzz(n: int, seed: int, extreme: bool, show: int) -> int:
    rules = load_rules()
    failures: Counter[str] = Counter()
    examples: dict[str, tuple[int, str, str]] = {}
    slowest = (0.0, -1)
    started = time.perf_counter()
    for index in range(n):
        rng = random.Random(f"{seed}:{index}")
        text = document(rng)
        date = published(rng, extreme)
        t0 = time.perf_counter()
        try:
            check_extractors(text, date)
            doc = parse_document(f"fuzz-{index}.txt", text)
            if date is not None:
                doc.published = date
            for claim in extract_document(doc, rules):
                assert doc.text[claim.start : claim.end] == claim.text, claim
        except Exception as exc:  # noqa: BLE001 - counting every failure is the point
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            key = f"{type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno} ({frame.name})"
            failures[key] += 1
            examples.setdefault(key, (index, repr(text[:300]), f"{exc!s}"[:300] + f"  [published={date}]"))
        slowest = max(slowest, (time.perf_counter() - t0, index))
    elapsed = time.perf_counter() - started
    print(f"fuzz: {n} documents, seed {seed}{', extreme dates' if extreme else ''}: "
          f"{sum(failures.values())} failures in {elapsed:.1f} s ({n / elapsed:.0f} documents/s; "
          f"slowest document #{slowest[1]}: {slowest[0]:.2f} s)", flush=True)
    for key, count in failures.most_common():
        index, text, message = examples[key]
        print(f"  {count:6d}  {key}", flush=True)
        if show:
            print(f"          first: #{index}: {message}\n          text: {text}", flush=True)
    return 1 if failures else 0


def _claims(args: list[str], cwd: Path, timeout: float) -> tuple[int | str, float, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-m", "claims", *args], cwd=cwd, env=env, capture_output=True,
                              text=True, timeout=timeout, errors="replace")
    except subprocess.TimeoutExpired:
        return "timeout", time.perf_counter() - started, ""
    return proc.returncode, time.perf_counter() - started, proc.stderr.strip().splitlines()[-1:] and proc.stderr.strip().splitlines()[-1] or ""


def timed_inputs(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        out = ["--format", "json", "--output", str(base / "report.json"), "--jobs", "1"]
        if args.big_mb:
            path = gen.write_big(base / "big", args.big_mb)
            code, seconds, err = _claims(["check", str(path), *out], base, args.timeout)
            print(f"big article: {args.big_mb:g} MB ({path.stat().st_size:,} bytes): exit {code} in {seconds:.1f} s {err}", flush=True)
        if args.no_punct_lines:
            folder = base / "nopunct"
            folder.mkdir()
            (folder / "a.txt").write_bytes(gen.no_punctuation(args.no_punct_lines))
            code, seconds, err = _claims(["check", str(folder), *out], base, args.timeout)
            print(f"no punctuation: {args.no_punct_lines} lines: exit {code} in {seconds:.1f} s {err}", flush=True)
        if args.aliases:
            rule = base / "aliases.yaml"
            aliases = "\n".join(f'    "syria {i} conflict death toll": "syria conflict death toll"' for i in range(args.aliases))
            rule.write_text(f"id: many-aliases\ndescription: many aliases\nkind: quantity\nmatch:\n  nouns: [people]\n"
                            f"  cues: [killed]\nsubject:\n  template: \"{{place}} conflict death toll\"\n  aliases:\n{aliases}\n",
                            encoding="utf-8")
            started = time.perf_counter()
            loaded = load_rules([rule], include_default=False)
            print(f"aliases: {args.aliases} in one rule: load_rules in process: {len(loaded)} rule in "
                  f"{time.perf_counter() - started:.2f} s", flush=True)
            code, seconds, err = _claims(["rules", "validate", str(rule)], base, args.timeout)
            print(f"aliases: {args.aliases} in one rule ({rule.stat().st_size:,} bytes): rules validate: exit {code} in {seconds:.1f} s {err}", flush=True)
            seeds = ROOT / "seeds"
            code, seconds, err = _claims(["check", str(seeds), "--rules", str(rule), *out], base, args.timeout)
            print(f"aliases: {args.aliases} in one rule: check seeds/: exit {code} in {seconds:.1f} s {err}", flush=True)
        if args.backtrack_mb:
            rules = base / "rules"
            rules.mkdir()
            (rules / "backtrack.yaml").write_text(
                'id: backtrack\ndescription: catastrophic backtracking\nkind: quantity\nmatch:\n'
                '  cues: ["/(a+)+$/"]\n  window: {before: 200, after: 200}\nsubject:\n  template: "backtrack"\n',
                encoding="utf-8")
            article = base / "aaa" / "a.txt"
            article.parent.mkdir()
            # runs of "a" ending in "b": each run makes /(a+)+$/ backtrack exponentially
            runs = int(args.backtrack_mb * 1024 * 1024) // 1000
            article.write_text("Aaa\n\nMarch 12, 2019\n\nThe count was 5 people " + ("a" * 998 + "b ") * runs + "\n",
                               encoding="utf-8")
            report = base / "backtrack.json"
            code, seconds, err = _claims(["check", str(article.parent), "--rules", str(rules), "--format", "json",
                                          "--output", str(report)], base, args.timeout)
            warned = report.exists() and "rule 'backtrack'" in report.read_text(encoding="utf-8")
            print(f"backtracking cue /(a+)+$/ on {args.backtrack_mb:g} MB of 'a...ab' runs: exit {code} in {seconds:.1f} s, "
                  f"warning naming the rule: {'yes' if warned else 'no'} {err}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="fuzzed documents (0: none)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--extreme-dates", action="store_true", help="publication dates over the whole calendar (1-9999)")
    parser.add_argument("--show", type=int, default=1, help="print the first failing input of each kind")
    parser.add_argument("--big-mb", type=float, default=0, help="time a single article of this size")
    parser.add_argument("--no-punct-lines", type=int, default=0, help="time an article of this many lines without punctuation")
    parser.add_argument("--aliases", type=int, default=0, help="time a rule with this many subject aliases")
    parser.add_argument("--backtrack-mb", type=float, default=0, help="time a /(a+)+$/ cue on this many MB of 'a'")
    parser.add_argument("--timeout", type=float, default=600, help="seconds before a timed input counts as a hang")
    args = parser.parse_args(argv)
    status = fuzz(args.n, args.seed, args.extreme_dates, args.show) if args.n else 0
    timed_inputs(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
