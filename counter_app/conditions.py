"""Conditions on answers (`when:` in checklist files): validation and three-valued evaluation.

An unanswered question makes a comparison *unknown*; an item is shown only when its condition is
known to hold, so dependent items stay hidden until the question is answered (also under `not`).
"""

from __future__ import annotations

from typing import Any, Mapping

from .i18n import _

BUILTIN_FACTS = ("age", "nationality")
LOGICAL_KEYS = ("any", "all", "not")
COMPARISONS = {
    "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b,
    "gt": lambda a, b: a > b,
    "ge": lambda a, b: a >= b,
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
}

Unknown = None  # third truth value


def evaluate(condition: Mapping[str, Any] | None, facts: Mapping[str, Any]) -> bool | None:
    """True, False, or None (unknown) for `condition` given `facts` (question id → answer)."""
    if condition is None:
        return True
    return _all(_evaluate_entry(key, value, facts) for key, value in condition.items())


def holds(condition: Mapping[str, Any] | None, facts: Mapping[str, Any]) -> bool:
    return evaluate(condition, facts) is True


def _evaluate_entry(key: str, value: Any, facts: Mapping[str, Any]) -> bool | None:
    if key == "any":
        return _any(evaluate(c, facts) for c in value)
    if key == "all":
        return _all(evaluate(c, facts) for c in value)
    if key == "not":
        result = evaluate(value, facts)
        return None if result is None else not result
    fact = facts.get(key)
    if fact is None:
        return None
    if isinstance(value, Mapping):
        try:
            return all(COMPARISONS[op](fact, operand) for op, operand in value.items())
        except TypeError:
            return None
    if isinstance(value, list):
        return fact in value
    return fact == value


def _all(results) -> bool | None:
    seen_unknown = False
    for result in results:
        if result is False:
            return False
        seen_unknown |= result is None
    return None if seen_unknown else True


def _any(results) -> bool | None:
    seen_unknown = False
    for result in results:
        if result is True:
            return True
        seen_unknown |= result is None
    return None if seen_unknown else False


def referenced_facts(condition: Mapping[str, Any] | None) -> set[str]:
    """Every question id or built-in fact the condition reads."""
    if not condition:
        return set()
    names: set[str] = set()
    for key, value in condition.items():
        if key in ("any", "all"):
            for sub in value:
                names |= referenced_facts(sub)
        elif key == "not":
            names |= referenced_facts(value)
        else:
            names.add(key)
    return names


def check(condition: Any, questions: Mapping[str, Any]) -> list[str]:
    """Problems with `condition` (messages in the active language), given the questions before it.

    `questions` maps question id → its choices (dict) or None for yes/no questions.
    """
    if not isinstance(condition, Mapping) or not condition:
        return [_("Die Bedingung muss eine nicht leere Zuordnung sein, z. B. {verheiratet: ja}.")]
    problems: list[str] = []
    for key, value in condition.items():
        problems += _check_entry(str(key), value, questions)
    return problems


def _check_entry(key: str, value: Any, questions: Mapping[str, Any]) -> list[str]:
    if key in ("any", "all"):
        if not isinstance(value, list) or not value:
            return [_("„{key}“ braucht eine Liste von Bedingungen.").format(key=key)]
        return [p for sub in value for p in check(sub, questions)]
    if key == "not":
        return check(value, questions)
    if key in BUILTIN_FACTS:
        return _check_builtin(key, value)
    if key not in questions:
        return [_("Die Bedingung nennt die Frage „{question}“, die es davor in dieser Checkliste nicht gibt.").format(
            question=key)]
    choices = questions[key]
    allowed = [True, False] if choices is None else list(choices)
    values = value if isinstance(value, list) else [value]
    wrong = [v for v in values if v not in allowed or isinstance(v, (dict, list))]
    if wrong:
        shown = _("ja/nein (yes/no)") if choices is None else ", ".join(choices)
        return [_("Ungültiger Wert {value} für die Frage „{question}“; erlaubt: {allowed}.").format(
            value=repr(wrong[0]), question=key, allowed=shown)]
    return []


def _check_builtin(key: str, value: Any) -> list[str]:
    if key == "age":
        if not isinstance(value, Mapping) or not value:
            return [_("„age“ braucht einen Vergleich, z. B. {age: {lt: 18}}.")]
        bad = [op for op, n in value.items() if op not in COMPARISONS or not _is_number(n)]
        if bad:
            return [_("Ungültiger Vergleich „{operator}“ bei „age“; erlaubt: {allowed} mit Zahlen.").format(
                operator=bad[0], allowed=", ".join(COMPARISONS))]
        return []
    values = value if isinstance(value, list) else [value]
    if not all(isinstance(v, str) and len(v) == 3 and v.isupper() for v in values):
        return [_("„nationality“ erwartet Ländercodes mit drei Großbuchstaben (z. B. TUR).")]
    return []


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
