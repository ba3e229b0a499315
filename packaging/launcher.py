"""The frozen app's entry point: the same as the `salescoach` command."""

import sys

from salescoach.cli import main

if __name__ == "__main__":
    sys.exit(main())
