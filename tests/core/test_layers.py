"""The layers of the one distribution: core <- rules, core <- bridges, the app on top.

Every import of every installed module is read (at module level, inside functions and under
``TYPE_CHECKING`` alike), and so is every string that names a module of another layer (an
``importlib.import_module("...")``). The module names come from the file paths through
pyproject's ``package-dir``, so the test reads the source folders the way setuptools installs
them.
"""

from __future__ import annotations

import ast
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]
PACKAGE_DIR: dict[str, str] = SETUPTOOLS["package-dir"]

#: the app layer: the modules that wire the core, the bridges and the rules together. They
#: may import anything; nothing below imports them.
APP_LAYER = (
    "classmod.cli",  # the commands: `run` builds the bridges, `demo`/`devserver` the dev corner
    "classmod.dev",  # the test-only Synapse harness and the demo scene (a bridge at work)
)
LAYERS = ("core", "rules", "bridges", "app")
#: what each layer may import besides itself
MAY_IMPORT = {
    "core": set(),
    "rules": {"core"},
    "bridges": {"core"},
    "app": {"core", "rules", "bridges"},
}


def _under(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def layer_of(module: str) -> str | None:
    """The layer of an installed module name, or None for a module not of classmod."""
    if not _under(module, "classmod"):
        return None
    if any(_under(module, app) for app in APP_LAYER):
        return "app"
    if _under(module, "classmod.rules"):
        return "rules"
    if _under(module, "classmod.bridges"):
        return "bridges"
    return "core"


def _folder(package: str) -> Path:
    """The source folder of an installed package, as setuptools' package-dir maps it."""
    parts = package.split(".")
    for end in range(len(parts), -1, -1):
        key = ".".join(parts[:end])
        if key in PACKAGE_DIR:
            return ROOT / PACKAGE_DIR[key] / Path(*parts[end:])
    return ROOT / Path(*parts)


def installed_modules() -> Iterator[tuple[str, Path]]:
    """(module name, file) for every module of every package pyproject installs."""
    for package in SETUPTOOLS["packages"]:
        folder = _folder(package)
        for path in sorted(folder.glob("*.py")):
            name = package if path.stem == "__init__" else f"{package}.{path.stem}"
            yield name, path


MODULES = dict(installed_modules())
MODULE_NAME = re.compile(r"^(classmod(?:\.\w+)+?)(?::\w+)?$")


def imports_of(name: str, path: Path) -> set[str]:
    """The modules ``path`` imports or names in a string (an import by name)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = name if path.stem == "__init__" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            found.add(module)
            found |= {f"{module}.{a.name}" for a in node.names if f"{module}.{a.name}" in MODULES}
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            match = MODULE_NAME.match(node.value)
            if match and layer_of(match.group(1)) != "core":
                found.add(match.group(1))
    return {m for m in found if layer_of(m) is not None}


EDGES = {name: imports_of(name, path) for name, path in MODULES.items()}


def test_pyproject_lists_every_package_of_the_source_folders_all_under_classmod() -> None:
    listed = set(SETUPTOOLS["packages"])
    assert all(_under(p, "classmod") for p in listed), "a package under a generic name"
    on_disk = set()
    for package, folder in PACKAGE_DIR.items():
        base = ROOT / folder
        # a package, or a folder of data files inside one (setuptools installs it as a package)
        folders = [i.parent for i in base.rglob("__init__.py")] + [
            d
            for d in base.rglob("*")
            if d.is_dir() and (d.parent / "__init__.py").exists() and any(d.glob("*.*"))
        ]
        for found in folders:
            rel = found.relative_to(base).parts
            if "__pycache__" not in rel:
                on_disk.add(".".join(p for p in (package, *rel) if p))
    on_disk = {p for p in on_disk if _under(p, "classmod")}
    assert on_disk == listed, f"pyproject packages differ from the folders: {on_disk ^ listed}"
    # the school plugin example is not a package: it is loaded by path, never installed
    assert not (ROOT / "plugins" / "__init__.py").exists()
    assert ROOT / "plugins" / "school3_ledger.py" not in MODULES.values()


def test_the_app_layer_is_the_few_modules_named() -> None:
    for app in APP_LAYER:
        assert any(_under(m, app) for m in MODULES), f"{app} is not a module any more"
    counts = {layer: sum(layer_of(m) == layer for m in MODULES) for layer in LAYERS}
    assert counts["app"] <= 4 and counts["core"] > 30 and counts["rules"] > 18, counts
    assert counts["bridges"] > 10, counts


@pytest.mark.parametrize("layer", LAYERS[:3])
def test_no_module_imports_a_layer_above_or_beside_its_own(layer: str) -> None:
    allowed = {layer, *MAY_IMPORT[layer]}
    wrong = sorted(
        f"{module} imports {target}"
        for module, targets in EDGES.items()
        if layer_of(module) == layer
        for target in targets
        if layer_of(target) not in allowed
    )
    assert wrong == [], "\n".join(wrong)


def test_the_layers_form_no_circle() -> None:
    arrows = {
        (layer_of(module), layer_of(target))
        for module, targets in EDGES.items()
        for target in targets
        if layer_of(module) != layer_of(target)
    }
    order = {layer: i for i, layer in enumerate(LAYERS)}  # core, rules, bridges, app
    upward = sorted(f"{a} -> {b}" for a, b in arrows if a and b and order[a] <= order[b])
    assert upward == [], upward
    assert ("app", "core") in arrows and ("rules", "core") in arrows
    assert ("bridges", "core") in arrows


def test_the_reader_sees_imports_inside_functions_and_by_name(tmp_path: Path) -> None:
    """The checks above would pass on a reader that saw nothing: show it sees the arrows."""
    assert "classmod.bridges.factory" in EDGES["classmod.cli"]  # imported inside a function
    assert "classmod.dev.demo" in EDGES["classmod.cli"]
    assert "classmod.bridges.matrix.convert" in EDGES["classmod.bridges.matrix.bot"]
    by_name = tmp_path / "by_name.py"
    by_name.write_text(
        "import importlib\n\n"
        "def load():\n"
        '    return importlib.import_module("classmod.rules.standard")\n',
        encoding="utf-8",
    )
    assert imports_of("classmod.by_name", by_name) == {"classmod.rules.standard"}
