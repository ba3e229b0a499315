"""How the domain's words and values read on screen, translated."""

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from salescoach.core.domain import ActivityKind, ActivityStatus, Source, Stage

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


def when_text(value: datetime | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    day = locale.toString(value.date(), QLocale.FormatType.ShortFormat)
    if value.time() == datetime.min.time():
        return day
    return f"{day} {value:%H:%M}"


def money_text(value: float, currency: str) -> str:
    return QLocale().toCurrencyString(float(value), _symbol(currency), 0).replace("\xa0", " ")


def totals_text(values: dict[str, float]) -> str:
    """'€45,300 + £3,000' for a column that mixes currencies."""
    if not values:
        return money_text(0, "EUR")
    return " + ".join(money_text(total, code) for code, total in sorted(values.items()))


def _symbol(currency: str) -> str:
    return {"EUR": "€", "GBP": "£", "USD": "$", "CHF": "CHF "}.get(currency, f"{currency} ")
