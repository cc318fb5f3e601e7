"""Content work for team leads: checklist editor with version history, translation review, letter
templates, content packs and the content audit — reached from the *Teamleitung* menu, which
exists only for team leads and admins (see `roles`).

The windows are imported when opened, so the main window's start-up does not pay for them.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from ... import roles
from ...errors import CounterAppError
from ..services import Services

log = logging.getLogger(__name__)


def user_role(services: Services) -> str:
    """The current user's role; opening the app claims an unowned data folder (single-PC use)."""
    try:
        return roles.current_role(services.ctx, claim=True)
    except CounterAppError as exc:  # e.g. a damaged file: the recovery dialog follows; no editing meanwhile
        log.warning("role not determined: %s", exc)
        return roles.CLERK


def add_team_lead_menu(window: QMainWindow, services: Services) -> QMenu | None:
    """Add the *Teamleitung* menu for team leads and admins; clerks get none (returns None)."""
    if not roles.can_edit_content(user_role(services)):
        return None
    menu = window.menuBar().addMenu(QCoreApplication.translate("team_lead_menu", "&Teamleitung"))
    menu.setObjectName("team_lead_menu")
    for text, opener in ((QCoreApplication.translate("team_lead_menu", "Checklisten &bearbeiten …"),
                          _checklist_editor),
                         (QCoreApplication.translate("team_lead_menu", "Übersetzungen &prüfen …"), _snippet_review),
                         (QCoreApplication.translate("team_lead_menu", "Brief&vorlagen …"), _templates), (None, None),
                         (QCoreApplication.translate("team_lead_menu", "Inhaltspaket &exportieren …"), _export_pack),
                         (QCoreApplication.translate("team_lead_menu", "Inhaltspaket &importieren …"), _import_pack),
                         (None, None),
                         (QCoreApplication.translate("team_lead_menu", "Änderungs&protokoll der Inhalte …"), _audit),
                         (None, None),
                         (QCoreApplication.translate("team_lead_menu", "&Statistik (anonym) …"), _statistics),
                         (QCoreApplication.translate("team_lead_menu", "&Weitervermittlung: Verweisverzeichnis …"),
                          _referrals)):
        if text is None:
            menu.addSeparator()
            continue
        action = QAction(text, window)
        action.triggered.connect(lambda _checked=False, opener=opener: opener(services, window))
        menu.addAction(action)
    return menu


def _statistics(services: Services, window: QMainWindow):
    from ..statistics_view import open_statistics_view  # imports matplotlib: only when opened

    return open_statistics_view(services, window)


def _referrals(services: Services, window: QMainWindow) -> None:
    from ..referral_editor import open_referral_editor

    open_referral_editor(services, window)


def _checklist_editor(services: Services, window: QMainWindow):
    from .checklist_editor import open_checklist_editor

    return open_checklist_editor(services, window)


def _snippet_review(services: Services, window: QMainWindow) -> None:
    from .snippet_review import open_snippet_review

    open_snippet_review(services, window)


def _templates(services: Services, window: QMainWindow) -> None:
    from .templates_dialog import open_templates_dialog

    open_templates_dialog(services, window)


def _export_pack(services: Services, window: QMainWindow) -> None:
    from .pack_dialog import export_pack_interactive

    export_pack_interactive(services, window)


def _import_pack(services: Services, window: QMainWindow) -> None:
    from .pack_dialog import import_pack_interactive

    import_pack_interactive(services, window)


def _audit(services: Services, window: QMainWindow) -> None:
    from .audit_view import open_content_audit

    open_content_audit(services, window)


def check_sync_folder_at_start(services: Services, window: QMainWindow) -> None:
    """Start-up hook for ui/app.py (imports the pack machinery only when a sync folder is set)."""
    if services.ctx.settings.get("paths.sync_folder"):
        from .sync import check_sync_folder_at_start as check

        check(services, window)
