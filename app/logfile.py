"""The app's own log file: a rotating app.log in app.paths.log_dir().

Why: the double-click app has no console (the windowed Windows executable has no stderr at
all), so warnings and errors would vanish. The file gets INFO and above; what the console
shows does not change.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path
from types import TracebackType

FILE_NAME = "app.log"
MAX_BYTES = 1_000_000  # about ten sessions of INFO lines
BACKUPS = 3
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"


class _AppLogHandler(logging.handlers.RotatingFileHandler):
    """Its own class so attach() can tell whether it already ran in this process.

    A log folder that fills up or turns read-only must not print logging's "--- Logging
    error ---" traceback on every line: the first failure says so in one sentence on stderr
    (when there is one) and the handler stops writing."""

    failed = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        import sys

        if self.failed:
            return
        self.failed = True
        exc = sys.exc_info()[1] or OSError("unknown")
        from app import fs_errors

        folder = Path(self.baseFilename).parent
        reason = fs_errors.reason(exc)
        try:
            self.close()
        except OSError:
            pass
        if sys.stderr is not None:
            try:
                sys.stderr.write(f"The app's log cannot be written in {folder} ({reason}); it goes on without it.\n")
            except (OSError, ValueError):
                pass

    def emit(self, record: logging.LogRecord) -> None:
        if not self.failed:
            super().emit(record)


def attach(level: int = logging.INFO) -> Path | None:
    """Add the rotating file handler to the root logger; returns the file, or None when the
    log folder cannot be written (the app still runs)."""
    from app import paths

    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, _AppLogHandler):
            return Path(handler.baseFilename)
    try:
        folder = paths.ensure(paths.log_dir())
        handler = _AppLogHandler(folder / FILE_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                 encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    # Console handlers keep the level they had through the root logger; the root is opened
    # up so the file also sees INFO.
    for existing in root.handlers:
        if existing.level == logging.NOTSET:
            existing.setLevel(root.level)
    root.setLevel(min(root.level, level) if root.level != logging.NOTSET else level)
    root.addHandler(handler)
    _log_uncaught_exceptions()
    import sys

    from app import __version__
    from app.redact import redact_text  # an index URL on the command line may carry a token

    logging.getLogger(__name__).info(
        "IPEX AOT Installer %s (%s, Python %s) started: %s", __version__,
        "frozen" if getattr(sys, "frozen", False) else "from source", sys.version.split()[0],
        redact_text(" ".join(sys.argv[1:])) or "(wizard)")
    return Path(handler.baseFilename)


def current() -> Path | None:
    """The file attach() set up in this process, if any."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _AppLogHandler):
            return Path(handler.baseFilename)
    return None


def _log_uncaught_exceptions() -> None:
    """Tracebacks that would only reach stderr (absent in the windowed app) also go to the
    file: uncaught exceptions, in threads too, and exceptions in Qt slots (PySide6 reports
    those through sys.excepthook). The previous hooks still run."""
    import sys
    import threading

    log = logging.getLogger("app.uncaught")
    previous = sys.excepthook

    def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            log.critical("uncaught exception", exc_info=(kind, value, tb))
        previous(kind, value, tb)

    previous_thread = threading.excepthook

    def thread_excepthook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not SystemExit:
            name = args.thread.name if args.thread else "?"
            log.critical("uncaught exception in thread %s", name,
                         exc_info=(args.exc_type, args.exc_value, args.exc_traceback))  # type: ignore[arg-type]
        previous_thread(args)

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
