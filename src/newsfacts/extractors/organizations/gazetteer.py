"""Gazetteer lookup: a dict keyed by a form's first token, longest forms first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from .lexicon import Entry, keys_of, lexicons
from .tokens import Token, is_acronym

__all__ = ["Form", "Gazetteer", "gazetteer"]


@dataclass(frozen=True)
class Form:
    """One indexed form: its token keys, its spelling, the entry it names and how it may match."""

    keys: tuple[str, ...]
    text: str
    entry: int
    ambiguous: bool
    acronym: bool
    place: bool


class Gazetteer:
    """Forms of the shipped organizations, found by exact token-key sequence."""

    def __init__(
        self, entries: Sequence[Entry], ambiguous: frozenset[str], places: frozenset[tuple[str, ...]]
    ):
        self.entries = tuple(entries)
        index: dict[str, list[Form]] = {}
        seen: set[tuple[str, ...]] = set()
        by_name: dict[str, int] = {}
        for n, entry in enumerate(self.entries):
            by_name.setdefault(entry.name.lower(), n)
            for text in entry.forms:
                keys = keys_of(text)
                variants = [keys]
                dropped_the = len(keys) > 1 and keys[0] == "the"
                if dropped_the:
                    variants = [keys[1:]]
                for k in variants:
                    # the same spelling in two entries: the first one listed wins;
                    # an all-caps form keeps its own slot ("ICE" vs "ice" differ by case only)
                    slot = (*k, "#A" if is_acronym(text) else "")
                    if not k or slot in seen:
                        continue
                    seen.add(slot)
                    amb = text in entry.ambiguous or " ".join(k) in ambiguous or (dropped_the and len(k) == 1)
                    index.setdefault(k[0], []).append(
                        Form(k, text, n, amb, is_acronym(text) and len(k) == 1, k in places)
                    )
        for forms in index.values():
            forms.sort(key=lambda f: -len(f.keys))
        self.index = index
        self.by_name = by_name
        # forms by their first two keys (longest first) and one-token forms, so a common first
        # word ("Bank", "al") costs one dict lookup instead of a scan of every form it starts
        self.by_pair: dict[tuple[str, str], list[Form]] = {}
        self.single: dict[str, list[Form]] = {}
        for key, forms in index.items():
            for f in forms:
                if len(f.keys) == 1:
                    self.single.setdefault(key, []).append(f)
                else:
                    self.by_pair.setdefault((f.keys[0], f.keys[1]), []).append(f)
        # keys of forms that do not start with a capital ("al-Qaeda", "3M", "dpa"), plus "al"/"el"
        self.lower_starts = frozenset(
            {k for k, forms in index.items() if any(not f.text[0].isupper() for f in forms)} | {"al", "el"}
        )

    def lookup(self, keys: tuple[str, ...]) -> int | None:
        """The entry a whole form names exactly, or None."""
        for f in self.index.get(keys[0], ()) if keys else ():
            if f.keys == keys and not f.ambiguous:
                return f.entry
        return None

    def candidates(self, tokens: Sequence[Token], i: int) -> list[Form]:
        """Every form matching the tokens from ``i`` (longest first)."""
        k0 = tokens[i].key
        if k0 not in self.index:
            return []
        out: list[Form] = []
        n = len(tokens)
        if i + 1 < n:
            for f in self.by_pair.get((k0, tokens[i + 1].key), ()):
                m = len(f.keys)
                if i + m <= n and all(tokens[i + j].key == f.keys[j] for j in range(2, m)):
                    out.append(f)
        out.extend(self.single.get(k0, ()))
        return out


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use."""
    lex = lexicons()
    return Gazetteer(lex.entries, lex.ambiguous, lex.places)
