"""Allow `python -m salescoach`."""

import sys

from salescoach.cli import run

sys.exit(run())
