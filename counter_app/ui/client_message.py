"""What the client screen shows: a value object, kept apart so panels need not import the screen."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ClientMessage:
    text: str
    language: str
    german: str = ""
    machine: bool = False  # machine translation: always labelled as such
    via: tuple[str, ...] = ()
