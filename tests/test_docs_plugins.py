"""The plugin docs stay true: included code matches its files, every hook is documented and tested.

``python tests/test_docs_plugins.py --update`` rewrites the included blocks of
``docs/plugins/*.md`` from the files they name.
"""

from __future__ import annotations

import inspect
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "plugins"
TESTS = ROOT / "tests"

INCLUDE = re.compile(
    r"<!-- include: (?P<path>\S+)(?: lines=(?P<first>\d+)-(?P<last>\d+))? -->\n"
    r"```(?P<lang>\w*)\n(?P<body>.*?)^```$",
    re.DOTALL | re.MULTILINE,
)


def included(path: str, first: str | None, last: str | None) -> str:
    """The text a block that includes ``path`` (optionally lines first-last) must hold."""
    text = (ROOT / path).read_text(encoding="utf-8")
    if first is not None and last is not None:
        text = "".join(text.splitlines(keepends=True)[int(first) - 1 : int(last)])
    return text if text.endswith("\n") else text + "\n"


def includes() -> list[tuple[Path, re.Match[str]]]:
    pages = sorted(DOCS.glob("*.md"))
    return [(page, m) for page in pages for m in INCLUDE.finditer(page.read_text("utf-8"))]


def update() -> None:
    """Rewrite every included block from its file."""
    for page in sorted(DOCS.glob("*.md")):
        text = page.read_text(encoding="utf-8")

        def fill(m: re.Match[str]) -> str:
            head = m.group(0)[: m.start("body") - m.start()]
            return head + included(m.group("path"), m.group("first"), m.group("last")) + "```"

        page.write_text(INCLUDE.sub(fill, text), encoding="utf-8")


# ------------------------------------------------------------------ signatures


def signature(func: Callable[..., Any], name: str | None = None) -> str:
    """``name(arg: annotation, ...) -> return``, annotations as written in the source."""
    sig = inspect.signature(func)
    params = []
    for p in sig.parameters.values():
        params.append(f"{p.name}: {p.annotation}" if p.annotation is not inspect.Parameter.empty else p.name)
    ret = "" if sig.return_annotation is inspect.Signature.empty else f" -> {sig.return_annotation}"
    return f"{name or func.__name__}({', '.join(params)}){ret}"


def hookspecs() -> dict[str, Callable[..., Any]]:
    from newsfacts import hookspecs as module

    return {
        name: f
        for name, f in vars(module).items()
        if callable(f) and hasattr(f, f"{module.PROJECT}_spec")
    }


def headings(page: str) -> set[str]:
    text = (DOCS / page).read_text(encoding="utf-8")
    return {m.group(1) for m in re.finditer(r"^#{2,4} `(.+?)`\s*$", text, re.MULTILINE)}


def test_there_are_hooks_to_check():
    assert set(hookspecs()) >= {"register_extractors", "resolve_conflicts"}


@pytest.mark.parametrize("name", sorted(hookspecs()))
def test_every_hook_is_documented_under_its_exact_signature(name):
    expected = signature(hookspecs()[name])
    assert expected in headings("reference.md"), f"docs/plugins/reference.md needs a heading `{expected}`"


@pytest.mark.parametrize("name", sorted(hookspecs()))
def test_every_hook_has_a_test(name):
    pattern = re.compile(rf"^def test_hook_{name}\w*\(", re.MULTILINE)
    found = [p.name for p in TESTS.glob("test_*.py") if pattern.search(p.read_text(encoding="utf-8"))]
    assert found, f"no test named test_hook_{name}... in tests/"


def extractor_members() -> list[str]:
    from newsfacts.extractor import Extractor

    attrs = [f"{name}: {ann}" for name, ann in Extractor.__annotations__.items()]
    methods = [
        signature(getattr(Extractor, name))
        for name, value in vars(Extractor).items()
        if inspect.isfunction(value) and not name.startswith("_")
    ]
    return attrs + methods


@pytest.mark.parametrize("member", extractor_members())
def test_every_extractor_member_is_documented_under_its_exact_signature(member):
    assert member in headings("reference.md"), f"docs/plugins/reference.md needs a heading `{member}`"


def test_no_heading_documents_a_hook_that_does_not_exist():
    documented = {h.split("(")[0] for h in headings("reference.md") if "(" in h}
    known = set(hookspecs()) | {"extract"}
    assert documented <= known, documented - known


# ------------------------------------------------------------------- includes


def test_the_tutorial_includes_every_file_of_the_money_plugin():
    plugin = ROOT / "plugins" / "newsfacts-money"
    wanted = {str(p.relative_to(ROOT)) for p in [*plugin.glob("src/**/*.py"), *plugin.glob("tests/*.py")]}
    wanted.add("plugins/newsfacts-money/pyproject.toml")
    shown = {m.group("path") for page, m in includes() if page.name == "tutorial.md"}
    assert wanted <= shown, wanted - shown


@pytest.mark.parametrize(
    ("page", "match"), includes(), ids=[f"{p.name}:{m.group('path')}" for p, m in includes()]
)
def test_included_code_matches_its_file(page, match):
    expected = included(match.group("path"), match.group("first"), match.group("last"))
    assert match.group("body") == expected, (
        f"{page.name} shows a stale copy of {match.group('path')}; "
        "run: python tests/test_docs_plugins.py --update"
    )


def test_the_tutorials_sample_output_is_what_the_plugin_gives():
    sys.path.insert(0, str(ROOT / "plugins" / "newsfacts-money" / "src"))
    try:
        from newsfacts_money import MoneyExtractor
    finally:
        sys.path.pop(0)
    from newsfacts.testing import run_extractor

    text = (DOCS / "tutorial.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- money-output: (.+?) -->\n```json\n(.*?)\n```", text, re.DOTALL)
    assert m, "tutorial.md lost its sample output"
    sentence, shown = m.group(1), json.loads(m.group(2))
    (fact,) = run_extractor(MoneyExtractor(), sentence).model_dump(mode="json")["custom"]
    assert shown == fact


def test_the_pages_link_to_files_that_exist():
    for page in DOCS.glob("*.md"):
        prose = re.sub(r"^```.*?^```$", "", page.read_text(encoding="utf-8"), flags=re.DOTALL | re.MULTILINE)
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", prose):
            assert (page.parent / target).exists(), f"{page.name} links to missing {target}"


def test_the_troubleshooting_page_names_the_allow_list_and_the_error_fields():
    from newsfacts.models import ErrorRecord
    from newsfacts.plugins import LOAD_PLUGINS_ENV

    text = (DOCS / "troubleshooting.md").read_text(encoding="utf-8")
    assert LOAD_PLUGINS_ENV in text
    for field in ErrorRecord.model_fields:
        assert f"`{field}`" in text, field
    stages = ErrorRecord.model_fields["stage"].annotation.__args__  # type: ignore[union-attr]
    for stage in stages:
        assert f"`{stage}`" in text, stage


if __name__ == "__main__":
    if sys.argv[1:] == ["--update"]:
        update()
    else:
        sys.exit(pytest.main([__file__, "-q"]))
