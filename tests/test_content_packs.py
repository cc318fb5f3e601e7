"""Content packs: round trip, change plan, local edits (kept by default, replaced on request),
damaged or foreign packs refused whole, templates and referrals, and the admin commands."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
import yaml

from counter_app import (checklists, cli, content_packs, content_snippets, content_templates, content_versions,
                         conversations, referrals, snippets)
from counter_app.content_pack_files import sha256
from counter_app.context import AppContext
from counter_app.errors import ContentError


@pytest.fixture(scope="module")
def seeded_database(tmp_path_factory) -> Path:
    """One database with the default content, copied for each PC (loading it costs a second)."""
    ctx = AppContext.create(tmp_path_factory.mktemp("seed"))
    ctx.store()
    ctx.close()  # the last connection checkpoints the WAL: the file alone is complete
    return ctx.paths.database


def pc(seeded_database: Path, root: Path) -> AppContext:
    root.mkdir(mode=0o700)
    shutil.copyfile(seeded_database, root / seeded_database.name)
    ctx = AppContext.create(root)
    ctx.store()
    return ctx


@pytest.fixture
def lead(seeded_database, tmp_path):
    """The team lead's PC (default content)."""
    ctx = pc(seeded_database, tmp_path / "lead")
    yield ctx
    ctx.close()


@pytest.fixture
def counter(seeded_database, tmp_path):
    """A counter PC with its own data folder (default content)."""
    ctx = pc(seeded_database, tmp_path / "counter")
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def good_pack(seeded_database, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pack")
    ctx = pc(seeded_database, folder / "lead")
    edit(ctx, "study", set_fee("110.00"))
    path = export(ctx, folder / "good.zip")
    ctx.close()
    return path


def edit(ctx, matter_id: str, change, *, author: str = "lead") -> int:
    store = ctx.store()
    draft = content_versions.open_draft(store, matter_id)
    change(draft.data)
    content_versions.save_draft(store, matter_id, draft.data, author=author, base_version=draft.base_version)
    return content_versions.publish_draft(store, matter_id, author=author).version


def set_fee(amount: str):
    return lambda data: data["fees"]["items"][0].update(amount=amount)


def snapshot(ctx) -> dict:
    store = ctx.store()
    return {"checklists": {m.id: checklists.load(store, m.id).to_dict() for m in checklists.matters(store)},
            "snippets": content_snippets.records(store), "referrals": referrals.export_referrals(store)}


def export(ctx, path: Path, **kwargs) -> Path:
    content_packs.export_pack(ctx, path, author="lead", **kwargs)
    return path


def study_fee(ctx) -> str:
    return checklists.load(ctx.store(), "study").to_dict()["fees"]["items"][0]["amount"]


def make_template(path: Path, *paragraphs: str) -> Path:
    from docx import Document

    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


# --- round trip --------------------------------------------------------------------------------


def test_round_trip_into_a_fresh_database_gives_identical_content(lead, tmp_path):
    edit(lead, "study", set_fee("110.00"))
    content_versions.review_snippet(lead.store(), snippet_id="checklist.study.passport", language="ar",
                                    reviewer="lead", text="نص مراجع")
    referral, _ = referrals.parse_referral({"id": "mbe_musterstadt", "name": "MBE Musterstadt",
                                            "category": "migration_counselling", "address": "Weg 1",
                                            "languages": ["de", "ar"], "links": [{"matter": "study"}]})
    referrals.save_referral(lead.store(), referral, author="lead")
    pack = export(lead, tmp_path / "pack.zip")
    fresh = AppContext.create(tmp_path / "fresh")
    try:
        result = content_packs.import_pack(fresh, pack, user="clerk")
        assert result.applied and not result.kept
        assert snapshot(fresh) == snapshot(lead)
        assert content_packs.plan_import(fresh, content_packs.read_pack(pack)).changes == ()
        ar = snippets.texts_for(fresh.store(), "checklist.study.passport")["ar"]
        assert (ar.text, ar.status, ar.reviewed_by) == ("نص مراجع", "reviewed", "lead")
    finally:
        fresh.close()


def test_the_pack_has_a_manifest_with_checksums_and_readable_yaml(lead, tmp_path):
    manifest = content_packs.export_pack(lead, tmp_path / "p.zip", author="Frau Lead")
    with zipfile.ZipFile(tmp_path / "p.zip") as archive:
        stored = json.loads(archive.read("manifest.json"))
        study = yaml.safe_load(archive.read("checklists/study.yaml"))
        library = yaml.safe_load(archive.read("snippets.yaml"))
        assert all(sha256(archive.read(name)) == digest for name, digest in stored["files"].items())
    assert stored["format_version"] == 1 and stored["author"] == "Frau Lead" and stored["complete"] is True
    assert stored["created"].endswith("Z") and stored["pack_id"] == manifest.pack_id
    assert study == checklists.load(lead.store(), "study").to_dict()
    assert {"texts", "retired", "origin"} <= set(library["snippets"][0])


def test_a_selection_changes_only_what_it_carries(lead, counter, tmp_path):
    edit(lead, "study", set_fee("110.00"))
    pack = export(lead, tmp_path / "study.zip", matters=["study"])
    plan = content_packs.plan_import(counter, content_packs.read_pack(pack))
    assert not plan.pack.manifest.complete
    assert [(c.kind, c.key, c.action) for c in plan.changes] == [("checklist", "study", "changed")]
    content_packs.apply_import(counter, plan, user="clerk")
    assert study_fee(counter) == "110.00" and len(checklists.matters(counter.store())) == 12


def test_a_complete_pack_retires_what_it_lacks_and_conversations_keep_working(lead, counter, tmp_path):
    with lead.store().transaction() as conn:
        conn.execute("UPDATE matters SET retired = 1 WHERE id = 'humanitarian'")
    client = conversations.Client(name="Test, Retired")
    cid = conversations.start(counter.store(), client=client, matter_id="humanitarian", language="de", clerk="t")
    plan = content_packs.plan_import(counter, content_packs.read_pack(export(lead, tmp_path / "p.zip")))
    assert [(c.key, c.action, c.local_edit) for c in plan.changes] == [("humanitarian", "removed", False)]
    content_packs.apply_import(counter, plan, user="clerk")
    assert "humanitarian" not in {m.id for m in checklists.matters(counter.store())}
    assert conversations.load(counter.store(), cid).checklist.id == "humanitarian"


# --- local edits -------------------------------------------------------------------------------


def test_local_edits_are_kept_by_default_and_replaced_on_request(lead, counter, tmp_path):
    content_packs.import_pack(counter, export(lead, tmp_path / "first.zip"), user="clerk")
    edit(counter, "study", set_fee("120.00"), author="counter-lead")  # published here after the import
    edit(lead, "study", set_fee("110.00"))
    edit(lead, "extension", set_fee("99.00"))
    second = export(lead, tmp_path / "second.zip")
    plan = content_packs.plan_import(counter, content_packs.read_pack(second))
    local = {c.key: c.local_edit for c in plan.changes if c.kind == "checklist"}
    assert local == {"study": True, "extension": False}
    assert "1 davon hier lokal geändert" in plan.summary()
    result = content_packs.apply_import(counter, plan, user="clerk")
    assert study_fee(counter) == "120.00" and [c.key for c in result.kept] == ["study"]
    assert checklists.load(counter.store(), "extension").to_dict()["fees"]["items"][0]["amount"] == "99.00"
    again = content_packs.plan_import(counter, content_packs.read_pack(second))
    assert [(c.key, c.local_edit) for c in again.changes] == [("study", True)]  # still a local edit
    content_packs.apply_import(counter, again, user="clerk", replace={("checklist", "study")})
    assert study_fee(counter) == "110.00"
    assert content_packs.plan_import(counter, content_packs.read_pack(second)).changes == ()


def test_a_locally_published_default_matter_counts_as_local_edit_before_any_import(lead, counter, tmp_path):
    edit(counter, "study", set_fee("120.00"), author="counter-lead")
    edit(lead, "study", set_fee("110.00"))
    result = content_packs.import_pack(counter, export(lead, tmp_path / "p.zip"), user="clerk", replace=True)
    assert study_fee(counter) == "110.00" and not result.kept and any(c.local_edit for c in result.applied)


def test_a_local_review_is_kept_and_client_texts_follow_their_checklist(lead, counter, tmp_path):
    content_versions.review_snippet(counter.store(), snippet_id="greeting_welcome", language="tr",
                                    reviewer="counter-lead", text="Merhaba (yerel)")
    content_versions.review_snippet(lead.store(), snippet_id="greeting_welcome", language="tr", reviewer="lead",
                                    text="Merhaba (merkez)")
    edit(counter, "study", lambda d: d["groups"][0]["items"][0]["client_text"].update(tr="yerel"), author="c")
    edit(lead, "study", lambda d: d["groups"][0]["items"][0]["client_text"].update(tr="merkez"))
    plan = content_packs.plan_import(counter, content_packs.read_pack(export(lead, tmp_path / "p.zip")))
    first_item = checklists.load(counter.store(), "study").to_dict()["groups"][0]["items"][0]["id"]
    follower = next(c for c in plan.changes if c.key == f"checklist.study.{first_item}")
    assert follower.follows == ("checklist", "study") and not follower.needs_choice
    assert {c.key for c in plan.conflicts} == {"study", "greeting_welcome"}
    content_packs.apply_import(counter, plan, user="clerk")
    assert snippets.texts_for(counter.store(), "greeting_welcome")["tr"].text == "Merhaba (yerel)"
    assert snippets.texts_for(counter.store(), f"checklist.study.{first_item}")["tr"].text == "yerel"
    content_packs.import_pack(counter, tmp_path / "p.zip", user="clerk", replace=True)
    assert snippets.texts_for(counter.store(), "greeting_welcome")["tr"].text == "Merhaba (merkez)"
    assert snippets.texts_for(counter.store(), f"checklist.study.{first_item}")["tr"].text == "merkez"


# --- templates ---------------------------------------------------------------------------------


def test_templates_travel_in_the_pack_and_a_broken_one_refuses_the_pack(lead, counter, tmp_path):
    source = make_template(tmp_path / "kurzbrief.docx", "{{ authority.name }}", "Guten Tag {{ client.display_name }},")
    content_templates.add_template(lead, source, author="lead", title="Kurzbrief")
    pack = export(lead, tmp_path / "p.zip")
    content_packs.import_pack(counter, pack, user="clerk")
    assert content_templates.imported_templates(counter)["kurzbrief"].data == source.read_bytes()
    assert content_templates.imported_templates(counter)["kurzbrief"].title == "Kurzbrief"
    broken = make_template(tmp_path / "b.docx", "Ihr Zeichen {{ client.file_number }")
    with pytest.raises(ContentError, match="Briefvorlage"):
        content_packs.import_pack(counter, rewrite(pack, tmp_path / "bad.zip", replace={
            "templates/kurzbrief.docx": broken.read_bytes()}), user="clerk")


def test_templates_are_added_replaced_and_retired_with_an_audit(lead, tmp_path):
    from counter_app import content_audit

    first = make_template(tmp_path / "einladung_extra.docx", "{{ authority.name }}")
    content_templates.add_template(lead, first, author="lead")
    content_templates.replace_template(lead, "einladung_extra", make_template(tmp_path / "v2.docx", "Neu"),
                                       author="lead")
    content_templates.retire_template(lead, "einladung_extra", author="lead")
    assert "einladung_extra" not in content_templates.imported_templates(lead)
    actions = [(e.action, e.subject) for e in content_audit.entries(lead.store())]
    assert actions == [("template_retire", "einladung_extra"), ("template_replace", "einladung_extra"),
                       ("template_add", "einladung_extra")]
    with pytest.raises(ContentError, match="Standardvorlage"):
        content_templates.retire_template(lead, "nachforderung", author="lead")


# --- damaged and foreign packs -----------------------------------------------------------------


def rewrite(source: Path, target: Path, *, drop=(), replace=None, add=None, manifest=None,
            fix_checksums: bool = True) -> Path:
    """A copy of a pack with members dropped, replaced or added (and the manifest fixed or not)."""
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    data = json.loads(members["manifest.json"])
    members.update(replace or {})
    members.update(add or {})
    for name in drop:
        members.pop(name, None)
    if fix_checksums:
        data["files"] = {n: sha256(b) for n, b in members.items() if n != "manifest.json"}
    data.update(manifest or {})
    if "manifest.json" in members and "manifest.json" not in (replace or {}):
        members["manifest.json"] = json.dumps(data).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    target.write_bytes(buffer.getvalue())
    return target


def _bad_checklist(pack: Path) -> bytes:
    with zipfile.ZipFile(pack) as archive:
        data = yaml.safe_load(archive.read("checklists/study.yaml"))
    data["groups"][-1]["items"][0]["when"] = {"divorced": True}
    return yaml.safe_dump(data, allow_unicode=True).encode()


DAMAGES = {
    "not a zip": (lambda p, t: (t.write_bytes(b"PK? no, just text"), t)[1], "keine gültige ZIP-Datei"),
    "no manifest": (lambda p, t: rewrite(p, t, drop=["manifest.json"]), "manifest.json"),
    "manifest not json": (lambda p, t: rewrite(p, t, replace={"manifest.json": b"{"}, fix_checksums=False),
                          "kein gültiges JSON"),
    "foreign manifest": (lambda p, t: rewrite(p, t, manifest={"format": "something-else"}), "kein Inhaltspaket"),
    "manifest field missing": (lambda p, t: rewrite(p, t, manifest={"author": 5}), "author"),
    "unknown format version": (lambda p, t: rewrite(p, t, manifest={"format_version": 99}), "unbekannt"),
    "checksum mismatch": (lambda p, t: rewrite(p, t, replace={"checklists/study.yaml": b"id: study\n"},
                                               fix_checksums=False), "Prüfsumme"),
    "file missing": (lambda p, t: rewrite(p, t, drop=["snippets.yaml"], fix_checksums=False), "fehlt"),
    "file not listed": (lambda p, t: rewrite(p, t, add={"checklists/extra.yaml": b"x"}, fix_checksums=False),
                        "nicht in der Paketbeschreibung"),
    "path traversal": (lambda p, t: rewrite(p, t, add={"../../evil.yaml": b"x"}), "unzulässige Datei"),
    "absolute path": (lambda p, t: rewrite(p, t, add={"/etc/passwd": b"x"}), "unzulässige Datei"),
    "zip bomb": (lambda p, t: rewrite(p, t, replace={"snippets.yaml": bytes(20 * 1024 * 1024)}), "ZIP-Bombe"),
    "invalid checklist": (lambda p, t: rewrite(p, t, replace={"checklists/study.yaml": _bad_checklist(p)}),
                          "divorced"),
    "checklist under another name": (lambda p, t: rewrite(p, t, add={"checklists/copy.yaml": _zip_read(p)}),
                                     "enthält das Anliegen"),
    "invalid snippets": (lambda p, t: rewrite(p, t, replace={"snippets.yaml": b"snippets:\n  - {id: X}\n"}),
                         "Textbausteine sind ungültig"),
    "invalid referrals": (lambda p, t: rewrite(p, t, replace={"referrals.json": b'[{"id": "x"}]'}),
                          "Verweisverzeichnis"),
}


def _zip_read(pack: Path, name: str = "checklists/study.yaml") -> bytes:
    with zipfile.ZipFile(pack) as archive:
        return archive.read(name)


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_a_damaged_or_foreign_pack_is_refused_whole_and_nothing_changes(good_pack, counter, tmp_path, damage):
    make, expected = DAMAGES[damage]
    bad = make(good_pack, tmp_path / "bad.zip")
    before = snapshot(counter)
    with pytest.raises(ContentError) as info:
        content_packs.import_pack(counter, bad, user="clerk")
    assert expected in str(info.value) and "Es wurde nichts geändert" in str(info.value)
    assert snapshot(counter) == before
    assert counter.store().scalar("SELECT COUNT(*) FROM content_packs") == 0


def test_a_failure_while_applying_rolls_everything_back(lead, counter, tmp_path, monkeypatch):
    edit(lead, "study", set_fee("110.00"))
    edit(lead, "extension", set_fee("99.00"))
    plan = content_packs.plan_import(counter, content_packs.read_pack(export(lead, tmp_path / "p.zip")))
    before = snapshot(counter)
    monkeypatch.setattr(content_packs, "record_pack", lambda *a, **k: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError):
        content_packs.apply_import(counter, plan, user="clerk")
    assert snapshot(counter) == before


# --- command line ------------------------------------------------------------------------------


def run(monkeypatch, ctx, *args: str) -> int:
    if "counter_app.cli_content" not in cli.ADMIN_COMMAND_MODULES:  # until cli.py lists it (shared file)
        monkeypatch.setattr(cli, "ADMIN_COMMAND_MODULES", (*cli.ADMIN_COMMAND_MODULES, "counter_app.cli_content"))
    ctx.close()  # the command opens the data folder itself, as IT would run it
    return cli.main(["admin", "--data-dir", str(ctx.paths.root), *args])


def test_command_line_export_dry_run_import_and_replace_local(lead, counter, tmp_path, monkeypatch, capsys):
    edit(lead, "study", set_fee("110.00"))
    edit(counter, "study", set_fee("120.00"), author="counter-lead")
    pack = tmp_path / "pack.zip"
    assert run(monkeypatch, lead, "export-pack", str(pack)) == 0
    assert "Inhaltspaket geschrieben" in capsys.readouterr().out
    assert run(monkeypatch, counter, "import-pack", str(pack), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "geändert  Checkliste" in out and "LOKAL GEÄNDERT – bleibt erhalten" in out and "Probelauf" in out
    assert "Gebühr geändert" in out and study_fee(counter) == "120.00"
    assert run(monkeypatch, counter, "import-pack", str(pack)) == 0
    assert "Behalten (hier lokal geändert): 1" in capsys.readouterr().out and study_fee(counter) == "120.00"
    assert run(monkeypatch, counter, "import-pack", str(pack), "--replace-local") == 0
    assert study_fee(counter) == "110.00"


def test_command_line_refuses_a_damaged_pack_with_exit_code_4(counter, tmp_path, monkeypatch, capsys):
    bad = tmp_path / "bad.zip"
    bad.write_text("kein Paket")
    assert run(monkeypatch, counter, "import-pack", str(bad)) == 4
    assert "abgelehnt" in capsys.readouterr().err


def test_command_line_versions_and_diff(lead, monkeypatch, capsys):
    edit(lead, "study", set_fee("110.00"))
    assert run(monkeypatch, lead, "versions", "study") == 0
    out = capsys.readouterr().out
    assert "(aktuell)" in out and "Standardinhalt" in out
    assert run(monkeypatch, lead, "diff", "study", "1", "2", "--yaml") == 0
    out = capsys.readouterr().out
    assert "Gebühr geändert" in out and "→ 110,00 €" in out and "+++ Version 2" in out
    assert run(monkeypatch, lead, "diff", "study", "1", "9") == 6
