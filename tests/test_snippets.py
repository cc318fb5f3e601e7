"""The snippet library: default data, full-text search in German and the client language, favourites,
review status, and the checklist client texts that use the same machinery."""

from __future__ import annotations

import pytest

from counter_app import snippets
from counter_app.errors import ContentError
from counter_app.paths import resource_path

REQUIRED = ("de", "en", "ar", "tr", "uk", "ru", "fa", "fr")


def test_default_library_has_80_phrases_in_eight_languages_marked_unreviewed():
    library = snippets.load_library_file(resource_path("content", "snippets.yaml"))
    assert len(library["snippets"]) >= 80
    assert library["status"] == "unreviewed"
    for snippet in library["snippets"]:
        assert all(snippet.get(lang, "").strip() for lang in REQUIRED), snippet["id"]


def test_search_finds_german_and_client_language_words(app_context):
    store = app_context.store()
    by_german = snippets.search(store, "Reisepass", language="ar")
    assert by_german and all(hit.language == "ar" for hit in by_german)
    assert any("Reisepass" in hit.german for hit in by_german)
    turkish = snippets.search(store, "pasaport", language="tr")
    assert turkish and any("pasaport" in hit.text.lower() for hit in turkish)
    assert snippets.search(store, "pasaport", language="ar") == []  # Turkish word, Arabic panel


@pytest.mark.parametrize("hostile", ['"', "AND OR NOT", "pass*)(", "'; DROP TABLE snippets; --", "NEAR(", "\u202e"])
def test_search_input_is_never_fts_syntax(app_context, hostile):
    snippets.search(app_context.store(), hostile, language="de")  # must not raise


def test_checklist_client_texts_are_in_the_library(app_context):
    store = app_context.store()
    text = snippets.client_text(store, "study", "passport", "uk")
    assert text is not None and text.status == "unreviewed" and text.text
    hits = snippets.search(store, "Reisepass", language="uk", category=snippets.CATEGORY_CHECKLIST)
    assert any(hit.snippet_id.startswith("checklist.") for hit in hits)


def test_favourites_come_first_per_user(app_context):
    store = app_context.store()
    last = snippets.search(store, "", language="en")[-1]
    snippets.set_favourite(store, user="anna", snippet_id=last.snippet_id, favourite=True)
    assert snippets.search(store, "", language="en", user="anna")[0].snippet_id == last.snippet_id
    assert snippets.search(store, "", language="en", user="ben")[0].snippet_id != last.snippet_id
    snippets.set_favourite(store, user="anna", snippet_id=last.snippet_id, favourite=False)
    assert snippets.favourites(store, "anna") == set()


def test_review_records_who_and_when_and_machine_snippets_can_be_saved(app_context):
    store = app_context.store()
    snippets.add_snippet(store, snippet_id="local.x1", category="local",
                         texts={"de": "Bitte warten Sie kurz.", "ar": "يرجى الانتظار قليلا."}, status="machine")
    assert snippets.texts_for(store, "local.x1")["ar"].status == "machine"
    assert any(t.snippet_id == "local.x1" for t in snippets.unreviewed(store, "ar"))
    snippets.review(store, snippet_id="local.x1", language="ar", reviewer="teamleitung", text="يرجى الانتظار.")
    reviewed = snippets.texts_for(store, "local.x1")["ar"]
    assert (reviewed.status, reviewed.reviewed_by, reviewed.text) == ("reviewed", "teamleitung", "يرجى الانتظار.")


def test_direction_marks_are_removed_and_rtl_is_known():
    assert snippets.clean_text("\u200fمرحبا\u202c") == "مرحبا"
    assert snippets.is_rtl("ar") and snippets.is_rtl("fa") and not snippets.is_rtl("tr")


def test_bad_library_is_refused_whole(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("categories: {a: A}\nsnippets:\n  - {id: ok, category: a, de: Hallo}\n"
                    "  - {id: ok, category: b}\n", "utf-8")
    with pytest.raises(ContentError) as info:
        snippets.load_library_file(path)
    assert "doppelt" in str(info.value) and "Kategorie" in str(info.value) and "deutscher Text" in str(info.value)
