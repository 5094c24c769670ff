"""Fast matching of many literal phrases with one regular expression.

Python's ``re`` tries the branches of an alternation one after another at
every position, so "Afghanistan|Albania|Algeria|..." with hundreds of names is
slow. Factoring the phrases into a trie ("A(?:fghanistan|l(?:bania|geria))")
lets the engine discard a position after one character. Phrases are given as
lists of atoms (regex snippets, usually one escaped character each) so that
callers can put ``\\s+`` between words or a wildcard suffix in them.
"""

from __future__ import annotations

import re

_END = ""  # trie key marking the end of a phrase


def atoms_of(phrase: str, wildcard: str | None = None) -> list[str]:
    """Atoms of a literal phrase: escaped characters, ``\\s+`` for spaces.

    With ``wildcard``, a trailing ``*`` on a word becomes that regex.
    """
    atoms: list[str] = []
    words = phrase.split()
    for index, word in enumerate(words):
        if index:
            atoms.append(r"\s+")
        if wildcard is not None and word.endswith("*"):
            atoms.extend(re.escape(ch) for ch in word[:-1])
            atoms.append(wildcard)
        else:
            atoms.extend(re.escape(ch) for ch in word)
    return atoms


def trie_pattern(phrases: list[list[str]]) -> str:
    """One regex (without anchors) matching exactly the given atom sequences."""
    trie: dict = {}
    for atoms in phrases:
        node = trie
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[_END] = {}
    return _emit(trie) if trie else "(?!)"


def _emit(node: dict) -> str:
    branches = []
    optional = _END in node
    for atom in sorted(k for k in node if k != _END):
        branches.append(atom + _emit(node[atom]) if node[atom] else atom)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
    if optional:
        body = (body if body.startswith("(?:") else f"(?:{body})") + "?"
    return body
