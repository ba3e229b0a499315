"""The look: the colours that carry meaning stay readable in a light and a dark palette, and
a French session shows no English on any page or dialog."""

import re
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QWidget,
)

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.resources import resource, texts
from salescoach.ui.dialogs.common import error_label
from salescoach.ui.main_window import MainWindow
from salescoach.ui.theme import apply_theme, banner_colours, change_colour, contrast
from salescoach.ui.translations import install_translations
from tests.helpers import add_activity, add_contact, add_opportunity
from tests.ui.actions import settled

READABLE = 4.5  # WCAG AA for body text
NOW = datetime(2026, 11, 25, 10, 30)


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def busy_day(store):
    def fill(session):
        marie = add_contact(session, "Marie Dupont", phone="+33 6 12 34 56 78")
        deal = add_opportunity(
            session,
            marie,
            (Stage.SUSPECT, NOW - timedelta(days=40)),
            (Stage.NEGOTIATION, NOW - timedelta(days=20)),
            title="Four",
        )
        add_activity(
            session,
            marie,
            ActivityKind.VISIT,
            ActivityStatus.DONE,
            NOW - timedelta(days=30),
            deal,
            needs="Un four",
        )
        overdue = add_activity(
            session, marie, ActivityKind.CALL, ActivityStatus.PLANNED, NOW - timedelta(days=2), deal
        )
        visit = add_activity(
            session, marie, ActivityKind.VISIT, ActivityStatus.PLANNED, NOW.replace(hour=15), deal
        )
        return {"contact": marie, "overdue": overdue, "visit": visit, "deal": deal}

    return store.apply(fill).result


@pytest.fixture
def themed(qapp):
    chosen = []

    def use(theme: str) -> None:
        chosen.append(theme)
        apply_theme(qapp, theme)

    yield use
    apply_theme(qapp, "system")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_meaningful_colours_read_on_the_palette(
    qtbot, themed, theme, operations, bus, settings, clock, busy_day
):
    themed(theme)
    window = MainWindow(operations, bus, settings, clock)
    qtbot.addWidget(window)
    window.show()
    palette = QApplication.palette()
    assert (palette.color(QPalette.ColorRole.Window).lightness() < 128) == (theme == "dark")
    window.show_page(window.follow_ups)
    model = window.follow_ups.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and model.row(0) is not None)
    row_background = model.index(0, 3).data(Qt.ItemDataRole.BackgroundRole).color()
    assert contrast(row_background, palette.color(QPalette.ColorRole.Text)) >= READABLE
    window.show_page(window.today)
    qtbot.waitUntil(lambda: window.today.view is not None)
    overdue = window.today.board.lists["overdue"].topLevelItem(0).foreground(0).color()
    assert contrast(overdue, palette.color(QPalette.ColorRole.Base)) >= READABLE
    error = error_label(window)
    error_colour = re.search(r"#[0-9a-f]{6}", error.styleSheet()).group(0)
    assert (
        contrast(error.palette().color(QPalette.ColorRole.Window), type(overdue)(error_colour))
        >= READABLE
    )
    background, text = banner_colours()
    assert contrast(background, text) >= READABLE
    for change in (1, -1, 0):
        assert (
            contrast(type(overdue)(change_colour(change)), palette.color(QPalette.ColorRole.Window))
            >= READABLE
        )


def _english_only() -> tuple[set[str], list[re.Pattern[str]]]:
    """The UI's English texts whose French differs: whole texts, and templates as patterns."""
    plain, patterns = set(), []
    tree = ET.parse(resource("translations", "salescoach_fr.ts"))
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = "".join(message.find("translation").itertext())
        if message.get("numerus") == "yes" or _bare(source) == _bare(translation):
            continue
        if re.search(r"\{\w+\}|%\d", source):
            fixed = re.split(r"\{\w+\}|%\d", _bare(source))
            if sum(len(re.findall(r"[A-Za-z]{3,}", part)) for part in fixed) >= 2:
                patterns.append(re.compile("^" + ".+".join(map(re.escape, fixed)) + "$"))
        elif re.search(r"[A-Za-z]{3,}", source):
            plain.add(_bare(source))
    return plain, patterns


def _bare(text: str) -> str:
    """Without mnemonics and shortcuts: what the rep reads."""
    return re.sub(r"&(?=\w)", "", text).split("\t")[0].strip()


def _texts(widget: QWidget) -> list[str]:
    """What the rep can read on a window or dialog: titles, labels, buttons, tabs, menus,
    column headers, placeholders, combo entries."""
    found = [widget.windowTitle()]
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QLabel | QAbstractButton):
            found.append(child.text())
        elif isinstance(child, QGroupBox):
            found.append(child.title())
        elif isinstance(child, QLineEdit):
            found.append(child.placeholderText())
        elif isinstance(child, QComboBox):
            found += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QTabWidget):
            found += [child.tabText(i) for i in range(child.count())]
        elif isinstance(child, QListWidget):
            found += [child.item(i).text() for i in range(child.count())]
        elif isinstance(child, QTreeWidget):
            header = child.headerItem()
            found += [header.text(c) for c in range(header.columnCount())]
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            found += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount(QModelIndex()))
            ]
        elif isinstance(child, QTextBrowser):
            found += child.toPlainText().splitlines()
    return [_bare(re.sub(r"<[^>]+>", "", text)) for text in found if text]


def test_a_french_session_shows_no_english(qtbot, qapp, operations, bus, settings, clock, busy_day):
    plain, patterns = _english_only()
    sheet_words = _english_sheet_words()
    install_translations(qapp, "fr_FR")
    try:
        window = MainWindow(operations, bus, settings, clock)
        qtbot.addWidget(window)
        window.show()
        seen: dict[str, list[str]] = {}
        opened: list[QDialog] = []
        window.launcher.opened.connect(opened.append)
        for page in window.pages:
            window.show_page(page)
            settled(qtbot, window)
            seen[page.objectName()] = _texts(window)
        for action in window.menuBar().actions():
            seen["menus"] = [*seen.get("menus", []), _bare(action.text())]
            seen["menus"] += [_bare(a.text()) for a in action.menu().actions() if a.text()]
        launcher = window.launcher
        for name, open_dialog in (
            ("contact", launcher.new_contact),
            ("edit contact", lambda: launcher.edit_contact(busy_day["contact"])),
            ("opportunity", lambda: launcher.new_opportunity(busy_day["contact"])),
            ("log", lambda: launcher.log_activity(busy_day["contact"])),
            ("plan", lambda: launcher.plan_follow_up(busy_day["contact"])),
            ("reschedule", lambda: launcher.reschedule(busy_day["overdue"], NOW)),
            ("settings", launcher.settings_dialog),
            ("card", lambda: launcher.open_contact(busy_day["contact"])),
            ("reminder", lambda: launcher.open_reminder(busy_day["overdue"])),
            ("briefing", lambda: launcher.open_briefing(busy_day["visit"])),
            ("follow-ups", lambda: launcher.plan_follow_ups({busy_day["contact"]: "Marie"}, "x")),
        ):
            open_dialog()
            qtbot.waitUntil(lambda: bool(opened))
            dialog = opened.pop()
            settled(qtbot, window)
            seen[name] = _texts(dialog)
            if isinstance(dialog, QDialog):
                for tab in dialog.findChildren(QTabWidget):
                    for index in range(tab.count()):
                        tab.setCurrentIndex(index)
                        seen[f"{name} {index}"] = _texts(dialog)
            dialog.reject()
        english = {
            where: sorted(
                {
                    text
                    for text in texts_seen
                    if text in plain or text in sheet_words or any(p.match(text) for p in patterns)
                }
            )
            for where, texts_seen in seen.items()
        }
        assert {where: found for where, found in english.items() if found} == {}
        assert "Aujourd'hui" in " ".join(seen["todayPage"])  # the walk read French
    finally:
        install_translations(qapp, "en_GB")


def _english_sheet_words() -> set[str]:
    """The headings of the card and the briefing whose French differs."""
    english, french = texts("reports", "en"), texts("reports", "fr")
    return {
        value
        for section in ("story", "briefing", "today")
        for key, value in english[section].items()
        if value != french[section][key] and "{" not in value
    }


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("kind", ["check box", "radio button", "list item"])
def test_check_boxes_and_radio_buttons_show_on_the_palette(qtbot, themed, theme, kind):
    """Unticked, a box must still be seen (3:1 against what is around it, WCAG's figure for
    the parts of a control)."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QCheckBox, QListWidgetItem, QRadioButton, QStyle

    themed(theme)
    if kind == "list item":
        widget = QListWidget()
        item = QListWidgetItem("Marie Dupont", widget)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.resize(200, 60)
        around = widget.palette().color(QPalette.ColorRole.Base)
        area = widget.visualItemRect(item).translated(widget.viewport().pos())
        area = QRect(area.topLeft(), area.size()).adjusted(0, 0, -150, 0)
    else:
        widget = (QCheckBox if kind == "check box" else QRadioButton)("Already a customer")
        element = (
            QStyle.SubElement.SE_CheckBoxIndicator
            if kind == "check box"
            else QStyle.SubElement.SE_RadioButtonIndicator
        )
        around = widget.palette().color(QPalette.ColorRole.Window)
        widget.resize(widget.sizeHint())
        area = None
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    if area is None:
        from PySide6.QtWidgets import QStyleOptionButton

        option = QStyleOptionButton()
        widget.initStyleOption(option)
        area = widget.style().subElementRect(element, option, widget)
    image = widget.grab().toImage()
    best = max(
        contrast(image.pixelColor(x, y), around)
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    )
    assert best >= 3
