"""Traps: text that looks like evidence but must not count. None of them ever changes the planned labels."""
# ruff: noqa: E501

from __future__ import annotations

import random

from .evidence import date
from .plan import Plan
from .vocab import BARE, MED_ONCS, SITES

FINDINGS = [
    "interval decrease in nodal disease",
    "stable disease",
    "new 8 mm nodule",
    "partial response",
    "no new mets",
    "mild progression at primary",
    "c/w treatment response",
]


def _other_site(p: Plan, rng: random.Random) -> str:
    names = [k for k in SITES if k != p.site]
    other = SITES[rng.choice(names)]
    return rng.choice(other["areas"][0][1])


def choose(p: Plan, rng: random.Random) -> list[tuple[str, str, str, str]]:
    """Return (section, label, markup, trap) lines for a simulation note."""
    f = set(p.features)
    mods = set(p.modalities)
    pool: list[tuple[str, str, str, str]] = []
    med = rng.choice(MED_ONCS)
    regimen = rng.choice(SITES[p.site]["regimen"])
    pool.append(
        (
            "hx",
            "Imaging hx",
            rng.choice(
                [
                    f"CT C/A/P w/ IV contrast {date(rng)} ({med.split()[-1]}) - {rng.choice(FINDINGS)}",
                    f"contrast-enhanced CT restaging per med onc {date(rng)}: {rng.choice(FINDINGS)}",
                    f"MRI {date(rng)} showed {rng.choice(['2.1 cm', '3.4 cm', '11 mm'])} lesion (diagnostic, pre-referral)",
                    f"PET/CT {date(rng)} at outside facility: {rng.choice(FINDINGS)}",
                ]
            ),
            "historical_imaging",
        )
    )
    pool.append(
        (
            "hx",
            "Systemic",
            f"concurrent {regimen} per {med}; restaging contrast CT after C{rng.randint(2, 4)} {rng.choice(FINDINGS)}",
            "medonc_restaging_ct",
        )
    )
    pool.append(("rationale", "Necessity", rng.choice(BARE), "bare_assertion"))
    pool.append(
        (
            "plan",
            "Prior",
            rng.choice(
                [
                    f"[copied from {rng.choice([2019, 2020, 2021, 2022])} sim note] three treatment areas; IV contrast; VMAT",
                    f"prior course ({rng.choice([2018, 2021])}): 4 areas, custom blocks, MRI fusion - see old chart",
                    "copied forward from prior course: complex sim justified, contrast given",
                ]
            ),
            "copy_forward",
        )
    )
    if "contrast" not in f:
        pool.append(
            (
                "sim",
                "Contrast",
                rng.choice(
                    [
                        "no IV contrast (Cr 1.9)",
                        "contrast not given - iodine allergy",
                        "no contrast this scan",
                        "oral contrast declined by pt",
                        "IV contrast held per med onc (GFR 38)",
                    ]
                ),
                "negated_feature",
            )
        )
        if p.outcome != "no_imaging":
            pool.append(
                (
                    "addendum",
                    "Addendum",
                    rng.choice(
                        [
                            f"Addendum {date(rng)}: correction - IV contrast was NOT given (IV infiltrated), scan done without",
                            "ADDENDUM: no contrast was administered for this scan (pt refused IV)",
                        ]
                    ),
                    "addendum_retracts_feature",
                )
            )
    if "arc_rotational" not in f:
        pool.append(
            (
                "plan",
                "Technique",
                rng.choice(
                    [
                        "may convert to VMAT if 3D plan can't meet constraints",
                        "will consider arc plan at replan",
                        "3D conformal, no arcs",
                    ]
                ),
                "planned_feature",
            )
        )
    if "custom_shielding" not in f and "complex_blocking" not in f:
        pool.append(
            (
                "sim",
                "Blocks",
                rng.choice(["MLC shaping only", "no custom blocks", "standard MLC, no complex blocking"]),
                "mlc_only",
            )
        )
    if "MRI" not in mods and p.outcome != "no_imaging":
        pool.append(
            (
                "plan",
                "Fusion",
                rng.choice(
                    [
                        "will fuse MRI once outside disc arrives",
                        "MRI fusion pending - pt to get MRI next wk",
                        "may need MRI fusion for boost",
                    ]
                ),
                "planned_modality",
            )
        )
    if p.n_areas == 1 and "arc_rotational" not in f:
        pool.append(
            (
                "sim",
                "Beams",
                rng.choice(
                    [
                        "7-field IMRT, all beams on the one target",
                        "4 static fields to the single PTV",
                        "9 beams, one isocenter, one target",
                    ]
                ),
                "many_beams",
            )
        )
    if p.fourdct and not f:
        pool.append(
            ("sim", "Motion", "4DCT for motion management (77293), no other special technique", "fourdct_alone")
        )
    if p.count_form == "stated":
        pool.append(
            (
                "areas",
                "Prior site",
                f"{_other_site(p, rng)} treated {rng.choice([2017, 2020])} - not part of this course",
                "prior_site_in_passing",
            )
        )
    pool.append(
        (
            "hx",
            "Family",
            rng.choice(
                [
                    "spouse also followed here (breast XRT w/ contrast sim 2022)",
                    "brother had proton tx at outside center",
                    "sister had SRS for brain mets",
                ]
            ),
            "other_person",
        )
    )
    if p.outcome == "no_imaging":
        pool.append(
            (
                "sim",
                "Imaging",
                rng.choice(
                    ["no CT - clinical setup", "no sim CT; set up clinically", "imaging not needed, clinical markup"]
                ),
                "negated_modality",
            )
        )
    k = rng.choice([1, 2, 2, 3, 3, 4])
    picked = rng.sample(pool, min(k, len(pool)))
    if p.rationale is None and rng.random() < 0.6 and all(t[3] != "bare_assertion" for t in picked):
        picked.append(pool[2])
    if p.outcome == "no_imaging" and all(t[3] != "negated_modality" for t in picked):
        picked.append(pool[-1])
    if p.fourdct and not f and all(t[3] != "fourdct_alone" for t in picked) and rng.random() < 0.7:
        picked += [t for t in pool if t[3] == "fourdct_alone"]
    if rng.random() < 0.1:
        return []
    return picked
