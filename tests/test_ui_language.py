"""English as the second UI language: the catalogue is complete and compiled, the main window
speaks English with it, and the texts marked in the UI are the core's German texts unchanged."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from counter_app import content_audit, content_diff, content_packs, conversations, referrals, statistics
from counter_app.letters.catalog import ORIGIN_DEFAULT, ORIGIN_IMPORTED
from counter_app.snippets import LANGUAGE_NAMES
from counter_app.ui import checklist_model, language_names, referral_editor, referral_panel
from counter_app.ui.app import install_translations
from counter_app.ui.editor import audit_view, pack_dialog, templates_dialog, tree_model
from counter_app.ui.main_window import MainWindow
from counter_app.ui.statistics_view import StatsTableModel

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def load_tool():
    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "tools" / "build_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = load_tool()


@pytest.fixture
def english(qapp):
    """The English catalogue for one test; afterwards the UI is German again for the other tests."""
    locale = QLocale()
    translators = install_translations(qapp, "en")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_main_window_speaks_english_with_the_english_catalogue(qtbot, english, services):
    assert any(Path(t.filePath()).name == "counter_app_en.qm" for t in english)
    window = MainWindow(services)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == "&Conversation" and "&Gespräch" not in menus
    assert "&Help" in menus
    model = window.view.model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header == ["Item", "Status / answer", "Note"]
    conversations_header = window.list_model.headerData(1, Qt.Orientation.Horizontal)
    assert conversations_header == "File number"  # a header of a RowTableModel subclass
    assert window.form.status_filter.itemText(0) == "Open conversations"
    assert language_names.language_label("ar") == "Arabic"


def test_without_the_catalogue_the_ui_stays_german(qtbot, services):
    assert QCoreApplication.translate("MainWindow", "&Gespräch") == "&Gespräch"
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&Gespräch"
    model = window.view.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Punkt", "Status / Antwort", "Notiz"]


def test_every_message_of_the_english_catalogue_is_translated(capsys):
    assert tool.unfinished("en") == []
    assert tool.main(["--check"]) == 0, capsys.readouterr().out


def test_the_compiled_catalogue_matches_the_ts_file(tmp_path):
    ts_file = tool.ts_file("en")
    compiled = tmp_path / "counter_app_en.qm"
    subprocess.run([*tool.tool("lrelease"), "-silent", str(ts_file), "-qm", str(compiled)], check=True)
    committed = ts_file.with_suffix(".qm")
    assert committed.exists(), "run: python tools/build_translations.py --compile-only"
    assert committed.read_bytes() == compiled.read_bytes(), \
        "counter_app_en.qm is older than counter_app_en.ts: python tools/build_translations.py --compile-only"


def test_texts_marked_in_the_ui_are_the_core_texts():
    """The UI marks the core's German labels for translation (the core does not import Qt); the
    marked copies must stay word for word what the core says."""
    assert checklist_model.STATUS_LABELS == conversations.STATUS_LABELS
    assert checklist_model.KIND_LABELS == content_diff.KIND_LABELS == tree_model.KIND_LABELS
    assert StatsTableModel.COLUMNS == statistics.HEADER
    assert referral_editor.CATEGORY_LABELS == referrals.CATEGORIES
    assert audit_view.ACTION_LABELS == content_audit.ACTIONS
    assert pack_dialog.ACTION_LABELS == content_packs.ACTION_LABELS
    assert pack_dialog.KIND_LABELS == content_packs.KIND_LABELS
    assert language_names.NAMES == {**LANGUAGE_NAMES, **referrals.EXTRA_LANGUAGE_NAMES}
    assert templates_dialog.ORIGIN_LABELS == {ORIGIN_DEFAULT: ORIGIN_DEFAULT, ORIGIN_IMPORTED: ORIGIN_IMPORTED}
    for specificity, reason in referral_panel.REASONS.items():
        suggestion = referrals.Suggestion(referral=None, specificity=specificity, speaks_language=False)
        assert suggestion.reason == reason


def test_language_names_fall_back_to_the_core_names():
    for code in (*LANGUAGE_NAMES, *referrals.EXTRA_LANGUAGE_NAMES, "xx"):
        assert language_names.language_label(code) == referrals.language_name(code)
