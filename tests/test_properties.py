"""Bad input, generated: every importer and parser either accepts a file or refuses it with a German
CounterAppError, never another exception, and a refused file changes nothing already stored.

Bugs found here in other modules can be listed in KNOWN_BUGS: the properties count them instead of
failing. Each one found so far is fixed and has its own test at the end of this module. The number
of cases per parser is printed at the end of the module's run.
"""

from __future__ import annotations

import copy
import decimal
import functools
import io
import json
import shutil
import sqlite3
import traceback
import zipfile
from collections import Counter
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counter_app import checklists, content, conversations, snippets
from counter_app import settings as app_settings
from counter_app.db import Store
from counter_app.errors import CounterAppError

from .argos_helpers import package_entries, snapshot, top_folder, write_zip
from .test_privacy import dump

FIXTURES = Path(__file__).parent / "fixtures"
# The 100,000-character case is meant; hypothesis only warns that printing it would be long.
pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")
CASES: Counter = Counter()
PROPERTY = settings(max_examples=250, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
HOSTILE = ["'; DROP TABLE clients; --", "{{ client.name }}", "{% for x in y %}", "{{ ''.__class__ }}", "\x00",
           "\u202eevil\u202c", "محمد الأحمد", "\u200f", "%_\\", "a" * 5000, "NaN", "-1", "1e999", "\r\n", "\t",
           "yes", "no", "choice", "question", "document", "hint", "*", "\"", "\ud7ff", "💥", "<script>"]


# --- bookkeeping -------------------------------------------------------------------------------

# (exception type, function in the traceback) of bugs in other modules, reported to their owners.
KNOWN_BUGS: dict[tuple[str, str], str] = {}  # all bugs found so far are fixed; their tests follow


def known_bug(exc: BaseException) -> str | None:
    functions = {frame.name for frame in traceback.extract_tb(exc.__traceback__)}
    for (kind, function), text in KNOWN_BUGS.items():
        if type(exc).__name__ == kind and function in functions:
            return text
    return None


def outcome(parser: str, call):
    """Run `call`; count accepted / refused / known bug. Any other exception fails the property."""
    CASES[parser, "tried"] += 1
    try:
        result = call()
    except CounterAppError as exc:
        assert str(exc).strip(), "a refusal must say something"
        CASES[parser, "refused"] += 1
        return exc
    except Exception as exc:
        if known_bug(exc) is None:
            raise
        CASES[parser, "known bug"] += 1
        return exc
    CASES[parser, "accepted"] += 1
    return result


@pytest.fixture(scope="module", autouse=True)
def report_counts(request):
    yield
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or capture is None:  # pragma: no cover - run without pytest's terminal
        return
    with capture.global_and_fixture_disabled():  # so the figures show in a passing run too
        reporter.write_line("")
        for parser in sorted({parser for parser, _ in CASES}):
            line = ", ".join(f"{CASES[parser, k]} {k}" for k in ("tried", "accepted", "refused", "known bug"))
            reporter.write_line(f"hypothesis cases – {parser}: {line}")


# --- generated structures ----------------------------------------------------------------------

KEYS = ["id", "title", "kind", "items", "groups", "when", "answer", "choices", "client_text", "fees", "amount",
        "factor", "label", "source", "sources", "legal_basis", "snippets", "categories", "category", "de", "en",
        "tags", "all", "any", "not", "lt", "eq", "age", "married", "translation_status", "next_steps"]
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=12),
                    st.sampled_from(HOSTILE))
values = st.recursive(scalars, lambda children: st.lists(children, max_size=4)
                      | st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=6)), children, max_size=5),
                      max_leaves=25)


def paths_in(data, prefix=()):
    """Every path (keys and indexes) inside a nested structure."""
    yield prefix
    items = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for key, child in items:
        yield from paths_in(child, prefix + (key,))


@st.composite
def mutated(draw, base):
    """`base` with a few places deleted or replaced by generated values."""
    data = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in paths_in(data) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        if draw(st.booleans()):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(values)
    return data


def text_edits(text: str):
    """YAML/TOML text with characters inserted, deleted or replaced at generated places."""
    return st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, 5), st.sampled_from(
        [":", "-", " ", "\n", "[", "{", "}", "&a", "*a", "!!", "'", '"', "#", "\t", "\x00", "é", "- ", "  "])),
        max_size=6).map(lambda edits: _apply(text, edits))


def _apply(text: str, edits) -> str:
    for position, cut, insert in edits:
        text = text[:position] + insert + text[position + cut:]
    return text


CHECKLIST = yaml.safe_load((FIXTURES / "test_matter.yaml").read_text("utf-8"))
LIBRARY = {"translation_status": "unreviewed", "categories": {"greeting": "Begrüßung", "fees": "Gebühren"},
           "snippets": [{"id": "hello", "category": "greeting", "tags": ["hallo"], "de": "Guten Tag", "en": "Hello",
                         "ar": "مرحبا"}, {"id": "fee.card", "category": "fees", "de": "Bitte mit Karte zahlen."}]}


# --- checklists --------------------------------------------------------------------------------


def import_checklist(store, data, origin="generated"):
    """The checklist import path: validate, then publish. A refusal must leave the database as it was."""
    before = dump(store)
    result = outcome("checklist (structure)", lambda: checklists.publish(
        store, checklists.parse_checklist(data, origin=origin), author="t"))
    if not isinstance(result, int):
        assert dump(store) == before


@PROPERTY
@given(data=st.one_of(mutated(CHECKLIST), values))
def test_checklist_structures(store, data):
    import_checklist(store, data)


@settings(PROPERTY, max_examples=300)
@given(text=st.one_of(text_edits(yaml.safe_dump(CHECKLIST, allow_unicode=True)), st.text(max_size=300)))
def test_checklist_yaml_text(store, tmp_path, text):
    path = tmp_path / "checklist.yaml"
    path.write_text(text, "utf-8", errors="surrogatepass")
    before = dump(store)
    result = outcome("checklist (YAML text)", lambda: checklists.publish(
        store, checklists.load_checklist_file(path), author="t"))
    if not isinstance(result, int):
        assert dump(store) == before


# --- snippet library ---------------------------------------------------------------------------


@PROPERTY
@given(data=st.one_of(mutated(LIBRARY), values), as_text=st.booleans())
def test_snippet_library(store, tmp_path, data, as_text):
    path = tmp_path / "snippets.yaml"
    text = yaml.safe_dump(data, allow_unicode=True)
    path.write_text(_apply(text, [(len(text) // 2, 1, "{")]) if as_text else text, "utf-8")
    before = dump(store)
    result = outcome("snippet library", lambda: snippets.import_library(store, snippets.load_library_file(path)))
    if not isinstance(result, int):
        assert dump(store) == before


# --- machine settings (TOML) -------------------------------------------------------------------


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return {"nan": "nan", "inf": "inf", "-inf": "-inf"}.get(str(value), repr(value))
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return json.dumps(str(value))


toml_scalars = st.one_of(st.booleans(), st.integers(-2**63, 2**63 - 1), st.floats(), st.text(max_size=20),
                         st.sampled_from(HOSTILE))
toml_values = st.one_of(toml_scalars, st.lists(toml_scalars, max_size=3))
setting_keys = st.one_of(st.sampled_from([s.key for s in app_settings.SETTINGS]),
                         st.from_regex(r"\A[a-z]{1,8}\.[a-z_]{1,10}\Z"))


def toml_document(table: dict) -> str:
    sections: dict[str, list[str]] = {}
    for key, value in table.items():
        section, name = key.split(".", 1)
        sections.setdefault(section, []).append(f"{name} = {toml_value(value)}")
    return "".join(f"[{section}]\n" + "\n".join(lines) + "\n" for section, lines in sections.items())


@settings(PROPERTY, max_examples=400)
@given(text=st.one_of(st.dictionaries(setting_keys, toml_values, max_size=6).map(toml_document),
                      st.text(max_size=200), text_edits('[privacy]\nretention_days = 90\n[ui]\nlanguage = "de"\n')))
def test_machine_settings(tmp_path, text):
    path = tmp_path / "config.toml"
    path.write_text(text, "utf-8", errors="surrogatepass")
    result = outcome("settings (TOML)", lambda: app_settings.load_machine_settings(path))
    if isinstance(result, dict):  # what is accepted is what the registry declares
        for key, value in result.items():
            assert key in app_settings.SETTINGS_BY_KEY
            assert isinstance(value, app_settings.SETTINGS_BY_KEY[key].type)


# --- translation model packages ----------------------------------------------------------------

TOP = top_folder("de_en")
member_names = st.one_of(
    st.sampled_from(["../evil.txt", "/etc/evil", "C:\\evil", "..\\..\\evil", f"{TOP}/../../evil", f"{TOP}/./x",
                     f"{TOP}//x", "evil.txt", f"{TOP}/model/../../../evil", f"{TOP}/ok.txt", "other/x",
                     f"{TOP}/META-INF/../x", f"{TOP}/CON", f"{TOP}/a:b", f"{TOP.upper()}/metadata.json"]),
    st.lists(st.one_of(st.text(min_size=0, max_size=12), st.sampled_from(["..", ".", "", TOP, "model"])),
             min_size=1, max_size=4).map("/".join),
).filter(lambda name: name.split("\x00", 1)[0])  # zipfile cuts a name at NUL and cannot write an empty one


@functools.lru_cache(maxsize=1)
def fixture_entries() -> dict[str, bytes]:
    return package_entries("de_en")


def install_refuses_or_installs(tmp_path, package: Path) -> None:
    from counter_app.translation import install_model

    models = tmp_path / "models"
    models.mkdir(exist_ok=True)
    before_models, before_outside = snapshot(models), sorted(p.name for p in tmp_path.iterdir())
    result = outcome("translation model (.argosmodel)", lambda: install_model(package, models))
    assert sorted(p.name for p in tmp_path.iterdir()) == before_outside  # nothing escaped the folder
    if isinstance(result, CounterAppError):
        assert snapshot(models) == before_models
    shutil.rmtree(models)


@settings(PROPERTY, max_examples=80)
@given(name=member_names, data=st.binary(max_size=64), replace_top=st.booleans())
def test_model_package_member_names(tmp_path, name, data, replace_top):
    entries = dict(fixture_entries())
    if replace_top:  # every entry under a generated top folder
        top = name.split("/")[0]
        entries = {top + n[len(TOP):]: d for n, d in entries.items()}
    else:
        entries[name] = data
    install_refuses_or_installs(tmp_path, write_zip(tmp_path / "generated.argosmodel", entries))


@settings(PROPERTY, max_examples=8)
@given(megabytes=st.integers(2, 12), single=st.booleans())
def test_model_package_zip_bombs(tmp_path, megabytes, single):
    entries = dict(fixture_entries())
    zeros = bytes(megabytes * 1024 * 1024)
    if single:
        entries[f"{TOP}/model/padding.bin"] = zeros
    else:
        entries.update({f"{TOP}/model/pad{n}.bin": zeros[: len(zeros) // 8] for n in range(8)})
    install_refuses_or_installs(tmp_path, write_zip(tmp_path / "bomb.argosmodel", entries))


@settings(PROPERTY, max_examples=30)
@given(data=st.binary(max_size=2000))
def test_model_package_random_bytes(tmp_path, data):
    path = tmp_path / "random.argosmodel"
    path.write_bytes(b"PK\x03\x04" + data if data[:1] == b"\x00" else data)
    install_refuses_or_installs(tmp_path, path)


# --- letter templates --------------------------------------------------------------------------

TEMPLATE = Path(__file__).resolve().parent.parent / "resources" / "templates" / "nachforderung.docx"
jinja_bits = st.one_of(st.sampled_from(
    ["{{ client.name }}", "{{ ", " }}", "{% if %}", "{% for x in documents %}", "{% endfor %}", "{{ x.__class__ }}",
     "{{ ''.__class__.__mro__[1].__subclasses__() }}", "{{ unknown_field }}", "{#", "{%p if x %}", "{{ 7*7 }}",
     "{{ lipsum.__globals__ }}", "{{ range(10**9)|list }}", "&amp;", "<w:t>", "]]>"]), st.text(max_size=10))


def template_with(document_xml_edit) -> bytes:
    source = zipfile.ZipFile(TEMPLATE)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = document_xml_edit(data.decode("utf-8")).encode("utf-8", "surrogatepass")
            target.writestr(info, data)
    return out.getvalue()


def insert_into_first_text(xml: str, text: str) -> str:
    position = xml.find("<w:t")
    position = xml.find(">", position) + 1 if position >= 0 else len(xml) // 2
    return xml[:position] + text + xml[position:]


@settings(PROPERTY, max_examples=80)
@given(bits=st.lists(jinja_bits, min_size=1, max_size=4), raw=st.booleans())
def test_letter_templates(tmp_path, bits, raw):
    from counter_app.letters import checking

    source = tmp_path / "generated.docx"
    text = "".join(bits)
    if raw:
        source.write_bytes(text.encode("utf-8", "surrogatepass"))
    else:
        source.write_bytes(template_with(lambda xml: insert_into_first_text(xml, text)))
    data_root = tmp_path / "data"
    data_root.mkdir(exist_ok=True)
    before = snapshot(data_root)
    result = outcome("letter template (.docx)", lambda: checking.import_template(
        data_root, source, settings_get=app_settings.Settings().get, name="generated", replace=True))
    if isinstance(result, BaseException):
        assert snapshot(data_root) == before
    shutil.rmtree(data_root)


# --- what clerks type --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def content_store(tmp_path_factory):
    store = Store.open(tmp_path_factory.mktemp("typed") / "counter.sqlite3")
    content.ensure_default_content(store)  # the phrase library to search in
    checklists.publish(store, checklists.load_checklist_file(FIXTURES / "test_matter.yaml"), author="t")
    yield store
    store.close()


typed = st.one_of(st.text(max_size=200), st.sampled_from(HOSTILE), st.lists(st.sampled_from(HOSTILE), max_size=5)
                  .map("".join), st.just("x" * 100_000))


@settings(PROPERTY, max_examples=250)
@given(name=typed, note=typed)
def test_user_text_is_stored_verbatim_or_refused(content_store, name, note):
    store = content_store
    client = conversations.Client(name=name, file_number=name[:40], nationality=name[:3])
    cid = outcome("user text (start, notes, search)", lambda: conversations.start(
        store, client=client, matter_id="test_matter", language="ar", clerk="t"))
    if isinstance(cid, CounterAppError):
        assert not name.strip()  # the only refusal: an empty name
        return
    conversations.set_note(store, cid, "passport", note)
    conversations.set_conversation_note(store, cid, note)
    loaded = conversations.load(store, cid)
    assert loaded.client.name == name.strip() and loaded.client.file_number == name[:40].strip()
    assert loaded.answer("passport").note == note.strip() and loaded.note == note.strip()
    found = outcome("conversation search", lambda: conversations.list_conversations(store, search=name))
    if isinstance(found, list) and "\x00" not in name:
        assert cid in [row.id for row in found]
    assert store.scalar("SELECT COUNT(*) FROM matters") > 1  # '; DROP TABLE …' stayed text


@settings(PROPERTY, max_examples=250)
@given(text=typed, language=st.sampled_from(["de", "ar", "fa", "tr", "xx", ""]))
def test_snippet_search_takes_any_text(content_store, text, language):
    result = outcome("snippet search", lambda: snippets.search(content_store, text, language=language))
    assert isinstance(result, list)


# --- the bugs the properties found, one by one --------------------------------------------------

DEEP_YAML = "[" * 3000 + "]" * 3000


def test_bug_deep_yaml_checklist(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text(DEEP_YAML)
    with pytest.raises(CounterAppError):
        checklists.load_checklist_file(path)


def test_bug_deep_yaml_snippets(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(DEEP_YAML)
    with pytest.raises(CounterAppError):
        snippets.load_library_file(path)


def test_bug_recursive_condition(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("id: x\ntitle: t\nlegal_basis: l\nsources: [s]\ngroups:\n - id: g\n   title: G\n   items:\n"
                    "    - id: i\n      kind: hint\n      title: T\n      when: &a {all: [*a]}\n")
    with pytest.raises(CounterAppError):
        checklists.load_checklist_file(path)


def test_bug_nan_fee():
    data = {**CHECKLIST, "fees": {"source": "s", "items": [{"id": "f", "label": "L", "amount": "NaN"}]}}
    with pytest.raises(CounterAppError):
        checklists.parse_checklist(data, origin="x")


@pytest.mark.parametrize("library", [
    {"snippets": [{"id": "a", "category": [1], "de": "x"}], "categories": {"c": "C"}},
    {"snippets": [], "categories": "abc"},
    {"snippets": [], "categories": [1]},
])
def test_bug_snippet_category_types(tmp_path, library):
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump(library))
    with pytest.raises(CounterAppError):
        snippets.load_library_file(path)


@pytest.mark.parametrize("tags, label", [(5, "C"), ([1], "C"), (["ok"], ["not", "a", "text"])])
def test_bug_snippet_tags_not_validated(store, tmp_path, tags, label):
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump({"categories": {"c": label}, "snippets": [{"id": "a", "category": "c", "de": "x",
                                                                              "tags": tags}]}))
    with pytest.raises(CounterAppError):
        snippets.import_library(store, snippets.load_library_file(path))


def test_bug_very_long_conversation_search(store):
    conversations.start(store, client=conversations.Client(name="A"), matter_id="test_matter", language="de")
    assert conversations.list_conversations(store, search="x" * 60_000) == []
