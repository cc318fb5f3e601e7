"""The referral directory: default examples, validation, suggestions, export and import."""

from __future__ import annotations

import pytest

from counter_app import referrals
from counter_app.content import load_default_checklists
from counter_app.errors import ContentError, NotFoundError
from counter_app.referrals import Link, Referral


def entry(referral_id: str, **values) -> dict:
    data = {"id": referral_id, "name": f"Stelle {referral_id}", "category": "other", "address": "Musterweg 1",
            "languages": ["de"], "links": []}
    data.update(values)
    return data


@pytest.fixture
def directory(store):
    """A directory with links of every specificity for the test checklist."""
    referrals.import_referrals(store, [
        entry("any_german", links=[{"matter": "*"}]),
        entry("any_arabic", languages=["de", "ar"], links=[{"matter": "*"}]),
        entry("matter_level", links=[{"matter": "test_matter"}]),
        entry("matter_arabic", languages=["ar"], links=[{"matter": "test_matter"}]),
        entry("passport_item", links=[{"matter": "test_matter", "item": "passport"}]),
        entry("other_item", links=[{"matter": "test_matter", "item": "marriage_certificate"}]),
        entry("other_matter", links=[{"matter": "study"}]),
    ], mode="add")
    return store


def ids(found) -> list[str]:
    return [s.referral.id for s in found]


def test_item_links_come_first_then_the_matter_then_every_matter(directory):
    found = referrals.suggestions(directory, "test_matter", "passport")
    assert ids(found) == ["passport_item", "matter_arabic", "matter_level", "any_arabic", "any_german"]
    assert [s.specificity for s in found] == [2, 1, 1, 0, 0]
    assert found[0].reason == "passt zu diesem Punkt"


def test_at_matter_level_item_links_are_left_out(directory):
    assert ids(referrals.suggestions(directory, "test_matter")) == [
        "matter_arabic", "matter_level", "any_arabic", "any_german"]


def test_the_clients_language_ranks_first_within_the_same_specificity(directory):
    found = referrals.suggestions(directory, "test_matter", "passport", language="ar")
    assert ids(found) == ["passport_item", "matter_arabic", "matter_level", "any_arabic", "any_german"]
    assert [s.speaks_language for s in found] == [False, True, False, True, False]
    german = referrals.suggestions(directory, "test_matter", language="de")
    assert not any(s.speaks_language for s in german)  # German is no preference: everyone speaks it


def test_a_matter_without_links_gets_the_general_services_only(directory):
    assert ids(referrals.suggestions(directory, "blue_card", "passport", "ar")) == ["any_arabic", "any_german"]


@pytest.mark.parametrize("values, message", [
    ({"name": " "}, "Der Name fehlt."),
    ({"id": "Bad Id"}, "Die Kennung „Bad Id“ ist ungültig"),
    ({"category": "cafe"}, "Die Art „cafe“ ist unbekannt"),
    ({"languages": ["arabic"]}, "„arabic“ ist kein Sprachcode"),
    ({"email": "kein-at.example"}, "Die E-Mail-Adresse „kein-at.example“ ist ungültig."),
    ({"website": "www.example.org"}, "Die Webadresse muss mit https:// oder http:// beginnen."),
    ({"address": ""}, "Bitte Anschrift, Telefon, E-Mail oder Webadresse angeben"),
    ({"links": [{"item": "passport"}]}, "Verknüpfung 1: Anliegen fehlt"),
    ({"links": [{"matter": "*", "item": "passport"}]}, "ein Punkt gehört immer zu einem bestimmten Anliegen"),
    ({"links": [{"matter": "study"}, {"matter": "study"}]}, "Verknüpfung 2: kommt doppelt vor."),
    ({"example": "ja"}, "„example“ muss true oder false sein."),
])
def test_validation_says_what_is_wrong_in_german(values, message):
    referral, problems = referrals.parse_referral(entry("x", **values))
    assert referral is None and any(message in p for p in problems), problems


def test_an_invalid_import_changes_nothing(directory):
    before = referrals.export_referrals(directory)
    with pytest.raises(ContentError) as caught:
        referrals.import_referrals(directory, [entry("fine"), entry("fine"), entry("broken", name="")],
                                   mode="replace")
    assert "kommt mehrfach vor" in str(caught.value) and "Der Name fehlt" in str(caught.value)
    assert referrals.export_referrals(directory) == before


@pytest.fixture
def other_pc(tmp_path):
    from counter_app.db import Store

    store = Store.open(tmp_path / "other-pc" / "counter.sqlite3")
    yield store
    store.close()


def test_export_and_import_round_trip_and_modes(directory, other_pc):
    exported = referrals.export_referrals(directory)
    assert exported[0]["id"] == "any_arabic" and exported[0]["links"] == [{"matter": "*"}]
    other = other_pc  # links to matters it does not have are kept: a pack may bring them first
    result = referrals.import_referrals(other, exported, mode="add")
    assert (result.added, result.updated) == (7, 0) and referrals.export_referrals(other) == exported
    local = referrals.get_referral(other, "matter_level")
    referrals.save_referral(other, Referral(**{**local.__dict__, "phone": "0123 45"}), author="teamleitung")
    assert referrals.import_referrals(other, exported, mode="add").unchanged == 7  # local edit kept
    assert referrals.get_referral(other, "matter_level").phone == "0123 45"
    assert referrals.import_referrals(other, exported, mode="update").updated == 1
    assert referrals.get_referral(other, "matter_level").phone == ""
    result = referrals.import_referrals(other, exported[:2], mode="replace")
    assert (result.removed, result.unchanged) == (5, 2) and len(referrals.list_referrals(other)) == 2


def test_save_edit_and_delete(store):
    new = Referral(id="jmd_sued", name="JMD Süd", category="youth_migration", address="Weg 1",
                   languages=("de", "uk"), links=(Link("test_matter", "passport"),))
    referrals.save_referral(store, new, author="tl", new=True)
    with pytest.raises(ContentError, match="bereits einen Eintrag"):
        referrals.save_referral(store, new, author="tl", new=True)
    with pytest.raises(ContentError, match="Der Name fehlt"):
        referrals.save_referral(store, Referral(**{**new.__dict__, "name": ""}), author="tl")
    assert referrals.get_referral(store, "jmd_sued") == new
    assert store.scalar("SELECT updated_by FROM referrals") == "tl"
    referrals.delete_referral(store, "jmd_sued")
    assert store.scalar("SELECT COUNT(*) FROM referral_links") == 0
    with pytest.raises(NotFoundError):
        referrals.delete_referral(store, "jmd_sued")


def test_suggested_ids_are_readable_and_unused():
    name = "Beispiel: Jugendmigrationsdienst (JMD) – Süd"
    assert referrals.suggest_id(name, []) == "jugendmigrationsdienst_jmd_sud"
    assert referrals.suggest_id("Straße der Vielfalt", ["strasse_der_vielfalt"]) == "strasse_der_vielfalt_2"
    assert referrals.suggest_id("123", []) == "stelle_123"
    assert referrals.suggest_id("!!!", []) == "stelle"


def test_default_directory_is_examples_linked_to_real_matters_and_items():
    entries = referrals.load_referrals_file(referrals.default_file())
    categories = {r.category for r in entries}
    assert {"migration_counselling", "youth_migration", "refugee_counselling", "health", "volunteer_guides",
            "labour_market", "language_courses", "recognition", "women", "legal_aid"} <= categories
    assert all(r.example and r.name.startswith("Beispiel:") and "ersetzen" in r.name for r in entries)
    known = {(c.id, i.id) for c in load_default_checklists() for i in c.items()}
    matters = {matter for matter, _ in known}
    for referral in entries:
        for link in referral.links:
            assert link.matter_id == "*" or link.matter_id in matters, (referral.id, link)
            assert not link.item_id or (link.matter_id, link.item_id) in known, (referral.id, link)


def test_default_directory_is_loaded_once_and_an_emptied_one_stays_empty(app_context):
    store = app_context.store()
    referrals.ensure_default_referrals(store)  # loads now, or did already when the database was made
    assert not referrals.ensure_default_referrals(store)
    found = referrals.suggestions(store, "spouse_reunification", "a1_certificate", "ar")
    assert found[0].referral.id == "sprachkurse" and found[0].referral.example
    referrals.import_referrals(store, [], mode="replace")
    assert not referrals.ensure_default_referrals(store)
    assert referrals.list_referrals(store) == []
