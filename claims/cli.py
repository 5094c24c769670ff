"""Command line: ``claims check PATH...``.

Exit status (documented once, here and in the README):

    0  no finding reaches --fail-on
    1  some finding reaches --fail-on
    2  usage, input or rule error (one line on stderr, no traceback)
"""

from __future__ import annotations

import argparse
import enum
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


class FailOn(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    NEVER = "never"


_SUFFIX = {OutputFormat.MARKDOWN: ".md", OutputFormat.JSON: ".json"}


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
    check.add_argument("--rules", action="append", default=[], metavar="DIR", help="extra rule folder or file (repeatable)")
    check.add_argument("--no-default-rules", action="store_true", help="use only the rules given with --rules")
    check.add_argument("--format", choices=[f.value for f in OutputFormat], default=OutputFormat.MARKDOWN.value)
    check.add_argument("--output", "-o", metavar="FILE", help="where to write the report ('-' for stdout); default reports/NAME.md")
    check.add_argument("--fail-on", choices=[f.value for f in FailOn], default=FailOn.ERROR.value,
                       help="exit 1 when a finding of this severity or higher is found (default: error)")
    return parser


def _default_output(paths: list[str], fmt: OutputFormat) -> Path:
    name = Path(paths[0].rstrip("/\\")).name or "report"
    stem = Path(name).stem if Path(name).suffix else name
    return Path("reports") / f"{stem}{_SUFFIX[fmt]}"


def _check(args: argparse.Namespace) -> int:
    from claims.pipeline import run
    from claims.report import render_json, render_markdown
    from claims.rules import load_rules

    args.format = OutputFormat(args.format)
    args.fail_on = FailOn(args.fail_on)
    rules = load_rules([Path(p) for p in args.rules], include_default=not args.no_default_rules)
    result = run(args.paths, rules)
    output = None if args.output == "-" else Path(args.output) if args.output else _default_output(args.paths, args.format)
    if args.format is OutputFormat.JSON:
        text = render_json(result)
    else:
        base = str(output.parent) if output is not None else None
        text = render_markdown(result, title=" ".join(args.paths), base_dir=base)
    if output is None:
        sys.stdout.write(text)
    else:
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise ClaimsError(f"{output}: cannot write report ({exc.strerror})") from None
        counts = {s: sum(1 for f in result.findings if f.severity is s) for s in Severity}
        print(
            f"{output}: {len(result.documents)} articles, {len(result.skipped)} skipped, "
            f"{len(result.claims)} claims, {counts[Severity.ERROR]} errors, "
            f"{counts[Severity.WARNING]} warnings, {counts[Severity.INFO]} info"
        )
    if args.fail_on is FailOn.NEVER:
        return ExitCode.CLEAN
    threshold = Severity(args.fail_on.value).rank
    failing = any(f.severity.rank >= threshold for f in result.findings)
    return ExitCode.FINDINGS if failing else ExitCode.CLEAN


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``claims`` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return _check(args)
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
    except Exception as exc:  # a bug: still one line, unless debugging
        if os.environ.get("CLAIMS_DEBUG"):
            raise
        print(f"claims: internal error: {type(exc).__name__}: {exc} (set CLAIMS_DEBUG=1 for details)", file=sys.stderr)
        return ExitCode.ERROR
    return ExitCode.ERROR


if __name__ == "__main__":
    sys.exit(main())
