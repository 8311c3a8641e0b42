"""Trap text: mentions that look like evidence but do not count.  Everything here is plain text."""

from __future__ import annotations

FEATURE_WORDS = {
    "contrast": "IV contrast", "arc_rotational": "VMAT", "custom_shielding": "custom blocks",
    "complex_blocking": "complex blocking", "particle": "protons", "brachytherapy": "applicator placement",
    "hyperthermia": "hyperthermia",
}

NEGATED_FEATURE = {
    "contrast": (
        "No IV contrast given: eGFR {egfr} and metformin not held.",
        "Contrast: none (iodinated contrast allergy - hives in {year}).",
        "IV could not be placed after 3 sticks; scan done without contrast.",
        "Oral contrast offered and declined by the Veteran; none given.",
        "Non-contrast study only - no contrast agent was used today.",
    ),
    "arc_rotational": ("Not an arc case - static 3D fields.", "No VMAT; 3D conformal technique.",
                       "Technique: not rotational (fixed-gantry fields)."),
    "custom_shielding": ("No custom blocks poured; MLC shaping only.", "Custom cutout not needed - standard applicator "
                         "opening used.", "Cerrobend: none."),
    "complex_blocking": ("No complex blocking required.", "Blocking is simple MLC, not complex blocking."),
    "particle": ("Protons not pursued (community care denied the request).", "Photon plan - no proton therapy."),
    "brachytherapy": ("No applicator placed today.", "No brachytherapy component this course."),
    "hyperthermia": ("No hyperthermia this course.",),
}

NEGATED_MODALITY = {
    "MRI": ("MRI fusion not done: retained shrapnel fragments ({war}) - MRI contraindicated per radiology.",
            "No MRI for fusion (non-conditional pacemaker).", "MRI not obtained; Veteran unable to tolerate the bore."),
    "PET": ("No PET/CT fusion - outside PET never received.", "PET not available for fusion."),
    "fluoroscopy": ("No fluoroscopy used.",),
    "ultrasound": ("No ultrasound used.",),
    "CT": ("No CT obtained today.",),
}

PLANNED_FEATURE = {
    "contrast": ("Will give IV contrast at re-sim if creatinine improves.", "May need oral contrast at the boost sim.",
                 "Consider contrast next time if nodes hard to see."),
    "arc_rotational": ("Dosimetry may convert to VMAT if the cord constraint is not met.",
                       "VMAT vs static IMRT to be decided at plan review."),
    "particle": ("Proton referral through community care (SEOC) is pending.",
                 "Will discuss proton therapy at {partner} if authorization comes through."),
    "custom_shielding": ("Custom block may be needed after first-day port films.",
                         "Will order a cutout if the field changes at the boost."),
    "complex_blocking": ("Complex blocking may be considered for the boost phase.",),
    "brachytherapy": ("Plan HDR boost after EBRT - applicator sim will be scheduled then.",),
    "hyperthermia": ("Hyperthermia consult at {partner} pending.",),
}

PLANNED_MODALITY = {
    "MRI": ("Will fuse MRI when the outside study is loaded into MIM.", "MRI sim requested for next week.",
            "Plan MRI fusion for the boost if the radiology slot opens."),
    "PET": ("Plan to fuse PET/CT once images are pushed from the community PACS.",
            "Restaging PET ordered; may fuse for the cone-down."),
    "fluoroscopy": ("Verification on the conventional simulator to be scheduled before day 1.",),
    "ultrasound": ("Ultrasound-guided insertion planned for the brachy fractions.",),
    "CT": ("Repeat CT sim planned at week 3 for adaptive replanning.",),
}

BARE_ASSERTIONS = (
    "Complex simulation medically necessary.",
    "This simulation meets criteria for complex simulation (CPT 77290).",
    "Complexity: HIGH per attending.",
    "Medical necessity for complex simulation: YES",
    "Complex sim indicated.",
    "Justification for 77290: per department protocol.",
    "The simulation was complex and medically necessary for this Veteran.",
    "Complex simulation required - see above.",
)

OTHER_PERSON = (
    "Veteran's brother (also Vietnam, Da Nang) had IV contrast and proton therapy at another center; Veteran asks about "
    "the same.",
    "Spouse at bedside; she had a CT with contrast at the CBOC last month and reacted, so she is anxious about the dye.",
    "His son is a CT technologist at a community hospital and asked whether a 4DCT and PET fusion were done for him "
    "there; explained those were his son's patients, not him.",
    "A bunkmate from his unit was treated with VMAT here in 2020; Veteran heard about the custom blocks and arcs.",
    "Caregiver (daughter) reports her own MRI with gadolinium last year for MS.",
    "Roommate at the domiciliary had brachytherapy with an applicator placed under fluoroscopy - Veteran asked if he "
    "would need that; no.",
)

BOLUS = ("{n} mm bolus over the scar, tissue-equivalent.", "1 cm Superflab bolus on the {lat} chest wall.",
         "Bolus 0.5 cm placed for the first half of treatment.", "Wet gauze bolus over the lesion.")

MLC_ONLY = ("Blocking: MLC only (no custom blocks).", "Field shaping with standard MLC.", "MLC conformal shaping; no "
            "Cerrobend.", "Shielding: MLC leaves only.")

SINGLE_ISO = ("One isocenter placed centrally for all targets.", "Single isocenter; couch kicks x4.")

ALLERGY = ("IODINATED CONTRAST MEDIA (hives, {year})", "iodinated contrast - anaphylactoid reaction {year}",
           "GADOLINIUM (nausea)", "shellfish (?contrast) - premedicate")

TANGENTS = ("Tangential fields marked; light field checked on the skin.", "Tangent borders set medially at midline.")

DIBH = ("DIBH coached; breath-hold reproducible within 2 mm on RPM.", "Deep inspiration breath hold used (Varian RPM).")

FIDUCIALS = ("Three gold fiducials identified on the scout.", "Fiducials present and stable.")


def copy_forward(ctx) -> str:
    rng = ctx.rng
    old = ctx.date_before(400, 2100)
    oar = rng.choice(ctx.oars)
    items = rng.sample((
        "IV contrast given (Omnipaque 100 mL).", "Custom Cerrobend blocks fabricated.", "VMAT technique.",
        "MRI fused for target delineation.", f"Reason for complex sim: tumor within 3 mm of the {oar}.",
        "Three treatment areas simulated.", "PET/CT fused.", "Oral contrast 450 mL.",
    ), k=3)
    head = rng.choice((f"--- copied from sim note of {old} (prior course) ---",
                       f"[Prior course, text carried forward from {old}:]",
                       f"PREVIOUS COURSE ({old}) - copied forward for reference:",
                       "*** copied from 2019 sim note ***"))
    tail = rng.choice(("--- end of copied text ---", "[end prior course text]", "", "*** end copy ***"))
    return "\n".join([head, *items, tail]).rstrip()


def historical(ctx, n: int = 1) -> tuple[str, bool]:
    """Dated diagnostic imaging from before the simulation; returns the text and whether it mentions contrast."""
    rng = ctx.rng
    lines = []
    for tpl in rng.sample(ctx.site.hist, k=min(n, len(ctx.site.hist))):
        lines.append(ctx.fill(tpl).format(d=ctx.date_before(20, 200), n=f"{rng.randint(1, 7)}.{rng.randint(0, 9)}",
                                          suv=f"{rng.randint(4, 22)}.{rng.randint(0, 9)}", pirads=rng.choice((4, 5)),
                                          deau=rng.choice((2, 3, 4))))
    text = "\n".join(lines)
    low = text.lower()
    return text, any(w in low for w in ("contrast", "gadolinium", "eovist", "urogram"))
