"""The courtesy translation: an enclosure with the key sentences and the documents in the client's
language, clearly marked as a translation with the German letter binding.

Rule for translations (decided for this project):
- By default only *reviewed* translations are used. A sentence without one is left out of the
  enclosure (the German letter still says it); the clerk sees which sentences were left out.
- Only when the clerk explicitly allows unreviewed texts are they included, each followed by
  "(ungeprüfte Übersetzung)".
- The notice "courtesy translation, the German text is binding" must exist in the client's language
  under the same rule; without it the enclosure is refused, because an unmarked translation could
  be taken for the binding text.
- Documents are always listed by their German title; the client-language line follows the same rule.
Checklist item texts count as reviewed when their entry in the snippet library is reviewed (the
library is where team leads review them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from .. import snippets
from ..checklists import Item
from ..conversations import Conversation, ItemState
from ..db import Store
from ..i18n import _
from ..snippets import LANGUAGE_NAMES, SnippetText
from .catalog import CourtesySentence, TemplateInfo
from .errors import LetterError

NOTICE_SNIPPET = "letters_courtesy_notice"
UNREVIEWED_MARK = "(ungeprüfte Übersetzung)"
# In a right-to-left paragraph the German mark's parentheses would be mirrored into the Arabic
# text around them; left-to-right marks on both sides keep "(…)" together and readable.
_LRM = "\u200e"


def left_to_right(text: str, language: str) -> str:
    """German words, dates and amounts kept in reading order inside a right-to-left paragraph."""
    return f"{_LRM}{text}{_LRM}" if text and snippets.is_rtl(language) else text


def unreviewed_mark(language: str) -> str:
    return left_to_right(UNREVIEWED_MARK, language)


@dataclass(frozen=True)
class Picked:
    text: str
    unreviewed: bool


def pick(text: SnippetText | None, *, allow_unreviewed: bool) -> Picked | None:
    """The translation to print under the review rule above, or None to leave it out."""
    if text is None or not text.text.strip():
        return None
    if text.status == "reviewed":
        return Picked(text.text, False)
    return Picked(text.text, True) if allow_unreviewed else None


def item_text(store: Store | None, conversation: Conversation, item: Item, language: str) -> SnippetText | None:
    """An item's client text with its review status: from the library if it is there (it may hold
    a reviewer's correction), else from the checklist version with the checklist's status."""
    if store is not None:
        found = snippets.client_text(store, conversation.matter_id, item.id, language)
        if found is not None:
            return found
    text = item.client_text.get(language)
    if not text:
        return None
    return SnippetText(snippets.checklist_snippet_id(conversation.matter_id, item.id), snippets.CATEGORY_CHECKLIST,
                       language, text, item.client_text.get("de", ""), conversation.checklist.translation_status)


@dataclass(frozen=True)
class Courtesy:
    values: dict[str, Any]  # the `courtesy` placeholder
    omitted: tuple[str, ...]  # German texts left out for want of a reviewed translation


def disabled() -> Courtesy:
    return Courtesy({"enabled": False, "language": "", "language_name": "", "rtl": False, "notice_de": "",
                     "notice": "", "notice_unreviewed": False, "sentences": [], "documents": [],
                     "documents_heading": None, "unreviewed_mark": UNREVIEWED_MARK}, ())


def build(store: Store, conversation: Conversation, info: TemplateInfo, *, values: Mapping[str, Any],
          documents: Iterable[ItemState], fields: Mapping[str, Any], allow_unreviewed: bool) -> Courtesy:
    """The enclosure's content in the conversation's language."""
    language = conversation.language
    if language == "de":
        raise LetterError(_("Die Gesprächssprache ist Deutsch; eine Höflichkeitsübersetzung ist nicht nötig."))
    notice_de, notice = _notice(store, language, allow_unreviewed)
    omitted: list[str] = []
    sentences = []
    for spec in info.courtesy:
        if _applies(spec, fields, values):
            translated = _snippet_sentence(store, spec.snippet, language, allow_unreviewed, omitted)
            if translated:
                sentences.append({**translated, "value": left_to_right(lookup(values, spec.value), language)})
    items = []
    for state in documents:
        picked = pick(item_text(store, conversation, state.item, language), allow_unreviewed=allow_unreviewed)
        if picked is None:
            omitted.append(state.item.title)
        items.append(document(state.item.title, state.answer.note, picked))
    heading = None
    if items and info.courtesy_heading:
        heading = _snippet_sentence(store, info.courtesy_heading, language, allow_unreviewed, omitted)
    return Courtesy(enabled(language, notice_de, notice, sentences, items, heading), tuple(omitted))


def _snippet_sentence(store: Store, snippet_id: str, language: str, allow_unreviewed: bool,
                      omitted: list[str]) -> dict[str, Any] | None:
    """A library sentence under the review rule; records the German text when it is left out."""
    texts = snippets.texts_for(store, snippet_id)
    german = texts.get("de")
    picked = pick(texts.get(language), allow_unreviewed=allow_unreviewed)
    if picked is None:
        omitted.append(german.text if german else snippet_id)
        return None
    return sentence(picked, german.text if german else "", "")


def _notice(store: Store, language: str, allow_unreviewed: bool) -> tuple[str, Picked]:
    texts = snippets.texts_for(store, NOTICE_SNIPPET)
    if "de" not in texts:
        raise LetterError(
            _("Für die Höflichkeitsübersetzung fehlt der Hinweistext (Textbaustein „{snippet}“).").format(
                snippet=NOTICE_SNIPPET),
            hint=_("Bitte die Standard-Textbausteine in die Datenbank übernehmen lassen (IT oder Teamleitung)."))
    notice = pick(texts.get(language), allow_unreviewed=allow_unreviewed)
    if notice is None:
        # The language names are German content (they also go into the letter); a catalogue entry for
        # them, where there is one, gives the English name in this message.
        name = _(LANGUAGE_NAMES[language]) if language in LANGUAGE_NAMES else language
        raise LetterError(
            _("Für {language} gibt es keinen geprüften Hinweis „Höflichkeitsübersetzung – verbindlich ist der "
              "deutsche Text“. Ohne diesen Hinweis wird keine Übersetzung beigelegt.").format(language=name),
            hint=_("Lassen Sie die Übersetzung von der Teamleitung prüfen, oder erlauben Sie ausdrücklich "
                   "ungeprüfte Übersetzungen (sie werden im Brief gekennzeichnet)."))
    return texts["de"].text, notice


def _applies(spec: CourtesySentence, fields: Mapping[str, Any], values: Mapping[str, Any]) -> bool:
    if spec.only_if and not _resolve(values, spec.only_if):
        return False
    return all(str(fields.get(key) or "") == wanted for key, wanted in spec.when.items())


def _resolve(values: Mapping[str, Any], dotted: str) -> Any:
    current: Any = values
    for part in filter(None, dotted.split(".")):
        current = current.get(part) if isinstance(current, Mapping) else None
    return current


def lookup(values: Mapping[str, Any], dotted: str) -> str:
    """The text of a dotted placeholder such as 'deadline.date' ('' if empty, unknown or a list)."""
    current = _resolve(values, dotted)
    return "" if current is None or isinstance(current, (Mapping, list)) else str(current)


# Record builders shared with the example context used to check templates.

def sentence(picked: Picked, german: str, value: str) -> dict[str, Any]:
    return {"text": picked.text, "german": german, "value": value, "unreviewed": picked.unreviewed}


def document(title: str, note: str, picked: Picked | None) -> dict[str, Any]:
    return {"title": title, "note": note, "text": picked.text if picked else "",
            "unreviewed": bool(picked and picked.unreviewed)}


def enabled(language: str, notice_de: str, notice: Picked, sentences: list, items: list,
            documents_heading: dict | None) -> dict[str, Any]:
    return {"enabled": True, "language": language, "language_name": LANGUAGE_NAMES.get(language, language),
            "rtl": snippets.is_rtl(language), "notice_de": notice_de, "notice": notice.text,
            "notice_unreviewed": notice.unreviewed, "sentences": sentences, "documents": items,
            "documents_heading": documents_heading, "unreviewed_mark": unreviewed_mark(language)}
