"""Loading argostranslate once per process: offline, in the app's folders, with our sentence splitter.

argostranslate reads its settings from the environment once, at import, and creates folders under
the XDG homes then; its sentence splitters download models or pull in torch. So before the first
import this module points those variables into the app's folders, puts stand-ins in place of
stanza, spacy and minisbd, and afterwards swaps in the regex splitter. Nothing here runs when
`counter_app.translation` is imported: it costs ~0.1 s and is paid on the first translation.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import threading
import types
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..i18n import _
from .errors import TranslationError
from .packages import InstalledModel
from .splitter import RegexSentencizer

log = logging.getLogger(__name__)

# An administrator (or a test) may tune these through the environment. One intra-op thread: on
# the two-core counter PCs the default (all cores) spends ~40 ms per call synchronising threads.
TUNABLE_DEFAULTS = {
    "ARGOS_INTRA_THREADS": "1",
    "ARGOS_INTER_THREADS": "1",
    "ARGOS_BEAM_SIZE": "4",
    "ARGOS_BATCH_SIZE": "32",
    "ARGOS_COMPUTE_TYPE": "auto",
}
# Heavy or downloading modules that argostranslate.sbd imports only to offer splitters we replace.
STAND_IN_MODULES = ("stanza", "minisbd", "minisbd.models")

_lock = threading.Lock()
_argos: types.ModuleType | None = None


def argos_environment(models_dir: Path, runtime_dir: Path) -> dict[str, str]:
    """The variables argostranslate reads at import: the app's folders, CPU, local models only."""
    tunables = {key: os.environ.get(key, default) for key, default in TUNABLE_DEFAULTS.items()}
    return tunables | {
        "ARGOS_PACKAGES_DIR": str(models_dir),
        "XDG_DATA_HOME": str(runtime_dir / "data"),
        "XDG_CONFIG_HOME": str(runtime_dir / "config"),  # so no settings.json from a home folder applies
        "XDG_CACHE_HOME": str(runtime_dir / "cache"),
        "ARGOS_DEVICE_TYPE": "cpu",
        "ARGOS_MODEL_PROVIDER": "OPENNMT",  # the other providers are web services
        "ARGOS_CHUNK_TYPE": "DEFAULT",
        "ARGOS_DEBUG": "0",  # debug mode prints every text to standard output
    }


def load_argos(models_dir: Path, runtime_dir: Path) -> types.ModuleType:
    """`argostranslate.translate`, imported on first call; later calls return the same module."""
    global _argos
    with _lock:
        if _argos is None:
            _argos = _import_argos(models_dir, runtime_dir)
        return _argos


def _import_argos(models_dir: Path, runtime_dir: Path) -> types.ModuleType:
    if "argostranslate.settings" in sys.modules:
        log.warning("argostranslate was imported before the app configured it; its folders may differ")
    _keep_heavy_modules_out()
    with _temporary_environment(argos_environment(models_dir, runtime_dir)):
        try:
            translate = importlib.import_module("argostranslate.translate")
        except ImportError as exc:
            raise TranslationError(
                _("Die Übersetzungskomponente ist nicht vollständig installiert ({module}).").format(module=exc.name or exc),
                hint=_("Bitte die IT informieren: argostranslate, ctranslate2 und sentencepiece werden benötigt."),
            ) from exc
        except OSError as exc:  # it creates its folders at import
            raise TranslationError(
                _("Die Übersetzungskomponente kann ihren Ordner nicht anlegen ({error}: {path}).").format(
                    error=exc.strerror or exc, path=exc.filename),
                hint=_("Bitte prüfen, ob der Datenordner beschreibbar ist."),
            ) from exc
    for name in ("MiniSBDSentencizer", "StanzaSentencizer", "SpacySentencizerSmall"):
        setattr(translate, name, RegexSentencizer)
    # argostranslate logs every paragraph and batch it translates at INFO level: client texts
    # must not end up in the app's log files, and formatting them costs ~3 % of a translation.
    logging.getLogger("argostranslate.utils").setLevel(logging.WARNING)
    translate.info = _no_log
    return translate


def _no_log(*args: Any) -> None:
    """Replaces argostranslate.translate.info, which formats its arguments even when nobody logs."""


def _keep_heavy_modules_out() -> None:
    # `import spacy` fails when its entry is None, and argostranslate expects that (spacy optional).
    sys.modules.setdefault("spacy", None)
    if "stanza" not in sys.modules:
        sys.modules["stanza"] = _stand_in("stanza")
    if "minisbd" not in sys.modules:
        models = _stand_in("minisbd.models", list_models=list, cache_dir="")
        sys.modules["minisbd.models"] = models
        sys.modules["minisbd"] = _stand_in("minisbd", models=models, SBDetect=_unavailable("minisbd"))


def _stand_in(name: str, **attributes: Any) -> types.ModuleType:
    module = types.ModuleType(name, f"Counter Assistant stand-in: {name} is not used by the app.")
    module.__dict__.update(attributes)
    module.__counter_app_stand_in__ = True

    def __getattr__(attribute: str):
        raise AttributeError(f"{name}.{attribute} is not available in Counter Assistant (stand-in module)")

    module.__getattr__ = __getattr__
    return module


def _unavailable(name: str):
    def refuse(*args: Any, **kwargs: Any):
        raise RuntimeError(f"{name} is not available in Counter Assistant")

    return refuse


@contextmanager
def _temporary_environment(values: dict[str, str]) -> Iterator[None]:
    # The XDG variables must not stay changed: platformdirs and Qt read them too.
    previous = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in previous.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def package_translation(argos: types.ModuleType, model: InstalledModel) -> Any:
    """An argostranslate translation for one installed package, its model loaded now."""
    from argostranslate.package import Package

    try:
        package = Package(model.path)
        source = argos.Language(model.metadata.source, model.metadata.source_name)
        target = argos.Language(model.metadata.target, model.metadata.target_name)
        translation = argos.PackageTranslation(source, target, package)
        translation.sentencizer = RegexSentencizer(package)
        translation.translator = _load_translator(argos, model.path / "model")
    except (OSError, RuntimeError, ValueError) as exc:
        raise TranslationError(
            _("Das Übersetzungsmodell „{name}“ kann nicht geladen werden ({error}).").format(name=model.name, error=exc),
            hint=_("Bitte das Modell neu installieren (counter-app admin install-model DATEI.argosmodel)."),
        ) from exc
    return translation


def _load_translator(argos: types.ModuleType, model_dir: Path) -> Any:
    # Loaded here rather than lazily by argostranslate, so a broken model fails at a known point.
    import ctranslate2

    settings = sys.modules["argostranslate.settings"]
    return ctranslate2.Translator(
        str(model_dir),
        device=settings.device,
        inter_threads=settings.inter_threads,
        intra_threads=settings.intra_threads,
        compute_type=settings.compute_type,
    )


def chained(argos: types.ModuleType, first: Any, second: Any) -> Any:
    """A translation through a pivot language: `first`'s output is `second`'s input."""
    return argos.CompositeTranslation(first, second)


def load_problem(package_dir: Path) -> str | None:
    """Why the extracted package cannot be loaded (a marked message), or None if its models load."""
    try:
        import ctranslate2
        import sentencepiece
    except ImportError as exc:
        raise TranslationError(
            _("Die Übersetzungskomponente ist nicht vollständig installiert ({module}).").format(module=exc.name or exc),
            hint=_("Bitte die IT informieren: ctranslate2 und sentencepiece werden benötigt."),
        ) from exc
    try:
        sentencepiece.SentencePieceProcessor(model_file=str(package_dir / "sentencepiece.model"))
    except (OSError, RuntimeError, ValueError):
        return _("„sentencepiece.model“ ist kein gültiges SentencePiece-Modell")
    try:
        ctranslate2.Translator(str(package_dir / "model"), device="cpu", intra_threads=1)
    except (OSError, RuntimeError, ValueError) as exc:
        return _("das Modell im Ordner „model/“ lässt sich nicht laden ({error})").format(error=exc)
    return None
