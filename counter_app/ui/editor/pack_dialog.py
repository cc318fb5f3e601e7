"""Content packs in the UI: export to a file (the sync folder by default), and import with a preview
of every change. Items edited on this PC are kept unless the team lead ticks *Ersetzen* for them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel, QMessageBox,
                               QPlainTextEdit, QSplitter, QTableView, QVBoxLayout, QWidget)

from ... import content_packs
from ...content_audit import local_time
from ...content_packs import CHANGED, NEW, REMOVED, Change, ImportPlan, ImportResult
from .. import bus
from ..row_table_model import RowTableModel
from ..services import Services

_Index = QModelIndex | QPersistentModelIndex
DECISION_COLUMN = 4
# content_packs.ACTION_LABELS and KIND_LABELS, marked for translation here (the core does not import Qt)
ACTION_LABELS = {NEW: QT_TRANSLATE_NOOP("ChangesModel", "neu"), CHANGED: QT_TRANSLATE_NOOP("ChangesModel", "geändert"),
                 REMOVED: QT_TRANSLATE_NOOP("ChangesModel", "entfernt")}
KIND_LABELS = {"checklist": QT_TRANSLATE_NOOP("ChangesModel", "Checkliste"),
               "snippet": QT_TRANSLATE_NOOP("ChangesModel", "Textbaustein"),
               "template": QT_TRANSLATE_NOOP("ChangesModel", "Briefvorlage"),
               "referral": QT_TRANSLATE_NOOP("ChangesModel", "Verweisverzeichnis")}


class ChangesModel(RowTableModel[Change]):
    """The plan's changes; the last column is a check box for items edited here (ticked = replace)."""

    COLUMNS = (QT_TRANSLATE_NOOP("ChangesModel", "Änderung"), QT_TRANSLATE_NOOP("ChangesModel", "Art"),
               QT_TRANSLATE_NOOP("ChangesModel", "Inhalt"), QT_TRANSLATE_NOOP("ChangesModel", "Hier geändert"),
               QT_TRANSLATE_NOOP("ChangesModel", "Ersetzen"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.replace: set[tuple[str, str]] = set()

    def cell(self, row: Change, column: int) -> str:
        local = self.tr("ja – bleibt, außer „Ersetzen“") if row.needs_choice else (
            self.tr("folgt der Checkliste") if row.follows else "")
        return (self.tr(ACTION_LABELS[row.action]), self.tr(KIND_LABELS[row.kind]), row.label, local, "")[column]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        row = self.row_at(index.row())
        if index.column() == DECISION_COLUMN and row is not None and row.needs_choice:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def extra_data(self, row: Change, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == DECISION_COLUMN and row.needs_choice:
            return Qt.CheckState.Checked if row.ref in self.replace else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(row.details)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index.row())
        if role != Qt.ItemDataRole.CheckStateRole or row is None or not row.needs_choice:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        (self.replace.add if checked else self.replace.discard)(row.ref)
        self.dataChanged.emit(index, index)
        return True


class PackPreviewDialog(QDialog):
    """What a pack would change; *Übernehmen* applies it (the caller does, with `replacements()`)."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        manifest = plan.pack.manifest
        self.setWindowTitle(self.tr("Inhaltspaket übernehmen"))
        self.setAccessibleName(self.tr("Vorschau des Inhaltspakets"))
        self.resize(920, 600)
        header = QLabel(self.tr("Paket „{0}“ von {1}, erstellt {2}, Inhaltsversion {3}.\nÄnderungen: {4}.").format(
            plan.pack.files.path.name, manifest.author, local_time(manifest.created), manifest.content_version,
            plan.summary()), wordWrap=True)
        self.model = ChangesModel(self)
        self.model.set_rows(plan.changes)
        self.table = QTableView(accessibleName=self.tr("Änderungen durch das Paket"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.details = QPlainTextEdit(readOnly=True, accessibleName=self.tr("Einzelheiten der Änderung"))
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ü&bernehmen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Später"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(splitter, 1)
        note = self.tr("Hier geänderte Inhalte bleiben erhalten, außer Sie haken „Ersetzen“ an.")
        layout.addWidget(QLabel(note if plan.conflicts else ""))
        layout.addWidget(self.buttons)
        if plan.changes:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        self.details.setPlainText("\n".join(f"– {line}" for line in row.details) if row else "")

    def replacements(self) -> set[tuple[str, str]]:
        return set(self.model.replace)


def offer_plan(services: Services, plan: ImportPlan, parent: QWidget | None, *, done=None) -> None:
    """Show the preview; on *Übernehmen* apply it off the UI thread, then announce the change."""
    dialog = PackPreviewDialog(plan, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    replace = dialog.replacements()
    services.ops.run(parent, lambda: content_packs.apply_import(services.ctx, plan, user=services.clerk,
                                                               replace=replace),
                     success=lambda result: _imported(services, parent, result, done))


def _imported(services: Services, parent: QWidget | None, result: ImportResult, done) -> None:
    services.bus.changed.emit(bus.CONTENT, None)
    text = QCoreApplication.translate("content_packs", "{0} Änderung(en) übernommen.").format(len(result.applied))
    if result.kept:
        kept = QCoreApplication.translate("content_packs", "{0} hier geänderte Inhalte wurden behalten.")
        text += " " + kept.format(len(result.kept))
    if done is not None:
        done(result)
    if parent is not None:
        QMessageBox.information(parent, QCoreApplication.translate("content_packs", "Inhaltspaket übernommen"), text)


def import_pack_interactive(services: Services, parent: QWidget | None = None) -> None:
    title = QCoreApplication.translate("content_packs", "Inhaltspaket wählen")
    kinds = QCoreApplication.translate("content_packs", "Inhaltspakete (*.zip)")
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(_sync_folder(services) or ""), kinds)
    if path:
        preview_pack_file(services, Path(path), parent)


def preview_pack_file(services: Services, path: Path, parent: QWidget | None = None, *, done=None) -> None:
    """Read and check the pack off the UI thread, then show the preview (a bad pack: an error dialog)."""
    services.ops.run(parent, lambda: content_packs.plan_import(services.ctx, content_packs.read_pack(path)),
                     success=lambda plan: offer_plan(services, plan, parent, done=done))


def export_pack_interactive(services: Services, parent: QWidget | None = None) -> None:
    from ...content_audit import utc_stamp
    from ...content_sync import pack_file_name
    from ...content_versions import content_version
    folder = _sync_folder(services) or Path.home()
    suggested = folder / pack_file_name(utc_stamp(), content_version(services.store))
    title = QCoreApplication.translate("content_packs", "Inhaltspaket speichern")
    kinds = QCoreApplication.translate("content_packs", "Inhaltspakete (*.zip)")
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), kinds)
    if path:
        export_to(services, Path(path), parent)


def export_to(services: Services, path: Path, parent: QWidget | None = None, *, done=None) -> None:
    services.ops.run(parent, lambda: content_packs.export_pack(services.ctx, path, author=services.clerk),
                     success=lambda manifest: _exported(parent, path, manifest, done))


def _exported(parent: QWidget | None, path: Path, manifest, done) -> None:
    if done is not None:
        done(manifest)
    if parent is not None:
        text = QCoreApplication.translate("content_packs",
                                          "Inhaltspaket gespeichert: {0}\nInhaltsversion {1}, {2} Dateien.")
        QMessageBox.information(parent, QCoreApplication.translate("content_packs", "Inhaltspaket exportiert"),
                                text.format(path, manifest.content_version, len(manifest.files)))


def _sync_folder(services: Services) -> Path | None:
    from ...content_sync import sync_folder

    folder = sync_folder(services.ctx)
    return folder if folder is not None and folder.is_dir() else None
