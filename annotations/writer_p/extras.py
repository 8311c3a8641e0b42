"""Non-evidence sentences that give writer P's notes body: site set-up details, history, plans, counselling."""

from __future__ import annotations

from .plan import Ctx

SETUP_EXTRA = {
    "prostate": ["Bladder protocol: voided, then drank {oz} oz of water {min} minutes before the scan.",
                 "Rectum empty on the scout; no gas distension.",
                 "Three gold fiducials placed by urology {d} are seen in the gland.",
                 "SpaceOAR gel placed {d} per urology note."],
    "breast": ["Wire placed on the lumpectomy scar and drain sites.", "DIBH coached: {n} reproducible holds of "
               "{sec} s with SGRT monitoring.", "Arm abduction {deg} degrees; chin turned to the contralateral side.",
               "Inframammary fold marked with a wire."],
    "head_neck": ["Dental clearance from VA dental on {d}; fluoride trays issued.", "Mouthpiece/tongue depressor in "
                  "place.", "Shoulders pulled down with straps; neck extension checked with a protractor."],
    "lung": ["Breathing instructions given; he was coached for even breathing.", "Compression belt pressure "
             "{mmhg} mmHg.", "Arms on the T-bar, hands on the grips."],
    "whole_brain": ["Mask molded in 4 minutes; ears cleared.", "Eyes open, looking at the ceiling mark."],
    "srs": ["Mask relief cuts made over the nose.", "SRS QA: couch kick clearance rehearsed with physics.",
            "Bite plate impression taken."],
    "bone_mets": ["Premedicated with oxycodone 5 mg 45 minutes before.", "Transferred with a slide board (pain).",
                  "Position chosen for comfort, tolerates about 20 minutes."],
    "cervix": ["Bladder filling protocol followed (500 mL water).", "Vaginal marker placed.",
               "Fiducial seeds at the cervix from the EUA are visible."],
    "rectum": ["Bladder full per protocol.", "Anal verge marked with a radio-opaque marker.",
               "Belly board aperture centered at the umbilicus."],
    "esophagus": ["NPO 3 hours before the scan.", "J-tube site padded and taped."],
    "pancreas": ["NPO 3 hours before the scan for stomach reproducibility.", "Biliary stent visible as a landmark."],
    "lymphoma": ["Mask molded with neck extended.", "Pre-chemo disease extent reviewed from the staging report."],
    "skin": ["Lesion outlined with wire; 1 cm margin drawn.", "Photographs taken of the outline.",
             "Eye protection discussed."],
    "sarcoma": ["Surgical scar and drain sites wired.", "Leg rotated externally about 30 degrees, foot in a cradle."],
    "bladder": ["Bladder emptied immediately before the scan (empty-bladder protocol).", "Bladder volume check done."],
    "anal": ["Anal marker placed.", "Genitalia displaced out of field with a positioning aid."],
    "spine_sbrt": ["Hardware artifact noted at adjacent levels.", "Arms on chest, BodyFIX vacuum at 80 mbar."],
    "liver": ["Compression plate at the xiphoid.", "Fiducials placed by IR {d} are seen."],
    "palliative": ["Premedicated for pain.", "Scan limited to 15 minutes for tolerance."],
    "gyn_brachy": ["Foley with 7 mL in the balloon.", "Vaginal packing placed."],
}
HX_EXTRA = [
    "Completed {cycles} cycles of {chemo} on {d}.",
    "ECOG {ecog}; walks with a {aid}.",
    "Weight {wt} lb, down {lb} lb since consult.",
    "Accompanied by his {fam}.",
    "Pain {pain}/10 controlled on current regimen.",
    "Consent (VA iMed) signed {d}; copy in VistA Imaging.",
    "Reviewed the consult note of {d}.",
    "Dental: {dental}.",
    "Smoking cessation: {smoke}.",
    "No pacemaker or defibrillator.",
    "Uses CPAP at night; brought machine for the day.",
    "Has a service dog, which waited in the lobby.",
]
PLAN_EXTRA = [
    "Dosimetry ({dos}) to contour OARs; physician contours due {later}.",
    "Beneficiary travel and lodging confirmed for the course.",
    "Nursing education completed; skin care handout given.",
    "Weekly OTV with Dr. {att} on {day}s.",
    "Labs weekly during chemotherapy (hem/onc to order).",
    "Return for verification simulation ~{later}.",
    "Chart to physics for plan check once approved.",
    "Veteran was given the department phone number for questions.",
]
COUNSEL = [
    "We discussed the simulation process in detail, including why his position has to be repeated every day and "
    "what the marks on his skin mean. He asked whether the tattoos are permanent, and we explained that they are "
    "small permanent dots. His {fam} asked about driving during the course; we advised that he may drive as long "
    "as he does not take oxycodone beforehand.",
    "Expected side effects were reviewed again: fatigue, skin irritation in the field, and site-specific effects "
    "that we described for his case. He verbalized understanding using teach-back. He was reminded that the "
    "radiation oncology nurse line is staffed weekdays and that after hours he should call the VA nurse advice "
    "line.",
    "Psychosocial: he reports anxiety about lying still because of his service history; the team talked through "
    "the steps before starting and allowed breaks. Social work (Ms. {sw}) met with him about lodging and the "
    "caregiver support program. He prefers morning appointments because of his travel distance.",
    "Goals of care reviewed. He wants to keep working part-time on the farm and is hopeful about treatment. "
    "Advance directive {ad}. Code status: full. We encouraged him to bring questions to each weekly visit.",
    "Nutrition: a dietitian consult was placed given the weight trend; he was given high-calorie shakes and "
    "instructions. Speech pathology referral already placed by ENT for baseline swallow function where relevant.",
]
NONSIM_EXTRA = [
    "He reports {sympt} since the last visit.",
    "Weight today {wt} lb.",
    "Reviewed medications; no changes by this service.",
    "Labs from {d} reviewed, {labnote}.",
    "PCP is Dr. {pcp} at {clinic}.",
    "Questions about travel pay answered.",
    "He is enrolled in the Whole Health program and uses the acupuncture clinic.",
    "Caregiver (his {fam}) present for the visit.",
    "Hem/onc note of {d} reviewed.",
    "Next appointment {later} in the Ransom Falls clinic.",
]


def _fill(ctx: Ctx, text: str) -> str:
    return text.format(
        oz=ctx.pick(["16", "20", "24"]), min=ctx.pick(["30", "45", "60"]), d=ctx.old_date(5, 40),
        n=ctx.pick(["3", "4", "5"]), sec=ctx.pick(["20", "25", "30"]), deg=ctx.pick(["90", "100", "110"]),
        mmhg=ctx.pick(["40", "50", "60"]), cycles=ctx.pick(["2", "3", "4", "6"]),
        chemo=ctx.pick(["carboplatin/paclitaxel", "FOLFOX", "cisplatin", "ABVD", "gemcitabine", "capecitabine"]),
        ecog=ctx.pick(["0", "1", "2"]), aid=ctx.pick(["cane", "walker", "no assistive device", "rollator"]),
        wt=ctx.rng.randint(121, 258), lb=ctx.rng.randint(2, 19),
        fam=ctx.pick(["wife", "daughter", "son", "brother", "caregiver", "husband"]),
        pain=ctx.rng.randint(0, 7), dental=ctx.pick(["cleared", "extractions done", "edentulous", "N/A"]),
        smoke=ctx.pick(["quit 2 months ago", "counseled, declined", "using patch", "never smoker"]),
        dos=ctx.pick(["B. Huot", "L. Kasprzak", "M. Ostlie"]), later=ctx.later_date(2, 12),
        att=ctx.pick(["Halvorsen", "Brandvold", "Tewksbury", "Dubcek", "Oyelaran", "Skrede"]),
        day=ctx.pick(["Tuesday", "Wednesday", "Thursday"]), sw=ctx.pick(["Arneson", "Blackbird", "Quist"]),
        ad=ctx.pick(["on file", "discussed and declined", "to be completed with social work"]),
        sympt=ctx.pick(["mild fatigue", "better appetite", "more back pain", "no new symptoms", "loose stools"]),
        labnote=ctx.pick(["counts stable", "mild anemia", "creatinine at baseline", "platelets low-normal"]),
        pcp=ctx.pick(["Aasland", "Farrow", "Iverson", "Mbeki"]),
        clinic=ctx.pick(["Pembina Ridge CBOC", "Sheyenne Bend CBOC", "Corvalle VA Clinic"]),
    )


def pick_fill(ctx: Ctx, pool: list[str], k: int) -> list[str]:
    """K distinct filled sentences from a pool."""
    return [_fill(ctx, t) for t in ctx.rng.sample(pool, min(k, len(pool)))]


def setup_extra(ctx: Ctx) -> list[str]:
    """Site-specific set-up detail."""
    pool = SETUP_EXTRA.get(ctx.plan.site, [])
    return pick_fill(ctx, pool, ctx.rng.randint(0, min(2, len(pool))))

TIMEOUT = [
    "Universal Protocol: correct patient (full name and date of birth), correct procedure and correct site verified. "
    "Time-out performed at {time} with {rtt}, RTT, and the physician present. Signature consent on file (iMed) dated "
    "{d}.",
    "Time out at {time}: two identifiers (name, DOB), procedure confirmed against the signed consent of {d}, "
    "allergies reviewed. Participants: physician, {rtt} (RTT).",
    "Pre-procedure verification completed. Consent signed {d} and scanned. Time-out called at {time}; all team "
    "members agreed.",
]
INSTRUCTIONS = [
    "Sim instructions given: keep the marks dry and do not scrub them; no lotions or powders on the treatment area "
    "unless approved by the nurse; call the clinic for fever over 100.4 F.",
    "Written instructions provided (RAD ONC handout 'After your simulation'): marks, skin care, appointment times, "
    "and the clinic phone number.",
    "Veteran instructed to keep the same bladder and bowel routine on treatment days and to bring his medication "
    "list to the first treatment.",
]
FOOTERS = [
    "This note was created with the RAD ONC SIMULATION template (v3.2).",
    "Template: RO CT SIM NOTE - VANPHCS.",
    "Note entered using a CPRS reminder dialog; unanswered items were left blank.",
    "** Enter RETURN to continue or '^' to exit **",
    "Electronically filed to the Radiation Oncology treatment record.",
]
REMINDER_RESIDUE = [
    "Pain screen: Not answered", "Fall risk reassessed: [X] YES  [ ] NO", "Tattoos placed: [X] YES  [ ] NO",
    "Interpreter needed: [ ] YES  [X] NO", "Pregnancy test required: N/A", "Pacemaker/ICD: [ ] YES  [X] NO",
    "Latex allergy: [ ] YES  [X] NO", "Claustrophobia: Not answered", "Isolation precautions: none",
    "Photos uploaded to chart: [X] YES  [ ] NO", "Patient transported by: ambulatory",
]
NURSE_BOILER = [
    "Contrast screening questionnaire completed: no prior reaction, not on dialysis, diabetic on metformin "
    "instructed per policy.",
    "Vital signs stable before and after the procedure. Patient denied pain or dizziness on discharge.",
    "Education: purpose of simulation, skin marks, what to expect on the first treatment day. Learner: veteran. "
    "Barriers: hearing loss (hearing aids in). Method: verbal and written. Response: verbalized understanding.",
    "IV removed, catheter intact, pressure held, site clean and dry.",
]


def timeout(ctx: Ctx) -> str:
    """A universal-protocol paragraph."""
    return ctx.pick(TIMEOUT).format(time=ctx.time(), rtt=ctx.pick(["K. Mosby", "T. Gruenwald", "R. St John",
                                                                   "D. Fallon", "C. Yellowhorse", "L. Bjornson"]),
                                    d=ctx.old_date(3, 25))

PROCESS = [
    "The veteran was identified with two identifiers and brought to the simulation room. He was positioned on the "
    "flat tabletop and aligned to the room lasers. The immobilization device was indexed to the couch, the "
    "reference isocenter was marked on the skin, and the images were transferred to the treatment planning system "
    "for contouring by the physician.",
    "Standard simulation workflow: identity confirmed, position set and reproduced twice, lasers aligned to the "
    "reference marks, marks made permanent, photographs of the setup taken for the treatment record, and the "
    "dataset sent to the planning system. The therapists remained with the veteran throughout.",
    "He was set up by the radiation therapists in the treatment position, the laser crosshairs were aligned to "
    "the reference marks, and the setup was photographed for the daily treatment record. The dataset was exported "
    "to the planning system and the physician was notified that it was ready for contouring.",
]
OTV_GRID = [
    "Skin: {g0}  Fatigue: {g1}  Nausea: {g2}  Diarrhea: {g3}  Mucositis: {g4}  Dysphagia: {g5}",
    "CTCAE v5 - dermatitis grade {g0}, fatigue grade {g1}, anorexia grade {g2}, urinary frequency grade {g3}",
    "Toxicity (CTCAE): skin {g0} / fatigue {g1} / GI {g2} / GU {g3} / pain {g4}",
]
CONSULT_DISCUSSION = [
    "We discussed the nature of radiation therapy, the expected course, and the alternatives including surgery, "
    "systemic therapy alone, and observation. Acute side effects reviewed: fatigue, skin changes in the treated "
    "area, and site-specific effects. Late effects reviewed, including a small risk of a second cancer. All "
    "questions were answered to his satisfaction.",
    "Risks, benefits and alternatives were discussed at length with the veteran and his family. He understands "
    "that treatment is given once daily on weekdays and that weekly visits with the physician are part of the "
    "course. He wishes to proceed.",
    "Informed consent discussion held; the iMed consent was reviewed line by line. He was given written "
    "information about radiation therapy and the department phone number.",
]
SUMMARY_FU = [
    "Follow-up: radiation oncology in 6-8 weeks, then every 3 months for the first year alternating with "
    "hem/onc. Survivorship care plan sent to the PCP.",
    "Surveillance per NCCN-type schedule with imaging at the discretion of the treating team; copy of this "
    "summary routed to the PCP and to the referring service.",
    "He was instructed to call for new or worsening symptoms. Treatment summary provided to the veteran and "
    "uploaded to VistA Imaging.",
]

HANDOFF = [
    "Handoff to dosimetry: the CT dataset, setup photographs and the physician's directive were placed in the "
    "planning queue. The physician will complete target contours and the written directive before planning begins. "
    "Physics will perform the initial plan check and the pre-treatment QA before the first fraction.",
    "Planning workflow: physician contours and directive, dosimetry plan, physician plan review and approval, "
    "physics plan check, then the verification (first day) setup on the treatment unit with imaging per the "
    "department IGRT policy.",
    "The dataset was sent to the treatment planning system. Contouring, planning, plan approval and the physics "
    "second check will follow in the usual order; the veteran will be called with the start date.",
]
RESIDENT_DISCLAIMER = [
    "This note was written by a resident physician under the supervision of the staff radiation oncologist, who "
    "will co-sign it.",
    "Resident note. The staff physician was available throughout and reviewed the simulation images.",
    "Supervision: staff physician physically present for the critical portion of the procedure (VHA Directive "
    "1400.01 level 2).",
]
SETUP_STANDARD = [
    "Setup instructions for the treatment unit: reproduce the position from the photographs, align to the "
    "tattoos, then shift to the treatment isocenter as directed in the plan.",
    "Daily setup: index the device to the couch, level to the lateral marks, and verify with the imaging "
    "specified in the plan before each fraction.",
    "Therapists to follow the setup note and photographs; any change in the immobilization must be reported to "
    "the physician before treatment.",
]

PHYSICS_BOILER = [
    "Weekly chart check items: prescription and fractionation match the plan, daily dose records complete, "
    "cumulative dose correct, imaging reviewed by the physician, no unresolved treatment interruptions.",
    "Checked: treatment parameters against the approved plan, record-and-verify overrides (none), couch "
    "tolerances, and the physician's image approvals for the week.",
]
