"""Locating the files under resources/ (tips, translations, icons), in a checkout or a bundle."""

import sys
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

#: The product languages; texts fall back to English.
LANGUAGES = ("en", "fr", "it")


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller
    base = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return base / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@cache
def texts(folder: str, language: str) -> dict[str, Any]:
    """resources/<folder>/<language>.toml, or the English file for another language."""
    language = language if language in LANGUAGES else "en"
    with resource(folder, f"{language}.toml").open("rb") as file:
        return {"language": language, **tomllib.load(file)}
