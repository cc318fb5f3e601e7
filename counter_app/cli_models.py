"""Admin commands for translation models: install-model, models, remove-model, translate."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import i18n
from .context import AppContext
from .i18n import _
from .translation import (
    InstalledModel,
    TranslationService,
    install_model,
    installed_models,
    remove_model,
)
from .translation.packages import models_by_pair, unusable_folders
from .translation.routes import reachable_routes


def register(subparsers, *, parents) -> None:
    """Add the model commands to `counter-app admin`."""
    install = subparsers.add_parser(
        "install-model", parents=parents, help=_("Übersetzungsmodell aus einer .argosmodel-Datei installieren"),
        description=_("Prüft das Modellpaket vollständig und installiert es in den Modellordner. Ein Modell "
                      "für ein bereits installiertes Sprachpaar ersetzt das bisherige erst, wenn das neue bereitliegt."),
    )
    install.add_argument("file", metavar=_("DATEI"), type=Path, help=_("Argos-Translate-Paket (.argosmodel)"))
    install.set_defaults(handler=install_model_command)

    listing = subparsers.add_parser(
        "models", parents=parents, help=_("installierte Übersetzungsmodelle und Sprachpaare anzeigen"),
        description=_("Zeigt die installierten Modelle und alle damit möglichen Sprachpaare (auch über Englisch)."),
    )
    listing.set_defaults(handler=list_models_command)

    remove = subparsers.add_parser(
        "remove-model", parents=parents, help=_("ein Übersetzungsmodell entfernen"),
        description=_("Entfernt ein Modell, angegeben wie in „counter-app admin models“ (z. B. de_en)."),
    )
    remove.add_argument("name", metavar=_("NAME"), help=_("Modellname oder Sprachpaar, z. B. de_en"))
    remove.set_defaults(handler=remove_model_command)

    translate = subparsers.add_parser(
        "translate", parents=parents, help=_("einen Text maschinell übersetzen (offline)"),
        description=_("Übersetzt TEXT mit den installierten Modellen; „-“ liest den Text von der Standardeingabe."),
    )
    translate.add_argument("--from", dest="source", required=True, metavar=_("SPRACHE"),
                           help=_("Ausgangssprache, z. B. de"))
    translate.add_argument("--to", dest="target", required=True, metavar=_("SPRACHE"), help=_("Zielsprache, z. B. ar"))
    translate.add_argument("text", metavar=_("TEXT"), help=_("zu übersetzender Text oder „-“"))
    translate.set_defaults(handler=translate_command)


def install_model_command(args: argparse.Namespace, ctx: AppContext) -> int:
    outcome = install_model(args.file, ctx.models_dir)
    print(_("Installiert: {model} in {folder}").format(model=_describe(outcome.model), folder=outcome.model.path))
    for old in outcome.replaced:
        print(_("Ersetzt: {name} (Version {version})").format(name=old.name, version=old.metadata.package_version))
    return 0


def list_models_command(args: argparse.Namespace, ctx: AppContext) -> int:
    models = installed_models(ctx.models_dir)
    print(_("Modellordner: {folder}").format(folder=ctx.models_dir))
    for name, reason in unusable_folders(ctx.models_dir):
        print(_("Warnung: Ordner „{name}“ ist kein gültiges Modell ({reason}).").format(name=name, reason=reason),
              file=sys.stderr)
    if not models:
        print(_("Keine Übersetzungsmodelle installiert."))
        print(_("Installieren mit: counter-app admin install-model DATEI.argosmodel"))
        return 0
    print(_("Installierte Modelle:"))
    for model in models:
        print(f"  {_describe(model)}")
    print(_("Mögliche Sprachpaare:"))
    for route in reachable_routes(models_by_pair(models)):
        if route.via:
            line = _("{source} → {target} (über {via})").format(
                source=route.source, target=route.target, via=", ".join(route.via))
        else:
            line = f"{route.source} → {route.target}"
        print(f"  {line}")
    return 0


def remove_model_command(args: argparse.Namespace, ctx: AppContext) -> int:
    for model in remove_model(ctx.models_dir, args.name):
        print(_("Entfernt: {model}").format(model=_describe(model, size=False)))
    return 0


def translate_command(args: argparse.Namespace, ctx: AppContext) -> int:
    text = sys.stdin.read().rstrip("\n") if args.text == "-" else args.text
    result = TranslationService.for_context(ctx).translate(text, args.source, args.target)
    origin = _("aus dem Zwischenspeicher") if result.cached else _("maschinell übersetzt")
    if result.via:
        label = _("[{source} → {target} über {via}, {origin}]").format(
            source=result.source_language, target=result.target_language, via=", ".join(result.via), origin=origin)
    else:
        label = _("[{source} → {target}, {origin}]").format(
            source=result.source_language, target=result.target_language, origin=origin)
    # The translation alone on standard output, so scripts can use it; the label goes to stderr.
    print(label, file=sys.stderr)
    print(result.text)
    return 0


def _describe(model: InstalledModel, *, size: bool = True) -> str:
    meta = model.metadata
    text = _("{name}: {source_name} → {target_name} ({source} → {target}), Version {version}").format(
        name=model.name, source_name=meta.source_name, target_name=meta.target_name,
        source=meta.source, target=meta.target, version=meta.package_version)
    return f"{text}, {_size_mb(model.path)}" if size else text


def _size_mb(folder: Path) -> str:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    size = f"{total / 1024**2:.1f} MB"
    return size if i18n.language() == "en" else size.replace(".", ",")  # German decimal comma
