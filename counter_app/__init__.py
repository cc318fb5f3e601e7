"""Counter Assistant (Schalterassistent): guided residence-permit conversations at the counter."""

__version__ = "0.1.0"
APP_NAME = "counter-app"
