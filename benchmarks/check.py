#!/usr/bin/env python3
"""Time ``claims check`` end to end on generated corpora, and each stage in-process.

    python benchmarks/check.py [--sizes 1000,10000] [--jobs 1,2] [--timeml PATH/dev.jsonl]
                               [--workdir DIR] [--no-stages] [--profile FILE]

For each size, a corpus is built with ``benchmarks/corpus.py`` in a temporary
folder (or ``--workdir``, reused when present). Then:

1. End to end: ``python -m claims check DIR --format json -o OUT`` runs as a
   subprocess, with ``--jobs N`` for each N of ``--jobs`` when the command
   supports it (read from ``claims check --help``; otherwise once, without,
   and the output says so). Printed: wall seconds, articles/s, MB/s, and two
   memory figures: the peak RSS of the largest single process (``wait4``
   rusage, which includes reaped worker processes) and the peak of the sum of
   RSS over the process tree (sampled from /proc every 50 ms), the one to
   compare with a memory budget when workers run in parallel.
2. Stages, in this process, one core: ``load_inputs``; the
   ``extract_document`` loop, split into extract (sentences, numbers, dates,
   attribution) and rules (``classify``, timed by wrapping it); ``run_checks``;
   ``render_json``. ``--profile FILE`` writes a cProfile of the stages of the
   smallest size (read it with ``python -m pstats FILE``).

The last lines compare the time per article at the largest size with the
smallest (target of the issue: within 1.3x).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402


def _tree_rss_kb(root: int) -> int:
    """Sum of VmRSS over ``root`` and its descendants (Linux /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as handle:
                ppid = kb = 0
                for line in handle:
                    if line.startswith("PPid:"):
                        ppid = int(line.split()[1])
                    elif line.startswith("VmRSS:"):
                        kb = int(line.split()[1])
        except OSError:
            continue
        parents[int(entry)] = ppid
        rss[int(entry)] = kb
    total = 0
    for pid in rss:
        current = pid
        while current and current != root:
            current = parents.get(current, 0)
        if current == root:
            total += rss[pid]
    return total


def run_cli(folder: Path, output: Path, jobs: int | None) -> dict:
    """One timed ``claims check`` subprocess: wall seconds, peak RSS (single, tree)."""
    command = [sys.executable, "-m", "claims", "check", str(folder), "--format", "json", "-o", str(output),
               "--fail-on", "never"]
    if jobs is not None:
        command += ["--jobs", str(jobs)]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_tree = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not done.is_set():
            peak_tree = max(peak_tree, _tree_rss_kb(process.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"claims check failed ({process.returncode}): {process.stderr.read().decode()[-500:]}")
    return {"wall": wall, "rss_single_mb": usage.ru_maxrss / 1024, "rss_tree_mb": peak_tree / 1024}


def cli_supports_jobs() -> bool:
    help_text = subprocess.run([sys.executable, "-m", "claims", "check", "--help"], cwd=ROOT,
                               capture_output=True, text=True).stdout
    return "--jobs" in help_text


def time_stages(folder: Path, profile: Path | None = None) -> dict[str, float]:
    """Seconds per stage, in this process, timing claims.pipeline functions directly."""
    from claims import pipeline
    from claims.checks import run_checks
    from claims.report import render_json
    from claims.rules import load_rules

    timers = {"rules": 0.0}
    original = pipeline.classify

    def timed_classify(*args, **kwargs):
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            timers["rules"] += time.perf_counter() - started

    profiler = cProfile.Profile() if profile else None
    pipeline.classify = timed_classify
    try:
        if profiler:
            profiler.enable()
        started = time.perf_counter()
        rules = load_rules()
        timers["load rules"] = time.perf_counter() - started
        started = time.perf_counter()
        documents, _ = pipeline.load_inputs([str(folder)])
        timers["load"] = time.perf_counter() - started
        started = time.perf_counter()
        claims = []
        for doc in documents:
            claims += pipeline.extract_document(doc, rules, first_id=len(claims) + 1)
        timers["extract"] = time.perf_counter() - started - timers["rules"]
        started = time.perf_counter()
        findings = run_checks(claims, rules)
        timers["checks"] = time.perf_counter() - started
        started = time.perf_counter()
        render_json(pipeline.RunResult(documents=documents, claims=claims, findings=findings))
        timers["report"] = time.perf_counter() - started
        if profiler:
            profiler.disable()
            profiler.dump_stats(profile)
    finally:
        pipeline.classify = original
    timers["claims"] = len(claims)
    timers["findings"] = len(findings)
    return timers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated (default 1000,10000)")
    parser.add_argument("--jobs", default="1,2", help="--jobs values to time, comma-separated (default 1,2)")
    parser.add_argument("--timeml", type=Path, help="TimeML JSONL whose documents are corpus templates too")
    parser.add_argument("--workdir", type=Path, help="keep corpora here (reused when present)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-stages", action="store_true", help="skip the in-process stage timing")
    parser.add_argument("--profile", type=Path, help="cProfile of the stages of the smallest size, to FILE")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    jobs_values: list[int | None] = [int(j) for j in args.jobs.split(",")]
    if not cli_supports_jobs():
        print("note: this 'claims check' has no --jobs option; timing it once per size, without")
        jobs_values = [None]

    temp = None
    if args.workdir is None:
        temp = tempfile.TemporaryDirectory(prefix="claims-check-bench-")
        args.workdir = Path(temp.name)
    per_article: dict[int | None, dict[int, float]] = {j: {} for j in jobs_values}
    for size in sizes:
        folder = args.workdir / f"corpus-{size}"
        if not folder.exists():
            corpus.build(size, folder, args.timeml, args.seed)
        megabytes = sum(p.stat().st_size for p in folder.rglob("*.txt")) / 1e6
        print(f"\n== {size} articles, {megabytes:.1f} MB ==")
        for jobs in jobs_values:
            figures = run_cli(folder, args.workdir / f"report-{size}.json", jobs)
            per_article[jobs][size] = figures["wall"] / size
            print(f"claims check --jobs {jobs if jobs is not None else '-'}: {figures['wall']:.1f} s wall, "
                  f"{size / figures['wall']:.1f} articles/s, {megabytes / figures['wall']:.3f} MB/s, "
                  f"peak RSS {figures['rss_single_mb']:.0f} MB (largest process), "
                  f"{figures['rss_tree_mb']:.0f} MB (process tree)")
        if not args.no_stages:
            profile = args.profile if args.profile and size == min(sizes) else None
            stages = time_stages(folder, profile)
            counts = f"{stages.pop('claims'):.0f} claims, {stages.pop('findings'):.0f} findings"
            total = sum(stages.values())
            print(f"stages in-process, one core ({counts}): "
                  + ", ".join(f"{name} {seconds:.2f} s ({100 * seconds / total:.0f}%)" for name, seconds in stages.items()))
    if len(sizes) > 1:
        small, large = min(sizes), max(sizes)
        print()
        for jobs, times in per_article.items():
            ratio = times[large] / times[small]
            print(f"--jobs {jobs if jobs is not None else '-'}: {1000 * times[small]:.1f} ms/article at {small}, "
                  f"{1000 * times[large]:.1f} ms/article at {large}: ratio {ratio:.2f} (target <= 1.3)")
    if temp is not None:
        temp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
