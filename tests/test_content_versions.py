"""Drafts, publishing, versions and pinning, readable and YAML diffs, reviews and the content audit."""

from __future__ import annotations

import sqlite3

import pytest

from counter_app import checklists, content_audit, content_versions, conversations, snippets
from counter_app.content_diff import describe_changes, format_condition, yaml_diff
from counter_app.content_versions import DraftOutdatedError
from counter_app.db import Store
from counter_app.errors import ContentError, NotFoundError

DIVORCE = {"id": "divorce_decree", "kind": "document", "title": "Scheidungsurteil", "when": {"married": True},
           "client_text": {lang: "Scheidungsurteil" for lang in checklists.CLIENT_LANGUAGES}}


def items_of(data: dict, group: str) -> list[dict]:
    return next(g for g in data["groups"] if g["id"] == group)["items"]


def edit_and_publish(store, change, *, author="lead", comment="") -> content_versions.Published:
    draft = content_versions.open_draft(store, "test_matter")
    change(draft.data)
    content_versions.save_draft(store, "test_matter", draft.data, author=author, base_version=draft.base_version)
    return content_versions.publish_draft(store, "test_matter", author=author, comment=comment)


def test_a_draft_survives_a_restart_and_is_published_as_the_next_version(store, tmp_path):
    draft = content_versions.open_draft(store, "test_matter")
    assert not draft.saved and draft.base_version == 1
    items_of(draft.data, "documents").insert(2, DIVORCE)
    content_versions.save_draft(store, "test_matter", draft.data, author="lead", base_version=1)
    path = store.path
    store.close()
    reopened = Store.open(path)
    try:
        again = content_versions.open_draft(reopened, "test_matter")
        assert again.saved and again.author == "lead" and items_of(again.data, "documents")[2]["id"] == "divorce_decree"
        published = content_versions.publish_draft(reopened, "test_matter", author="lead", comment="Scheidung")
        assert (published.version, published.previous_version) == (2, 1)
        assert "Punkt hinzugefügt: Scheidungsurteil (Gruppe Unterlagen)" in published.changes
        assert content_versions.load_draft(reopened, "test_matter") is None
        assert [v.version for v in content_versions.history(reopened, "test_matter")] == [2, 1]
        assert content_versions.history(reopened, "test_matter")[0].comment == "Scheidung"
    finally:
        reopened.close()


def test_a_conversation_keeps_its_version_after_publishing(store):
    client = conversations.Client(name="Test, Pinning")
    old = conversations.start(store, client=client, matter_id="test_matter", language="de", clerk="t")
    edit_and_publish(store, lambda data: items_of(data, "documents").append(DIVORCE))
    new = conversations.start(store, client=client, matter_id="test_matter", language="de", clerk="t")
    assert conversations.load(store, old).checklist.version == 1
    assert "divorce_decree" not in [i.id for i in conversations.load(store, old).checklist.items()]
    assert conversations.load(store, new).checklist.item("divorce_decree").title == "Scheidungsurteil"


def test_an_invalid_draft_is_refused_with_the_reason_and_stays_a_draft(store):
    draft = content_versions.open_draft(store, "test_matter")
    items_of(draft.data, "documents").append({**DIVORCE, "when": {"divorced": True}})
    content_versions.save_draft(store, "test_matter", draft.data, author="lead", base_version=1)
    with pytest.raises(ContentError) as info:
        content_versions.publish_draft(store, "test_matter", author="lead")
    assert "divorced" in str(info.value) and "divorce_decree" in str(info.value) and "Entwurf" in str(info.value)
    assert content_versions.load_draft(store, "test_matter") is not None
    assert checklists.load(store, "test_matter").version == 1


def test_an_outdated_draft_needs_force(store):
    draft = content_versions.open_draft(store, "test_matter")
    content_versions.save_draft(store, "test_matter", {**draft.data, "title": "Entwurf A"}, author="a", base_version=1)
    checklists.publish(store, checklists.parse_checklist({**draft.data, "title": "Anderswo"}, origin="x"), author="b")
    with pytest.raises(DraftOutdatedError, match="Version 2"):
        content_versions.publish_draft(store, "test_matter", author="a")
    assert content_versions.publish_draft(store, "test_matter", author="a", force=True).version == 3


def test_publishing_without_changes_makes_no_version_and_unknown_matter_is_named(store):
    draft = content_versions.open_draft(store, "test_matter")
    content_versions.save_draft(store, "test_matter", draft.data, author="lead", base_version=1)
    published = content_versions.publish_draft(store, "test_matter", author="lead")
    assert not published.is_new_version and published.changes == ()
    with pytest.raises(NotFoundError):
        content_versions.publish_draft(store, "test_matter", author="lead")
    with pytest.raises(NotFoundError, match="nope"):
        content_versions.history(store, "nope")


def test_readable_diff_names_every_kind_of_change(test_checklist):
    old = test_checklist.to_dict()
    new = test_checklist.to_dict()
    items_of(new, "documents").append(DIVORCE)
    items_of(new, "documents")[0]["title"] = "Gültiger Reisepass"
    items_of(new, "documents")[1]["when"] = {"married": True, "age": {"ge": 18}}
    items_of(new, "documents")[0]["client_text"]["ar"] = "جديد"
    new["fees"]["items"][1]["amount"] = "96.00"
    new["fees"]["reductions"][1]["factor"] = "0.4"
    moved = items_of(new, "documents").pop(2)
    items_of(new, "questions").append(moved)
    del items_of(new, "documents")[-2]  # the travel hint
    new["groups"].reverse()
    lines = describe_changes(old, new)
    assert "Punkt hinzugefügt: Scheidungsurteil (Gruppe Unterlagen)" in lines
    assert "Titel geändert: Reisepass → Gültiger Reisepass" in lines
    assert "Bedingung geändert (Heiratsurkunde): married = ja → married = ja und age ≥ 18" in lines
    assert "Kundentext geändert (Gültiger Reisepass): ar" in lines
    assert "Gebühr geändert (Verlängerung): 93,00 € → 96,00 €" in lines
    assert "Ermäßigung geändert (Minderjährige): 50 % der Gebühr → 40 % der Gebühr" in lines
    assert "Punkt verschoben (Zustimmung beider Eltern): Unterlagen → Fragen" in lines
    assert "Punkt entfernt: Reisen nur mit gültigem Titel" in lines
    assert "Reihenfolge der Gruppen geändert" in lines
    assert describe_changes(old, old) == []


def test_yaml_diff_shows_the_changed_lines(test_checklist):
    old, new = test_checklist.to_dict(), test_checklist.to_dict()
    new["fees"]["items"][1]["amount"] = "96.00"
    lines = yaml_diff(old, new, old_label="Version 1", new_label="Version 2")
    assert lines[0] == "--- Version 1" and lines[1] == "+++ Version 2"
    assert "-    amount: '93.0'" in lines and "+    amount: '96.00'" in lines


def test_any_two_versions_can_be_compared_in_either_order(store):
    edit_and_publish(store, lambda data: data.update(title="Testanliegen 2"))
    edit_and_publish(store, lambda data: data["fees"]["items"][1].update(amount="96.00"))
    forward = content_versions.diff_versions(store, "test_matter", 1, 3)
    assert forward.lines == ("Titel des Anliegens geändert: Testanliegen → Testanliegen 2",
                             "Gebühr geändert (Verlängerung): 93,00 € → 96,00 €")
    backward = content_versions.diff_versions(store, "test_matter", 3, 2)
    assert backward.lines == ("Gebühr geändert (Verlängerung): 96,00 € → 93,00 €",)
    assert "+    amount: '93.0'" in backward.yaml and "-    amount: '96.00'" in backward.yaml


def test_conditions_read_as_german_expressions():
    assert format_condition(None) == "keine"
    assert format_condition({"funding": ["a", "b"]}) == "funding = a oder b"
    assert format_condition({"any": [{"x": True}, {"not": {"y": False}}]}) == "(x = ja oder nicht (y = nein))"


def test_machine_drafts_are_stored_as_machine_and_reviews_are_not_undone(store):
    snippets.sync_checklist_texts(store, checklists.load(store, "test_matter"), status="unreviewed")
    sid = snippets.checklist_snippet_id("test_matter", "passport")
    content_versions.review_snippet(store, snippet_id=sid, language="fr", reviewer="lead",
                                    text="Veuillez apporter votre passeport valide.")

    def change(data):
        item = items_of(data, "documents")[0]
        assert item["client_text"]["fr"] == "Veuillez apporter votre passeport valide."  # from the library
        item["client_text"]["tr"] = "Makine metni"
        item[content_versions.MACHINE_KEY] = ["tr"]
        item["title"] = "Pass"

    edit_and_publish(store, change)
    texts = snippets.texts_for(store, sid)
    assert texts["tr"].status == "machine" and texts["tr"].text == "Makine metni"
    assert texts["fr"].status == "reviewed" and texts["fr"].reviewed_by == "lead"
    assert checklists.load(store, "test_matter").item("passport").client_text["fr"].endswith("valide.")


def test_review_and_publish_are_audited_and_raise_the_content_version(store):
    snippets.sync_checklist_texts(store, checklists.load(store, "test_matter"), status="unreviewed")
    before = content_versions.content_version(store)
    content_versions.review_snippet(store, snippet_id="checklist.test_matter.passport", language="ar", reviewer="lead")
    edit_and_publish(store, lambda data: data.update(title="Neu"), comment="Titel")
    assert content_versions.content_version(store) == before + 2
    entries = content_audit.entries(store)
    assert [(e.action, e.who, e.subject) for e in entries] == [
        ("publish", "lead", "test_matter"), ("review", "lead", "checklist.test_matter.passport")]
    assert entries[0].detail == "Version 2: Titel" and entries[0].label == "Checkliste veröffentlicht"
    row = snippets.texts_for(store, "checklist.test_matter.passport")["ar"]
    assert row.status == "reviewed" and row.reviewed_by == "lead"


def test_the_content_audit_is_append_only(store):
    content_audit.record(store, "export", who="lead", subject="pack")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        with store.transaction() as conn:
            conn.execute("UPDATE content_audit SET who = 'someone else'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        with store.transaction() as conn:
            conn.execute("DELETE FROM content_audit")
    assert content_audit.entries(store)[0].who == "lead"
