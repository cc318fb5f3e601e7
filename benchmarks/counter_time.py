"""Time at the counter, by keyboard only: the standard flow driven through the real main window with
key events (QTest.keyClick on whatever has the focus, as a keyboard would), no mouse.

Flow: open the demo client's earlier conversation from the list, start a new one for the same
person (Ctrl+Shift+N, choose the matter), answer a 12-item checklist (3 questions, 9 documents of
which 3 are missing), produce the request for missing documents (Ctrl+B, Enter, Esc) and print the
client handout (Ctrl+P, Enter: no printer here, so it goes to a PDF file).

Prints the number of key presses and the wall time. Target: ≤ 30 key presses.
Usage: QT_QPA_PLATFORM=offscreen python benchmarks/counter_time.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from counter_app import checklists, conversations  # noqa: E402
from counter_app.context import AppContext  # noqa: E402
from counter_app.letters import service  # noqa: E402

MATTER_TITLE = "Zwölf Punkte (Messung)"  # "Z" selects it in the start dialog
ANSWERS = ["J", "N", "J", "1", "1", "2", "1", "2", "1", "1", "2", "1"]  # 3 questions, 9 documents, 3 missing
STEP_TIMEOUT_S = 30


def twelve_item_checklist() -> checklists.Checklist:
    def text(word: str) -> dict:
        return {language: word for language in checklists.CLIENT_LANGUAGES}

    questions = [{"id": f"frage_{n}", "kind": "question", "answer": "yes_no", "title": f"Frage {n}?",
                  "client_text": text(f"Frage {n}?")} for n in range(1, 4)]
    documents = [{"id": f"unterlage_{n}", "kind": "document", "title": f"Unterlage {n}",
                  "client_text": text(f"Unterlage {n}")} for n in range(1, 10)]
    return checklists.parse_checklist({
        "id": "zwoelf", "title": MATTER_TITLE, "legal_basis": "§ 7 AufenthG", "sources": ["Messung"],
        "groups": [{"id": "fragen", "title": "Fragen", "items": questions},
                   {"id": "unterlagen", "title": "Unterlagen", "items": documents}],
        "fees": {"source": "AufenthV § 45", "items": [{"id": "g", "label": "Verlängerung", "amount": "93"}]},
    }, origin="benchmark")


def prepare(folder: Path) -> tuple[AppContext, int]:
    ctx = AppContext.create(folder)
    store = ctx.store()
    checklists.publish(store, twelve_item_checklist(), author="benchmark")
    client = conversations.Client(name="DEMO Amal Haddad", date_of_birth=date(1990, 5, 1), nationality="SYR",
                                  file_number="DEMO-2026-00001", is_demo=True)
    earlier = conversations.start(store, client=client, matter_id="zwoelf", language="ar", clerk="benchmark")
    return ctx, earlier


class KeyboardDriver:
    """Runs the flow as steps from timers, so modal dialogs (which block in exec) can be driven."""

    def __init__(self, steps: list[tuple[str, Callable[[], bool], tuple]]) -> None:
        self.steps = steps
        self.presses = 0
        self.error: str | None = None
        self.loop = QEventLoop()
        self._deadline = 0.0

    def run(self) -> None:
        QTimer.singleShot(0, self._next)
        self.loop.exec()

    def _next(self) -> None:
        if not self.steps:
            self.loop.quit()
            return
        self._deadline = time.monotonic() + STEP_TIMEOUT_S
        self._try()

    def _try(self) -> None:
        name, ready, keys = self.steps[0]
        if not ready():
            if time.monotonic() > self._deadline:
                self.error = f"step '{name}' never became ready"
                self.loop.quit()
                return
            QTimer.singleShot(10, self._try)
            return
        (key, modifiers), rest = keys[0], keys[1:]
        if rest:
            self.steps[0] = (name, lambda: True, rest)
        else:
            self.steps.pop(0)
        # Schedule the next step first: this key may open a modal dialog, whose exec() only
        # returns when a later step closes it.
        QTimer.singleShot(0, self._next)
        target = QApplication.focusWidget() or QApplication.activeModalWidget() or QApplication.activeWindow()
        self.presses += 1
        QTest.keyClick(target, key, modifiers)


def key(name: str | Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> tuple:
    return (getattr(Qt.Key, f"Key_{name}") if isinstance(name, str) else name, modifiers)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)  # noqa: F841 - must live while the UI runs
    from counter_app.ui.app import create_services
    from counter_app.ui.letter_dialog import LetterDialog
    from counter_app.ui.main_window import MainWindow
    from counter_app.ui.start_dialog import StartDialog

    with tempfile.TemporaryDirectory(prefix="counter-bench-time-") as folder:
        ctx, earlier = prepare(Path(folder))
        services = create_services(ctx, ctx.store())  # real worker threads, as in the app
        window = MainWindow(services)
        window.show()
        window.activateWindow()
        state: dict = {}

        def modal(kind) -> Callable[[], bool]:
            return lambda: isinstance(QApplication.activeModalWidget(), kind) and QApplication.activeModalWidget().isActiveWindow()

        def new_conversation_open() -> bool:
            current = window.view.conversation
            if current is None or current.id == earlier or not window.isActiveWindow():
                return False
            state["conversation"] = current.id
            return window.view.form.checklist.hasFocus()

        def letter_saved() -> bool:
            dialog = QApplication.activeModalWidget()
            return isinstance(dialog, LetterDialog) and dialog.letters.rowCount() == 1

        def print_dialog() -> bool:
            widget = QApplication.activeModalWidget()
            return widget is not None and type(widget).__name__ == "QPrintDialog" and widget.isActiveWindow()

        ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
        steps = [
            ("list", lambda: window.isActiveWindow() and window.form.search.hasFocus(), (key("Return"),)),
            ("open earlier conversation", lambda: window.form.conversation_list.hasFocus(), (key("Return"),)),
            ("same person", lambda: window.view.conversation is not None and window.isActiveWindow(),
             (key("N", ctrl | shift),)),
            ("matter", modal(StartDialog), (key("Z"), key("Return"))),
            ("checklist", new_conversation_open, tuple(key(k) for k in ANSWERS)),
            ("letter", lambda: window.isActiveWindow(), (key("B", ctrl),)),
            ("save letter", modal(LetterDialog), (key("Return"),)),
            ("close letter dialog", letter_saved, (key("Escape"),)),
            ("handout", lambda: window.isActiveWindow() and QApplication.activeModalWidget() is None,
             (key("P", ctrl),)),
            ("print", print_dialog, (key("Return"),)),
        ]
        driver = KeyboardDriver(steps)
        started = time.perf_counter()
        driver.run()
        pdfs = list((ctx.paths.letters / str(state.get("conversation", 0))).glob("*_merkblatt.pdf"))
        elapsed = time.perf_counter() - started
        result = check(services, state.get("conversation"), pdfs, driver.error)
        window.close()
        services.ops.shutdown()
        ctx.close()
    print(f"flow: open earlier conversation, new one for the same person, {len(ANSWERS)} checklist items "
          f"(3 missing), request letter saved, handout printed to PDF")
    print(f"key presses: {driver.presses} (target ≤ 30), mouse: 0")
    print(f"wall time: {elapsed:.2f} s")
    print(f"result: {result}")
    return 0 if result == "ok" and driver.presses <= 30 else 1


def check(services, conversation_id: int | None, pdfs: list[Path], error: str | None) -> str:
    if error:
        return error
    if conversation_id is None:
        return "no new conversation"
    conversation = conversations.load(services.store, conversation_id)
    missing = [s.item.id for s in conversation.summary().missing]
    letters = service.list_letters(services.ctx, conversation_id)
    if len(missing) != 3 or conversation.summary().open:
        return f"checklist not answered as planned (missing: {missing})"
    if len(letters) != 1 or letters[0].template != "nachforderung":
        return "letter not saved"
    return "ok" if pdfs else "handout PDF not written"


if __name__ == "__main__":
    sys.exit(main())
