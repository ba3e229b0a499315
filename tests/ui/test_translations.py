"""French and Italian are product languages: every UI string must be translated."""

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from salescoach.resources import resource

LANGUAGES = ("fr", "it")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_ui_string_has_a_translation(language):
    tree = ET.parse(resource("translations", f"salescoach_{language}.ts"))
    untranslated = [
        message.findtext("source")
        for message in tree.iter("message")
        if message.find("translation").get("type") in ("unfinished", "obsolete")
        or not "".join(message.find("translation").itertext()).strip()
    ]
    assert untranslated == []


@pytest.mark.parametrize(("language", "expected"), [("fr", "Relances"), ("it", "Richiami")])
def test_compiled_catalogues_load_and_translate(qapp, language, expected):
    translator = QTranslator()
    assert translator.load(str(resource("translations", f"salescoach_{language}.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("FollowUpsPage", "Follow-ups") == expected
    finally:
        QCoreApplication.removeTranslator(translator)


def test_placeholders_survive_translation():
    for language in LANGUAGES:
        tree = ET.parse(resource("translations", f"salescoach_{language}.ts"))
        for message in tree.iter("message"):
            source = message.findtext("source")
            translation = "".join(message.find("translation").itertext())
            assert _placeholders(source) == _placeholders(translation), (language, source)


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{\w+\}|%n", text))
