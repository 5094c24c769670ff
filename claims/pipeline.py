"""The whole run, stage by stage.

documents -> sentences -> extract (quantities, dates) -> rules -> checks -> report

``extract_document`` turns one Document into Claims (with rule and subject);
``run`` does it for every input and then runs the checks over all claims.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from claims.attribution import as_of_date, attributions, is_speech_date, source_for
from claims.baseline import filter_findings, inline_ignores
from claims.checks import run_checks
from claims.classify import DocumentContext, classify, paragraph_spans
from claims.documents import iter_input_files, load_document
from claims.extract.dates import extract_times
from claims.extract.quantities import extract_quantities
from claims.models import Claim, ClaimKind, Document, Finding, QuantityMention, Skipped, TimeMention
from claims.rules import CompiledRule
from claims.sentences import split_sentences


@dataclass(slots=True)
class RunResult:
    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    hidden_by_baseline: int = 0
    hidden_inline: int = 0


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _drop_overlapping(quantities: list[QuantityMention], times: list[TimeMention]) -> list[QuantityMention]:
    """Quantities inside a date or duration are read as the temporal expression."""
    if not times:
        return quantities
    starts = [t.start for t in times]
    kept = []
    for quantity in quantities:
        i = bisect.bisect_right(starts, quantity.end)
        if any(_overlaps(quantity.start, quantity.end, t.start, t.end) for t in times[max(0, i - 3) : i]):
            continue
        kept.append(quantity)
    return kept


def extract_document(doc: Document, rules: list[CompiledRule], first_id: int = 1) -> list[Claim]:
    """All claims of one document, classified by the rules; ids count from ``first_id``."""
    text = doc.text
    sentences = split_sentences(text)
    times = extract_times(text, doc.published)
    quantities = _drop_overlapping(extract_quantities(text), times)

    mentions: list[tuple[int, QuantityMention | TimeMention]] = [(q.start, q) for q in quantities]
    mentions += [(t.start, t) for t in times]
    mentions.sort(key=lambda item: item[0])

    sentence_starts = [s.start for s in sentences]
    time_starts = [t.start for t in times]
    attributions_of: dict[int, list] = {}
    sentence_text: dict[int, str] = {}
    claims: list[Claim] = []
    sentence_index: list[int] = []
    for _, mention in mentions:
        index = max(0, bisect.bisect_right(sentence_starts, mention.start) - 1)
        if not sentences:
            continue
        sentence = sentences[index]
        if index not in attributions_of:
            attributions_of[index] = attributions(text, sentence.start, sentence.end)
            sentence_text[index] = " ".join(sentence.text.split())
        attribution = source_for(attributions_of[index], mention.start)
        source = attribution.source if attribution else None
        verb_end = attribution.verb_end if attribution else None
        first = bisect.bisect_left(time_starts, sentence.start)
        last = bisect.bisect_left(time_starts, sentence.end)
        sentence_times = [t for t in times[first:last] if t is not mention]
        is_quantity = isinstance(mention, QuantityMention)
        claim = Claim(
            id=f"c{first_id + len(claims)}",
            path=doc.path,
            line=doc.line_of(mention.start),
            start=mention.start,
            end=mention.end,
            text=mention.text,
            sentence=sentence_text[index],
            kind=ClaimKind.QUANTITY if is_quantity else mention.kind,
            published=doc.published,
            quantity=mention if is_quantity else None,
            time=None if is_quantity else mention,
            source=source,
            as_of=as_of_date(text, verb_end, sentence_times),
            speech_date=not is_quantity and is_speech_date(text, sentence.start, mention.start),
        )
        claims.append(claim)
        sentence_index.append(index)

    context = DocumentContext(doc, sentences, paragraph_spans(text, sentences), times)
    classify(claims, sentence_index, context, rules)
    return claims


def load_inputs(paths: Iterable[str]) -> tuple[list[Document], list[Skipped]]:
    """Read every input; unreadable ones become Skipped entries."""
    documents: list[Document] = []
    skipped: list[Skipped] = []
    for display, file, reason in iter_input_files(paths):
        if file is None:
            skipped.append(Skipped(display, reason or "skipped"))
            continue
        for loaded in load_document(display, file):
            if isinstance(loaded, Skipped):
                skipped.append(loaded)
            else:
                documents.append(loaded)
    return documents, skipped


# Below this many articles, worker processes cost more than they save.
PARALLEL_MIN_DOCUMENTS = 40

# Called after each document: (document, seconds it took, its index, how many there are).
ProgressCallback = Callable[[Document, float, int, int], None]

_worker_rules: list[CompiledRule] = []


def _init_worker(rules: list[CompiledRule]) -> None:
    global _worker_rules
    _worker_rules = rules


def _extract_safely(doc: Document, rules: list[CompiledRule] | None = None) -> tuple[tuple[list[Claim] | str, list[str]], float]:
    """Claims of one document (or the reason it failed) and its warnings; with the seconds it took.

    The warnings travel back with the claims because a worker process changes
    its own copy of the document.
    """
    started = time.perf_counter()
    claims = extract_or_reason(doc, rules if rules is not None else _worker_rules)
    return (claims, doc.warnings), time.perf_counter() - started


def extract_or_reason(doc: Document, rules: list[CompiledRule]) -> list[Claim] | str:
    """The claims of one document, or why it could not be extracted.

    One bad article must not stop a run: an unexpected error becomes the reason
    the article is listed as skipped.
    """
    try:
        return extract_document(doc, rules)
    except Exception as exc:
        return f"internal error while extracting: {type(exc).__name__}: {exc}"


def extract_all(documents: list[Document], rules: list[CompiledRule], jobs: int = 1,
                progress: ProgressCallback | None = None) -> tuple[list[Document], list[Claim], list[Skipped]]:
    """Extract every document, in worker processes when ``jobs`` > 1.

    The result does not depend on ``jobs``: documents keep their order and claim
    ids are numbered afterwards, so reports are byte-identical.
    """
    if jobs > 1 and len(documents) >= PARALLEL_MIN_DOCUMENTS:
        # load the unit registry and fill lookup caches once, before the workers
        # are forked, instead of once in every worker
        extract_quantities("about 5 percent, 3 tons and $2 million")
        with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(rules,)) as pool:
            outcomes = pool.map(_extract_safely, documents, chunksize=max(1, len(documents) // (jobs * 8)))
            results = list(_report_progress(documents, outcomes, progress))
    else:
        results = list(_report_progress(documents, (_extract_safely(d, rules) for d in documents), progress))
    checked: list[Document] = []
    claims: list[Claim] = []
    skipped: list[Skipped] = []
    for doc, (outcome, warnings) in zip(documents, results):
        doc.warnings = warnings
        if isinstance(outcome, str):
            skipped.append(Skipped(doc.path, outcome))
            continue
        checked.append(doc)
        for claim in outcome:
            claim.id = f"c{len(claims) + 1}"
            claims.append(claim)
    return checked, claims, skipped


def _report_progress(documents, outcomes, progress):
    for index, (doc, (outcome, seconds)) in enumerate(zip(documents, outcomes)):
        if progress is not None:
            progress(doc, seconds, index, len(documents))
        yield outcome


def run(paths: Iterable[str], rules: list[CompiledRule], accepted: frozenset[str] = frozenset(),
        jobs: int = 1, progress: ProgressCallback | None = None) -> RunResult:
    """Read, extract, classify and check: everything but rendering the report.

    ``accepted`` holds fingerprints of findings accepted in a baseline; they and
    the findings an inline ignore comment covers are counted, not reported.
    """
    result = RunResult()
    documents, result.skipped = load_inputs(paths)
    result.documents, result.claims, failed = extract_all(documents, rules, jobs, progress)
    result.skipped.extend(failed)
    ignores = {doc.path: spans for doc in result.documents if (spans := inline_ignores(doc))}
    findings = run_checks(result.claims, rules)
    result.findings, result.hidden_by_baseline, result.hidden_inline = filter_findings(findings, set(accepted), ignores)
    return result
