"""The ``newsfacts`` command: ``extract``, ``incidents``, ``plugins`` and ``schema``.

Exit status: 0 when every input was processed, 1 when some input failed, 2 for
usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .api import extract_many
from .errors import InputError, NewsfactsError
from .inputs import InputItem, InputProblem, iter_inputs
from .models import ArticleFacts
from .plugins import get_registry
from .reader import coerce_published
from .render import render_table
from .runner import Pipeline

__all__ = ["main", "write_schema"]

SCHEMA_FILE = "article_facts.schema.json"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsfacts", description="Extract typed, verifiable facts from English news articles."
    )
    parser.add_argument("--version", action="version", version=f"newsfacts {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract facts from articles", description=extract_help())
    ex.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, *.jsonl, or - for stdin")
    ex.add_argument("--format", choices=["jsonl", "json", "table"], default="jsonl", help="output format")
    ex.add_argument("--only", metavar="KINDS", help="comma-separated fact kinds, e.g. quotes,dates")
    ex.add_argument("--published", metavar="DATE", help="publication date (ISO) for every article")
    ex.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (0: all cores)")
    ex.add_argument("--strict", action="store_true", help="stop at the first plugin or extractor failure")
    ex.add_argument("--timings", action="store_true", help="include per-extractor timings in the output")
    ex.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    ex.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: when stderr is a terminal)",
    )

    inc = sub.add_parser(
        "incidents",
        help="merge the incidents reported across articles",
        description="Extract incidents from articles and merge those that report the same event "
        "(one row per event: date, country, city, kind, perpetrator, claimed, killed, injured, "
        "hostages, sources).",
    )
    inc.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, *.jsonl, or - for stdin")
    inc.add_argument("--format", choices=["csv", "jsonl"], default="csv", help="output format")
    inc.add_argument("--published", metavar="DATE", help="publication date (ISO) for every article")
    inc.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (0: all cores)")
    inc.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")

    pl = sub.add_parser("plugins", help="list plugins, their extractors and load errors")
    pl.add_argument("--json", action="store_true", help="print JSON")

    sc = sub.add_parser("schema", help="write the JSON Schema of the output")
    sc.add_argument("--out", default="docs/schema", metavar="DIR", help="directory to write into")
    sc.add_argument("--check", action="store_true", help="exit 1 if the file there is out of date")
    return parser


def extract_help() -> str:
    """The description of ``newsfacts extract``."""
    return (
        "Read articles from files, directories (*.txt, recursively), JSON Lines files "
        '({"id", "text", "published"} per line; a text that is blank or unrelated to its "title" is read '
        "from the title) or - for standard input, and print their facts."
    )


def schema_json() -> str:
    """The JSON Schema of one output record, as committed in ``docs/schema/``."""
    return json.dumps(ArticleFacts.model_json_schema(mode="serialization"), indent=2, sort_keys=True) + "\n"


def write_schema(out_dir: str | Path) -> Path:
    """Write the output schema into ``out_dir`` and return the file's path."""
    path = Path(out_dir) / SCHEMA_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(schema_json(), encoding="utf-8")
    return path


def _error(message: str) -> None:
    print(f"newsfacts: error: {message}", file=sys.stderr)


def _dump(result: ArticleFacts, timings: bool, indent: int | None = None) -> str:
    return result.model_dump_json(exclude={"timings"} if not timings else None, indent=indent)


class _Writer:
    def __init__(self, out: TextIO, fmt: str, timings: bool) -> None:
        self.out, self.fmt, self.timings, self.count = out, fmt, timings, 0

    def write(self, result: ArticleFacts) -> None:
        if self.fmt == "jsonl":
            self.out.write(_dump(result, self.timings) + "\n")
        elif self.fmt == "json":
            self.out.write(("[\n" if self.count == 0 else ",\n") + _dump(result, self.timings, indent=2))
        else:
            self.out.write(("\n" if self.count else "") + render_table(result))
        self.count += 1
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
        self.out.flush()


class _Inputs:
    """The article records named on the command line, in order.

    A path that cannot be read is reported as it comes and sets ``failed``;
    ``origins`` keeps the origin of each record yielded and not yet reported on.
    """

    def __init__(self, paths: Sequence[str], published: object) -> None:
        self.paths, self.published = paths, published
        self.failed = False
        self.origins: deque[str] = deque()

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for entry in iter_inputs(self.paths):
            if isinstance(entry, InputProblem):
                _error(f"{entry.origin}: {entry.reason}")
                self.failed = True
                continue
            assert isinstance(entry, InputItem)
            self.origins.append(entry.origin)
            record = entry.as_dict()
            if self.published is not None:
                record["published"] = self.published
            yield record

    def report(self, result: ArticleFacts) -> bool:
        """Print ``result``'s errors; False when its input could not be processed."""
        origin = self.origins.popleft() if self.origins else result.id
        problems = [e for e in result.errors if e.stage == "input"]
        if problems:
            _error(f"{origin}: {problems[0].message}")
            self.failed = True
            return False
        for e in result.errors:
            where = f"extractor {e.extractor}" if e.extractor else f"plugin {e.plugin}"
            print(f"newsfacts: warning: {origin}: {where} ({e.stage}): {e.message}", file=sys.stderr)
        return True


def _published(args: argparse.Namespace) -> object:
    """The ``--published`` date, parsed (InputError when it is not a date)."""
    return coerce_published(args.published) if args.published else None


def _cmd_extract(args: argparse.Namespace) -> int:
    try:
        published = _published(args)
        only = args.only.split(",") if args.only else None
        Pipeline.default(only=only)  # validate --only before reading anything
    except InputError as exc:
        _error(str(exc))
        return 2
    inputs = _Inputs(args.paths, published)
    out: TextIO = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    writer = _Writer(out, args.format, args.timings)
    show = sys.stderr.isatty() if args.progress is None else args.progress
    bar: Any = None
    try:
        for n, result in enumerate(extract_many(inputs, jobs=args.jobs, only=only, strict=args.strict)):
            if show and bar is None and n == 1:
                from tqdm import tqdm

                bar = tqdm(unit="article", file=sys.stderr, initial=1)
            if bar is not None:
                bar.update(1)
            if inputs.report(result):
                writer.write(result)
    except NewsfactsError as exc:
        _error(str(exc))
        return 1
    finally:
        if bar is not None:
            bar.close()
        writer.close()
        if out is not sys.stdout:
            out.close()
    return 1 if inputs.failed else 0


def _cmd_incidents(args: argparse.Namespace) -> int:
    from .incidents import merge, write_incidents

    try:
        published = _published(args)
    except InputError as exc:
        _error(str(exc))
        return 2
    inputs = _Inputs(args.paths, published)
    results = (r for r in extract_many(inputs, jobs=args.jobs, only=["incidents"]) if inputs.report(r))
    try:
        merged = merge(results)
    except NewsfactsError as exc:
        _error(str(exc))
        return 1
    out: TextIO = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout  # noqa: SIM115
    try:
        write_incidents(merged, out, args.format)
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if inputs.failed else 0


def _cmd_plugins(args: argparse.Namespace) -> int:
    registry = get_registry()
    if args.json:
        print(json.dumps(registry.as_dict(), indent=2))
        return 0
    for plugin in registry.plugins:
        kind = "built-in" if plugin.builtin else "plugin"
        print(f"{plugin.name} {plugin.version or ''} ({kind})".replace("  ", " "))
        for ident in plugin.extractors:
            ex = registry.extractors[ident].extractor
            requires = f" requires {', '.join(sorted(ex.requires))}" if ex.requires else ""
            print(f"  {ident} {ex.version}: produces {', '.join(sorted(ex.produces))}{requires}")
        if not plugin.extractors and plugin.hooks:
            print(f"  hooks: {', '.join(plugin.hooks)}")
    for err in registry.errors:
        print(f"error: {err.plugin} {err.version or ''} failed to {err.stage}: {err.error}: {err.message}")
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    path = Path(args.out) / SCHEMA_FILE
    if args.check:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != schema_json():
            _error(f"{path} is out of date; run 'newsfacts schema --out {args.out}'")
            return 1
        return 0
    print(write_schema(args.out))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    handlers = {
        "extract": _cmd_extract,
        "incidents": _cmd_incidents,
        "plugins": _cmd_plugins,
        "schema": _cmd_schema,
    }
    try:
        return handlers[args.command](args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
