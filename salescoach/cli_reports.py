"""The rep's figures from the command line: `funnel`, `plan`, `tips`, `today`, `briefing`.

Each prints what the window shows, from the same query layer and the same words."""

from pathlib import Path
from typing import Any

from salescoach.cli_args import Arguments, whole_number
from salescoach.cli_context import CliContext
from salescoach.core.errors import UserError


def add_commands(commands: Any, arguments: Arguments) -> None:
    funnel = commands.add_parser("funnel", help="funnel counts and ratios for a period")
    plan = commands.add_parser("plan", help="what it takes to win N customers at your ratios")
    plan.add_argument("--target", type=arguments.target, required=True, metavar="N")
    for sub in (funnel, plan):
        arguments.period(sub)
    funnel.add_argument(
        "--cohort",
        action="store_true",
        help="the files new in the period, followed up to --today (default: the period's flow)",
    )
    funnel.set_defaults(run=funnel_command)
    plan.set_defaults(run=plan_command)
    tips = commands.add_parser("tips", help="the coach's tips from your own figures")
    tips.add_argument("--json", action="store_true", help="print one JSON object")
    tips.set_defaults(run=tips_command)
    today = commands.add_parser(
        "today", help="overdue and today's follow-ups, today's appointments, top tip, the week"
    )
    today.add_argument("--json", action="store_true", help="print one JSON object")
    today.set_defaults(run=today_command)
    briefing = commands.add_parser(
        "briefing", help="one page to read before a planned meeting or visit, as a PDF"
    )
    briefing.add_argument("activity", metavar="ACTIVITY-UID")
    briefing.add_argument("file", type=Path, metavar="FILE.pdf")
    briefing.set_defaults(run=briefing_command)
    week = commands.add_parser(
        "week",
        help="the week's plan: named people on named days, from your targets and the lessons",
        description="Who to call or visit this week and when, most important first: "
        "promises overdue, silent customers, referrers, wins with nothing since, late deals "
        "left waiting, then early files up to your calls target. --apply plans them.",
    )
    arguments.day(
        week,
        "--from",
        "first",
        "the week's first day (default: this week, or the next when this one is over)",
    )
    week.add_argument("--json", action="store_true", help="print one JSON object")
    week.add_argument(
        "--apply", action="store_true", help="plan every item as a follow-up (one transaction)"
    )
    week.set_defaults(run=week_command)
    outcomes = commands.add_parser(
        "outcomes",
        help="what acting on each lesson did: follow-ups done, appointments, deals moved, won",
    )
    arguments.period(outcomes)
    outcomes.add_argument(
        "--window",
        type=whole_number(365, arguments.language),
        metavar="DAYS",
        help="what follows within this many days counts (default or 0: Settings ▸ Coach)",
    )
    outcomes.set_defaults(run=outcomes_command)
    review = commands.add_parser(
        "review",
        help="the week's review: done against targets, the plan, ratios that moved, what worked",
    )
    arguments.day(review, "--week-of", "day", "any day of the week to review (default: this week)")
    review.add_argument("--json", action="store_true", help="print one JSON object")
    review.add_argument("--pdf", type=Path, metavar="FILE.pdf", help="write it as a PDF too")
    review.set_defaults(run=review_command)


def funnel_command(cli: CliContext) -> int:
    from salescoach.reports.funnel_tables import funnel_output, resolve_period

    args, today = cli.args, cli.clock.today()
    period = resolve_period(args.first, args.last, today)
    cohort_until = max(today, period.last) if args.cohort else None
    with cli.open_store() as store, store.reader() as session:
        print(funnel_output(session, period, args.json, cli.language, cohort_until))
    return 0


def plan_command(cli: CliContext) -> int:
    from salescoach.reports.funnel_tables import plan_output, resolve_period

    args = cli.args
    period = resolve_period(args.first, args.last, cli.clock.today())
    with cli.open_store() as store, store.reader() as session:
        print(plan_output(session, period, args.target, args.json, cli.language))
    return 0


def tips_command(cli: CliContext) -> int:
    from salescoach.reports.tips import tips_output

    with cli.open_store() as store, store.reader() as session:
        print(tips_output(session, cli.clock.today(), cli.language, cli.args.json))
    return 0


def today_command(cli: CliContext) -> int:
    from salescoach.reports.today import today_output

    with cli.open_store() as store, store.reader() as session:
        print(today_output(session, cli.clock.today(), cli.language, cli.args.json))
    return 0


def briefing_command(cli: CliContext) -> int:
    from salescoach.reports.briefing import SheetWords, briefing_for
    from salescoach.reports.sheets import write_pdf
    from salescoach.store.queries.customer_story import activity_id_of

    args, language = cli.args, cli.language
    if args.file.suffix.lower() != ".pdf":
        raise UserError("pdf_name")
    with cli.open_store() as store, store.reader() as session:
        activity = activity_id_of(session, args.activity)
        sheet = briefing_for(
            session, activity, cli.clock.today(), language, SheetWords.of(language)
        )
    write_pdf(sheet, args.file)
    print(cli.say("done.briefing", path=args.file))
    return 0


def week_command(cli: CliContext) -> int:
    from salescoach.reports.week import week_output
    from salescoach.store.queries.week_plan import plan_week
    from salescoach.usecases.planning import plan_and_apply

    args, now = cli.args, cli.clock.now()
    if args.apply:
        with cli.open_store() as store:
            plan, planned = plan_and_apply(store, now, args.first).result
            with store.reader() as session:
                print(week_output(session, plan, cli.language, args.json))
        if not args.json:
            print()
            print(planned.text(cli.language))
        return 0
    with cli.open_store() as store, store.reader() as session:
        print(week_output(session, plan_week(session, now, args.first), cli.language, args.json))
    return 0


def outcomes_command(cli: CliContext) -> int:
    from salescoach.reports.funnel_tables import resolve_period
    from salescoach.reports.outcomes import outcomes_output
    from salescoach.store.queries.outcomes import outcomes_and_window

    args = cli.args
    period = resolve_period(args.first, args.last, cli.clock.today())
    with cli.open_store() as store, store.reader() as session:
        found, window = outcomes_and_window(session, period, args.window)
    print(outcomes_output(found, period, window, cli.language, args.json))
    return 0


def review_command(cli: CliContext) -> int:
    from salescoach.reports.review import review_output, review_sheet
    from salescoach.reports.sheets import write_pdf
    from salescoach.store.preferences import coach_settings
    from salescoach.store.queries.week_review import week_review

    args, language = cli.args, cli.language
    if args.pdf is not None and args.pdf.suffix.lower() != ".pdf":
        raise UserError("pdf_name")
    with cli.open_store() as store, store.reader() as session:
        today = cli.clock.today()
        review = week_review(session, args.day or today, today)
        days = coach_settings(session).period_days
    print(review_output(review, language, days, args.json))
    if args.pdf is not None:
        write_pdf(review_sheet(review, language, days), args.pdf)
        if not args.json:
            print(cli.say("done.review", path=args.pdf))
    return 0
