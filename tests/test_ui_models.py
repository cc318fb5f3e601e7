"""The models dialog: install a package from a file, refuse a bad one, remove one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from counter_app.ui import models_dialog
from counter_app.ui.app import create_services
from counter_app.ui.models_dialog import ModelsDialog

FIXTURES = Path(__file__).parent / "fixtures" / "argos"


@pytest.fixture
def dialog(qtbot, app_context):
    services = create_services(app_context, app_context.store(), synchronous_ops=True)
    dialog = ModelsDialog(services)
    qtbot.addWidget(dialog)
    return dialog


def test_no_models_explains_what_to_do(dialog):
    assert dialog.table_model.rowCount() == 0 and "noch kein Übersetzungsmodell" in dialog.info.text()


def test_install_then_remove(dialog, monkeypatch):
    dialog.install(FIXTURES / "de_en.argosmodel")
    assert [m.metadata.pair for m in dialog.table_model.rows] == ["de_en"]
    assert "Installiert" in dialog.info.text()
    dialog.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.remove_selected()
    assert dialog.table_model.rowCount() == 0


def test_bad_package_is_refused_with_a_message_and_nothing_changes(dialog, tmp_path, monkeypatch):
    dialog.install(FIXTURES / "de_en.argosmodel")
    bad = tmp_path / "kaputt.argosmodel"
    bad.write_bytes(b"not a zip at all")
    shown = []
    monkeypatch.setattr(models_dialog, "show_error", lambda parent, error: shown.append(str(error)))
    dialog.install(bad)
    assert shown and "kaputt.argosmodel" in shown[0]
    assert [m.metadata.pair for m in dialog.table_model.rows] == ["de_en"]
    assert dialog.install_button.isEnabled()
