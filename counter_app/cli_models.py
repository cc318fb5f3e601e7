"""Admin commands for translation models: install-model, models, remove-model, translate."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .context import AppContext
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
        "install-model", parents=parents, help="Übersetzungsmodell aus einer .argosmodel-Datei installieren",
        description="Prüft das Modellpaket vollständig und installiert es in den Modellordner. Ein Modell "
        "für ein bereits installiertes Sprachpaar ersetzt das bisherige erst, wenn das neue bereitliegt.",
    )
    install.add_argument("file", metavar="DATEI", type=Path, help="Argos-Translate-Paket (.argosmodel)")
    install.set_defaults(handler=install_model_command)

    listing = subparsers.add_parser(
        "models", parents=parents, help="installierte Übersetzungsmodelle und Sprachpaare anzeigen",
        description="Zeigt die installierten Modelle und alle damit möglichen Sprachpaare (auch über Englisch).",
    )
    listing.set_defaults(handler=list_models_command)

    remove = subparsers.add_parser(
        "remove-model", parents=parents, help="ein Übersetzungsmodell entfernen",
        description="Entfernt ein Modell, angegeben wie in „counter-app admin models“ (z. B. de_en).",
    )
    remove.add_argument("name", metavar="NAME", help="Modellname oder Sprachpaar, z. B. de_en")
    remove.set_defaults(handler=remove_model_command)

    translate = subparsers.add_parser(
        "translate", parents=parents, help="einen Text maschinell übersetzen (offline)",
        description="Übersetzt TEXT mit den installierten Modellen; „-“ liest den Text von der Standardeingabe.",
    )
    translate.add_argument("--from", dest="source", required=True, metavar="SPRACHE", help="Ausgangssprache, z. B. de")
    translate.add_argument("--to", dest="target", required=True, metavar="SPRACHE", help="Zielsprache, z. B. ar")
    translate.add_argument("text", metavar="TEXT", help="zu übersetzender Text oder „-“")
    translate.set_defaults(handler=translate_command)


def install_model_command(args: argparse.Namespace, ctx: AppContext) -> int:
    outcome = install_model(args.file, ctx.models_dir)
    print(f"Installiert: {_describe(outcome.model)} in {outcome.model.path}")
    for old in outcome.replaced:
        print(f"Ersetzt: {old.name} (Version {old.metadata.package_version})")
    return 0


def list_models_command(args: argparse.Namespace, ctx: AppContext) -> int:
    models = installed_models(ctx.models_dir)
    print(f"Modellordner: {ctx.models_dir}")
    for name, reason in unusable_folders(ctx.models_dir):
        print(f"Warnung: Ordner „{name}“ ist kein gültiges Modell ({reason}).", file=sys.stderr)
    if not models:
        print("Keine Übersetzungsmodelle installiert.")
        print("Installieren mit: counter-app admin install-model DATEI.argosmodel")
        return 0
    print("Installierte Modelle:")
    for model in models:
        print(f"  {_describe(model)}")
    print("Mögliche Sprachpaare:")
    for route in reachable_routes(models_by_pair(models)):
        pivot = f" (über {', '.join(route.via)})" if route.via else ""
        print(f"  {route.source} → {route.target}{pivot}")
    return 0


def remove_model_command(args: argparse.Namespace, ctx: AppContext) -> int:
    for model in remove_model(ctx.models_dir, args.name):
        print(f"Entfernt: {_describe(model, size=False)}")
    return 0


def translate_command(args: argparse.Namespace, ctx: AppContext) -> int:
    text = sys.stdin.read().rstrip("\n") if args.text == "-" else args.text
    result = TranslationService.for_context(ctx).translate(text, args.source, args.target)
    pivot = f" über {', '.join(result.via)}" if result.via else ""
    origin = "aus dem Zwischenspeicher" if result.cached else "maschinell übersetzt"
    # The translation alone on standard output, so scripts can use it; the label goes to stderr.
    print(f"[{result.source_language} → {result.target_language}{pivot}, {origin}]", file=sys.stderr)
    print(result.text)
    return 0


def _describe(model: InstalledModel, *, size: bool = True) -> str:
    meta = model.metadata
    text = f"{model.name}: {meta.source_name} → {meta.target_name} ({meta.source} → {meta.target}), Version {meta.package_version}"
    return f"{text}, {_size_mb(model.path)}" if size else text


def _size_mb(folder: Path) -> str:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    return f"{total / 1024**2:.1f} MB".replace(".", ",")
