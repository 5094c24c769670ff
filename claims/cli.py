"""Command line: ``claims check`` and ``claims rules``.

Exit status (documented once, here and in the README):

    0  no finding reaches --fail-on (rules test: every example passes)
    1  some finding reaches --fail-on (rules test: an example fails)
    2  usage, configuration, input or rule error (one line on stderr, no traceback)
"""

from __future__ import annotations

import argparse
import enum
import json
import os
import sys
from pathlib import Path

from claims import __version__
from claims.errors import ClaimsError, RuleError
from claims.models import Severity


class ExitCode(enum.IntEnum):
    CLEAN = 0
    FINDINGS = 1
    ERROR = 2


class OutputFormat(enum.StrEnum):
    MARKDOWN = "markdown"
    JSON = "json"
    SARIF = "sarif"
    GITHUB = "github"


class FailOn(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    NEVER = "never"


_SUFFIX = {OutputFormat.MARKDOWN: ".md", OutputFormat.JSON: ".json", OutputFormat.SARIF: ".sarif", OutputFormat.GITHUB: ".txt"}


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line with exit status 2."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(ExitCode.ERROR, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="claims", description="Find changed and contradictory numbers and dates across news articles.")
    parser.add_argument("--version", action="version", version=f"claims {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    check = commands.add_parser("check", help="check articles and write a report")
    check.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders (.txt, .md)")
    _rule_options(check)
    check.add_argument("--format", choices=[f.value for f in OutputFormat], default=None,
                       help="report format (default: markdown)")
    check.add_argument("--output", "-o", metavar="FILE", help="where to write the report ('-' for stdout); default reports/NAME.md")
    check.add_argument("--fail-on", choices=[f.value for f in FailOn], default=None,
                       help="exit 1 when a finding of this severity or higher is found (default: error)")
    check.add_argument("--baseline", metavar="FILE", help="hide the findings recorded in this baseline file")
    check.add_argument("--write-baseline", metavar="FILE", help="record the current findings as accepted")
    check.add_argument("--config", metavar="FILE", help="settings file (default: nearest claims.toml or pyproject.toml)")
    _run_options(check)
    check.add_argument("--show-config", action="store_true", help="print the effective settings and exit")
    check.add_argument("--against", metavar="STORE", help="check the given drafts against a claims store (see 'claims index')")

    index = commands.add_parser("index", help="add articles to a claims store, for 'claims check --against'")
    index.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    index.add_argument("--store", required=True, metavar="FILE", help="the SQLite claims store (created if missing)")
    index.add_argument("--config", metavar="FILE", help="settings file (default: nearest claims.toml or pyproject.toml)")
    _rule_options(index)
    _run_options(index)

    extract = commands.add_parser("extract", help="print the claims found, without checking them")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    _rule_options(extract)
    extract.add_argument("--format", choices=["table", "jsonl", "csv"], default="table")
    extract.add_argument("--output", "-o", metavar="FILE", default="-", help="where to write (default: stdout)")
    extract.add_argument("--config", metavar="FILE", help="settings file (default: nearest claims.toml or pyproject.toml)")
    _run_options(extract)

    rules = commands.add_parser("rules", help="list, validate and test rule files; print their schema")
    actions = rules.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    actions.required = True
    actions.add_parser("schema", help="print the JSON Schema of a rule file")
    listing = actions.add_parser("list", help="list the rules: id, kind, description, file")
    _rule_options(listing)
    for name, help_text in (("validate", "validate rule files; every problem as file:line: field: message"),
                            ("test", "run the examples each rule carries")):
        action = actions.add_parser(name, help=help_text)
        action.add_argument("paths", nargs="*", metavar="PATH", help="rule files or folders (default: the default pack)")
    return parser


def _run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1, metavar="N",
                        help="worker processes for extraction (default: the number of cores)")
    parser.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    parser.add_argument("--verbose", "-v", action="store_true", help="print each file's extraction time on stderr")


def _progress(args: argparse.Namespace):
    """A per-document callback and its closer: a bar on a terminal, timings with -v, else nothing."""
    if args.quiet:
        return None, lambda: None
    if args.verbose:
        def verbose(doc, seconds, index, total):
            print(f"{doc.path}: {seconds * 1000:.1f} ms", file=sys.stderr)
        return verbose, lambda: None
    if not sys.stderr.isatty():
        return None, lambda: None
    bars = []

    def advance(doc, seconds, index, total):
        if not bars:  # the number of articles is known once they are read
            from tqdm import tqdm

            bars.append(tqdm(total=total, unit="article", file=sys.stderr, leave=False))
        bars[0].update(1)

    return advance, lambda: [bar.close() for bar in bars]


def _rule_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rules", action="append", default=[], metavar="DIR", help="extra rule folder or file (repeatable)")
    parser.add_argument("--no-default-rules", action="store_true", help="use only the rules given with --rules")
    parser.add_argument("--disable", action="append", default=[], metavar="RULE", help="do not run this rule (repeatable)")


def _settings(args: argparse.Namespace):
    from claims.config import find_config, load_settings

    path = Path(args.config) if getattr(args, "config", None) else find_config()
    settings = load_settings(path)
    # command-line flags override the file
    settings.rules = [*settings.rules, *args.rules]
    settings.disable = [*settings.disable, *args.disable]
    if args.no_default_rules:
        settings.default_rules = False
    for name in ("format", "fail_on", "output", "baseline"):
        value = getattr(args, name, None)
        if value is not None:
            setattr(settings, name, value)
    return settings


def _load_rules(settings):
    from claims.rules import load_rules

    return load_rules([Path(p) for p in settings.rules], include_default=settings.default_rules, disabled=settings.disable)


def _default_output(paths: list[str], fmt: OutputFormat) -> Path:
    name = Path(paths[0].rstrip("/\\")).name or "report"
    stem = Path(name).stem if Path(name).suffix else name
    return Path("reports") / f"{stem}{_SUFFIX[fmt]}"


def _check(args: argparse.Namespace) -> int:
    from claims.baseline import read_baseline, write_baseline
    from claims.report import render_markdown, write_json
    from claims.sarif import render_github, render_sarif

    settings = _settings(args)
    if args.show_config:
        print(json.dumps(settings.model_dump(by_alias=True) | {"config_file": settings.source}, indent=2))
        return ExitCode.CLEAN
    fmt = OutputFormat(settings.format)
    fail_on = FailOn(settings.fail_on)
    rules = _load_rules(settings)
    accepted = frozenset(read_baseline(Path(settings.baseline))) if settings.baseline else frozenset()
    if args.against:
        from claims.store import check_against

        result = check_against(args.paths, Path(args.against), rules, accepted)
    else:
        result = _run_with_progress(args, rules, accepted)
    if args.write_baseline:
        write_baseline(Path(args.write_baseline), result.findings)
    if settings.output == "-" or (fmt is OutputFormat.GITHUB and not settings.output):
        output = None  # annotations are read from the job's log
    else:
        output = Path(settings.output) if settings.output else _default_output(args.paths, fmt)
    def write(out) -> None:
        if fmt is OutputFormat.JSON:
            write_json(result, out)  # streamed: large reports stay small in memory
        elif fmt is OutputFormat.SARIF:
            out.write(render_sarif(result, rules))
        elif fmt is OutputFormat.GITHUB:
            out.write(render_github(result))
        else:
            base = str(output.parent) if output is not None else None
            out.write(render_markdown(result, title=" ".join(args.paths), base_dir=base))

    if output is None:
        write(sys.stdout)
    else:
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            with output.open("w", encoding="utf-8") as out:
                write(out)
        except OSError as exc:
            raise ClaimsError(f"{output}: cannot write report ({exc.strerror})") from None
        counts = {s: sum(1 for f in result.findings if f.severity is s) for s in Severity}
        hidden = result.hidden_by_baseline + result.hidden_inline
        if not args.quiet:
            print(
                f"{output}: {len(result.documents)} articles, {len(result.skipped)} skipped, "
                f"{len(result.claims)} claims, {counts[Severity.ERROR]} errors, "
                f"{counts[Severity.WARNING]} warnings, {counts[Severity.INFO]} info"
                + (f", {hidden} accepted findings hidden" if hidden else "")
            )
    if fail_on is FailOn.NEVER:
        return ExitCode.CLEAN
    threshold = Severity(fail_on.value).rank
    failing = any(f.severity.rank >= threshold for f in result.findings)
    return ExitCode.FINDINGS if failing else ExitCode.CLEAN


def _run_with_progress(args: argparse.Namespace, rules, accepted=frozenset()):
    from claims.pipeline import run

    callback, close = _progress(args)
    try:
        return run(args.paths, rules, accepted, jobs=max(1, args.jobs), progress=callback)
    finally:
        close()


def _index(args: argparse.Namespace) -> int:
    from claims.store import index

    rules = _load_rules(_settings(args))
    stats = index(args.paths, Path(args.store), rules, jobs=max(1, args.jobs))
    if not args.quiet:
        for skipped in stats.skipped_inputs:
            print(f"{skipped.path}: skipped: {skipped.reason}", file=sys.stderr)
        print(f"{args.store}: {stats.extracted} files extracted, {stats.unchanged} unchanged, "
              f"{stats.removed} removed, {stats.skipped} skipped, {stats.claims} claims written "
              f"in {stats.seconds:.1f} s")
    return ExitCode.CLEAN


def _extract(args: argparse.Namespace) -> int:
    from claims.extract_table import render_claims

    settings = _settings(args)
    rules = _load_rules(settings)
    result = _run_with_progress(args, rules)
    text = render_claims(result.claims, args.format)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise ClaimsError(f"{args.output}: cannot write ({exc.strerror})") from None
    for skipped in result.skipped:
        if not args.quiet:
            print(f"{skipped.path}: skipped: {skipped.reason}", file=sys.stderr)
    return ExitCode.CLEAN


def _rules(args: argparse.Namespace) -> int:
    from tabulate import tabulate

    from claims.rules import load_rules, rule_schema
    from claims.ruletest import run_examples

    if args.action == "schema":
        print(json.dumps(rule_schema(), indent=2))
        return ExitCode.CLEAN
    if args.action == "list":
        rules = _load_rules(_settings(args))
        rows = [[r.id, ", ".join(k.value for k in r.rule.kind), " ".join(r.rule.description.split()), r.path] for r in rules]
        print(tabulate(rows, headers=["id", "kind", "description", "file"], tablefmt="github", maxcolwidths=[None, None, 60, None]))
        return ExitCode.CLEAN
    paths = [Path(p) for p in args.paths]
    rules = load_rules(paths, include_default=not paths)  # RuleError lists every problem
    if args.action == "validate":
        print(f"{len(rules)} rules valid")
        return ExitCode.CLEAN
    failures = [failure for rule in rules for failure in run_examples(rule)]
    examples = sum(len(r.rule.examples) for r in rules)
    for failure in failures:
        print(failure)
    print(f"{examples - len(failures)} passed, {len(failures)} failed")
    return ExitCode.FINDINGS if failures else ExitCode.CLEAN


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``claims`` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "extract":
            return _extract(args)
        if args.command == "index":
            return _index(args)
        return _rules(args)
    except RuleError as exc:
        for problem in exc.problems:
            print(f"claims: error: {problem}", file=sys.stderr)
        return ExitCode.ERROR
    except ClaimsError as exc:
        print(f"claims: error: {exc}", file=sys.stderr)
        return ExitCode.ERROR
    except KeyboardInterrupt:
        print("claims: interrupted", file=sys.stderr)
        return ExitCode.ERROR
    except BrokenPipeError:
        # the reader of our output went away (`claims ... | head`): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return ExitCode.ERROR
    except Exception as exc:  # a bug: still one line, unless debugging
        if os.environ.get("CLAIMS_DEBUG"):
            raise
        print(f"claims: internal error: {type(exc).__name__}: {exc} (set CLAIMS_DEBUG=1 for details)", file=sys.stderr)
        return ExitCode.ERROR


if __name__ == "__main__":
    sys.exit(main())
