"""A loopback stand-in for Intel's index, the PyTorch XPU index, PyPI and GitHub releases.

Reusable by any test (tests/ is on sys.path under pytest, so import it as `mirror`):
  mirror.server.MirrorServer   the HTTP server: layouts, Range, fault injection, stats
  mirror.wheels.build_wheel    small real wheels with real project names and versions
  mirror.fixtures              `mirror`, `standard_wheels`, `installer_env` fixtures and
                               make_plan(m) -> app Plan pointing at the server
"""
