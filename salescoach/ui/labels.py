"""How the domain's words and values read on screen, translated."""

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from salescoach.core.agenda import next_working_day
from salescoach.core.domain import ActivityKind, ActivityStatus, Source, Stage
from salescoach.core.numbers import percent_digits
from salescoach.ui.dates import qdate

if TYPE_CHECKING:
    from salescoach.reports.briefing import SheetWords

translate = QCoreApplication.translate


def stage_label(stage: Stage) -> str:
    return {
        Stage.SUSPECT: translate("Labels", "Suspect"),
        Stage.PROSPECT: translate("Labels", "Prospect"),
        Stage.APPROACH: translate("Labels", "Approach"),
        Stage.NEGOTIATION: translate("Labels", "Negotiation"),
        Stage.CONCLUSION: translate("Labels", "Conclusion"),
        Stage.ORDER: translate("Labels", "Order"),
        Stage.LOST: translate("Labels", "Lost"),
    }[Stage(stage)]


def source_label(source: Source) -> str:
    return {
        Source.COLD_CALL: translate("Labels", "Cold call"),
        Source.REFERRAL: translate("Labels", "Referral"),
        Source.SOCIAL: translate("Labels", "Social network"),
        Source.INBOUND: translate("Labels", "Inbound"),
        Source.EVENT: translate("Labels", "Event"),
        Source.OTHER: translate("Labels", "Other"),
    }[Source(source)]


def kind_label(kind: ActivityKind) -> str:
    return {
        ActivityKind.CALL: translate("Labels", "Call"),
        ActivityKind.EMAIL: translate("Labels", "E-mail"),
        ActivityKind.SOCIAL: translate("Labels", "Social message"),
        ActivityKind.MEETING: translate("Labels", "Meeting"),
        ActivityKind.VISIT: translate("Labels", "Visit"),
        ActivityKind.PROPOSAL: translate("Labels", "Proposal"),
        ActivityKind.NOTE: translate("Labels", "Note"),
    }[ActivityKind(kind)]


def status_label(status: ActivityStatus) -> str:
    return {
        ActivityStatus.PLANNED: translate("Labels", "Planned"),
        ActivityStatus.DONE: translate("Labels", "Done"),
        ActivityStatus.NO_SHOW: translate("Labels", "No-show"),
        ActivityStatus.CANCELLED: translate("Labels", "Cancelled"),
    }[ActivityStatus(status)]


def kind_status_label(kind: ActivityKind, status: ActivityStatus) -> str:
    """ "Visit (done)", the status agreeing with the kind as French and Italian make it
    ("Visite (faite)", "Visita (fatta)"); a planned one is its kind alone."""
    kind, status = ActivityKind(kind), ActivityStatus(status)
    if status is ActivityStatus.PLANNED:
        return kind_label(kind)
    return _KIND_STATUS[kind, status]()


Kind, Status = ActivityKind, ActivityStatus
_KIND_STATUS = {
    (Kind.CALL, Status.DONE): lambda: translate("KindStatus", "Call (done)"),
    (Kind.CALL, Status.NO_SHOW): lambda: translate("KindStatus", "Call (no answer)"),
    (Kind.CALL, Status.CANCELLED): lambda: translate("KindStatus", "Call (cancelled)"),
    (Kind.EMAIL, Status.DONE): lambda: translate("KindStatus", "E-mail (done)"),
    (Kind.EMAIL, Status.NO_SHOW): lambda: translate("KindStatus", "E-mail (no answer)"),
    (Kind.EMAIL, Status.CANCELLED): lambda: translate("KindStatus", "E-mail (cancelled)"),
    (Kind.SOCIAL, Status.DONE): lambda: translate("KindStatus", "Social message (done)"),
    (Kind.SOCIAL, Status.NO_SHOW): lambda: translate("KindStatus", "Social message (no answer)"),
    (Kind.SOCIAL, Status.CANCELLED): lambda: translate("KindStatus", "Social message (cancelled)"),
    (Kind.MEETING, Status.DONE): lambda: translate("KindStatus", "Meeting (done)"),
    (Kind.MEETING, Status.NO_SHOW): lambda: translate("KindStatus", "Meeting (no-show)"),
    (Kind.MEETING, Status.CANCELLED): lambda: translate("KindStatus", "Meeting (cancelled)"),
    (Kind.VISIT, Status.DONE): lambda: translate("KindStatus", "Visit (done)"),
    (Kind.VISIT, Status.NO_SHOW): lambda: translate("KindStatus", "Visit (no-show)"),
    (Kind.VISIT, Status.CANCELLED): lambda: translate("KindStatus", "Visit (cancelled)"),
    (Kind.PROPOSAL, Status.DONE): lambda: translate("KindStatus", "Proposal (done)"),
    (Kind.PROPOSAL, Status.NO_SHOW): lambda: translate("KindStatus", "Proposal (no answer)"),
    (Kind.PROPOSAL, Status.CANCELLED): lambda: translate("KindStatus", "Proposal (cancelled)"),
    (Kind.NOTE, Status.DONE): lambda: translate("KindStatus", "Note (done)"),
    (Kind.NOTE, Status.NO_SHOW): lambda: translate("KindStatus", "Note (no answer)"),
    (Kind.NOTE, Status.CANCELLED): lambda: translate("KindStatus", "Note (cancelled)"),
}


def next_day_label(today: date, mnemonic: bool = False) -> str:
    """What "the next working day" is called from `today`: "Tomorrow", or the day's name
    when a weekend comes between (on a Friday, "Monday", with no Alt+letter that could
    clash with the dialog's others)."""
    day = next_working_day(today)
    if day == today + timedelta(days=1):
        return translate("Labels", "&Tomorrow") if mnemonic else translate("Labels", "Tomorrow")
    return QLocale().standaloneDayName(day.isoweekday()).capitalize()


def date_format() -> str:
    """The language's short date, with the year in full: 26/11/2026, 26.11.2026, 11/26/2026."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def datetime_format() -> str:
    """What every list shows and every date field takes: one format across the app."""
    return f"{date_format()} HH:mm"


def when_text(value: datetime | None) -> str:
    """As `datetime_format` says, the time left out at midnight (a day, not a moment). The
    wall-clock time is written as it is, not through a QDateTime in local time: that cost a
    time-zone lookup per line (Today's 200 overdue lines, a list's every row) and would move
    a time that a change of clock skips (02:30 on the spring night) by an hour."""
    if value is None:
        return ""
    day = QLocale().toString(qdate(value.date()), date_format())
    return day if value.time() == datetime.min.time() else f"{day} {value:%H:%M}"


def day_text(value: date) -> str:
    return QLocale().toString(qdate(value), date_format())


def money_text(value: float, currency: str) -> str:
    return QLocale().toCurrencyString(float(value), _symbol(currency), 0).replace("\xa0", " ")


def totals_text(values: dict[str, float]) -> str:
    """'€45,300 + £3,000' for a column that mixes currencies."""
    if not values:
        return money_text(0, "EUR")
    return " + ".join(money_text(total, code) for code, total in sorted(values.items()))


def _symbol(currency: str) -> str:
    return {"EUR": "€", "GBP": "£", "USD": "$", "CHF": "CHF "}.get(currency, f"{currency} ")


def ratio_label(name: str) -> str:
    return {
        "qualification": translate("Labels", "Qualification"),
        "appointment": translate("Labels", "Appointment"),
        "proposal": translate("Labels", "Proposal"),
        "closing": translate("Labels", "Closing"),
        "overall": translate("Labels", "Overall"),
    }[name]


def count_label(name: str) -> str:
    return {
        "suspects": translate("Labels", "Suspects"),
        "prospects": translate("Labels", "Prospects"),
        "appointments_made": translate("Labels", "Appointments made"),
        "appointments_held": translate("Labels", "Appointments held"),
        "proposals": translate("Labels", "Proposals"),
        "won": translate("Labels", "Won"),
    }[name]


def percent_text(value: float | None) -> str:
    """'32%' ('4.5%' under ten), or '—' for a ratio that is undefined."""
    if value is None:
        return "—"
    number = QLocale().toString(value * 100, "f", percent_digits(value))
    return translate("Labels", "{value}%").format(value=number)


def points_text(change: float) -> str:
    """A ratio's change in percentage points, signed: '+4.0 pts'."""
    number = QLocale().toString(abs(change) * 100, "f", 1)
    sign = "+" if change > 0 else "−" if change < 0 else "±"
    return translate("Labels", "{sign}{value} pts").format(sign=sign, value=number)


def ratio_meaning(name: str) -> str:
    """What a ratio is made of and what it says about the rep's work (tooltips, coach)."""
    return {
        "qualification": translate(
            "Labels", "Prospects ÷ suspects: are the targets right, is the opening pitch good?"
        ),
        "appointment": translate(
            "Labels",
            "Appointments held ÷ appointments made: are meetings worth honouring for the customer?",
        ),
        "proposal": translate(
            "Labels", "Proposals ÷ appointments held: are needs understood and turned into offers?"
        ),
        "closing": translate("Labels", "Won ÷ proposals: negotiation and persuasion."),
        "overall": translate("Labels", "Won ÷ suspects: the whole chain."),
    }[name]


def language() -> str:
    """The UI's language ('en', 'fr', 'it'), as the installed translation set it."""
    return QLocale().name()[:2]


def sheet_words() -> "SheetWords":
    """The briefing's and the contact card's words in the UI's language, with dates and money
    the QLocale way."""
    from salescoach.reports.briefing import SheetWords

    words = SheetWords.of(language())
    return SheetWords(words.text, day_text, when_text, money_text)
