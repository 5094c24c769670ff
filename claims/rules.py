"""Rules: YAML files that turn extracted mentions into typed claims.

A rule file defines one claim type: which mentions it takes (kind, counted
nouns or units, cue words near the mention, words that exclude it), how to
build the subject key under which claims from different articles meet, which
checks apply to a subject's claims, and examples that document and test it.
The schema below is the reference; ``docs/rules.md`` explains each field.

Python here holds only mechanisms (phrase matching, windows, subject
templates); every word list and policy comes from the YAML.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

import regex
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from claims.errors import RuleError
from claims.models import ClaimKind, FindingKind, Severity
from claims.textmatch import atoms_of, trie_pattern

RULE_SUFFIXES = (".yaml", ".yml")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# ---------------------------------------------------------------------------
# Schema
# ---------------------------------------------------------------------------

Phrases = list[str] | dict[str, list[str]]


class Window(_Strict):
    """How many words before and after the mention are searched for cues."""

    before: int = Field(8, ge=0, le=200)
    after: int = Field(8, ge=0, le=200)


class Match(_Strict):
    """Which mentions the rule takes.

    Phrases are matched case-insensitively on word boundaries. ``kill*`` matches
    any word starting with "kill"; ``/regex/`` is a regular expression. A phrase
    list may also be a mapping from a canonical name to its phrases, which is how
    ``{cue}`` in a subject template gets one name for many spellings.
    """

    nouns: Phrases = Field(
        default_factory=list,
        description="Counted nouns a quantity must have (plural or singular). "
        "'{demonyms}' stands for the plural demonyms of the place list (\"Afghans\"). "
        "A mapping names classes of nouns: {noun} in the subject prints the class.",
    )
    changes: Literal["any", "exclude", "only"] = Field(
        "any", description="Signed changes (\"rose 2%\", \"fell by 12 percent\"): take them, leave them, or only them."
    )
    units: list[str] = Field(
        default_factory=list,
        description="Units or dimensions a quantity must have: 'percent', 'currency', "
        "a currency code, or a pint dimension such as '[mass]'.",
    )
    cues: Phrases = Field(default_factory=list, description="At least one must be within the window.")
    context: list[str] = Field(
        default_factory=list, description="At least one must be in the sentence (or paragraph)."
    )
    context_scope: Literal["sentence", "paragraph"] = "sentence"
    exclude: list[str] = Field(default_factory=list, description="None may be within the window.")
    exclude_scope: Literal["window", "sentence"] = "window"
    window: Window = Window()
    @field_validator("cues", "context", "exclude")
    @classmethod
    def _phrases_compile(cls, value: Phrases) -> Phrases:
        for phrase in _phrase_items(value):
            compile_phrase(phrase)  # ValueError names the phrase
        return value

    when: Literal["any", "past", "future"] = Field(
        "any", description="For dates: only those wholly before (past) or wholly after (future) "
        "the publication day."
    )
    speech_dates: bool = Field(
        False, description="Also take dates that say when something was said (\"the ministry said Monday\")."
    )


TEMPLATE_FIELDS = frozenset({"place", "cue", "noun", "day"})


class SubjectSpec(_Strict):
    """How the subject key is built.

    ``template`` may use ``{place}`` (the place the claim speaks of), ``{cue}``
    (the canonical name of the cue nearest the mention), ``{noun}`` (the counted
    noun, or its class) and ``{day}`` (the day a date in the same sentence names:
    tells incidents apart). A claim whose template cannot be filled is not taken.
    """

    template: str
    place_anchor: Literal["cue", "context", "claim"] = Field(
        "cue", description="Which words the place is looked for next to: the nearest cue, "
        "a context word in the sentence, or the claim itself (the claim is always tried last)."
    )
    nearest_place: bool = Field(
        True, description="When no place is attached to the anchor, take the nearest place in the sentence."
    )
    place_fallback: list[Literal["attached", "dominant", "article"]] = Field(
        default_factory=lambda: ["attached", "dominant"],
        description="What to try, in order, when the sentence gives no place: 'attached', the place the "
        "article attaches to the anchor words most often; 'dominant', the place the article names most; "
        "'article', the article itself, so that the claim meets only claims of its own article.",
    )

    @field_validator("place_fallback", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value
    attached_only: bool = Field(False, description="Only a place attached to the anchor counts.")
    aliases: dict[str, str] = Field(default_factory=dict, description="Whole subject -> subject.")

    @field_validator("template")
    @classmethod
    def _known_fields(cls, value: str) -> str:
        try:
            parts = list(string.Formatter().parse(value))
        except ValueError as exc:
            raise ValueError(f"not a template: {exc}") from None
        unknown = set()
        for _, field, spec, conversion in parts:
            if field is None:
                continue
            if spec or conversion:
                raise ValueError(f"'{{{field}}}' takes no format spec or conversion")
            if field not in TEMPLATE_FIELDS:
                unknown.add(field or "(empty)")
        if unknown:
            raise ValueError(f"unknown template field(s): {', '.join(sorted(unknown))}")
        return value


class Tolerance(_Strict):
    """How far apart two figures may be and still agree; which qualifiers are compatible."""

    absolute: float = Field(0.0, ge=0, description="Widen each figure by this much.")
    relative: float = Field(0.0, ge=0, description="Widen each figure by this share of itself.")
    inclusive_bounds: bool = Field(
        False, description="Read 'more than X' / 'less than X' as including X, so they agree with exactly X."
    )
    approx: float | None = Field(
        None, ge=0, le=1, description="Half-width, as a share, of 'about X' figures (the extractor uses 0.1).",
    )


class MonotonicCheck(_Strict):
    """A cumulative figure that only grows (or only shrinks) over time."""

    type: Literal["monotonic"]
    direction: Literal["increasing", "decreasing"] = "increasing"
    tolerance: Tolerance = Tolerance()


class ChangesCheck(_Strict):
    """A figure that may move either way (a cost, a budget): each change is an update."""

    type: Literal["changes"]
    tolerance: Tolerance = Tolerance()


class AgreementCheck(_Strict):
    """Claims for the same subject and time must agree (contradiction)."""

    type: Literal["agreement"]
    tolerance: Tolerance = Tolerance()


class SourcesCheck(_Strict):
    """Different named sources giving incompatible figures."""

    type: Literal["sources"]
    tolerance: Tolerance = Tolerance()


class ScheduleCheck(_Strict):
    """A scheduled date that moves between articles (rescheduled)."""

    type: Literal["schedule"]


class FixedDateCheck(_Strict):
    """The date of a past event never changes; relative dates must resolve to it."""

    type: Literal["fixed_date"]


class DeadlineCheck(_Strict):
    """Deadlines declared missed, or passed by the time a later article restates them."""

    type: Literal["deadline"]
    missed_cues: list[str] = Field(default_factory=list)

    @field_validator("missed_cues")
    @classmethod
    def _phrases_compile(cls, value: list[str]) -> list[str]:
        for phrase in value:
            compile_phrase(phrase)
        return value


class ConsistentCheck(_Strict):
    """Report corroboration: the same value in several articles."""

    type: Literal["consistent"]


Check = Annotated[
    MonotonicCheck | ChangesCheck | AgreementCheck | SourcesCheck | ScheduleCheck | FixedDateCheck | DeadlineCheck | ConsistentCheck,
    Field(discriminator="type"),
]


class Example(_Strict):
    """A sentence documenting the rule; ``claims rules test`` and pytest run them."""

    text: str
    published: dt.date | None = None
    expect: bool = Field(True, description="False: the rule must take no claim from the text.")
    claim: str | None = Field(None, description="Exact text of the expected claim.")
    subject: str | None = None
    value: float | None = None
    start: dt.date | None = None
    end: dt.date | None = None


class Rule(_Strict):
    """One claim type."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    description: str
    kind: list[ClaimKind]
    priority: int = Field(0, description="Higher runs first; a claim is taken by one rule.")
    match: Match = Match()
    subject: SubjectSpec
    checks: list[Check] = Field(default_factory=list)
    severity: dict[FindingKind, Severity] = Field(default_factory=dict)
    examples: list[Example] = Field(default_factory=list)

    @field_validator("kind", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value



# Default severities per finding kind; a rule may override them.
DEFAULT_SEVERITY: dict[FindingKind, Severity] = {
    FindingKind.CONTRADICTION: Severity.ERROR,
    FindingKind.REGRESSION: Severity.WARNING,
    FindingKind.RESCHEDULED: Severity.WARNING,
    FindingKind.MISSED_DEADLINE: Severity.WARNING,
    FindingKind.RELATIVE_DATE_MISMATCH: Severity.WARNING,
    FindingKind.SOURCE_DISAGREEMENT: Severity.INFO,
    FindingKind.UPDATE: Severity.INFO,
    FindingKind.CONSISTENT: Severity.INFO,
}


# ---------------------------------------------------------------------------
# Phrase matching
# ---------------------------------------------------------------------------


def _phrase_items(phrases: Phrases) -> list[str]:
    if isinstance(phrases, dict):
        return [p for group in phrases.values() for p in group]
    return list(phrases)


def _is_regex(phrase: str) -> bool:
    return len(phrase) > 2 and phrase.startswith("/") and phrase.endswith("/")


def _phrase_regex(phrase: str) -> str:
    if _is_regex(phrase):
        return f"(?:{phrase[1:-1]})"
    words = phrase.strip().split()
    parts = []
    for word in words:
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"[\w'-]*")
        else:
            parts.append(re.escape(word))
    return r"(?<![\w-])" + r"\s+".join(parts) + r"(?![\w-])"


def compile_phrase(phrase: str) -> re.Pattern[str]:
    """Compile one phrase; ValueError names the phrase when it is invalid."""
    if not phrase.strip():
        raise ValueError("empty phrase")
    try:
        if _is_regex(phrase):
            return regex.compile(phrase[1:-1], regex.IGNORECASE | regex.V0)
        return re.compile(_phrase_regex(phrase), re.IGNORECASE)
    except (re.error, regex.error) as exc:
        raise ValueError(f"invalid pattern {phrase!r}: {exc}") from None


_WILDCARD = r"[\w'-]*"


class PatternTimeout(Exception):
    """A rule's regular expression took too long on a text (catastrophic backtracking)."""


# Seconds one search with a user-written /regex/ may take before it is abandoned.
REGEX_TIMEOUT = 0.25


class PhraseSet:
    """A list of phrases compiled for matching, with canonical names.

    Literal phrases are merged into one trie-shaped regex (see
    ``claims.textmatch``), so a long cue list costs about as much as a short one
    and cannot backtrack badly. User-written ``/regex/`` phrases run through the
    ``regex`` package with a timeout: a pattern that backtracks catastrophically
    raises PatternTimeout instead of hanging the run.
    """

    __slots__ = ("pattern", "user_patterns", "canonical", "singles")

    def __init__(self, phrases: Phrases):
        groups = phrases if isinstance(phrases, dict) else {p.lower(): [p] for p in phrases}
        self.canonical: dict[str, str] = {}
        self.singles: list[tuple[re.Pattern[str], str]] = []
        literal: list[list[str]] = []
        self.user_patterns: list[tuple[regex.Pattern, str]] = []
        for name, items in groups.items():
            for phrase in items:
                self.canonical[" ".join(phrase.lower().split())] = name
                if _is_regex(phrase):
                    self.user_patterns.append((regex.compile(phrase[1:-1], regex.IGNORECASE | regex.V0), name))
                else:
                    self.singles.append((compile_phrase(phrase), name))
                    literal.append(atoms_of(phrase.lower(), _WILDCARD))
        self.pattern = None
        if literal:
            self.pattern = re.compile(r"(?<![\w-])" + trie_pattern(literal) + r"(?![\w-])", re.IGNORECASE)

    def __bool__(self) -> bool:
        return self.pattern is not None or bool(self.user_patterns)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """``(start, end, canonical_name)`` for each phrase found, in text order."""
        end = len(text) if end is None else end
        hits: list[tuple[int, int, str]] = []
        if self.pattern is not None:
            hits = [(m.start(), m.end(), self.name_of(m.group(0))) for m in self.pattern.finditer(text, start, end)]
        for pattern, name in self.user_patterns:
            try:
                hits += [(m.start(), m.end(), name) for m in pattern.finditer(text, start, end, timeout=REGEX_TIMEOUT)]
            except TimeoutError:
                raise PatternTimeout(pattern.pattern) from None
        if self.user_patterns:
            hits.sort()
        return hits

    def search(self, text: str, start: int = 0, end: int | None = None) -> bool:
        end = len(text) if end is None else end
        if self.pattern is not None and self.pattern.search(text, start, end) is not None:
            return True
        for pattern, _ in self.user_patterns:
            try:
                if pattern.search(text, start, end, timeout=REGEX_TIMEOUT) is not None:
                    return True
            except TimeoutError:
                raise PatternTimeout(pattern.pattern) from None
        return False

    def name_of(self, surface: str) -> str:
        key = " ".join(surface.lower().split())
        if key in self.canonical:
            return self.canonical[key]
        for pattern, name in self.singles:
            if pattern.fullmatch(surface):
                return name
        return key


@dataclass(slots=True)
class CompiledRule:
    """A validated rule with its phrase lists compiled, ready for matching."""

    rule: Rule
    path: str
    cues: PhraseSet
    context: PhraseSet
    exclude: PhraseSet
    nouns: dict[str, str]  # counted noun -> class name
    demonym_class: str | None  # the class "{demonyms}" belongs to
    missed: PhraseSet

    @property
    def id(self) -> str:
        return self.rule.id

    def severity(self, kind: FindingKind) -> Severity:
        return self.rule.severity.get(kind, DEFAULT_SEVERITY[kind])


def compile_rule(rule: Rule, path: str) -> CompiledRule:
    nouns: dict[str, str] = {}
    demonym_class = None
    groups = rule.match.nouns if isinstance(rule.match.nouns, dict) else {n.lower(): [n] for n in rule.match.nouns}
    for name, items in groups.items():
        for noun in items:
            if noun == "{demonyms}":
                demonym_class = name if isinstance(rule.match.nouns, dict) else "people"
                continue
            nouns[noun.lower()] = name
    missed: list[str] = []
    for check in rule.checks:
        if isinstance(check, DeadlineCheck):
            missed.extend(check.missed_cues)
    return CompiledRule(
        rule=rule,
        path=path,
        cues=PhraseSet(rule.match.cues),
        context=PhraseSet(rule.match.context),
        exclude=PhraseSet(rule.match.exclude),
        nouns=nouns,
        demonym_class=demonym_class,
        missed=PhraseSet(missed),
    )


# ---------------------------------------------------------------------------
# Loading, with errors that point at the file and line
# ---------------------------------------------------------------------------


class _NoAliasLoader(yaml.SafeLoader):
    """A safe loader that refuses anchors and aliases (no "billion laughs")."""

    def compose_node(self, parent, index):  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.constructor.ConstructorError(
                None, None, "YAML aliases are not allowed in rule files", event.start_mark
            )
        return super().compose_node(parent, index)

    def construct_yaml_int(self, node):
        try:
            return super().construct_yaml_int(node)
        except ValueError as exc:  # Python refuses integers of thousands of digits
            raise yaml.constructor.ConstructorError(None, None, f"not a usable number ({exc})", node.start_mark) from None

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError) as exc:  # 2014-02-31
            raise yaml.constructor.ConstructorError(None, None, f"not a valid date: {node.value} ({exc})", node.start_mark) from None


_NoAliasLoader.add_constructor("tag:yaml.org,2002:int", _NoAliasLoader.construct_yaml_int)
_NoAliasLoader.add_constructor("tag:yaml.org,2002:timestamp", _NoAliasLoader.construct_yaml_timestamp)


def _field_at(node: yaml.Node | None, mark: yaml.Mark) -> str:
    """The dotted field path of the innermost YAML node at ``mark`` ("match.window.before")."""
    path: list[str] = []
    while node is not None:
        inner = None
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if value_node.start_mark.index <= mark.index <= value_node.end_mark.index:
                    path.append(str(key_node.value))
                    inner = value_node
                    break
        elif isinstance(node, yaml.SequenceNode):
            for number, item in enumerate(node.value):
                if item.start_mark.index <= mark.index <= item.end_mark.index:
                    path.append(str(number))
                    inner = item
                    break
        node = inner
    return ".".join(path) or "yaml"


def _line_of(node: yaml.Node | None, loc: tuple) -> int:
    """The line (1-based) of the YAML node at a pydantic error location."""
    line = node.start_mark.line + 1 if node is not None else 1
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if key_node.value == key:
                    node = value_node
                    line = key_node.start_mark.line + 1
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def _yaml_location(loc: tuple) -> tuple:
    """A pydantic error location as a path in the YAML file.

    Pydantic inserts the tag of a discriminated union after a list index
    (``checks.0.monotonic.direction``); the file has no such level.
    """
    parts = list(loc)
    if len(parts) > 2 and parts[0] == "checks" and isinstance(parts[1], int) and isinstance(parts[2], str):
        del parts[2]
    return tuple(parts)


def parse_rule_text(text: str, path: str) -> Rule:
    """Validate one rule file's text. Raises RuleError listing every problem."""
    node = None
    try:
        node = yaml.compose(text, Loader=_NoAliasLoader)
        data = _NoAliasLoader(text).construct_document(node) if node is not None else None
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        field = _field_at(node, mark) if mark is not None and node is not None else "yaml"
        raise RuleError([f"{path}:{mark.line + 1 if mark else 1}: {field}: {exc.problem}"]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc)
        raise RuleError([f"{path}:{line}: yaml: {problem}"]) from None
    except (ValueError, RecursionError, OverflowError) as exc:  # "2014-02-31", nesting, huge numbers
        raise RuleError([f"{path}:1: yaml: cannot read the file ({type(exc).__name__}: {exc})"]) from None
    if not isinstance(data, dict):
        raise RuleError([f"{path}:1: rule: a rule file must be a mapping of fields"])
    try:
        return Rule.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = _yaml_location(error["loc"])
            field = ".".join(str(p) for p in loc) or "rule"
            message = error["msg"].removeprefix("Value error, ")
            if error["type"] == "union_tag_invalid":
                message = f"unknown check type {error['input'].get('type')!r}" if isinstance(error.get("input"), dict) else message
            problems.append(f"{path}:{_line_of(node, loc)}: {field}: {message}")
        raise RuleError(problems) from None


def rule_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in RULE_SUFFIXES and p.is_file())


def default_rules_dir() -> Path:
    """The default rule pack: top-level ``rules/``, installed as ``claims.default_rules``."""
    checkout = Path(__file__).resolve().parent.parent / "rules"
    if checkout.is_dir():  # running from a source checkout
        return checkout
    return Path(str(resources.files("claims.default_rules")))


def load_rules(folders: Iterable[Path] = (), include_default: bool = True, disabled: Iterable[str] = ()) -> list[CompiledRule]:
    """Load, validate and compile rule files; every problem is reported at once."""
    paths: list[Path] = []
    if include_default:
        paths.extend(rule_files(default_rules_dir()))
    for folder in folders:
        folder = Path(folder)
        if folder.is_file():
            paths.append(folder)
        elif folder.is_dir():
            paths.extend(rule_files(folder))
        else:
            raise RuleError([f"{folder}: no such rule file or folder"])
    problems: list[str] = []
    compiled: list[CompiledRule] = []
    defined: dict[str, str] = {}
    skip = set(disabled)
    for path in paths:
        display = _display(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{display}:1: file: cannot read ({exc})")
            continue
        try:
            rule = parse_rule_text(text, display)
        except RuleError as exc:
            problems.extend(exc.problems)
            continue
        if rule.id in defined:
            problems.append(f"{display}:1: id: rule '{rule.id}' is already defined in {defined[rule.id]}")
            continue
        defined[rule.id] = display
        if rule.id not in skip:
            compiled.append(compile_rule(rule, display))
    if problems:
        raise RuleError(problems)
    compiled.sort(key=lambda r: (-r.rule.priority, r.id))
    return compiled


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


@functools.cache
def rule_schema() -> dict:
    """The JSON Schema of a rule file."""
    return Rule.model_json_schema()
