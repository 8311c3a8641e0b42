"""Assemble the counted evidence and the trap sentences a simulation note carries."""
# ruff: noqa: D101, D102, D103

from __future__ import annotations

from dataclasses import dataclass, field

from . import phrases as ph
from . import traps as tr
from .context import Ctx


@dataclass
class Evidence:
    ct: str = ""
    fusion: list[str] = field(default_factory=list)
    other_mods: list[str] = field(default_factory=list)
    contrast: str = ""
    technique: list[str] = field(default_factory=list)  # arc, particle, blocking
    shielding: str = ""
    brachy: str = ""
    hyperthermia: str = ""
    areas: str = ""
    reason: str = ""
    extra_reason: str = ""
    traps: list[tuple[str, str]] = field(default_factory=list)

    def imaging(self) -> list[str]:
        return [x for x in [self.ct, *self.fusion, *self.other_mods] if x]

    def hist(self) -> list[str]:
        return tr.group(self.traps, tr.HIST)

    def plan(self) -> list[str]:
        return tr.group(self.traps, tr.PLAN)

    def tech(self) -> list[str]:
        return tr.group(self.traps, tr.TECH)

    def proc(self) -> list[str]:
        return tr.group(self.traps, tr.PROC)


def absent_reason(ctx: Ctx, register: str) -> str:
    kind = ctx.p.no_rationale_kind
    if kind == "bare":
        ctx.trap("bare_assertion")
        return ph.bare(ctx, register)
    if kind == "inaudible":
        return tr.inaudible_reason(ctx) if register != "kv" else "MD reason for complex sim: __ (inaudible)"
    if kind == "blank":
        return tr.blank_reason(ctx, register)
    return ""


def gather(
    ctx: Ctx,
    register: str = "prose",
    skip_features: tuple[str, ...] = (),
    skip_mods: tuple[str, ...] = (),
    skip_areas: bool = False,
    skip_reason: bool = False,
) -> Evidence:
    p = ctx.p
    ev = Evidence()
    if "CT" in p.modalities and "CT" not in skip_mods:
        ev.ct = ph.ct_phrase(ctx, register)
    for m in p.fused:
        if m not in skip_mods:
            ev.fusion.append(ph.fusion_phrase(ctx, m, register))
    for m in p.modalities:
        if m in ("fluoroscopy", "ultrasound") and m not in skip_mods:
            ev.other_mods.append(ph.other_modality_phrase(ctx, m, register))
    for f in p.features:
        if f in skip_features:
            continue
        text = ph.feature_phrase(ctx, f, register)
        if f == "contrast":
            ev.contrast = text
        elif f == "custom_shielding":
            ev.shielding = text
        elif f == "brachytherapy":
            ev.brachy = text
        elif f == "hyperthermia":
            ev.hyperthermia = text
        else:
            ev.technique.append(text)
    if not skip_areas:
        ev.areas = ph.areas_phrase(ctx, register)
    if not skip_reason:
        if p.rationale is not None:
            ev.reason = ph.rationale_sentence(ctx, register)
            if ctx.has("bare_next_to_real"):
                ev.extra_reason = tr.bare_next(ctx, register)
        else:
            ev.reason = absent_reason(ctx, register)
    ev.traps = tr.trap_sentences(ctx, register)
    return ev
