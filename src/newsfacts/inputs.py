"""Reading articles from files, directories, JSON Lines and standard input."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TextIO

import regex

from .reader import read_article
from .resources import data_lines

__all__ = ["InputItem", "InputProblem", "iter_inputs", "record_text"]


@dataclass(frozen=True)
class InputItem:
    """One article to process and where it came from."""

    origin: str
    id: str
    text: str
    published: Any = None

    def as_dict(self) -> dict[str, Any]:
        """The ``{"id", "text", "published"}`` form that :func:`newsfacts.extract_many` takes."""
        return {"id": self.id, "text": self.text, "published": self.published}


@dataclass(frozen=True)
class InputProblem:
    """An input that could not be read, and why."""

    origin: str
    reason: str


def record_text(record: Any) -> str | None:
    """The text to read from an ``{"id", "text", "title", "published"}`` record, None if it has none.

    The record's ``text`` is read, so offsets point into it, unless the record
    also has a ``title`` and the text does not tell the title's story: when the
    text is blank (a scrape that kept only the headline), when it is short and
    shares no content word with the title (a scrape that caught a login wall or
    a newsletter prompt instead of the article), or when the reader finds
    nothing in it but page furniture (a video playlist).  The title is then
    read, and offsets point into the title.
    """
    text = record.get("text") if isinstance(record, Mapping) else None
    if not isinstance(text, str):
        return None
    title = record.get("title")
    if not isinstance(title, str) or not title.strip():
        return text
    if not text.strip() or (len(text) <= _SHORT_TEXT and not _tells_story_of(text, title)):
        return title
    if _all_furniture(text):
        return title  # every line is page furniture: a video playlist
    return text


def _all_furniture(text: str) -> bool:
    """Whether the reader marks every letter of ``text`` as page furniture (a long text is an article)."""
    if len(text) > _FURNITURE_TEXT:
        return False
    article = read_article(text)
    if article.body:
        return False
    pos = 0
    for span in sorted(article.boilerplate, key=lambda sp: sp.start):
        if any(ch.isalpha() for ch in text[pos : span.start]):
            return False
        pos = max(pos, span.end)
    return not any(ch.isalpha() for ch in text[pos:])


# A login wall or newsletter prompt is short; a longer text is an article even when its
# headline uses other words ("Daily Blotter", "Public Safety Log").
_SHORT_TEXT = 1500
_FURNITURE_TEXT = 12_000  # the longest page of widgets and playlists worth reading twice


_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’]*")
_STEM = 5  # "shooting" and "shoots" share "shoot"; "killed" and "killings" share "kille"


def _content_stems(text: str) -> set[str]:
    skip = _function_words()
    return {
        w[:_STEM]
        for m in _WORD.finditer(text)
        if len(w := m.group().lower().rstrip("'’")) > 2 and w not in skip
    }


def _tells_story_of(text: str, title: str) -> bool:
    """Whether ``text`` shares a content word with ``title`` (True when the title has none)."""
    wanted = _content_stems(title)
    return not wanted or not wanted.isdisjoint(_content_stems(text))


@cache
def _function_words() -> frozenset[str]:
    return frozenset(data_lines("title_function_words.txt"))


def _decode(data: bytes, origin: str) -> str | InputProblem:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputProblem(origin, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})")


def _records(text: str, origin: str) -> Iterator[InputItem | InputProblem]:
    seen = 0
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{origin}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputProblem(where, f"invalid JSON ({exc.msg})")
            continue
        body = record_text(obj)
        if body is None:
            yield InputProblem(where, 'expected an object with a "text" string')
            continue
        seen += 1
        ident = str(obj["id"]) if obj.get("id") is not None else f"{Path(origin).stem}-{n}"
        if not body.strip():
            yield InputProblem(where, "empty article")
            continue
        published = obj.get("published", obj.get("dct"))
        yield InputItem(where, ident, body, published)
    if not seen:
        yield InputProblem(origin, "no articles in this JSON Lines input")


def _looks_like_jsonl(text: str) -> bool:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if not lines or not lines[0].lstrip().startswith("{"):
        return False
    try:
        return all(isinstance(json.loads(ln), dict) for ln in lines[:3])
    except json.JSONDecodeError:
        return False


def _from_text(text: str, origin: str, ident: str, jsonl: bool) -> Iterator[InputItem | InputProblem]:
    if jsonl:
        yield from _records(text, origin)
    elif not text.strip():
        yield InputProblem(origin, "empty article")
    else:
        yield InputItem(origin, ident, text)


def _from_file(path: Path) -> Iterator[InputItem | InputProblem]:
    origin = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputProblem(origin, exc.strerror or str(exc))
        return
    text = _decode(data, origin)
    if isinstance(text, InputProblem):
        yield text
        return
    yield from _from_text(text, origin, path.stem, path.suffix.lower() in (".jsonl", ".ndjson"))


def iter_inputs(paths: Iterable[str], stdin: TextIO | None = None) -> Iterator[InputItem | InputProblem]:
    """Articles from each path in turn: files, directories (``*.txt``, recursively),
    JSON Lines files (``*.jsonl``) and ``-`` for standard input."""
    for raw in paths:
        if raw == "-":
            stream = stdin if stdin is not None else sys.stdin
            buffer = getattr(stream, "buffer", None)
            text = _decode(buffer.read(), "<stdin>") if buffer is not None else stream.read()
            if isinstance(text, InputProblem):
                yield text
            else:
                yield from _from_text(text, "<stdin>", "stdin", _looks_like_jsonl(text))
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                yield InputProblem(raw, "directory has no articles (*.txt)")
            for f in files:
                yield from _from_file(f)
        elif path.exists():
            yield from _from_file(path)
        else:
            yield InputProblem(raw, "no such file or directory")
