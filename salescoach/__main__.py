"""Allow `python -m salescoach`."""

import sys

from salescoach.cli import main

sys.exit(main())
