"""Repair (`doctor --venv DIR --fix`, the wizard's Repair): put back exactly the planned set
when a later pip/uv run replaced or removed part of it.

The planned set is what the environment itself keeps from our install: the plan
(<venv>/.ipex-aot-installer/plan.json) and the guard's pins (constraints.txt: the plan's
packages and the runtime they pin exactly, at the versions verified then). The repair runs
the install engine with that plan: the same downloads, the per-venv lock (app/envs/runlock),
the safety copy restored on any failure or cancel (app/envs/transaction), the same verify,
and the guard written again. Before and after are read from the venv's files.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion

from app.envs import venv as venvs
from app.errors import AppError, BadInput
from app.events import EventSink, ignore

if TYPE_CHECKING:
    from app.catalog.plan_model import Plan
    from app.fetch.mirrors import Mirrors
from app.messages import msg

MAX_KEPT_PLAN = 4 * 1024 * 1024  # a plan is ~20 kB


class NoKeptPlan(BadInput):
    """The venv keeps no usable plan of ours: nothing to repair from (exit 2)."""


@dataclass
class Change:
    name: str
    before: str | None  # None: missing
    after: str | None  # what the plan wants (before a repair), what is there (after it)

    def sentence(self) -> str:
        if self.before is None:
            return msg("repair_missing", name=self.name, after=self.after)
        return msg("repair_change", name=self.name, before=self.before, after=self.after)


@dataclass
class RepairResult:
    venv: str
    changes: list[Change] = field(default_factory=list)  # what differed, with before and after
    repaired: bool = False
    result: dict[str, Any] | None = None  # the engine's InstallResult as JSON

    def to_json(self) -> dict[str, Any]:
        return {"venv": self.venv, "repaired": self.repaired,
                "changes": [{"name": c.name, "before": c.before, "after": c.after} for c in self.changes],
                "install": self.result}


def kept_plan(venv: Path) -> Plan:
    """The plan our install left in `venv`; NoKeptPlan when there is none or it is damaged.
    The file sits in a folder anyone with the venv can edit: it is read bounded and checked
    like any plan (and check_plan runs again in the engine)."""
    from app import untrusted
    from app.catalog.plan_model import Plan
    from app.install.engine import RECORD_DIR

    path = venv / RECORD_DIR / "plan.json"

    def refuse(reason: str) -> NoKeptPlan:
        return NoKeptPlan(msg("repair_no_plan", venv=str(venv), reason=reason), code="repair_no_plan",
                          params={"venv": str(venv), "reason": reason})

    if not path.is_file():
        raise refuse(msg("input_missing", file=str(path)))
    try:
        data = untrusted.read_json_file(path, "plan.json", limit=MAX_KEPT_PLAN)
        if not isinstance(data, dict) or not isinstance(data.get("choice"), dict):
            raise refuse(msg("input_missing_field", file="plan.json", field="choice"))
        return Plan.from_json(data, "plan.json")
    except NoKeptPlan:
        raise
    except BadInput as exc:
        raise refuse(exc.message()) from None


def planned_set(venv: Path, plan: Plan) -> dict[str, str]:
    """{name: version} the venv must have: the guard's pins (exact, as verified at install),
    else the plan's own versions."""
    from app.install import guard
    from app.install.engine import RECORD_DIR, expected_versions

    assert plan.choice is not None  # kept_plan refuses a plan without a build
    wanted: dict[str, str] = {canonicalize_name(n): v for n, v in expected_versions(plan.choice).items()}
    wanted.update(guard.read_pinned(venv / RECORD_DIR))
    return wanted


def differences(wanted: dict[str, str], have: dict[str, str]) -> list[Change]:
    """Each planned package that is missing or at another version (2.8.0 is not 2.8.0+xpu)."""
    out = []
    for name, want in sorted(wanted.items()):
        got = have.get(name)
        if got is None or not _same(got, want):
            out.append(Change(name, got, want))
    return out


def _same(got: str, want: str) -> bool:
    """PEP 440 equality: ==2.8.0+xpu needs that label, ==2.8.0 takes any, ==2.9.* any 2.9."""
    try:
        return SpecifierSet(f"=={want}").contains(got, prereleases=True)
    except (InvalidSpecifier, InvalidVersion):
        return got == want


def check(venv: Path) -> list[Change]:
    """What a repair would change (empty: nothing to do). Raises NoKeptPlan."""
    venv = Path(venv)
    plan = kept_plan(venv)
    return differences(planned_set(venv, plan), venvs.installed(venvs.venv_python(venv)))


def repair(venv: Path, *, mirrors: Mirrors | None = None, proxy: str | None = None, allow_http: bool = False,
           on_event: EventSink = ignore, cancel: threading.Event | None = None,
           session: Any = None) -> RepairResult:
    """Restore the planned set in `venv`. Raises NoKeptPlan (nothing touched), or AppError /
    Cancelled with the venv as it was before (the engine's rollback)."""
    from app.install.engine import install

    venv = Path(venv)
    if not venvs.is_venv(venv):
        raise BadInput(msg("not_a_venv", venv=str(venv)))
    plan = kept_plan(venv)
    if not venvs.works(venv):  # the engine would build a new venv in its place: that is an install, not a repair
        raise BadInput(msg("repair_not_working", venv=str(venv)), code="repair_not_working",
                       params={"venv": str(venv)})
    wanted = planned_set(venv, plan)
    before = differences(wanted, venvs.installed(venvs.venv_python(venv), cancel))
    out = RepairResult(str(venv), before)
    if not before:
        return out
    try:
        result = install(plan, venv, mirrors=mirrors, proxy=proxy, allow_http=allow_http, seed_pip=False,
                         confirm=None, on_event=on_event, cancel=cancel, session=session)
    except AppError as exc:
        if isinstance(exc, NoKeptPlan) or exc.code == "venv_busy":
            raise
        reason = exc.message()
        err = exc.again(msg("repair_failed", venv=str(venv), reason=reason))
        err.code, err.params = "repair_failed", {"venv": str(venv), "reason": reason}
        err.log_path = exc.log_path
        raise err from None
    have = venvs.installed(venvs.venv_python(venv), cancel)
    out.changes = [Change(c.name, c.before, have.get(c.name)) for c in before]
    out.repaired = not differences(wanted, have)
    out.result = result.to_json()
    if not out.repaired:
        reason = differences(wanted, have)[0].sentence()  # the first that did not come back
        raise AppError(msg("repair_failed", venv=str(venv), reason=reason), code="repair_failed",
                       params={"venv": str(venv), "reason": reason})
    return out
