"""English messages of the statistics, the `admin stats` command and the referral directory, on real
SQLite files and real sync files; the German default stays as it was."""

from __future__ import annotations

import json

import pytest

from counter_app import cli, demo, i18n, referrals, statistics
from counter_app.context import AppContext
from counter_app.errors import ContentError


@pytest.fixture
def run(capsys, tmp_path):
    def invoke(*args: str):
        try:
            code = cli.main(["admin", "stats", "--data-dir", str(tmp_path / "cli-data"), *args])
        except SystemExit as exc:  # argparse's own usage errors and --help
            code = exc.code
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_stats_command_output_in_english_and_german_by_default(run, tmp_path):
    ctx = AppContext.create(tmp_path / "cli-data")
    demo.create_demo_data(ctx.store(), conversations=12, status="closed")
    ctx.close()
    target = tmp_path / "out.csv"

    code, out, _ = run("--lang", "en", "--csv", str(target))
    assert code == 0
    assert "CSV written: " in out and "conversations). Privacy: values from fewer than 5 conversations are " \
        "shown as \"<5\", values withheld to protect them as \"gesperrt\"." in out
    assert target.read_text("utf-8-sig").splitlines()[0].startswith("Zeitraum;Gruppe;Wert;Gespräche")  # data stays
    code, out, _ = run("--lang", "en", "--exclude-demo")
    assert (code, out) == (0, "No closed conversations in the selected period.\n")

    i18n.set_language("de")  # a new process: cli.main leaves the language alone when nothing chooses one
    code, out, _ = run("--exclude-demo")  # German, the default
    assert (code, out) == (0, "Keine abgeschlossenen Gespräche im gewählten Zeitraum.\n")
    code, out, _ = run()
    assert code == 0 and out.endswith(
        " Demo). Datenschutz: Werte aus weniger als 5 Gesprächen erscheinen als „<5“, zu ihrem Schutz "
        "zurückgehaltene als „gesperrt“.\n")


def test_stats_command_errors_and_help_in_english(run):
    code, _, err = run("--lang", "en", "--merge")
    assert code == 3 and err == (
        "Error: No sync folder is configured (paths.sync_folder).\n"
        "IT sets it in the machine settings (section [paths]).\n")
    code, _, err = run("--lang", "en", "--from", "2026-12-01", "--to", "2026-11-01")
    assert code == 2 and "Error: --from is after --to; check the period." in err
    code, _, err = run("--lang", "en", "--from", "30.11.2026")
    assert code == 2 and '"30.11.2026" is not a date in the format YYYY-MM-DD (e.g. 2026-11-30).' in err
    code, out, _ = run("--lang", "en", "--help")
    assert code == 0 and "--from YYYY-MM-DD" in out and "start of the period" in out and "JJJJ" not in out


def test_a_refused_sync_file_is_explained_in_english(tmp_path, store, english):
    bad = {"format": "counter-app-statistics", "version": 1, "pc_id": "c" * 32,
           "records": [{"record_id": "a" * 32, "matter_id": "study", "checklist_version": 1, "language": "ar",
                        "duration_minutes": -4, "documents_missing": 0, "documents_open": 0, "letters": {},
                        "machine_translations": 0, "follow_up": False, "week": "2026-W45", "month": "2026-11",
                        "demo": False}]}
    (tmp_path / "statistics").mkdir()
    broken = tmp_path / "statistics" / "broken.json"
    broken.write_text(json.dumps(bad), "utf-8")
    result = statistics.merge_sync(store, tmp_path)
    assert result.refused == (f"The statistics file {broken} was not merged: record 1: invalid duration.\n"
                              "The other files were read nevertheless.",)
    with pytest.raises(statistics.CounterAppError) as caught:
        statistics.merge_sync(store, tmp_path / "missing-share")
    assert str(caught.value).startswith(f"The sync folder {tmp_path / 'missing-share'} cannot be reached "
                                        "(folder not found).\nCheck the network connection")


def test_referral_problems_in_english(store, english):
    entries = [{"id": "fine", "name": "Stelle", "category": "other", "address": "Musterweg 1"},
               {"id": "fine", "name": "Stelle", "category": "other", "address": "Musterweg 1"},
               {"id": "broken", "name": "", "category": "cafe", "address": "Musterweg 1"}]
    with pytest.raises(ContentError) as caught:
        referrals.import_referrals(store, entries, mode="replace")
    assert str(caught.value) == (
        "The referral directory (Import) is invalid and was not taken over:\n"
        "  – Entry 2: The ID \"fine\" occurs more than once.\n"
        "  – Entry 3 (\"broken\"): The name is missing.\n"
        f"  – Entry 3 (\"broken\"): The category \"cafe\" is unknown. Allowed: {', '.join(referrals.CATEGORIES)}.\n"
        "Correct the places listed and load it again.")
    with pytest.raises(referrals.NotFoundError, match="The entry \"gone\" does not exist in the referral directory"):
        referrals.delete_referral(store, "gone")
