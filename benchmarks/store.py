#!/usr/bin/env python3
"""Time the claims store: index N articles, then check one draft against them.

    python benchmarks/store.py [--n 100000] [--jobs 2] [--timeml PATH/dev.jsonl]
                               [--workdir DIR] [--repeat 5]

Builds a corpus of N articles with ``benchmarks/corpus.py`` (in a temporary
folder unless ``--workdir`` is given; an existing corpus and store there are
reused, so a second run only times the checks), indexes it with
``claims.store.index`` and prints how long that took, then times
``claims.store.check_against`` for drafts made from each seed article (a copy
dated after the whole archive, so its subjects meet thousands of stored
claims). Target of the issue: <= 2 s per draft against 100,000 articles.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

from claims.rules import load_rules  # noqa: E402
from claims.store import check_against, index, store_summary  # noqa: E402


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # ru_maxrss is in KiB on Linux


def write_drafts(folder: Path) -> list[str]:
    """One draft per seed article, varied like the corpus and dated after the archive."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(12345)
    paths = []
    for template in corpus.seed_templates(ROOT / "seeds"):
        _, body = corpus.vary(template, rng)
        path = folder / f"draft-{template.name}.txt"
        path.write_text(f"{template.title}\n\nJanuary 15, 2040\n\n{body}\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles in the store (default 100,000)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for indexing (default 2)")
    parser.add_argument("--timeml", type=Path, help="TimeML JSONL whose documents are corpus templates too")
    parser.add_argument("--workdir", type=Path, help="keep corpus and store here (reused when present)")
    parser.add_argument("--repeat", type=int, default=3, help="timed checks per draft (default 3)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    temp = None
    if args.workdir is None:
        temp = tempfile.TemporaryDirectory(prefix="claims-store-bench-")
        args.workdir = Path(temp.name)
    workdir = args.workdir
    articles, store = workdir / f"corpus-{args.n}", workdir / f"store-{args.n}.db"
    rules = load_rules()

    if not articles.exists():
        started = time.perf_counter()
        size = corpus.build(args.n, articles, args.timeml, args.seed)
        print(f"corpus: {args.n} articles, {size / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    stats = index([str(articles)], store, rules, jobs=args.jobs)
    elapsed = time.perf_counter() - started
    summary = store_summary(store)
    print(f"index: {stats.extracted} extracted, {stats.unchanged} unchanged, {stats.skipped} skipped "
          f"in {elapsed:.1f} s ({stats.extracted / elapsed if stats.extracted else 0:.1f} articles/s, jobs={args.jobs}); "
          f"store: {summary['documents']} articles, {summary['claims']} claims "
          f"({summary['typed_claims']} typed), {store.stat().st_size / 1e6:.0f} MB")

    drafts = write_drafts(workdir / "drafts")
    check_against(drafts[:1], store, rules)  # warm-up: imports, page cache
    times = []
    for draft in drafts:
        runs = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            result = check_against([draft], store, rules)
            runs.append(time.perf_counter() - started)
        stored = sum(1 for c in result.claims if c.id.startswith("s"))
        times.append(min(runs))
        print(f"check_against {Path(draft).name}: {min(runs):.3f} s (min of {args.repeat}; max {max(runs):.3f} s), "
              f"{len(result.findings)} findings naming {stored} stored claims")
    print(f"per draft against {summary['documents']} articles: median {statistics.median(times):.3f} s, "
          f"max {max(times):.3f} s; peak RSS {_peak_rss_mb():.0f} MB")
    if temp is not None:
        temp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
