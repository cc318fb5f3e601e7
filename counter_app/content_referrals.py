"""The referral directory in content packs (`referrals.json`), one entry at a time, through the
referrals module's own exchange functions (`export_referrals`, `import_referrals`).

An entry counts as edited here if it differs from what the last pack set; never imported, if
anyone but the default content wrote it (`updated_by`).
"""

from __future__ import annotations

import json
from typing import Any, Mapping

from .checklists import content_checksum
from .db import Store
from .errors import ContentError
from .i18n import _

FILE_NAME = "referrals.json"


def records(store: Store) -> dict[str, dict[str, Any]]:
    from .referrals import export_referrals

    return {entry["id"]: entry for entry in export_referrals(store)}


def checksum(record: Mapping[str, Any]) -> str:
    return content_checksum(record)


def parse_file(raw: bytes, *, origin: str) -> dict[str, dict[str, Any]]:
    """Validate a pack's referral file with the referrals module's rules; ContentError lists problems."""
    from .referrals import parse_referrals

    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ContentError(_("{origin} ist kein gültiges JSON ({error}).").format(origin=origin, error=exc)) from exc
    return {referral.id: referral.to_dict() for referral in parse_referrals(data, origin=origin)}


def file_bytes(store: Store) -> bytes:
    from .referrals import export_referrals

    return json.dumps(export_referrals(store), ensure_ascii=False, indent=2).encode("utf-8")


def is_local(store: Store, referral_id: str, record: Mapping[str, Any], baseline: str | None) -> bool:
    from .referrals import DEFAULT_AUTHOR

    if baseline is not None:
        return checksum(record) != baseline
    author = store.scalar("SELECT updated_by FROM referrals WHERE id = ?", (referral_id,))
    return author != DEFAULT_AUTHOR


def label(record: Mapping[str, Any]) -> str:
    return str(record.get("name") or record["id"])


def write(store: Store, record: Mapping[str, Any], *, author: str) -> None:
    from .referrals import import_referrals

    import_referrals(store, [record], mode="update", author=author)


def remove(store: Store, referral_id: str) -> None:
    from .referrals import delete_referral

    delete_referral(store, referral_id)


def describe(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> list[str]:
    if old is None:
        return [_("Eintrag neu im Verweisverzeichnis")]
    changed = [key for key in dict.fromkeys([*old, *new]) if old.get(key) != new.get(key)]
    return [_("Geändert: {fields}").format(fields=", ".join(changed))] if changed else []
