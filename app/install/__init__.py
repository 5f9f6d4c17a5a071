"""Installing a plan: pip/uv backends behind one interface, ordered steps, verification.

    from app.install.engine import install   # install(plan, venv, ...) -> InstallResult
"""
