"""Helpers for the translation tests: the tiny real fixture models, their corpus, and altered packages."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from counter_app.translation import install_model

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "argos"
PAIRS = ("de_en", "en_ar")


def corpus() -> list[dict[str, str]]:
    """The sentences the fixture models reproduce exactly (columns de, en, ar)."""
    lines = (FIXTURES / "corpus.tsv").read_text("utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:] if line.strip()]


def package_file(pair: str) -> Path:
    return FIXTURES / f"{pair}.argosmodel"


def top_folder(pair: str) -> str:
    return f"translate-{pair}-1_0"


def package_entries(pair: str) -> dict[str, bytes]:
    """The fixture package as {name in zip: bytes}, folders included (empty bytes)."""
    with zipfile.ZipFile(package_file(pair)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def write_zip(path: Path, entries: dict[str, bytes]) -> Path:
    """Write `entries` as a zip; names ending in '/' become folders."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def altered_package(
    path: Path,
    pair: str = "de_en",
    *,
    drop: tuple[str, ...] = (),
    replace: dict[str, bytes] | None = None,
    metadata: dict | None = None,
    without_keys: tuple[str, ...] = (),
) -> Path:
    """A copy of a fixture package with files dropped/replaced (names relative to the top folder)."""
    top = top_folder(pair)
    entries = {n: d for n, d in package_entries(pair).items() if n[len(top) + 1:] not in drop}
    if metadata is not None or without_keys:
        meta = json.loads(entries[f"{top}/metadata.json"]) | (metadata or {})
        entries[f"{top}/metadata.json"] = json.dumps({k: v for k, v in meta.items() if k not in without_keys}).encode()
    for name, data in (replace or {}).items():
        entries[f"{top}/{name}"] = data
    return write_zip(path, entries)


def install_fixtures(models_dir: Path, pairs: tuple[str, ...] = PAIRS) -> Path:
    """Install the fixture models through the app's own install path."""
    for pair in pairs:
        install_model(package_file(pair), models_dir)
    return models_dir


def copy_models(source: Path, target: Path) -> Path:
    """A cheap copy of an installed models folder (installing again would reload each model)."""
    shutil.copytree(source, target)
    return target


def snapshot(models_dir: Path) -> dict[str, tuple[int, int]]:
    """Every file below `models_dir` with size and modification time, to prove nothing changed."""
    return {
        str(p.relative_to(models_dir)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(models_dir.rglob("*"))
        if p.is_file()
    }


def run_python(code: str, *, tmp_path: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run `code` in a fresh interpreter with HOME and the XDG folders inside `tmp_path`."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "ARGOS_"))}
    env |= {
        "HOME": str(home),
        "USERPROFILE": str(home),
        "COUNTER_APP_SETTINGS": str(tmp_path / "no-machine-settings.toml"),
        "PYTHONPATH": os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]),
    }
    return subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=timeout,
        check=False,
    )
