"""Entry script of the PyInstaller bundle: the same `counter-app` command as the pip-installed one."""

import sys

from counter_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
