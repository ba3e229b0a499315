"""Python dates and times to Qt's and back.

PySide6 converts `date` and `datetime` on its own at run time, but its type stubs do not
say so; these few functions say it once, so the type checker sees every conversion.
"""

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(
        qdate(moment.date()),
        QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000),
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
