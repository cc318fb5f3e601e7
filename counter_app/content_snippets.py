"""The snippet library as records for content packs: read from the database, validate from a pack,
write back exactly (text, review status, reviewer and time), and tell local edits apart.

A record is one phrase with all its languages:
`{id, category, origin, tags, retired, texts: {language: {text, status, reviewed_by, reviewed_at}}}`.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from .checklists import content_checksum
from .db import Store
from .i18n import N_, _
from .snippets import CATEGORY_CHECKLIST, STATUSES, clean_text, now_iso, snippet_label

ORIGINS = ("default", "local", "machine", "checklist")
_ID = re.compile(r"^[a-z0-9_.]{1,120}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
# Marked only: translated where shown.
STATUS_LABELS = {"reviewed": N_("geprüft"), "unreviewed": N_("ungeprüft"), "machine": N_("maschinell")}


def records(store: Store) -> dict[str, dict[str, Any]]:
    """Every snippet as a record, in library order."""
    found: dict[str, dict[str, Any]] = {}
    for row in store.query("SELECT id, category, origin, tags, retired FROM snippets ORDER BY rowid"):
        found[row["id"]] = {"id": row["id"], "category": row["category"], "origin": row["origin"],
                            "tags": row["tags"].split(), "retired": bool(row["retired"]), "texts": {}}
    for row in store.query("SELECT snippet_id, language, text, status, reviewed_by, reviewed_at FROM snippet_texts "
                           "ORDER BY snippet_id, language"):
        found[row["snippet_id"]]["texts"][row["language"]] = {
            "text": row["text"], "status": row["status"], "reviewed_by": row["reviewed_by"],
            "reviewed_at": row["reviewed_at"]}
    return found


def categories(store: Store) -> dict[str, str]:
    return {r["id"]: r["label"] for r in store.query("SELECT id, label FROM snippet_categories ORDER BY rowid")}


def checksum(record: Mapping[str, Any]) -> str:
    return content_checksum(record)


def is_checklist_text(snippet_id: str) -> bool:
    return snippet_id.startswith(f"{CATEGORY_CHECKLIST}.")


def matter_of(snippet_id: str) -> str:
    """`checklist.<matter>.<item>` → matter id."""
    return snippet_id.split(".")[1]


def is_local(store: Store, record: Mapping[str, Any], baseline: str | None) -> bool:
    """Edited or reviewed here since the last import (or, never imported: reviewed or added here)."""
    if baseline is not None:
        return checksum(record) != baseline
    if record["origin"] in ("local", "machine"):
        return True
    return any(text["reviewed_by"] for text in record["texts"].values())


def label(record: Mapping[str, Any]) -> str:
    german = (record["texts"].get("de") or {}).get("text", "") or record["id"]
    return german if len(german) <= 70 else german[:67] + "…"


# --- validation of a pack's snippets.yaml ------------------------------------------------------


def problems_in(data: Any) -> list[str]:
    """Every problem of a pack's snippet file (empty: valid)."""
    if not isinstance(data, Mapping) or not isinstance(data.get("snippets"), list):
        return [_("snippets.yaml enthält keine Liste „snippets“.")]
    cats = data.get("categories") or {}
    if not isinstance(cats, Mapping) or not all(isinstance(k, str) and isinstance(v, str) for k, v in cats.items()):
        return [_("snippets.yaml: „categories“ muss Kennungen auf Bezeichnungen abbilden.")]
    problems: list[str] = []
    seen: set[str] = set()
    for index, record in enumerate(data["snippets"], start=1):
        problems += _record_problems(record, index, seen)
    return problems


def _record_problems(record: Any, index: int, seen: set) -> list[str]:
    if not isinstance(record, Mapping):
        return [_("Baustein {number}: keine Zuordnung.").format(number=index)]
    sid = record.get("id")
    where = snippet_label(sid, index)
    problems = []
    if not isinstance(sid, str) or not _ID.match(sid) or sid in seen:
        problems.append(_("{snippet}: ungültige oder doppelte Kennung.").format(snippet=where))
    seen.add(sid)
    if not isinstance(record.get("category"), str) or record.get("origin") not in ORIGINS:
        problems.append(_("{snippet}: Kategorie oder Herkunft ungültig.").format(snippet=where))
    if not isinstance(record.get("tags"), list) or not isinstance(record.get("retired"), bool):
        problems.append(_("{snippet}: tags oder retired ungültig.").format(snippet=where))
    return problems + _texts_problems(record.get("texts"), where)


def _texts_problems(texts: Any, where: str) -> list[str]:
    if not isinstance(texts, Mapping) or "de" not in texts:
        return [_("{snippet}: Texte fehlen (mindestens Deutsch).").format(snippet=where)]
    problems = []
    for language, entry in texts.items():
        ok = (isinstance(language, str) and _LANGUAGE.match(language) and isinstance(entry, Mapping)
              and isinstance(entry.get("text"), str) and entry["text"].strip() and entry.get("status") in STATUSES
              and all(entry.get(k) is None or isinstance(entry.get(k), str) for k in ("reviewed_by", "reviewed_at")))
        if not ok:
            problems.append(_("{snippet}: Text in „{language}“ ungültig (text, status, reviewed_by, "
                              "reviewed_at).").format(snippet=where, language=language))
    return problems


def normalised(record: Mapping[str, Any]) -> dict:
    texts = {lang: {"text": t["text"], "status": t["status"], "reviewed_by": t.get("reviewed_by"),
                    "reviewed_at": t.get("reviewed_at")} for lang, t in sorted(record["texts"].items())}
    return {"id": record["id"], "category": record["category"], "origin": record["origin"],
            "tags": [str(t) for t in record["tags"]], "retired": record["retired"], "texts": texts}


# --- writing ----------------------------------------------------------------------------------


def write_categories(conn, cats: Mapping[str, str]) -> None:
    conn.executemany("INSERT INTO snippet_categories (id, label) VALUES (?, ?) "
                     "ON CONFLICT (id) DO UPDATE SET label = excluded.label", list(cats.items()))


def write_record(conn, record: Mapping[str, Any]) -> None:
    """Make the stored snippet exactly the record (languages it lacks are removed)."""
    conn.execute("INSERT INTO snippets (id, category, origin, tags, created_at, retired) VALUES (?, ?, ?, ?, ?, ?) "
                 "ON CONFLICT (id) DO UPDATE SET category = excluded.category, origin = excluded.origin, "
                 "tags = excluded.tags, retired = excluded.retired",
                 (record["id"], record["category"], record["origin"], " ".join(record["tags"]), now_iso(),
                  int(record["retired"])))
    languages = list(record["texts"])
    marks = ",".join("?" * len(languages))
    conn.execute(f"DELETE FROM snippet_texts WHERE snippet_id = ? AND language NOT IN ({marks})",
                 (record["id"], *languages))
    for language, text in record["texts"].items():
        conn.execute(
            "INSERT INTO snippet_texts (snippet_id, language, text, status, reviewed_by, reviewed_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (snippet_id, language) DO UPDATE SET text = excluded.text, "
            "status = excluded.status, reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at, "
            "updated_at = excluded.updated_at",
            (record["id"], language, clean_text(text["text"]), text["status"], text["reviewed_by"],
             text["reviewed_at"], now_iso()))


def retire(conn, snippet_id: str) -> None:
    conn.execute("UPDATE snippets SET retired = 1 WHERE id = ?", (snippet_id,))


def describe(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> list[str]:
    """German lines: which languages changed text or review status."""
    from .snippets import LANGUAGE_NAMES

    if old is None:
        return [_("Neu in {count} Sprache(n)").format(count=len(new["texts"]))]
    lines = []
    for language in dict.fromkeys([*old["texts"], *new["texts"]]):
        before, after = old["texts"].get(language), new["texts"].get(language)
        name = _(LANGUAGE_NAMES[language]) if language in LANGUAGE_NAMES else language  # German names of snippets.py
        if before is None or after is None:
            added = _("{language}: hinzugefügt") if before is None else _("{language}: entfernt")
            lines.append(added.format(language=name))
        elif before["text"] != after["text"]:
            lines.append(_("{language}: Text geändert").format(language=name))
        elif (before["status"], before["reviewed_by"]) != (after["status"], after["reviewed_by"]):
            lines.append(f"{name}: {_(STATUS_LABELS[before['status']])} → {_(STATUS_LABELS[after['status']])}"
                         + (f" ({after['reviewed_by']})" if after["reviewed_by"] else ""))
    if (old["category"], old["tags"], old["retired"]) != (new["category"], new["tags"], new["retired"]):
        lines.append(_("Kategorie, Schlagwörter oder Stilllegung geändert"))
    return lines
