"""File ▸ Export offers every format the command line writes, each table's CSV and the
PDF report included, and says what it did with the command line's own sentence."""

import csv
from datetime import datetime

import pytest
from pypdf import PdfReader

from salescoach.core.domain import ActivityKind, ActivityStatus
from salescoach.usecases.exporting import EXPORTS, FORMATS
from tests.helpers import add_activity, add_contact


def test_every_extension_the_command_line_writes_is_offered():
    assert {kind.suffix for kind in FORMATS} == set(EXPORTS)
    assert {kind.table for kind in FORMATS if kind.suffix == ".csv"} == {
        "contacts",
        "opportunities",
        "activities",
    }


@pytest.mark.parametrize("key", ["csv_activities", "pdf"])
def test_the_menu_writes_the_chosen_format(qtbot, window, store, tmp_path, monkeypatch, key):
    with store.session() as session:
        marie = add_contact(session, "Marie Dupont")
        add_activity(session, marie, ActivityKind.CALL, ActivityStatus.DONE, datetime(2026, 12, 1))
    chosen = next(kind for kind in FORMATS if kind.key == key)
    offered: list[str] = []
    target = tmp_path / "out"  # no extension typed: the chosen format's is added

    def save_dialog(_parent, _title, _name, filters):
        offered.extend(filters.split(";;"))
        return str(target), chosen.label("en")

    monkeypatch.setattr("salescoach.ui.transfer.QFileDialog.getSaveFileName", save_dialog)
    window.commands["export"].trigger()
    written = target.with_suffix(chosen.suffix)
    qtbot.waitUntil(lambda: written.exists(), timeout=20000)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"Exported to {written}.")
    assert len(offered) == len(FORMATS)
    assert "Activities as CSV (*.csv)" in offered
    if key == "pdf":
        assert "SalesCoach report" in PdfReader(written).pages[0].extract_text()
    else:
        rows = list(csv.reader(written.read_text(encoding="utf-8-sig").splitlines()))
        assert len(rows) == 2 and "Marie Dupont" in rows[1]
