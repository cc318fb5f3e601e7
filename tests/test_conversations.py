"""Conversations: start, answer, dependent items, fees, summary, resume, list."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from counter_app import conversations
from counter_app.conversations import Client, ConversationClosedError
from counter_app.db import Store
from counter_app.errors import CounterAppError, NotFoundError


def start(store, *, born=date(1990, 5, 1), name="Testperson, Anna", language="ar") -> int:
    client = Client(name=name, date_of_birth=born, nationality="SYR", file_number="AZ-1")
    return conversations.start(store, client=client, matter_id="test_matter", language=language, clerk="tester",
                               started_at="2026-11-25T09:00:00")


def visible_ids(store, cid) -> list[str]:
    return [s.item.id for s in conversations.load(store, cid).visible_items()]


def answer(store, cid, item_id, value):
    conversation = conversations.load(store, cid)
    conversations.set_answer(store, cid, conversation.checklist.item(item_id), value)


def test_dependent_items_appear_and_disappear(store):
    cid = start(store)
    assert "marriage_certificate" not in visible_ids(store, cid)
    answer(store, cid, "married", "yes")
    assert "marriage_certificate" in visible_ids(store, cid)
    answer(store, cid, "married", "no")
    assert "marriage_certificate" not in visible_ids(store, cid)
    assert "progress_certificate" not in visible_ids(store, cid)  # unanswered: hidden, also under not
    answer(store, cid, "first_permit", "no")
    assert "progress_certificate" in visible_ids(store, cid)
    answer(store, cid, "funding", "blocked_account")
    assert "blocked_account_proof" in visible_ids(store, cid)


def test_age_comes_from_date_of_birth_at_start(store):
    minor = start(store, born=date(2010, 1, 1))
    adult = start(store, born=date(1980, 1, 1))
    assert "parental_consent" in visible_ids(store, minor)
    assert "parental_consent" not in visible_ids(store, adult)
    answer(store, minor, "first_permit", "yes")
    assert conversations.load(store, minor).fees().total == Decimal("50.00")


def test_summary_lists_present_missing_open_and_fees(store):
    cid = start(store)
    answer(store, cid, "first_permit", "yes")
    answer(store, cid, "married", "yes")
    conversations.set_status(store, cid, "passport", "present")
    conversations.set_status(store, cid, "marriage_certificate", "missing")
    conversations.set_note(store, cid, "marriage_certificate", "Übersetzung fehlt")
    summary = conversations.load(store, cid).summary()
    assert [s.item.id for s in summary.present] == ["passport"]
    assert [s.item.id for s in summary.missing] == ["marriage_certificate"]
    assert summary.missing[0].answer.note == "Übersetzung fehlt"
    assert [s.item.id for s in summary.open_questions] == ["funding", "benefits"]
    assert summary.fees.total == Decimal("100.00")
    assert summary.next_steps == ("Fehlende Unterlagen nachreichen.",)


def test_hidden_question_answer_does_not_count(store):
    cid = start(store)
    answer(store, cid, "funding", "blocked_account")
    conversations.set_status(store, cid, "blocked_account_proof", "missing")
    answer(store, cid, "funding", "scholarship")
    assert conversations.load(store, cid).missing_documents() == []


def test_resume_after_reopening_the_file(store):
    cid = start(store)
    conversations.set_status(store, cid, "passport", "missing")
    path = store.path
    store.close()
    reopened = Store.open(path)
    try:
        conversation = conversations.load(reopened, cid)
        assert conversation.answer("passport").status == "missing"
        assert conversation.status == "open"
    finally:
        reopened.close()


def test_closed_conversation_refuses_changes_until_reopened(store):
    cid = start(store)
    conversations.close(store, cid)
    with pytest.raises(ConversationClosedError):
        conversations.set_status(store, cid, "passport", "present")
    conversations.reopen(store, cid)
    conversations.set_status(store, cid, "passport", "present")
    assert conversations.load(store, cid).answer("passport").status == "present"


def test_invalid_answer_and_empty_name_are_refused(store):
    cid = start(store)
    with pytest.raises(CounterAppError):
        answer(store, cid, "funding", "loan")
    with pytest.raises(CounterAppError):
        start(store, name="   ")
    with pytest.raises(NotFoundError):
        conversations.load(store, 9999)


def test_conversation_keeps_its_checklist_version(store, test_checklist):
    from counter_app import checklists

    cid = start(store)
    data = test_checklist.to_dict()
    data["groups"][1]["items"] = data["groups"][1]["items"][:1]
    checklists.publish(store, checklists.parse_checklist(data, origin="v2"), author="lead")
    assert conversations.load(store, cid).checklist.version == 1
    assert "travel_hint" in visible_ids(store, cid)
    newer = start(store)
    assert conversations.load(store, newer).checklist.version == 2
    assert "travel_hint" not in visible_ids(store, newer)


def test_list_search_by_name_or_file_number_and_status(store):
    first = start(store, name="Yılmaz, Elif")
    second = start(store, name="Kovalenko, Olena")
    conversations.close(store, second)
    assert [r.id for r in conversations.list_conversations(store, search="yıl")] == [first]
    assert {r.id for r in conversations.list_conversations(store, search="AZ-1")} == {first, second}
    assert [r.id for r in conversations.list_conversations(store, status="closed")] == [second]
    assert conversations.list_conversations(store, search="%") == []
