"""Language of the core's own messages: errors, command-line output and help texts.

The messages are written in German (the clerks' language) and marked with `_()`; an English
gettext catalogue (`resources/translations/messages_en.po`, compiled to `.mo` by
`tools/build_messages.py`) translates them when English is chosen. German needs no catalogue, so
the default path costs one function call and imports nothing.

Rules for marked messages: `_("… {name} …").format(name=value)` — never an f-string inside
`_()`, because the catalogue is keyed by the literal text. Messages built at import time (module
constants) are marked with `N_()` and translated where they are shown.

Who chooses the language: the command line (`--lang en`, else `COUNTER_APP_LANG`, else German)
and the window (`ui.language` setting, so core messages in dialogs match the Qt translation).
Letters, checklists and statistics files are content and stay in the language they are written in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from .paths import resource_path

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"
ENV_VAR = "COUNTER_APP_LANG"
DOMAIN = "messages"

_translate: Callable[[str], str] | None = None  # None: German, the text as written
_language = DEFAULT_LANGUAGE


def _(message: str) -> str:
    """The message in the active language (the German original when there is no translation)."""
    return message if _translate is None else _translate(message)


def N_(message: str) -> str:
    """Mark a message for the catalogue without translating it yet (module constants)."""
    return message


def normalise(code: str | None) -> str | None:
    """'en', 'EN', 'en_GB.UTF-8', 'en-US' → 'en'; empty → None; unknown languages are kept as given."""
    if not code or not code.strip():
        return None
    return code.strip().replace("-", "_").split("_")[0].split(".")[0].lower()


def catalogue_file(language: str) -> Path:
    return resource_path("translations", f"{DOMAIN}_{language}.mo")


def language() -> str:
    return _language


def set_language(code: str | None) -> bool:
    """Switch the core's messages to `code`. False (and German) when that catalogue is unavailable."""
    global _translate, _language
    wanted = normalise(code) or DEFAULT_LANGUAGE
    if wanted == DEFAULT_LANGUAGE or wanted not in LANGUAGES:
        _translate, _language = None, DEFAULT_LANGUAGE
        return wanted == DEFAULT_LANGUAGE
    import gettext  # only when a translation is actually wanted

    try:
        with catalogue_file(wanted).open("rb") as fh:
            catalogue = gettext.GNUTranslations(fh)
    except (OSError, ValueError):  # missing or damaged .mo: German is still correct, just not English
        _translate, _language = None, DEFAULT_LANGUAGE
        return False
    _translate, _language = catalogue.gettext, wanted
    return True
