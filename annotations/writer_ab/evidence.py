# ruff: noqa: E501, D102
"""Per-note evidence and trap placement helpers shared by the composers."""

from __future__ import annotations

from . import phrases as P
from . import traps as T
from .context import Ctx
from .markup import M

REGISTER = {"dictated": "prose", "resident_attest": "prose", "smarttext": "field", "bilingual": "es", "long": "prose",
            "satellite_caps": "terse", "interpreter": "prose", "rtt_terse": "terse", "rn": "rn", "portal": "prose",
            "counselor": "prose", "outside_packet": "prose"}


class Traps:
    """The note's trap texts by slot; a trap is recorded only when its text is taken into the note."""

    def __init__(self, ctx: Ctx, names: list[str]) -> None:
        self.ctx = ctx
        self.slots = T.render(ctx, names)

    def take(self, slot: str) -> list[str]:
        items = self.slots.get(slot, [])
        self.slots[slot] = []
        for name, _ in items:
            self.record(name)
        return [text for _, text in items]

    def take_all(self) -> list[str]:
        out: list[str] = []
        for slot in ("hist", "proc", "plan", "end"):
            out.extend(self.take(slot))
        return out

    def record(self, name: str) -> None:
        if name not in self.ctx.plan.traps:
            self.ctx.plan.traps.append(name)


class Ev:
    """Counted evidence sentences for the plan, in one register."""

    def __init__(self, ctx: Ctx, reg: str) -> None:
        self.ctx = ctx
        self.reg = reg
        self.plan = ctx.plan

    # rationale -------------------------------------------------------------
    def rat(self) -> str | None:
        return P.rationale(self.ctx, self.reg) if self.plan.rationale else None

    # features ----------------------------------------------------------------
    def feats(self, skip: tuple[str, ...] = ()) -> list[str]:
        out = []
        for f in self.plan.features:
            if f in skip:
                continue
            if f == "contrast":
                for route in self.plan.routes:
                    out.append(P.feature(self.ctx, "contrast", self.reg, route))
            else:
                out.append(P.feature(self.ctx, f, self.reg))
        return out

    def contrast(self) -> list[str]:
        return [P.feature(self.ctx, "contrast", self.reg, r) for r in self.plan.routes]

    # modalities --------------------------------------------------------------
    def has(self, mod: str) -> bool:
        return mod in self.plan.modalities

    def ct(self) -> str:
        return P.mod_noun(self.ctx, "CT", self.reg)

    def ct_sentence(self) -> str:
        s = P.modality(self.ctx, "CT", self.reg, four=self.plan.fourdct)
        return s[0].upper() + s[1:] + ("." if self.reg not in ("terse", "field") else "")

    def other_mods(self, old_contrast: bool = False) -> list[str]:
        out = []
        for m in self.plan.modalities:
            if m == "CT":
                continue
            if m in self.plan.fused and old_contrast:
                out.append(self.fused_old(m))
                continue
            s = P.modality(self.ctx, m, self.reg)
            out.append(s[0].upper() + s[1:] + ("." if self.reg not in ("terse", "field") else ""))
        return out

    def fused_old(self, m: str) -> str:
        ctx = self.ctx
        d = ctx.past_date(ctx.rng.randint(1, 3))
        if m == "MRI":
            tok = M("MRI", ctx.pick(["MRI", "MR", "resonancia"] if self.reg == "es" else ["MRI", "MR", "MRI pelvis", "MRI brain"]))
            return ctx.pick([f"The post-gadolinium diagnostic {tok} from {d} was fused to the planning scan.",
                             f"Fused: contrast-enhanced {tok} ({d}, {ctx.outside_short}).",
                             f"{tok} w/ gado ({d}) registered for contouring."])
        tok = M("PET", ctx.pick(["PET/CT", "PET"]))
        return ctx.pick([f"The staging {tok} ({d}; done with IV contrast at {ctx.outside_short}) was fused.",
                         f"Fused diagnostic {tok} from {d} (contrast-enhanced CT portion) for nodal volumes."])

    # areas -------------------------------------------------------------------
    def areas(self) -> str | None:
        return P.areas_statement(self.ctx, self.reg) if self.plan.area_option else None

    def vague_areas(self) -> str:
        ctx = self.ctx
        return ctx.pick({
            "field": ["Treatment site(s): ***", "Areas: see plan", "Number of areas: {NUMBER OF AREAS:31190}", "Sites: per MD (TBD)"],
            "terse": ["areas: per MD / TBD", "sites - see plan", "# areas: ?", "areas pending fusion review"],
            "es": ["Áreas: pendiente, según el plan.", "Sitios por definir después de la fusión."],
            "rn": ["Areas per MD."],
        }.get(self.reg, ["The treatment areas will be finalized once the volumes are reviewed.", "Sites per the treatment plan.",
                         "Areas are not yet settled - nodal coverage to be decided at contour review.",
                         "Which sites get treated is still open; see the planning directive when it is done."]))
