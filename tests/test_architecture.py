"""House rules that keep start-up fast and the core usable without Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "counter_app"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_never_imports_qt():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in ("ui", "forms"):
            continue
        if any(name.split(".")[0] in QT_MODULES for name in imported_modules(path)):
            offenders.append(str(relative))
    assert offenders == []


def test_command_line_imports_nothing_heavy():
    code = ("import sys, counter_app.cli, counter_app.context, counter_app.conversations; "
            "heavy = [m for m in ('PySide6', 'argostranslate', 'ctranslate2', 'docx', 'docxtpl', 'torch') "
            "if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_compiled_forms_are_current():
    tool = PACKAGE.parent / "tools" / "build_forms.py"
    result = subprocess.run([sys.executable, str(tool), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
