"""PDF export through LibreOffice in headless mode, where it is installed.

LibreOffice keeps a user profile and refuses a second process on the same one, and creating a
profile costs seconds. So we keep one private profile per user in the temp folder and convert
one document at a time (a lock); a conversion takes about a second once the profile exists.
Call from a worker thread: this blocks.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from ..i18n import _
from .errors import LetterError, LibreOfficeMissingError

TIMEOUT_SECONDS = 120
_LOCK = threading.Lock()
_WINDOWS_CANDIDATES = (r"LibreOffice\program\soffice.exe",)


def find_libreoffice() -> str | None:
    """Path of `soffice`/`libreoffice` on PATH (or in the usual Windows folders), else None."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    if sys.platform == "win32":
        for base in filter(None, (os.environ.get("PROGRAMFILES"), os.environ.get("PROGRAMFILES(X86)"))):
            for relative in _WINDOWS_CANDIDATES:
                candidate = Path(base) / relative
                if candidate.is_file():
                    return str(candidate)
    return None


def profile_dir() -> Path:
    user = os.environ.get("USER") or os.environ.get("USERNAME") or "user"
    return Path(tempfile.gettempdir()) / f"counter-app-libreoffice-{user}"


def convert_to_pdf(docx: Path, *, out_dir: Path | None = None, soffice: str | None = None) -> Path:
    """Convert `docx` to a PDF beside it (or in `out_dir`); returns the PDF's path."""
    program = soffice or find_libreoffice()
    if program is None:
        raise LibreOfficeMissingError()
    target_dir = out_dir or docx.parent
    command = [program, f"-env:UserInstallation={profile_dir().as_uri()}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(target_dir), str(docx)]
    with _LOCK:
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS,
                                    stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired as exc:
            raise LetterError(_("LibreOffice hat die PDF-Umwandlung nicht in {seconds} s beendet.").format(
                              seconds=TIMEOUT_SECONDS),
                              hint=_("Bitte LibreOffice-Fenster schließen und erneut versuchen.")) from exc
        except OSError as exc:
            raise LetterError(_("LibreOffice konnte nicht gestartet werden: {error}.").format(error=exc)) from exc
    pdf = target_dir / f"{docx.stem}.pdf"
    if result.returncode != 0 or not pdf.is_file():
        detail = (result.stderr or result.stdout).strip().splitlines()[-1:] or [_("keine Meldung")]
        raise LetterError(_("LibreOffice konnte den Brief nicht in PDF umwandeln ({detail}).").format(detail=detail[0]),
                          hint=_("Der Brief ist als Word-Datei gespeichert und kann so gedruckt werden."))
    return pdf
