"""Letter templates for team leads: add a new one, replace one (also a default), retire an imported
one. Every file is checked by the letters package first; a refused file changes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from ... import content_templates
from ...letters.catalog import ORIGIN_DEFAULT, ORIGIN_IMPORTED, TemplateInfo
from .. import bus
from ..row_table_model import RowTableModel
from ..services import Services


# the letters catalogue's origins, marked for translation here (the core does not import Qt)
ORIGIN_LABELS = {ORIGIN_DEFAULT: QT_TRANSLATE_NOOP("TemplatesModel", "Standard"),
                 ORIGIN_IMPORTED: QT_TRANSLATE_NOOP("TemplatesModel", "eigene")}


class TemplatesModel(RowTableModel[TemplateInfo]):
    COLUMNS = (QT_TRANSLATE_NOOP("TemplatesModel", "Name"), QT_TRANSLATE_NOOP("TemplatesModel", "Titel"),
               QT_TRANSLATE_NOOP("TemplatesModel", "Herkunft"))

    def cell(self, row: TemplateInfo, column: int) -> str:
        if row.replaces_default:
            origin = self.tr("eigene (ersetzt Standard)")
        else:
            origin = self.tr(ORIGIN_LABELS.get(row.origin, row.origin))
        return (row.name, row.title, origin)[column]


class TemplatesDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Briefvorlagen"))
        self.setAccessibleName(self.tr("Briefvorlagen verwalten"))
        self.resize(720, 420)
        self.model = TemplatesModel(self)
        self.table = QTableView(accessibleName=self.tr("Briefvorlagen"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.info = QLabel(wordWrap=True, accessibleName=self.tr("Meldung"))
        self.add_button = QPushButton(self.tr("&Hinzufügen …"))
        self.replace_button = QPushButton(self.tr("&Ersetzen …"))
        self.retire_button = QPushButton(self.tr("&Zurückziehen"))
        self.add_button.clicked.connect(self.choose_and_add)
        self.replace_button.clicked.connect(self.choose_and_replace)
        self.retire_button.clicked.connect(self.retire_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.replace_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.info)
        layout.addWidget(close)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(content_templates.list_templates(self.services.ctx))
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_buttons()

    def selected(self) -> TemplateInfo | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _update_buttons(self) -> None:
        info = self.selected()
        self.replace_button.setEnabled(info is not None)
        self.retire_button.setEnabled(info is not None and info.origin == ORIGIN_IMPORTED)

    def _choose_file(self) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Word-Vorlage wählen"), "",
                                                    self.tr("Word-Dokumente (*.docx)"))
        return Path(path) if path else None

    def choose_and_add(self) -> None:
        path = self._choose_file()
        if path:
            self.add(path)

    def add(self, path: Path) -> None:
        ctx, author = self.services.ctx, self.services.clerk
        self._run(lambda: content_templates.add_template(ctx, path, author=author), self.tr("hinzugefügt"))

    def choose_and_replace(self) -> None:
        info, path = self.selected(), None
        if info is not None:
            path = self._choose_file()
        if path:
            self.replace(info.name, path)

    def replace(self, name: str, path: Path) -> None:
        ctx, author = self.services.ctx, self.services.clerk
        self._run(lambda: content_templates.replace_template(ctx, name, path, author=author), self.tr("ersetzt"))

    def retire_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(self, self.tr("Vorlage zurückziehen"), self.tr(
            "Die Vorlage „{0}“ zurückziehen? Sie wird aufbewahrt, aber nicht mehr angeboten.").format(info.title))
        if answer == QMessageBox.StandardButton.Yes:
            ctx, author = self.services.ctx, self.services.clerk
            self._run(lambda: content_templates.retire_template(ctx, info.name, author=author),
                      self.tr("zurückgezogen"))

    def _run(self, work, verb: str) -> None:
        """Checking renders an example letter: off the UI thread."""
        self.info.setText(self.tr("Vorlage wird geprüft …"))
        self.services.ops.run(self, work, success=lambda _r: self._done(verb), failure=self._failed)

    def _done(self, verb: str) -> None:
        self.info.setText(self.tr("Vorlage {0}.").format(verb))
        self.services.bus.changed.emit(bus.CONTENT, None)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        from ..errors import error_text

        self.info.setText(error_text(error))


def open_templates_dialog(services: Services, parent: QWidget | None = None) -> None:
    TemplatesDialog(services, parent).exec()
