"""Scoring functions for newsfacts output, following the project's scorer definitions.

Every function takes gold documents and predictions (the JSON objects that
``newsfacts extract --format jsonl`` writes, keyed by id) and returns a flat
dict of metrics.  The definitions are those documented in the project's
scorer (``shared/tools/score.py``); ``tests/test_evaluate_agrees.py`` checks
that the two agree.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

SpanT = tuple[int, int]
Doc = dict[str, Any]


# ------------------------------------------------------------------ basics


def overlap(a: SpanT, b: SpanT) -> int:
    """Characters shared by two half-open spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (all 1.0 when nothing was to be found and nothing was)."""
    if n_pred == 0 and n_gold == 0:
        return 1.0, 1.0, 1.0
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def share(a: int, b: int) -> float | None:
    """``a / b``, or None when ``b`` is 0."""
    return a / b if b else None


def align(n_gold: int, n_pred: int, score: Callable[[int, int], tuple[Any, ...] | None]) -> list[SpanT]:
    """One-to-one greedy alignment, best score first; ties go to earlier gold, then earlier prediction."""
    ranked = sorted(
        ((s, -i, -j) for i in range(n_gold) for j in range(n_pred) if (s := score(i, j)) is not None),
        reverse=True,
    )
    gold_used: set[int] = set()
    pred_used: set[int] = set()
    pairs = []
    for _, ni, nj in ranked:
        i, j = -ni, -nj
        if i not in gold_used and j not in pred_used:
            gold_used.add(i)
            pred_used.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def span_of(obj: Any, key: str = "span") -> SpanT | None:
    """A (start, end) pair from ``obj[key]``, or None."""
    if not isinstance(obj, dict):
        return None
    s = obj.get(key)
    if isinstance(s, dict):
        a, b = s.get("start"), s.get("end")
    elif isinstance(s, (list, tuple)) and len(s) == 2:
        a, b = s
    elif key == "span":
        a, b = obj.get("start"), obj.get("end")
    else:
        return None
    if type(a) is int and type(b) is int and 0 <= a <= b:
        return a, b
    return None


def items(obj: Any, key: str) -> list[dict[str, Any]]:
    """``obj[key]`` as a list of dicts, tolerating anything missing."""
    v = obj.get(key) if isinstance(obj, dict) else None
    return [x for x in v if isinstance(x, dict)] if isinstance(v, list) else []


def count_of(v: Any) -> int | None:
    """An int count from an int, a digit string or a ``{"count": ...}`` object."""
    if isinstance(v, dict):
        for k in ("count", "value", "min"):
            if k in v:
                return count_of(v[k])
        return None
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        return int(v) if v.is_integer() else None
    if isinstance(v, str) and v.strip().isdigit():
        return int(v)
    return None


def squash(s: Any) -> str:
    """Whitespace collapsed to single spaces."""
    return " ".join(str(s or "").split())


# ------------------------------------------------------------------- dates


def _timex(pred: Doc) -> list[tuple[SpanT, str | None, str | None]]:
    out, seen = [], set()
    for d in items(pred, "dates"):
        sp = span_of(d)
        if sp is None or sp[0] == sp[1] or sp in seen:
            continue
        seen.add(sp)
        v = d.get("value")
        out.append((sp, d.get("type"), None if v is None else str(v).strip()))
    return out


class TimexCounts:
    """Running TempEval-3 counts over documents."""

    def __init__(self) -> None:
        self.gold = self.pred = self.relaxed = self.strict = self.type_ok = self.value_ok = 0

    def add(self, golds: Sequence[tuple[SpanT, Any, Any]], preds: Sequence[tuple[SpanT, Any, Any]]) -> None:
        """Align one document's expressions and add its counts."""

        def score(i: int, j: int) -> tuple[Any, ...] | None:
            g, p = golds[i][0], preds[j][0]
            ov = overlap(g, p)
            return (g == p, ov, -abs((g[1] - g[0]) - (p[1] - p[0]))) if ov > 0 else None

        pairs = align(len(golds), len(preds), score)
        self.gold += len(golds)
        self.pred += len(preds)
        self.relaxed += len(pairs)
        for i, j in pairs:
            g, p = golds[i], preds[j]
            self.strict += g[0] == p[0]
            self.type_ok += (g[1] or "").upper() == (p[1] or "").upper()
            self.value_ok += g[2] == p[2]

    def metrics(self, prefix: str) -> dict[str, float | None]:
        """F1 figures under ``prefix``."""
        return {
            f"{prefix}.relaxed_f1": prf(self.relaxed, self.pred, self.gold)[2],
            f"{prefix}.relaxed_precision": prf(self.relaxed, self.pred, self.gold)[0],
            f"{prefix}.relaxed_recall": prf(self.relaxed, self.pred, self.gold)[1],
            f"{prefix}.strict_f1": prf(self.strict, self.pred, self.gold)[2],
            f"{prefix}.type_f1": prf(self.type_ok, self.pred, self.gold)[2],
            f"{prefix}.value_f1": prf(self.value_ok, self.pred, self.gold)[2],
            f"{prefix}.value_accuracy": share(self.value_ok, self.relaxed),
        }


def score_timeml(docs: Iterable[Doc], preds: dict[str, Doc]) -> dict[str, float | None]:
    """TempEval-3 relaxed/strict span F1 and type/value F1 (``timeml.*``)."""
    acc = TimexCounts()
    for doc in docs:
        golds = [
            (
                (g["start"], g["end"]),
                g.get("timex_type"),
                None if g.get("value") is None else str(g["value"]).strip(),
            )
            for g in doc.get("gold", [])
            if g.get("type", "TIMEX3") == "TIMEX3" and g.get("start") is not None
        ]
        acc.add(golds, _timex(preds.get(str(doc["id"]), {})))
    return acc.metrics("timeml")


# ------------------------------------------------------------------ quotes

_TITLE_WORDS = frozenset(
    [
        "president",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "professor",
        "sen",
        "senator",
        "rep",
        "representative",
        "gov",
        "governor",
        "gen",
        "general",
        "col",
        "colonel",
        "lt",
        "sgt",
        "capt",
        "captain",
        "secretary",
        "minister",
        "prime",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "rev",
        "sir",
        "lord",
        "lady",
        "judge",
        "justice",
        "mayor",
        "chief",
        "officer",
        "detective",
        "sheriff",
        "deputy",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "vice",
        "former",
        "candidate",
        "nominee",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "commissioner",
        "attorney",
        "sgt.",
        "jr",
        "sr",
        "st",
        "speaker",
        "leader",
        "premier",
        "foreign",
        "state",
        "u.s",
        "us",
        "dem",
        "gop",
        "r",
        "d",
    ]
)
_FUNCTION_WORDS = frozenset(
    [
        "i",
        "me",
        "my",
        "we",
        "us",
        "our",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "it",
        "its",
        "they",
        "them",
        "their",
        "theirs",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "this",
        "these",
        "those",
        "the",
        "a",
        "an",
        "some",
        "many",
        "several",
        "one",
        "both",
        "all",
        "each",
        "another",
        "other",
        "others",
        "such",
        "no",
        "any",
        "most",
        "few",
        "himself",
        "herself",
        "themselves",
        "itself",
        "someone",
        "somebody",
        "everyone",
        "anyone",
        "nobody",
        "none",
        "there",
        "here",
        "according",
        "but",
        "and",
        "in",
        "on",
        "at",
        "of",
        "for",
        "to",
        "with",
        "as",
        "by",
        "from",
        "if",
        "when",
        "while",
        "after",
        "before",
    ]
)
_WORD_RE = re.compile(r"[^\W\d_][\w'’.\-]*")


def _words(s: str) -> list[str]:
    out = []
    for w in _WORD_RE.findall(s or ""):
        w = re.sub(r"(['’]s|['’])$", "", w).strip(".-")
        if w:
            out.append(w)
    return out


def _name_words(s: str) -> set[str]:
    return {
        w.lower()
        for w in _words(s)
        if w[0].isupper() and w.lower() not in _FUNCTION_WORDS and w.lower().rstrip(".") not in _TITLE_WORDS
    }


def _speaker_ok(gold: Doc, pred: Doc) -> bool:
    gs = (gold["speaker_start"], gold["speaker_end"]) if gold.get("speaker_start") is not None else None
    ps = span_of(pred, "speaker_span")
    if gs is not None and ps is not None and overlap(gs, ps) > 0:
        return True
    names = _name_words(gold.get("speaker") or "")
    if names and pred.get("speaker"):
        return bool(
            names & {w.lower() for w in _words(str(pred["speaker"])) if w.lower() not in _TITLE_WORDS}
        )
    return False


def _quotes(pred: Doc) -> list[tuple[SpanT, Doc]]:
    out, seen = [], set()
    for q in items(pred, "quotes"):
        sp = span_of(q)
        if sp is None or sp[0] == sp[1] or (sp, str(q.get("kind"))) in seen:
            continue
        seen.add((sp, str(q.get("kind"))))
        out.append((sp, q))
    return out


def half_overlap(a: SpanT, b: SpanT) -> tuple[float, int] | None:
    """Match score when the overlap is at least half of the longer span, else None."""
    ov = overlap(a, b)
    longer = max(a[1] - a[0], b[1] - b[0])
    if longer <= 0 or ov * 2 < longer:
        return None
    return ov / longer, ov


def score_polnear(docs: Iterable[Doc], preds: dict[str, Doc]) -> dict[str, float | None]:
    """Quote P/R, recall by gold kind and speaker accuracy (``polnear.*``)."""
    n_gold = n_pred = tp = spk_n = spk_ok = 0
    by_kind: dict[str, list[int]] = {}
    for doc in docs:
        golds = [
            g for g in doc.get("gold", []) if g.get("type", "QUOTE") == "QUOTE" and g.get("start") is not None
        ]
        qs = _quotes(preds.get(str(doc["id"]), {}))
        gsp = [(g["start"], g["end"]) for g in golds]
        pairs = align(len(golds), len(qs), lambda i, j: half_overlap(gsp[i], qs[j][0]))
        n_gold += len(golds)
        n_pred += len(qs)
        tp += len(pairs)
        for g in golds:
            by_kind.setdefault(g.get("quote_kind") or "?", [0, 0])[0] += 1
        for i, j in pairs:
            g = golds[i]
            by_kind[g.get("quote_kind") or "?"][1] += 1
            if g.get("speaker") or g.get("speaker_start") is not None:
                spk_n += 1
                spk_ok += _speaker_ok(g, qs[j][1])
    p, r, f = prf(tp, n_pred, n_gold)
    out: dict[str, float | None] = {"polnear.precision": p, "polnear.recall": r, "polnear.f1": f}
    for kind, (gold, matched) in sorted(by_kind.items()):
        out[f"polnear.recall_{kind}"] = share(matched, gold)
    out["polnear.speaker_accuracy"] = share(spk_ok, spk_n)
    return out


# -------------------------------------------------------------------- orgs


def score_conll(docs: Iterable[Doc], preds: dict[str, Doc]) -> dict[str, float | None]:
    """Exact and lenient ORG mention F1 (``conll2003.*``)."""
    n_gold = n_pred = exact = lenient = 0
    for doc in docs:
        golds = sorted({(g["start"], g["end"]) for g in doc.get("gold", []) if g.get("type") == "ORG"})
        ps = sorted(
            {
                sp
                for o in items(preds.get(str(doc["id"]), {}), "organizations")
                for m in items(o, "mentions")
                if (sp := span_of(m)) is not None and sp[0] < sp[1]
            }
        )
        n_gold += len(golds)
        n_pred += len(ps)
        exact += len(set(golds) & set(ps))
        lenient += len(
            align(
                len(golds),
                len(ps),
                lambda i, j: (
                    (golds[i] == ps[j], overlap(golds[i], ps[j])) if overlap(golds[i], ps[j]) else None
                ),
            )
        )
    pe, re_, fe = prf(exact, n_pred, n_gold)
    return {
        "conll2003.org_precision": pe,
        "conll2003.org_recall": re_,
        "conll2003.org_f1": fe,
        "conll2003.org_f1_lenient": prf(lenient, n_pred, n_gold)[2],
    }


# --------------------------------------------------------------------- gva

_CATEGORY = {
    "dead": "killed", "death": "killed", "deaths": "killed", "fatalities": "killed", "died": "killed",
    "wounded": "injured", "hurt": "injured", "injuries": "injured", "hostages": "hostage",
}  # fmt: skip


def _category(c: Any) -> str:
    c = str(c or "").strip().lower()
    return _CATEGORY.get(c, c)


def _ymd(v: Any) -> str | None:
    if isinstance(v, dict):
        v = v.get("value") or v.get("date") or v.get("text")
    m = re.search(r"\d{4}-\d{2}-\d{2}", str(v)) if v is not None else None
    return m.group(0) if m else None


def _gold_date(s: Any) -> str | None:
    if not s:
        return None
    s = squash(s)
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%Y-%m-%d", "%B %d %Y"):
        try:
            return dt.datetime.strptime(s, fmt).strftime("%Y-%m-%d")
        except ValueError:
            pass
    return _ymd(s)


def _place_text(v: Any) -> str:
    if isinstance(v, dict):
        return " ".join(x for x in v.values() if isinstance(x, str))
    if isinstance(v, list):
        return " ".join(_place_text(x) for x in v)
    return str(v or "")


def main_incident(pred: Doc) -> dict[str, Any]:
    """The first incident's killed, injured, date and location, falling back to the largest counts."""
    incs = items(pred, "incidents")
    inc = incs[0] if incs else {}
    out: dict[str, Any] = {}
    for cat in ("killed", "injured"):
        v = count_of(inc.get(cat)) if inc else None
        if v is None:
            counts = [
                n
                for c in items(pred, "casualties")
                if _category(c.get("category")) == cat and (n := count_of(c.get("count"))) is not None
            ]
            v = max(counts) if counts else None
        out[cat] = v or 0
    out["date"] = _ymd(inc.get("date")) if inc else None
    out["location"] = _place_text(inc.get("location")) if inc else ""
    return out


def score_gva(docs: Iterable[Doc], preds: dict[str, Doc]) -> dict[str, float | None]:
    """Share of articles whose main incident has the gold killed, injured, date and city (``gva.*``)."""
    n = killed = injured = both = date = city = 0
    for doc in docs:
        golds = [
            g for g in doc.get("gold", []) if g.get("killed") is not None or g.get("injured") is not None
        ]
        if not golds:
            continue
        g, m = golds[0], main_incident(preds.get(str(doc["id"]), {}))
        n += 1
        k_ok = m["killed"] == count_of(g.get("killed"))
        i_ok = m["injured"] == count_of(g.get("injured"))
        killed += k_ok
        injured += i_ok
        both += k_ok and i_ok
        date += bool(m["date"]) and m["date"] == _gold_date(g.get("incident_date"))
        gold_city = squash(str(g.get("location") or "").split(",")[0]).lower()
        city += bool(m["location"].strip()) and bool(gold_city) and gold_city in squash(m["location"]).lower()
    return {
        "gva.killed_acc": share(killed, n),
        "gva.injured_acc": share(injured, n),
        "gva.both_acc": share(both, n),
        "gva.date_acc": share(date, n),
        "gva.city_acc": share(city, n),
    }


# ------------------------------------------------------------------- seeds


def find_nth(text: str, sub: str, nth: int = 1) -> SpanT | None:
    """The span of the ``nth`` occurrence of ``sub`` in ``text``."""
    pos = -1
    for _ in range(max(1, int(nth or 1))):
        pos = text.find(sub, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(sub)


def find_words(text: str, sub: str) -> list[SpanT]:
    """Occurrences of ``sub`` that do not sit inside a longer word."""
    out = []
    for m in re.finditer(re.escape(sub), text):
        s, e = m.span()
        inside = (s > 0 and text[s - 1].isalnum() and sub[:1].isalnum()) or (
            e < len(text) and text[e].isalnum() and sub[-1:].isalnum()
        )
        if not inside:
            out.append((s, e))
    return out


def _same_published(gold: str | None, pred: Any) -> bool:
    if isinstance(pred, dict):
        pred = pred.get("value") or pred.get("date")
    if not gold:
        return not pred
    if not pred:
        return False
    g = re.match(r"(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?", gold)
    p = re.match(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?", str(pred))
    if not g or not p:
        return gold.strip() == str(pred).strip()
    return g.group(1) == p.group(1) and (g.group(2) is None or g.group(2) == p.group(2))


def _seed_speaker_ok(gold: Doc, speaker: Any) -> bool:
    if not speaker:
        return False
    said = squash(speaker).lower()
    if any(
        said == squash(n).lower() for n in [gold.get("speaker"), *(gold.get("speaker_aliases") or [])] if n
    ):
        return True
    name = [
        w
        for w in _words(gold.get("speaker") or "")
        if w[0].isupper() and w.lower() not in _TITLE_WORDS and w.lower() not in _FUNCTION_WORDS
    ]
    last = (name or _words(gold.get("speaker") or "") or [""])[-1].lower()
    return bool(last) and last in {w.lower() for w in _words(str(speaker))}


def locate_seed(doc: Doc, text: str) -> Doc:
    """A seed gold document with ``_span`` added to each quote, date and casualty."""
    doc = dict(doc, _text=text)
    for key in ("quotes", "dates", "casualties"):
        doc[key] = [
            dict(x, _span=sp)
            for x in doc.get(key, [])
            if (sp := find_nth(text, x["text"], x.get("occurrence", 1)))
        ]
    doc["_not_cas"] = [sp for t in doc.get("not_casualties", []) for sp in find_words(text, t)]
    return doc


def score_seeds(docs: Iterable[Doc], preds: dict[str, Doc]) -> dict[str, float | None]:
    """Every seed metric (``seeds.*``); ``docs`` come from :func:`locate_seed`."""
    q = {"gold": 0, "pred": 0, "tp": 0, "spk": 0}
    timex = TimexCounts()
    cas = {"gold": 0, "pred": 0, "tp": 0, "both": 0, "fp": 0}
    org = {"forms": 0, "found": 0, "pred": 0, "ok": 0}
    art = {"n": 0, "dct": 0, "title": 0}
    for d in docs:
        p = preds.get(d["id"], {})
        golds, qs = d["quotes"], _quotes(p)
        pairs = align(len(golds), len(qs), lambda i, j: half_overlap(golds[i]["_span"], qs[j][0]))
        q["gold"] += len(golds)
        q["pred"] += len(qs)
        q["tp"] += len(pairs)
        q["spk"] += sum(_seed_speaker_ok(golds[i], qs[j][1].get("speaker")) for i, j in pairs)
        timex.add(
            [(x["_span"], None, x.get("value")) for x in d["dates"]], [(s, None, v) for s, _, v in _timex(p)]
        )
        gc = d["casualties"]
        pc = [
            (sp, count_of(c.get("count")), _category(c.get("category")))
            for c in items(p, "casualties")
            if (sp := span_of(c)) is not None and sp[0] < sp[1]
        ]
        cpairs = align(
            len(gc),
            len(pc),
            lambda i, j: (ov,) if (ov := overlap(gc[i]["_span"], pc[j][0])) > 0 else None,
        )
        cas["gold"] += len(gc)
        cas["pred"] += len(pc)
        cas["tp"] += len(cpairs)
        cas["both"] += sum(pc[j][1] == gc[i]["count"] and pc[j][2] == gc[i]["category"] for i, j in cpairs)
        matched = {j for _, j in cpairs}
        cas["fp"] += sum(
            1
            for j, c in enumerate(pc)
            if j not in matched and any(overlap(c[0], s) > 0 for s in d["_not_cas"])
        )
        forms = {m for o in d.get("organizations", []) for m in o.get("mentions", [])}
        occurrences = [sp for f in forms for sp in find_words(d["_text"], f)]
        mentions = []
        for o in items(p, "organizations"):
            for m in items(o, "mentions"):
                sp = span_of(m)
                txt = m.get("text")
                if txt is None and sp is not None:
                    txt = d["_text"][sp[0] : sp[1]]
                mentions.append((sp, squash(txt).lower()))
        said = {t for _, t in mentions}
        org["forms"] += len(forms)
        org["found"] += sum(squash(f).lower() in said for f in forms)
        uniq = {sp for sp, _ in mentions if sp is not None and sp[0] < sp[1]}
        org["pred"] += len(uniq)
        org["ok"] += sum(any(overlap(sp, g) > 0 for g in occurrences) for sp in uniq)
        a = p.get("article") if isinstance(p.get("article"), dict) else {}
        art["n"] += 1
        art["dct"] += _same_published(d.get("dct"), a.get("published"))
        art["title"] += squash(a.get("title")).lower() == squash(d.get("title")).lower()
    qp, qr, qf = prf(q["tp"], q["pred"], q["gold"])
    tm = timex.metrics("seeds.dates")
    return {
        "seeds.quotes.precision": qp,
        "seeds.quotes.recall": qr,
        "seeds.quotes.f1": qf,
        "seeds.quotes.speaker_accuracy": share(q["spk"], q["tp"]),
        "seeds.dates.relaxed_f1": tm["seeds.dates.relaxed_f1"],
        "seeds.dates.value_f1": tm["seeds.dates.value_f1"],
        "seeds.dates.value_accuracy": tm["seeds.dates.value_accuracy"],
        "seeds.casualties.span_f1": prf(cas["tp"], cas["pred"], cas["gold"])[2],
        "seeds.casualties.count_category_f1": prf(cas["both"], cas["pred"], cas["gold"])[2],
        "seeds.casualties.not_casualty_false_positives": float(cas["fp"]),
        "seeds.orgs.form_recall": share(org["found"], org["forms"]),
        "seeds.orgs.mention_precision": share(org["ok"], org["pred"]),
        "seeds.article.dct_accuracy": share(art["dct"], art["n"]),
        "seeds.article.title_accuracy": share(art["title"], art["n"]),
    }
