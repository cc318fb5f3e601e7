"""The referral directory: local counselling and integration services, linked to matters and
checklist items so the counter can suggest the right one at the right moment.

Team leads edit it (ui/referral_editor.py); the default file resources/content/referrals.yaml holds
placeholders marked `example: true` that the office replaces. `export_referrals` and
`import_referrals` exchange it as plain data (content packs).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from .db import Store
from .errors import ContentError, NotFoundError
from .i18n import _
from .paths import resource_path

ANY_MATTER = "*"
DEFAULT_AUTHOR = "Standardinhalt"
IMPORT_MODES = {
    "add": "nur neue Einträge hinzufügen (vorhandene bleiben, wie sie sind)",
    "update": "neue hinzufügen und gleichnamige Einträge überschreiben",
    "replace": "das ganze Verzeichnis ersetzen",
}
CATEGORIES = {
    "migration_counselling": "Migrationsberatung für Erwachsene (MBE)",
    "youth_migration": "Jugendmigrationsdienst (JMD)",
    "refugee_counselling": "Flüchtlingsberatung",
    "health": "Gesundheit, Sprach- und Kulturmittlung",
    "volunteer_guides": "Ehrenamtliche Integrationslotsen",
    "labour_market": "Arbeit und Beruf",
    "language_courses": "Sprach- und Integrationskurse",
    "recognition": "Anerkennungsberatung",
    "women": "Beratung für Frauen",
    "legal_aid": "Rechtsberatung",
    "other": "Sonstige",
}
# Languages of counselling services go beyond the client languages of the checklists.
EXTRA_LANGUAGE_NAMES = {
    "prs": "Dari", "ps": "Paschtu", "ku": "Kurdisch", "kmr": "Kurmandschi", "ckb": "Sorani", "ti": "Tigrinya",
    "so": "Somali", "am": "Amharisch", "sq": "Albanisch", "sr": "Serbisch", "ro": "Rumänisch", "pl": "Polnisch",
    "bg": "Bulgarisch", "es": "Spanisch", "it": "Italienisch", "vi": "Vietnamesisch", "ur": "Urdu",
    "hi": "Hindi", "zh": "Chinesisch", "ka": "Georgisch",
}
_ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TEXT_FIELDS = ("name", "category", "description", "address", "opening_hours", "phone", "email", "website")


@dataclass(frozen=True)
class Link:
    """Suggest a service for a matter, for one item of it, or (matter '*') for every matter."""

    matter_id: str
    item_id: str = ""

    @property
    def specificity(self) -> int:
        return 2 if self.item_id else 0 if self.matter_id == ANY_MATTER else 1

    def to_dict(self) -> dict[str, str]:
        return {"matter": self.matter_id, "item": self.item_id} if self.item_id else {"matter": self.matter_id}


@dataclass(frozen=True)
class Referral:
    id: str
    name: str
    category: str
    description: str = ""
    topics: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    address: str = ""
    opening_hours: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    example: bool = False
    links: tuple[Link, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """Plain data in the layout of referrals.yaml (for content packs)."""
        data: dict[str, Any] = {"id": self.id}
        data.update({key: getattr(self, key) for key in _TEXT_FIELDS if getattr(self, key)})
        data.update(topics=list(self.topics), languages=list(self.languages), example=self.example,
                    links=[link.to_dict() for link in self.links])
        return data

    def speaks(self, language: str | None) -> bool:
        return bool(language) and language in self.languages


def language_name(code: str) -> str:
    from .snippets import LANGUAGE_NAMES

    return LANGUAGE_NAMES.get(code) or EXTRA_LANGUAGE_NAMES.get(code) or code


# --- validation ---------------------------------------------------------------------------------


def parse_referral(data: Any, *, where: str = "") -> tuple[Referral | None, list[str]]:
    """A referral from plain data, and every problem found (in the active language, ready to show)."""
    prefix = f"{where}: " if where else ""
    if not isinstance(data, Mapping):
        return None, [prefix + _("Der Eintrag muss eine Zuordnung (Name: Wert) sein.")]
    problems: list[str] = []
    texts = {key: _text(data, key, problems, prefix) for key in ("id", *_TEXT_FIELDS)}
    topics = _list(data, "topics", problems, prefix)
    languages = tuple(code.lower() for code in _list(data, "languages", problems, prefix))
    links = _links(data.get("links"), problems, prefix)
    example = data.get("example", False)
    problems += [prefix + p for p in _field_problems(texts, languages, example)]
    if problems:
        return None, problems
    return Referral(**texts, topics=topics, languages=languages, example=example, links=links), []


def _field_problems(texts: Mapping[str, str], languages: Sequence[str], example: Any) -> list[str]:
    problems = []
    if not texts["name"]:
        problems.append(_("Der Name fehlt."))
    if not _ID.match(texts["id"]):
        problems.append(_("Die Kennung „{id}“ ist ungültig (Kleinbuchstaben, Ziffern und _, "
                          "am Anfang ein Buchstabe).").format(id=texts["id"]))
    if texts["category"] not in CATEGORIES:
        problems.append(_("Die Art „{category}“ ist unbekannt. Erlaubt: {allowed}.").format(
            category=texts["category"], allowed=", ".join(CATEGORIES)))
    problems += [_("„{code}“ ist kein Sprachcode (zwei oder drei Kleinbuchstaben, z. B. ar, tr, prs).").format(
        code=code) for code in languages if not _LANGUAGE.match(code)]
    if texts["email"] and not _EMAIL.match(texts["email"]):
        problems.append(_("Die E-Mail-Adresse „{email}“ ist ungültig.").format(email=texts["email"]))
    if texts["website"] and not texts["website"].startswith(("https://", "http://")):
        problems.append(_("Die Webadresse muss mit https:// oder http:// beginnen."))
    if not any(texts[key] for key in ("address", "phone", "email", "website")):
        problems.append(_("Bitte Anschrift, Telefon, E-Mail oder Webadresse angeben, damit die Stelle erreichbar ist."))
    if not isinstance(example, bool):
        problems.append(_("„example“ muss true oder false sein."))
    return problems


def _text(data: Mapping, key: str, problems: list[str], prefix: str) -> str:
    value = data.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        problems.append(prefix + _("„{key}“ muss ein Text sein.").format(key=key))
        return ""
    return value.strip()


def _list(data: Mapping, key: str, problems: list[str], prefix: str) -> tuple[str, ...]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(prefix + _("„{key}“ muss eine Liste von Texten sein.").format(key=key))
        return ()
    return tuple(dict.fromkeys(v.strip() for v in value if v.strip()))  # trimmed, without repeats


def _links(value: Any, problems: list[str], prefix: str) -> tuple[Link, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        problems.append(prefix + _("„links“ muss eine Liste sein, z. B. {example}.").format(
            example="[{matter: study}]"))
        return ()
    links: list[Link] = []
    for number, raw in enumerate(value, start=1):
        matter = raw.get("matter") if isinstance(raw, Mapping) else None
        item = (raw.get("item") or "") if isinstance(raw, Mapping) else ""
        if not isinstance(matter, str) or not (matter == ANY_MATTER or _ID.match(matter)):
            problems.append(prefix + _("Verknüpfung {number}: Anliegen fehlt oder ist ungültig ({matter}).").format(
                number=number, matter=repr(matter)))
        elif not isinstance(item, str) or (item and (matter == ANY_MATTER or not _ID.match(item))):
            problems.append(prefix + _("Verknüpfung {number}: Punkt {item} ist ungültig "
                                       "(ein Punkt gehört immer zu einem bestimmten Anliegen).").format(
                number=number, item=repr(item)))
        elif Link(matter, item) in links:
            problems.append(prefix + _("Verknüpfung {number}: kommt doppelt vor.").format(number=number))
        else:
            links.append(Link(matter, item))
    return tuple(links)


def parse_referrals(entries: Any, *, origin: str) -> list[Referral]:
    """Every entry of a file or pack; ContentError listing all problems (nothing is taken then)."""
    if not isinstance(entries, list):
        raise ContentError(_("{origin}: Das Verweisverzeichnis muss eine Liste von Einträgen sein.").format(
            origin=origin))
    parsed, problems, seen = [], [], set()
    for number, data in enumerate(entries, start=1):
        name = data.get("id") if isinstance(data, Mapping) else None
        where = (_("Eintrag {number} („{id}“)").format(number=number, id=name) if name
                 else _("Eintrag {number}").format(number=number))
        referral, found = parse_referral(data, where=where)
        problems += found
        if referral and referral.id in seen:
            problems.append(_("Eintrag {number}: Die Kennung „{id}“ kommt mehrfach vor.").format(
                number=number, id=referral.id))
        elif referral:
            seen.add(referral.id)
            parsed.append(referral)
    if problems:
        listing = "\n".join(f"  – {p}" for p in problems[:30])
        raise ContentError(
            _("Das Verweisverzeichnis {origin} ist ungültig und wurde nicht übernommen:\n{problems}").format(
                origin=origin, problems=listing),
            hint=_("Bitte die genannten Stellen korrigieren und erneut laden."),
        )
    return parsed


def load_referrals_file(path: Path) -> list[Referral]:
    import yaml  # only when a content file is read, not at start-up

    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ContentError(
            _("Das Verweisverzeichnis {path} kann nicht gelesen werden: {error}.").format(path=path, error=exc)
        ) from exc
    if not isinstance(data, Mapping):
        raise ContentError(_("Das Verweisverzeichnis {path} enthält keine Liste „referrals“.").format(path=path))
    return parse_referrals(data.get("referrals"), origin=str(path))


# --- stored directory ---------------------------------------------------------------------------


def list_referrals(store: Store) -> list[Referral]:
    links: dict[str, list[Link]] = {}
    for row in store.query("SELECT * FROM referral_links ORDER BY referral_id, position"):
        links.setdefault(row["referral_id"], []).append(Link(row["matter_id"], row["item_id"]))
    rows = store.query("SELECT * FROM referrals ORDER BY name COLLATE NOCASE, id")
    return [_from_row(row, links.get(row["id"], [])) for row in rows]


def get_referral(store: Store, referral_id: str) -> Referral:
    for referral in list_referrals(store):
        if referral.id == referral_id:
            return referral
    raise _not_found(referral_id)


def _not_found(referral_id: str) -> NotFoundError:
    return NotFoundError(_("Den Eintrag „{id}“ gibt es im Verweisverzeichnis nicht (mehr).").format(id=referral_id))


def _from_row(row: Mapping[str, Any], links: Iterable[Link]) -> Referral:
    return Referral(**{key: row[key] for key in ("id", *_TEXT_FIELDS)}, topics=tuple(json.loads(row["topics"])),
                    languages=tuple(json.loads(row["languages"])), example=bool(row["example"]), links=tuple(links))


def save_referral(store: Store, referral: Referral, *, author: str, new: bool = False) -> None:
    """Validate and store one entry (insert or update). `new`: refuse if the id is taken."""
    checked, problems = parse_referral(referral.to_dict())
    if problems:
        raise ContentError(_("Der Eintrag wurde nicht gespeichert:\n{problems}").format(
            problems="\n".join(f"  – {p}" for p in problems)))
    with store.transaction() as conn:
        if new and conn.execute("SELECT 1 FROM referrals WHERE id = ?", (checked.id,)).fetchone():
            raise ContentError(_("Es gibt bereits einen Eintrag mit der Kennung „{id}“.").format(id=checked.id))
        _write(conn, checked, author=author)


def _write(conn, referral: Referral, *, author: str) -> None:
    values = {key: getattr(referral, key) for key in ("id", *_TEXT_FIELDS)}
    values.update(topics=json.dumps(list(referral.topics), ensure_ascii=False),
                  languages=json.dumps(list(referral.languages)), example=int(referral.example),
                  updated_at=datetime.now().isoformat(timespec="seconds"), updated_by=author)
    names = ", ".join(values)
    conn.execute(f"INSERT INTO referrals ({names}) VALUES ({', '.join(':' + k for k in values)}) "
                 f"ON CONFLICT (id) DO UPDATE SET {', '.join(f'{k} = excluded.{k}' for k in values if k != 'id')}",
                 values)
    conn.execute("DELETE FROM referral_links WHERE referral_id = ?", (referral.id,))
    conn.executemany("INSERT INTO referral_links (referral_id, matter_id, item_id, position) VALUES (?, ?, ?, ?)",
                     [(referral.id, link.matter_id, link.item_id, n) for n, link in enumerate(referral.links)])


def delete_referral(store: Store, referral_id: str) -> None:
    with store.transaction() as conn:
        if conn.execute("DELETE FROM referrals WHERE id = ?", (referral_id,)).rowcount == 0:
            raise _not_found(referral_id)


def suggest_id(name: str, taken: Iterable[str]) -> str:
    """A readable, unused id from a name: 'Beispiel: Jugendmigrationsdienst' → 'jugendmigrationsdienst'."""
    plain = unicodedata.normalize("NFKD", name.replace("ß", "ss")).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.split(r"[^a-z0-9]+", plain) if w and w != "beispiel"]
    base = ("_".join(words)[:40].strip("_") or "stelle")
    base = base if base[0].isalpha() else f"stelle_{base}"
    taken, candidate, number = set(taken), base, 2
    while candidate in taken:
        candidate, number = f"{base}_{number}", number + 1
    return candidate


# --- suggestions --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    referral: Referral
    specificity: int  # 2 this checklist item, 1 this matter, 0 every matter
    speaks_language: bool

    @property
    def reason(self) -> str:
        return ("passt zu diesem Punkt", "passt zum Anliegen", "allgemein")[2 - self.specificity]


def suggestions(store: Store, matter_id: str, item_id: str | None = None,
                language: str | None = None) -> list[Suggestion]:
    """Services linked to this item, this matter or every matter: the most specific link first,
    then those that speak the client's language (German counts as no preference)."""
    rows = store.query(
        "SELECT referral_id, MAX(CASE WHEN item_id != '' THEN 2 WHEN matter_id = :m THEN 1 ELSE 0 END) AS rank "
        "FROM referral_links WHERE (matter_id = :m AND item_id IN ('', :i)) OR (matter_id = '*' AND item_id = '') "
        "GROUP BY referral_id", {"m": matter_id, "i": item_id or ""})
    rank = {row["referral_id"]: row["rank"] for row in rows}
    wanted = None if language in (None, "", "de") else language
    found = [Suggestion(r, rank[r.id], r.speaks(wanted)) for r in list_referrals(store) if r.id in rank]
    return sorted(found, key=lambda s: (-s.specificity, not s.speaks_language, s.referral.name.casefold()))


# --- exchange (content packs) and default content -----------------------------------------------


def export_referrals(store: Store) -> list[dict[str, Any]]:
    """The whole directory as plain data (JSON/YAML-ready), sorted by id."""
    return [referral.to_dict() for referral in sorted(list_referrals(store), key=lambda r: r.id)]


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int  # same content already there, or kept because of mode "add"
    removed: int


def import_referrals(store: Store, entries: Sequence[Mapping[str, Any]], *, mode: str,
                     author: str = "Inhaltspaket") -> ImportResult:
    """Take entries into the directory, all or nothing. Modes: see IMPORT_MODES. Every entry is
    validated first; any problem raises ContentError and nothing changes."""
    if mode not in IMPORT_MODES:
        raise ValueError(f"unknown import mode {mode!r}")
    incoming = parse_referrals(list(entries), origin="(Import)")
    added = updated = unchanged = removed = 0
    with store.transaction() as conn:
        existing = {r.id: r for r in list_referrals(store)}
        if mode == "replace":
            keep = {r.id for r in incoming}
            removed = sum(conn.execute("DELETE FROM referrals WHERE id = ?", (rid,)).rowcount
                          for rid in existing if rid not in keep)
        for referral in incoming:
            old = existing.get(referral.id)
            if old == referral or (old is not None and mode == "add"):
                unchanged += 1
                continue
            _write(conn, referral, author=author)
            added, updated = added + (old is None), updated + (old is not None)
    return ImportResult(added, updated, unchanged, removed)


def default_file() -> Path:
    return resource_path("content", "referrals.yaml")


def ensure_default_referrals(store: Store) -> bool:
    """Load the example directory once per data folder (also into databases made before it
    existed). Later starts cost one query; an emptied directory stays empty. True if loaded."""
    from .content import REFERRALS_LOADED, default_referrals_pending

    if not default_referrals_pending(store):
        return False
    entries = [r.to_dict() for r in load_referrals_file(default_file())] if default_file().exists() else []
    with store.transaction() as conn:
        import_referrals(store, entries, mode="add", author=DEFAULT_AUTHOR)
        conn.execute("INSERT OR REPLACE INTO local_meta (key, value) VALUES (?, ?)",
                     (REFERRALS_LOADED, datetime.now().isoformat(timespec="seconds")))
    return True
