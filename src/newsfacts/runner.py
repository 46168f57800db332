"""Running extractors over an article: ordering, isolation and validation.

The runner, not pluggy, calls each extractor.  Extractors run in dependency
order (an extractor runs after every extractor producing a kind it
``requires``), ties broken by id, so the order is deterministic.  Each runs in
isolation: an exception becomes an :class:`~newsfacts.models.ErrorRecord` and
the other extractors' facts are still returned.  Facts of an undeclared kind,
or whose spans fall outside the text or disagree with their ``text``, are
rejected into ``errors``.  ``strict=True`` raises instead.

When two or more extractors produce the same kind (the built-in organizations
and a spaCy plugin's, say), the runner resolves that kind once all its
producers have run, before any extractor that ``requires`` it: it calls the
``resolve_conflicts`` implementations one at a time, in pluggy's order, and
keeps the first answer that is not ``None`` and passes validation.  A resolver
that raises or returns invalid facts becomes an error record and the next one
decides; the default policy (:mod:`newsfacts.conflicts`) comes last.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import BaseModel

from . import conflicts
from .errors import ExtractorError, InputError
from .extractor import Extractor
from .models import BUILTIN_KINDS, Article, ArticleFacts, BaseFact, ErrorRecord, Span
from .plugins import DEFAULT_RESOLVER, RegisteredExtractor, Registry, Resolver, get_registry

__all__ = ["KIND_ALIASES", "Pipeline", "normalize_kinds"]

KIND_ALIASES: dict[str, str] = {
    "quotes": "quote",
    "dates": "date",
    "times": "date",
    "casualties": "casualty",
    "organizations": "organization",
    "organisations": "organization",
    "orgs": "organization",
    "incidents": "incident",
}
"""Plural and short names accepted wherever a fact kind is expected."""


def normalize_kinds(kinds: Iterable[str]) -> frozenset[str]:
    """Map names such as ``"quotes"`` or ``"orgs"`` to fact kinds."""
    out = set()
    for k in kinds:
        k = k.strip().lower()
        if k:
            out.add(KIND_ALIASES.get(k, k))
    return frozenset(out)


def _order(extractors: Sequence[RegisteredExtractor]) -> tuple[list[RegisteredExtractor], list[str]]:
    """Dependency order, ties by id; returns the order and the ids caught in a cycle."""
    by_id = {r.id: r for r in extractors}
    deps: dict[str, set[str]] = {}
    for r in extractors:
        deps[r.id] = {
            o.id for o in extractors if o.id != r.id and o.extractor.produces & r.extractor.requires
        }
    order: list[RegisteredExtractor] = []
    done: set[str] = set()
    while len(done) < len(by_id):
        ready = sorted(i for i in by_id if i not in done and deps[i] <= done)
        if not ready:
            break
        done.add(ready[0])
        order.append(by_id[ready[0]])
    cyclic = sorted(i for i in by_id if i not in done)
    order.extend(by_id[i] for i in cyclic)
    return order, cyclic


def _select(extractors: Sequence[RegisteredExtractor], wanted: frozenset[str]) -> list[RegisteredExtractor]:
    """The extractors producing ``wanted`` kinds, with the producers they require."""
    need = set(wanted)
    chosen: dict[str, RegisteredExtractor] = {}
    changed = True
    while changed:
        changed = False
        for r in extractors:
            if r.id not in chosen and r.extractor.produces & need:
                chosen[r.id] = r
                need |= r.extractor.requires
                changed = True
    return list(chosen.values())


def _invalid_span(value: Any, text: str) -> str | None:
    """Why a fact (or a part of it) points outside or past its evidence, else None."""
    if isinstance(value, BaseModel):
        span = getattr(value, "span", None)
        quoted = getattr(value, "text", None)
        if isinstance(span, Span):
            if span.end > len(text):
                return f"span {span.start}:{span.end} is outside the text ({len(text)} characters)"
            if isinstance(quoted, str) and text[span.start : span.end] != quoted:
                return f"text {quoted[:40]!r} differs from its span {span.start}:{span.end}"
        for v in value.__dict__.values():
            if isinstance(v, Span) and v.end > len(text):
                return f"span {v.start}:{v.end} is outside the text ({len(text)} characters)"
            why = _invalid_span(v, text) if isinstance(v, (BaseModel, tuple, list)) else None
            if why:
                return why
    elif isinstance(value, (tuple, list)):
        for v in value:
            why = _invalid_span(v, text)
            if why:
                return why
    return None


_RESOLVE_ARGS = ("kind", "facts", "article")


def _invalid_answer(answer: object, kind: str, text: str) -> str | None:
    """Why a resolver's answer cannot replace the facts of ``kind``, else None."""
    if not isinstance(answer, (list, tuple)):
        return f"returned {type(answer).__name__}, not a list of facts"
    for fact in answer:
        if not isinstance(fact, BaseFact):
            return f"{type(fact).__name__} is not a fact"
        if fact.fact_kind != kind:
            return f"returned a fact of kind {fact.fact_kind!r} while resolving {kind!r}"
        why = _invalid_span(fact, text)
        if why:
            return why
    return None


def _resolve_error(res: Resolver, kind: str, error: str, message: str) -> ErrorRecord:
    return ErrorRecord.model_validate(
        {
            "plugin": res.plugin,
            "version": res.plugin_version,
            "stage": "resolve",
            "error": error,
            "message": f"resolving {kind!r}: {message}",
        }
    )


_DEFAULTS: dict[tuple[frozenset[str] | None, bool], tuple[Registry, Pipeline]] = {}


class Pipeline:
    """An ordered set of extractors that turns articles into :class:`ArticleFacts`.

    ``only`` restricts the output to some fact kinds (their required producers
    still run); ``strict`` re-raises the first failure instead of recording it.
    ``resolvers`` are the ``resolve_conflicts`` implementations to consult, in
    order (default: the built-in policy alone).
    """

    def __init__(
        self,
        extractors: Iterable[RegisteredExtractor | Extractor],
        *,
        only: Iterable[str] | None = None,
        strict: bool = False,
        setup_errors: Sequence[ErrorRecord] = (),
        resolvers: Sequence[Resolver] | None = None,
    ) -> None:
        regs = [
            e if isinstance(e, RegisteredExtractor) else RegisteredExtractor(e, type(e).__module__, None)
            for e in extractors
        ]
        self.wanted: frozenset[str] | None = None
        if only is not None:
            self.wanted = normalize_kinds(only)
            known = BUILTIN_KINDS | {k for r in regs for k in r.extractor.produces}
            unknown = sorted(self.wanted - known)
            if unknown:
                raise InputError(
                    f"unknown fact kind(s): {', '.join(unknown)} (known: {', '.join(sorted(known))})"
                )
            regs = _select(regs, self.wanted)
        self.extractors, cyclic = _order(regs)
        self.strict = strict
        if resolvers is None:
            resolvers = [Resolver(DEFAULT_RESOLVER, None, conflicts.resolve_conflicts, _RESOLVE_ARGS)]
        self.resolvers: tuple[Resolver, ...] = tuple(resolvers)
        producers: dict[str, set[str]] = {}
        for r in self.extractors:
            for kind in r.extractor.produces:
                producers.setdefault(kind, set()).add(r.id)
        self.shared_kinds: dict[str, frozenset[str]] = {
            k: frozenset(ids) for k, ids in sorted(producers.items()) if len(ids) > 1
        }
        """Kinds produced by more than one extractor, with the ids of their producers."""
        self.setup_errors: tuple[ErrorRecord, ...] = tuple(setup_errors)
        if cyclic:
            cycle = ErrorRecord(
                plugin="newsfacts",
                stage="register",
                error="DependencyCycle",
                message=f"extractors {', '.join(cyclic)} require each other; they run last, by id",
            )
            if strict:
                raise ExtractorError(cycle.message)
            self.setup_errors += (cycle,)

    @classmethod
    def default(cls, *, only: Iterable[str] | None = None, strict: bool = False) -> Pipeline:
        """The pipeline of every discovered extractor (built-ins and plugins), cached per registry."""
        registry = get_registry()
        key = (frozenset(only) if only is not None else None, strict)
        cached = _DEFAULTS.get(key)
        if cached is not None and cached[0] is registry:
            return cached[1]
        pipeline = cls.from_registry(registry, only=only, strict=strict)
        _DEFAULTS[key] = (registry, pipeline)
        return pipeline

    @classmethod
    def from_registry(
        cls, registry: Registry, *, only: Iterable[str] | None = None, strict: bool = False
    ) -> Pipeline:
        """The pipeline of the extractors and resolvers of ``registry``."""
        if strict and registry.errors:
            e = registry.errors[0]
            raise ExtractorError(f"plugin {e.plugin!r} failed to {e.stage}: {e.message}")
        return cls(
            registry.extractors.values(),
            only=only,
            strict=strict,
            setup_errors=registry.errors,
            resolvers=registry.resolvers,
        )

    @property
    def ids(self) -> list[str]:
        """Extractor ids in the order they run."""
        return [r.id for r in self.extractors]

    def run(self, article: Article) -> ArticleFacts:
        """Run every extractor over ``article`` and collect the results."""
        facts: list[BaseFact] = []
        errors: list[ErrorRecord] = list(self.setup_errors)
        timings: dict[str, float] = {}
        pending = dict(self.shared_kinds)
        done: set[str] = set()
        for reg in self.extractors:
            ex = reg.extractor
            for kind in sorted(ex.requires & pending.keys()):
                if pending[kind] <= done:
                    del pending[kind]
                    facts = self._resolve(kind, facts, article, errors)
            t0 = time.perf_counter()
            try:
                produced = list(ex.extract(article, tuple(facts)))
            except Exception as exc:
                if self.strict:
                    raise ExtractorError(f"extractor {ex.id!r} failed: {exc!r}") from exc
                errors.append(self._error(reg, "extract", type(exc).__name__, str(exc) or repr(exc)))
                produced = []
            finally:
                timings[ex.id] = time.perf_counter() - t0
                done.add(ex.id)
            rejected: list[str] = []
            for fact in produced:
                why = self._reject(reg, fact, article.text)
                if why:
                    rejected.append(why)
                    continue
                if fact.extractor != ex.id:
                    fact = fact.model_copy(update={"extractor": ex.id})
                facts.append(fact)
            if rejected:
                msg = f"{len(rejected)} fact(s) rejected; first: {rejected[0]}"
                if self.strict:
                    raise ExtractorError(f"extractor {ex.id!r}: {msg}")
                errors.append(self._error(reg, "validate", "InvalidFact", msg))
        for kind in pending:
            facts = self._resolve(kind, facts, article, errors)
        if self.wanted is not None:
            facts = [f for f in facts if f.fact_kind in self.wanted]
        return ArticleFacts.from_facts(article, facts, errors, timings)

    def _resolve(
        self, kind: str, facts: list[BaseFact], article: Article, errors: list[ErrorRecord]
    ) -> list[BaseFact]:
        """``facts`` with those of ``kind`` replaced by the first valid resolver answer."""
        group = [f for f in facts if f.fact_kind == kind]
        if len({f.extractor for f in group}) < 2:
            return facts
        for res in self.resolvers:
            try:
                answer = res(kind=kind, facts=tuple(group), article=article)
                why = None if answer is None else _invalid_answer(answer, kind, article.text)
            except Exception as exc:
                if self.strict:
                    raise ExtractorError(f"resolve_conflicts of {res.plugin!r} failed: {exc!r}") from exc
                errors.append(_resolve_error(res, kind, type(exc).__name__, str(exc) or repr(exc)))
                continue
            if answer is None:
                continue
            if why:
                if self.strict:
                    raise ExtractorError(f"resolve_conflicts of {res.plugin!r}: {why}")
                errors.append(_resolve_error(res, kind, "InvalidFact", why))
                continue
            at = next(i for i, f in enumerate(facts) if f.fact_kind == kind)
            rest = [f for f in facts if f.fact_kind != kind]
            return [*rest[:at], *answer, *rest[at:]]
        return facts

    @staticmethod
    def _reject(reg: RegisteredExtractor, fact: object, text: str) -> str | None:
        if not isinstance(fact, BaseFact):
            return f"{type(fact).__name__} is not a fact"
        if fact.fact_kind not in reg.extractor.produces:
            return f"kind {fact.fact_kind!r} is not declared in produces"
        return _invalid_span(fact, text)

    @staticmethod
    def _error(reg: RegisteredExtractor, stage: str, error: str, message: str) -> ErrorRecord:
        return ErrorRecord.model_validate(
            {
                "plugin": reg.plugin,
                "version": reg.plugin_version,
                "extractor": reg.id,
                "stage": stage,
                "error": error,
                "message": message,
            }
        )
