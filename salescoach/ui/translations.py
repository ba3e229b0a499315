"""Installing the UI's translation (ours and Qt's own) for a language, or the system's."""

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from salescoach.resources import resource

_installed: list[QTranslator] = []


def install_translations(app: QApplication, language: str | None) -> None:
    """Translate the UI into `language` (or the system's), replacing any earlier choice."""
    while _installed:
        app.removeTranslator(_installed.pop())
    locale = QLocale(language) if language else QLocale.system()
    if locale.language() == QLocale.Language.C:  # no locale configured: read like a Briton
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("qtbase_extra", str(resource("translations"))),  # what qtbase leaves in English
        ("salescoach", str(resource("translations"))),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
