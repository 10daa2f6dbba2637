import os
import sys

# The windowed Windows program has no console: give print() somewhere to write.
if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the whole run
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the whole run

from narvard_desktop.cli import main  # noqa: E402

raise SystemExit(main())
