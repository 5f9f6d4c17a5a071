"""Sentences of the newer-release notice (plan --check-newer, app/catalog/newer.py)."""

from __future__ import annotations

from app.message_texts.mark import QT_TRANSLATE_NOOP

TEMPLATES = {
    "plan_newer_release_aot_default": QT_TRANSLATE_NOOP(
        "Messages",
        "PyTorch {version} for {os} is on {index} but not in the catalog, so it is not yet verified. "
        "Known: wheels for Python {pythons} (from the index's file names) and, as its AOT list, the "
        "torch-xpu-ops release/{series} default {devices}. Not known: its AOT code as measured from "
        "the wheels, and which torchvision and torchaudio pair with it. To try it: {command}"),
    "plan_newer_release_aot_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "PyTorch {version} for {os} is on {index} but not in the catalog, so it is not yet verified. "
        "Known: wheels for Python {pythons} (from the index's file names). Not known: its AOT list "
        "(no torch-xpu-ops release/{series} default is recorded, and nothing was measured), and which "
        "torchvision and torchaudio pair with it. To try it: {command}"),
    "plan_newer_unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "Could not look on {index} for releases newer than the catalog, so the plan uses the catalog "
        "only: {reason}"),
    # The wizard's calm one-line note on the Build page (newer.short_notice): never a recommendation.
    "newer_note_aot_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "PyTorch {series} exists but is not yet verified by this installer: wheels for Python {pythons}; "
        "AOT list not known."),
    "newer_note_aot_default": QT_TRANSLATE_NOOP(
        "Messages",
        "PyTorch {series} exists but is not yet verified by this installer: wheels for Python {pythons}; "
        "AOT list probably {devices} (the torch-xpu-ops default, not measured)."),
}
