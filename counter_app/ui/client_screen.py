"""The client-facing screen: one text, large, in the client's language (right to left where
needed), the German original small underneath, a label for machine translation, a privacy blank."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..snippets import is_rtl
from .client_message import ClientMessage

# Families known to carry Arabic-script glyphs, best first; the first one installed is used.
ARABIC_FONTS = ("Noto Naskh Arabic", "Noto Sans Arabic", "Segoe UI", "Tahoma", "Arial", "DejaVu Sans")
TEXT_POINT_SIZE = 40
GERMAN_POINT_SIZE = 16


def font_for(language: str, point_size: int) -> QFont:
    font = QFont(QGuiApplication.font())
    if language in ("ar", "fa", "ur", "ps"):
        installed = set(QFontDatabase.families(QFontDatabase.WritingSystem.Arabic))
        family = next((f for f in ARABIC_FONTS if f in installed), None)
        if family:
            font.setFamily(family)
    font.setPointSize(point_size)
    return font


class ClientScreen(QWidget):
    """A separate top-level window; shown full screen on the chosen monitor."""

    def __init__(self, *, authority_name: str = "") -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Anzeige für die Kundin/den Kunden"))
        self.setAccessibleName(self.tr("Anzeige für die Kundin/den Kunden"))
        self.setStyleSheet("background: #ffffff; color: #111111;")
        self.blanked = False
        self.message: ClientMessage | None = None
        self.text = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.text.setAccessibleName(self.tr("Text für die Kundin/den Kunden"))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.german = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.german.setFont(font_for("de", GERMAN_POINT_SIZE))
        self.german.setStyleSheet("color: #555555;")
        self.machine_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.machine_label.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.machine_label.setFont(font_for("de", GERMAN_POINT_SIZE))
        self.blank_label = QLabel(authority_name, alignment=Qt.AlignmentFlag.AlignCenter)
        self.blank_label.setFont(font_for("de", GERMAN_POINT_SIZE + 4))
        self.blank_label.setStyleSheet("color: #777777;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addWidget(self.machine_label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.german)
        layout.addWidget(self.blank_label, 1)
        # The clerk's keys also work when this window has focus (e.g. on a touch screen).
        QShortcut(QKeySequence("F6"), self, activated=self.toggle_blank)
        QShortcut(QKeySequence("Escape"), self, activated=self.hide)
        self._render()

    def show_message(self, message: ClientMessage) -> None:
        self.message = message
        self.blanked = False
        self._render()

    def set_blank(self, blank: bool) -> None:
        self.blanked = blank
        self._render()

    def toggle_blank(self) -> None:
        self.set_blank(not self.blanked)

    def _render(self) -> None:
        message = None if self.blanked else self.message
        for widget in (self.text, self.german, self.machine_label):
            widget.setVisible(message is not None)
        self.blank_label.setVisible(message is None)
        if message is None:
            return
        direction = Qt.LayoutDirection.RightToLeft if is_rtl(message.language) else Qt.LayoutDirection.LeftToRight
        self.text.setLayoutDirection(direction)
        self.text.setFont(font_for(message.language, TEXT_POINT_SIZE))
        self.text.setText(message.text)
        self.german.setText(message.german if message.german and message.language != "de" else "")
        self.german.setVisible(bool(self.german.text()))
        label = ""
        if message.machine:
            via = self.tr(" (über {0})").format(", ".join(message.via)) if message.via else ""
            label = self.tr("Maschinelle Übersetzung – kann Fehler enthalten") + via
        self.machine_label.setText(label)
        self.machine_label.setVisible(bool(label))

    def show_on(self, screen_index: int | None, *, full_screen: bool) -> None:
        """Show on monitor `screen_index` (default: the last one, usually the client's)."""
        screens = QGuiApplication.screens()
        if screens:
            index = len(screens) - 1 if screen_index is None else max(0, min(screen_index, len(screens) - 1))
            geometry = screens[index].availableGeometry()
            self.setScreen(screens[index])
            self.move(geometry.topLeft())
            if not full_screen:
                self.resize(min(1024, geometry.width()), min(640, geometry.height()))
        if full_screen:
            self.showFullScreen()
        else:
            self.showNormal()
        self.raise_()
