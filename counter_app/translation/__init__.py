"""Offline machine translation with Argos Translate: installed models, installing from a file, translating.

Importing this package is cheap: argostranslate and CTranslate2 are loaded on the first translation.
"""

from .errors import ModelPackageError, TranslationError
from .install import InstallOutcome, install_model
from .packages import InstalledModel, installed_models, remove_model
from .routes import Route
from .service import Language, TranslationResult, TranslationService

__all__ = [
    "InstallOutcome",
    "InstalledModel",
    "Language",
    "ModelPackageError",
    "Route",
    "TranslationError",
    "TranslationResult",
    "TranslationService",
    "install_model",
    "installed_models",
    "remove_model",
]
