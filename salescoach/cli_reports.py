"""The rep's figures from the command line: `funnel`, `plan`, `tips`, `today`, `briefing`.

Each prints what the window shows, from the same query layer and the same words."""

from pathlib import Path
from typing import Any

from salescoach.cli_args import Arguments
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
