"""One sync of this laptop, as the CLI and the window run it, and the team's state here.

The server's address comes from the team link; the password from the caller (asked of the
rep), the system keyring, or libpq's PGPASSWORD and ~/.pgpass. Any way the server fails is
one sentence (`on_server`).
"""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc

from salescoach.core.errors import UserError


@contextmanager
def on_server() -> Iterator[None]:
    """A server that cannot be reached, refuses the login or refuses a statement is one
    sentence."""
    try:
        yield
    except exc.OperationalError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else ""
        if "password authentication failed" in reason or "no password supplied" in reason:
            raise UserError("server_login_failed") from None
        raise UserError("server_unreachable", reason=reason) from None
    except exc.ProgrammingError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else ""
        raise UserError("server_refused", reason=reason) from None
