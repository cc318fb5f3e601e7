"""The letters API for the command line and the dialog: prepare (render), create (render and
archive), export to PDF. Everything here may be slow (tens of ms; seconds for PDF): call it from a
worker in the UI.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any

from .. import conversations
from ..context import AppContext
from ..conversations import Conversation
from . import archive, catalog, checking, pdf
from .archive import ArchivedLetter
from .context import LetterContext, LetterRequest, build_context
from .fields import FreeField, fields_for
from .render import render_docx


@dataclass(frozen=True)
class PreparedLetter:
    info: catalog.TemplateInfo
    conversation: Conversation
    context: LetterContext
    docx: bytes


def template_fields(ctx: AppContext, name: str) -> tuple[FreeField, ...]:
    """The free fields the clerk can fill in for template `name`."""
    info = catalog.find_template(ctx.paths.root, name)
    return fields_for(set(checking.template_placeholders(info.path)))


def prepare_letter(ctx: AppContext, conversation_id: int, request: LetterRequest) -> PreparedLetter:
    """Render the letter in memory (preview, or before archiving)."""
    store = ctx.store()
    info = catalog.find_template(ctx.paths.root, request.template)
    conversation = conversations.load(store, conversation_id)
    placeholders = checking.template_placeholders(info.path)
    context = build_context(store, ctx.settings.get, conversation, info, request, placeholders=placeholders)
    courtesy = context.values["courtesy"]
    docx = render_docx(info.path, context.values, language=courtesy["language"], rtl=courtesy["rtl"])
    return PreparedLetter(info, conversation, context, docx)


def create_letter(ctx: AppContext, conversation_id: int, request: LetterRequest, *, clerk: str) -> ArchivedLetter:
    """Render the letter and archive it with the conversation."""
    return archive_prepared(ctx, prepare_letter(ctx, conversation_id, request), request, clerk=clerk)


def archive_prepared(ctx: AppContext, prepared: PreparedLetter, request: LetterRequest, *, clerk: str) -> ArchivedLetter:
    deadline = prepared.context.deadline
    return archive.save_letter(
        ctx.store(), ctx.paths.root, conversation_id=prepared.conversation.id, template=prepared.info.name,
        docx=prepared.docx, clerk=clerk, deadline=deadline.day if deadline else None,
        metadata=letter_metadata(prepared, request))


def letter_metadata(prepared: PreparedLetter, request: LetterRequest) -> dict[str, Any]:
    values = prepared.context.values
    return {
        "title": prepared.info.title, "template_origin": prepared.info.origin,
        "letter_date": values["letter"]["date"], "fields": {k: _json_value(v) for k, v in prepared.context.fields.items()},
        "missing_documents": [d["title"] for d in values["missing_documents"]],
        "courtesy_language": values["courtesy"]["language"] if request.courtesy else None,
        "allow_unreviewed": request.allow_unreviewed, "omitted_translations": list(prepared.context.omitted),
    }


def _json_value(value: Any) -> Any:
    if isinstance(value, (date, time)):
        return value.isoformat()
    return value


def write_letter(ctx: AppContext, conversation_id: int, request: LetterRequest, out: Path, *,
                 archive_clerk: str | None = None) -> tuple[PreparedLetter, ArchivedLetter | None]:
    """Render to `out` (.docx, or .pdf through LibreOffice); archive it too if `archive_clerk` is
    given (command line)."""
    prepared = prepare_letter(ctx, conversation_id, request)
    archived = archive_prepared(ctx, prepared, request, clerk=archive_clerk) if archive_clerk else None
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() != ".pdf":
        out.write_bytes(prepared.docx)
        return prepared, archived
    import tempfile

    with tempfile.TemporaryDirectory(prefix="counter-letter-") as folder:
        docx = Path(folder) / f"{out.stem}.docx"
        docx.write_bytes(prepared.docx)
        out.write_bytes(pdf.convert_to_pdf(docx).read_bytes())
    return prepared, archived


def export_pdf(ctx: AppContext, letter_id: int) -> ArchivedLetter:
    """Convert an archived letter to PDF beside its .docx and record it."""
    letter = archive.get_letter(ctx.store(), ctx.paths.root, letter_id)
    converted = pdf.convert_to_pdf(letter.path)
    return archive.record_pdf(ctx.store(), ctx.paths.root, letter_id, converted)


def list_letters(ctx: AppContext, conversation_id: int) -> list[ArchivedLetter]:
    return archive.list_letters(ctx.store(), ctx.paths.root, conversation_id)


def default_template(ctx: AppContext, conversation: Conversation) -> str:
    """The template a clerk most likely wants: the request for documents when some are missing."""
    names = [info.name for info in catalog.list_templates(ctx.paths.root)]
    wanted = "nachforderung" if conversation.summary().missing else "eingangsbestaetigung"
    return wanted if wanted in names else (names[0] if names else "")
