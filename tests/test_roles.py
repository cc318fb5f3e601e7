"""Roles: team leads and admins from the machine-wide settings, by user or group; single-PC fallback."""

from __future__ import annotations

import os

import pytest

from counter_app import cli, roles
from counter_app.context import AppContext
from counter_app.roles import ADMIN, CLERK, TEAM_LEAD, Identity

MUELLER = Identity(user="mueller", domain="ABH", groups=frozenset({"abh-teamleitung", "users"}))
SCHMIDT = Identity(user="schmidt", groups=frozenset({"users"}))


def write_machine_settings(tmp_path, monkeypatch, text: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text, "utf-8")
    monkeypatch.setenv("COUNTER_APP_SETTINGS", str(path))


@pytest.mark.parametrize(("entry", "expected"), [
    ("mueller", True), ("MUELLER", True), ("abh\\mueller", True), ("other\\mueller", False),
    ("abh-teamleitung", True), ("schmidt", False), ("", False), ("  ", False),
])
def test_entries_match_user_with_or_without_domain_and_groups(entry, expected):
    assert roles.matches(entry, MUELLER) is expected


def test_admins_beat_team_leads_and_everyone_else_is_a_clerk():
    settings = {"team_leads": ["abh-teamleitung"], "admins": ["it-admin"]}
    assert roles.role_for(MUELLER, **settings) == TEAM_LEAD
    assert roles.role_for(Identity("x", groups=frozenset({"it-admin"})), **settings) == ADMIN
    assert roles.role_for(SCHMIDT, **settings) == CLERK
    assert roles.can_edit_content(TEAM_LEAD) and roles.can_edit_content(ADMIN) and not roles.can_edit_content(CLERK)


def test_with_empty_lists_the_local_owner_is_admin_and_others_are_clerks():
    assert roles.role_for(SCHMIDT, team_leads=[], admins=[], local_owner=None) == ADMIN  # nobody claimed yet
    assert roles.role_for(MUELLER, team_leads=[], admins=[], local_owner="ABH\\mueller") == ADMIN
    assert roles.role_for(SCHMIDT, team_leads=[], admins=[], local_owner="ABH\\mueller") == CLERK


def test_first_user_opening_the_app_claims_the_data_folder(app_context):
    assert roles.current_role(app_context, SCHMIDT) == ADMIN and roles.local_owner(app_context.store()) is None
    assert roles.current_role(app_context, MUELLER, claim=True) == ADMIN
    assert roles.current_role(app_context, SCHMIDT, claim=True) == CLERK  # second user: no claim any more
    assert roles.local_owner(app_context.store()) == "ABH\\mueller"


def test_machine_settings_decide_when_set(tmp_path, monkeypatch):
    write_machine_settings(tmp_path, monkeypatch, '[roles]\nteam_leads = ["abh-teamleitung"]\nadmins = []\n')
    ctx = AppContext.create(tmp_path / "data")
    try:
        assert roles.current_role(ctx, MUELLER, claim=True) == TEAM_LEAD
        assert roles.current_role(ctx, SCHMIDT, claim=True) == CLERK
        assert roles.local_owner(ctx.store()) is None  # configured lists: nothing is claimed
        with pytest.raises(roles.PermissionDeniedError, match="schmidt.*keine Teamleitung"):
            roles.require_content_editor(ctx, SCHMIDT)
    finally:
        ctx.close()


@pytest.mark.skipif(os.name != "posix", reason="group names are read on POSIX only")
def test_current_identity_has_the_process_groups():
    import grp

    identity = roles.current_identity()
    assert identity.user and grp.getgrgid(os.getgid()).gr_name in identity.groups


def with_content_commands(monkeypatch) -> None:
    """Until cli.ADMIN_COMMAND_MODULES names counter_app.cli_content (a shared file), add it here."""
    if "counter_app.cli_content" not in cli.ADMIN_COMMAND_MODULES:
        monkeypatch.setattr(cli, "ADMIN_COMMAND_MODULES", (*cli.ADMIN_COMMAND_MODULES, "counter_app.cli_content"))


def test_command_line_refuses_import_for_a_clerk(tmp_path, monkeypatch, capsys):
    write_machine_settings(tmp_path, monkeypatch, '[roles]\nteam_leads = ["jemand-anderes"]\n')
    with_content_commands(monkeypatch)
    code = cli.main(["admin", "--data-dir", str(tmp_path / "d"), "import-pack", str(tmp_path / "egal.zip")])
    assert code == 1 and "keine Teamleitung" in capsys.readouterr().err
