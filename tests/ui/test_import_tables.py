"""A rep's CSV export brought in from File ▸ Import, as a rep does it."""

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from salescoach.store.models import Contact
from tests.ui.actions import CTRL, press


def test_a_csv_export_comes_in_from_the_import_entry(qtbot, window, store, tmp_path, monkeypatch):
    export = tmp_path / "clients.csv"
    export.write_bytes(
        "Prénom;Nom;Société;Courriel\n"
        "Françoise;Lefèvre;Éclair;f@eclair.fr\n"
        "Jérôme;Dupré;Garage;jerome@\n".encode("cp1252")
    )
    offered: list[str] = []

    def choose(_parent, _title, _folder, filters):
        offered.append(filters)
        return str(export), ""

    monkeypatch.setattr("salescoach.ui.transfer.QFileDialog.getOpenFileName", choose)
    said: list[str] = []
    window.statusBar().messageChanged.connect(lambda text: said.append(text) if text else None)
    press(qtbot, window, Qt.Key.Key_I, CTRL)
    qtbot.waitUntil(lambda: any("imported" in text for text in said), timeout=15000)
    assert "*.csv" in offered[0] and "*.xlsx" in offered[0]
    with store.reader() as session:
        assert session.scalars(select(Contact.name)).all() == ["Françoise Lefèvre"]
        assert session.scalar(select(func.count(Contact.id))) == 1
    summary = next(text for text in said if "imported" in text)
    assert "skipped: line 3:" in summary and "jerome@" in summary
