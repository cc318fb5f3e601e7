"""Compile every Qt Designer form in counter_app/forms/*.ui into *_ui.py with pyside6-uic.

`python tools/build_forms.py` writes the files; `--check` only reports forms whose compiled file
is missing or stale (exit 1), for tests and CI.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
from pathlib import Path

FORMS = Path(__file__).resolve().parent.parent / "counter_app" / "forms"


def uic_command() -> list[str]:
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import uic; uic()"]


def compile_form(ui_file: Path) -> str:
    result = subprocess.run([*uic_command(), "--no-autoconnection", str(ui_file)],
                            capture_output=True, text=True, check=True)
    # uic's header names the Qt version; replace it so the output does not churn between versions.
    lines = result.stdout.splitlines()
    while lines and (lines[0].startswith("#") or not lines[0].strip()):
        lines.pop(0)
    header = f"# Generated from {ui_file.name} by tools/build_forms.py (pyside6-uic). Do not edit.\n\n"
    return header + prune_imports("\n".join(lines) + "\n")


def prune_imports(code: str) -> str:
    """Keep only the Qt names the form uses.

    uic imports some thirty classes whatever the form needs (QConicalGradient, QFontDatabase …);
    PySide6 builds each imported class and its enums on first import, ~8 ms of start-up for the
    main window alone. The other lines are left exactly as uic wrote them.
    """
    tree = ast.parse(code)
    imports = [node for node in tree.body if isinstance(node, ast.ImportFrom)]
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = code.splitlines(keepends=True)
    for node in reversed(imports):
        names = [alias.name for alias in node.names if alias.name in used]
        text = f"from {node.module} import ({', '.join(names)})\n" if names else ""
        lines[node.lineno - 1:node.end_lineno] = [text]
    return "".join(lines)


def target_for(ui_file: Path) -> Path:
    return ui_file.with_name(f"{ui_file.stem}_ui.py")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only check that compiled forms are current")
    args = parser.parse_args(argv)
    stale = []
    for ui_file in sorted(FORMS.glob("*.ui")):
        code = compile_form(ui_file)
        target = target_for(ui_file)
        if args.check:
            if not target.exists() or target.read_text("utf-8") != code:
                stale.append(target.name)
        else:
            target.write_text(code, "utf-8")
            print(f"{ui_file.name} -> {target.name}")
    if stale:
        print("Stale compiled forms (run python tools/build_forms.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
