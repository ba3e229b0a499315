"""File ▸ Import history: the rep sees each import and takes one back, as a rep does."""

import json

from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from salescoach.interchange.files import import_file
from salescoach.store.models import Contact
from tests.ui.actions import answer, click, menu_entry


def open_history(window):
    """File ▸ Import history, as the rep chooses it: the dialog it opens."""
    menu_entry(window, "fileMenu", "importHistory").trigger()
    return next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "importHistoryDialog" and w.isVisible()
    )


def test_undo_an_import_from_its_history(qtbot, window, store, tmp_path):
    first, second = tmp_path / "fair.csv", tmp_path / "phone.csv"
    first.write_text("Name,Email\nAda Lovelace,ada@engines.uk\nAlan Turing,alan@bletchley.uk\n")
    second.write_text("Name\nGrace Hopper\n")
    import_file(store, first)
    import_file(store, second)
    dialog = open_history(window)
    table = dialog.table
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=10000)
    assert [table.item(r, 0).text() for r in range(2)] == ["phone.csv", "fair.csv"]
    assert [table.item(1, c).text() for c in (2, 3, 4, 5)] == ["2", "0", "0", "0"]
    assert not dialog.undo_button.isEnabled()
    table.selectRow(1)
    assert dialog.undo_button.isEnabled()
    click(qtbot, dialog.undo_button)
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "confirmUndoImport")
    assert "fair.csv" in box.text() and "2 new contacts" in box.text()
    answer(qtbot, box, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: "Undid" in dialog.said.text(), timeout=10000)
    assert "2 contacts, 0 opportunities and 0 activities removed" in dialog.said.text()
    with store.reader() as session:
        assert session.scalars(select(Contact.name)).all() == ["Grace Hopper"]
    qtbot.waitUntil(lambda: "(undone" in table.item(1, 1).text(), timeout=10000)
    table.selectRow(1)
    assert not dialog.undo_button.isEnabled()  # taken back once, not twice
    dialog.reject()


def test_a_salescoach_file_import_is_listed_with_its_opportunities(qtbot, window, store, tmp_path):
    document = {
        "format": "salescoach",
        "version": 1,
        "contacts": [{"id": "c1", "name": "Ada Lovelace", "source": "referral"}],
        "opportunities": [
            {
                "id": "o1",
                "contact": "c1",
                "title": "Engine",
                "value": 1000,
                "stages": [{"stage": "suspect", "at": "2026-11-02T09:00:00"}],
            }
        ],
        "activities": [],
    }
    path = tmp_path / "office.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    import_file(store, path)
    dialog = open_history(window)
    table = dialog.table
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=10000)
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    row = dict(zip(headers, (table.item(0, c).text() for c in range(len(headers))), strict=True))
    assert (row["File"], row["New contacts"], row["New opportunities"]) == ("office.json", "1", "1")
    dialog.reject()
