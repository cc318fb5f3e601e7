"""Who may do what: clerk, team lead or admin, from the machine-wide settings (`roles.team_leads`,
`roles.admins`: user names or group names).

This is convenience, not security. The app hides editing functions from clerks, but anyone who can
write the data folder can change the SQLite file with other tools; real protection is the file
system permission IT sets on the data folder and the sync folder.

Matching: an entry matches the OS user name (case-insensitive; `DOMAIN\\user` matches only that
domain, a bare `user` any domain) or, on POSIX, the name of a group the process belongs to
(`os.getgroups`). On Windows only user names are matched: group membership would need the Win32
token API (no extra dependency is worth that here), so IT lists the user names of team leads.

Single-PC fallback: when both lists are empty, the first user who opens the app on a data folder
is recorded in that database as its local owner and acts as admin there; everyone else is a clerk.
The command line claims nothing; with both lists empty it allows content commands to whoever can
run it on the data folder (they could edit the file anyway).
"""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass, field
from typing import Iterable

from .db import Store
from .errors import CounterAppError
from .i18n import N_, _

CLERK, TEAM_LEAD, ADMIN = "clerk", "team_lead", "admin"
ROLE_LABELS = {CLERK: N_("Sachbearbeitung"), TEAM_LEAD: N_("Teamleitung"), ADMIN: N_("Administration")}  # show with _()
LOCAL_OWNER_KEY = "local_owner"


class PermissionDeniedError(CounterAppError):
    """The current user is not a team lead or admin in the machine-wide settings."""


@dataclass(frozen=True)
class Identity:
    user: str
    domain: str = ""
    groups: frozenset[str] = field(default_factory=frozenset)

    @property
    def display_name(self) -> str:
        return f"{self.domain}\\{self.user}" if self.domain else self.user


def current_identity() -> Identity:
    """The OS user running the app, with its groups where they can be read cheaply (POSIX)."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment (service accounts)
        user = "unbekannt"
    domain = os.environ.get("USERDOMAIN", "") if sys.platform == "win32" else ""
    return Identity(user=user, domain=domain, groups=frozenset(_posix_groups()))


def _posix_groups() -> set[str]:
    try:
        import grp
    except ImportError:  # Windows
        return set()
    names = set()
    for gid in {*os.getgroups(), os.getgid()}:
        try:
            names.add(grp.getgrgid(gid).gr_name)
        except KeyError:  # a gid without a name (containers)
            continue
    return names


def matches(entry: str, identity: Identity) -> bool:
    """True if a settings entry names this user (with or without domain) or one of its groups."""
    wanted = entry.strip().casefold()
    if not wanted:
        return False
    if "\\" in wanted:
        return wanted == identity.display_name.casefold()
    user = identity.user.casefold().split("\\")[-1]
    return wanted == user or wanted in {g.casefold() for g in identity.groups}


def role_for(identity: Identity, *, team_leads: Iterable[str], admins: Iterable[str],
             local_owner: str | None = None) -> str:
    """The role of `identity`; with both lists empty, the local owner (or, unclaimed, anyone) is admin."""
    team_leads, admins = list(team_leads), list(admins)
    if not team_leads and not admins:
        return ADMIN if local_owner is None or matches(local_owner, identity) else CLERK
    if any(matches(entry, identity) for entry in admins):
        return ADMIN
    if any(matches(entry, identity) for entry in team_leads):
        return TEAM_LEAD
    return CLERK


def can_edit_content(role: str) -> bool:
    return role in (TEAM_LEAD, ADMIN)


def local_owner(store: Store) -> str | None:
    return store.scalar("SELECT value FROM content_meta WHERE key = ?", (LOCAL_OWNER_KEY,))


def claim_local_owner(store: Store, identity: Identity) -> str:
    """Record `identity` as the data folder's owner unless somebody already is; returns the owner."""
    owner = local_owner(store)
    if owner is not None:  # the usual case: a read, no write (a write at start-up would wait
        return owner       # for the background integrity check)
    if getattr(store, "read_only", False):  # a read-only data folder: nobody can be recorded
        return identity.display_name
    with store.transaction() as conn:
        conn.execute("INSERT OR IGNORE INTO content_meta (key, value) VALUES (?, ?)",
                     (LOCAL_OWNER_KEY, identity.display_name))
    return local_owner(store)


def current_role(ctx, identity: Identity | None = None, *, claim: bool = False) -> str:
    """The role of the current user for `ctx` (an AppContext). `claim=True` is for opening the app."""
    identity = identity or current_identity()
    team_leads, admins = ctx.settings.get("roles.team_leads"), ctx.settings.get("roles.admins")
    owner = None
    if not team_leads and not admins:
        store = ctx.store()
        owner = claim_local_owner(store, identity) if claim else local_owner(store)
    return role_for(identity, team_leads=team_leads, admins=admins, local_owner=owner)


def require_content_editor(ctx, identity: Identity | None = None) -> str:
    """Raise PermissionDeniedError unless the current user may change content; returns the role."""
    identity = identity or current_identity()
    role = current_role(ctx, identity)
    if not can_edit_content(role):
        raise PermissionDeniedError(
            _("„{user}“ ist keine Teamleitung; Inhalte ändern dürfen nur Teamleitungen "
              "und die Administration.").format(user=identity.display_name),
            hint=_("Wer Teamleitung ist, legt die IT in den Maschineneinstellungen fest "
                   "([roles] team_leads, admins)."))
    return role
