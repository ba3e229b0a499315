"""`salescoach team …` and `salescoach sync`: the laptop's side of a team server.

Kept apart from `cli` so that a solo rep's commands never load any of it.
"""

import sys
from typing import Any

from salescoach.cli_args import Arguments
from salescoach.cli_context import CliContext
from salescoach.core.errors import UserError


def add_commands(commands: Any, arguments: Arguments) -> None:
    team = commands.add_parser("team", help="a team server: set it up, join it, its funnel")
    verbs = team.add_subparsers(dest="team_command", metavar="COMMAND", required=True)
    init = verbs.add_parser(
        "init",
        help="create or upgrade the team's schema on a PostgreSQL server, with its roles",
        description="Run with an administrator's URL. Each --rep and --manager gets a login "
        "role with a new password, printed once: give it to that person.",
    )
    init.add_argument("--server", required=True, metavar="URL")
    init.add_argument("--rep", action="append", default=[], metavar="NAME")
    init.add_argument("--manager", action="append", default=[], metavar="NAME")
    join = verbs.add_parser(
        "join", help="link this laptop to the team as a rep (the password is never stored in clear)"
    )
    join.add_argument("--server", required=True, metavar="URL")
    join.add_argument("--rep", required=True, metavar="NAME")
    funnel = verbs.add_parser("funnel", help="each rep's funnel and the team's (for a manager)")
    plan = verbs.add_parser("plan", help="what the team's target takes at the team's ratios")
    plan.add_argument("--target", type=arguments.target, required=True, metavar="N")
    week = verbs.add_parser(
        "week",
        help="each rep's week against their share of the team's target, and what the "
        "lessons' follow-ups did (for a manager, counts only)",
    )
    week.add_argument(
        "--target",
        type=arguments.target,
        default=10,
        metavar="N",
        help="the team's new customers a month, shared by the reps (default: 10)",
    )
    for sub in (funnel, plan, week):
        sub.add_argument("--server", metavar="URL", help="default: the server this laptop joined")
        arguments.period(sub)
    init.set_defaults(run=init_command)
    join.set_defaults(run=join_command)
    funnel.set_defaults(run=figures_command)
    plan.set_defaults(run=figures_command)
    week.set_defaults(run=figures_command)
    sync = commands.add_parser(
        "sync", help="send this laptop's changes to the team, get the team's"
    )
    sync.set_defaults(run=sync_command)


def _engine(url_text: str, cli: CliContext) -> Any:
    return _engine_asking(url_text, cli)[0]


def _engine_asking(url_text: str, cli: CliContext, ask: bool = True) -> tuple[Any, str | None]:
    """An engine on the server, its password from the URL, the keyring, libpq's own
    PGPASSWORD or ~/.pgpass, or asked for (not stored here); and the password asked."""
    from sqlalchemy import text

    from salescoach.store.team.link import keyring_password, server_engine, server_url
    from salescoach.store.team.server_errors import on_server

    url = server_url(url_text)
    engine = server_engine(url, keyring_password(url))
    try:
        with on_server(), engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return engine, None
    except UserError as error:
        if error.key != "server_login_failed" or not ask or not sys.stdin.isatty():
            raise
    password = cli.ask_secret("ask.login_password", user=url.username, host=url.host)
    return server_engine(url, password), password


def init_command(cli: CliContext) -> int:
    from salescoach.store.team.server import init_team
    from salescoach.store.team.server_errors import on_server

    args = cli.args
    with on_server():
        members = init_team(_engine(args.server, cli), args.rep, args.manager)
    print(cli.say("done.team_schema", server=args.server.split("@")[-1]))
    for member in members:
        print(
            cli.say(
                "done.team_member",
                kind=cli.say("done.team_manager" if member.manager else "done.team_rep"),
                name=member.name,
                role=member.role,
                password=member.password,
            )
        )
    return 0


def join_command(cli: CliContext) -> int:
    from salescoach.store.team.link import join_team, keep_password, server_url
    from salescoach.store.team.server_errors import on_server

    args = cli.args
    engine, password = _engine_asking(args.server, cli)
    url = server_url(args.server)
    with cli.open_store(create=True) as store, on_server():
        link = store.apply(lambda session: join_team(session, engine, url, args.rep)).result
    password = password or url.password  # typed, or given in the URL: kept in the keyring
    kept = password is not None and keep_password(url, password)
    print(cli.say("done.joined", server=link.server, rep=link.rep))
    if kept:
        print(cli.say("done.password_kept"))
    return 0


def sync_command(cli: CliContext) -> int:
    from salescoach.usecases.syncing import sync_with_team

    with cli.open_store() as store:
        try:
            synced = sync_with_team(store, cli.clock).result
        except UserError as error:
            if error.key != "server_login_failed" or not sys.stdin.isatty():
                raise
            password = cli.ask_secret("ask.server_password")
            synced = sync_with_team(store, cli.clock, password).result
    print(synced.text(cli.language))
    return 0


def figures_command(cli: CliContext) -> int:
    """`team funnel`, `team plan` and `team week`: the manager's figures, from the server."""
    from salescoach.core.outcomes import WINDOW_DAYS
    from salescoach.reports.funnel_tables import resolve_period
    from salescoach.reports.team_tables import (
        team_funnel_output,
        team_plan_output,
        team_week_output,
    )
    from salescoach.store.team.funnel import team_counts, team_weeks
    from salescoach.store.team.link import team_link
    from salescoach.store.team.server_errors import on_server

    args, language = cli.args, cli.language
    server = args.server
    if server is None:
        with cli.open_store() as store, store.reader() as session:
            link = team_link(session)
        if link is None:
            raise UserError("no_team")
        server = link.server
    today = cli.clock.today()
    period = resolve_period(args.first, args.last, today)
    if args.team_command == "week":
        with on_server():
            weeks = team_weeks(_engine(server, cli), today, period, args.target, WINDOW_DAYS)
        print(team_week_output(weeks, period, args.target, args.json, language))
        return 0
    with on_server():
        counts = team_counts(_engine(server, cli), period)

    if args.team_command == "plan":
        print(team_plan_output(counts, period, args.target, args.json, language))
    else:
        print(team_funnel_output(counts, period, args.json, language))
    return 0
