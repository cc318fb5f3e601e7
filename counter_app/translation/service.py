"""The translation service: offline translation over the installed models, cached in the database.

One object per app, usable from any thread (calls are serialised by a lock). Models are loaded on
the first translation that needs them and stay loaded; a change in the models folder (install,
replace, remove — also by another process) is noticed on the next call and only then reloads.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import StorageError
from ..i18n import N_, _
from . import runtime
from .cache import TranslationCache, cache_key
from .errors import TranslationError
from .packages import InstalledModel, folder_fingerprint, installed_models, models_by_pair
from .routes import Route, find_steps, reachable_routes, via_of

if TYPE_CHECKING:
    from ..context import AppContext
    from ..db import Store

log = logging.getLogger(__name__)
_CODE = re.compile(r"^[a-z]{2,3}$")
INSTALL_HINT = N_(
    "Ein Modell installiert die IT mit „counter-app admin install-model DATEI.argosmodel“ "
    "oder eine Teamleitung unter Extras → Übersetzungsmodelle."
)


@dataclass(frozen=True)
class TranslationResult:
    """A machine translation; `via` names pivot languages, `cached` says it came from the database."""

    text: str
    source_language: str
    target_language: str
    via: tuple[str, ...] = ()
    cached: bool = False


@dataclass(frozen=True)
class Language:
    """An installed language: its code and the name the model package gives it."""

    code: str
    name: str


@dataclass(frozen=True)
class _Catalogue:
    """The installed models as last read from the folder, and the fingerprint they were read at."""

    fingerprint: tuple
    pairs: dict[tuple[str, str], InstalledModel]


class TranslationService:
    """Translate between installed languages; thread-safe, no Qt."""

    def __init__(self, models_dir: Path, *, runtime_dir: Path, store: Store | None = None) -> None:
        self.models_dir = Path(models_dir)
        self.runtime_dir = Path(runtime_dir)
        self._cache = TranslationCache(store) if store is not None else None
        self._lock = threading.RLock()
        self._catalogue = _Catalogue(fingerprint=(None,), pairs={})
        self._loaded: dict[str, Any] = {}  # identities of the route ("a" or "a+b") → argostranslate translation

    @classmethod
    def for_context(cls, ctx: AppContext) -> TranslationService:
        """The service for the app's folders and database."""
        return cls(ctx.models_dir, runtime_dir=ctx.paths.root / "argos-runtime", store=ctx.store())

    def installed_languages(self) -> list[Language]:
        """Languages of the installed models, sorted by name."""
        names: dict[str, str] = {}
        for model in self._pairs().values():
            names.setdefault(model.metadata.source, model.metadata.source_name)
            names.setdefault(model.metadata.target, model.metadata.target_name)
        return sorted((Language(code, name) for code, name in names.items()), key=lambda l: (l.name, l.code))

    def routes(self) -> list[Route]:
        """Every language pair that can be translated, direct pairs first, then through English."""
        return reachable_routes(self._pairs())

    def can_translate(self, source: str, target: str) -> bool:
        source, target = _normalise(source), _normalise(target)
        return source == target or find_steps(self._pairs(), source, target) is not None

    def translate(self, text: str, source: str, target: str) -> TranslationResult:
        """Translate `text`; raise TranslationError (German) if no installed model can do it."""
        source, target = _check_code(source), _check_code(target)
        if source == target or not text.strip():
            return TranslationResult(text, source, target)
        steps = self._steps(source, target)
        via = via_of(steps)
        models = "+".join(step.identity for step in steps)
        key = cache_key(source=source, target=target, text=text, models=models)
        hit = self._cached(key)
        if hit is not None:
            return TranslationResult(hit, source, target, via, cached=True)
        output = self._run(steps, text)
        self._remember(key, source=source, target=target, via=via, models=models, translation=output)
        return TranslationResult(output, source, target, via)

    def reload(self) -> None:
        """Forget the loaded models and read the models folder again on the next call."""
        with self._lock:
            self._loaded.clear()
            self._catalogue = _Catalogue(fingerprint=(None,), pairs={})

    # --- internals ------------------------------------------------------------------------------

    def _pairs(self) -> dict[tuple[str, str], InstalledModel]:
        fingerprint = folder_fingerprint(self.models_dir)
        with self._lock:
            if fingerprint != self._catalogue.fingerprint:
                self._refresh(fingerprint)
            return self._catalogue.pairs

    def _refresh(self, fingerprint: tuple) -> None:
        pairs = models_by_pair(installed_models(self.models_dir))
        current = {model.identity for model in pairs.values()}
        # Drop only what was replaced or removed: unchanged models stay loaded.
        self._loaded = {k: v for k, v in self._loaded.items() if set(k.split("+")) <= current}
        self._catalogue = _Catalogue(fingerprint, pairs)

    def _cached(self, key: str) -> str | None:
        if self._cache is None:
            return None
        try:
            return self._cache.get(key)
        except (sqlite3.Error, StorageError) as exc:
            log.warning("Übersetzungs-Zwischenspeicher nicht lesbar: %s", exc)
            return None

    def _remember(self, key: str, **entry: Any) -> None:
        # The cache only saves time: a failed write must not lose the translation just made.
        if self._cache is None:
            return
        try:
            self._cache.put(key, **entry)
        except (sqlite3.Error, StorageError) as exc:
            log.warning("Übersetzung nicht zwischengespeichert: %s", exc)

    def _steps(self, source: str, target: str) -> tuple[InstalledModel, ...]:
        pairs = self._pairs()
        steps = find_steps(pairs, source, target)
        if steps is None:
            raise _no_route(pairs, source, target, self.models_dir)
        return steps

    def _run(self, steps: tuple[InstalledModel, ...], text: str) -> str:
        with self._lock:
            translation = self._translation(steps)
            try:
                return translation.translate(text)
            except (RuntimeError, ValueError, IndexError) as exc:
                raise TranslationError(
                    _("Die maschinelle Übersetzung ist fehlgeschlagen ({error}).").format(error=exc),
                    hint=_("Bitte das Modell neu installieren oder die IT informieren."),
                ) from exc

    def _translation(self, steps: tuple[InstalledModel, ...]) -> Any:
        key = "+".join(step.identity for step in steps)
        if key not in self._loaded:
            argos = runtime.load_argos(self.models_dir, self.runtime_dir)
            parts = [self._package_translation(argos, step) for step in steps]
            self._loaded[key] = parts[0] if len(parts) == 1 else runtime.chained(argos, *parts)
        return self._loaded[key]

    def _package_translation(self, argos: Any, model: InstalledModel) -> Any:
        # Pivot routes share the loaded single-step translations instead of loading a model twice.
        if model.identity not in self._loaded:
            self._loaded[model.identity] = runtime.package_translation(argos, model)
        return self._loaded[model.identity]


def _normalise(code: str) -> str:
    return (code or "").strip().lower()


def _check_code(code: str) -> str:
    normalised = _normalise(code)
    if not _CODE.match(normalised):
        raise TranslationError(
            _("„{code}“ ist kein gültiger Sprachcode.").format(code=code),
            hint=_("Erwartet wird ein Code aus 2–3 Buchstaben nach ISO 639, z. B. de, en, ar, fa, tr."),
        )
    return normalised


def _no_route(pairs: dict, source: str, target: str, models_dir: Path) -> TranslationError:
    if not pairs:
        return TranslationError(
            _("Es ist kein Übersetzungsmodell installiert; maschinelle Übersetzung ist nicht möglich."),
            hint=_("{install_hint} Modellordner: {folder}").format(install_hint=_(INSTALL_HINT), folder=models_dir),
        )
    installed = ", ".join(f"{s} → {t}" for s, t in sorted(pairs))
    return TranslationError(
        _("Für die Übersetzung {source} → {target} ist kein Modell installiert.").format(source=source, target=target),
        hint=_("Installiert: {pairs} (übersetzt wird direkt oder über Englisch). {install_hint}").format(
            pairs=installed, install_hint=_(INSTALL_HINT)),
    )
