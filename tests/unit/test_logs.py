"""The log never holds a customer's words: a bug is logged with our code's lines and the
exception's type, never its message, which a library fills with the value it choked on."""

import logging

from salescoach.logs import record_crash, withheld_traceback

NOTES = "Marie Dupont wants a quote"


def choke_on(notes: str) -> None:
    raise ValueError(f"{notes} cannot be used in worksheets.")


def test_a_crash_is_logged_without_the_value_a_library_quoted(caplog):
    caplog.set_level(logging.ERROR, logger="salescoach")
    notes = NOTES  # what the rep typed: the source lines logged never show it
    try:
        try:
            choke_on(notes)
        except ValueError as first:
            raise RuntimeError(f"export failed on {first}") from first
    except RuntimeError as error:
        report = record_crash(type(error), error, error.__traceback__)
    assert "Marie" not in report and "Marie" not in caplog.text
    assert "builtins.ValueError (message withheld" in report
    assert "builtins.RuntimeError (message withheld" in report
    assert report.index("ValueError") < report.index("RuntimeError")  # as Python tells it
    assert "in choke_on" in report


def test_a_chain_that_loops_ends():
    first, second = ValueError("a"), ValueError("b")
    first.__context__, second.__context__ = second, first
    assert withheld_traceback(first).count("ValueError") == 2
