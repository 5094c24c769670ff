"""The claims store: incremental indexing, and checking drafts against it.

The central property: ``check_against(drafts, store of the archive)`` reports
what one ``claims.pipeline.run`` over drafts and archive together reports,
restricted to findings that involve a draft.
"""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from pathlib import Path

import pytest

from claims.errors import ClaimsError
from claims.pipeline import extract_document, load_inputs, run
from claims.rules import load_rules
from claims.store import SCHEMA_VERSION, check_against, claim_from_row, claim_row, index, store_summary

from conftest import FIXTURES, ROOT

SEEDS = sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
CORPUS = sorted(p.name for p in (FIXTURES / "corpus").glob("*.txt"))

# A small running story of our own: a toll that grows then "falls", a
# conference that moves, an ignore comment in an archived article.
OWN_ARTICLES = {
    "2016-01-quake.txt": """Earthquake Strikes Nepal Valley

January 10, 2016

The earthquake in Nepal has killed more than 2,000 people, officials said.

A donor conference on Nepal is to be held in Geneva in mid-March, diplomats said.
""",
    "2016-02-quake.txt": """Nepal Toll Rises

February 12, 2016

The earthquake in Nepal has killed more than 3,500 people, the health ministry said.

<!-- claims: ignore scheduled-event -->
The donor conference on Nepal, now set for April 20 in Geneva, will seek pledges.
""",
    "2016-03-quake.txt": """Nepal Aid Talks

March 20, 2016

The earthquake in Nepal has killed more than 1,500 people, officials said.

The donor conference on Nepal, now set for May 2 in Geneva, will seek pledges of aid.
""",
}


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def _signature(findings) -> set[tuple]:
    """What a finding says, independent of claim ids."""
    return {
        (f.kind.value, f.severity.value, f.rule, f.subject, f.message, tuple((c.path, c.line, c.text) for c in f.claims))
        for f in findings
    }


def _copy(names: list[str], source: Path, target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(source / name, target / name)
    return target


def _own_articles(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in OWN_ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _corpus(kind: str, tmp_path: Path) -> tuple[Path, list[str]]:
    """A folder of articles (relative to tmp_path) and the names in it."""
    if kind == "seeds":
        return _copy(SEEDS, ROOT / "seeds", tmp_path / "archive"), SEEDS
    if kind == "corpus":
        return _copy(CORPUS, FIXTURES / "corpus", tmp_path / "archive"), CORPUS
    return _own_articles(tmp_path / "archive"), sorted(OWN_ARTICLES)


CASES = [(kind, i) for kind, names in (("seeds", SEEDS), ("corpus", CORPUS), ("own", sorted(OWN_ARTICLES)))
         for i in range(len(names))]


@pytest.mark.parametrize(("kind", "draft_index"), CASES)
def test_check_against_store_of_others_matches_a_full_run(kind, draft_index, rules, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    archive, names = _corpus(kind, tmp_path)
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    draft_name = names[draft_index]
    shutil.move(archive / draft_name, drafts / draft_name)
    draft = f"drafts/{draft_name}"
    index(["archive"], Path("store.db"), rules)

    result = check_against([draft], Path("store.db"), rules)
    full = run([draft, "archive"], rules)

    expected = [f for f in full.findings if any(c.path == draft for c in f.claims)]
    assert _signature(result.findings) == _signature(expected)
    # every claim a finding names is in the result, with its article
    ids = {c.id for c in result.claims}
    paths = {d.path for d in result.documents}
    assert all(c.id in ids and c.path in paths for f in result.findings for c in f.claims)
    assert result.documents[0].path == draft


def test_findings_exist_and_stored_ignore_comments_apply(rules, tmp_path, monkeypatch):
    """Guard against a vacuous equivalence: stored claims do take part in findings."""
    monkeypatch.chdir(tmp_path)
    _own_articles(tmp_path / "archive")
    shutil.move("archive/2016-03-quake.txt", "draft.txt")
    index(["archive"], Path("store.db"), rules)
    result = check_against(["draft.txt"], Path("store.db"), rules)
    assert "regression" in {f.kind.value for f in result.findings}
    # the move of the conference (02 -> 03) is hidden by the ignore comment stored with 02
    assert result.hidden_inline == 1
    assert any(c.path.startswith("archive/") for f in result.findings for c in f.claims)


@pytest.mark.parametrize("draft", ["archive/2015-06-yemen.txt", "./archive/2015-06-yemen.txt"])
def test_a_draft_already_in_the_store_is_not_counted_twice(draft, rules, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _copy(CORPUS, FIXTURES / "corpus", tmp_path / "archive")
    index(["archive"], Path("store.db"), rules)
    result = check_against([draft], Path("store.db"), rules)
    stored_paths = {c.path for c in result.claims if c.id.startswith("s")}
    assert "archive/2015-06-yemen.txt" not in stored_paths
    full = run(["archive"], rules)
    expected = [f for f in full.findings if any(c.path == "archive/2015-06-yemen.txt" for c in f.claims)]
    assert len(result.findings) == len(expected) > 0
    assert {f.kind for f in result.findings} == {f.kind for f in expected}


@pytest.mark.parametrize("name", SEEDS)
def test_claims_survive_the_round_trip(name, rules):
    documents, _ = load_inputs([str(ROOT / "seeds" / name)])
    claims = extract_document(documents[0], rules)
    assert claims
    for rowid, claim in enumerate(claims, 1):
        rebuilt = claim_from_row((rowid, claim.path, *claim_row(claim)))
        assert rebuilt.id == f"s{rowid}"
        assert dataclasses.replace(rebuilt, id=claim.id) == claim


def test_second_index_of_an_unchanged_folder_extracts_nothing(rules, tmp_path):
    archive = _copy(SEEDS, ROOT / "seeds", tmp_path / "archive")
    (archive / "notes.csv").write_text("a,b\n")
    store = tmp_path / "store.db"
    first = index([str(archive)], store, rules)
    assert (first.extracted, first.unchanged, first.skipped) == (len(SEEDS), 0, 1)
    assert first.claims > 0
    second = index([str(archive)], store, rules)
    assert (second.extracted, second.unchanged, second.skipped, second.claims) == (0, len(SEEDS), 1, 0)
    summary = store_summary(store)
    assert summary["documents"] == len(SEEDS) and summary["claims"] == first.claims


def test_a_changed_file_is_re_extracted_and_a_removed_one_forgotten(rules, tmp_path):
    archive = _own_articles(tmp_path / "archive")
    store = tmp_path / "store.db"
    index([str(archive)], store, rules)
    before = store_summary(store)["claims"]

    changed = archive / "2016-01-quake.txt"
    changed.write_text(changed.read_text().replace("more than 2,000 people", "more than 2,000 people and 40 soldiers"))
    (archive / "2016-02-quake.txt").unlink()
    stats = index([str(archive)], store, rules)
    assert (stats.extracted, stats.unchanged, stats.removed) == (1, 1, 1)

    conn = sqlite3.connect(store)
    texts = {row[0] for row in conn.execute("SELECT text FROM claims")}
    paths = {row[0] for row in conn.execute("SELECT path FROM documents")}
    conn.close()
    assert "40 soldiers" in texts
    assert not any(p.endswith("2016-02-quake.txt") for p in paths)
    assert store_summary(store)["claims"] != before


def test_parallel_index_writes_the_same_claims(rules, tmp_path):
    archive = _copy(SEEDS, ROOT / "seeds", tmp_path / "archive")
    rows = []
    for jobs in (1, 2):
        store = tmp_path / f"store{jobs}.db"
        index([str(archive)], store, rules, jobs=jobs)
        conn = sqlite3.connect(store)
        rows.append(conn.execute("SELECT * FROM claims ORDER BY id").fetchall())
        conn.close()
    assert rows[0] == rows[1] and rows[0]


def _set_schema_version(store: Path, version: int) -> None:
    conn = sqlite3.connect(store)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),))
    conn.commit()
    conn.close()


@pytest.mark.parametrize("operation", ["index", "check_against"])
def test_another_schema_version_is_refused(operation, rules, tmp_path):
    archive = _copy(CORPUS, FIXTURES / "corpus", tmp_path / "archive")
    store = tmp_path / "store.db"
    index([str(archive)], store, rules)
    _set_schema_version(store, 7)
    with pytest.raises(ClaimsError, match=rf"store schema version 7 is not supported \(expected {SCHEMA_VERSION}\); "
                                          "re-create it with claims index"):
        if operation == "index":
            index([str(archive)], store, rules)
        else:
            check_against([str(archive / CORPUS[0])], store, rules)


@pytest.mark.parametrize(("content", "message"), [
    (b"this is a text file, not a database\n", "not an SQLite database"),
    (None, "not a claims store"),  # an SQLite database of something else
])
@pytest.mark.parametrize("operation", ["index", "check_against"])
def test_a_file_that_is_not_a_store_is_refused(content, message, operation, rules, tmp_path):
    store = tmp_path / "store.db"
    if content is None:
        conn = sqlite3.connect(store)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    else:
        store.write_bytes(content)
    with pytest.raises(ClaimsError, match=message):
        if operation == "index":
            index([str(FIXTURES / "corpus")], store, rules)
        else:
            check_against([str(FIXTURES / "corpus" / CORPUS[0])], store, rules)


def test_a_missing_store_is_an_error_for_check_against(rules, tmp_path):
    with pytest.raises(ClaimsError, match="no such claims store"):
        check_against([str(FIXTURES / "corpus" / CORPUS[0])], tmp_path / "missing.db", rules)


def test_a_store_indexed_with_other_rules_is_refused(rules, tmp_path):
    store = tmp_path / "store.db"
    index([str(FIXTURES / "corpus")], store, load_rules(disabled=["deadline"]))
    with pytest.raises(ClaimsError, match="other rules"):
        check_against([str(FIXTURES / "corpus" / CORPUS[0])], store, rules)
    # indexing with the new rules re-extracts everything, after which checking works
    stats = index([str(FIXTURES / "corpus")], store, rules)
    assert stats.extracted == len(CORPUS)
    check_against([str(FIXTURES / "corpus" / CORPUS[0])], store, rules)


def test_a_rules_change_re_extracts_the_whole_store(rules, tmp_path):
    """Indexing another folder with new rules must not leave claims typed by the old ones."""
    seeds = _copy(SEEDS, ROOT / "seeds", tmp_path / "seeds")
    corpus = _copy(CORPUS, FIXTURES / "corpus", tmp_path / "corpus")
    store = tmp_path / "store.db"
    index([str(seeds)], store, load_rules(disabled=["deadline"]))
    (seeds / SEEDS[0]).unlink()
    stats = index([str(corpus)], store, rules)
    assert (stats.extracted, stats.removed) == (len(CORPUS) + len(SEEDS) - 1, 1)
    conn = sqlite3.connect(store)
    rules_in_store = {row[0] for row in conn.execute("SELECT DISTINCT rule FROM claims WHERE rule IS NOT NULL")}
    seed_files = conn.execute("SELECT COUNT(*) FROM files WHERE path LIKE ?", (f"{seeds.as_posix()}/%",)).fetchone()[0]
    conn.close()
    assert "deadline" in rules_in_store and seed_files == len(SEEDS) - 1
