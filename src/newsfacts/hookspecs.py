"""The hooks a newsfacts plugin can implement.

A plugin is a module or object with functions decorated by
:data:`newsfacts.hookimpl`, announced through an entry point in the group
``newsfacts``.  Hooks only ever gain arguments, never lose them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from .extractor import Extractor

__all__ = ["PROJECT", "hookimpl", "hookspec", "register_extractors"]

PROJECT = "newsfacts"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register extractors by calling ``register(extractor_instance)`` for each."""
