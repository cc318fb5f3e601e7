"""English catalogue for the core's messages: extract `_()`/`N_()` strings, update the .po, compile .mo.

`python tools/build_messages.py` reads every `_("…")` and `N_("…")` in counter_app/ (not the Qt UI,
which uses `tr()` and tools/build_translations.py), adds new German messages to
resources/translations/messages_en.po with an empty translation, drops messages no longer in the
code and compiles messages_en.mo. `--import FILE.po …` fills empty translations from other .po
files (e.g. a translator's work). `--check` changes nothing and exits 1 when a message has no
English translation or the .mo is not the compiled .po.

Needs Babel (in the `test` extra); the app itself reads the .mo with the standard library.
"""

from __future__ import annotations

import argparse
import io
import sys
from datetime import datetime, timezone
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "counter_app"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)
KEYWORDS = {"_": None, "N_": None}
FIXED_DATE = datetime(2026, 1, 1, tzinfo=timezone.utc)  # a stable header: the .po changes only with its messages


def po_file(language: str) -> Path:
    return TRANSLATIONS / f"messages_{language}.po"


def mo_file(language: str) -> Path:
    return TRANSLATIONS / f"messages_{language}.mo"


def extract() -> dict[str, list[tuple[str, int]]]:
    """German message → where it occurs (file relative to the repository, line)."""
    found: dict[str, list[tuple[str, int]]] = {}

    def in_core(path: str) -> bool:  # the Qt UI and generated forms translate through tr()
        return not (path.startswith("ui") or path.startswith("forms"))

    for filename, lineno, message, _comments, _context in extract_from_dir(
        str(PACKAGE), method_map=[("**.py", "python")], keywords=KEYWORDS,
        comment_tags=(), strip_comment_tags=True, callback=None,
    ):
        if not in_core(filename.replace("\\", "/")) or not isinstance(message, str) or not message:
            continue
        found.setdefault(message, []).append((f"counter_app/{filename}", lineno))
    return found


def load(path: Path, language: str) -> Catalog:
    if not path.exists():
        return Catalog(locale=language, domain="messages")
    with path.open("rb") as fh:
        return read_po(fh, locale=language)


def updated(language: str, imports: list[Path]) -> Catalog:
    old = load(po_file(language), language)
    extra = [load(path, language) for path in imports]
    catalog = Catalog(
        locale=language, domain="messages", project="counter-app",
        header_comment="# English translations of the Counter Assistant's core messages (source: German).",
        fuzzy=False, creation_date=FIXED_DATE, revision_date=FIXED_DATE,
        last_translator="Counter Team", language_team="Counter Team",
    )
    for message, locations in sorted(extract().items()):
        translation = ""
        for source in (old, *extra):
            entry = source.get(message)
            if entry is not None and entry.string:
                translation = entry.string
                break
        catalog.add(message, translation, locations=sorted(locations))
    return catalog


def serialise_po(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, omit_header=False, sort_output=True, no_location=False, include_lineno=False)
    return out.getvalue()


def serialise_mo(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def check(language: str) -> list[str]:
    problems = []
    catalog = updated(language, [])
    missing = [m.id for m in catalog if m.id and not m.string]
    for message in missing[:30]:
        problems.append(f"{language}: no translation for {message!r}")
    if len(missing) > 30:
        problems.append(f"{language}: … and {len(missing) - 30} more without translation")
    po = po_file(language)
    if not po.exists() or po.read_bytes() != serialise_po(catalog):
        problems.append(f"{po.relative_to(ROOT)} is not up to date with the code: run tools/build_messages.py")
    mo = mo_file(language)
    if not mo.exists() or mo.read_bytes() != serialise_mo(load(po, language)):
        problems.append(f"{mo.relative_to(ROOT)} is not the compiled .po: run tools/build_messages.py")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if out of date")
    parser.add_argument("--import", dest="imports", nargs="*", type=Path, default=[],
                        help=".po files to take missing translations from")
    args = parser.parse_args(argv)
    if args.check:
        problems = [p for language in LANGUAGES for p in check(language)]
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    for language in LANGUAGES:
        catalog = updated(language, args.imports)
        po_file(language).write_bytes(serialise_po(catalog))
        mo_file(language).write_bytes(serialise_mo(load(po_file(language), language)))
        missing = sum(1 for m in catalog if m.id and not m.string)
        print(f"{po_file(language).relative_to(ROOT)}: {len(catalog)} messages, {missing} without translation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
