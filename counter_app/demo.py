"""Fictional demo clients and conversations for training, screenshots and benchmarks.

Every demo client is marked `is_demo` and named with the prefix "DEMO"; file numbers start with
"DEMO-". The names are invented combinations, not real people.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from . import checklists
from .conversations import NO, YES, Answer, Client, Conversation
from .db import Store

DEMO_PREFIX = "DEMO"
# (given names, family names, nationality, client language)
_PEOPLE = (
    (("Amal", "Yusuf", "Lina", "Omar"), ("Haddad", "Khalil", "Nasser"), "SYR", "ar"),
    (("Elif", "Mehmet", "Ayşe", "Emre"), ("Yılmaz", "Demir", "Kaya"), "TUR", "tr"),
    (("Olena", "Taras", "Iryna", "Dmytro"), ("Kovalenko", "Shevchenko", "Bondar"), "UKR", "uk"),
    (("Maryam", "Reza", "Shirin", "Ali"), ("Ahmadi", "Karimi", "Hosseini"), "IRN", "fa"),
    (("Anna", "Sergei", "Natalia", "Pavel"), ("Ivanova", "Smirnov", "Volkov"), "RUS", "ru"),
    (("Chidi", "Ngozi", "Emeka", "Adaeze"), ("Okafor", "Eze", "Nwosu"), "NGA", "en"),
    (("Priya", "Arjun", "Kavya", "Rahul"), ("Sharma", "Nair", "Iyer"), "IND", "en"),
    (("Moussa", "Aïcha", "Fatou", "Ibrahima"), ("Diallo", "Traoré", "Ndiaye"), "SEN", "fr"),
)


@dataclass(frozen=True)
class DemoResult:
    created: int
    open: int
    closed: int


def demo_client(rng: random.Random, number: int, today: date) -> tuple[Client, str]:
    given, family, nationality, language = rng.choice(_PEOPLE)
    age_days = rng.randint(16 * 365, 55 * 365)
    client = Client(
        name=f"{DEMO_PREFIX} {rng.choice(given)} {rng.choice(family)}",
        date_of_birth=today - timedelta(days=age_days), nationality=nationality,
        file_number=f"{DEMO_PREFIX}-{today.year}-{number:05d}", is_demo=True,
    )
    return client, language


def demo_answers(rng: random.Random, conversation: Conversation, *, missing_share: float) -> dict[str, tuple]:
    """Realistic answers: questions answered, most documents present, some missing."""
    answers: dict[str, tuple] = {}
    for item in conversation.checklist.items():
        # Answer in checklist order so dependent items see the answers before them.
        conversation.answers = {k: _answer(v) for k, v in answers.items()}
        visible = {s.item.id for s in conversation.visible_items()}
        if item.id not in visible:
            continue
        if item.is_question:
            value = rng.choice((YES, NO)) if item.answer == "yes_no" else rng.choice(list(item.choices))
            answers[item.id] = ("present", value)
        elif item.kind == "document":
            roll = rng.random()
            status = "missing" if roll < missing_share else "not_applicable" if roll > 0.97 else "present"
            answers[item.id] = (status, None)
    return answers


def _answer(pair: tuple) -> Answer:
    return Answer(status=pair[0], value=pair[1])


def create_demo_data(store: Store, *, conversations: int, status: str = "mixed", seed: int = 2026) -> DemoResult:
    """Insert `conversations` demo conversations in one transaction (all or nothing)."""
    rng = random.Random(seed)
    today = date.today()
    matters = [checklists.load(store, m.id) for m in checklists.matters(store)]
    start_number = (store.scalar("SELECT COUNT(*) FROM clients WHERE is_demo = 1") or 0) + 1
    opened = closed = 0
    answer_rows: list[dict] = []
    with store.transaction() as conn:
        for offset in range(conversations):
            is_open = status == "open" or (status == "mixed" and offset % 10 == 0)
            client, language = demo_client(rng, start_number + offset, today)
            checklist = rng.choice(matters)
            started = datetime.combine(today, datetime.min.time()) - timedelta(
                days=0 if is_open else rng.randint(1, 120), minutes=-rng.randint(8 * 60, 16 * 60))
            stamp = started.isoformat(timespec="seconds")
            conversation = Conversation(id=0, client=client, checklist=checklist, language=language,
                                        status="open", clerk="demo", note="", started_at=stamp,
                                        updated_at=stamp, closed_at=None)
            answers = demo_answers(rng, conversation, missing_share=0.12 if offset % 3 else 0.3)
            answer_rows += _insert(conn, client, checklist, language, answers, stamp, closed_at=None if is_open else
                                   (started + timedelta(minutes=rng.randint(12, 35))).isoformat(timespec="seconds"))
            opened += is_open
            closed += not is_open
        store.db["answers"].insert_all(answer_rows, batch_size=2000)
    from . import statistics  # demo conversations are inserted closed, not through conversations.close

    statistics.backfill(store)
    return DemoResult(conversations, opened, closed)


def _insert(conn, client: Client, checklist, language: str, answers: dict, stamp: str, *, closed_at) -> list[dict]:
    """Insert client and conversation; returns the answer rows for one bulk insert at the end."""
    client_id = conn.execute(
        "INSERT INTO clients (name, date_of_birth, nationality, file_number, is_demo, created_at) "
        "VALUES (?, ?, ?, ?, 1, ?)",
        (client.name, client.date_of_birth.isoformat(), client.nationality, client.file_number, stamp),
    ).lastrowid
    conversation_id = conn.execute(
        "INSERT INTO conversations (client_id, matter_id, checklist_version, language, status, clerk, "
        "note, started_at, updated_at, closed_at) VALUES (?, ?, ?, ?, ?, 'demo', ?, ?, ?, ?)",
        (client_id, checklist.id, checklist.version, language, "closed" if closed_at else "open",
         "Demo-Gespräch (fiktive Person)", stamp, closed_at or stamp, closed_at),
    ).lastrowid
    return [{"conversation_id": conversation_id, "item_id": item_id, "status": s, "value": v, "note": "",
             "updated_at": closed_at or stamp} for item_id, (s, v) in answers.items()]


__all__ = ["create_demo_data", "DEMO_PREFIX"]
