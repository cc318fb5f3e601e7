"""Errors of the translation feature: a German sentence on what happened and what to do."""

from __future__ import annotations

from ..errors import CounterAppError


class TranslationError(CounterAppError):
    """Machine translation is not possible (no model, unknown language, model unusable)."""

    exit_code = 7


class ModelPackageError(TranslationError):
    """A model package file was refused; the installed models are unchanged."""
