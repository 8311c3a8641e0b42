"""Plan first: what each note documents, decided before any text is written.

The outcome of note ``wh-NNNN`` comes from a fixed quota; which note gets which quota slot is decided by
sorting the ids by a sha256 key (no extra random stream).  Everything else about a note is drawn from
``random.Random(f"simcheck-writer-h-v1:{note_id}")``, with running counters (in id order) that keep
sites, note types and styles balanced.
"""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from dataclasses import dataclass, field

from .sites import SITES, SiteDef

SEED = "simcheck-writer-h-v1"
N_NOTES = 250

OUTCOMES: tuple[tuple[str, int], ...] = (
    ("supported_feature", 80), ("supported_areas", 20), ("unsup_no_rationale", 20), ("unsup_no_imaging", 8),
    ("unsup_areas_unknown", 12), ("level_77285", 27), ("level_77280", 28), ("sim_nothing", 7), ("non_sim", 48),
)

SIM_TYPES = ("md_sim", "rtt_ct_sim", "order_proc", "cc_result", "brachy_proc", "clinical_setup", "resim")
NONSIM_TYPES = ("consult", "tumor_board", "rn_triage", "telephone", "tx_summary", "follow_up", "physics_check",
                "dosimetry", "seoc_request", "outside_records")

STYLES = ("cprs_mixed", "vista_caps", "tiu_template", "tech_shorthand", "hurried_typos", "long_veteran",
          "scanned_outside", "grid_table", "soap_brief")

TYPE_STYLES: dict[str, tuple[str, ...]] = {
    "md_sim": ("cprs_mixed", "vista_caps", "tiu_template", "hurried_typos", "long_veteran", "grid_table", "soap_brief"),
    "rtt_ct_sim": ("tech_shorthand", "tiu_template", "vista_caps", "hurried_typos", "grid_table", "cprs_mixed"),
    "order_proc": ("cprs_mixed", "vista_caps", "tiu_template", "long_veteran", "hurried_typos"),
    "cc_result": ("scanned_outside",),
    "brachy_proc": ("cprs_mixed", "vista_caps", "tiu_template", "long_veteran", "tech_shorthand"),
    "clinical_setup": ("cprs_mixed", "tech_shorthand", "vista_caps", "hurried_typos", "soap_brief"),
    "resim": ("cprs_mixed", "vista_caps", "hurried_typos", "tech_shorthand", "long_veteran", "grid_table"),
    "consult": ("long_veteran", "cprs_mixed", "vista_caps"),
    "tumor_board": ("grid_table", "cprs_mixed", "vista_caps"),
    "rn_triage": ("soap_brief", "hurried_typos", "tech_shorthand"),
    "telephone": ("soap_brief", "hurried_typos", "cprs_mixed"),
    "tx_summary": ("cprs_mixed", "vista_caps", "long_veteran", "grid_table"),
    "follow_up": ("soap_brief", "cprs_mixed", "long_veteran", "hurried_typos"),
    "physics_check": ("tech_shorthand", "grid_table", "tiu_template"),
    "dosimetry": ("tech_shorthand", "grid_table", "cprs_mixed"),
    "seoc_request": ("tiu_template", "vista_caps"),
    "outside_records": ("scanned_outside",),
}

OUTCOME_TYPES: dict[str, tuple[str, ...]] = {
    "supported_feature": ("md_sim", "rtt_ct_sim", "order_proc", "cc_result", "brachy_proc", "clinical_setup", "resim"),
    "supported_areas": ("md_sim", "rtt_ct_sim", "order_proc", "cc_result", "resim", "clinical_setup"),
    "unsup_no_rationale": ("md_sim", "rtt_ct_sim", "order_proc", "cc_result", "brachy_proc", "resim"),
    "unsup_no_imaging": ("clinical_setup",),
    "unsup_areas_unknown": ("md_sim", "rtt_ct_sim", "order_proc", "cc_result", "resim"),
    "level_77285": ("md_sim", "rtt_ct_sim", "order_proc", "cc_result", "resim", "clinical_setup"),
    "level_77280": ("md_sim", "rtt_ct_sim", "order_proc", "cc_result", "resim", "clinical_setup"),
    "sim_nothing": ("md_sim", "rtt_ct_sim"),
    "non_sim": NONSIM_TYPES,
}

MODALITY_ORDER = ("CT", "MRI", "PET", "fluoroscopy", "ultrasound")


@dataclass
class Plan:
    note_id: str
    index: int
    outcome: str
    site: SiteDef
    note_type: str
    style: str
    lat: str
    lobe: str
    rationale: str | None            # category, or None
    area_keys: tuple[str, ...]       # site area keys written (empty when unknown)
    area_count: int | None
    area_mode: str                   # named/numbered/count_named/count_only/targets/iso_table/checkbox/addendum/unknown
    features: list[str]
    modalities: list[str]
    fourd: bool
    contrast_route: str | None
    traps: list[str] = field(default_factory=list)
    long: bool = False
    sex: str = "M"
    no_rationale_kind: str | None = None   # bare / blank / copied / silent
    nothing_kind: str | None = None        # aborted / blank_form / deferred
    deferred: list[str] = field(default_factory=list)   # features/modalities written only in an addendum
    retract: str | None = None             # feature or modality claimed in body then retracted
    not_done: str | None = None            # ordered item not done


def slot_outcomes() -> dict[str, str]:
    """Assign the quota to ids via a sha256 ordering (deterministic, no random stream)."""
    ids = [f"wh-{i:04d}" for i in range(1, N_NOTES + 1)]
    ordered = sorted(ids, key=lambda i: hashlib.sha256(f"{SEED}:slot:{i}".encode()).hexdigest())
    quota = [name for name, n in OUTCOMES for _ in range(n)]
    return dict(zip(ordered, quota, strict=True))


def area_units(site: SiteDef, keys: tuple[str, ...]) -> int:
    return sum(2 if site.area(k).value.startswith("bilateral ") else 1 for k in keys)


class Planner:
    def __init__(self) -> None:
        self.site_use: Counter[str] = Counter()
        self.type_use: Counter[str] = Counter()
        self.style_use: Counter[str] = Counter()
        self.slots = slot_outcomes()

    def _least(self, rng: random.Random, options: list[str], use: Counter[str], weight: dict[str, float] | None = None) -> str:
        if not options:
            raise ValueError("no options")
        scored = sorted(options, key=lambda o: (use[o] / (weight or {}).get(o, 1.0), rng.random()))
        pool = scored[: max(1, min(3, len(scored)))]
        return rng.choice(pool)

    # ----------------------------------------------------------------------------------------- sites
    def _sites_for(self, outcome: str, note_type: str) -> list[SiteDef]:
        out = []
        for s in SITES:
            if note_type == "brachy_proc" and not s.brachy:
                continue
            if note_type == "clinical_setup" and not s.clinical:
                continue
            if outcome in ("supported_areas",) and not (3 in s.sets or 4 in s.sets):
                continue
            if outcome == "level_77285" and 2 not in s.sets:
                continue
            if outcome == "unsup_no_imaging" and not s.clinical:
                continue
            if note_type == "clinical_setup" and outcome == "level_77285" and 2 not in s.sets:
                continue
            out.append(s)
        return out

    def plan(self, index: int) -> Plan:
        note_id = f"wh-{index:04d}"
        rng = random.Random(f"{SEED}:{note_id}")
        outcome = self.slots[note_id]
        types = list(OUTCOME_TYPES[outcome])
        tw = {"md_sim": 2.4, "rtt_ct_sim": 1.3, "order_proc": 1.0, "cc_result": 1.0, "brachy_proc": 0.5,
              "clinical_setup": 0.6, "resim": 0.9}
        note_type = self._least(rng, types, self.type_use, tw)
        sites = self._sites_for(outcome, note_type)
        site_key = self._least(rng, [s.key for s in sites], self.site_use)
        site = next(s for s in SITES if s.key == site_key)
        style = self._least(rng, list(TYPE_STYLES[note_type]), self.style_use)
        self.type_use[note_type] += 1
        self.site_use[site.key] += 1
        self.style_use[style] += 1
        lat = rng.choice(("left", "right"))
        lobe = rng.choice(("upper", "lower", "upper", "middle")) if lat == "right" else rng.choice(("upper", "lower"))
        sex = "F" if site.key == "gyn_brachy" else ("F" if site.key == "breast" and rng.random() < 0.85 else
                                                   ("F" if rng.random() < 0.1 and site.key not in ("prostate",) else "M"))
        p = Plan(note_id=note_id, index=index, outcome=outcome, site=site, note_type=note_type, style=style, lat=lat,
                 lobe=lobe, rationale=None, area_keys=(), area_count=None, area_mode="unknown", features=[],
                 modalities=[], fourd=False, contrast_route=None, long=style == "long_veteran", sex=sex)
        self.last_rng = rng
        if outcome == "non_sim":
            p.traps = self._nonsim_traps(rng, p)
            return p
        if outcome == "sim_nothing":
            p.nothing_kind = "blank_form" if style == "tiu_template" else rng.choice(("aborted", "deferred", "aborted"))
            p.traps = self._nothing_traps(rng, p)
            return p
        self._elements(rng, p)
        self._traps(rng, p)
        return p

    # ----------------------------------------------------------------------------------------- elements
    def _elements(self, rng: random.Random, p: Plan) -> None:
        s, o = p.site, p.outcome
        # features
        feats: list[str] = []
        big = 3 in s.sets or 4 in s.sets
        areas_route = o == "unsup_no_rationale" and p.note_type != "brachy_proc" and big and rng.random() < 0.25
        need_feature = o in ("supported_feature", "unsup_no_imaging", "unsup_areas_unknown") or (
            o == "unsup_no_rationale" and not areas_route)
        if need_feature:
            if p.note_type == "brachy_proc":
                feats = ["brachytherapy"]
                if rng.random() < 0.4 and "contrast" in s.features:
                    feats.append("contrast")
            elif o == "unsup_no_imaging":
                feats = [rng.choice([f for f in ("custom_shielding", "complex_blocking") if f in s.features]
                                    if s.key != "skin" else ["custom_shielding"])]
            else:
                pool = [f for f in s.features if f != "brachytherapy"]
                if p.note_type == "clinical_setup":
                    pool = [f for f in pool if f in ("custom_shielding", "complex_blocking")]
                if "hyperthermia" in pool and rng.random() < (0.6 if s.key == "sarcoma" else 0.2):
                    feats = ["hyperthermia"]
                else:
                    first = rng.choice(pool)
                    feats = [first]
                    if rng.random() < 0.3 and len(pool) > 1:
                        second = rng.choice([f for f in pool if f != first])
                        if not {first, second} >= {"particle", "arc_rotational"}:
                            feats.append(second)
        p.features = sorted(feats)
        if "contrast" in p.features:
            routes = list(s.contrast)
            if p.note_type == "brachy_proc":
                routes = [r for r in routes if r in ("vaginal", "bladder", "urethro")] or routes
            p.contrast_route = rng.choice(routes)
        # modalities
        mods: list[str] = []
        if o == "unsup_no_imaging":
            mods = []
        elif p.note_type == "clinical_setup":
            if s.fluoro and rng.random() < 0.6:
                mods = ["fluoroscopy"]
            else:
                mods = ["CT"]
        elif p.note_type == "brachy_proc":
            mods = ["CT"] if rng.random() < 0.8 else []
            if s.fluoro and (not mods or rng.random() < 0.35):
                mods.append("fluoroscopy")
            if s.us and rng.random() < 0.6:
                mods.append("ultrasound")
            if "MRI" in s.fusions and rng.random() < 0.25:
                mods.append("MRI")
        else:
            mods = ["CT"]
            for fm in s.fusions:
                if rng.random() < (0.5 if s.key == "srs_brain" else 0.3):
                    mods.append(fm)
            if s.key == "srs_brain" and "MRI" not in mods and rng.random() < 0.7:
                mods.append("MRI")
        p.modalities = [m for m in MODALITY_ORDER if m in mods]
        p.fourd = "CT" in p.modalities and s.fourd and p.note_type not in ("clinical_setup", "brachy_proc") and rng.random() < 0.65
        # areas
        count: int | None
        if o == "unsup_areas_unknown":
            count = None
        elif o == "supported_areas" or areas_route:
            count = rng.choice([k for k in (3, 4) if k in s.sets] + [3] * (3 in s.sets))
        elif o == "level_77285":
            count = 2
        elif o == "level_77280" or p.note_type == "brachy_proc":
            count = 1
        elif o == "unsup_no_imaging":
            count = rng.choice([k for k in (1, 2) if k in s.sets])
        else:
            weights = {1: 0.42, 2: 0.3, 3: 0.2, 4: 0.08}
            avail = [k for k in (1, 2, 3, 4) if k in s.sets]
            count = rng.choices(avail, weights=[weights[k] for k in avail])[0]
        if count is not None:
            options = [t for k, sets in s.sets.items() for t in sets if area_units(s, t) == count]
            if p.note_type == "brachy_proc":
                options = [t for t in options if t[0] in ("cx", "vag", "pros")] or options
            if not options:
                raise ValueError(f"{p.note_id}: no area set of {count} for {s.key}")
            p.area_keys = rng.choice(options)
            p.area_count = count
            modes = {
                "tiu_template": ("checkbox", "numbered", "count_only", "checkbox"),
                "grid_table": ("iso_table", "targets", "numbered", "iso_table"),
                "tech_shorthand": ("named", "count_only", "targets", "named"),
                "scanned_outside": ("named", "count_named", "numbered"),
            }.get(p.style, ("named", "numbered", "count_named", "targets", "count_only", "named"))
            p.area_mode = rng.choice(modes)
        # rationale
        wants = o in ("supported_feature", "supported_areas", "unsup_areas_unknown") or (
            o == "unsup_no_imaging" and rng.random() < 0.7) or (o in ("level_77285", "level_77280") and rng.random() < 0.5)
        if wants:
            cats = ["OAR proximity", "OAR proximity", "irregular target", "immobilization"]
            if s.prior:
                cats.append("prior field overlap")
            if (p.area_count or 0) >= 2:
                cats += ["multiple targets"] * 2
            if "contrast" in p.features:
                cats += ["contrast for delineation"] * 2
            if "MRI" in p.modalities or "PET" in p.modalities:
                cats += ["fusion for delineation"] * 2
            if p.fourd:
                cats += ["target motion"] * 2
            if "brachytherapy" in p.features:
                cats += ["applicator verification"] * 3
            if "custom_shielding" in p.features:
                cats += ["custom shielding"] * 2
            if s.key == "whole_brain":
                cats = [c for c in cats if c != "irregular target"]
            p.rationale = rng.choice(cats)
        else:
            p.no_rationale_kind = rng.choice(("bare", "blank", "copied", "silent", "bare"))

    # ----------------------------------------------------------------------------------------- traps
    def _traps(self, rng: random.Random, p: Plan) -> None:
        s = p.site
        el: list[str] = ["historical_imaging", "other_person", "immobilization", "planned_modality", "planned_feature",
                         "copy_forward", "addendum_retracts"]
        absent_feats = [f for f in ("contrast", "arc_rotational", "custom_shielding", "particle", "complex_blocking")
                        if f not in p.features]
        if absent_feats:
            el.append("negated_feature")
        if any(m in s.fusions and m not in p.modalities for m in ("MRI", "PET")):
            el.append("negated_modality")
        if any(m in ("MRI", "PET") for m in p.modalities):
            el += ["fused_old_contrast", "fused_old_contrast"]
        if p.style == "tiu_template":
            el += ["blank_template"] * 4
        if p.area_count is not None or p.area_mode == "unknown":
            el.append("one_target_many_beams")
        if p.rationale is not None and rng.random() < 0.3:
            el.append("bare_assertion")
        deferrable = [f for f in p.features if f not in ("brachytherapy", "hyperthermia")] + \
            [m for m in p.modalities if m in ("MRI", "PET")]
        if deferrable and p.note_type != "order_proc":
            el.append("addendum_adds")
        if p.area_count is not None and p.area_mode not in ("checkbox",) and p.note_type not in ("order_proc",):
            el.append("addendum_area_count")
        if "custom_shielding" not in p.features and "complex_blocking" not in p.features:
            el.append("mlc_only")
        if s.key in ("skin", "breast", "sarcoma", "head_and_neck", "palliative"):
            el += ["bolus"] * (3 if s.key in ("skin", "breast") else 1)
        if s.prior:
            el.append("prior_rt_elsewhere")
        if "contrast" not in p.features and p.modalities:
            el.append("contrast_allergy")
        if s.key == "breast":
            el += ["tangents"] * 3
        if s.key in ("breast", "lymphoma"):
            el += ["dibh"] * 3
        if s.key in ("prostate", "liver", "pancreas"):
            el += ["fiducials"] * 3
        if s.key == "srs_brain" and (p.area_count or 0) >= 2:
            el += ["single_isocentre"] * 5
        if "particle" not in p.features:
            el.append("seoc_pending")
        k = rng.choices((0, 1, 2, 3), weights=(0.07, 0.38, 0.38, 0.17))[0]
        pool = sorted(el)
        rng.shuffle(pool)
        chosen: list[str] = []
        for t in pool:
            if len(chosen) >= k:
                break
            if t not in chosen:
                chosen.append(t)
        # at most one addendum kind
        adds = [t for t in chosen if t.startswith("addendum_")]
        for extra in adds[1:]:
            chosen.remove(extra)
        if p.note_type == "order_proc":
            chosen.append("order_not_done")
        if p.rationale is None:
            kind = p.no_rationale_kind
            if kind == "bare" and "bare_assertion" not in chosen:
                chosen.append("bare_assertion")
            if kind == "blank":
                chosen.append("blank_rationale")
            if kind == "copied":
                chosen.append("copied_rationale")
        if s.key == "bone_mets" and p.area_count is not None and any(
                s.area(a).value.endswith("spine") for a in p.area_keys):
            chosen.append("vertebral_range")
        if p.fourd and not p.features:
            chosen.append("4dct_only")
        p.traps = sorted(set(chosen))
        # resolve the addendum / order details
        if "addendum_adds" in p.traps:
            p.deferred = [rng.choice(deferrable)]
        if p.note_type == "order_proc":
            options = [f for f in ("contrast", "arc_rotational", "custom_shielding") if f not in p.features]
            options += [m for m in ("MRI", "PET") if m not in p.modalities and m in s.fusions]
            if options:
                p.not_done = rng.choice(options)
            else:
                p.traps.remove("order_not_done")
        if "addendum_retracts" in p.traps:
            options = [f for f in ("contrast", "arc_rotational", "custom_shielding") if f not in p.features]
            options += [m for m in ("MRI", "PET") if m not in p.modalities]
            options = [x for x in options if x != p.not_done]
            if options:
                p.retract = rng.choice(options)
            else:
                p.traps.remove("addendum_retracts")
        if "addendum_area_count" in p.traps:
            p.area_mode = "addendum"

    def _nothing_traps(self, rng: random.Random, p: Plan) -> list[str]:
        t = {"aborted": ["aborted_sim"], "deferred": ["deferred_sim", "planned_feature"],
             "blank_form": ["blank_template", "unchecked_box"]}[p.nothing_kind or "aborted"]
        t += rng.sample(["historical_imaging", "other_person", "planned_modality", "immobilization"], k=rng.randint(1, 2))
        return sorted(set(t))

    def _nonsim_traps(self, rng: random.Random, p: Plan) -> list[str]:
        t = ["non_sim_mentions"]
        extra = {"consult": ["historical_imaging", "planned_modality", "planned_feature"],
                 "tumor_board": ["historical_imaging", "planned_feature", "sites_listed"],
                 "rn_triage": ["past_sim_recalled", "other_person"],
                 "telephone": ["planned_feature", "planned_modality"],
                 "tx_summary": ["past_sim_recalled", "sites_listed"],
                 "follow_up": ["historical_imaging", "past_sim_recalled"],
                 "physics_check": ["past_sim_recalled", "sites_listed"],
                 "dosimetry": ["past_sim_recalled", "fused_old_contrast"],
                 "seoc_request": ["future_authorization", "planned_feature"],
                 "outside_records": ["historical_imaging", "prior_rt_elsewhere"]}[p.note_type]
        t += extra
        if rng.random() < 0.3:
            t.append("other_person")
        return sorted(set(t))
