"""Start-up: process start until the main window is shown and usable, against a bare PySide6 window.

The app runs on a data folder holding 10,000 closed demo conversations. Both programs are started
as fresh processes, alternately, five times each; we print the medians, the ratio and the memory
of the app process when idle. Target: ratio ≤ 2.0. Usage: python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CONVERSATIONS = 10_000
HEAVY = ("argostranslate", "ctranslate2", "docx", "docxtpl", "torch", "sqlite_utils", "yaml")

FLOOR = """
import sys, resource
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv)
window = QMainWindow(); window.setCentralWidget(QTableView()); window.show()
def ready():
    print("READY", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True); app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""

APP = """
import sys, resource
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
def ready():
    heavy = [m for m in HEAVY if m in sys.modules]
    window = next(w for w in app.topLevelWidgets() if hasattr(w, "list_model"))
    rows = window.list_model.rowCount()
    print("READY", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, ",".join(heavy) or "-", rows, flush=True)
    app.quit()
QTimer.singleShot(0, ready)  # fires once the app has shown the window and entered the event loop
from counter_app.cli import main  # the `counter-app` entry point, as installed
main(["--data-dir", sys.argv[1]])
"""


def prepare(data_dir: Path) -> None:
    marker = data_dir / f"ready-{CONVERSATIONS}"
    if marker.exists():
        return
    print(f"Creating {CONVERSATIONS} closed demo conversations in {data_dir} …", flush=True)
    subprocess.run([sys.executable, "-m", "counter_app", "admin", f"--data-dir={data_dir}", "demo-data",
                    "--conversations", str(CONVERSATIONS), "--status", "closed"], check=True)
    marker.touch()


def measure(code: str, *args: str) -> tuple[float, list[str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # An installed app runs from bytecode (pip and PyInstaller compile it); a shell that sets
    # PYTHONDONTWRITEBYTECODE would make every run compile our ~80 modules again (~25 ms here).
    # The warm-up run below writes the caches; the floor has no modules of ours to compile.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env,
                               stderr=subprocess.DEVNULL)
    for line in process.stdout:
        if line.startswith("READY"):
            elapsed = time.perf_counter() - started
            process.wait()
            return elapsed, line.split()[1:]
    raise RuntimeError("process ended without showing its window")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", type=Path, default=Path(tempfile.gettempdir()) / "counter-app-bench-startup")
    args = parser.parse_args()
    prepare(args.data_dir)
    app_code = APP.replace("HEAVY", repr(HEAVY))
    measure(FLOOR)  # warm the file cache for both, and write our bytecode caches
    measure(app_code, str(args.data_dir))
    floors, apps = [], []
    for _ in range(args.runs):
        floors.append(measure(FLOOR))
        apps.append(measure(app_code, str(args.data_dir)))
    floor = statistics.median(t for t, _ in floors)
    app = statistics.median(t for t, _ in apps)
    floor_mb = statistics.median(int(info[0]) for _, info in floors) / 1024
    app_mb = statistics.median(int(info[0]) for _, info in apps) / 1024
    heavy, rows = apps[-1][1][1], apps[-1][1][2]
    print(f"conversations in database: {CONVERSATIONS} (list shows {rows} rows)")
    print(f"floor (bare PySide6 window): {floor:.3f} s, {floor_mb:.0f} MB")
    print(f"app (main window usable):    {app:.3f} s, {app_mb:.0f} MB")
    print(f"heavy modules loaded before the window: {heavy}")
    print(f"ratio: {app / floor:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
