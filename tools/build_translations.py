"""UI translations: extract strings into resources/translations/*.ts and compile them to .qm.

`python tools/build_translations.py` updates the .ts files from counter_app/**/*.py and the forms
(`pyside6-lupdate`, obsolete strings dropped) and compiles them (`pyside6-lrelease`).
`--compile-only` skips the extraction (used by build_installer.py); `--check` reports strings that
are not translated yet and exits 1 if there are any.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)


def tool(name: str) -> list[str]:
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    return [sys.executable, "-c", f"from PySide6.scripts.pyside_tool import {name}; {name}()"]


def sources() -> list[str]:
    package = ROOT / "counter_app"
    files = [p for p in package.rglob("*.py") if not p.name.endswith("_ui.py")]
    files += package.glob("forms/*.ui")
    return sorted(str(p.relative_to(ROOT)) for p in files)


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"counter_app_{language}.ts"


def extract() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        subprocess.run([*tool("lupdate"), "-no-obsolete", "-source-language", "de", "-target-language", language,
                        *sources(), "-ts", str(ts_file(language))], cwd=ROOT, check=True, capture_output=True)


def compile_all() -> None:
    for language in LANGUAGES:
        qm = ts_file(language).with_suffix(".qm")
        subprocess.run([*tool("lrelease"), "-silent", str(ts_file(language)), "-qm", str(qm)], check=True)


def unfinished(language: str) -> list[str]:
    tree = ElementTree.parse(ts_file(language))
    missing = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                or not (translation.text or "").strip() and translation.find("numerusform") is None:
            if translation is None or translation.get("type") not in ("vanished", "obsolete"):
                missing.append(message.findtext("source") or "")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--compile-only", action="store_true")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    if args.check:
        missing = {lang: unfinished(lang) for lang in LANGUAGES}
        for language, texts in missing.items():
            for text in texts:
                print(f"{language}: not translated: {text!r}")
        return 1 if any(missing.values()) else 0
    if not args.compile_only:
        extract()
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
