"""Language names in the UI language. The core names languages in German (`snippets.LANGUAGE_NAMES`,
`referrals.EXTRA_LANGUAGE_NAMES`); the same names are marked here for the English catalogue."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "languages"
NAMES = {
    # client languages (snippets.LANGUAGE_NAMES)
    "de": QT_TRANSLATE_NOOP("languages", "Deutsch"), "en": QT_TRANSLATE_NOOP("languages", "Englisch"),
    "ar": QT_TRANSLATE_NOOP("languages", "Arabisch"), "tr": QT_TRANSLATE_NOOP("languages", "Türkisch"),
    "uk": QT_TRANSLATE_NOOP("languages", "Ukrainisch"), "ru": QT_TRANSLATE_NOOP("languages", "Russisch"),
    "fa": QT_TRANSLATE_NOOP("languages", "Farsi (Persisch)"), "fr": QT_TRANSLATE_NOOP("languages", "Französisch"),
    # further languages of counselling services (referrals.EXTRA_LANGUAGE_NAMES)
    "prs": QT_TRANSLATE_NOOP("languages", "Dari"), "ps": QT_TRANSLATE_NOOP("languages", "Paschtu"),
    "ku": QT_TRANSLATE_NOOP("languages", "Kurdisch"), "kmr": QT_TRANSLATE_NOOP("languages", "Kurmandschi"),
    "ckb": QT_TRANSLATE_NOOP("languages", "Sorani"), "ti": QT_TRANSLATE_NOOP("languages", "Tigrinya"),
    "so": QT_TRANSLATE_NOOP("languages", "Somali"), "am": QT_TRANSLATE_NOOP("languages", "Amharisch"),
    "sq": QT_TRANSLATE_NOOP("languages", "Albanisch"), "sr": QT_TRANSLATE_NOOP("languages", "Serbisch"),
    "ro": QT_TRANSLATE_NOOP("languages", "Rumänisch"), "pl": QT_TRANSLATE_NOOP("languages", "Polnisch"),
    "bg": QT_TRANSLATE_NOOP("languages", "Bulgarisch"), "es": QT_TRANSLATE_NOOP("languages", "Spanisch"),
    "it": QT_TRANSLATE_NOOP("languages", "Italienisch"), "vi": QT_TRANSLATE_NOOP("languages", "Vietnamesisch"),
    "ur": QT_TRANSLATE_NOOP("languages", "Urdu"), "hi": QT_TRANSLATE_NOOP("languages", "Hindi"),
    "zh": QT_TRANSLATE_NOOP("languages", "Chinesisch"), "ka": QT_TRANSLATE_NOOP("languages", "Georgisch"),
}


def language_label(code: str) -> str:
    """The name of language `code` in the UI language; a language unknown here as the core names it."""
    name = NAMES.get(code)
    if name:
        return QCoreApplication.translate(CONTEXT, name)
    from .. import referrals  # rare: a language only a counselling service names

    return referrals.language_name(code)
