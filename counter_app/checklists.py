"""Checklists per matter: the model, validation of content files, fees, and stored versions."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator, Mapping

from . import conditions
from .db import Store
from .errors import ContentError, NotFoundError
from .i18n import _

CLIENT_LANGUAGES = ("de", "en", "ar", "tr", "uk", "ru", "fa", "fr")
ITEM_KINDS = ("document", "question", "hint")
ANSWER_TYPES = ("yes_no", "choice")
_ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
RESERVED_IDS = set(conditions.BUILTIN_FACTS) | set(conditions.LOGICAL_KEYS)


@dataclass(frozen=True)
class Item:
    id: str
    kind: str
    title: str
    legal_basis: str = ""
    help: str = ""
    client_text: Mapping[str, str] = field(default_factory=dict)
    when: Mapping[str, Any] | None = None
    answer: str | None = None  # for questions: yes_no | choice
    choices: Mapping[str, str] = field(default_factory=dict)

    @property
    def is_question(self) -> bool:
        return self.kind == "question"


@dataclass(frozen=True)
class Group:
    id: str
    title: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class FeeRule:
    id: str
    label: str
    legal_basis: str
    when: Mapping[str, Any] | None
    amount: Decimal = Decimal(0)  # fee items
    factor: Decimal = Decimal(1)  # reductions


@dataclass(frozen=True)
class Checklist:
    id: str
    title: str
    title_en: str
    legal_basis: str
    description: str
    sources: tuple[str, ...]
    translation_status: str
    groups: tuple[Group, ...]
    fee_source: str
    fee_items: tuple[FeeRule, ...]
    fee_reductions: tuple[FeeRule, ...]
    next_steps: tuple[str, ...]
    version: int = 0

    def items(self) -> Iterator[Item]:
        for group in self.groups:
            yield from group.items

    def item(self, item_id: str) -> Item:
        for item in self.items():
            if item.id == item_id:
                return item
        raise NotFoundError(_("Der Punkt „{item}“ gehört nicht zur Checkliste „{checklist}“.").format(
            item=item_id, checklist=self.title))

    def to_dict(self) -> dict[str, Any]:
        """The canonical, JSON-ready form (also the YAML layout a team lead edits)."""
        return {
            "id": self.id, "title": self.title, "title_en": self.title_en,
            "legal_basis": self.legal_basis, "description": self.description,
            "sources": list(self.sources), "translation_status": self.translation_status,
            "groups": [
                {"id": g.id, "title": g.title, "items": [_item_dict(i) for i in g.items]} for g in self.groups
            ],
            "fees": {
                "source": self.fee_source,
                "items": [_fee_dict(f, "amount") for f in self.fee_items],
                "reductions": [_fee_dict(f, "factor") for f in self.fee_reductions],
            },
            "next_steps": list(self.next_steps),
        }

    @property
    def checksum(self) -> str:
        return content_checksum(self.to_dict())


def _item_dict(item: Item) -> dict[str, Any]:
    data: dict[str, Any] = {"id": item.id, "kind": item.kind, "title": item.title}
    if item.answer:
        data["answer"] = item.answer
    if item.choices:
        data["choices"] = dict(item.choices)
    for key in ("legal_basis", "help"):
        if getattr(item, key):
            data[key] = getattr(item, key)
    if item.client_text:
        data["client_text"] = dict(item.client_text)
    if item.when is not None:
        data["when"] = item.when
    return data


def _fee_dict(rule: FeeRule, number_key: str) -> dict[str, Any]:
    data: dict[str, Any] = {"id": rule.id, "label": rule.label, number_key: str(getattr(rule, number_key))}
    if rule.legal_basis:
        data["legal_basis"] = rule.legal_basis
    if rule.when is not None:
        data["when"] = rule.when
    return data


def content_checksum(data: Any) -> str:
    import hashlib  # not needed at start-up

    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


# --- parsing and validation -------------------------------------------------------------------


class _Problems:
    """Collects every problem of one file so a team lead sees them all at once."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.items: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.items.append(f"{where}: {message}" if where else message)

    def raise_if_any(self) -> None:
        if self.items:
            listing = "\n".join(f"  – {p}" for p in self.items[:30])
            more = ""
            if len(self.items) > 30:
                more = "\n  " + _("… und {count} weitere").format(count=len(self.items) - 30)
            raise ContentError(
                _("Die Checkliste {origin} ist ungültig und wurde nicht übernommen:").format(origin=self.origin)
                + f"\n{listing}{more}",
                hint=_("Bitte korrigieren Sie die genannten Stellen und laden Sie die Datei erneut."),
            )


def load_checklist_file(path: Path) -> Checklist:
    """Read and validate one checklist YAML file."""
    import yaml  # only needed when reading content files, not at start-up

    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except FileNotFoundError as exc:
        raise ContentError(_("Die Checklistendatei {path} fehlt.").format(path=path)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(
            _("Die Checklistendatei {path} kann nicht gelesen werden: {error}.").format(path=path, error=exc)
        ) from exc
    except yaml.YAMLError as exc:
        raise ContentError(
            _("Die Checklistendatei {path} ist kein gültiges YAML: {error}.").format(path=path, error=exc),
            hint=_("Zeile und Spalte stehen in der Meldung; bitte die Einrückung und Doppelpunkte prüfen."),
        ) from exc
    except RecursionError as exc:
        raise ContentError(_("Die Checklistendatei {path} ist zu tief verschachtelt.").format(path=path)) from exc
    return parse_checklist(data, origin=str(path))


def parse_checklist(data: Any, *, origin: str, version: int = 0) -> Checklist:
    problems = _Problems(origin)
    if not isinstance(data, Mapping):
        problems.add("", _("Die Datei muss eine Zuordnung mit id, title, groups … enthalten."))
        problems.raise_if_any()
    matter_id = _text(data, "id", problems, "")
    if matter_id and not _ID.match(matter_id):
        problems.add("id", _("„{id}“ ist keine gültige Kennung (Kleinbuchstaben, Ziffern, _).").format(id=matter_id))
    questions: dict[str, Any] = {}
    seen: set[str] = set()
    groups = tuple(_parse_groups(data.get("groups"), problems, questions, seen))
    fees = data.get("fees") or {}
    if not isinstance(fees, Mapping):
        problems.add("fees", _("muss eine Zuordnung mit source, items, reductions sein."))
        fees = {}
    checklist = Checklist(
        id=matter_id,
        title=_text(data, "title", problems, "title"),
        title_en=_text(data, "title_en", problems, "title_en", required=False),
        legal_basis=_text(data, "legal_basis", problems, "legal_basis"),
        description=_text(data, "description", problems, "description", required=False).strip(),
        sources=tuple(_text_list(data.get("sources"), problems, "sources", required=True)),
        translation_status=_translation_status(data, problems),
        groups=groups,
        fee_source=_text(fees, "source", problems, "fees.source", required=bool(fees.get("items"))),
        fee_items=tuple(_parse_fees(fees.get("items"), problems, questions, "amount")),
        fee_reductions=tuple(_parse_fees(fees.get("reductions"), problems, questions, "factor")),
        next_steps=tuple(_text_list(data.get("next_steps"), problems, "next_steps")),
        version=version,
    )
    problems.raise_if_any()
    return checklist


def _translation_status(data: Mapping, problems: _Problems) -> str:
    status = data.get("translation_status", "unreviewed")
    if status not in ("reviewed", "unreviewed", "machine"):
        problems.add("translation_status", _("erlaubt sind reviewed, unreviewed, machine."))
    return str(status)


def _text(data: Mapping, key: str, problems: _Problems, where: str, *, required: bool = True) -> str:
    value = data.get(key)
    if value is None or value == "":
        if required:
            problems.add(where or key, _("fehlt."))
        return ""
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        problems.add(where or key, _("muss ein Text sein."))
        return ""
    return str(value)


def _text_list(value: Any, problems: _Problems, where: str, *, required: bool = False) -> list[str]:
    if value is None:
        if required:
            problems.add(where, _("fehlt (mindestens eine Quelle angeben)."))
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.add(where, _("muss eine Liste von Texten sein."))
        return []
    return list(value)


def _parse_groups(value: Any, problems: _Problems, questions: dict, seen: set) -> Iterator[Group]:
    if not isinstance(value, list) or not value:
        problems.add("groups", _("fehlt oder ist leer."))
        return
    for index, raw in enumerate(value, start=1):
        where = _("Gruppe {number}").format(number=index)
        if not isinstance(raw, Mapping):
            problems.add(where, _("muss eine Zuordnung mit id, title, items sein."))
            continue
        group_id = _checked_id(raw, problems, where, seen)
        group = _("Gruppe „{id}“").format(id=group_id)
        items = raw.get("items")
        if not isinstance(items, list) or not items:
            problems.add(group, _("hat keine Punkte (items)."))
            items = []
        parsed = [_parse_item(i, problems, questions, seen, group) for i in items]
        yield Group(id=group_id, title=_text(raw, "title", problems, f"{group}.title"),
                    items=tuple(p for p in parsed if p))


def _checked_id(raw: Mapping, problems: _Problems, where: str, seen: set) -> str:
    value = raw.get("id")
    if not isinstance(value, str) or not _ID.match(value):
        problems.add(where, _("ungültige oder fehlende Kennung (id): {value}.").format(value=repr(value)))
        return str(value)
    if value in seen:
        problems.add(where, _("die Kennung „{id}“ kommt mehrfach vor.").format(id=value))
    if value in RESERVED_IDS:
        problems.add(where, _("die Kennung „{id}“ ist reserviert.").format(id=value))
    seen.add(value)
    return value


def _parse_item(raw: Any, problems: _Problems, questions: dict, seen: set, group: str) -> Item | None:
    if not isinstance(raw, Mapping):
        problems.add(group, _("ein Punkt ist keine Zuordnung."))
        return None
    item_id = _checked_id(raw, problems, group, seen)
    where = _("Punkt „{id}“").format(id=item_id)
    kind = raw.get("kind")
    if kind not in ITEM_KINDS:
        problems.add(where, _("Art (kind) {kind} ungültig; erlaubt: {allowed}.").format(
            kind=repr(kind), allowed=", ".join(ITEM_KINDS)))
    when = raw.get("when")
    if when is not None:
        for problem in _condition_problems(when, questions):
            problems.add(where, problem)
    answer, choices = _parse_answer(raw, kind, problems, where)
    client_text = _parse_client_text(raw.get("client_text"), kind, problems, where)
    item = Item(
        id=item_id, kind=str(kind), title=_text(raw, "title", problems, f"{where}.title"),
        legal_basis=_text(raw, "legal_basis", problems, where, required=False),
        help=_text(raw, "help", problems, where, required=False).strip(),
        client_text=client_text, when=when, answer=answer, choices=choices,
    )
    if kind == "question":
        questions[item_id] = choices if answer == "choice" else None
    return item


def _condition_problems(when: Any, questions: dict) -> list[str]:
    try:
        return conditions.check(when, questions)
    except RecursionError:  # a YAML alias that contains itself
        return [_("Die Bedingung verweist auf sich selbst (YAML-Anker) und ist daher ungültig.")]


def _parse_answer(raw: Mapping, kind: Any, problems: _Problems, where: str) -> tuple[str | None, dict]:
    if kind != "question":
        if "answer" in raw or "choices" in raw:
            problems.add(where, _("nur Fragen haben answer/choices."))
        return None, {}
    answer = raw.get("answer")
    if answer not in ANSWER_TYPES:
        problems.add(where, _("answer {answer} ungültig; erlaubt: {allowed}.").format(
            answer=repr(answer), allowed=", ".join(ANSWER_TYPES)))
        return None, {}
    if answer == "yes_no":
        return answer, {}
    choices = raw.get("choices")
    if not isinstance(choices, Mapping) or len(choices) < 2:
        problems.add(where, _("eine Auswahlfrage braucht mindestens zwei Antworten (choices)."))
        return answer, {}
    bad = [c for c in choices if not isinstance(c, str) or not _ID.match(c)]
    if bad:
        problems.add(where, _("ungültige Antwortkennung {choice} (Kleinbuchstaben, Ziffern, _; nicht yes/no).").format(
            choice=repr(bad[0])))
    return answer, {str(k): str(v) for k, v in choices.items()}


def _parse_client_text(value: Any, kind: Any, problems: _Problems, where: str) -> dict[str, str]:
    if value is None:
        if kind in ("document", "question"):
            problems.add(where, _("client_text fehlt (Text für die Kundin/den Kunden)."))
        return {}
    if not isinstance(value, Mapping):
        problems.add(where, _("client_text muss Sprachen auf Texte abbilden."))
        return {}
    missing = [lang for lang in CLIENT_LANGUAGES if not isinstance(value.get(lang), str) or not value[lang].strip()]
    if missing:
        problems.add(where, _("client_text fehlt in: {languages}.").format(languages=", ".join(missing)))
    return {str(k): str(v).strip() for k, v in value.items() if isinstance(v, str)}


def _parse_fees(value: Any, problems: _Problems, questions: dict, number_key: str) -> Iterator[FeeRule]:
    if value is None:
        return
    section = "fees.items" if number_key == "amount" else "fees.reductions"
    if not isinstance(value, list):
        problems.add(section, _("muss eine Liste sein."))
        return
    for index, raw in enumerate(value, start=1):
        where = f"{section}[{index}]"
        if not isinstance(raw, Mapping):
            problems.add(where, _("muss eine Zuordnung sein."))
            continue
        number = _decimal(raw.get(number_key), problems, f"{where}.{number_key}")
        if number_key == "factor" and number is not None and not (0 <= number <= 1):
            problems.add(where, _("factor muss zwischen 0 und 1 liegen."))
        when = raw.get("when")
        if when is not None:
            for problem in _condition_problems(when, questions):
                problems.add(where, problem)
        yield FeeRule(
            id=str(raw.get("id", index)), label=_text(raw, "label", problems, f"{where}.label"),
            legal_basis=_text(raw, "legal_basis", problems, where, required=False), when=when,
            **{number_key: number if number is not None else Decimal(0)},
        )


def _decimal(value: Any, problems: _Problems, where: str) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        problems.add(where, _("fehlt oder ist keine Zahl."))
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        problems.add(where, _("{value} ist keine Zahl.").format(value=repr(value)))
        return None
    if not number.is_finite() or number < 0:
        problems.add(where, _("darf nicht negativ sein."))
        return None
    return number


# --- fees -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeeLine:
    label: str
    legal_basis: str
    amount: Decimal  # after the reduction


@dataclass(frozen=True)
class Fees:
    lines: tuple[FeeLine, ...]
    reduction: FeeRule | None
    total: Decimal
    source: str


def compute_fees(checklist: Checklist, facts: Mapping[str, Any]) -> Fees:
    """Fee items whose condition holds; the first reduction that holds applies to all of them."""
    reduction = next((r for r in checklist.fee_reductions if conditions.holds(r.when, facts)), None)
    factor = reduction.factor if reduction else Decimal(1)
    lines = tuple(
        FeeLine(f.label, f.legal_basis, (f.amount * factor).quantize(Decimal("0.01")))
        for f in checklist.fee_items if conditions.holds(f.when, facts)
    )
    return Fees(lines, reduction, sum((l.amount for l in lines), Decimal("0.00")), checklist.fee_source)


def format_euro(amount: Decimal) -> str:
    """German notation: 1.234,50 €."""
    text = f"{amount:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{text} €"


# --- stored versions --------------------------------------------------------------------------


@dataclass(frozen=True)
class MatterInfo:
    id: str
    title: str
    current_version: int
    version_count: int


def publish(store: Store, checklist: Checklist, *, author: str, comment: str = "") -> int:
    """Store `checklist` as the matter's next version; returns the version (unchanged → current)."""
    data = checklist.to_dict()
    checksum = content_checksum(data)
    with store.transaction() as conn:
        row = conn.execute(
            "SELECT m.current_version, v.checksum FROM matters m JOIN checklist_versions v "
            "ON v.matter_id = m.id AND v.version = m.current_version WHERE m.id = ?", (checklist.id,)
        ).fetchone()
        if row and row[1] == checksum:
            return row[0]
        version = (row[0] if row else 0) + 1
        if row is None:
            conn.execute("INSERT INTO matters (id, title, current_version) VALUES (?, ?, ?)",
                         (checklist.id, checklist.title, version))
        conn.execute(
            "INSERT INTO checklist_versions (matter_id, version, content, checksum, created_at, author, comment) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (checklist.id, version, json.dumps(data, ensure_ascii=False), checksum,
             datetime.now().isoformat(timespec="seconds"), author, comment),
        )
        conn.execute("UPDATE matters SET current_version = ?, title = ? WHERE id = ?",
                     (version, checklist.title, checklist.id))
    return version


def matters(store: Store) -> list[MatterInfo]:
    rows = store.query(
        "SELECT m.id, m.title, m.current_version, COUNT(v.version) AS n FROM matters m "
        "JOIN checklist_versions v ON v.matter_id = m.id WHERE m.retired = 0 GROUP BY m.id ORDER BY m.title"
    )
    return [MatterInfo(r["id"], r["title"], r["current_version"], r["n"]) for r in rows]


def load(store: Store, matter_id: str, version: int | None = None) -> Checklist:
    """The checklist of `matter_id` at `version` (default: current)."""
    if version is None:
        version = store.scalar("SELECT current_version FROM matters WHERE id = ?", (matter_id,))
        if version is None:
            raise NotFoundError(_("Das Anliegen „{matter}“ gibt es nicht.").format(matter=matter_id))
    row = store.query("SELECT content, checksum FROM checklist_versions WHERE matter_id = ? AND version = ?",
                      (matter_id, version))
    if not row:
        raise NotFoundError(_("Die Checkliste „{matter}“ in Version {version} gibt es nicht.").format(
            matter=matter_id, version=version))
    return _parse_stored(row[0]["checksum"], row[0]["content"], matter_id, version)


@lru_cache(maxsize=64)
def _parse_stored(checksum: str, content: str, matter_id: str, version: int) -> Checklist:
    # Versions are immutable, so (checksum, version) identifies a parse result.
    return parse_checklist(json.loads(content), origin=f"{matter_id} v{version}", version=version)
