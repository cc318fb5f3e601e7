"""Loading the default content from resources/ into a new database (first start)."""

from __future__ import annotations

from pathlib import Path

from . import checklists, snippets
from .db import Store
from .paths import resource_path

DEFAULT_AUTHOR = "Standardinhalt"
REFERRALS_LOADED = "referrals_loaded"  # local_meta key: the example referral directory was loaded once


def default_referrals_pending(store: Store) -> bool:
    return not store.read_only and not store.scalar("SELECT 1 FROM local_meta WHERE key = ?", (REFERRALS_LOADED,))


def default_checklist_files() -> list[Path]:
    return sorted(resource_path("content", "checklists").glob("*.yaml"))


def load_default_checklists() -> list[checklists.Checklist]:
    """Parse and validate every default checklist; any error refuses all of them."""
    return [checklists.load_checklist_file(path) for path in default_checklist_files()]


def ensure_default_content(store: Store) -> bool:
    """Load the default checklists and snippets into a database that has none. True if loaded."""
    if default_referrals_pending(store):  # also for databases made before the directory existed
        from . import referrals  # only then: a normal start does not load the referral code

        referrals.ensure_default_referrals(store)
    if store.scalar("SELECT COUNT(*) FROM matters"):
        return False
    loaded = load_default_checklists()
    library_file = resource_path("content", "snippets.yaml")
    library = snippets.load_library_file(library_file) if library_file.exists() else None
    with store.transaction():  # all or nothing: a crash here leaves an empty database
        for checklist in loaded:
            checklists.publish(store, checklist, author=DEFAULT_AUTHOR, comment="Standardinhalt (Erstinstallation)")
            snippets.sync_checklist_texts(store, checklist, status=checklist.translation_status)
        if library:
            snippets.import_library(store, library)
    return True
