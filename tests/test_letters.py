"""Letters: every generated document is opened again with python-docx and its text checked."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from counter_app import checklists, conversations, snippets
from counter_app.errors import NotFoundError, SettingsError
from counter_app.letters import archive, catalog, checking, deadlines, pdf, service
from counter_app.letters.context import LetterRequest
from counter_app.letters.courtesy import NOTICE_SNIPPET
from counter_app.letters.errors import LetterError, LibreOfficeMissingError, TemplateError
from counter_app.letters.fields import CLIENT_LANGUAGE_STYLE, PLACEHOLDERS

ROOT = Path(__file__).resolve().parent.parent
LETTER_DAY = date(2027, 3, 12)  # a Friday; 14 days later is Good Friday 2027
AUTHORITY = {
    "authority.name": "Landkreis Beispielheim – Ausländerbehörde", "authority.department": "Team Aufenthalt",
    "authority.address": "Am Markt 3\n31134 Beispielheim", "authority.phone": "05121 309-0",
    "authority.email": "auslaenderbehoerde@beispielheim.example", "authority.state": "NI",
    "authority.opening_hours": "Mo–Fr 8–12 Uhr",
}


# --- helpers ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeded_database(tmp_path_factory, test_checklist_module):
    """One database with the default content and the test checklist; each test gets a copy
    (loading the default content takes most of a second)."""
    from counter_app.context import AppContext

    folder = tmp_path_factory.mktemp("seed")
    with pytest.MonkeyPatch.context() as patch:  # the per-test isolation is not active yet here
        patch.setenv("COUNTER_APP_SETTINGS", str(folder / "no-machine-settings.toml"))
        seed = AppContext.create(folder)
        checklists.publish(seed.store(), test_checklist_module, author="test")
        seed.close()
    return folder / "counter.sqlite3"


@pytest.fixture(scope="module")
def test_checklist_module():
    from tests.conftest import FIXTURES

    return checklists.load_checklist_file(FIXTURES / "test_matter.yaml")


@pytest.fixture
def ctx(seeded_database, tmp_path):
    """Default content (templates, snippets) plus the test checklist, and an authority's settings."""
    from counter_app.context import AppContext

    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(seeded_database, folder / "counter.sqlite3")
    context = AppContext.create(folder)
    context.store()
    context.settings.user.update(AUTHORITY)
    yield context
    context.close()


def start(ctx, *, name="Haddad, Amal", language="ar", file_number="AZ-2027-0815", missing=("passport",
          "marriage_certificate")) -> int:
    """A conversation on the test checklist: first permit (100 €), married, blocked account."""
    store = ctx.store()
    cid = conversations.start(store, client=conversations.Client(name=name, file_number=file_number),
                              matter_id="test_matter", language=language, clerk="Frau Sommer")
    checklist = conversations.load(store, cid).checklist
    for question, value in (("first_permit", "yes"), ("married", "yes"), ("funding", "blocked_account"),
                            ("benefits", "no")):
        conversations.set_answer(store, cid, checklist.item(question), value)
    for item_id in ("passport", "marriage_certificate", "blocked_account_proof"):
        conversations.set_status(store, cid, item_id, "missing" if item_id in missing else "present")
    return cid


def all_text(docx: bytes | Path) -> str:
    """Every paragraph of body (tables included), headers and footers, one per line."""
    document = Document(io.BytesIO(docx) if isinstance(docx, bytes) else str(docx))
    parts = [document.element.body]
    for section in document.sections:
        parts += [section.header._element, section.footer._element]
    lines = []
    for part in parts:
        for paragraph in part.iter(qn("w:p")):
            lines.append("".join(t.text or "" for t in paragraph.iter(qn("w:t"))))
    return "\n".join(lines)


def client_paragraphs(docx: bytes):
    document = Document(io.BytesIO(docx))
    style_id = document.styles[CLIENT_LANGUAGE_STYLE].style_id
    return [p for p in document.element.body.iter(qn("w:p"))
            if p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}") is not None
            and p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}").get(qn("w:val")) == style_id]


def review(ctx, snippet_ids, language="ar"):
    for snippet_id in snippet_ids:
        snippets.review(ctx.store(), snippet_id=snippet_id, language=language, reviewer="teamleitung")


def expected_deadline(start: date, days: int, state: str) -> date:
    """Computed independently of the app: holidays library, weekends, step by step."""
    import holidays

    calendar = holidays.country_holidays("DE", subdiv=state)
    day = start + timedelta(days=days)
    while day.weekday() >= 5 or day in calendar:
        day += timedelta(days=1)
    return day


# --- deadlines -------------------------------------------------------------------------------


@pytest.mark.parametrize("start_day, state, expected", [
    (date(2027, 3, 12), "NI", date(2027, 3, 30)),  # Good Friday, weekend, Easter Monday
    (date(2026, 12, 11), "NI", date(2026, 12, 28)),  # Christmas Day, Boxing Day (Saturday), Sunday
    (date(2025, 10, 17), "NI", date(2025, 11, 3)),  # Reformation Day is a holiday in Lower Saxony …
    (date(2025, 10, 17), "BY", date(2025, 10, 31)),  # … but not in Bavaria
    (date(2026, 5, 1), "NW", date(2026, 5, 15)),  # an ordinary Friday stays
])
def test_deadline_is_the_next_working_day_of_the_state(start_day, state, expected):
    deadline = deadlines.compute_deadline(start_day, 14, state)
    assert deadline.day == expected == expected_deadline(start_day, 14, state)
    assert deadline.moved == (expected != start_day + timedelta(days=14))


def test_deadline_explains_why_it_moved_and_rejects_unknown_states():
    deadline = deadlines.compute_deadline(LETTER_DAY, 14, "NI")
    assert deadline.note() == "verschoben wegen Karfreitag, Wochenende, Ostermontag"
    with pytest.raises(SettingsError, match="Bundesland"):
        deadlines.compute_deadline(LETTER_DAY, 14, "XX")


# --- the request for missing documents ----------------------------------------------------------


def test_request_for_missing_documents_has_everything_and_is_archived(ctx):
    cid = start(ctx)
    letter = service.create_letter(ctx, cid, LetterRequest("nachforderung", today=LETTER_DAY,
                                   fields={"client_address": "Lindenweg 5\n30159 Hannover"}), clerk="sommer")
    text = all_text(letter.path)
    for expected in ("Amal Haddad", "Lindenweg 5", "30159 Hannover", "AZ-2027-0815", "Frau Sommer", "12.03.2027",
                     "Reisepass", "Heiratsurkunde", "30.03.2027", "Dienstag", "100,00 €", "§ 82 Abs. 1 AufenthG",
                     "unberücksichtigt", AUTHORITY["authority.name"], "Team Aufenthalt", "Am Markt 3",
                     "05121 309-0", AUTHORITY["authority.email"], "Mo–Fr 8–12 Uhr", "Mit freundlichen Grüßen"):
        assert expected in text, expected
    assert "Sperrkontonachweis" not in text.split("Mit freundlichen Grüßen")[0]  # present, not requested
    assert "Höflichkeitsübersetzung" not in text
    assert letter.path.parent == ctx.paths.root / "letters" / str(cid)
    (stored,) = archive.list_letters(ctx.store(), ctx.paths.root, cid)
    assert stored.deadline == date(2027, 3, 30) and stored.clerk == "sommer" and stored.template == "nachforderung"
    assert stored.metadata["missing_documents"] == ["Reisepass", "Heiratsurkunde"]
    assert stored.metadata["fields"]["deadline_days"] == 14
    assert ctx.store().scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'letter_created'") == 1


def test_deadline_days_come_from_settings_or_the_clerk(ctx):
    cid = start(ctx)
    ctx.settings.user["letters.deadline_days"] = 21
    prepared = service.prepare_letter(ctx, cid, LetterRequest("nachforderung", today=LETTER_DAY))
    assert prepared.context.deadline.day == expected_deadline(LETTER_DAY, 21, "NI") == date(2027, 4, 2)
    prepared = service.prepare_letter(ctx, cid, LetterRequest("nachforderung", today=LETTER_DAY,
                                                              fields={"deadline_days": "28"}))
    assert "09.04.2027" in all_text(prepared.docx)


def test_request_needs_missing_documents(ctx):
    cid = start(ctx, missing=())
    with pytest.raises(LetterError, match="fehlt"):
        service.prepare_letter(ctx, cid, LetterRequest("nachforderung", today=LETTER_DAY))


@pytest.mark.parametrize("template, fields, expected", [
    ("einladung", {"appointment_date": "15.03.2027", "appointment_time": "09:30", "appointment_room": "2.14"},
     ["Montag, 15.03.2027", "09:30 Uhr", "Am Markt 3, 31134 Beispielheim, Raum 2.14", "Lichtbild",
      "Fingerabdrücke", "Reisepass", "Heiratsurkunde", "100,00 €", "Girocard"]),
    ("eingangsbestaetigung", {"received_on": "01.03.2027"},
     ["01.03.2027", "Reisepass", "Heiratsurkunde", "30.03.2027", "§ 81 Abs. 4 AufenthG", "100,00 €"]),
    ("fiktionsbescheinigung", {"valid_until": "30.06.2027"},
     ["§ 81 Abs. 5 AufenthG", "gültig bis 30.06.2027", "§ 81 Abs. 4 AufenthG", "Wiedereinreise", "per Post"]),
    ("fiktionsbescheinigung", {"fiktion_paragraph": "3"},
     ["§ 81 Abs. 3 Satz 1 AufenthG", "berechtigt nicht zur Wiedereinreise", "per Post"]),
])
def test_every_default_template_renders_its_content(ctx, template, fields, expected):
    cid = start(ctx)
    prepared = service.prepare_letter(ctx, cid, LetterRequest(template, fields=fields, today=LETTER_DAY))
    text = all_text(prepared.docx)
    for needle in ("Amal Haddad", "AZ-2027-0815", "12.03.2027", *expected):
        assert needle in text, needle
    if fields.get("fiktion_paragraph") == "3":
        assert "§ 81 Abs. 4" not in text


def test_invitation_asks_for_date_and_time(ctx):
    cid = start(ctx)
    with pytest.raises(LetterError, match="Termin Datum, Termin Uhrzeit"):
        service.prepare_letter(ctx, cid, LetterRequest("einladung", today=LETTER_DAY))
    with pytest.raises(LetterError, match="TT.MM.JJJJ"):
        service.prepare_letter(ctx, cid, LetterRequest("einladung", fields={"appointment_date": "31.02.2027",
                                                                            "appointment_time": "9:00"}))


def test_receipt_without_missing_documents_confirms_completeness_and_sets_no_deadline(ctx):
    cid = start(ctx, missing=())
    prepared = service.prepare_letter(ctx, cid, LetterRequest("eingangsbestaetigung", today=LETTER_DAY))
    text = all_text(prepared.docx)
    assert "vollständig vor" in text and "30.03.2027" not in text
    assert prepared.context.deadline is None


def test_hostile_names_are_printed_literally(ctx):
    name = 'Evil, {{ client.file_number }} <w:t>&amp; {% if 1 %}x{% endif %} "A&B"\x0c\x07'
    file_number = "AZ-<b>&{{7*7}}"
    cid = start(ctx, name=name, file_number=file_number)
    prepared = service.prepare_letter(ctx, cid, LetterRequest(
        "nachforderung", today=LETTER_DAY, fields={"free_text": "Bitte {{ authority.name }} & <Grüße>"}))
    text = all_text(prepared.docx)
    assert '{{ client.file_number }} <w:t>&amp; {% if 1 %}x{% endif %} "A&B" Evil' in text
    assert "AZ-<b>&{{7*7}}" in text and "49" not in text
    assert "Bitte {{ authority.name }} & <Grüße>" in text
    assert "\x0c" not in text and "\x07" not in text


def test_unknown_template_and_conversation_are_named(ctx):
    cid = start(ctx)
    with pytest.raises(NotFoundError, match="nachforderung, einladung"):
        service.prepare_letter(ctx, cid, LetterRequest("gibtsnicht"))
    with pytest.raises(NotFoundError, match="Nr. 999"):
        service.prepare_letter(ctx, 999, LetterRequest("nachforderung"))
    with pytest.raises(LetterError, match="unbekannte_angabe|Unbekannte Angabe"):
        service.prepare_letter(ctx, cid, LetterRequest("nachforderung", fields={"unbekannte_angabe": "1"}))


# --- courtesy translation --------------------------------------------------------------------------

KEY_SENTENCES = ("deadlines_missing_documents", "deadlines_late_documents", "letters_missing_documents")


def test_courtesy_translation_uses_only_reviewed_texts_by_default(ctx):
    cid = start(ctx)
    review(ctx, (NOTICE_SNIPPET, *KEY_SENTENCES))
    prepared = service.prepare_letter(ctx, cid, LetterRequest("nachforderung", courtesy=True, today=LETTER_DAY))
    text = all_text(prepared.docx)
    notice = snippets.texts_for(ctx.store(), NOTICE_SNIPPET)
    assert notice["de"].text in text and notice["ar"].text in text
    assert "Höflichkeitsübersetzung (Arabisch)" in text  # listed under Anlage
    for snippet_id in KEY_SENTENCES:
        assert snippets.texts_for(ctx.store(), snippet_id)["ar"].text in text
    duty = snippets.texts_for(ctx.store(), "letters_duty_to_cooperate")
    assert duty["ar"].text not in text and duty["de"].text in prepared.context.omitted
    assert "ungeprüfte Übersetzung" not in text
    assert "يرجى إحضار جواز سفرك." not in text  # the item's translation is not reviewed either
    assert "Reisepass" in prepared.context.omitted
    enclosure = text.split("Anlage: Höflichkeitsübersetzung")[1]
    assert "Reisepass" in enclosure and "Heiratsurkunde" in enclosure and "30.03.2027" in enclosure


def test_courtesy_enclosure_is_right_to_left_for_arabic(ctx):
    cid = start(ctx)
    prepared = service.prepare_letter(ctx, cid, LetterRequest("nachforderung", courtesy=True,
                                                              allow_unreviewed=True, today=LETTER_DAY))
    text = all_text(prepared.docx)
    assert "يرجى إحضار جواز سفرك." in text and "ungeprüfte Übersetzung" in text
    paragraphs = client_paragraphs(prepared.docx)
    assert len(paragraphs) >= 8
    for paragraph in paragraphs:
        properties = paragraph.find(qn("w:pPr"))
        assert properties.find(qn("w:bidi")) is not None
        alignment = properties.find(qn("w:jc"))
        # In a w:bidi paragraph Word reads "right" as the end of the line, i.e. the left margin.
        assert alignment is None or alignment.get(qn("w:val")) not in ("left", "right")
        runs = [r for r in paragraph.iter(qn("w:r")) if r.find(qn("w:t")) is not None]
        assert runs and all(r.find(f"{qn('w:rPr')}/{qn('w:rtl')}") is not None for r in runs)
        assert all(r.find(f"{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:bidi")) == "ar-SA" for r in runs)
    heading = next(p for p in Document(io.BytesIO(prepared.docx)).paragraphs
                   if p.text.startswith("Anlage: Höflichkeitsübersetzung"))
    assert heading.paragraph_format.page_break_before
    german = [p for p in Document(io.BytesIO(prepared.docx)).paragraphs if p.text.startswith("Guten Tag")]
    assert german[0]._p.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is None


def test_courtesy_enclosure_for_farsi_is_tagged_farsi_and_turkish_stays_left_to_right(ctx):
    farsi = start(ctx, language="fa")
    prepared = service.prepare_letter(ctx, farsi, LetterRequest("nachforderung", courtesy=True,
                                                                allow_unreviewed=True, today=LETTER_DAY))
    run = next(client_paragraphs(prepared.docx)[0].iter(qn("w:r")))
    assert run.find(f"{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:bidi")) == "fa-IR"
    turkish = start(ctx, language="tr")
    prepared = service.prepare_letter(ctx, turkish, LetterRequest("nachforderung", courtesy=True,
                                                                  allow_unreviewed=True, today=LETTER_DAY))
    assert "Lütfen pasaportunuzu getirin." in all_text(prepared.docx)
    assert all(p.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is None for p in client_paragraphs(prepared.docx))


def test_courtesy_translation_is_refused_without_a_usable_notice(ctx):
    cid = start(ctx)
    with pytest.raises(LetterError, match="ungeprüfte Übersetzungen"):
        service.prepare_letter(ctx, cid, LetterRequest("nachforderung", courtesy=True, today=LETTER_DAY))
    german = start(ctx, language="de")
    with pytest.raises(LetterError, match="Deutsch"):
        service.prepare_letter(ctx, german, LetterRequest("nachforderung", courtesy=True, today=LETTER_DAY))


def test_courtesy_sentences_follow_the_fiktion_paragraph(ctx):
    cid = start(ctx)
    request = LetterRequest("fiktionsbescheinigung", courtesy=True, allow_unreviewed=True, today=LETTER_DAY,
                            fields={"fiktion_paragraph": "3"})
    text = all_text(service.prepare_letter(ctx, cid, request).docx)
    assert snippets.texts_for(ctx.store(), "process_fiktion_no_reentry")["ar"].text in text
    assert snippets.texts_for(ctx.store(), "process_fiktion_travel")["ar"].text not in text


# --- template checks and import ------------------------------------------------------------------


def make_docx(path: Path, *paragraphs: str) -> Path:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def imported(ctx) -> list[str]:
    folder = catalog.imported_dir(ctx.paths.root)
    return sorted(p.name for p in folder.glob("*")) if folder.is_dir() else []


def do_import(ctx, source: Path, **kwargs):
    return checking.import_template(ctx.paths.root, source, settings_get=ctx.settings.get, **kwargs)


def test_a_file_that_is_not_a_word_document_is_refused(ctx, tmp_path):
    text = tmp_path / "brief.docx"
    text.write_text("Sehr geehrte Damen und Herren")
    with pytest.raises(TemplateError, match="keine Word-Datei"):
        do_import(ctx, text)
    archive_without_document = tmp_path / "leer.docx"
    with zipfile.ZipFile(archive_without_document, "w") as handle:
        handle.writestr("hallo.txt", "x")
    with pytest.raises(TemplateError, match="word/document.xml"):
        do_import(ctx, archive_without_document)
    assert imported(ctx) == []


def test_broken_placeholder_syntax_names_the_paragraph(ctx, tmp_path):
    source = make_docx(tmp_path / "kaputt.docx", "Guten Tag,", "Ihr Zeichen {{ client.file_number }",
                       "Ende")
    with pytest.raises(TemplateError) as caught:
        do_import(ctx, source)
    message = str(caught.value)
    assert "Absatz 2" in message and "Ihr Zeichen {{ client.file_number }" in message
    unclosed = make_docx(tmp_path / "offen.docx", "{%p if fees.has_fees %}", "Gebühr")
    with pytest.raises(TemplateError, match="nicht geschlossen"):
        do_import(ctx, unclosed)
    assert imported(ctx) == []


def test_unknown_placeholders_are_named(ctx, tmp_path):
    source = make_docx(tmp_path / "unbekannt.docx", "{{ kunde.name }} {{ client.nmae }} {{ client.name }}",
                       "{{ geheim }}")
    with pytest.raises(TemplateError) as caught:
        do_import(ctx, source)
    message = str(caught.value)
    assert "geheim, kunde" in message and "client.nmae" in message
    loop = make_docx(tmp_path / "schleife.docx", "{%p for d in missing_documents %}", "{{ d.titel }}",
                     "{%p endfor %}")
    with pytest.raises(TemplateError, match="titel"):
        do_import(ctx, loop)


@pytest.mark.parametrize("expression", ["{{ client.name.__class__.__mro__ }}", "{{ 9 ** 999999999 }}",
                                        "{{ 'x' * 10 ** 8 }}", "{{ range(10 ** 9) | list }}"])
def test_templates_cannot_reach_python_internals_or_exhaust_the_pc(ctx, tmp_path, expression):
    source = make_docx(tmp_path / "boese.docx", expression)
    with pytest.raises(TemplateError, match="Probelauf"):
        do_import(ctx, source)


def test_import_stores_checks_clashes_and_keeps_what_was_there(ctx, tmp_path):
    cid = start(ctx)
    good = make_docx(tmp_path / "Kurzbrief Zweigstelle.docx", "{{ authority.name }}", "Guten Tag {{ client.display_name }},",
                     "{%p for document in missing_documents %}", "– {{ document.title }}", "{%p endfor %}",
                     "bis {{ deadline.date }}. {{ free_text | join(' ') }}")
    info = do_import(ctx, good, title="Kurzbrief", author="lead")
    assert info.name == "kurzbrief_zweigstelle" and info.origin == catalog.ORIGIN_IMPORTED
    assert [f.key for f in service.template_fields(ctx, info.name)] == ["deadline_days", "client_address", "free_text"]
    text = all_text(service.prepare_letter(ctx, cid, LetterRequest(info.name, today=LETTER_DAY)).docx)
    assert "Guten Tag Amal Haddad," in text and "– Heiratsurkunde" in text and "bis 30.03.2027." in text
    stored = (catalog.imported_dir(ctx.paths.root) / "kurzbrief_zweigstelle.docx").read_bytes()
    with pytest.raises(checking.TemplateExistsError, match="--replace"):
        do_import(ctx, good)
    broken = make_docx(tmp_path / "neu.docx", "{{ client.name ")
    with pytest.raises(TemplateError):
        do_import(ctx, broken, name="kurzbrief_zweigstelle", replace=True)
    assert (catalog.imported_dir(ctx.paths.root) / "kurzbrief_zweigstelle.docx").read_bytes() == stored
    with pytest.raises(TemplateError, match="Vorlagenname"):
        do_import(ctx, good, name="../etc")


def test_an_imported_template_can_replace_a_default_one(ctx, tmp_path):
    cid = start(ctx)
    own = make_docx(tmp_path / "mein.docx", "Eigene Nachforderung für {{ client.display_name }}",
                    "{%p for document in missing_documents %}", "{{ document.title }}", "{%p endfor %}")
    with pytest.raises(checking.TemplateExistsError, match="Standard"):
        do_import(ctx, own, name="nachforderung")
    info = do_import(ctx, own, name="nachforderung", replace=True)
    assert info.replaces_default and info.title == "Nachforderung fehlender Unterlagen"
    text = all_text(service.prepare_letter(ctx, cid, LetterRequest("nachforderung", today=LETTER_DAY)).docx)
    assert "Eigene Nachforderung für Amal Haddad" in text
    assert catalog.default_dir().joinpath("nachforderung.docx").is_file()  # the default file is untouched
    do_import(ctx, own, name="nachforderung", replace=True)
    assert len(list((catalog.imported_dir(ctx.paths.root) / "replaced").glob("nachforderung-*.docx"))) == 1


def test_default_templates_pass_the_check(ctx):
    for info in catalog.list_templates(ctx.paths.root):
        result = checking.check_template(info.path, settings_get=ctx.settings.get, info=info)
        assert {"client", "authority", "letter", "courtesy"} <= result.placeholders


def test_default_templates_are_built_by_the_generator():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "make_templates.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_courtesy_snippets_exist_in_every_language():
    library = snippets.load_library_file(ROOT / "resources" / "content" / "snippets.yaml")
    by_id = {s["id"]: s for s in library["snippets"]}
    needed = {NOTICE_SNIPPET, "letters_handout_title", "letters_handout_deadline", "letters_handout_fees"}
    for info in catalog.list_templates(ROOT / "no-data"):
        needed |= {s.snippet for s in info.courtesy} | ({info.courtesy_heading} - {""})
    for snippet_id in needed:
        assert all(by_id[snippet_id].get(lang) for lang in checklists.CLIENT_LANGUAGES), snippet_id


def test_placeholder_names_do_not_hide_behind_dict_methods():
    # Jinja looks up attributes before keys: a placeholder called "items" would print a method.
    assert [(n, a) for n, (_, attrs) in PLACEHOLDERS.items() for a in attrs if hasattr({}, a)] == []


# --- archive and PDF ---------------------------------------------------------------------------


def test_letters_are_listed_newest_first_and_deleted_with_their_files(ctx):
    cid = start(ctx)
    first = service.create_letter(ctx, cid, LetterRequest("nachforderung", today=LETTER_DAY), clerk="a")
    second = service.create_letter(ctx, cid, LetterRequest("eingangsbestaetigung", today=LETTER_DAY), clerk="b")
    assert first.path != second.path
    assert [l.id for l in service.list_letters(ctx, cid)] == [second.id, first.id]
    assert archive.latest_deadline(ctx.store(), cid) == date(2027, 3, 30)
    (first.path.parent / "merkblatt.pdf").write_bytes(b"%PDF")
    assert archive.delete_for_conversation(ctx.store(), ctx.paths.root, cid) == 2
    assert not first.path.parent.exists() and service.list_letters(ctx, cid) == []


def test_pdf_export_without_libreoffice_says_so(ctx, monkeypatch):
    cid = start(ctx)
    letter = service.create_letter(ctx, cid, LetterRequest("nachforderung", today=LETTER_DAY), clerk="a")
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(LibreOfficeMissingError, match="LibreOffice"):
        service.export_pdf(ctx, letter.id)


SOFFICE = pdf.find_libreoffice()
PDFTOTEXT = shutil.which("pdftotext")


@pytest.mark.skipif(not (SOFFICE and PDFTOTEXT), reason="LibreOffice (soffice) and pdftotext are not installed; "
                    "CI can add them with: apt-get install libreoffice-writer-nogui poppler-utils")
def test_libreoffice_round_trip_keeps_the_text_and_sets_arabic_on_the_right(ctx):
    cid = start(ctx)
    letter = service.create_letter(ctx, cid, LetterRequest("nachforderung", courtesy=True, allow_unreviewed=True,
                                                           today=LETTER_DAY), clerk="a")
    exported = service.export_pdf(ctx, letter.id)
    assert exported.pdf_path.is_file() and exported.pdf_path.parent == letter.path.parent
    text = subprocess.run([PDFTOTEXT, "-layout", str(exported.pdf_path), "-"], capture_output=True, text=True,
                          check=True).stdout
    for needle in ("Amal Haddad", "AZ-2027-0815", "Reisepass", "Heiratsurkunde", "30.03.2027", "100,00 €",
                   "Höflichkeitsübersetzung"):
        assert needle in text, needle
    boxes = subprocess.run([PDFTOTEXT, "-bbox", str(exported.pdf_path), "-"], capture_output=True, text=True,
                           check=True).stdout
    arabic = [line for line in boxes.splitlines() if "<word" in line and any("\u0600" <= c <= "\u06ff" or
                                                                          "\ufb50" <= c <= "\ufeff" for c in line)]
    assert arabic
    right_edges = [float(line.split('xMax="')[1].split('"')[0]) for line in arabic]
    assert max(right_edges) > 480  # A4 is 595 pt wide: the lines end at the right margin


def test_broken_template_file_is_reported_not_crashed(ctx, tmp_path, monkeypatch):
    cid = start(ctx)
    folder = catalog.imported_dir(ctx.paths.root)
    folder.mkdir(parents=True)
    (folder / "kaputt.docx").write_bytes(b"not a zip")
    with pytest.raises(TemplateError, match="kein lesbares Word-Dokument"):
        service.prepare_letter(ctx, cid, LetterRequest("kaputt", today=LETTER_DAY))
