"""Set-up in one command: `python3 dev.py run` installs and starts the app, `python3 dev.py test`
installs and runs the tests. Both create (or reuse) a virtual environment in .venv/.

Why a script and not a bare `pip install`: argostranslate declares stanza (and so torch, several
GB) as a dependency although the app never uses it; we install argostranslate without its
dependencies and list the ones it really needs in pyproject.toml (extra "translation").
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("COUNTER_APP_VENV", ROOT / ".venv"))
ARGOS = "argostranslate==1.11.0"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def pip(*args: str) -> None:
    subprocess.run([str(venv_python()), "-m", "pip", "install", "--disable-pip-version-check", "-q", *args],
                   check=True)


def install(extras: str) -> None:
    if not venv_python().exists():
        print(f"Creating virtual environment in {VENV} …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Installing counter-app and its dependencies …", flush=True)
    pip("-e", f"{ROOT}[{extras}]")
    pip("--no-deps", ARGOS)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "run"
    if command == "run":
        install("translation")
        script = VENV / ("Scripts/counter-app.exe" if os.name == "nt" else "bin/counter-app")
        return subprocess.call([str(script), *argv[1:]])
    if command == "test":
        install("translation,test")
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        return subprocess.call([str(venv_python()), "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
