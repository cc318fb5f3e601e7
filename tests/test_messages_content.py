"""English messages of content work: refused content packs, readable version diffs and the content
`admin` commands (export-pack, import-pack, versions, diff). German stays the default, word for word."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from counter_app import cli, content_packs, content_snippets, content_versions
from counter_app.content_diff import format_condition
from counter_app.errors import ContentError, NotFoundError


def raise_study_fee(ctx, amount: str = "110.00") -> None:
    store = ctx.store()
    draft = content_versions.open_draft(store, "study")
    draft.data["fees"]["items"][0]["amount"] = amount
    content_versions.save_draft(store, "study", draft.data, author="lead", base_version=draft.base_version)
    content_versions.publish_draft(store, "study", author="lead")


@pytest.fixture
def admin(app_context, monkeypatch, capsys):
    """Run `counter-app admin …` with the content commands on the app_context's data folder."""
    if "counter_app.cli_content" not in cli.ADMIN_COMMAND_MODULES:
        monkeypatch.setattr(cli, "ADMIN_COMMAND_MODULES", (*cli.ADMIN_COMMAND_MODULES, "counter_app.cli_content"))

    def run(*args):
        app_context.close()  # the command opens the data folder itself, as IT would run it
        code = cli.main(["admin", "--data-dir", str(app_context.paths.root), *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_versions_and_diff_commands_in_english_and_german_by_default(app_context, admin):
    raise_study_fee(app_context)
    old, new = sorted(v.version for v in content_versions.history(app_context.store(), "study"))[-2:]

    code, out, _err = admin("diff", "study", str(old), str(new), "--lang", "en")
    assert code == 0
    assert out.startswith(f"Changes from version {old} to version {new} (study):\n")
    assert "  – Fee changed (" in out and "→ 110,00 €" in out

    code, out, _err = admin("versions", "study", "--lang", "en")
    assert code == 0
    assert out.splitlines()[0].split() == ["Version", "Date", "Author", "Comment"]
    assert f"{new:>7}  " in out and "(current)" in out

    code, out, _err = admin("diff", "study", str(old), str(new))  # German, the default
    assert code == 0
    assert out.startswith(f"Änderungen von Version {old} zu Version {new} (study):\n")
    assert "  – Gebühr geändert (" in out and "Fee" not in out


def test_a_damaged_pack_is_refused_in_english(app_context, tmp_path, english):
    good = tmp_path / "good.zip"
    content_packs.export_pack(app_context, good, author="lead")
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, data + b"# changed\n" if info.filename == "checklists/study.yaml" else data)

    with pytest.raises(ContentError) as info:
        content_packs.import_pack(app_context, bad, user="clerk")
    assert info.value.message == ("The content pack “bad.zip” was refused: The checksum of “checklists/study.yaml” "
                                  "does not match (file modified or damaged). Nothing was changed.")
    assert info.value.hint.startswith("Please use an unmodified content pack of the Counter Assistant")


def test_import_pack_command_refuses_a_file_that_is_no_pack(admin, tmp_path):
    junk = Path(tmp_path / "junk.zip")
    junk.write_text("kein Paket")
    code, _out, err = admin("import-pack", str(junk), "--lang", "en")
    assert code == 4
    assert ("Error: The content pack “junk.zip” was refused: The file is not a content pack "
            "(not a valid ZIP file). Nothing was changed.") in err

    code, _out, err = admin("import-pack", str(junk))
    assert code == 4
    assert ("Fehler: Das Inhaltspaket „junk.zip“ wurde abgelehnt: Die Datei ist kein Inhaltspaket "
            "(keine gültige ZIP-Datei). Es wurde nichts geändert.") in err


def test_snippet_problems_conditions_and_draft_errors_in_english(app_context, english):
    problems = content_snippets.problems_in({"snippets": [{"id": 5, "texts": {}}, "text"]})
    assert problems == ["Snippet 1: invalid or duplicate ID.", "Snippet 1: invalid category or origin.",
                        "Snippet 1: invalid tags or retired.", "Snippet 1: texts are missing (German at least).",
                        "Snippet 2: not a mapping."]
    assert format_condition({"any": [{"x": True}, {"not": {"y": False}}]}) == "(x = yes or not (y = no))"
    assert format_condition(None) == "none"
    with pytest.raises(NotFoundError, match="^There is no draft for the matter “study”.$"):
        content_versions.publish_draft(app_context.store(), "study", author="lead")
