"""The guard against later pip/uv swaps (app/install/guard.py) and the repair that puts the
planned set back (app/install/repair.py, doctor --fix, the wizard's Repair)."""

from __future__ import annotations

from app.message_texts.mark import QT_TRANSLATE_NOOP

TEMPLATES = {
    "guard_set": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} packages of this build are now kept at their installed versions in {venv} (torch, IPEX and "
        "their oneAPI runtime): pip keeps them always, uv only inside the activated environment. Other "
        "packages install as usual."),
    "guard_not_set": QT_TRANSLATE_NOOP(
        "Messages",
        "The packages of this build could not be protected against later changes in {venv} ({reason}); the "
        "install itself is complete."),
    "guard_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "the packages of the environment cannot all be read from its files"),
    "guard_nothing_planned": QT_TRANSLATE_NOOP("Messages", "none of the planned packages is installed"),
    "repair_nothing": QT_TRANSLATE_NOOP(
        "Messages", "{venv} already has every planned package at its planned version; nothing was changed."),
    "repair_done": QT_TRANSLATE_NOOP(
        "Messages", "{venv} was repaired: {count} packages were put back to the planned versions."),
    "repair_change": QT_TRANSLATE_NOOP("Messages", "{name}: {before} -> {after}"),
    "repair_missing": QT_TRANSLATE_NOOP("Messages", "{name}: missing -> {after}"),
    "repair_no_plan": QT_TRANSLATE_NOOP(
        "Messages",
        "{venv} keeps no plan from this installer ({reason}); repair needs the plan it was installed with. "
        "Install into it again instead."),
    "repair_not_working": QT_TRANSLATE_NOOP(
        "Messages",
        "The Python of {venv} does not start, so its packages cannot be repaired; install into it again."),
    "repair_failed": QT_TRANSLATE_NOOP(
        "Messages", "The repair of {venv} failed ({reason}); the environment was left as it was before."),
    "repair_offer": QT_TRANSLATE_NOOP(
        "Messages",
        "Some packages of the planned build were replaced or removed in {venv}: {changes}. Repair puts back "
        "exactly the planned versions."),
}
