"""The import wizard: a rep's CSV export seen, adjusted and brought in, as a rep does it."""

import csv
import time

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import func, select

from salescoach.interchange import contact_import
from salescoach.interchange.contact_writer import ContactWriter
from salescoach.store.models import Contact
from tests.ui.actions import CTRL, click, press

EXPORT = (
    "Prénom;Nom;Société;Courriel;Mémo\n"
    "Françoise;Lefèvre;Éclair;f@eclair.fr;cliente fidèle\n"
    "Jérôme;Dupré;Garage;jerome@;à rappeler\n"
    ";;Garage Sans Nom;contact@garage.fr;qui ?\n"
)


def open_wizard(qtbot, window, path, monkeypatch):
    """Ctrl+I, the file chosen: the wizard that opens."""
    monkeypatch.setattr(
        "salescoach.ui.transfer.QFileDialog.getOpenFileName", lambda *a, **k: (str(path), "")
    )
    press(qtbot, window, Qt.Key.Key_I, CTRL)
    return next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "importWizard" and w.isVisible()
    )


def wizard_for(qtbot, window, path, monkeypatch):
    wizard = open_wizard(qtbot, window, path, monkeypatch)
    qtbot.waitUntil(lambda: wizard.import_button.isEnabled(), timeout=15000)
    return wizard


def contact_names(store) -> list[str]:
    with store.reader() as session:
        return sorted(session.scalars(select(Contact.name)))


def test_the_wizard_shows_the_reading_the_mapping_and_what_will_happen(
    qtbot, window, store, tmp_path, monkeypatch
):
    export = tmp_path / "clients.csv"
    export.write_bytes(EXPORT.encode("cp1252"))
    wizard = wizard_for(qtbot, window, export, monkeypatch)
    assert "Windows-1252" in wizard.how.text() and "semicolon" in wizard.how.text()
    assert wizard.mapping() == ["first_name", "last_name", "company", "email", "ignore"]
    assert wizard.preview.item(0, 1).text() == "Françoise Lefèvre"
    assert wizard.preview.item(1, 1).text() == "Jérôme Dupré"  # without the broken e-mail
    assert wizard.preview.item(1, 3).text() == ""
    assert "cannot be read" in wizard.preview.item(2, 1).text()
    assert "2 new contacts" in wizard.summary.text()
    assert "1 value (a broken e-mail or phone" in wizard.summary.text()
    assert wizard.invalid.item(0).text().startswith("line 4:")
    assert wizard.invalid.item(1).text() == (
        "line 3, column 'Courriel', left out: 'jerome@' is not a valid e-mail address."
    )
    # the rep takes the last column as notes
    notes = wizard.columns.cellWidget(4, 2)
    notes.setCurrentIndex(notes.findData("notes"))
    qtbot.waitUntil(lambda: wizard.mapping()[4] == "notes")
    # and saves the rows to fix
    fix = tmp_path / "to-fix.csv"
    monkeypatch.setattr(
        "salescoach.ui.dialogs.import_wizard.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(fix), ""),
    )
    click(qtbot, wizard.save_invalid)
    qtbot.waitUntil(fix.exists, timeout=10000)
    rows = list(csv.reader(fix.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][-1] == "Why it was not imported"
    assert rows[1][2] == "Garage Sans Nom" and len(rows) == 2
    said: list[str] = []
    window.statusBar().messageChanged.connect(lambda text: said.append(text) if text else None)
    click(qtbot, wizard.import_button)
    qtbot.waitUntil(lambda: any("imported" in text for text in said), timeout=15000)
    assert contact_names(store) == ["Françoise Lefèvre", "Jérôme Dupré"]
    with store.reader() as session:
        notes = session.execute(select(Contact.name, Contact.notes, Contact.email)).all()
    assert sorted(tuple(n) for n in notes) == [
        ("Françoise Lefèvre", "cliente fidèle", "f@eclair.fr"),
        ("Jérôme Dupré", "à rappeler", ""),
    ]


def test_cancel_leaves_the_database_as_it_was(qtbot, threaded_window, store, tmp_path, monkeypatch):
    window = threaded_window
    export = tmp_path / "many.csv"
    export.write_text(
        "Name,Email\n" + "".join(f"Person {n},p{n}@example.com\n" for n in range(450)),
        encoding="utf-8",
    )
    monkeypatch.setattr(contact_import, "CHUNK", 10)  # look at Cancel often
    wizard = wizard_for(qtbot, window, export, monkeypatch)
    assert "450 new contacts" in wizard.summary.text()
    real = ContactWriter.flush_contacts

    def slow_flush(self):
        time.sleep(0.1)  # a long file: time for the rep to press Cancel
        return real(self)

    monkeypatch.setattr(ContactWriter, "flush_contacts", slow_flush)
    click(qtbot, wizard.import_button)
    cancel = None

    def cancel_shown() -> bool:
        nonlocal cancel
        cancel = wizard.findChild(QPushButton, "cancelImport")
        return cancel is not None and cancel.isVisible()

    qtbot.waitUntil(cancel_shown, timeout=15000)
    click(qtbot, cancel)
    qtbot.waitUntil(lambda: "cancelled" in wizard.summary.text(), timeout=15000)
    assert wizard.isVisible()
    with store.reader() as session:
        assert session.scalar(select(func.count(Contact.id))) == 0
    wizard.reject()


def test_a_file_dropped_on_the_window_opens_the_wizard(qtbot, window, tmp_path):
    export = tmp_path / "dropped.csv"
    export.write_text("Name\nAda Lovelace\n", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(export))])
    where = QPoint(10, 10)
    enter = QDragEnterEvent(
        where,
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)  # the drag comes over the window...
    assert enter.isAccepted()
    drop = QDropEvent(
        where.toPointF(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)  # ... and is let go
    wizard = next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "importWizard" and w.isVisible()
    )
    qtbot.waitUntil(lambda: wizard.import_button.isEnabled(), timeout=15000)
    assert "dropped.csv" in wizard.windowTitle()
    wizard.reject()


def test_a_workbook_sheet_is_chosen_in_the_wizard(qtbot, window, store, tmp_path, monkeypatch):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Notes"
    book.active.append(["Colour", "Size"])
    book.active.append(["red", 3])
    people = book.create_sheet("Clients")
    people.append(["Nome", "Cognome", "Azienda"])
    people.append(["Lucia", "Ferrà", "Ostù"])
    path = tmp_path / "book.xlsx"
    book.save(path)
    wizard = open_wizard(qtbot, window, path, monkeypatch)
    qtbot.waitUntil(lambda: "a contact needs a name" in wizard.summary.text(), timeout=15000)
    assert not wizard.import_button.isEnabled()
    wizard.sheet.setCurrentText("Clients")
    qtbot.waitUntil(lambda: wizard.import_button.isEnabled(), timeout=15000)
    assert "sheet 'Clients'" in wizard.how.text()
    click(qtbot, wizard.import_button)
    qtbot.waitUntil(lambda: contact_names(store) == ["Lucia Ferrà"], timeout=15000)


def test_an_activities_export_is_previewed_as_activities(
    qtbot, window, store, tmp_path, monkeypatch
):
    export = tmp_path / "agenda.csv"
    export.write_text(
        "Date,Type,Name,Email\n23/11/2026 10:30,Call,Ada Lovelace,ada@engines.uk\n",
        encoding="utf-8",
    )
    wizard = wizard_for(qtbot, window, export, monkeypatch)
    assert wizard.mapping() == ["date", "kind", "name", "email"]
    headers = [wizard.preview.horizontalHeaderItem(c).text() for c in range(7)]
    assert headers[4:] == ["When", "Kind", "Status"]
    assert wizard.preview.item(0, 5).text() == "Call"
    assert "1 new activity." in wizard.summary.text()
    click(qtbot, wizard.import_button)
    qtbot.waitUntil(lambda: contact_names(store) == ["Ada Lovelace"], timeout=15000)
