"""The dashboard's report button: a PDF of the period on screen, drawn on a worker."""

from pypdf import PdfReader

from tests.ui.actions import click


def test_the_report_button_saves_the_period_on_screen(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "bilan"  # no extension typed: .pdf is added
    monkeypatch.setattr(
        "salescoach.ui.views.dashboard_page.QFileDialog.getSaveFileName",
        lambda *_a, **_k: (str(target), ""),
    )
    dashboard = window.dashboard
    window.show_page(dashboard)
    said: list[str] = []
    dashboard.announce.connect(said.append)
    click(qtbot, dashboard.report_button)
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    saved = target.with_suffix(".pdf")
    assert said == [f"Exported to {saved}."]
    first = PdfReader(saved).pages[0].extract_text()
    assert "SalesCoach report" in first
    period = dashboard.picker.period()
    assert period.last.strftime("%d/%m/%Y") in first
    assert dashboard.report_button.text().replace("&", "") == "Report (PDF)…"
