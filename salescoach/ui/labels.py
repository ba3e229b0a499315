"""How the domain's words and values read on screen, translated."""

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from salescoach.core.domain import ActivityKind, ActivityStatus, Source, Stage


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def stage_label(stage: Stage) -> str:
    return {
        Stage.SUSPECT: _t("Suspect"),
        Stage.PROSPECT: _t("Prospect"),
        Stage.APPROACH: _t("Approach"),
        Stage.NEGOTIATION: _t("Negotiation"),
        Stage.CONCLUSION: _t("Conclusion"),
        Stage.ORDER: _t("Order"),
        Stage.LOST: _t("Lost"),
    }[Stage(stage)]


def source_label(source: Source) -> str:
    return {
        Source.COLD_CALL: _t("Cold call"),
        Source.REFERRAL: _t("Referral"),
        Source.SOCIAL: _t("Social network"),
        Source.INBOUND: _t("Inbound"),
        Source.EVENT: _t("Event"),
        Source.OTHER: _t("Other"),
    }[Source(source)]


def kind_label(kind: ActivityKind) -> str:
    return {
        ActivityKind.CALL: _t("Call"),
        ActivityKind.EMAIL: _t("E-mail"),
        ActivityKind.SOCIAL: _t("Social message"),
        ActivityKind.MEETING: _t("Meeting"),
        ActivityKind.VISIT: _t("Visit"),
        ActivityKind.PROPOSAL: _t("Proposal"),
        ActivityKind.NOTE: _t("Note"),
    }[ActivityKind(kind)]


def status_label(status: ActivityStatus) -> str:
    return {
        ActivityStatus.PLANNED: _t("Planned"),
        ActivityStatus.DONE: _t("Done"),
        ActivityStatus.NO_SHOW: _t("No-show"),
        ActivityStatus.CANCELLED: _t("Cancelled"),
    }[ActivityStatus(status)]


def when_text(value: datetime | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    day = locale.toString(value.date(), QLocale.FormatType.ShortFormat)
    if value.time() == datetime.min.time():
        return day
    return f"{day} {value:%H:%M}"


def day_text(value: date) -> str:
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)


def money_text(value: float, currency: str) -> str:
    return QLocale().toCurrencyString(float(value), _symbol(currency), 0).replace("\xa0", " ")


def totals_text(values: dict[str, float]) -> str:
    """'€45,300 + £3,000' for a column that mixes currencies."""
    if not values:
        return money_text(0, "EUR")
    return " + ".join(money_text(total, code) for code, total in sorted(values.items()))


def _symbol(currency: str) -> str:
    return {"EUR": "€", "GBP": "£", "USD": "$", "CHF": "CHF "}.get(currency, f"{currency} ")
