"""A plain-text rendering of results for people (``--format table``)."""

from __future__ import annotations

from .models import ArticleFacts, BaseFact

__all__ = ["render_table"]

_WIDTH = 100


def _clip(s: str, n: int = 70) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _describe(f: BaseFact) -> str:
    d = f.model_dump(exclude={"fact_kind", "text", "span", "extractor", "confidence"}, exclude_none=True)
    keys = {
        "quote": ("kind", "speaker", "cue"),
        "date": ("type", "value", "mod"),
        "casualty": ("category", "count", "qualifier"),
        "organization": ("name", "type"),
        "incident": ("kind", "date", "location", "killed", "injured", "hostages", "perpetrator"),
    }.get(f.fact_kind, tuple(d))
    parts = []
    for k in keys:
        v = d.get(k)
        if isinstance(v, dict):
            v = v.get("count", v.get("text"))
        if v not in (None, "", [], (), {}):
            parts.append(f"{k}={v}")
    return " ".join(parts)


def render_table(result: ArticleFacts) -> str:
    """One block per article: its metadata, then one line per fact."""
    a = result.article
    lines = [f"== {result.id}", f"  title      {a.title or '-'}"]
    lines.append(f"  published  {a.published.isoformat() if a.published else '-'}")
    lines.append(f"  source     {a.source or '-'}")
    lines.append(f"  dateline   {a.dateline or '-'}")
    for f in result.facts:
        where = f"{f.span.start}:{f.span.end}"
        lines.append(
            f"  {f.fact_kind:<12} {where:>11}  {_clip(f.text, 48):<48}  {_describe(f)}"[: _WIDTH * 2]
        )
    for e in result.errors:
        lines.append(f"  ERROR {e.plugin} {e.extractor or ''} ({e.stage}): {e.error}: {_clip(e.message)}")
    return "\n".join(lines) + "\n"
