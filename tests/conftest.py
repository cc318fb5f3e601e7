"""Shared fixtures: real SQLite files in temporary folders, never the user's home."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from counter_app import i18n

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory, monkeypatch):
    """No test reads /etc/counter-app or writes to the real user data folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("COUNTER_APP_SETTINGS", str(home / "no-machine-settings.toml"))
    monkeypatch.setenv("COUNTER_APP_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg-cache"))
    monkeypatch.delenv("COUNTER_APP_LANG", raising=False)
    yield
    i18n.set_language("de")  # a test that switched the core's messages to English must not leak it


@pytest.fixture
def english():
    """The core's messages in English (the shipped catalogue), German again afterwards."""
    assert i18n.set_language("en"), "resources/translations/messages_en.mo is missing: run tools/build_messages.py"
    yield
    i18n.set_language("de")


@pytest.fixture
def test_checklist():
    from counter_app.checklists import load_checklist_file

    return load_checklist_file(FIXTURES / "test_matter.yaml")


@pytest.fixture
def empty_store(tmp_path):
    """A migrated database without any content."""
    from counter_app.db import Store

    store = Store.open(tmp_path / "data" / "counter.sqlite3")
    yield store
    store.close()


@pytest.fixture
def store(empty_store, test_checklist):
    """A database holding only the test checklist (version 1)."""
    from counter_app import checklists

    checklists.publish(empty_store, test_checklist, author="test")
    return empty_store


@pytest.fixture
def app_context(tmp_path):
    """An AppContext on a fresh data folder with the default content."""
    from counter_app.context import AppContext

    ctx = AppContext.create(tmp_path / "appdata")
    ctx.store()
    yield ctx
    ctx.close()


@pytest.fixture
def services(tmp_path, test_checklist):
    """UI services (ops run inline) on a fresh data folder with the default content and the test checklist."""
    from counter_app import checklists
    from counter_app.context import AppContext
    from counter_app.ui.app import create_services

    ctx = AppContext.create(tmp_path / "ui-data")
    store = ctx.store()
    checklists.publish(store, test_checklist, author="test")
    services = create_services(ctx, store, synchronous_ops=True)
    yield services
    services.ops.shutdown()
    ctx.close()
