"""Errors of the letters package; each says what happened and what to do (German, or English via `_()`)."""

from __future__ import annotations

from ..errors import ContentError, CounterAppError
from ..i18n import _


class LetterError(CounterAppError):
    """A letter cannot be produced as asked (missing input, nothing to request, …)."""


class TemplateError(ContentError):
    """A letter template is not usable; an imported one was not stored."""


class LibreOfficeMissingError(LetterError):
    """PDF export needs LibreOffice, which is not installed on this computer."""

    def __init__(self) -> None:
        super().__init__(
            _("Für den PDF-Export wird LibreOffice benötigt; es ist auf diesem Computer nicht installiert."),
            hint=_("Der Brief ist als Word-Datei gespeichert und kann so gedruckt werden. "
                   "Für PDF bitte LibreOffice von der IT installieren lassen."),
        )
