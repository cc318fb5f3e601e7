"""Sentence splitting on . ! ? ؟ and line breaks, replacing argostranslate's downloading splitters.

argostranslate's default splitter (MiniSBD) fetches a model file on first use and the spaCy one
runs `spacy download`; both fail offline. A regular expression is enough for the short phrases
said at a counter.
"""

from __future__ import annotations

import re

# A boundary is whitespace after sentence-final punctuation, optionally followed by a closing
# quote or bracket (two fixed-width look-behinds, since `re` needs fixed widths), or a line break.
_BOUNDARY = re.compile(r"(?:(?<=[.!?؟])|(?<=[.!?؟][\"'”“»«)\]]))\s+|\s*\n\s*")


def split_sentences(text: str) -> list[str]:
    """The non-empty sentences of `text`, stripped, in order."""
    return [part.strip() for part in _BOUNDARY.split(text) if part and part.strip()]


class RegexSentencizer:
    """Stands in for argostranslate's sentencizer classes (same constructor and method)."""

    def __init__(self, pkg=None) -> None:
        self.pkg = pkg

    def split_sentences(self, text: str) -> list[str]:
        return split_sentences(text)

    def __str__(self) -> str:
        return "RegexSentencizer"
