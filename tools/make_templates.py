"""Build the default letter templates in resources/templates/*.docx with python-docx.

The letters follow DIN 5008 (form B): letterhead, return-address line and address field at 20 mm
from the left edge, information block at 125 mm, subject, salutation, body, closing, enclosures;
contact details in the footer. Placeholders are docxtpl/Jinja (`{{ client.name }}`, `{%p if … %}`);
the names are documented in counter_app/letters/fields.py.

`python tools/make_templates.py` writes the files; `--check` exits 1 if a file differs from what
this script would write (the output is byte-for-byte reproducible). Team leads who want their
own layout start from one of these files in Word and import it with `counter-app admin import-template`.
"""

from __future__ import annotations

import argparse
import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from counter_app.letters.fields import CLIENT_LANGUAGE_STYLE  # noqa: E402

TARGET = ROOT / "resources" / "templates"
FIXED_TIME = datetime(2026, 1, 1)
GREY = RGBColor(0x55, 0x55, 0x55)
FONT = "Arial"


# --- document and styles -----------------------------------------------------------------------


def new_document(title: str):
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(25), Mm(20)
    section.top_margin, section.bottom_margin = Mm(15), Mm(25)
    section.footer_distance = Mm(10)
    _base_styles(document)
    properties = document.core_properties
    properties.title, properties.author, properties.last_modified_by = title, "Schalterassistent", "Schalterassistent"
    properties.created = properties.modified = properties.last_printed = FIXED_TIME
    properties.revision = 1
    return document


def _base_styles(document) -> None:
    normal = document.styles["Normal"]
    _font(normal, size=11)
    normal.paragraph_format.space_after = Pt(0)
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), "de-DE")
    normal.element.get_or_add_rPr().append(language)
    client = document.styles.add_style(CLIENT_LANGUAGE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    client.base_style = normal
    client.quick_style = True
    _font(client, size=12)
    client.paragraph_format.space_after = Pt(4)
    bullet = document.styles["List Bullet"]
    _font(bullet, size=11)


def _font(style, *, size: int) -> None:
    """Latin and complex-script font and size alike: Word sizes Arabic by w:szCs, not w:sz."""
    style.font.name = FONT
    style.font.size = Pt(size)
    properties = style.element.get_or_add_rPr()
    fonts = properties.get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    complex_size = OxmlElement("w:szCs")
    complex_size.set(qn("w:val"), str(size * 2))
    properties.append(complex_size)


def para(container, text: str = "", *, bold: bool = False, size: int | None = None, style: str | None = None,
         after: int | None = None, align=None, page_break: bool = False, grey: bool = False, underline=False):
    paragraph = container.add_paragraph(style=style)
    if text:
        run = paragraph.add_run(text)
        run.bold = bold or None
        run.underline = underline or None
        if size:
            run.font.size = Pt(size)
        if grey:
            run.font.color.rgb = GREY
    if after is not None:
        paragraph.paragraph_format.space_after = Pt(after)
    if align is not None:
        paragraph.alignment = align
    if page_break:
        paragraph.paragraph_format.page_break_before = True
    return paragraph


def body(document, text: str):
    """A body paragraph: DIN 5008 separates paragraphs by a blank line (here as spacing)."""
    return para(document, text, after=8)


def control(container, tag: str):
    """A paragraph holding only a docxtpl paragraph tag ({%p … %}); it disappears when rendered."""
    return container.add_paragraph(tag)


# --- the parts every letter shares ------------------------------------------------------------


def letterhead(document) -> None:
    right = WD_ALIGN_PARAGRAPH.RIGHT
    para(document, "{{ authority.name }}", bold=True, size=15, align=right)
    para(document, "{{ authority.department }}", size=10, align=right)
    control(document, "{%p for line in authority.address_lines %}")
    para(document, "{{ line }}", size=9, align=right, grey=True)
    control(document, "{%p endfor %}")
    para(document, "", after=12)


def address_and_info(document) -> None:
    """Address field (85 mm at 20 mm from the edge) beside the information block (at 125 mm)."""
    table = document.add_table(rows=1, cols=3)
    _table_layout(table, widths=(Mm(85), Mm(20), Mm(75)), indent_twips=-283)
    row = table.rows[0]
    row.height, row.height_rule = Mm(40), WD_ROW_HEIGHT_RULE.AT_LEAST
    address, _gap, info = row.cells
    first = address.paragraphs[0]
    run = first.add_run("{{ authority.return_address }}")
    run.font.size, run.underline = Pt(7), True
    first.paragraph_format.space_after = Pt(10)
    para(address, "{{ client.display_name }}")
    control(address, "{%p for line in client.address_lines %}")
    para(address, "{{ line }}")
    control(address, "{%p endfor %}")
    _info_lines(info)


def _info_lines(cell) -> None:
    lines = [
        ("Aktenzeichen", "{{ client.file_number }}", None),
        ("Sachbearbeitung", "{{ clerk.name }}", None),
        ("Telefon", "{{ authority.phone }}", "authority.phone"),
        ("E-Mail", "{{ authority.email }}", "authority.email"),
        ("Datum", "{{ letter.date }}", None),
    ]
    cell.paragraphs[0].add_run("Ihr Anliegen bei uns").bold = True
    for label, value, condition in lines:
        if condition:
            control(cell, f"{{%p if {condition} %}}")
        paragraph = para(cell, f"{label}:\t{value}", size=9)
        paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(28))
        if condition:
            control(cell, "{%p endif %}")


def _table_layout(table, *, widths, indent_twips: int) -> None:
    properties = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    properties.append(layout)
    indent = OxmlElement("w:tblInd")
    indent.set(qn("w:w"), str(indent_twips))
    indent.set(qn("w:type"), "dxa")
    properties.append(indent)
    for column, width in zip(table.columns, widths):
        column.width = width
        for cell in column.cells:
            cell.width = width


def subject(document, first_line: str) -> None:
    line = para(document, first_line, bold=True)
    line.paragraph_format.space_before = Pt(12)
    line.paragraph_format.keep_with_next = True
    para(document, "Aktenzeichen: {{ client.file_number }}", bold=True, after=18)
    body(document, "Guten Tag {{ client.display_name }},")


def fees_paragraph(document, text: str) -> None:
    control(document, "{%p if fees.has_fees %}")
    body(document, text)
    control(document, "{%p endif %}")


def free_text(document) -> None:
    control(document, "{%p for paragraph in free_text %}")
    body(document, "{{ paragraph }}")
    control(document, "{%p endfor %}")


def contact(document) -> None:
    body(document, "Bei Fragen wenden Sie sich bitte an uns{% if authority.phone %} – Telefon {{ authority.phone }}"
                   "{% endif %}{% if authority.email %} – E-Mail {{ authority.email }}{% endif %}. Bitte nennen Sie "
                   "dabei immer Ihr Aktenzeichen.")


def closing(document) -> None:
    para(document, "Mit freundlichen Grüßen", after=0).paragraph_format.keep_with_next = True
    para(document, "Im Auftrag", after=26).paragraph_format.keep_with_next = True
    para(document, "{{ clerk.name }}", after=14)
    control(document, "{%p if courtesy.enabled %}")
    para(document, "Anlage", bold=True).paragraph_format.keep_with_next = True
    para(document, "Höflichkeitsübersetzung ({{ courtesy.language_name }}), nicht verbindlich")
    control(document, "{%p endif %}")


def document_list(document, list_name: str) -> None:
    control(document, f"{{%p for document in {list_name} %}}")
    para(document, "{{ document.title }}{% if document.note %} – {{ document.note }}{% endif %}",
         style="List Bullet")
    control(document, "{%p endfor %}")
    para(document, "", after=0)


def courtesy_enclosure(document) -> None:
    """The enclosure on its own page. Client-language paragraphs use the „Kundensprache“ style; the
    program makes exactly those right-to-left for Arabic and Farsi."""
    client = CLIENT_LANGUAGE_STYLE
    control(document, "{%p if courtesy.enabled %}")
    para(document, "Anlage: Höflichkeitsübersetzung – {{ courtesy.language_name }}", bold=True, size=13,
         page_break=True)
    para(document, "zum Schreiben vom {{ letter.date }}, Aktenzeichen {{ client.file_number }}", after=11)
    para(document, "{{ courtesy.notice_de }}", bold=True, after=4)
    para(document, "{{ courtesy.notice }}{% if courtesy.notice_unreviewed %} {{ courtesy.unreviewed_mark }}"
                   "{% endif %}", style=client, bold=True)
    para(document, "", after=0)
    control(document, "{%p for sentence in courtesy.sentences %}")
    para(document, "{{ sentence.text }}" + _mark("sentence"), style=client)
    control(document, "{%p if sentence.value %}")
    para(document, "{{ sentence.value }}", style=client, bold=True)
    control(document, "{%p endif %}")
    control(document, "{%p endfor %}")
    control(document, "{%p if courtesy.documents %}")
    para(document, "", after=0)
    control(document, "{%p if courtesy.documents_heading %}")
    para(document, "{{ courtesy.documents_heading.text }}" + _mark("courtesy.documents_heading"), style=client,
         bold=True)
    control(document, "{%p endif %}")
    control(document, "{%p for item in courtesy.documents %}")
    para(document, "{{ item.title }}{% if item.note %} – {{ item.note }}{% endif %}", style="List Bullet")
    control(document, "{%p if item.text %}")
    para(document, "{{ item.text }}" + _mark("item"), style=client)
    control(document, "{%p endif %}")
    control(document, "{%p endfor %}")
    control(document, "{%p endif %}")
    control(document, "{%p endif %}")


def _mark(record: str) -> str:
    """Jinja that appends "(ungeprüfte Übersetzung)" when the record's text is not reviewed."""
    return f"{{% if {record}.unreviewed %}} {{{{ courtesy.unreviewed_mark }}}}{{% endif %}}"


def footer(document) -> None:
    section = document.sections[0]
    paragraph = section.footer.paragraphs[0]
    run = paragraph.add_run("{{ authority.name }} · {{ authority.address_line }}{% if authority.phone %} · Telefon "
                            "{{ authority.phone }}{% endif %}{% if authority.email %} · {{ authority.email }}{% endif %}")
    run.font.size, run.font.color.rgb = Pt(8), GREY
    hours = section.footer.add_paragraph()
    run = hours.add_run("{% if authority.opening_hours %}Öffnungszeiten: {{ authority.opening_hours }}{% endif %}")
    run.font.size, run.font.color.rgb = Pt(8), GREY


def letter(title: str, subject_line: str, write_body) -> bytes:
    document = new_document(title)
    letterhead(document)
    address_and_info(document)
    subject(document, subject_line)
    write_body(document)
    free_text(document)
    contact(document)
    closing(document)
    courtesy_enclosure(document)
    footer(document)
    return _reproducible(document)


# --- the four letters -------------------------------------------------------------------------


def nachforderung(document) -> None:
    body(document, "für die Entscheidung über Ihren Antrag ({{ matter.title }}, {{ matter.legal_basis }}) benötigen "
                   "wir noch die folgenden Unterlagen:")
    document_list(document, "missing_documents")
    body(document, "Bitte reichen Sie diese Unterlagen bis spätestens {{ deadline.weekday }}, {{ deadline.date }}, "
                   "bei uns ein – per Post an die oben genannte Anschrift oder persönlich während unserer "
                   "Öffnungszeiten. Unterlagen in einer fremden Sprache legen Sie bitte mit einer Übersetzung in "
                   "die deutsche Sprache vor.")
    body(document, "Nach § 82 Abs. 1 AufenthG sind Sie verpflichtet, Umstände, die für Sie günstig sind, unverzüglich "
                   "geltend zu machen und die dafür erforderlichen Nachweise beizubringen. Die Ausländerbehörde kann "
                   "Ihnen dafür eine angemessene Frist setzen; das geschieht mit diesem Schreiben. Umstände und "
                   "Nachweise, die erst nach Ablauf der Frist vorgebracht werden, können bei der Entscheidung "
                   "unberücksichtigt bleiben.")
    body(document, "Können Sie die Frist aus einem wichtigen Grund nicht einhalten, teilen Sie uns dies bitte vor "
                   "ihrem Ablauf mit und nennen Sie den Grund.")
    fees_paragraph(document, "Für die Entscheidung über Ihren Antrag fällt nach derzeitigem Stand eine Gebühr von "
                             "{{ fees.total }} an{% if fees.reduction %} (berücksichtigt: {{ fees.reduction }})"
                             "{% endif %}.")


def einladung(document) -> None:
    body(document, "wir bestätigen Ihren Termin für Ihr Anliegen „{{ matter.title }}“:")
    for label, value in (("Datum", "{{ appointment.weekday }}, {{ appointment.date }}"),
                         ("Uhrzeit", "{{ appointment.time }} Uhr"),
                         ("Ort", "{{ appointment.place }}{% if appointment.room %}, Raum {{ appointment.room }}"
                                 "{% endif %}")):
        paragraph = para(document, f"{label}:\t{value}", bold=True)
        paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(25))
    para(document, "", after=0)
    body(document, "Bitte kommen Sie persönlich und pünktlich. Für den elektronischen Aufenthaltstitel nehmen wir "
                   "bei dem Termin Ihre Fingerabdrücke und Ihre Unterschrift auf; das geht nur in Ihrer Anwesenheit.")
    body(document, "Bitte bringen Sie mit:")
    para(document, "Ihren gültigen Pass oder Passersatz", style="List Bullet")
    para(document, "ein aktuelles biometrisches Lichtbild (Passfoto)", style="List Bullet")
    document_list(document, "documents_to_bring")
    body(document, "Nach § 82 Abs. 1 AufenthG sind Sie verpflichtet, die für Ihr Anliegen erforderlichen Nachweise "
                   "beizubringen. Fehlen Unterlagen, können wir über Ihren Antrag nicht entscheiden.")
    fees_paragraph(document, "Die Gebühr beträgt nach derzeitigem Stand {{ fees.total }}. Sie können bei uns "
                             "{{ payment_methods }} bezahlen.")
    body(document, "Wenn Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte so früh wie möglich ab, "
                   "damit wir ihn anderen Menschen geben können.")


def eingangsbestaetigung(document) -> None:
    body(document, "wir bestätigen, dass Ihr Antrag ({{ matter.title }}) am {{ application.received_on }} bei uns "
                   "eingegangen ist. Er wird unter dem oben genannten Aktenzeichen bearbeitet.")
    control(document, "{%p if missing_documents %}")
    body(document, "Nach einer ersten Durchsicht fehlen noch die folgenden Unterlagen:")
    document_list(document, "missing_documents")
    body(document, "Bitte reichen Sie diese bis spätestens {{ deadline.weekday }}, {{ deadline.date }}, nach. Nach "
                   "§ 82 Abs. 1 AufenthG können Nachweise, die erst nach Ablauf dieser Frist vorgelegt werden, bei "
                   "der Entscheidung unberücksichtigt bleiben.")
    control(document, "{%p else %}")
    body(document, "Nach einer ersten Durchsicht liegen Ihre Unterlagen vollständig vor. Brauchen wir im weiteren "
                   "Verfahren noch etwas, melden wir uns bei Ihnen.")
    control(document, "{%p endif %}")
    body(document, "Die Bearbeitung kann einige Wochen dauern. Wir benachrichtigen Sie, sobald wir entschieden "
                   "haben oder weitere Angaben benötigen.")
    body(document, "Haben Sie den Antrag gestellt, bevor Ihr bisheriger Aufenthaltstitel abgelaufen ist, gilt dieser "
                   "in der Regel bis zu unserer Entscheidung als fortbestehend (§ 81 Abs. 4 AufenthG). Eine "
                   "Bescheinigung darüber (Fiktionsbescheinigung) stellen wir Ihnen auf Wunsch aus.")
    fees_paragraph(document, "Für die Entscheidung über Ihren Antrag fällt nach derzeitigem Stand eine Gebühr von "
                             "{{ fees.total }} an.")


def fiktionsbescheinigung(document) -> None:
    body(document, "über Ihren Antrag ({{ matter.title }}) ist noch nicht entschieden. Bis zur Entscheidung erhalten "
                   "Sie eine Fiktionsbescheinigung nach § 81 Abs. 5 AufenthG{% if fiktion.valid_until %}, gültig bis "
                   "{{ fiktion.valid_until }}{% endif %}. Was sie für Sie bedeutet:")
    control(document, '{%p if fiktion.paragraph == "4" %}')
    body(document, "Sie haben die Verlängerung Ihres Aufenthaltstitels oder einen anderen Aufenthaltstitel beantragt, "
                   "bevor Ihr bisheriger Titel abgelaufen ist. Nach § 81 Abs. 4 AufenthG gilt Ihr bisheriger "
                   "Aufenthaltstitel deshalb mit allen Nebenbestimmungen bis zu unserer Entscheidung fort.")
    body(document, "Arbeit: Sie dürfen so arbeiten, wie es Ihr bisheriger Aufenthaltstitel erlaubt hat.")
    body(document, "Reisen: Mit dieser Bescheinigung, Ihrem bisherigen Aufenthaltstitel und einem gültigen Pass ist "
                   "die Wiedereinreise nach Deutschland in der Regel möglich. Bitte sprechen Sie eine Reise vorher "
                   "mit uns ab und informieren Sie sich über die Bestimmungen der Länder, durch die Sie reisen.")
    control(document, "{%p else %}")
    body(document, "Sie haben den Antrag gestellt, während Sie sich rechtmäßig ohne Aufenthaltstitel in Deutschland "
                   "aufhalten. Nach § 81 Abs. 3 Satz 1 AufenthG gilt Ihr Aufenthalt deshalb bis zu unserer "
                   "Entscheidung als erlaubt.")
    body(document, "Arbeit: Ob und in welchem Umfang Sie arbeiten dürfen, ist auf der Bescheinigung eingetragen.")
    body(document, "Reisen: Diese Bescheinigung berechtigt nicht zur Wiedereinreise. Wenn Sie Deutschland verlassen, "
                   "können Sie mit ihr nicht zurückkehren.")
    control(document, "{%p endif %}")
    body(document, "Die Bescheinigung gilt bis zu dem auf ihr eingetragenen Datum. Ist bis dahin noch nicht "
                   "entschieden, beantragen Sie bitte rechtzeitig vor Ablauf eine neue Bescheinigung. Das können "
                   "Sie auch schriftlich oder per Post tun; bitte nennen Sie Ihr Aktenzeichen und legen Sie eine "
                   "Kopie der bisherigen Bescheinigung bei.")
    body(document, "Bitte zeigen Sie die Bescheinigung zusammen mit Ihrem Pass vor, wenn Sie Ihren Aufenthalt "
                   "nachweisen müssen – zum Beispiel Ihrer Arbeitgeberin oder Ihrem Arbeitgeber.")


LETTERS = {
    "nachforderung": ("Nachforderung fehlender Unterlagen",
                      "Ihr Antrag: {{ matter.title }} – Nachforderung von Unterlagen", nachforderung),
    "einladung": ("Einladung und Terminbestätigung", "Terminbestätigung: {{ matter.title }}", einladung),
    "eingangsbestaetigung": ("Eingangsbestätigung", "Eingangsbestätigung: {{ matter.title }}", eingangsbestaetigung),
    "fiktionsbescheinigung": ("Hinweise zur Fiktionsbescheinigung",
                              "Ihre Fiktionsbescheinigung – Hinweise ({{ matter.title }})", fiktionsbescheinigung),
}


# --- reproducible output ----------------------------------------------------------------------


def _reproducible(document) -> bytes:
    """Save with fixed zip timestamps, so the same script writes the same bytes."""
    raw = io.BytesIO()
    document.save(raw)
    source = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def build_all() -> dict[str, bytes]:
    return {name: letter(title, subject_line, write) for name, (title, subject_line, write) in LETTERS.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the files are current")
    args = parser.parse_args(argv)
    stale = []
    for name, content in build_all().items():
        target = TARGET / f"{name}.docx"
        if args.check:
            if not target.exists() or target.read_bytes() != content:
                stale.append(target.name)
        else:
            target.write_bytes(content)
            print(f"{target.relative_to(ROOT)} ({len(content) // 1024} KB)")
    if stale:
        print("Stale templates (run python tools/make_templates.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
