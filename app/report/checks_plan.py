"""Doctor check: has the planned set this installer put in the venv been replaced or removed
since (a later pip/uv run)? The venv keeps its plan and the guard's pins; `doctor --fix` puts
them back (app/install/repair.py)."""

from __future__ import annotations

from pathlib import Path

from app import CLI
from app.messages import msg
from app.report.findings import ERROR, Finding


def check_planned_set(venv: Path) -> list[Finding]:
    from app.errors import AppError
    from app.install.repair import check

    try:
        changes = check(venv)
    except AppError:  # no plan of ours in it (made by hand or by another tool): nothing to compare
        return []
    if not changes:
        return []
    listed = [c.sentence() for c in changes]  # a list param: the renderer joins it
    return [Finding("plan.replaced", ERROR, msg("repair_offer", venv=str(venv), changes=listed),
                    fix=f'{CLI} doctor --venv "{venv}" --fix',
                    params={"venv": str(venv), "changes": [{"name": c.name, "before": c.before, "after": c.after}
                                                            for c in changes]})]
