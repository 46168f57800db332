"""pytest fixtures for plugin authors, loaded by pytest wherever newsfacts is installed.

The ``pytest11`` entry point ``newsfacts`` points here, so a plugin's tests can
use these fixtures without a ``conftest.py``:

``newsfacts_plugins``
    registers plugins or extractors process-wide for one test and unregisters
    them afterwards, so ``newsfacts.extract()`` runs them as if installed.
``newsfacts_builtins_only``
    hides every installed entry-point plugin for one test (as
    ``NEWSFACTS_LOAD_PLUGINS=`` does), so results do not depend on what else is
    installed.

This module imports nothing beyond pytest and newsfacts itself when pytest
loads it; hypothesis is imported only by the checks that need it, so installing
newsfacts never breaks pytest for a project without hypothesis.  Disable it with
``pytest -p no:newsfacts``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .extractor import Extractor
    from .models import ArticleFacts
    from .plugins import Registry

__all__ = ["PluginRegistrar", "newsfacts_builtins_only", "newsfacts_plugins"]


class PluginRegistrar:
    """What the ``newsfacts_plugins`` fixture gives a test."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def register(self, plugin: object, name: str | None = None) -> str:
        """Register a plugin (a module or an object with hook implementations); returns its name."""
        from .plugins import register_plugin

        registered = register_plugin(plugin, name)
        self.names.append(registered)
        return registered

    def register_extractors(self, *extractors: Extractor, name: str | None = None) -> str:
        """Register extractors as one plugin (named ``name``, or after the first id)."""
        from .testing import ExtractorPlugin

        if not extractors:
            raise ValueError("give at least one extractor")
        return self.register(ExtractorPlugin(*extractors), name or f"test-{extractors[0].id}")

    def unregister(self, name: str) -> None:
        """Remove a plugin this fixture registered."""
        from .plugins import unregister_plugin

        unregister_plugin(name)
        if name in self.names:
            self.names.remove(name)

    @property
    def registry(self) -> Registry:
        """The process-wide registry as it is now."""
        from .plugins import get_registry

        return get_registry()

    def extract(self, text: str, **kwargs: Any) -> ArticleFacts:
        """``newsfacts.extract(text, **kwargs)`` with the registered plugins."""
        from .api import extract

        return extract(text, **kwargs)

    def close(self) -> None:
        """Unregister everything this fixture registered."""
        for name in list(reversed(self.names)):
            self.unregister(name)


@pytest.fixture
def newsfacts_plugins() -> Iterator[PluginRegistrar]:
    """Register newsfacts plugins or extractors for the duration of one test."""
    registrar = PluginRegistrar()
    try:
        yield registrar
    finally:
        registrar.close()


@pytest.fixture
def newsfacts_builtins_only() -> Iterator[None]:
    """Load no entry-point plugins during this test: only the built-ins (and fixture-registered ones)."""
    from .plugins import LOAD_PLUGINS_ENV, reset_registry

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(LOAD_PLUGINS_ENV, "")
        reset_registry()
        yield
    reset_registry()
