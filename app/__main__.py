"""`python -m app`: the wizard without a subcommand, the CLI with one."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from app.stdio import use_utf8_streams

    use_utf8_streams()  # before anything prints: Windows pipes would use the ANSI code page
    from app.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
