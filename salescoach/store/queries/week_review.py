"""The rows of the week's review (`core.week_review`), from the queries Today, the funnel and
What worked already use: one definition of each figure."""

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salescoach.core.domain import ActivityStatus
from salescoach.core.funnel import Period, ratios_of
from salescoach.core.week_review import LessonWeek, WeekReview
from salescoach.store.models import Activity
from salescoach.store.preferences import coach_settings
from salescoach.store.queries.agenda import this_week
from salescoach.store.queries.funnel import count_if, funnel_counts
from salescoach.store.queries.outcomes import outcomes_and_window


def week_review(session: Session, day: date, today: date | None = None) -> WeekReview:
    """The review of the week (Monday to Sunday) around `day`, as it stands on `today`: the
    ratios are read up to today when the week is not over."""
    week = this_week(session, day)
    until = min(week.last, today) if today is not None else week.last
    period = Period(week.first, week.last)
    # the lessons' follow-ups of the week, through their own index (lesson, at)
    lessons = session.execute(
        select(
            Activity.lesson,
            func.count(),
            count_if(Activity.status == ActivityStatus.DONE),
        )
        .where(Activity.lesson > "", Activity.at >= period.start, Activity.at < period.end)
        .group_by(Activity.lesson)
        .order_by(Activity.lesson)
    ).all()
    settings = coach_settings(session)
    now = ratios_of(funnel_counts(session, settings.period(until)))
    before = ratios_of(funnel_counts(session, settings.period(until - timedelta(days=7))))
    found, window = outcomes_and_window(session, period, settings.outcome_days)
    return WeekReview(
        week,
        tuple(LessonWeek(lesson, planned, done or 0) for lesson, planned, done in lessons),
        now,
        before,
        tuple(found),
        window,
    )
