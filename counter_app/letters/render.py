"""Filling a Word template with docxtpl, then setting right-to-left properties where needed.

Every value is escaped (docxtpl's autoescape): a client called `<b>{{ x }} & Co` appears exactly
like that in the letter. Templates run in Jinja's sandbox (an imported .docx is a program in
Jinja's language; the sandbox keeps it from reaching Python internals) with StrictUndefined, so a
misspelt placeholder stops the letter instead of leaving a silent gap in an official document.
"""

from __future__ import annotations

import io
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from ..i18n import _
from .errors import TemplateError
from .fields import CLIENT_LANGUAGE_STYLE

# Characters XML 1.0 cannot hold, plus control characters docxtpl would turn into tabs, paragraph
# or page breaks (\t, \a, \f). A newline stays: it becomes a line break, as a clerk expects.
_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
BIDI_LANGUAGE_TAGS = {"ar": "ar-SA", "fa": "fa-IR", "ur": "ur-PK", "he": "he-IL", "ps": "ps-AF", "ckb": "ckb-IQ"}
_COMPILED_LIMIT = 32
_COMPILED_LOCK = threading.Lock()


def jinja_environment():
    """The environment every template is parsed and rendered with (checks use the same)."""
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    class LetterEnvironment(SandboxedEnvironment):
        """Keeps compiled templates: docxtpl compiles the whole document XML on every render,
        which is most of the cost of a letter; the XML of one template part never changes.

        The sandbox stops access to Python internals but not arithmetic: `9**9**9` or
        `"x" * 10**9` would stall or exhaust the PC, so `**` and `*` are checked here."""

        compiled: "OrderedDict[str, Any]" = OrderedDict()
        intercepted_binops = frozenset(("**", "*"))

        def call_binop(self, context, operator, left, right):
            from jinja2.sandbox import SecurityError

            if operator == "**" and (not isinstance(right, (int, float)) or abs(right) > 64):
                raise SecurityError(_("Potenzen mit großen Exponenten sind in Briefvorlagen nicht erlaubt"))
            if operator == "*" and _too_large_product(left, right):
                raise SecurityError(_("zu große Wiederholung in einer Briefvorlage"))
            return super().call_binop(context, operator, left, right)

        def from_string(self, source, globals=None, template_class=None):  # noqa: A002 - Jinja's name
            if globals is not None or template_class is not None or not isinstance(source, str):
                return super().from_string(source, globals, template_class)
            with _COMPILED_LOCK:  # letters render on worker threads too
                template = self.compiled.get(source)
            if template is None:
                template = super().from_string(source)
                with _COMPILED_LOCK:
                    self.compiled[source] = template
                    while len(self.compiled) > _COMPILED_LIMIT:
                        self.compiled.popitem(last=False)
            return template

    global _ENVIRONMENT
    if _ENVIRONMENT is None:
        _ENVIRONMENT = LetterEnvironment(autoescape=True, undefined=StrictUndefined)
    return _ENVIRONMENT


_ENVIRONMENT = None
_MAX_REPEAT = 10_000


def _too_large_product(left: Any, right: Any) -> bool:
    """`"x" * n` or `[..] * n` with a large n (numbers times numbers are fine)."""
    for sequence, count in ((left, right), (right, left)):
        if isinstance(sequence, (str, list, tuple)) and isinstance(count, int) and count * max(len(sequence), 1) > _MAX_REPEAT:
            return True
    return False


def safe_value(value: Any) -> Any:
    """The context with every string cleaned of characters Word cannot hold (recursively)."""
    if isinstance(value, str):
        return _UNSAFE.sub("", value)
    if isinstance(value, Mapping):
        return {key: safe_value(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [safe_value(item) for item in value]
    return value


_PATCHED: "OrderedDict[str, str]" = OrderedDict()
_TEMPLATE_CLASS = None


def _template_class():
    """DocxTemplate, remembering its XML clean-up: patch_xml runs some twenty regular expressions
    over the whole document on every render (a third of the time of a letter), and its result
    depends only on the template's XML."""
    global _TEMPLATE_CLASS
    if _TEMPLATE_CLASS is None:
        from docxtpl import DocxTemplate

        class LetterTemplate(DocxTemplate):
            def patch_xml(self, src_xml):
                with _COMPILED_LOCK:
                    patched = _PATCHED.get(src_xml)
                if patched is None:
                    patched = super().patch_xml(src_xml)
                    with _COMPILED_LOCK:
                        _PATCHED[src_xml] = patched
                        while len(_PATCHED) > _COMPILED_LIMIT:
                            _PATCHED.popitem(last=False)
                return patched

        _TEMPLATE_CLASS = LetterTemplate
    return _TEMPLATE_CLASS


def open_template(source: Path | bytes):
    """A DocxTemplate on a file or bytes; a broken file becomes a TemplateError."""
    template = _template_class()(io.BytesIO(source) if isinstance(source, bytes) else source)
    try:
        template.init_docx()
    except Exception as exc:  # python-docx raises several types for files that are not Word documents
        if isinstance(source, bytes):
            message = _("Die Vorlage ist kein lesbares Word-Dokument (.docx): {error}.").format(error=exc)
        else:
            message = _("Die Vorlage {path} ist kein lesbares Word-Dokument (.docx): {error}.").format(
                path=source, error=exc)
        raise TemplateError(message) from exc
    return template


def render_docx(template_source: Path | bytes, context: Mapping[str, Any], *, language: str = "",
                rtl: bool = False) -> bytes:
    """Fill the template; returns the .docx as bytes. `rtl` marks client-language paragraphs
    (style „Kundensprache“) right-to-left, tagged with `language`."""
    from jinja2 import TemplateError as JinjaError

    template = open_template(template_source)
    try:
        template.render(safe_value(dict(context)), jinja_environment(), autoescape=True)
    except JinjaError as exc:
        raise TemplateError(_("Die Vorlage kann nicht ausgefüllt werden: {problem}").format(
                            problem=describe_jinja_error(exc)),
                            hint=_("Bitte prüfen Sie die Vorlage (counter-app admin import-template).")) from exc
    if rtl:
        set_right_to_left(template.docx, language)
    buffer = io.BytesIO()
    template.save(buffer)
    return buffer.getvalue()


def describe_jinja_error(exc: Exception) -> str:
    """Our wording (German, or English via `_()`) for Jinja's messages about unknown names and forbidden
    expressions."""
    from jinja2 import UndefinedError
    from jinja2.sandbox import SecurityError

    text = str(getattr(exc, "message", None) or exc)
    if isinstance(exc, UndefinedError):
        match = re.search(r"has no attribute '([^']+)'", text) or re.search(r"'([^']+)' is undefined", text)
        return _("unbekannter Platzhalter „{name}“.").format(name=match.group(1) if match else text)
    if isinstance(exc, SecurityError):
        return _("unerlaubter Ausdruck ({detail}).").format(detail=text)
    return f"{text}."


# --- right-to-left -----------------------------------------------------------------------------


def client_language_style_ids(document) -> set[str]:
    """Style ids of „Kundensprache“ and of styles named after it (e.g. „Kundensprache Liste“)."""
    from docx.enum.style import WD_STYLE_TYPE

    return {s.style_id for s in document.styles
            if s.type == WD_STYLE_TYPE.PARAGRAPH and (s.name or "").startswith(CLIENT_LANGUAGE_STYLE)}


def set_right_to_left(document, language: str) -> int:
    """Make the client-language paragraphs right-to-left; returns how many were changed.

    Word and LibreOffice read w:jc left/right in a w:bidi paragraph as start/end of the text
    flow, so an explicit "right" would put Arabic on the left margin. We remove left/right and let
    the paragraph align to its start, which for right-to-left text is the right margin.
    """
    from docx.oxml.ns import qn

    style_ids = client_language_style_ids(document)
    changed = 0
    for paragraph in document.element.body.iter(qn("w:p")):
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        if style is not None and style.get(qn("w:val")) in style_ids:
            _bidi_paragraph(paragraph, BIDI_LANGUAGE_TAGS.get(language, "ar-SA"))
            changed += 1
    return changed


def _bidi_paragraph(paragraph, language_tag: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = paragraph.get_or_add_pPr()
    if properties.find(qn("w:bidi")) is None:
        properties.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)
    alignment = properties.find(qn("w:jc"))
    if alignment is not None and alignment.get(qn("w:val")) in ("left", "right", "start", "end"):
        properties.remove(alignment)
    for run in paragraph.iter(qn("w:r")):
        _rtl_run(run, language_tag)


def _rtl_run(run, language_tag: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = run.get_or_add_rPr()
    if properties.find(qn("w:rtl")) is None:
        properties.insert_element_before(OxmlElement("w:rtl"), "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
                                         "w:specVanish", "w:oMath")
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        properties.insert_element_before(lang, "w:eastAsianLayout", "w:specVanish", "w:oMath")
    lang.set(qn("w:bidi"), language_tag)


_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
               "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
               "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


# --- reading a letter back (preview) -----------------------------------------------------------


@dataclass(frozen=True)
class LetterParagraph:
    text: str
    rtl: bool = False
    bold: bool = False
    page_break: bool = False  # a new page starts here


def letter_paragraphs(docx: bytes) -> list[LetterParagraph]:
    """The text of a rendered letter in reading order, table cells included (for the preview)."""
    from docx import Document
    from docx.oxml.ns import qn

    body = Document(io.BytesIO(docx)).element.body
    paragraphs = []
    for paragraph in body.iter(qn("w:p")):
        properties = paragraph.find(qn("w:pPr"))
        paragraphs.append(LetterParagraph(
            text=paragraph_text(paragraph),
            rtl=properties is not None and properties.find(qn("w:bidi")) is not None,
            bold=_all_bold(paragraph),
            page_break=properties is not None and properties.find(qn("w:pageBreakBefore")) is not None,
        ))
    return paragraphs


def paragraph_text(paragraph) -> str:
    """Text of a w:p element with line breaks as newlines and tabs as tabs."""
    from docx.oxml.ns import qn

    text_tag, break_tag, tab_tag = qn("w:t"), qn("w:br"), qn("w:tab")
    parts = []
    # Only run content: w:tab also names the tab stops in the paragraph properties.
    for run in paragraph.iter(qn("w:r")):
        for node in run:
            if node.tag == text_tag:
                parts.append(node.text or "")
            elif node.tag == tab_tag:
                parts.append("\t")
            elif node.tag == break_tag and node.get(qn("w:type")) != "page":
                parts.append("\n")
    return "".join(parts)


def _all_bold(paragraph) -> bool:
    from docx.oxml.ns import qn

    runs = [r for r in paragraph.iter(qn("w:r")) if r.find(qn("w:t")) is not None]
    return bool(runs) and all(r.find(f"{qn('w:rPr')}/{qn('w:b')}") is not None for r in runs)
