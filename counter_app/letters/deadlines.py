"""Deadlines as absolute dates: N days after the letter, moved to the next working day.

A deadline that would end on a Saturday, Sunday or public holiday ends on the next working day
(the rule of § 31 Abs. 3 VwVfG). Holidays are those of the authority's federal state
(setting `authority.state`), from the `holidays` library. Where a holiday is kept only in part
of a state (e.g. Mariä Himmelfahrt in Bavaria), the library's state-wide list counts it, which
moves a deadline later, never earlier: in the client's favour.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from ..errors import SettingsError
from ..i18n import _

WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember")


@dataclass(frozen=True)
class Deadline:
    day: date
    days: int
    start: date
    skipped: tuple[str, ...]  # why it moved: holiday names and "Wochenende", in order

    @property
    def moved(self) -> bool:
        return bool(self.skipped)

    def note(self) -> str:
        """German explanation for the clerk, e.g. 'verschoben wegen Karfreitag, Wochenende'."""
        if not self.skipped:
            return ""
        return "verschoben wegen " + ", ".join(dict.fromkeys(self.skipped))


@lru_cache(maxsize=32)
def _calendar(state: str, year: int):
    # Building a calendar costs ~0.1 s the first time (the library loads its data lazily).
    import holidays

    try:
        return holidays.country_holidays("DE", subdiv=state, years=(year, year + 1), language="de")
    except NotImplementedError as exc:
        raise SettingsError(
            _("„{state}“ ist kein Kürzel eines Bundeslands (Einstellung authority.state).").format(state=state),
            hint=_("Erlaubt sind z. B. BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH."),
        ) from exc


def holiday_name(day: date, state: str) -> str | None:
    """The public holiday on `day` in `state`, or None."""
    return _calendar(state.strip().upper(), day.year).get(day)


def non_working_reason(day: date, state: str) -> str | None:
    """Why `day` is not a working day (holiday name or 'Wochenende'), or None."""
    name = holiday_name(day, state)
    if name:
        return name
    return "Wochenende" if day.weekday() >= 5 else None


def next_working_day(day: date, state: str) -> tuple[date, tuple[str, ...]]:
    """`day` itself if it is a working day, else the next one, with the reasons for skipping."""
    skipped: list[str] = []
    reason = non_working_reason(day, state)
    while reason:
        skipped.append(reason)
        day += timedelta(days=1)
        reason = non_working_reason(day, state)
    return day, tuple(skipped)


def compute_deadline(start: date, days: int, state: str) -> Deadline:
    day, skipped = next_working_day(start + timedelta(days=days), state)
    return Deadline(day=day, days=days, start=start, skipped=skipped)


def german_date(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def german_date_long(day: date) -> str:
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def weekday(day: date) -> str:
    return WEEKDAYS[day.weekday()]
