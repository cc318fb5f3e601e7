"""A process killed with SIGKILL while answering loses no answer it had acknowledged."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from counter_app import conversations
from counter_app.db import Store

WRITER = textwrap.dedent("""
    import sys
    from counter_app import conversations
    from counter_app.db import Store
    store = Store.open(__import__("pathlib").Path(sys.argv[1]))
    cid = int(sys.argv[2])
    statuses = ("present", "missing", "not_applicable")
    n = 0
    while True:
        item = "passport" if n % 2 else "marriage_certificate"
        status = statuses[n % 3]
        conversations.set_status(store, cid, item, status)
        conversations.set_note(store, cid, item, f"note {n}")
        # Acknowledge only after both commits returned: this is what the clerk sees as saved.
        print(n, item, status, flush=True)
        n += 1
""")

STATUSES = ("present", "missing", "not_applicable")
pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def start_conversation(store) -> int:
    client = conversations.Client(name="Crash, Test", file_number="AZ-K")
    return conversations.start(store, client=client, matter_id="test_matter", language="de", clerk="t")


@pytest.mark.parametrize("round_", range(5))
def test_sigkill_mid_answering_loses_no_acknowledged_answer(store, round_):
    cid = start_conversation(store)
    path = store.path
    store.close()
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(cid)],
                               stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    acknowledged = []
    deadline = time.monotonic() + 30
    while len(acknowledged) < 20 + round_ * 7 and time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        acknowledged.append(line.split())
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert len(acknowledged) >= 20, "writer did not get going"
    latest = {}
    for n, item, status in acknowledged:
        latest[item] = (int(n), status)
    reopened = Store.open(path)
    try:
        assert reopened.integrity_problems() == []
        conversation = conversations.load(reopened, cid)
        for item, (n, status) in latest.items():
            answer = conversation.answer(item)
            # The writer may have committed one more change after its last acknowledgement:
            # the status of its next step for this item (n + 2) before that step's note.
            note_n = int(answer.note.split()[1])
            assert note_n >= n
            if note_n == n:
                assert answer.status in (status, STATUSES[(n + 2) % 3])
    finally:
        reopened.close()
