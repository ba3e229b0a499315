"""Locating the files under resources/ (tips, translations, icons), in a checkout or a bundle."""

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller
    base = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return base / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
