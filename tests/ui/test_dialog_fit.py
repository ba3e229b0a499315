"""Every dialog on the smallest screen a rep has (1024x600, the suite's screen), in each
language: it fits with its buttons in sight, opens with the keyboard where the rep types
first (never on a button while there is a field to type in: a Space would click it), and
reopens at the size the rep gave it."""

import re
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.ui.dialogs.base import text_fields
from salescoach.ui.translations import install_translations
from salescoach.ui.window_geometry import FRAME_ALLOWANCE
from tests.helpers import add_activity, add_contact, add_opportunity
from tests.ui.actions import CTRL, SHIFT, click_row, press

NOW = datetime(2026, 11, 25, 10, 30)


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def day(store, tmp_path):
    def fill(session):
        marie = add_contact(session, "Marie Dupont", phone="+33 6 12 34 56 78")
        deal = add_opportunity(session, marie, (Stage.SUSPECT, NOW - timedelta(days=9)))
        visit = add_activity(
            session, marie, ActivityKind.VISIT, ActivityStatus.PLANNED, NOW + timedelta(hours=4)
        )
        call = add_activity(
            session, marie, ActivityKind.CALL, ActivityStatus.PLANNED, NOW - timedelta(days=1), deal
        )
        return {"contact": marie, "visit": visit, "call": call}

    found = store.apply(fill).result
    csv = tmp_path / "contacts.csv"
    csv.write_text("Name,Company,E-mail\nPaul Martin,Martin SA,paul@martin.example\n")
    return {**found, "csv": csv}


def _menu(window, name):
    return lambda qtbot: window.commands[name].trigger()


def _key(window, key, modifiers=Qt.KeyboardModifier.NoModifier, page=None, row=None):
    def open_it(qtbot):
        if page is not None:
            window.show_page(page)
            if row is not None:
                qtbot.waitUntil(lambda: page.model.rowCount() > row)
                click_row(qtbot, page.table, row)
        press(qtbot, window, key, modifiers)

    return open_it


def _openers(window, day):
    """Each dialog, opened as a rep opens it; with the field that must have the keyboard."""
    return {
        "new contact": (_key(window, Qt.Key.Key_N, CTRL), "name"),
        "edit contact": (_key(window, Qt.Key.Key_F2, page=window.contacts, row=0), "name"),
        "contact card": (_key(window, Qt.Key.Key_K, CTRL, page=window.contacts, row=0), None),
        "log for a contact": (
            _key(window, Qt.Key.Key_L, CTRL, page=window.contacts, row=0),
            "outcome",
        ),
        "log for nobody yet": (_key(window, Qt.Key.Key_L, CTRL, page=window.dashboard), "contact"),
        "plan for a contact": (
            _key(window, Qt.Key.Key_L, CTRL | SHIFT, page=window.contacts, row=0),
            "notes",
        ),
        "new opportunity": (
            _key(window, Qt.Key.Key_N, CTRL | SHIFT, page=window.contacts, row=0),
            "title",
        ),
        "mark done": (
            _key(window, Qt.Key.Key_D, CTRL, page=window.follow_ups, row=0),
            "outcome",
        ),
        "reschedule": (_key(window, Qt.Key.Key_R, CTRL, page=window.follow_ups, row=0), None),
        "briefing": (_key(window, Qt.Key.Key_B, CTRL, page=window.follow_ups, row=1), None),
        "settings": (_key(window, Qt.Key.Key_Comma, CTRL), None),
        "shortcuts": (_key(window, Qt.Key.Key_F1), None),
        "import wizard": (_menu(window, "import"), None),
        "import history": (_menu(window, "importHistory"), None),
        "backups": (_menu(window, "backups"), None),
        "join the team": (_menu(window, "syncNow"), "serverAddress"),
        "sync conflicts": (_menu(window, "syncConflicts"), None),
        "team figures": (_menu(window, "teamPage"), "serverAddress"),
        "reminder card": (lambda _qtbot: window.launcher.open_reminder(day["call"]), None),
        "plan my week": (_key(window, Qt.Key.Key_W, CTRL | SHIFT), "weekItems"),
        "plan follow-ups": (
            lambda _qtbot: window.launcher.plan_follow_ups({day["contact"]: "Marie"}, ""),
            "notes",
        ),
    }


def _new_dialog(before: set[QWidget]) -> QDialog | None:
    shown = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and w not in before
    ]
    return shown[-1] if shown else None


def _each_tab(dialog: QDialog):
    """The dialog as it is, then with each other tab of its tab widgets shown."""
    yield None
    for tabs in dialog.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield index


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _mnemonic_clashes(dialog: QDialog) -> list[str]:
    """Alt+letter given twice in one dialog: the second field can never be reached by it."""
    letters: dict[str, list[str]] = {}
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        texts = []
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            letter = _mnemonic(text)
            if letter is not None:
                letters.setdefault(letter, []).append(text)
    return [f"&{letter}: {' / '.join(t)}" for letter, t in letters.items() if len(t) > 1]


def _clipped(dialog: QDialog) -> list[str]:
    """Labels and buttons whose text does not fit them."""
    cut = []
    for widget in [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]:
        if not widget.isVisibleTo(dialog) or not widget.text():
            continue
        if isinstance(widget, QLabel) and (
            widget.wordWrap()
            or (widget.textFormat() != Qt.TextFormat.PlainText and "<" in widget.text())
        ):
            continue
        text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if "\n" in text:
            continue
        needed = widget.fontMetrics().boundingRect(text).width()  # with the last glyph's overhang
        room = widget.width() - widget.contentsMargins().left()  # painting stops at the edge
        if isinstance(widget, QAbstractButton):
            room -= 8  # the button's own margins
        if needed > room:
            cut.append(text)
    return cut


def _buttons_in_sight(dialog: QDialog) -> bool:
    inside = dialog.rect()
    return all(
        inside.contains(button.mapTo(dialog, button.rect().bottomRight()))
        for box in dialog.findChildren(QDialogButtonBox)
        if box.isVisibleTo(dialog)
        for button in box.buttons()
        if button.isVisibleTo(dialog)
    )


@pytest.mark.parametrize("language", ["en_GB", "fr_FR", "it_IT"])
def test_every_dialog_fits_the_small_screen_with_the_keyboard_in_its_first_field(
    qtbot, qapp, window, day, language, monkeypatch
):
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(day["csv"]), ""))
    )
    install_translations(qapp, language)
    try:
        screen = qapp.primaryScreen().availableGeometry()
        assert (screen.width(), screen.height()) == (1024, 600)
        room = screen.size() - QSize(*FRAME_ALLOWANCE)
        problems: dict[str, list[str]] = {}
        for name, (open_dialog, field) in _openers(window, day).items():
            before = set(QApplication.topLevelWidgets())
            open_dialog(qtbot)
            qtbot.waitUntil(lambda b=before: _new_dialog(b) is not None)
            dialog = _new_dialog(before)
            qtbot.waitUntil(dialog.isActiveWindow)
            said = []
            if dialog.width() > room.width() or dialog.height() > room.height():
                said.append(f"{dialog.width()}x{dialog.height()} is bigger than the screen")
            if not _buttons_in_sight(dialog):
                said.append("its buttons are cut off")
            focus = QApplication.focusWidget()
            if text_fields(dialog) and isinstance(focus, QAbstractButton):
                said.append(f"opens with the keyboard on the button {focus.text()!r}")
            if field is not None and (focus is None or focus.objectName() != field):
                said.append(f"opens in {focus and focus.objectName()!r}, not {field!r}")
            for _tab in _each_tab(dialog):
                said += [f"Alt+letter twice: {clash}" for clash in _mnemonic_clashes(dialog)]
                said += [f"cut off: {text!r}" for text in _clipped(dialog)]
            if said:
                problems[name] = said
            dialog.reject()
            qtbot.waitUntil(lambda d=dialog: not d.isVisible())
        print(language, problems)
        assert problems == {}
    finally:
        install_translations(qapp, "en_GB")


def test_a_dialog_reopens_at_the_size_the_rep_gave_it(qtbot, window, settings, day):
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    first = _new_dialog(set())
    first.resize(first.width() + 60, first.height() + 40)
    given = first.size()
    first.reject()
    qtbot.waitUntil(lambda: not first.isVisible())
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: _new_dialog({first}) is not None)
    assert _new_dialog({first}).size() == given


def test_a_remembered_size_too_big_for_this_screen_is_shrunk_to_it(qtbot, window, settings):
    settings.setValue("dialogs/shortcutsDialog/size", QSize(1600, 1200))
    press(qtbot, window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: _new_dialog(set()) is not None)
    dialog = _new_dialog(set())
    room = window.screen().availableGeometry().size() - QSize(*FRAME_ALLOWANCE)
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
