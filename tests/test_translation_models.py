"""Installing, listing and removing translation models; every kind of bad package is refused whole."""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from pathlib import Path

import pytest

from counter_app.errors import NotFoundError
from counter_app.translation import ModelPackageError, archive, install_model, installed_models, remove_model
from counter_app.translation.errors import TranslationError

from .argos_helpers import (
    FIXTURES,
    altered_package,
    copy_models,
    install_fixtures,
    package_entries,
    package_file,
    snapshot,
    top_folder,
    write_zip,
)

TOP = top_folder("de_en")


@pytest.fixture(scope="module")
def installed_template(tmp_path_factory) -> Path:
    """de_en and en_ar installed once per module; tests work on copies."""
    return install_fixtures(tmp_path_factory.mktemp("template") / "models")


@pytest.fixture
def models_dir(installed_template, tmp_path) -> Path:
    return copy_models(installed_template, tmp_path / "models")


def test_errors_have_their_own_exit_code():
    assert TranslationError.exit_code == 7
    assert issubclass(ModelPackageError, TranslationError)


def test_install_lists_both_pairs(tmp_path):
    models_dir = tmp_path / "models"
    outcome = install_model(package_file("de_en"), models_dir)
    assert outcome.replaced == ()
    assert outcome.model.name == "de_en"
    assert (models_dir / "de_en" / "model" / "model.bin").is_file()
    install_model(package_file("en_ar"), models_dir)
    listed = {m.name: m.metadata for m in installed_models(models_dir)}
    assert set(listed) == {"de_en", "en_ar"}
    assert (listed["de_en"].source, listed["de_en"].target, listed["de_en"].source_name) == ("de", "en", "German")
    assert sorted(p.name for p in models_dir.iterdir()) == ["de_en", "en_ar"]


def test_same_pair_replaces_the_old_package(models_dir, tmp_path):
    before = {m.name: m.identity for m in installed_models(models_dir)}
    newer = altered_package(tmp_path / "newer.argosmodel", metadata={"package_version": "1.1"})
    outcome = install_model(newer, models_dir)
    assert [m.metadata.package_version for m in outcome.replaced] == ["1.0"]
    after = {m.name: m for m in installed_models(models_dir)}
    assert set(after) == {"de_en", "en_ar"}
    assert after["de_en"].metadata.package_version == "1.1"
    assert after["de_en"].identity != before["de_en"]
    assert after["en_ar"].identity == before["en_ar"]
    assert not [p for p in models_dir.iterdir() if p.name.startswith(".")]


def test_package_copied_in_by_hand_is_replaced_too(tmp_path):
    models_dir = tmp_path / "models"
    install_model(package_file("de_en"), models_dir)
    (models_dir / "de_en").rename(models_dir / TOP)  # as if IT had unzipped it into the folder
    outcome = install_model(package_file("de_en"), models_dir)
    assert [m.name for m in outcome.replaced] == [TOP]
    assert [m.name for m in installed_models(models_dir)] == ["de_en"]


def test_failed_swap_puts_the_old_package_back(models_dir, tmp_path, monkeypatch):
    before = snapshot(models_dir)
    real_rename = Path.rename

    def failing_rename(self, target):
        if Path(target) == models_dir / "de_en" and self.name == TOP:
            raise OSError(13, "Zugriff verweigert")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", failing_rename)
    with pytest.raises(ModelPackageError, match="nicht an seinen Platz"):
        install_model(package_file("de_en"), models_dir)
    monkeypatch.undo()
    assert snapshot(models_dir) == before
    assert not [p for p in models_dir.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("name", ["de_en", "translate-de_en"])
def test_remove_by_pair_name(models_dir, name):
    removed = remove_model(models_dir, name)
    assert [m.name for m in removed] == ["de_en"]
    assert [m.name for m in installed_models(models_dir)] == ["en_ar"]
    assert not (models_dir / "de_en").exists()


def test_remove_unknown_model_says_what_is_installed(models_dir):
    with pytest.raises(NotFoundError) as caught:
        remove_model(models_dir, "fa_en")
    assert "fa_en" in str(caught.value) and "de_en, en_ar" in str(caught.value)


def test_folders_that_are_not_packages_are_skipped(models_dir):
    (models_dir / "notizen").mkdir()
    (models_dir / "kaputt").mkdir()
    (models_dir / "kaputt" / "metadata.json").write_text("{")
    assert [m.name for m in installed_models(models_dir)] == ["de_en", "en_ar"]


# --- bad packages -------------------------------------------------------------------------------


def _symlink_package(path: Path) -> Path:
    entries = package_entries("de_en")
    with zipfile.ZipFile(path, "w") as target:
        for name, data in entries.items():
            target.writestr(name, data)
        link = zipfile.ZipInfo(f"{TOP}/link")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        target.writestr(link, "/etc/passwd")
    return path


def _special_file_package(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as target:
        for name, data in package_entries("de_en").items():
            target.writestr(name, data)
        fifo = zipfile.ZipInfo(f"{TOP}/pipe")
        fifo.external_attr = (stat.S_IFIFO | 0o644) << 16
        target.writestr(fifo, b"")
    return path


def _encrypted_package(path: Path) -> Path:
    # zipfile cannot write encrypted entries: set the "encrypted" flag in the central directory.
    data = bytearray(package_file("de_en").read_bytes())
    wanted = f"{TOP}/README.md".encode()
    offset = data.find(b"PK\x01\x02")
    while offset != -1:
        name_length = int.from_bytes(data[offset + 28:offset + 30], "little")
        if data[offset + 46:offset + 46 + name_length] == wanted:
            data[offset + 8] |= 0x1
        offset = data.find(b"PK\x01\x02", offset + 4)
    path.write_bytes(bytes(data))
    return path


def _raw(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _with_extra(path: Path, extra: dict[str, bytes]) -> Path:
    return write_zip(path, package_entries("de_en") | extra)


def _duplicate_entry(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as target:
        for name, data in package_entries("de_en").items():
            target.writestr(name, data)
        with pytest.warns(UserWarning, match="Duplicate name"):  # zipfile itself warns, but writes it
            target.writestr(f"{TOP}/README.md", b"zweimal")
    return path


def _corrupted_data(path: Path) -> Path:
    data = bytearray(package_file("de_en").read_bytes())
    with zipfile.ZipFile(package_file("de_en")) as source:
        info = source.getinfo(f"{TOP}/model/model.bin")
    # Flip bytes in the middle of the compressed weights: the central directory stays intact.
    middle = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    for offset in range(middle, middle + 64):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


BAD_PACKAGES = {
    "not_a_zip": (lambda p: _raw(p, b"Das ist kein Modell"), "kein ZIP-Archiv"),
    "empty_file": (lambda p: _raw(p, b""), "kein ZIP-Archiv"),
    "truncated": (lambda p: _raw(p, package_file("de_en").read_bytes()[:300_000]), "kein ZIP-Archiv"),
    "empty_zip": (lambda p: write_zip(p, {}), "leer"),
    "missing_metadata": (lambda p: altered_package(p, drop=("metadata.json",)), "„metadata.json“ fehlt"),
    "metadata_not_json": (lambda p: altered_package(p, replace={"metadata.json": b"{kaputt"}), "kein gültiges JSON"),
    "metadata_not_object": (lambda p: altered_package(p, replace={"metadata.json": b"[1, 2]"}), "kein JSON-Objekt"),
    "metadata_not_utf8": (lambda p: altered_package(p, replace={"metadata.json": b"\xff\xfe{}"}), "kein gültiges JSON"),
    "missing_from_code": (lambda p: altered_package(p, without_keys=("from_code",)), "fehlt „from_code“"),
    "missing_to_code": (lambda p: altered_package(p, without_keys=("to_code",)), "fehlt „to_code“"),
    "missing_versions": (
        lambda p: altered_package(p, without_keys=("package_version", "argos_version")),
        "fehlt „package_version“, „argos_version“",
    ),
    "missing_names": (lambda p: altered_package(p, without_keys=("from_name", "to_name")), "„from_name“"),
    "code_with_digit": (lambda p: altered_package(p, metadata={"from_code": "de1"}), "kein Sprachcode"),
    "code_too_long": (lambda p: altered_package(p, metadata={"to_code": "engl"}), "kein Sprachcode"),
    "code_upper_case": (lambda p: altered_package(p, metadata={"from_code": "DE"}), "kein Sprachcode"),
    "code_path": (lambda p: altered_package(p, metadata={"to_code": "../x"}), "kein Sprachcode"),
    "code_not_text": (lambda p: altered_package(p, metadata={"from_code": 7}), "kein Sprachcode"),
    "same_languages": (lambda p: altered_package(p, metadata={"to_code": "de"}), "gleich"),
    "empty_name": (lambda p: altered_package(p, metadata={"to_name": " "}), "Sprachname"),
    "sbd_package": (lambda p: altered_package(p, metadata={"type": "sbd"}), "kein Übersetzungsmodell"),
    "argos_2": (lambda p: altered_package(p, metadata={"argos_version": "2.0"}), "Argos Translate 2.0"),
    "argos_too_new": (lambda p: altered_package(p, metadata={"argos_version": "1.12"}), "Argos Translate 1.12"),
    "argos_0": (lambda p: altered_package(p, metadata={"argos_version": "0.9"}), "Argos Translate 0.9"),
    "argos_not_version": (lambda p: altered_package(p, metadata={"argos_version": "neu"}), "Versionsnummer"),
    "package_not_version": (lambda p: altered_package(p, metadata={"package_version": "1.0-beta"}), "Versionsnummer"),
    "missing_sentencepiece": (lambda p: altered_package(p, drop=("sentencepiece.model",)), "„sentencepiece.model“ fehlt"),
    "bpe_only": (
        lambda p: altered_package(p, drop=("sentencepiece.model",), replace={"bpe.model": b"x y\n"}),
        "BPE",
    ),
    "missing_model_folder": (
        lambda p: altered_package(
            p, drop=("model/", "model/model.bin", "model/config.json", "model/shared_vocabulary.json")
        ),
        "„model/“ fehlt",
    ),
    "missing_model_bin": (lambda p: altered_package(p, drop=("model/model.bin",)), "„model/model.bin“ fehlt"),
    "parent_path": (lambda p: _with_extra(p, {f"{TOP}/../boese.txt": b"x"}), "aus dem Paketordner"),
    "dot_path": (lambda p: _with_extra(p, {f"{TOP}/./model/x": b"x"}), "aus dem Paketordner"),
    "absolute_path": (lambda p: _with_extra(p, {"/tmp/boese.txt": b"x"}), "unzulässiger Pfad"),
    "backslash_path": (lambda p: _with_extra(p, {f"{TOP}\\..\\boese.txt": b"x"}), "unzulässiger Pfad"),
    "drive_letter": (lambda p: _with_extra(p, {"C:/boese.txt": b"x"}), "unzulässiger Pfad"),
    "symlink": (_symlink_package, "symbolische Verknüpfung"),
    "special_file": (_special_file_package, "keine gewöhnliche Datei"),
    "encrypted": (_encrypted_package, "verschlüsselt"),
    "two_top_folders": (lambda p: _with_extra(p, {"anderer-ordner/metadata.json": b"{}"}), "genau einen Ordner"),
    "file_at_root": (lambda p: _with_extra(p, {"boese.txt": b"x"}), "genau einen Ordner"),
    "odd_top_folder": (
        lambda p: write_zip(p, {n.replace(TOP, "-x y"): d for n, d in package_entries("de_en").items()}),
        "Ordnername",
    ),
    "duplicate_entry": (_duplicate_entry, "mehrfach"),
    "zip_bomb": (lambda p: _with_extra(p, {f"{TOP}/model/padding.bin": bytes(30 * 1024 * 1024)}), "ZIP-Bombe"),
    "corrupted_data": (_corrupted_data, "beschädigt"),
    "junk_weights": (lambda p: altered_package(p, replace={"model/model.bin": b"kein Modell" * 100}), "lässt sich nicht laden"),
    "junk_sentencepiece": (
        lambda p: altered_package(p, replace={"sentencepiece.model": b"kein Modell" * 100}),
        "kein gültiges SentencePiece-Modell",
    ),
}


@pytest.mark.parametrize("kind", sorted(BAD_PACKAGES))
def test_bad_package_is_refused_and_nothing_changes(kind, models_dir, tmp_path):
    build, expected = BAD_PACKAGES[kind]
    package = build(tmp_path / f"{kind}.argosmodel")
    before = snapshot(models_dir)
    with pytest.raises(ModelPackageError) as caught:
        install_model(package, models_dir)
    message = str(caught.value)
    assert expected in message
    assert message.startswith(f"Das Modellpaket „{kind}.argosmodel“ wurde nicht installiert")
    assert "unverändert" in caught.value.hint
    assert snapshot(models_dir) == before
    assert sorted(p.name for p in models_dir.iterdir()) == ["de_en", "en_ar"]  # no staging left over
    assert not (tmp_path / "boese.txt").exists()


def test_total_size_limit(models_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", 100_000)
    with pytest.raises(ModelPackageError, match="größer als"):
        install_model(package_file("de_en"), models_dir)


def test_file_count_limit(models_dir, monkeypatch):
    monkeypatch.setattr(archive, "MAX_FILES", 5)
    with pytest.raises(ModelPackageError, match="mehr als 5 Einträge"):
        install_model(package_file("de_en"), models_dir)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ModelPackageError, match="wurde nicht gefunden"):
        install_model(tmp_path / "fehlt.argosmodel", tmp_path / "models")
    assert not (tmp_path / "models").exists()


def test_fixture_packages_match_their_manifest():
    manifest = json.loads((FIXTURES / "MANIFEST.json").read_text("utf-8"))
    assert set(manifest["packages"]) == {"de_en", "en_ar"}
    for pair, entry in manifest["packages"].items():
        assert hashlib.sha256(package_file(pair).read_bytes()).hexdigest() == entry["sha256"]


def test_metadata_of_the_fixture_is_what_argos_expects():
    meta = json.loads(package_entries("de_en")[f"{TOP}/metadata.json"])
    assert {"package_version", "argos_version", "from_code", "to_code", "from_name", "to_name"} <= set(meta)
