"""PyInstaller runtime hook: standard streams that always exist.

The windowed Windows executable starts with sys.stdout and sys.stderr set to None, so any
`sys.stdout.write` (JSON output) or library that writes a warning would raise. Point missing
streams at os.devnull; what matters goes to the rotating log file in the log folder
(app.logfile), which works the same with or without a console.
"""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process
if sys.stdin is None:
    sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115
