"""A printed page's content as plain data, and its renderings: HTML for the GUI (Qt shows
and prints it), an A4 PDF drawn with matplotlib for the command line and "Save as PDF", and
plain lines for the terminal.

The visit briefing and the customer's story are sheets: whatever builds one decides the
words; this module only lays them out.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from textwrap import wrap
from typing import TYPE_CHECKING, BinaryIO

from salescoach.core.text import printable
from salescoach.interchange.files import write_atomically
from salescoach.reports import matplotlib_imports

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    detail: str = ""  # a second, quieter paragraph: the needs, the outcome
    link: str = ""  # the GUI follows it ("contact:12"); the PDF ignores it


@dataclass(frozen=True, slots=True)
class Section:
    heading: str
    lines: Sequence[Line]
    empty: str = ""  # said when there are no lines


@dataclass(frozen=True, slots=True)
class Sheet:
    title: str
    subtitle: str = ""
    facts: Sequence[tuple[str, str]] = ()  # label, value: the card's header
    sections: Sequence[Section] = field(default_factory=tuple)


# -- HTML ------------------------------------------------------------------------------------
def sheet_html(sheet: Sheet, quiet: str = "#666666") -> str:
    """Rich text for QTextBrowser/QTextDocument; colours come from the caller's palette."""
    parts = [f"<h2>{escape(sheet.title)}</h2>"]
    if sheet.subtitle:
        parts.append(f"<p><b>{escape(sheet.subtitle)}</b></p>")
    if sheet.facts:
        rows = "".join(
            f"<tr><td style='color:{quiet}; padding-right:12px'>{escape(label)}</td>"
            f"<td>{_multiline(value)}</td></tr>"
            for label, value in sheet.facts
            if value
        )
        parts.append(f"<table cellspacing='2'>{rows}</table>")
    for section in sheet.sections:
        parts.append(f"<h3>{escape(section.heading)}</h3>")
        if not section.lines:
            parts.append(f"<p style='color:{quiet}'>{escape(section.empty)}</p>")
            continue
        items = []
        for line in section.lines:
            text = escape(line.text)
            if line.link:
                text = f"<a href='{escape(line.link)}'>{text}</a>"
            if line.detail:
                text += f"<br/><span style='color:{quiet}'>{_multiline(line.detail)}</span>"
            items.append(f"<li style='margin-bottom:4px'>{text}</li>")
        parts.append(f"<ul style='margin-left:-16px'>{''.join(items)}</ul>")
    return "\n".join(parts)


def sheet_text(sheet: Sheet) -> str:
    """A sheet as plain lines for the terminal."""
    lines = [sheet.title]
    if sheet.subtitle:
        lines.append(sheet.subtitle)
    lines.append("")
    width = max((len(label) for label, _value in sheet.facts), default=0) + 2
    lines += [f"  {label:<{width}}{value}" for label, value in sheet.facts]
    for section in sheet.sections:
        lines += ["", section.heading]
        if not section.lines:
            lines.append(f"  {section.empty}")
        for line in section.lines:
            lines.append(f"  {line.text}")
            lines += [f"      {detail}" for detail in line.detail.splitlines()]
    return "\n".join(lines)


def _multiline(text: str) -> str:
    return "<br/>".join(escape(line) for line in text.strip().splitlines())


# -- PDF -------------------------------------------------------------------------------------
A4 = (8.27, 11.69)  # inches
MARGIN = 0.08  # of the page's width and height
LINE = 0.0165  # a line's height, as a share of the page
WIDTH = 92  # characters of body text per line


def write_pdf(sheet: Sheet, path: Path, charts: "Callable[[Figure], None] | None" = None) -> None:
    """The sheet on as many A4 pages as it needs, then a page `charts` draws on, if given;
    written atomically."""
    write_atomically(path, lambda stream: _draw(sheet, stream, charts))


def _draw(sheet: Sheet, stream: BinaryIO, charts: "Callable[[Figure], None] | None") -> None:
    matplotlib_imports.load()
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    with PdfPages(stream, metadata={"Title": sheet.title, "Creator": "SalesCoach"}) as pdf:
        figures: list[Figure] = []

        def page() -> Figure:
            figure = Figure(figsize=A4)
            figures.append(figure)
            return figure

        figure = page()
        y = 1 - MARGIN

        def put(
            text: str,
            size: float = 10,
            weight: str = "normal",
            colour: str = "#000000",
            indent: float = 0,
        ) -> None:
            nonlocal figure, y
            height = LINE * size / 10
            if y - height < MARGIN:
                figure, y = page(), 1 - MARGIN
            figure.text(
                MARGIN + indent,
                y,
                printable(text),  # no glyph for a control character a legacy note kept
                fontsize=size,
                fontweight=weight,
                color=colour,
                va="top",
            )
            y -= height

        for text in wrap(sheet.title, WIDTH // 2 + 4):  # a long title wraps, never runs off
            put(text, 18, "bold")
        y -= LINE * 0.5
        if sheet.subtitle:
            for text in wrap(sheet.subtitle, WIDTH - 10):
                put(text, 12, "bold")
            y -= LINE * 0.5
        for label, value in sheet.facts:
            for number, text in enumerate(_wrapped(value, WIDTH - 22)):
                put(f"{label if number == 0 else '':<1}", 10, colour="#555555")
                y += LINE
                put(text, 10, indent=0.2)
        for section in sheet.sections:
            y -= LINE * 0.6
            for text in wrap(section.heading, WIDTH * 3 // 4):
                put(text, 13, "bold")
            if not section.lines:
                for text in wrap(section.empty, WIDTH - 4):
                    put(text, 10, colour="#555555", indent=0.02)
            for line in section.lines:
                for number, text in enumerate(wrap(line.text, WIDTH - 4) or [""]):
                    put(("• " if number == 0 else "  ") + text, 10, indent=0.02)
                for text in _wrapped(line.detail, WIDTH - 8):
                    put(text, 9.5, colour="#444444", indent=0.05)
        if charts is not None:
            charts(page())
        for figure in figures:
            pdf.savefig(figure)


def _wrapped(text: str, width: int) -> list[str]:
    return [
        piece for paragraph in text.strip().splitlines() for piece in wrap(paragraph, width) or [""]
    ]
