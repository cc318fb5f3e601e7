"""Which installed models take a text from one language to another: directly or through English."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

# All public Argos models translate to or from English, so English is the one pivot.
PIVOT = "en"
Model = TypeVar("Model")


@dataclass(frozen=True)
class Route:
    """A reachable language pair and the languages it passes through."""

    source: str
    target: str
    via: tuple[str, ...] = ()


def find_steps(pairs: Mapping[tuple[str, str], Model], source: str, target: str) -> tuple[Model, ...] | None:
    """The models to run in order for `source` → `target`, or None if no route exists."""
    direct = pairs.get((source, target))
    if direct is not None:
        return (direct,)
    first, second = pairs.get((source, PIVOT)), pairs.get((PIVOT, target))
    if first is not None and second is not None:
        return (first, second)
    return None


def via_of(steps: tuple) -> tuple[str, ...]:
    """The pivot languages of a route found by `find_steps`."""
    return (PIVOT,) if len(steps) > 1 else ()


def reachable_routes(pairs: Mapping[tuple[str, str], Model]) -> list[Route]:
    """Every language pair the installed models can translate, direct pairs first."""
    languages = sorted({code for pair in pairs for code in pair})
    routes = []
    for source in languages:
        for target in languages:
            steps = find_steps(pairs, source, target) if source != target else None
            if steps:
                routes.append(Route(source, target, via_of(steps)))
    return sorted(routes, key=lambda r: (len(r.via), r.source, r.target))
