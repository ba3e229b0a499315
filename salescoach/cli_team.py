"""`salescoach team …` and `salescoach sync`: the laptop's side of a team server.

Kept apart from `cli` so that a solo rep's commands never load any of it.
"""

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import Any

from salescoach.core.clock import Clock
from salescoach.core.errors import UserError
from salescoach.reports.results import say


def add_commands(
    commands: Any,
    dates: Callable[[argparse.ArgumentParser], None],
    target: Callable[[str], int],
) -> None:
    """The team's subcommands; `dates` adds --from/--to/--json as `funnel` has them, and
    `target` reads a plan's target as `plan` does."""
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
    plan.add_argument("--target", type=target, required=True, metavar="N")
    for sub in (funnel, plan):
        sub.add_argument("--server", metavar="URL", help="default: the server this laptop joined")
        dates(sub)
    commands.add_parser("sync", help="send this laptop's changes to the team, get the team's")


def cmd_team(args: argparse.Namespace, open_store: Callable[..., Any], language: str) -> int:
    if args.team_command in ("funnel", "plan"):
        return _funnel(args, open_store, language)
    return {"init": _init, "join": _join}[args.team_command](args, open_store, language)


def _engine(url_text: str, language: str = "en") -> Any:
    return _engine_asking(url_text, language)[0]


def _engine_asking(url_text: str, language: str, ask: bool = True) -> tuple[Any, str | None]:
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
    asked = say(language, "ask.login_password", user=url.username, host=url.host)
    password = getpass.getpass(asked)
    return server_engine(url, password), password


def _init(args: argparse.Namespace, _open_store: Callable[..., Any], language: str) -> int:
    from salescoach.store.team.server import init_team
    from salescoach.store.team.server_errors import on_server

    with on_server():
        members = init_team(_engine(args.server, language), args.rep, args.manager)
    print(say(language, "done.team_schema", server=args.server.split("@")[-1]))
    for member in members:
        print(
            say(
                language,
                "done.team_member",
                kind=say(language, "done.team_manager" if member.manager else "done.team_rep"),
                name=member.name,
                role=member.role,
                password=member.password,
            )
        )
    return 0


def _join(args: argparse.Namespace, open_store: Callable[..., Any], language: str) -> int:
    from salescoach.store.team.link import join_team, keep_password, server_url
    from salescoach.store.team.server_errors import on_server

    engine, password = _engine_asking(args.server, language)
    url = server_url(args.server)
    with open_store(args, create=True) as store, on_server():
        link = store.apply(lambda session: join_team(session, engine, url, args.rep)).result
    password = password or url.password  # typed, or given in the URL: kept in the keyring
    kept = password is not None and keep_password(url, password)
    print(say(language, "done.joined", server=link.server, rep=link.rep))
    if kept:
        print(say(language, "done.password_kept"))
    return 0


def cmd_sync(args: argparse.Namespace, open_store: Callable[..., Any], language: str) -> int:
    from salescoach.usecases.syncing import sync_with_team

    clock = Clock.pinned(args.today)
    with open_store(args) as store:
        try:
            synced = sync_with_team(store, clock).result
        except UserError as error:
            if error.key != "server_login_failed" or not sys.stdin.isatty():
                raise
            password = getpass.getpass(say(language, "ask.server_password"))
            synced = sync_with_team(store, clock, password).result
    print(synced.text(language))
    return 0


def _funnel(args: argparse.Namespace, open_store: Callable[..., Any], language: str) -> int:
    from salescoach.reports.funnel_tables import resolve_period
    from salescoach.reports.team_tables import team_funnel_output, team_plan_output
    from salescoach.store.team.funnel import team_counts
    from salescoach.store.team.link import team_link
    from salescoach.store.team.server_errors import on_server

    server = args.server
    if server is None:
        with open_store(args) as store, store.reader() as session:
            link = team_link(session)
        if link is None:
            raise UserError("no_team")
        server = link.server
    today = Clock.pinned(args.today).today()
    period = resolve_period(args.first, args.last, today)
    with on_server():
        counts = team_counts(_engine(server, language), period)

    if args.team_command == "plan":
        print(team_plan_output(counts, period, args.target, args.json, language))
    else:
        print(team_funnel_output(counts, period, args.json, language))
    return 0
