"""The coach's thresholds in one place, with the reasoning behind each default."""

from dataclasses import dataclass
from datetime import date

from salescoach.core.funnel import Period
from salescoach.core.outcomes import WINDOW_DAYS


@dataclass(frozen=True, slots=True)
class CoachSettings:
    #: The funnel is read over this many days, against the same length just before.
    period_days: int = 90
    #: customers-for-granted: a customer with no completed activity for this long.
    customer_silence_days: int = 60
    #: rally-the-base: someone who referred others, not contacted for this long.
    referrer_silence_days: int = 30
    #: back-to-basics: the last 7 days against the average of this many weeks before ...
    basics_weeks: int = 8
    #: ... fire at or below this share of that average ...
    basics_share: float = 0.5
    #: ... and only when the average is a real habit (calls and visits a week).
    basics_min_average: float = 5.0
    #: know-your-customers: an early-stage file (suspect, prospect) stuck this long ...
    stale_early_days: int = 21
    #: ... that got at least this many activities in the last `effort_days` ...
    min_stale_effort: int = 5
    effort_days: int = 30
    #: ... while a file in approach or negotiation went untouched this long.
    untouched_late_days: int = 14
    #: The four ratio lessons: a ratio is weak when it fell by this share or more ...
    ratio_drop: float = 0.20
    #: ... with at least this many items under it in both periods (no noise from 1 of 2).
    min_ratio_base: int = 5
    #: social-selling: cold calls yielding at most this share of appointments ...
    cold_rate_max: float = 0.05
    #: ... over at least this many cold calls ...
    min_cold_calls: int = 20
    #: ... while warm contacts (referral, social, inbound) do this many times better.
    warm_factor: float = 2.0
    #: retention: a won deal with no activity since the order, after this many days.
    won_silence_days: int = 30
    #: loyalty-is-earned: overdue follow-ups that weigh double (customers, late stages) ...
    #: ... fire from this weighted total.
    min_overdue_weight: int = 2
    #: What worked: what happens this many days after a follow-up is put down to it.
    outcome_days: int = WINDOW_DAYS

    def period(self, today: date) -> Period:
        """The coach's period: the `period_days` ending `today`, read against as many days
        before. The Coach panel, Today's tip and week, and `salescoach tips` all read it,
        so Settings' "Compare periods of" changes every one of them."""
        return Period.ending(today, self.period_days)
