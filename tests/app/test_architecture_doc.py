"""docs/architecture.md names every module of the application, and no module that is gone.

The "Packages and layers" block has one section per application package (a line starting
with ``package/``); each module, and each subpackage, must be named in its package's section,
so a new module cannot land without its line in the map.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "architecture.md"


def _packages() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(config["tool"]["importlinter"]["root_packages"])


def _layout_block() -> str:
    text = DOC.read_text(encoding="utf-8")
    after = text.split("## Packages and layers", 1)[1]
    return after.split("```", 2)[1]


def _sections(block: str) -> dict[str, str]:
    """Package name -> the lines of its section (from its ``name/`` line to the next one)."""
    sections: dict[str, str] = {}
    current = None
    for line in block.splitlines():
        start = re.match(r"(\w+)/(\s|$)", line)
        if start:
            current = start.group(1)
            sections[current] = ""
        if current is not None:
            sections[current] += line + "\n"
    return sections


def _module_names(package: str) -> dict[str, Path]:
    """Each module's name (a subpackage by its folder name) -> its file."""
    names: dict[str, Path] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        if path.name == "__init__.py":
            if path.parent != ROOT / package:
                names[path.parent.name] = path
        else:
            names[path.stem] = path
    return names


def test_every_application_module_is_named_in_its_package_section() -> None:
    sections = _sections(_layout_block())
    missing = []
    for package in _packages():
        section = sections.get(package)
        if section is None:
            missing.append(f"{package}/ (no section)")
            continue
        for name, path in _module_names(package).items():
            if not re.search(rf"\b{re.escape(name)}\b", section):
                missing.append(str(path.relative_to(ROOT)))
    assert not missing, "docs/architecture.md does not name: " + ", ".join(missing)


def test_the_entry_point_is_named() -> None:
    assert (ROOT / "main.py").is_file()
    assert re.search(r"^main\.py\b", _layout_block(), re.MULTILINE)


def test_every_file_the_map_names_exists() -> None:
    sections = _sections(_layout_block())
    gone = []
    for package in _packages():
        files = {p.name for p in (ROOT / package).rglob("*.py")}
        for named in re.findall(r"\b(\w+\.py)\b", sections.get(package, "")):
            if named not in files:
                gone.append(f"{package}: {named}")
    assert not gone, "docs/architecture.md names files that do not exist: " + ", ".join(gone)
