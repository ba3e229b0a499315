"""Error families: what the rep can fix themselves versus what is our bug.

Anything derived from `UserError` carries one plain sentence meant for the rep; the CLI
prints it on stderr, the GUI shows it in a dialog. Any other exception is a bug and goes to
the crash path.
"""


class UserError(Exception):
    """A problem the rep (or their machine) can fix; str(err) is one clear sentence."""

    exit_code = 1


class InvalidInput(UserError):
    """A value typed or imported by the rep does not make sense."""

    exit_code = 2
