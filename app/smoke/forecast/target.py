"""The GPU a forecast is for, in the member rule's terms, from a PCI id or a probe's GPU."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.smoke.forecast.judge import Gpu

if TYPE_CHECKING:
    from app.probe import model


def from_probe_gpu(gpu: model.Gpu | None) -> Gpu:
    if gpu is None:
        return Gpu(None, None)
    return Gpu(gpu.ip_version, gpu.product, None, gpu.name, gpu.device_id)


def from_pci(pci_id: str, revision: str | None = None) -> Gpu:
    """A PCI id (and revision) through the device database, as `plan --gpu` reads it."""
    from app.probe.devices import make_gpu

    return from_probe_gpu(make_gpu(pci_id, revision))


def intel_gpu(probe: model.Probe | None) -> model.Gpu | None:
    """The probe's primary GPU when it is Intel, else its first Intel GPU (as the doctor does)."""
    if probe is None:
        return None
    primary = probe.primary_gpu
    if primary is not None and primary.is_intel:
        return primary
    return next((g for g in probe.gpus if g.is_intel), None)
