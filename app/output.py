"""What the commands print for --json: one JSON document on stdout. Shared by the CLI, the
commands, the self-test and the terminal flow, so none of them imports another for it."""

from __future__ import annotations

import json
import sys
from typing import Any


def emit_json(value: Any) -> None:
    """Print a JSON document (UTF-8, stable key order as built)."""
    text = json.dumps(value, indent=2, ensure_ascii=False)
    sys.stdout.write(text + "\n")
