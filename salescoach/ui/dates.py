"""Python dates and times to Qt's and back.

PySide6 converts `date` and `datetime` on its own at run time, but its type stubs do not
say so; these few functions say it once, so the type checker sees every conversion.

The app's times are the rep's wall clock, with no zone (a visit at 02:30 is at 02:30). Qt's
are in a zone, local time unless told otherwise, where the night the clocks go forward has
no 02:30: a QDateTime made of one moved it to 03:30, and a dialog opened on such an
activity saved it an hour later. Ours are in UTC, where every wall-clock time exists once;
a date-time field works in it too (`WALL_CLOCK`).
"""

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

#: The zone of the app's QDateTimes and date-time fields: one with no change of clock.
WALL_CLOCK = QTimeZone.utc()


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(
        qdate(moment.date()),
        QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000),
        WALL_CLOCK,
    )


def py_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def py_datetime(moment: QDateTime) -> datetime:
    day, time = moment.date(), moment.time()
    return datetime(
        day.year(),
        day.month(),
        day.day(),
        time.hour(),
        time.minute(),
        time.second(),
        time.msec() * 1000,
    )
