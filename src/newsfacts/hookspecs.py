"""The hooks a newsfacts plugin can implement.

A plugin is a module or object with functions decorated by
:data:`newsfacts.hookimpl`, announced through an entry point in the group
``newsfacts``.  Hooks only ever gain arguments, never lose them, and an
implementation may accept any subset of a hook's arguments.

There are two hooks: :func:`register_extractors` (every plugin) and
:func:`resolve_conflicts` (rarely needed: the default policy in
:mod:`newsfacts.conflicts` already merges overlapping facts).  The reference,
with examples, is ``docs/plugins/reference.md``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from .extractor import Extractor
    from .models import Article, BaseFact

__all__ = ["PROJECT", "hookimpl", "hookspec", "register_extractors", "resolve_conflicts"]

PROJECT = "newsfacts"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register extractors by calling ``register(extractor_instance)`` for each."""


@hookspec(firstresult=True)
def resolve_conflicts(kind: str, facts: Sequence[BaseFact], article: Article) -> list[BaseFact] | None:
    """Combine the facts of one ``kind`` that two or more extractors produced.

    Called once per article for each kind that more than one extractor
    produced, after all of them have run and before any extractor that
    ``requires`` the kind.  ``facts`` holds every fact of that kind, in the order
    the extractors ran.  Return the facts to keep (merged or chosen), or
    ``None`` to leave the decision to the next implementation; the default one
    (:func:`newsfacts.conflicts.resolve_conflicts`, ``trylast``) always decides.
    """
