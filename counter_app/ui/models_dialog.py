"""Translation models for team leads and IT: list installed models, install from a file, remove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from ..translation import InstalledModel, install_model, installed_models, remove_model
from .errors import show_error
from .row_table_model import RowTableModel
from .services import Services

class InstalledModelsModel(RowTableModel[InstalledModel]):
    COLUMNS = (QT_TRANSLATE_NOOP("InstalledModelsModel", "Sprachpaar"),
               QT_TRANSLATE_NOOP("InstalledModelsModel", "Von"), QT_TRANSLATE_NOOP("InstalledModelsModel", "Nach"),
               QT_TRANSLATE_NOOP("InstalledModelsModel", "Version"),
               QT_TRANSLATE_NOOP("InstalledModelsModel", "Paket"))

    def cell(self, model: InstalledModel, column: int) -> str:
        meta = model.metadata
        return (meta.pair, meta.source_name, meta.target_name, meta.package_version, model.name)[column]


class ModelsDialog(QDialog):
    """Models live in the app's own folder; installing checks the whole package first."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.models_dir: Path = services.ctx.models_dir
        self.setWindowTitle(self.tr("Übersetzungsmodelle"))
        self.setAccessibleName(self.tr("Übersetzungsmodelle verwalten"))
        self.resize(640, 360)
        self.info = QLabel(wordWrap=True)
        self.table_model = InstalledModelsModel(self)
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.setAccessibleName(self.tr("Installierte Übersetzungsmodelle"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.install_button = QPushButton(self.tr("Modell &installieren …"))
        self.remove_button = QPushButton(self.tr("Modell &entfernen"))
        self.install_button.clicked.connect(self.choose_and_install)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.install_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.info, self.table):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        models = installed_models(self.models_dir)
        self.table_model.set_rows(models)
        self.remove_button.setEnabled(bool(models))
        if models:
            text = self.tr("Modellordner: {0}. Übersetzungen laufen nur auf diesem Rechner (offline); "
                           "Deutsch ↔ Kundensprache läuft über Englisch, wenn es kein direktes Modell gibt.")
        else:
            text = self.tr("Es ist noch kein Übersetzungsmodell installiert. Bitte ein Argos-Translate-Paket "
                           "(.argosmodel) von der IT installieren lassen, z. B. de→en und en→ar für Arabisch. "
                           "Modellordner: {0}")
        self.info.setText(text.format(self.models_dir))

    def choose_and_install(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Modellpaket wählen"), "",
                                                    self.tr("Argos-Translate-Pakete (*.argosmodel)"))
        if path:
            self.install(Path(path))

    def install(self, path: Path) -> None:
        """Install off the UI thread; a bad package is refused whole with a clear message."""
        self.install_button.setEnabled(False)
        self.services.ops.run(self, lambda: install_model(path, self.models_dir),
                              success=self._installed, failure=self._install_failed, uses_database=False)

    def _installed(self, outcome) -> None:
        self.install_button.setEnabled(True)
        self.refresh()
        self.info.setText(self.tr("Installiert: {0} ({1} → {2}).").format(
            outcome.model.name, outcome.model.metadata.source_name, outcome.model.metadata.target_name))

    def _install_failed(self, error: BaseException) -> None:
        self.install_button.setEnabled(True)
        show_error(self, error)

    def remove_selected(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        model = self.table_model.rows[row]
        answer = QMessageBox.question(self, self.tr("Modell entfernen"),
                                      self.tr("Das Modell {0} entfernen?").format(model.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_model(self.models_dir, model.name)
        except Exception as exc:
            show_error(self, exc)
        self.refresh()


def open_models_dialog(services: Services, parent: QWidget | None = None) -> None:
    ModelsDialog(services, parent).exec()
