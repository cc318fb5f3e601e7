"""The sync folder: a team lead changes a checklist, publishes it and exports a pack into the shared
folder; a second PC (its own data folder) picks it up at start-up. Two AppContexts, one sync folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMainWindow

from counter_app import checklists, content_packs, content_sync, content_versions, conversations
from counter_app.content_audit import utc_stamp
from counter_app.context import AppContext
from counter_app.ui.app import create_services
from counter_app.ui.editor import check_sync_folder_at_start
from counter_app.ui.editor.pack_dialog import PackPreviewDialog


@pytest.fixture(scope="module")
def seeded_database(tmp_path_factory) -> Path:
    ctx = AppContext.create(tmp_path_factory.mktemp("seed"))
    ctx.store()
    ctx.close()
    return ctx.paths.database


@pytest.fixture
def share(tmp_path, monkeypatch) -> Path:
    """Machine-wide settings (as IT rolls them out) naming one sync folder for every PC."""
    folder = tmp_path / "share"
    folder.mkdir()
    settings = tmp_path / "config.toml"
    settings.write_text(f'[paths]\nsync_folder = "{folder.as_posix()}"\n', "utf-8")
    monkeypatch.setenv("COUNTER_APP_SETTINGS", str(settings))
    return folder


def open_pc(seeded_database: Path, root: Path) -> AppContext:
    root.mkdir(mode=0o700)
    shutil.copyfile(seeded_database, root / seeded_database.name)
    ctx = AppContext.create(root)
    ctx.store()
    return ctx


@pytest.fixture
def pcs(seeded_database, share, tmp_path):
    lead, counter = open_pc(seeded_database, tmp_path / "pc-lead"), open_pc(seeded_database, tmp_path / "pc-counter")
    yield lead, counter
    lead.close()
    counter.close()


def publish_fee(ctx: AppContext, matter_id: str, amount: str) -> int:
    store = ctx.store()
    draft = content_versions.open_draft(store, matter_id)
    draft.data["fees"]["items"][0]["amount"] = amount
    content_versions.save_draft(store, matter_id, draft.data, author="lead", base_version=draft.base_version)
    return content_versions.publish_draft(store, matter_id, author="lead", comment="neue Gebühr").version


def export_to_share(ctx: AppContext, share: Path) -> Path:
    path = share / content_sync.pack_file_name(utc_stamp(), content_versions.content_version(ctx.store()))
    content_packs.export_pack(ctx, path, author="lead")
    return path


def fee(ctx: AppContext, matter_id: str = "study") -> str:
    return checklists.load(ctx.store(), matter_id).to_dict()["fees"]["items"][0]["amount"]


def test_a_second_pc_picks_up_the_published_checklist_from_the_sync_folder(pcs, share):
    lead, counter = pcs
    client = conversations.Client(name="Test, Laufend")
    running = conversations.start(counter.store(), client=client, matter_id="study", language="de", clerk="c")
    assert publish_fee(lead, "study", "110.00") == 2
    export_to_share(lead, share)
    assert content_sync.sync_folder(counter) == share
    check = content_sync.check_sync_folder(counter, user="clerk")
    assert check.offers_changes and [c.key for c in check.plan.changes] == ["study"]
    assert any("110,00 €" in line for line in check.plan.changes[0].details)
    content_packs.apply_import(counter, check.plan, user="clerk")
    assert fee(counter) == "110.00"
    assert checklists.load(counter.store(), "study").to_dict() == checklists.load(lead.store(), "study").to_dict()
    assert conversations.load(counter.store(), running).checklist.version == 1  # started before: keeps v1
    again = content_sync.check_sync_folder(counter, user="clerk")
    assert again.path is None and not again.offers_changes  # imported once: not offered again


def test_automatic_application_keeps_local_edits(pcs, share):
    lead, counter = pcs
    publish_fee(counter, "study", "120.00")  # the counter PC's own team lead changed it
    publish_fee(lead, "study", "110.00")
    publish_fee(lead, "extension", "99.00")
    export_to_share(lead, share)
    check = content_sync.check_sync_folder(counter, user="clerk", auto_apply=True)
    assert check.result is not None and not check.offers_changes
    assert [c.key for c in check.result.kept] == ["study"] and fee(counter) == "120.00"
    assert fee(counter, "extension") == "99.00"


def test_the_setting_switches_on_automatic_application(seeded_database, tmp_path, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    settings = tmp_path / "config.toml"
    settings.write_text(f'[paths]\nsync_folder = "{share.as_posix()}"\n[content]\nauto_apply_packs = true\n')
    monkeypatch.setenv("COUNTER_APP_SETTINGS", str(settings))
    lead, counter = open_pc(seeded_database, tmp_path / "a"), open_pc(seeded_database, tmp_path / "b")
    try:
        publish_fee(lead, "study", "110.00")
        export_to_share(lead, share)
        assert content_sync.check_sync_folder(counter, user="clerk").result is not None and fee(counter) == "110.00"
    finally:
        lead.close()
        counter.close()


def test_own_exports_and_older_packs_are_not_offered_and_the_newest_wins(pcs, share):
    lead, counter = pcs
    publish_fee(lead, "study", "101.00")
    older = export_to_share(lead, share)
    publish_fee(lead, "study", "102.00")
    newer = export_to_share(lead, share)
    assert content_sync.check_sync_folder(lead, user="lead").path is None  # both are the lead's own exports
    check = content_sync.check_sync_folder(counter, user="clerk")
    assert check.path == newer
    content_packs.apply_import(counter, check.plan, user="clerk")
    assert fee(counter) == "102.00"
    assert content_sync.newer_packs(counter, share)[0] == []  # the older one is not newer than the import
    assert older.exists()


def test_a_damaged_file_in_the_sync_folder_is_reported_and_changes_nothing(pcs, share):
    lead, counter = pcs
    before = fee(counter)
    (share / "kaputt.zip").write_bytes(b"not a zip")
    publish_fee(lead, "study", "110.00")
    good = export_to_share(lead, share)
    data = bytearray(good.read_bytes())
    data[-200] ^= 0xFF  # damage the central directory of the newest pack
    good.write_bytes(bytes(data))
    check = content_sync.check_sync_folder(counter, user="clerk", auto_apply=True)
    assert check.result is None and check.problems and "kaputt.zip" in " ".join(check.problems)
    assert fee(counter) == before


def test_no_or_unreachable_sync_folder(pcs, share):
    lead, _counter = pcs
    lead.settings.machine["paths.sync_folder"] = ""
    assert content_sync.check_sync_folder(lead, user="x").folder is None
    lead.settings.machine["paths.sync_folder"] = str(share / "missing")
    assert "nicht erreichbar" in content_sync.check_sync_folder(lead, user="x").problems[0]


def test_start_up_check_offers_the_pack_in_a_preview_dialog(qtbot, pcs, share, monkeypatch):
    lead, counter = pcs
    publish_fee(lead, "study", "110.00")
    export_to_share(lead, share)
    services = create_services(counter, counter.store())  # real worker threads
    window = QMainWindow()
    qtbot.addWidget(window)
    shown = []

    def accept(dialog):
        shown.append([c.key for c in dialog.plan.changes])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PackPreviewDialog, "exec", accept)
    monkeypatch.setattr("counter_app.ui.editor.pack_dialog.QMessageBox.information", lambda *a, **k: None)
    with qtbot.waitSignal(services.bus.changed, timeout=20_000):
        check_sync_folder_at_start(services, window)
    assert shown == [["study"]] and fee(counter) == "110.00"
    services.ops.shutdown()


def test_start_up_check_applies_automatically_and_says_so_in_the_status_bar(qtbot, pcs, share):
    lead, counter = pcs
    counter.settings.machine["content.auto_apply_packs"] = True
    publish_fee(lead, "study", "110.00")
    export_to_share(lead, share)
    services = create_services(counter, counter.store(), synchronous_ops=True)
    window = QMainWindow()
    qtbot.addWidget(window)
    check_sync_folder_at_start(services, window)
    assert "Inhaltspaket übernommen: 1 Änderung" in window.statusBar().currentMessage()
    services.ops.shutdown()
