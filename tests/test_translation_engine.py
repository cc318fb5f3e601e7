"""The translation service with real (tiny) Argos models: exact output, pivot, cache, reloads, offline."""

from __future__ import annotations

import json
import textwrap
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest

from counter_app.translation import (
    TranslationError,
    TranslationService,
    install_model,
    remove_model,
    runtime,
)
from counter_app.translation.routes import Route, find_steps, reachable_routes
from counter_app.translation.splitter import split_sentences

from .argos_helpers import altered_package, copy_models, corpus, install_fixtures, package_file, run_python

CORPUS = corpus()


@pytest.fixture(scope="module")
def installed_template(tmp_path_factory):
    return install_fixtures(tmp_path_factory.mktemp("template") / "models")


@pytest.fixture(scope="module")
def shared_service(installed_template, tmp_path_factory):
    """One service without a database for the read-only tests: models load once."""
    return TranslationService(installed_template, runtime_dir=tmp_path_factory.mktemp("argos-runtime"))


@pytest.fixture
def models_dir(installed_template, tmp_path):
    return copy_models(installed_template, tmp_path / "models")


@pytest.fixture
def service(models_dir, empty_store, tmp_path):
    return TranslationService(models_dir, runtime_dir=tmp_path / "argos-runtime", store=empty_store)


# --- real translation ---------------------------------------------------------------------------


def test_german_to_english_reproduces_the_corpus(shared_service):
    results = [shared_service.translate(row["de"], "de", "en") for row in CORPUS]
    assert [r.text for r in results] == [row["en"] for row in CORPUS]
    assert {(r.source_language, r.target_language, r.via, r.cached) for r in results} == {("de", "en", (), False)}


def test_english_to_arabic_reproduces_the_corpus(shared_service):
    assert [shared_service.translate(row["en"], "en", "ar").text for row in CORPUS] == [row["ar"] for row in CORPUS]


def test_german_to_arabic_goes_through_english(shared_service):
    results = [shared_service.translate(row["de"], "de", "ar") for row in CORPUS[:20]]
    assert [r.text for r in results] == [row["ar"] for row in CORPUS[:20]]
    assert {r.via for r in results} == {("en",)}


def test_sentences_and_lines_are_translated_one_by_one(shared_service):
    first, second, third = CORPUS[16], CORPUS[17], CORPUS[35]
    text = f"{first['de']} {second['de']}\n{third['de']}"
    assert shared_service.translate(text, "de", "en").text == f"{first['en']} {second['en']}\n{third['en']}"
    assert shared_service.translate(text, "de", "ar").text == f"{first['ar']} {second['ar']}\n{third['ar']}"


def test_codes_are_normalised_and_blank_text_needs_no_model(shared_service):
    assert shared_service.translate(CORPUS[0]["de"], " DE ", "En").text == CORPUS[0]["en"]
    assert shared_service.translate("   ", "de", "fa").text == "   "
    assert shared_service.translate("Hallo", "de", "de").text == "Hallo"


def test_languages_and_routes(shared_service):
    assert [(l.code, l.name) for l in shared_service.installed_languages()] == [
        ("ar", "Arabic"), ("en", "English"), ("de", "German"),
    ]
    assert shared_service.routes() == [Route("de", "en"), Route("en", "ar"), Route("de", "ar", ("en",))]
    assert shared_service.can_translate("de", "ar")
    assert not shared_service.can_translate("ar", "de")
    assert not shared_service.can_translate("de", "fa")


@pytest.mark.parametrize("source, target", [("ar", "de"), ("de", "fa"), ("tr", "en")])
def test_missing_pair_is_a_german_error_not_an_attribute_error(shared_service, source, target):
    with pytest.raises(TranslationError, match=f"Für die Übersetzung {source} → {target} ist kein Modell"):
        shared_service.translate("Hallo", source, target)


@pytest.mark.parametrize("code", ["deutsch", "d", "", "d1"])
def test_invalid_code_is_refused(shared_service, code):
    with pytest.raises(TranslationError, match="kein gültiger Sprachcode"):
        shared_service.translate("Hallo", code, "en")


def test_without_any_model_the_error_says_how_to_install_one(tmp_path):
    service = TranslationService(tmp_path / "models", runtime_dir=tmp_path / "rt")
    assert service.installed_languages() == []
    with pytest.raises(TranslationError) as caught:
        service.translate("Guten Tag.", "de", "en")
    assert "kein Übersetzungsmodell installiert" in str(caught.value)
    assert "counter-app admin install-model DATEI.argosmodel" in caught.value.hint
    assert "Teamleitung" in caught.value.hint
    assert caught.value.exit_code == 7


# --- cache --------------------------------------------------------------------------------------


def test_second_call_comes_from_the_database(service, empty_store):
    row = CORPUS[4]
    first = service.translate(row["de"], "de", "ar")
    second = service.translate(row["de"], "de", "ar")
    assert (first.cached, second.cached) == (False, True)
    assert second.text == first.text == row["ar"] and second.via == ("en",)
    stored = empty_store.query("SELECT * FROM translation_cache")
    assert [(r["source_language"], r["target_language"], r["via"], r["translation"]) for r in stored] == [
        ("de", "ar", "en", row["ar"])
    ]
    assert row["de"] not in json.dumps(stored, ensure_ascii=False)  # the client's text itself is not kept


def test_cache_survives_a_new_service_but_not_a_new_model(models_dir, empty_store, tmp_path):
    def new_service():
        return TranslationService(models_dir, runtime_dir=tmp_path / "rt", store=empty_store)

    text = CORPUS[7]["de"]
    assert new_service().translate(text, "de", "en").cached is False
    assert new_service().translate(text, "de", "en").cached is True
    install_model(altered_package(tmp_path / "v11.argosmodel", metadata={"package_version": "1.1"}), models_dir)
    assert new_service().translate(text, "de", "en").cached is False
    assert new_service().translate(text, "de", "en").cached is True


def test_purge_removes_old_entries(service):
    from counter_app.translation.cache import TranslationCache

    service.translate(CORPUS[1]["de"], "de", "en")
    cache = TranslationCache(service._cache.store)
    assert cache.purge(older_than=datetime.now(UTC) - timedelta(days=1)) == 0
    assert cache.purge(older_than=datetime.now(UTC) + timedelta(seconds=2)) == 1
    assert service.translate(CORPUS[1]["de"], "de", "en").cached is False


def test_a_failing_cache_does_not_lose_the_translation(service, monkeypatch):
    from counter_app.errors import StorageError
    from counter_app.translation.cache import TranslationCache

    def broken(*args, **kwargs):
        raise StorageError("Die Änderung konnte nicht gespeichert werden. Der Datenträger ist voll.")

    monkeypatch.setattr(TranslationCache, "get", broken)
    monkeypatch.setattr(TranslationCache, "put", broken)
    result = service.translate(CORPUS[9]["de"], "de", "en")
    assert (result.text, result.cached) == (CORPUS[9]["en"], False)


# --- models stay loaded; changes are picked up --------------------------------------------------


@pytest.fixture
def load_counter(monkeypatch):
    loads = []
    real = runtime.package_translation

    def counting(argos, model):
        loads.append(model.name)
        return real(argos, model)

    monkeypatch.setattr(runtime, "package_translation", counting)
    return loads


def test_models_stay_loaded_between_calls(installed_template, tmp_path, load_counter):
    service = TranslationService(installed_template, runtime_dir=tmp_path / "rt")
    for row in CORPUS[:10]:
        service.translate(row["de"], "de", "en")
        service.translate(row["de"], "de", "ar")
    assert load_counter == ["de_en", "en_ar"]  # once each; the pivot route reuses the loaded de_en


def test_install_and_remove_are_noticed_without_restart(tmp_path, load_counter):
    models_dir = tmp_path / "models"
    install_model(package_file("de_en"), models_dir)
    service = TranslationService(models_dir, runtime_dir=tmp_path / "rt")
    assert service.translate(CORPUS[2]["de"], "de", "en").text == CORPUS[2]["en"]
    assert not service.can_translate("de", "ar")
    install_model(package_file("en_ar"), models_dir)
    assert service.translate(CORPUS[2]["de"], "de", "ar").text == CORPUS[2]["ar"]
    assert load_counter == ["de_en", "en_ar"]  # de_en was not loaded again
    install_model(package_file("de_en"), models_dir)  # replaced: reloaded on the next call
    assert service.translate(CORPUS[3]["de"], "de", "ar").text == CORPUS[3]["ar"]
    assert load_counter == ["de_en", "en_ar", "de_en"]
    remove_model(models_dir, "en_ar")
    with pytest.raises(TranslationError, match="de → ar"):
        service.translate(CORPUS[3]["de"], "de", "ar")


def test_threads_share_one_service(service):
    rows = CORPUS[:24] * 2
    with ThreadPoolExecutor(max_workers=4) as pool:
        english = list(pool.map(lambda row: service.translate(row["de"], "de", "en").text, rows))
        arabic = list(pool.map(lambda row: service.translate(row["de"], "de", "ar").text, rows))
    assert english == [row["en"] for row in rows]
    assert arabic == [row["ar"] for row in rows]


# --- pure parts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("Guten Tag. Wie geht es?", ["Guten Tag.", "Wie geht es?"]),
        ("Was?! Nein.", ["Was?!", "Nein."]),
        ("Er sagte „Ja.“ Dann ging er.", ["Er sagte „Ja.“", "Dann ging er."]),
        ("Zeile eins\n\nZeile zwei", ["Zeile eins", "Zeile zwei"]),
        ("هل لديك أطفال؟ أين تعمل؟", ["هل لديك أطفال؟", "أين تعمل؟"]),
        ("Es kostet 3.50 Euro", ["Es kostet 3.50 Euro"]),
        ("  ", []),
    ],
)
def test_sentence_splitter(text, sentences):
    assert split_sentences(text) == sentences


def test_routes_prefer_direct_pairs_and_pivot_only_through_english():
    pairs = {("de", "en"): "de_en", ("en", "ar"): "en_ar", ("de", "fr"): "de_fr", ("fr", "ar"): "fr_ar"}
    assert find_steps(pairs, "de", "ar") == ("de_en", "en_ar")
    assert find_steps(pairs, "de", "fr") == ("de_fr",)
    assert find_steps(pairs, "fr", "en") is None
    assert Route("de", "ar", ("en",)) in reachable_routes(pairs)


# --- process-level guarantees -------------------------------------------------------------------


def test_importing_the_package_loads_no_translation_engine(tmp_path):
    code = (
        "import sys, json, counter_app.translation, counter_app.cli_models\n"
        "heavy = ('argostranslate', 'ctranslate2', 'sentencepiece', 'stanza', 'spacy', 'torch', 'numpy')\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & set(heavy))))"
    )
    result = run_python(code, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


OFFLINE_CHECK = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path

    BLOCKED = {"subprocess.Popen", "os.system", "os.posix_spawn", "os.exec", "os.fork", "os.forkpty",
               "os.spawn", "os.startfile", "urllib.Request", "webbrowser.open"}
    attempts = []

    def guard(event, args):
        if event in BLOCKED or event.startswith("socket."):
            attempts.append(event)
            raise RuntimeError(f"blocked in the offline test: {event}")

    sys.addaudithook(guard)
    try:  # prove the guard is live before relying on it
        import urllib.request
        urllib.request.urlopen("http://127.0.0.1:9/")
    except RuntimeError:
        attempts.remove("urllib.Request")
    else:
        raise SystemExit("the audit hook did not block a request")

    from counter_app.db import Store
    from counter_app.translation import TranslationService, install_model

    fixtures, work = Path(sys.argv[1]), Path.cwd()
    for pair in ("de_en", "en_ar"):
        install_model(fixtures / f"{pair}.argosmodel", work / "models")
    store = Store.open(work / "data" / "counter.sqlite3")
    service = TranslationService(work / "models", runtime_dir=work / "data" / "argos-runtime", store=store)
    results = [service.translate("Haben Sie Kinder? Wo arbeiten Sie?", "de", "en").text,
               service.translate("Ihr Visum ist abgelaufen.", "de", "ar").text]
    heavy = ("torch", "spacy", "onnxruntime", "transformers", "stanza", "minisbd")
    loaded = sorted(name for name in heavy
                    if sys.modules.get(name) is not None
                    and not getattr(sys.modules[name], "__counter_app_stand_in__", False))
    print(json.dumps({"results": results, "attempts": attempts, "loaded": loaded,
                      "argos": "argostranslate.translate" in sys.modules}, ensure_ascii=False))
    """
)


def test_installing_and_translating_never_reach_the_network_or_spawn(tmp_path):
    code = OFFLINE_CHECK.replace("sys.argv[1]", repr(str(package_file("de_en").parent)))
    result = run_python(code, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report == {
        "results": ["Do you have children? Where do you work?", "انتهت صلاحية تأشيرتك."],
        "attempts": [],
        "loaded": [],
        "argos": True,
    }
    assert list((tmp_path / "home").iterdir()) == []  # nothing written to the home folder
