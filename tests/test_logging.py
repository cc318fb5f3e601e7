"""The log file: where it is, what goes in (and what never does), rotation, unhandled exceptions."""

from __future__ import annotations

import ast
import logging
import os
import sqlite3
import sys
import threading
from pathlib import Path

import pytest

from counter_app import logging_setup
from counter_app.paths import DataPaths

PACKAGE = Path(__file__).resolve().parent.parent / "counter_app"
SECRET = "Jovanović-Unikat-4711"  # stands for a client's name: it must never reach the log


@pytest.fixture
def data_paths(tmp_path):
    paths = DataPaths(tmp_path / "data")
    yield paths
    logging_setup.shutdown_logging()


def log_text(paths: DataPaths) -> str:
    return "".join(p.read_text("utf-8") for p in sorted(paths.logs.glob("counter-app.log*")))


def raise_with_secret():
    int(SECRET)  # ValueError: invalid literal for int() with base 10: '<SECRET>'


def test_log_file_in_the_data_folder_with_a_start_line(data_paths):
    path = logging_setup.setup_logging(data_paths)
    assert path == data_paths.root / "logs" / "counter-app.log"
    logging.getLogger("counter_app.test").info("Gespräch %s geöffnet", 42)
    text = log_text(data_paths)
    assert "Start: counter-app" in text and "Gespräch 42 geöffnet" in text and "INFO" in text
    if os.name == "posix":
        assert (data_paths.logs.stat().st_mode & 0o777) == 0o700


def test_nothing_is_written_before_setup_and_no_folder_without_records(tmp_path):
    paths = DataPaths(tmp_path / "data")
    logging.getLogger("counter_app.test").warning("vor dem Einrichten")
    assert not paths.root.exists()


def test_third_party_info_stays_out_but_their_warnings_go_in(data_paths):
    logging_setup.setup_logging(data_paths)
    logging.getLogger("argostranslate.utils").info("übersetze: %s", SECRET)
    logging.getLogger("somelibrary").warning("Bibliothek warnt")
    text = log_text(data_paths)
    assert SECRET not in text and "Bibliothek warnt" in text


def test_exception_messages_are_left_out_but_types_and_frames_stay(data_paths):
    logging_setup.setup_logging(data_paths)
    try:
        try:
            raise_with_secret()
        except ValueError as exc:
            raise RuntimeError(f"Kunde {SECRET} nicht gefunden") from exc
    except RuntimeError:
        logging.getLogger("counter_app.test").exception("Vorgang fehlgeschlagen")
    text = log_text(data_paths)
    assert SECRET not in text
    assert "Vorgang fehlgeschlagen" in text and "raise_with_secret" in text
    assert "ValueError (Meldung nicht protokolliert)" in text and "RuntimeError (Meldung nicht protokolliert)" in text
    assert "Daraus folgte" in text  # the chain is kept


def test_safe_details_of_os_and_sqlite_errors_are_kept():
    assert logging_setup.describe_exception(OSError(28, "No space left on device: /daten/Jovanović.docx")) \
        == "OSError (errno 28, Meldung nicht protokolliert)"
    conn = sqlite3.connect(":memory:")
    with pytest.raises(sqlite3.Error) as caught:
        conn.execute("SELECT * FROM fehlt")
    assert logging_setup.describe_exception(caught.value).startswith("sqlite3.OperationalError (SQLITE_ERROR")


def test_the_file_rotates_at_its_size_limit_and_keeps_five(data_paths, monkeypatch):
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 2_000)
    logging_setup.setup_logging(data_paths)
    logger = logging.getLogger("counter_app.test")
    for number in range(400):
        logger.info("Zeile %05d mit etwas Füllung, damit die Datei wächst", number)
    names = sorted(p.name for p in data_paths.logs.iterdir())
    assert names == ["counter-app.log"] + [f"counter-app.log.{n}" for n in range(1, 6)]
    assert "Zeile 00399" in (data_paths.logs / "counter-app.log").read_text("utf-8")


def test_level_from_the_environment_and_a_wrong_value_falls_back_to_info(data_paths, monkeypatch):
    monkeypatch.setenv(logging_setup.LEVEL_ENV, "DEBUG")
    logging_setup.setup_logging(data_paths)
    logging.getLogger("counter_app.test").debug("Feinheiten")
    assert "Feinheiten" in log_text(data_paths)
    monkeypatch.setenv(logging_setup.LEVEL_ENV, "LAUT")
    logging_setup.setup_logging(data_paths)
    logging.getLogger("counter_app.test").debug("nicht mehr")
    text = log_text(data_paths)
    assert "nicht mehr" not in text and "keine Protokollstufe" in text


def test_setting_up_twice_keeps_one_handler(data_paths):
    logging_setup.setup_logging(data_paths)
    logging_setup.setup_logging(data_paths)
    logging.getLogger("counter_app.test").info("einmal")
    assert log_text(data_paths).count("einmal") == 1


def test_unhandled_exception_is_logged_and_reported_once_per_site(data_paths):
    logging_setup.setup_logging(data_paths)
    reported = []
    logging_setup.install_excepthook(report=reported.append)
    for _ in range(3):
        try:
            raise_with_secret()
        except ValueError:
            sys.excepthook(*sys.exc_info())
    assert len(reported) == 1 and isinstance(reported[0], ValueError)
    text = log_text(data_paths)
    assert "Unbehandelte Ausnahme (Hauptthread)" in text and "raise_with_secret" in text
    assert text.count("Unbehandelte Ausnahme wiederholt") == 2 and SECRET not in text


def test_unhandled_exception_in_a_thread_is_logged_and_reported(data_paths):
    logging_setup.setup_logging(data_paths)
    reported = []
    logging_setup.install_excepthook(report=reported.append)
    worker = threading.Thread(target=raise_with_secret, name="arbeiter")
    worker.start()
    worker.join()
    assert [type(e) for e in reported] == [ValueError]
    assert "Unbehandelte Ausnahme (Thread arbeiter)" in log_text(data_paths)


def test_a_failing_report_does_not_recurse(data_paths):
    logging_setup.setup_logging(data_paths)

    def broken_report(exc):
        raise RuntimeError("Dialog kaputt")

    logging_setup.install_excepthook(report=broken_report)
    try:
        raise_with_secret()
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert "Fehlermeldung konnte nicht angezeigt werden" in log_text(data_paths)


def test_shutdown_restores_the_previous_hooks(data_paths):
    before = (sys.excepthook, threading.excepthook, logging.getLogger().level)
    logging_setup.setup_logging(data_paths)
    logging_setup.install_excepthook()
    logging_setup.shutdown_logging()
    assert (sys.excepthook, threading.excepthook, logging.getLogger().level) == before


def test_crash_message_is_german_and_names_the_log_file(data_paths):
    path = logging_setup.setup_logging(data_paths)
    message = logging_setup.crash_message(ValueError(SECRET))
    assert "unerwarteter Fehler" in message and "ValueError" in message and str(path) in message
    assert SECRET not in message


# The rule is kept where log calls are written; this catches the obvious slips in the app's code.
FORBIDDEN_IN_LOG_CALLS = {"client", "client_name", "file_number", "date_of_birth", "nationality", "note", "notes",
                          "answer", "text", "letter_text", "body"}
LOG_METHODS = {"debug", "info", "warning", "error", "exception", "critical", "log"}


def log_call_arguments(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in LOG_METHODS:
            owner = ast.unparse(node.func.value)
            if owner in ("log", "logger", "_log") or "getLogger" in owner or owner == "logging":
                yield node, node.args[1:] + [k.value for k in node.keywords if k.arg not in ("exc_info", "stack_info")]


def test_the_apps_log_calls_pass_no_personal_fields():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for call, arguments in log_call_arguments(ast.parse(path.read_text("utf-8"))):
            names = {n.id for a in arguments for n in ast.walk(a) if isinstance(n, ast.Name)}
            names |= {n.attr for a in arguments for n in ast.walk(a) if isinstance(n, ast.Attribute)}
            if names & FORBIDDEN_IN_LOG_CALLS:
                offenders.append(f"{path.relative_to(PACKAGE)}:{call.lineno}: {sorted(names & FORBIDDEN_IN_LOG_CALLS)}")
    assert offenders == []
