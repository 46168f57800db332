"""Plugin discovery: built-in extractors and entry points, loaded one at a time.

Built-in extractors are the modules of :mod:`newsfacts.extractors`; each is
registered as a default plugin through the same ``register_extractors`` hook that
third-party plugins use.  Third-party plugins are entry points in the group
``newsfacts``.  A plugin that fails to import or to register is recorded as an
:class:`~newsfacts.models.ErrorRecord` and skipped (``strict=True`` raises
instead).  The environment variable ``NEWSFACTS_LOAD_PLUGINS`` (a comma-separated
list of entry point or distribution names; empty for none) restricts which
third-party plugins load.

The registry also collects the ``resolve_conflicts`` implementations, in the
order pluggy would call them, with the default policy
(:mod:`newsfacts.conflicts`) last.  :func:`register_plugin` adds a plugin to the
process-wide registry until :func:`unregister_plugin` (the pytest fixtures in
:mod:`newsfacts.pytest_plugin` use them).
"""

from __future__ import annotations

import importlib
import importlib.metadata as md
import os
import pkgutil
import threading
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

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
    "Resolver",
    "get_registry",
    "load_registry",
    "register_plugin",
    "reset_registry",
    "unregister_plugin",
    "validate_extractor",
]

ENTRY_POINT_GROUP = "newsfacts"
LOAD_PLUGINS_ENV = "NEWSFACTS_LOAD_PLUGINS"
BUILTIN_PACKAGE = "newsfacts.extractors"
DEFAULT_RESOLVER = "newsfacts.conflicts"


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


@dataclass(frozen=True)
class Resolver:
    """One ``resolve_conflicts`` implementation, stamped with its plugin."""

    plugin: str
    plugin_version: str | None
    function: Callable[..., Any]
    argnames: tuple[str, ...]

    def __call__(self, **kwargs: Any) -> Any:
        """Call the implementation with the arguments it accepts."""
        return self.function(**{a: kwargs[a] for a in self.argnames if a in kwargs})


@dataclass
class PluginInfo:
    """One loaded plugin: the hooks it implements and the ids of the extractors it registered."""

    name: str
    version: str | None
    builtin: bool
    extractors: list[str] = field(default_factory=list)
    hooks: list[str] = field(default_factory=list)


@dataclass
class Registry:
    """The extractors available in this process, and what failed to load."""

    extractors: dict[str, RegisteredExtractor] = field(default_factory=dict)
    plugins: list[PluginInfo] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
    resolvers: list[Resolver] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready description, as printed by ``newsfacts plugins --json``."""
        return {
            "plugins": [
                {
                    "name": p.name,
                    "version": p.version,
                    "builtin": p.builtin,
                    "hooks": list(p.hooks),
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

    from . import __version__, conflicts

    pm.register(conflicts, name=DEFAULT_RESOLVER)
    versions[DEFAULT_RESOLVER] = __version__
    builtin.add(DEFAULT_RESOLVER)

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

    for name, plugin in pm.list_name_plugin():  # registration order
        if plugin is None:
            continue
        hooks = sorted(c.name for c in pm.get_hookcallers(plugin) or ())
        if hooks:
            registry.plugins.append(PluginInfo(name, versions.get(name), name in builtin, hooks=hooks))
    infos = {p.name: p for p in registry.plugins}
    known = sorted(n for n, c in vars(pm.hook).items() if isinstance(c, pluggy.HookCaller) and c.has_spec())
    for hook, caller in sorted(vars(pm.hook).items()):
        if isinstance(caller, pluggy.HookCaller) and not caller.has_spec():
            for impl in caller.get_hookimpls():
                why = PluginError(f"implements unknown hook {hook!r} (the hooks are {', '.join(known)})")
                fail(impl.plugin_name, versions.get(impl.plugin_name), "register", why)

    for impl in pm.hook.register_extractors.get_hookimpls():  # registration order
        info = infos[impl.plugin_name]

        def register(extractor: Extractor, _info: PluginInfo = info) -> None:
            validate_extractor(extractor)
            if extractor.id in registry.extractors:
                owner = registry.extractors[extractor.id].plugin
                raise ValueError(f"extractor id {extractor.id!r} is already registered by {owner!r}")
            registry.extractors[extractor.id] = RegisteredExtractor(extractor, _info.name, _info.version)
            _info.extractors.append(extractor.id)

        try:
            impl.function(register=register)
        except Exception as exc:
            fail(info.name, info.version, "register", exc)

    for impl in reversed(pm.hook.resolve_conflicts.get_hookimpls()):  # the order pluggy calls them
        info = infos[impl.plugin_name]
        registry.resolvers.append(Resolver(info.name, info.version, impl.function, tuple(impl.argnames)))
    return registry


def validate_extractor(extractor: object) -> None:
    """Raise ``TypeError`` unless ``extractor`` declares its id, produces, requires and extract()."""
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


_lock = threading.RLock()
_cached: Registry | None = None
_extra: dict[str, object] = {}


def get_registry() -> Registry:
    """The process-wide registry, discovered once on first use."""
    global _cached
    with _lock:
        if _cached is None:
            _cached = load_registry(extra_plugins=list(_extra.items()))
        return _cached


def reset_registry() -> None:
    """Forget the cached registry so that the next use discovers plugins again."""
    global _cached
    with _lock:
        _cached = None


def register_plugin(plugin: object, name: str | None = None) -> str:
    """Add ``plugin`` to the process-wide registry (after the built-ins and entry points).

    Returns the name it is registered under (``name``, or one made from the
    object).  The registry is rediscovered on next use.
    """
    name = name or getattr(plugin, "__name__", None) or f"{type(plugin).__name__}-{id(plugin):x}"
    with _lock:
        if name in _extra:
            raise ValueError(f"a plugin named {name!r} is already registered")
        _extra[name] = plugin
        reset_registry()
    return name


def unregister_plugin(name: str) -> None:
    """Remove a plugin added by :func:`register_plugin`; unknown names are ignored."""
    with _lock:
        if _extra.pop(name, None) is not None:
            reset_registry()
