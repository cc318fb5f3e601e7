"""The snippet library: vetted phrases with translations, review status and full-text search."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Mapping

from .db import Store
from .errors import ContentError, NotFoundError
from .i18n import N_, _

STATUSES = ("reviewed", "unreviewed", "machine")
RTL_LANGUAGES = frozenset({"ar", "fa", "ur", "he", "ps", "ckb"})
# German names (letters and statistics files use them as they are); marked so that a message can
# show `_(LANGUAGE_NAMES[code])` in the language of messages.
LANGUAGE_NAMES = {
    "de": N_("Deutsch"), "en": N_("Englisch"), "ar": N_("Arabisch"), "tr": N_("Türkisch"), "uk": N_("Ukrainisch"),
    "ru": N_("Russisch"), "fa": N_("Farsi (Persisch)"), "fr": N_("Französisch"),
}
CATEGORY_CHECKLIST = "checklist"
_ID = re.compile(r"^[a-z0-9_.]{1,120}$")
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def is_rtl(language: str) -> bool:
    return language in RTL_LANGUAGES


@dataclass(frozen=True)
class SnippetText:
    snippet_id: str
    category: str
    language: str
    text: str
    german: str
    status: str
    reviewed_by: str | None = None


def now_iso() -> str:
    return datetime.now().isoformat(timespec="seconds")


def load_library_file(path: Path) -> dict[str, Any]:
    """Read and validate the snippet library YAML; returns {'categories':…, 'snippets': […]}."""
    import yaml  # only needed when reading content files, not at start-up

    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ContentError(_("Die Textbausteine {path} können nicht gelesen werden: {error}.").format(
            path=path, error=exc)) from exc
    except RecursionError as exc:
        raise ContentError(_("Die Textbausteine {path} sind zu tief verschachtelt.").format(path=path)) from exc
    problems: list[str] = []
    if not isinstance(data, Mapping) or not isinstance(data.get("snippets"), list):
        raise ContentError(_("Die Textbausteine {path} enthalten keine Liste „snippets“.").format(path=path))
    categories = data.get("categories") or {}
    if not isinstance(categories, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in categories.items()):
        raise ContentError(_("Die Textbausteine {path}: „categories“ muss Kennungen auf Bezeichnungen "
                             "abbilden.").format(path=path))
    status = data.get("translation_status", "unreviewed")
    if status not in STATUSES:
        problems.append(_("translation_status {value} ungültig.").format(value=repr(status)))
    seen: set[str] = set()
    for index, snippet in enumerate(data["snippets"], start=1):
        problems += _snippet_problems(snippet, index, categories, seen)
    if problems:
        listing = "\n".join(f"  – {p}" for p in problems[:30])
        raise ContentError(_("Die Textbausteine {path} sind ungültig und wurden nicht übernommen:\n"
                             "{problems}").format(path=path, problems=listing))
    return {"categories": dict(categories), "status": status, "snippets": data["snippets"]}


def snippet_label(sid: Any, index: int) -> str:
    """"Which snippet" in front of each problem found in a file: by its id, else by its position."""
    return _("Baustein „{id}“").format(id=sid) if isinstance(sid, str) else _("Baustein {number}").format(number=index)


def _snippet_problems(snippet: Any, index: int, categories: Mapping, seen: set) -> list[str]:
    if not isinstance(snippet, Mapping):
        return [_("Baustein {number}: keine Zuordnung.").format(number=index)]
    sid = snippet.get("id")
    where = snippet_label(sid, index)
    problems = []
    if not isinstance(sid, str) or not _ID.match(sid):
        problems.append(_("{where}: ungültige Kennung.").format(where=where))
    elif sid in seen:
        problems.append(_("{where}: Kennung doppelt.").format(where=where))
    else:
        seen.add(sid)
    category = snippet.get("category")
    if not isinstance(category, str) or category not in categories:
        problems.append(_("{where}: unbekannte Kategorie {category}.").format(where=where, category=repr(category)))
    tags = snippet.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        problems.append(_("{where}: „tags“ muss eine Liste von Texten sein.").format(where=where))
    if not isinstance(snippet.get("de"), str) or not snippet["de"].strip():
        problems.append(_("{where}: deutscher Text fehlt.").format(where=where))
    return problems


def import_library(store: Store, library: Mapping[str, Any], *, origin: str = "default") -> int:
    """Insert the library's snippets that do not exist yet; returns how many were added."""
    added = 0
    stamp = now_iso()
    with store.transaction() as conn:
        conn.executemany("INSERT OR IGNORE INTO snippet_categories (id, label) VALUES (?, ?)",
                         list(categories(library["categories"]).items()))
        for snippet in library["snippets"]:
            exists = conn.execute("SELECT 1 FROM snippets WHERE id = ?", (snippet["id"],)).fetchone()
            if exists:
                continue
            conn.execute("INSERT INTO snippets (id, category, origin, tags, created_at) VALUES (?, ?, ?, ?, ?)",
                         (snippet["id"], snippet["category"], origin, " ".join(snippet.get("tags") or []), stamp))
            texts = {k: v for k, v in snippet.items() if k not in ("id", "category", "tags") and isinstance(v, str)}
            _insert_texts(conn, snippet["id"], texts, library.get("status", "unreviewed"), stamp)
            added += 1
    return added


def _insert_texts(conn, snippet_id: str, texts: Mapping[str, str], status: str, stamp: str) -> None:
    for language, text in texts.items():
        # German is the original, authored by the office: it counts as reviewed.
        text_status = "reviewed" if language == "de" else status
        conn.execute(
            "INSERT INTO snippet_texts (snippet_id, language, text, status, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (snippet_id, language) DO UPDATE SET text = excluded.text, status = excluded.status, "
            "reviewed_by = NULL, reviewed_at = NULL, updated_at = excluded.updated_at "
            "WHERE snippet_texts.text != excluded.text",
            (snippet_id, language, clean_text(text), text_status, stamp),
        )


def clean_text(text: str) -> str:
    """Strip direction marks and control characters: the app sets direction itself."""
    text = _BIDI_CONTROLS.sub("", text)
    return "".join(ch for ch in text if ch in "\n\t" or ord(ch) >= 32).strip()


def checklist_snippet_id(matter_id: str, item_id: str) -> str:
    return f"checklist.{matter_id}.{item_id}"


def sync_checklist_texts(store: Store, checklist, *, status: str) -> None:
    """Put the client texts of a checklist's items into the library (same search and review)."""
    stamp = now_iso()
    with store.transaction() as conn:
        for item in checklist.items():
            if not item.client_text:
                continue
            sid = checklist_snippet_id(checklist.id, item.id)
            conn.execute("INSERT OR IGNORE INTO snippets (id, category, origin, created_at) VALUES (?, ?, ?, ?)",
                         (sid, CATEGORY_CHECKLIST, "checklist", stamp))
            _insert_texts(conn, sid, item.client_text, status, stamp)


def texts_for(store: Store, snippet_id: str) -> dict[str, SnippetText]:
    rows = store.query(
        "SELECT t.*, s.category, g.text AS german FROM snippet_texts t JOIN snippets s ON s.id = t.snippet_id "
        "LEFT JOIN snippet_texts g ON g.snippet_id = t.snippet_id AND g.language = 'de' WHERE t.snippet_id = ?",
        (snippet_id,),
    )
    return {r["language"]: _row_to_text(r) for r in rows}


def _row_to_text(row: Mapping[str, Any]) -> SnippetText:
    return SnippetText(row["snippet_id"], row["category"], row["language"], row["text"],
                       row.get("german") or "", row["status"], row.get("reviewed_by"))


def _fts_query(text: str) -> str:
    """Each word as a quoted prefix term, so user input can never be FTS syntax."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    return " ".join(f'"{w}"*' for w in words[:12])


def search(store: Store, text: str, *, language: str, category: str | None = None,
           include_checklist: bool = False, user: str | None = None, limit: int = 200) -> list[SnippetText]:
    """Snippets whose German or `language` text matches `text`, shown in `language`.

    Empty `text` lists the library, favourites of `user` first. With a search text the first
    `limit` matches in library order are returned, favourites among them first.
    """
    query = _fts_query(text)
    params: dict[str, Any] = {"lang": language, "q": query, "limit": limit, "cat": category, "user": user or ""}
    filters = "s.retired = 0 AND (:cat IS NULL OR s.category = :cat)"
    if not include_checklist and category is None:
        filters += f" AND s.category != '{CATEGORY_CHECKLIST}'"
    if query:
        sql = (
            "WITH hits AS (SELECT DISTINCT t.snippet_id FROM snippet_texts_fts f "
            "JOIN snippet_texts t ON t.id = f.rowid WHERE snippet_texts_fts MATCH :q "
            # FTS5 yields rowids in ascending order, which is the library's order: stopping after
            # `limit` distinct phrases keeps a search for a very common word fast.
            "AND t.language IN ('de', :lang) LIMIT :limit) "
        )
        source = "hits h JOIN snippets s ON s.id = h.snippet_id"
    else:
        sql, source = "", "snippets s"
    sql += (
        "SELECT s.id AS snippet_id, s.category, COALESCE(t.language, :lang) AS language, "
        "COALESCE(t.text, g.text) AS text, g.text AS german, COALESCE(t.status, 'missing') AS status, "
        "t.reviewed_by, (fav.snippet_id IS NOT NULL) AS favourite "
        f"FROM {source} JOIN snippet_texts g ON g.snippet_id = s.id AND g.language = 'de' "
        "LEFT JOIN snippet_texts t ON t.snippet_id = s.id AND t.language = :lang "
        "LEFT JOIN favourites fav ON fav.snippet_id = s.id AND fav.user = :user "
        "LEFT JOIN snippet_categories cat ON cat.id = s.category "
        # Favourites first, then the library's own order (categories and phrases as in the file).
        f"WHERE {filters} ORDER BY favourite DESC, cat.rowid, s.rowid LIMIT :limit"
    )
    return [_row_to_text(r) for r in store.query(sql, params)]


def set_favourite(store: Store, *, user: str, snippet_id: str, favourite: bool) -> None:
    with store.transaction() as conn:
        if favourite:
            conn.execute("INSERT OR IGNORE INTO favourites (user, snippet_id) VALUES (?, ?)", (user, snippet_id))
        else:
            conn.execute("DELETE FROM favourites WHERE user = ? AND snippet_id = ?", (user, snippet_id))


def favourites(store: Store, user: str) -> set[str]:
    return {r["snippet_id"] for r in store.query("SELECT snippet_id FROM favourites WHERE user = ?", (user,))}


def add_snippet(store: Store, *, snippet_id: str, category: str, texts: Mapping[str, str],
                status: str, origin: str = "local") -> None:
    """Add a new phrase (e.g. a machine translation saved by a clerk, status 'machine')."""
    if status not in STATUSES:
        raise ValueError(status)
    if not texts.get("de", "").strip():
        raise ContentError(_("Ein Textbaustein braucht einen deutschen Text."))
    stamp = now_iso()
    with store.transaction() as conn:
        conn.execute("INSERT INTO snippets (id, category, origin, created_at) VALUES (?, ?, ?, ?)",
                     (snippet_id, category, origin, stamp))
        _insert_texts(conn, snippet_id, texts, status, stamp)


def review(store: Store, *, snippet_id: str, language: str, reviewer: str, text: str | None = None) -> None:
    """Mark a translation reviewed (optionally with corrected text), recording who and when."""
    stamp = now_iso()
    with store.transaction() as conn:
        cursor = conn.execute(
            "UPDATE snippet_texts SET status = 'reviewed', reviewed_by = ?, reviewed_at = ?, updated_at = ?, "
            "text = COALESCE(?, text) WHERE snippet_id = ? AND language = ?",
            (reviewer, stamp, stamp, clean_text(text) if text else None, snippet_id, language),
        )
        if cursor.rowcount == 0:
            raise NotFoundError(_("Den Textbaustein „{id}“ gibt es in dieser Sprache nicht.").format(id=snippet_id))


def unreviewed(store: Store, language: str) -> list[SnippetText]:
    rows = store.query(
        "SELECT t.*, s.category, g.text AS german FROM snippet_texts t JOIN snippets s ON s.id = t.snippet_id "
        "JOIN snippet_texts g ON g.snippet_id = t.snippet_id AND g.language = 'de' "
        "WHERE t.language = ? AND t.status != 'reviewed' ORDER BY s.category, s.id", (language,)
    )
    return [_row_to_text(r) for r in rows]


def categories(library_categories: Mapping[str, str] | None = None) -> dict[str, str]:
    base = {CATEGORY_CHECKLIST: "Checklisten-Texte", "local": "Eigene Textbausteine"}
    base.update(library_categories or {})
    return base


def stored_categories(store: Store) -> dict[str, str]:
    """Category id → German label, as imported with the library."""
    return {r["id"]: r["label"] for r in store.query("SELECT id, label FROM snippet_categories ORDER BY label")}


def client_text(store: Store, matter_id: str, item_id: str, language: str) -> SnippetText | None:
    """The client-facing text of a checklist item in `language` (None if not translated)."""
    return texts_for(store, checklist_snippet_id(matter_id, item_id)).get(language)


