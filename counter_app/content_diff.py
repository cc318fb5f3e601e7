"""What changed between two checklist versions, for people: German sentences ("Punkt hinzugefügt: …",
"Gebühr geändert (…): 93,00 € → 96,00 €") and a line-level diff of the YAML a team lead edits.

Both work on the canonical dicts (`Checklist.to_dict()`), so any two stored versions, a draft and
a pack's checklist can be compared alike.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any, Mapping

from .checklists import format_euro
from .i18n import N_, _

# Labels and templates below are only marked here and translated where a sentence is made.
KIND_LABELS = {"document": N_("Unterlage"), "question": N_("Frage"), "hint": N_("Hinweis")}
_MATTER_FIELDS = (("title", N_("Titel des Anliegens")), ("title_en", N_("Englischer Titel")),
                  ("legal_basis", N_("Rechtsgrundlage des Anliegens")), ("description", N_("Beschreibung")),
                  ("sources", N_("Quellen")), ("translation_status", N_("Übersetzungsstand")),
                  ("next_steps", N_("Nächste Schritte")))
# One sentence per change of a fee or a reduction (whole sentences, so each language can inflect).
_FEE_TEXTS = {
    "added": N_("Gebühr hinzugefügt: {label} ({value})"),
    "removed": N_("Gebühr entfernt: {label} ({value})"),
    "changed": N_("Gebühr geändert ({label}): {old} → {new}"),
    "renamed": N_("Gebühr umbenannt: {old} → {new}"),
    "condition": N_("Bedingung der Gebühr geändert ({label}): {old} → {new}"),
    "legal_basis": N_("Rechtsgrundlage der Gebühr geändert ({label})"),
}
_REDUCTION_TEXTS = {
    "added": N_("Ermäßigung hinzugefügt: {label} ({value})"),
    "removed": N_("Ermäßigung entfernt: {label} ({value})"),
    "changed": N_("Ermäßigung geändert ({label}): {old} → {new}"),
    "renamed": N_("Ermäßigung umbenannt: {old} → {new}"),
    "condition": N_("Bedingung der Ermäßigung geändert ({label}): {old} → {new}"),
    "legal_basis": N_("Rechtsgrundlage der Ermäßigung geändert ({label})"),
}
_AND = N_("{first} und {second}")
_OR = N_("{first} oder {second}")
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
        return [_("Anliegen neu: {title}").format(title=new["title"])]
    if new is None:
        return [_("Anliegen entfernt: {title}").format(title=old["title"])]
    lines = _matter_changes(old, new) + _group_changes(old, new) + _item_changes(old, new)
    return lines + _fee_changes(old.get("fees") or {}, new.get("fees") or {})


def _matter_changes(old: Mapping, new: Mapping) -> list[str]:
    lines = []
    for key, label in _MATTER_FIELDS:
        before, after = old.get(key), new.get(key)
        if before != after:
            if isinstance(before, str) and isinstance(after, str) and len(before + after) < 2 * _SHORT:
                lines.append(_("{field} geändert: {old} → {new}").format(field=_(label), old=before or "–",
                                                                          new=after or "–"))
            else:
                lines.append(_("{field} geändert").format(field=_(label)))
    return lines


def _groups(data: Mapping) -> dict[str, Mapping]:
    return {g["id"]: g for g in data.get("groups") or ()}


def _group_changes(old: Mapping, new: Mapping) -> list[str]:
    before, after = _groups(old), _groups(new)
    lines = [_("Gruppe hinzugefügt: {title}").format(title=g["title"])
             for gid, g in after.items() if gid not in before]
    lines += [_("Gruppe entfernt: {title}").format(title=g["title"]) for gid, g in before.items() if gid not in after]
    lines += [_("Gruppe umbenannt: {old} → {new}").format(old=before[gid]["title"], new=g["title"])
              for gid, g in after.items() if gid in before and before[gid]["title"] != g["title"]]
    common_before = [gid for gid in before if gid in after]
    if common_before != [gid for gid in after if gid in before]:
        lines.append(_("Reihenfolge der Gruppen geändert"))
    return lines


def _items(data: Mapping) -> dict[str, tuple[Mapping, Mapping]]:
    """item id → (item, its group), in checklist order."""
    return {item["id"]: (item, group) for group in data.get("groups") or () for item in group.get("items") or ()}


def _item_changes(old: Mapping, new: Mapping) -> list[str]:
    before, after = _items(old), _items(new)
    lines = [_("Punkt hinzugefügt: {title} (Gruppe {group})").format(title=item["title"], group=group["title"])
             for iid, (item, group) in after.items() if iid not in before]
    lines += [_("Punkt entfernt: {title}").format(title=item["title"])
              for iid, (item, _g) in before.items() if iid not in after]
    for iid, (item, group) in after.items():
        if iid in before:
            lines += _one_item(before[iid][0], item)
            if before[iid][1]["id"] != group["id"]:
                lines.append(_("Punkt verschoben ({title}): {old} → {new}").format(
                    title=item["title"], old=before[iid][1]["title"], new=group["title"]))
    lines += _order_changes(before, after)
    return lines


def _one_item(old: Mapping, new: Mapping) -> list[str]:
    name = new["title"]
    lines = []
    if old["title"] != new["title"]:
        lines.append(_("Titel geändert: {old} → {new}").format(old=old["title"], new=new["title"]))
    if old["kind"] != new["kind"]:
        lines.append(_("Art geändert ({title}): {old} → {new}").format(title=name, old=_kind(old), new=_kind(new)))
    if old.get("when") != new.get("when"):
        lines.append(_("Bedingung geändert ({title}): {old} → {new}").format(
            title=name, old=format_condition(old.get("when")), new=format_condition(new.get("when"))))
    if old.get("legal_basis", "") != new.get("legal_basis", ""):
        lines.append(_("Rechtsgrundlage geändert ({title}): {old} → {new}").format(
            title=name, old=old.get("legal_basis") or "–", new=new.get("legal_basis") or "–"))
    if old.get("help", "") != new.get("help", ""):
        lines.append(_("Hilfetext geändert ({title})").format(title=name))
    if (old.get("answer"), old.get("choices")) != (new.get("answer"), new.get("choices")):
        lines.append(_("Antwortmöglichkeiten geändert ({title})").format(title=name))
    languages = _changed_languages(old.get("client_text") or {}, new.get("client_text") or {})
    if languages:
        lines.append(_("Kundentext geändert ({title}): {languages}").format(
            title=name, languages=", ".join(languages)))
    return lines


def _kind(item: Mapping) -> str:
    label = KIND_LABELS.get(item["kind"])
    return _(label) if label else item["kind"]


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
            lines.append(_("Reihenfolge der Punkte geändert (Gruppe {group})").format(group=title))
    return lines


def _fee_changes(old: Mapping, new: Mapping) -> list[str]:
    lines = []
    if old.get("source") != new.get("source"):
        lines.append(_("Gebührenquelle geändert"))
    lines += _rules(old.get("items") or (), new.get("items") or (), _FEE_TEXTS, "amount")
    return lines + _rules(old.get("reductions") or (), new.get("reductions") or (), _REDUCTION_TEXTS, "factor")


def _rules(old: list, new: list, texts: Mapping[str, str], number_key: str) -> list[str]:
    before, after = {r["id"]: r for r in old}, {r["id"]: r for r in new}
    show = _euro if number_key == "amount" else _factor
    lines = [_said(texts, "added", label=r["label"], value=show(r[number_key]))
             for rid, r in after.items() if rid not in before]
    lines += [_said(texts, "removed", label=r["label"], value=show(r[number_key]))
              for rid, r in before.items() if rid not in after]
    for rid, rule in after.items():
        if rid in before:
            lines += _one_rule(before[rid], rule, texts, number_key, show)
    return lines


def _one_rule(old: Mapping, new: Mapping, texts: Mapping[str, str], number_key: str, show) -> list[str]:
    lines = []
    if _number(old[number_key]) != _number(new[number_key]):
        lines.append(_said(texts, "changed", label=new["label"], old=show(old[number_key]),
                           new=show(new[number_key])))
    if old["label"] != new["label"]:
        lines.append(_said(texts, "renamed", old=old["label"], new=new["label"]))
    if old.get("when") != new.get("when"):
        lines.append(_said(texts, "condition", label=new["label"], old=format_condition(old.get("when")),
                           new=format_condition(new.get("when"))))
    if old.get("legal_basis", "") != new.get("legal_basis", ""):
        lines.append(_said(texts, "legal_basis", label=new["label"]))
    return lines


def _said(texts: Mapping[str, str], key: str, **values: Any) -> str:
    """One of the marked fee/reduction sentences, translated and filled in."""
    template = texts[key]
    return _(template).format(**values)


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
    return _("{percent} % der Gebühr").format(percent=f"{number * 100:.0f}".replace(".", ","))


def format_condition(condition: Any) -> str:
    """A condition as a short expression in the message language: `married = ja und age < 18`."""
    if not condition:
        return _("keine")
    if not isinstance(condition, Mapping):
        return str(condition)
    return _joined((_entry(str(key), value) for key, value in condition.items()), _AND)


def _joined(parts, template: str) -> str:
    """`a und b und c` from one translated template for two parts, applied left to right."""
    text = None
    for part in parts:
        text = part if text is None else _(template).format(first=text, second=part)
    return text or ""


def _entry(key: str, value: Any) -> str:
    if key in ("any", "all") and isinstance(value, list):
        return "(" + _joined((format_condition(sub) for sub in value), _OR if key == "any" else _AND) + ")"
    if key == "not":
        return _("nicht ({condition})").format(condition=format_condition(value))
    if isinstance(value, Mapping):
        return _joined((f"{key} {_OPERATORS.get(op, op)} {operand}" for op, operand in value.items()), _AND)
    if isinstance(value, list):
        return f"{key} = " + _joined((_value(v) for v in value), _OR)
    return f"{key} = {_value(value)}"


def _value(value: Any) -> str:
    if value is True:
        return _("ja")
    if value is False:
        return _("nein")
    return str(value)
