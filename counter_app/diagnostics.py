"""Diagnose export for IT: versions, effective settings, database figures, models, disk space and the
end of the log, as a zip — without personal data.

What is left out on purpose: every client field (name, date of birth, nationality, file number),
notes, answers, letter texts and letter file names (they are named after clients), and the user
names in the role lists (counted instead). The database is opened read-only and only counted;
the user's home folder and user name are replaced in paths (`~`, `<benutzer>`). The log itself
follows the rule in logging_setup.py.
"""

from __future__ import annotations

import getpass
import importlib.metadata
import importlib.util
import json
import os
import platform
import re
import shutil
import sqlite3
import sys
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

from . import __version__, bundled_models, db, logging_setup
from .errors import CounterAppError
from .i18n import N_, _
from .paths import DATA_DIR_ENV, DataPaths, machine_settings_file
from .settings import SETTINGS, Settings

# Where a value comes from. The report and --json keep these German words (an interface); only the
# text output of `admin settings` shows them translated, with _().
SOURCE_MACHINE, SOURCE_USER, SOURCE_DEFAULT = N_("Maschine"), N_("Benutzer"), N_("Standard")
DATA_DIR_FROM_MACHINE = N_("Maschine (paths.data_dir)")  # f"{SOURCE_MACHINE} (paths.data_dir)"
DATA_DIR_DEFAULT = N_("Standard (Benutzerordner)")  # f"{SOURCE_DEFAULT} (Benutzerordner)"
SECRET_PARTS = ("password", "passwort", "secret", "token", "key")
STAFF_LISTS = ("roles.team_leads", "roles.admins")  # user names of staff: only counted in the export
LOG_TAIL_LINES = 200
PACKAGES = (  # (distribution, module) shown with their versions
    ("PySide6-Essentials", "PySide6"), ("shiboken6", "shiboken6"), ("argostranslate", "argostranslate"),
    ("ctranslate2", "ctranslate2"), ("sentencepiece", "sentencepiece"), ("sqlite-utils", "sqlite_utils"),
    ("python-docx", "docx"), ("docxtpl", "docxtpl"), ("holidays", "holidays"), ("PyYAML", "yaml"),
    ("platformdirs", "platformdirs"),
)
# Figures from the database: counts only, never a column holding personal data.
COUNTS = (
    ("Gespräche offen", "SELECT COUNT(*) FROM conversations WHERE status = 'open'"),
    ("Gespräche abgeschlossen", "SELECT COUNT(*) FROM conversations WHERE status = 'closed'"),
    ("Kundinnen/Kunden", "SELECT COUNT(*) FROM clients"),
    ("davon Demo", "SELECT COUNT(*) FROM clients WHERE is_demo = 1"),
    ("Anliegen (Checklisten)", "SELECT COUNT(*) FROM matters WHERE retired = 0"),
    ("Checklisten-Versionen", "SELECT COUNT(*) FROM checklist_versions"),
    ("Textbausteine", "SELECT COUNT(*) FROM snippets WHERE retired = 0"),
    ("Übersetzungen ungeprüft", "SELECT COUNT(*) FROM snippet_texts WHERE status != 'reviewed'"),
    ("Briefe", "SELECT COUNT(*) FROM letters"),
    ("Übersetzungen im Zwischenspeicher", "SELECT COUNT(*) FROM translation_cache"),
)

Section = tuple[str, dict[str, Any]]


@dataclass(frozen=True)
class SettingValue:
    key: str
    value: Any
    source: str
    label: str


@dataclass
class Subject:
    """What is being diagnosed: a data folder with its settings (which may have failed to load)."""

    paths: DataPaths
    settings: Settings
    data_dir_source: str
    settings_problem: str = ""

    @property
    def models_dir(self) -> Path:
        configured = self.settings.get("paths.models_dir")
        return Path(configured) if configured else self.paths.models


# --- settings ----------------------------------------------------------------------------------


def effective_settings(settings: Settings) -> list[SettingValue]:
    """Every declared setting with its value and where that value comes from."""
    rows = []
    for setting in SETTINGS:
        if setting.key in settings.machine:
            source = SOURCE_MACHINE
        elif setting.key in settings.user:
            source = SOURCE_USER
        else:
            source = SOURCE_DEFAULT
        rows.append(SettingValue(setting.key, masked(setting.key, settings.get(setting.key)), source, setting.label))
    return rows


def masked(key: str, value: Any) -> Any:
    """Secrets never leave the PC (none are declared yet; a future one is covered by its name)."""
    name = key.rsplit(".", 1)[-1].lower()
    return "***" if any(part in name for part in SECRET_PARTS) and value else value


def data_dir_source(explicit: str | os.PathLike | None, settings: Settings) -> str:
    """Which rule chose the data folder (same order as context.resolve_data_dir)."""
    if explicit:
        return "--data-dir"
    if os.environ.get(DATA_DIR_ENV):
        return DATA_DIR_ENV
    if settings.machine.get("paths.data_dir"):
        return DATA_DIR_FROM_MACHINE
    return DATA_DIR_DEFAULT


def read_user_settings(database: Path) -> dict[str, Any] | None:
    """The user's own settings from the database, read-only; None without a database."""
    conn = open_read_only(database)
    if conn is None:
        return None
    try:
        rows = conn.execute("SELECT key, value FROM user_settings").fetchall()
        return {key: json.loads(value) for key, value in rows}
    except (sqlite3.Error, ValueError):
        return {}
    finally:
        conn.close()


def open_read_only(database: Path) -> sqlite3.Connection | None:
    if not database.is_file():
        return None
    return sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=5)


def settings_section(subject: Subject) -> Section:
    machine_file = machine_settings_file()
    if subject.settings.machine:
        state = "gelesen"
    else:
        state = "vorhanden, setzt nichts" if machine_file.is_file() else "nicht vorhanden"
    values: dict[str, Any] = {
        "Maschinenweite Datei": f"{machine_file} ({state})",
        "Datenordner": f"{subject.paths.root} (Quelle: {subject.data_dir_source})",
        "Modellordner": str(subject.models_dir),
    }
    if subject.settings_problem:
        values["FEHLER in den Einstellungen"] = subject.settings_problem
    for row in effective_settings(subject.settings):
        value = row.value
        if row.key in STAFF_LISTS:
            value = f"{len(value)} Einträge"
        values[row.key] = f"{json.dumps(value, ensure_ascii=False)} (Quelle: {row.source})"
    return "Einstellungen", values


# --- versions and system ----------------------------------------------------------------------


def package_version(distribution: str, module: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        pass
    try:
        found = importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        found = False
    return "vorhanden (Version unbekannt)" if found else "nicht installiert"


def build_info() -> dict[str, Any] | None:
    bundle = getattr(sys, "_MEIPASS", None)
    if not bundle:
        return None
    try:
        return json.loads((Path(bundle) / "build-info.json").read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def program_section() -> Section:
    info = build_info()
    values: dict[str, Any] = {
        "Version": __version__,
        "Ausführung": "Installationspaket (PyInstaller)" if info is not None else f"Python-Umgebung ({sys.prefix})",
        "Programm": sys.executable,
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "SQLite": sqlite3.sqlite_version,
    }
    if info:
        values["Build"] = ", ".join(f"{k} {v}" for k, v in info.items())
    values |= {distribution: package_version(distribution, module) for distribution, module in PACKAGES}
    return "Programm und Versionen", values


def system_section() -> Section:
    values = {
        "Betriebssystem": platform.platform(),
        "Architektur": platform.machine(),
        "Prozessoren": os.cpu_count(),
        "Zeitzone": datetime.now().astimezone().tzname(),
    }
    if sys.platform == "win32":
        values["Windows"] = " ".join(filter(None, (*platform.win32_ver(), platform.win32_edition())))
    values |= {key: value for key, value in sorted(os.environ.items())
               if key.startswith(("COUNTER_APP_", "ARGOS_", "QT_QPA"))}
    return "System", values


# --- data folder -------------------------------------------------------------------------------


def database_section(database: Path) -> Section:
    values: dict[str, Any] = {"Datei": str(database)}
    try:
        conn = open_read_only(database)
    except sqlite3.Error as exc:
        return "Datenbank", values | {"Zustand": f"nicht lesbar ({logging_setup.describe_exception(exc)})"}
    if conn is None:
        return "Datenbank", values | {"Zustand": "noch keine Datenbank (wird beim ersten Start angelegt)"}
    try:
        values |= _database_figures(conn, database)
    except sqlite3.Error as exc:
        values["Zustand"] = f"nicht lesbar ({logging_setup.describe_exception(exc)})"
    finally:
        conn.close()
    return "Datenbank", values


def _database_figures(conn: sqlite3.Connection, database: Path) -> dict[str, Any]:
    problems = db.quick_check(conn)
    wal = Path(f"{database}-wal")
    values: dict[str, Any] = {
        "Zustand": "in Ordnung (quick_check)" if not problems else f"BESCHÄDIGT: {len(problems)} Problem(e)",
        "Größe": _size(database) + (f", WAL {_size(wal)}" if wal.is_file() else ""),
        "Schema-Version": f"{conn.execute('PRAGMA user_version').fetchone()[0]} "
                          f"(Programm kennt {len(db.migrations())})",
    }
    for label, sql in COUNTS:
        values[label] = _count(conn, sql)
    matters = _rows(conn, "SELECT id, current_version FROM matters WHERE retired = 0 ORDER BY id")
    values["Checklisten (Version)"] = ", ".join(f"{matter} ({version})" for matter, version in matters) or "keine"
    tables = _rows(conn, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                         "AND name NOT LIKE '%_fts%' ORDER BY name")
    values["Zeilen je Tabelle"] = {name: _count(conn, f'SELECT COUNT(*) FROM "{name}"') for (name,) in tables}
    return values


def _count(conn: sqlite3.Connection, sql: str) -> int | str:
    try:
        return conn.execute(sql).fetchone()[0]
    except sqlite3.Error:
        return "–"  # table of a newer or older schema


def _rows(conn: sqlite3.Connection, sql: str) -> list[tuple]:
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.Error:
        return []


def models_section(subject: Subject) -> Section:
    from .translation.packages import installed_models, unusable_folders

    models_dir = subject.models_dir
    values: dict[str, Any] = {"Ordner": str(models_dir)}
    for model in installed_models(models_dir):
        meta = model.metadata
        values[model.name] = f"{meta.source} → {meta.target}, Version {meta.package_version}, {_size(model.path)}"
    for name, reason in unusable_folders(models_dir):
        values[f"{name} (unbrauchbar)"] = reason
    shipped_folder = bundled_models.bundled_models_dir()
    if shipped_folder is not None:
        shipped = bundled_models.shipped_models(shipped_folder)
        pending = bundled_models.pending_models(models_dir, shipped_folder)
        values["Mitgeliefert"] = f"{len(shipped)} in {shipped_folder}, davon {len(pending)} noch nicht installiert"
    return "Übersetzungsmodelle", values


def backups_section(paths: DataPaths) -> Section:
    files = db.backup_files(paths.backups)
    values: dict[str, Any] = {"Ordner": str(paths.backups), "Anzahl": len(files)}
    if files:
        values["Neueste"] = f"{files[0].name} ({_size(files[0])})"
        values["Älteste"] = files[-1].name
        values["Zusammen"] = _megabytes(sum(f.stat().st_size for f in files))
    letters = [p for p in paths.letters.rglob("*") if p.is_file()] if paths.letters.is_dir() else []
    values["Dateien im Briefordner"] = len(letters)  # counted only: letter files are named after clients
    return "Sicherungen und Briefe", values


def disk_section(root: Path) -> Section:
    existing = next((p for p in (root, *root.parents) if p.exists()), root.anchor or Path("/"))
    usage = shutil.disk_usage(existing)
    return "Speicherplatz", {
        "Laufwerk des Datenordners": str(existing),
        "Frei": f"{_gigabytes(usage.free)} von {_gigabytes(usage.total)} ({usage.free / max(usage.total, 1):.0%})",
    }


def log_section(paths: DataPaths) -> Section:
    current = logging_setup.log_file(paths)
    files = sorted(current.parent.glob(f"{logging_setup.LOG_FILE_NAME}*")) if current.parent.is_dir() else []
    return "Protokoll", {
        "Datei": str(current),
        "Dateien": ", ".join(f"{f.name} ({_size(f)})" for f in files) or "noch keine",
        "Letzte Zeilen": f"{LOG_TAIL_LINES} in protokoll.txt",
    }


def log_tail(paths: DataPaths, lines: int = LOG_TAIL_LINES) -> list[str]:
    """The last `lines` lines of the log, reaching into the previous file after a rotation."""
    current = logging_setup.log_file(paths)
    collected: list[str] = []
    for path in (current, current.with_name(f"{current.name}.1")):
        try:
            collected = path.read_text("utf-8", errors="replace").splitlines() + collected
        except OSError:
            continue
        if len(collected) >= lines:
            break
    return collected[-lines:]


# --- components ----------------------------------------------------------------------------------


def _check_qt() -> str:
    from importlib import import_module

    from .paths import resource_path

    core = import_module("PySide6.QtCore")  # by name: the core does not import Qt (tests check that)
    import_module("PySide6.QtWidgets")
    qt_folder = core.QLibraryInfo.path(core.QLibraryInfo.LibraryPath.TranslationsPath)
    # Without Qt's German catalogue standard buttons say "Cancel" instead of "Abbrechen".
    folders = (qt_folder, str(resource_path("translations")))
    if not any(core.QTranslator().load("qtbase_de", folder) for folder in folders):
        raise RuntimeError("Qts deutsche Übersetzung (qtbase_de) fehlt")
    return f"Qt {core.qVersion()} mit deutscher Qt-Übersetzung"


def _check_translation() -> str:
    import ctranslate2
    import sentencepiece  # noqa: F401 (its import is the check)

    if importlib.util.find_spec("argostranslate.translate") is None:
        raise ImportError("argostranslate.translate")
    return f"argostranslate, ctranslate2 {ctranslate2.__version__}, sentencepiece"


def _check_letters() -> str:
    import docx
    import docxtpl  # noqa: F401

    docx.Document()  # reads python-docx's own template: fails if its data files were not shipped
    return "python-docx und docxtpl"


def _check_holidays() -> str:
    import holidays

    name = holidays.country_holidays("DE", subdiv="NI", years=2026, language="de").get(date(2026, 1, 1))
    if name != "Neujahr":
        raise RuntimeError(f"1.1.2026 heißt {name!r} statt 'Neujahr' (Sprachdateien fehlen?)")
    return "deutsche Feiertage mit deutschen Namen"


def _check_content() -> str:
    import yaml

    return "PyYAML" + (" mit LibYAML" if getattr(yaml, "__with_libyaml__", False) else "")


def _check_full_text_search() -> str:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE probe USING fts5(text)")
    finally:
        conn.close()
    return f"SQLite {sqlite3.sqlite_version} mit FTS5"


COMPONENTS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("Oberfläche (Qt)", _check_qt),
    ("Maschinelle Übersetzung", _check_translation),
    ("Briefe (Word)", _check_letters),
    ("Feiertage (Fristen)", _check_holidays),
    ("Inhalte (YAML)", _check_content),
    ("Volltextsuche", _check_full_text_search),
)


def components() -> dict[str, str]:
    """Each part of the program loaded once: shows a bundle that misses a library or its data."""
    results = {}
    for label, check in COMPONENTS:
        try:
            results[label] = f"in Ordnung: {check()}"
        except Exception as exc:  # noqa: BLE001 (any failure is the finding)
            results[label] = f"FEHLER: {type(exc).__name__}: {exc}"
    return results


# --- report and archive --------------------------------------------------------------------------


def collect(subject: Subject, *, with_components: bool = True) -> list[Section]:
    sections = [
        ("Diagnose", {
            "Erstellt": datetime.now().astimezone().isoformat(timespec="seconds"),
            "Inhalt": "Versionen, Einstellungen, Zahlen und Protokoll; keine personenbezogenen Daten von "
                      "Kundinnen und Kunden (keine Namen, Aktenzeichen, Geburtsdaten, Notizen, Brieftexte).",
        }),
        program_section(),
        system_section(),
        settings_section(subject),
        database_section(subject.paths.database),
        models_section(subject),
        backups_section(subject.paths),
        disk_section(subject.paths.root),
        log_section(subject.paths),
    ]
    if with_components:
        sections.append(("Komponenten", components()))
    return [(title, redact(values)) for title, values in sections]


def render_text(sections: list[Section]) -> str:
    lines = ["Schalterassistent – Diagnose", ""]
    for title, values in sections:
        lines += [f"== {title} =="]
        for label, value in values.items():
            if isinstance(value, dict):
                lines.append(f"{label}:")
                lines += [f"    {key}: {item}" for key, item in value.items()]
            else:
                lines.append(f"{label}: {value}")
        lines.append("")
    return "\n".join(lines)


def write_archive(out: Path, sections: list[Section], log_lines: list[str]) -> Path:
    """The zip IT sends on: diagnose.txt (to read), diagnose.json (to compare), protokoll.txt."""
    out = Path(out)
    if not out.parent.is_dir():
        raise CounterAppError(_("Der Ordner {folder} existiert nicht.").format(folder=out.parent),
                              hint=_("Bitte einen vorhandenen Ordner für --out angeben."))
    partial = out.with_name(out.name + ".tmp")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("diagnose.txt", render_text(sections))
            archive.writestr("diagnose.json", json.dumps(dict(sections), ensure_ascii=False, indent=2, default=str))
            archive.writestr("protokoll.txt", "\n".join(redact(log_lines)) + "\n")
        partial.replace(out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise CounterAppError(
            _("Die Diagnose konnte nicht nach {file} geschrieben werden ({reason}).").format(
                file=out, reason=exc.strerror or exc),
            hint=_("Bitte Zugriffsrechte und freien Speicherplatz prüfen.")) from exc
    return out


def redact(value: Any) -> Any:
    """Paths without the user's home folder and user name (they name the clerk)."""
    if isinstance(value, str):
        return _redact_text(value)
    if isinstance(value, dict):
        return {key: redact(item) for key, item in value.items()}
    if isinstance(value, list):
        return [redact(item) for item in value]
    return value


def _redact_text(text: str) -> str:
    home = str(Path.home())
    if len(home) > 3:  # never replace a bare drive or "/"
        text = text.replace(home, "~")
    user = _user_name()
    if user:
        text = re.sub(rf"(?<=[\\/]){re.escape(user)}(?=[\\/]|$|\s|\))", "<benutzer>", text, flags=re.IGNORECASE)
    return text


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 (no user name in the environment)
        return ""


def _size(path: Path) -> str:
    if path.is_dir():
        return _megabytes(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()))
    return _megabytes(path.stat().st_size)


def _megabytes(size: int) -> str:
    return f"{size / 1024**2:.1f} MB".replace(".", ",")


def _gigabytes(size: int) -> str:
    return f"{size / 1024**3:.1f} GB".replace(".", ",")
