"""Plugin discovery: built-in extractors and entry points, loaded one at a time.

Built-in extractors are the modules of :mod:`newsfacts.extractors`; each is
registered as a default plugin through the same ``register_extractors`` hook that
third-party plugins use.  Third-party plugins are entry points in the group
``newsfacts``.  A plugin that fails to import or to register is recorded as an
:class:`~newsfacts.models.ErrorRecord` and skipped (``strict=True`` raises
instead).  The environment variable ``NEWSFACTS_LOAD_PLUGINS`` (a comma-separated
list of entry point or distribution names; empty for none) restricts which
third-party plugins load.
"""

from __future__ import annotations

import importlib
import importlib.metadata as md
import os
import pkgutil
import threading
import traceback
from collections.abc import Iterable
from dataclasses import dataclass, field
from types import ModuleType

import pluggy

from . import hookspecs
from .errors import PluginError
from .extractor import Extractor
from .models import ErrorRecord

__all__ = [
    "ENTRY_POINT_GROUP",
    "LOAD_PLUGINS_ENV",
    "PluginInfo",
    "RegisteredExtractor",
    "Registry",
    "get_registry",
    "load_registry",
    "reset_registry",
]

ENTRY_POINT_GROUP = "newsfacts"
LOAD_PLUGINS_ENV = "NEWSFACTS_LOAD_PLUGINS"
BUILTIN_PACKAGE = "newsfacts.extractors"


@dataclass(frozen=True)
class RegisteredExtractor:
    """An extractor stamped with the plugin that registered it."""

    extractor: Extractor
    plugin: str
    plugin_version: str | None

    @property
    def id(self) -> str:
        """The extractor's id."""
        return self.extractor.id


@dataclass
class PluginInfo:
    """One loaded plugin and the ids of the extractors it registered."""

    name: str
    version: str | None
    builtin: bool
    extractors: list[str] = field(default_factory=list)


@dataclass
class Registry:
    """The extractors available in this process, and what failed to load."""

    extractors: dict[str, RegisteredExtractor] = field(default_factory=dict)
    plugins: list[PluginInfo] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready description, as printed by ``newsfacts plugins --json``."""
        return {
            "plugins": [
                {
                    "name": p.name,
                    "version": p.version,
                    "builtin": p.builtin,
                    "extractors": [
                        {
                            "id": x.id,
                            "version": x.extractor.version,
                            "produces": sorted(x.extractor.produces),
                            "requires": sorted(x.extractor.requires),
                        }
                        for i in p.extractors
                        if (x := self.extractors.get(i)) is not None
                    ],
                }
                for p in self.plugins
            ],
            "errors": [e.model_dump() for e in self.errors],
        }


def _error(plugin: str, version: str | None, stage: str, exc: BaseException) -> ErrorRecord:
    return ErrorRecord.model_validate(
        {
            "plugin": plugin,
            "version": version,
            "stage": stage,
            "error": type(exc).__name__,
            "message": str(exc) or "".join(traceback.format_exception_only(type(exc), exc)).strip(),
        }
    )


def _builtin_modules() -> Iterable[tuple[str, ModuleType | BaseException]]:
    package = importlib.import_module(BUILTIN_PACKAGE)
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        name = f"{BUILTIN_PACKAGE}.{info.name}"
        try:
            yield name, importlib.import_module(name)
        except Exception as exc:  # a broken built-in must not stop the others
            yield name, exc


def _allowed(ep: md.EntryPoint, allow: frozenset[str] | None) -> bool:
    if allow is None:
        return True
    dist = ep.dist.name if ep.dist is not None else None
    return ep.name in allow or (dist is not None and dist in allow)


def _allow_list(allow: Iterable[str] | None) -> frozenset[str] | None:
    if allow is not None:
        return frozenset(allow)
    raw = os.environ.get(LOAD_PLUGINS_ENV)
    if raw is None:
        return None
    return frozenset(s.strip() for s in raw.split(",") if s.strip())


def load_registry(
    *,
    strict: bool = False,
    allow: Iterable[str] | None = None,
    entry_points: bool = True,
    extra_plugins: Iterable[tuple[str, object]] = (),
) -> Registry:
    """Discover plugins and collect their extractors.

    ``allow`` overrides ``NEWSFACTS_LOAD_PLUGINS``; ``entry_points=False`` loads
    the built-ins alone; ``extra_plugins`` are ``(name, plugin)`` pairs registered
    after them (as the testing fixtures do).
    """
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    registry = Registry()
    versions: dict[str, str | None] = {}
    builtin: set[str] = set()

    def fail(plugin: str, version: str | None, stage: str, exc: BaseException) -> None:
        if strict:
            raise PluginError(f"plugin {plugin!r} failed to {stage}: {exc}") from exc
        registry.errors.append(_error(plugin, version, stage, exc))

    from . import __version__

    for name, module in _builtin_modules():
        if isinstance(module, BaseException):
            fail(name, __version__, "load", module)
            continue
        pm.register(module, name=name)
        versions[name] = __version__
        builtin.add(name)

    if entry_points:
        allowed = _allow_list(allow)
        for ep in sorted(md.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            version = ep.dist.version if ep.dist is not None else None
            if not _allowed(ep, allowed) or pm.has_plugin(ep.name):
                continue
            try:
                pm.register(ep.load(), name=ep.name)
            except Exception as exc:
                fail(ep.name, version, "load", exc)
                continue
            versions[ep.name] = version

    for name, plugin in extra_plugins:
        try:
            pm.register(plugin, name=name)
        except Exception as exc:
            fail(name, None, "load", exc)
            continue
        versions[name] = getattr(plugin, "__version__", None)

    for impl in pm.hook.register_extractors.get_hookimpls():  # registration order
        name = impl.plugin_name
        info = PluginInfo(name=name, version=versions.get(name), builtin=name in builtin)
        registry.plugins.append(info)

        def register(extractor: Extractor, _info: PluginInfo = info) -> None:
            _check_extractor(extractor)
            if extractor.id in registry.extractors:
                owner = registry.extractors[extractor.id].plugin
                raise ValueError(f"extractor id {extractor.id!r} is already registered by {owner!r}")
            registry.extractors[extractor.id] = RegisteredExtractor(extractor, _info.name, _info.version)
            _info.extractors.append(extractor.id)

        try:
            impl.function(register=register)
        except Exception as exc:
            fail(name, info.version, "register", exc)
    return registry


def _check_extractor(extractor: object) -> None:
    """Raise ``TypeError`` unless ``extractor`` declares itself properly."""
    ident = getattr(extractor, "id", None)
    if not isinstance(ident, str) or not ident.strip():
        raise TypeError(f"{extractor!r} has no string 'id'")
    produces = getattr(extractor, "produces", None)
    if (
        not isinstance(produces, (frozenset, set))
        or not produces
        or not all(isinstance(k, str) for k in produces)
    ):
        raise TypeError(f"extractor {ident!r} must declare 'produces' as a non-empty set of kinds")
    requires: object = getattr(extractor, "requires", frozenset())
    if not isinstance(requires, (frozenset, set)) or not all(isinstance(k, str) for k in requires):
        raise TypeError(f"extractor {ident!r} must declare 'requires' as a set of kinds")
    if not callable(getattr(extractor, "extract", None)):
        raise TypeError(f"extractor {ident!r} has no extract() method")


_lock = threading.Lock()
_cached: Registry | None = None


def get_registry() -> Registry:
    """The process-wide registry, discovered once on first use."""
    global _cached
    with _lock:
        if _cached is None:
            _cached = load_registry()
        return _cached


def reset_registry() -> None:
    """Forget the cached registry so that the next use discovers plugins again."""
    global _cached
    with _lock:
        _cached = None
