"""What changed between two checklist versions, for people: German sentences ("Punkt hinzugefügt: …",
"Gebühr geändert (…): 93,00 € → 96,00 €") and a line-level diff of the YAML a team lead edits.

Both work on the canonical dicts (`Checklist.to_dict()`), so any two stored versions, a draft and
a pack's checklist can be compared alike.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any, Mapping

from .checklists import format_euro

KIND_LABELS = {"document": "Unterlage", "question": "Frage", "hint": "Hinweis"}
_MATTER_FIELDS = (("title", "Titel des Anliegens"), ("title_en", "Englischer Titel"),
                  ("legal_basis", "Rechtsgrundlage des Anliegens"), ("description", "Beschreibung"),
                  ("sources", "Quellen"), ("translation_status", "Übersetzungsstand"),
                  ("next_steps", "Nächste Schritte"))
_SHORT = 60
_OPERATORS = {"lt": "<", "le": "≤", "gt": ">", "ge": "≥", "eq": "=", "ne": "≠"}


def yaml_text(data: Mapping[str, Any] | None) -> str:
    """The canonical YAML of a checklist (also the file layout in content packs)."""
    import yaml  # content work only, never at start-up

    if data is None:
        return ""
    # libyaml's dumper where present: the pure-Python one takes seconds for the snippet library.
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(dict(data), Dumper=dumper, allow_unicode=True, sort_keys=False, width=100)


def yaml_load(text: str) -> Any:
    """Parse YAML safely (libyaml's loader where present); yaml.YAMLError on bad input."""
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def yaml_diff(old: Mapping | None, new: Mapping | None, *, old_label: str, new_label: str) -> list[str]:
    """A unified diff of the two YAML texts (lines starting with -, + or a space)."""
    import difflib

    return list(difflib.unified_diff(yaml_text(old).splitlines(), yaml_text(new).splitlines(),
                                     fromfile=old_label, tofile=new_label, lineterm="", n=2))


def describe_changes(old: Mapping | None, new: Mapping | None) -> list[str]:
    """German sentences, one per change, from `old` to `new` (None: the matter did not exist)."""
    if old is None and new is None:
        return []
    if old is None:
        return [f"Anliegen neu: {new['title']}"]
    if new is None:
        return [f"Anliegen entfernt: {old['title']}"]
    lines = _matter_changes(old, new) + _group_changes(old, new) + _item_changes(old, new)
    return lines + _fee_changes(old.get("fees") or {}, new.get("fees") or {})


def _matter_changes(old: Mapping, new: Mapping) -> list[str]:
    lines = []
    for key, label in _MATTER_FIELDS:
        before, after = old.get(key), new.get(key)
        if before != after:
            if isinstance(before, str) and isinstance(after, str) and len(before + after) < 2 * _SHORT:
                lines.append(f"{label} geändert: {before or '–'} → {after or '–'}")
            else:
                lines.append(f"{label} geändert")
    return lines


def _groups(data: Mapping) -> dict[str, Mapping]:
    return {g["id"]: g for g in data.get("groups") or ()}


def _group_changes(old: Mapping, new: Mapping) -> list[str]:
    before, after = _groups(old), _groups(new)
    lines = [f"Gruppe hinzugefügt: {g['title']}" for gid, g in after.items() if gid not in before]
    lines += [f"Gruppe entfernt: {g['title']}" for gid, g in before.items() if gid not in after]
    lines += [f"Gruppe umbenannt: {before[gid]['title']} → {g['title']}"
              for gid, g in after.items() if gid in before and before[gid]["title"] != g["title"]]
    common_before = [gid for gid in before if gid in after]
    if common_before != [gid for gid in after if gid in before]:
        lines.append("Reihenfolge der Gruppen geändert")
    return lines


def _items(data: Mapping) -> dict[str, tuple[Mapping, Mapping]]:
    """item id → (item, its group), in checklist order."""
    return {item["id"]: (item, group) for group in data.get("groups") or () for item in group.get("items") or ()}


def _item_changes(old: Mapping, new: Mapping) -> list[str]:
    before, after = _items(old), _items(new)
    lines = [f"Punkt hinzugefügt: {item['title']} (Gruppe {group['title']})"
             for iid, (item, group) in after.items() if iid not in before]
    lines += [f"Punkt entfernt: {item['title']}" for iid, (item, _g) in before.items() if iid not in after]
    for iid, (item, group) in after.items():
        if iid in before:
            lines += _one_item(before[iid][0], item)
            if before[iid][1]["id"] != group["id"]:
                lines.append(f"Punkt verschoben ({item['title']}): {before[iid][1]['title']} → {group['title']}")
    lines += _order_changes(before, after)
    return lines


def _one_item(old: Mapping, new: Mapping) -> list[str]:
    name = new["title"]
    lines = []
    if old["title"] != new["title"]:
        lines.append(f"Titel geändert: {old['title']} → {new['title']}")
    if old["kind"] != new["kind"]:
        lines.append(f"Art geändert ({name}): {_kind(old)} → {_kind(new)}")
    if old.get("when") != new.get("when"):
        lines.append(f"Bedingung geändert ({name}): {format_condition(old.get('when'))} → "
                     f"{format_condition(new.get('when'))}")
    if old.get("legal_basis", "") != new.get("legal_basis", ""):
        lines.append(f"Rechtsgrundlage geändert ({name}): {old.get('legal_basis') or '–'} → "
                     f"{new.get('legal_basis') or '–'}")
    if old.get("help", "") != new.get("help", ""):
        lines.append(f"Hilfetext geändert ({name})")
    if (old.get("answer"), old.get("choices")) != (new.get("answer"), new.get("choices")):
        lines.append(f"Antwortmöglichkeiten geändert ({name})")
    languages = _changed_languages(old.get("client_text") or {}, new.get("client_text") or {})
    if languages:
        lines.append(f"Kundentext geändert ({name}): {', '.join(languages)}")
    return lines


def _kind(item: Mapping) -> str:
    return KIND_LABELS.get(item["kind"], item["kind"])


def _changed_languages(old: Mapping, new: Mapping) -> list[str]:
    return [lang for lang in dict.fromkeys([*old, *new]) if old.get(lang) != new.get(lang)]


def _order_changes(before: Mapping, after: Mapping) -> list[str]:
    """One line per group whose remaining items stand in another order."""
    lines = []
    for gid in dict.fromkeys(group["id"] for _item, group in after.values()):
        kept_after = [iid for iid, (_i, g) in after.items() if g["id"] == gid and iid in before
                      and before[iid][1]["id"] == gid]
        kept_before = [iid for iid, (_i, g) in before.items() if g["id"] == gid and iid in kept_after]
        if kept_after != kept_before:
            title = next(g["title"] for _i, g in after.values() if g["id"] == gid)
            lines.append(f"Reihenfolge der Punkte geändert (Gruppe {title})")
    return lines


def _fee_changes(old: Mapping, new: Mapping) -> list[str]:
    lines = []
    if old.get("source") != new.get("source"):
        lines.append("Gebührenquelle geändert")
    lines += _rules(old.get("items") or (), new.get("items") or (), "Gebühr", "amount")
    return lines + _rules(old.get("reductions") or (), new.get("reductions") or (), "Ermäßigung", "factor")


def _rules(old: list, new: list, noun: str, number_key: str) -> list[str]:
    before, after = {r["id"]: r for r in old}, {r["id"]: r for r in new}
    show = _euro if number_key == "amount" else _factor
    lines = [f"{noun} hinzugefügt: {r['label']} ({show(r[number_key])})"
             for rid, r in after.items() if rid not in before]
    lines += [f"{noun} entfernt: {r['label']} ({show(r[number_key])})"
              for rid, r in before.items() if rid not in after]
    for rid, rule in after.items():
        if rid in before:
            lines += _one_rule(before[rid], rule, noun, number_key, show)
    return lines


def _one_rule(old: Mapping, new: Mapping, noun: str, number_key: str, show) -> list[str]:
    lines = []
    if _number(old[number_key]) != _number(new[number_key]):
        lines.append(f"{noun} geändert ({new['label']}): {show(old[number_key])} → {show(new[number_key])}")
    if old["label"] != new["label"]:
        lines.append(f"{noun} umbenannt: {old['label']} → {new['label']}")
    if old.get("when") != new.get("when"):
        lines.append(f"Bedingung der {noun} geändert ({new['label']}): {format_condition(old.get('when'))} → "
                     f"{format_condition(new.get('when'))}")
    if old.get("legal_basis", "") != new.get("legal_basis", ""):
        lines.append(f"Rechtsgrundlage der {noun} geändert ({new['label']})")
    return lines


def _number(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _euro(value: Any) -> str:
    number = _number(value)
    return format_euro(number) if number is not None else str(value)


def _factor(value: Any) -> str:
    number = _number(value)
    if number is None:
        return str(value)
    return f"{number * 100:.0f} % der Gebühr".replace(".", ",")


def format_condition(condition: Any) -> str:
    """A condition as a short German expression: `married = ja und age < 18`."""
    if not condition:
        return "keine"
    if not isinstance(condition, Mapping):
        return str(condition)
    return " und ".join(_entry(str(key), value) for key, value in condition.items())


def _entry(key: str, value: Any) -> str:
    if key in ("any", "all") and isinstance(value, list):
        joiner = " oder " if key == "any" else " und "
        return "(" + joiner.join(format_condition(sub) for sub in value) + ")"
    if key == "not":
        return f"nicht ({format_condition(value)})"
    if isinstance(value, Mapping):
        return " und ".join(f"{key} {_OPERATORS.get(op, op)} {operand}" for op, operand in value.items())
    if isinstance(value, list):
        return f"{key} = " + " oder ".join(_value(v) for v in value)
    return f"{key} = {_value(value)}"


def _value(value: Any) -> str:
    if value is True:
        return "ja"
    if value is False:
        return "nein"
    return str(value)
