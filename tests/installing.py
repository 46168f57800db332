"""Installing a plugin package into a temporary directory, offline, for the tests that need one.

:func:`pip_install` is a real install (``pip install --target``, no index, no
build isolation), possible where hatchling is importable.  :func:`fake_install`
is a faithful equivalent that needs nothing: it copies the package and writes the
``*.dist-info`` (METADATA, entry_points.txt, RECORD) that ``importlib.metadata``
reads, exactly as a wheel install would lay them out.  Either way the directory
goes on ``PYTHONPATH`` of a subprocess.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

HAVE_HATCHLING = importlib.util.find_spec("hatchling") is not None


def _pyproject(project: Path) -> dict[str, Any]:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        tomllib = pytest.importorskip("tomli")
    with (project / "pyproject.toml").open("rb") as f:
        data: dict[str, Any] = tomllib.load(f)
    return data


def pip_install(project: Path, target: Path) -> Path:
    """``pip install`` ``project`` into ``target`` without touching the network; skip without hatchling."""
    if not HAVE_HATCHLING:
        pytest.skip("hatchling is not installed, so the package cannot be built offline")
    cmd = [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--no-build-isolation"]
    subprocess.run([*cmd, "--target", str(target), str(project)], check=True, capture_output=True)
    return target


def fake_install(project: Path, site: Path) -> Path:
    """Lay ``project`` (a src-layout package) out in ``site`` as an installed distribution."""
    meta = _pyproject(project)["project"]
    site.mkdir(parents=True, exist_ok=True)
    packages = [p for p in sorted((project / "src").iterdir()) if (p / "__init__.py").exists()]
    files: list[str] = []
    for package in packages:
        shutil.copytree(package, site / package.name, ignore=shutil.ignore_patterns("__pycache__"))
        files += [str(f.relative_to(site)) for f in (site / package.name).rglob("*") if f.is_file()]
    name = re.sub(r"[-_.]+", "_", meta["name"]).lower()
    info = site / f"{name}-{meta['version']}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {meta['name']}\nVersion: {meta['version']}\n", encoding="utf-8"
    )
    groups = meta.get("entry-points", {})
    lines = []
    for group, entries in groups.items():
        lines.append(f"[{group}]")
        lines += [f"{k} = {v}" for k, v in entries.items()]
        lines.append("")
    (info / "entry_points.txt").write_text("\n".join(lines), encoding="utf-8")
    (info / "INSTALLER").write_text("newsfacts-tests\n", encoding="utf-8")
    files += [f"{info.name}/{n}" for n in ("METADATA", "entry_points.txt", "INSTALLER", "RECORD")]
    (info / "RECORD").write_text("".join(f"{f},,\n" for f in files), encoding="utf-8")
    return site
