"""The frozen app's entry point: the same as the `salescoach` command."""

import sys
import warnings

from salescoach.cli import run

# The bundle leaves out matplotlib's 3D toolkit (no chart of ours is 3D); matplotlib says so
# on stderr each time it loads, which a rep would read as something gone wrong.
warnings.filterwarnings("ignore", message="Unable to import Axes3D", category=UserWarning)

if __name__ == "__main__":
    sys.exit(run())
