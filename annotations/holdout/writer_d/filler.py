"""Long-note filler (history, medications, ROS, exam, labs, counselling) and non-simulation note bodies.

Nothing here is evidence: imaging is historical and dated, plans are future, and past courses are past.
"""

from __future__ import annotations

from writer_d.phrases import Ctx

HPI_OPENERS = (
    "{age}-year-old {sex} with {dx} who presents for simulation.",
    "Pt is a {age} y/o {sex}, referred by Dr. {md}, with {dx}.",
    "This {age}-year-old {sex} was seen in multidisciplinary clinic for {dx}.",
    "{age} yo {sex}, {dx}, here today to proceed with radiation planning.",
)
HPI_COURSE = (
    "Symptoms began around {month} with {symptom}.",
    "Work-up by the referring team included labs and staging imaging (see below).",
    "Reviewed at tumour board on {date2}; consensus for definitive radiation.",
    "Completed {chemo} with moderate fatigue.",
    "Weight has been stable; appetite fair. Pain controlled on current regimen.",
    "Discussed risks, benefits and alternatives at consult; consent signed on {date2}.",
    "Pt reports {symptom} that is improving, and denies new neurologic symptoms.",
    "Dental clearance and nutrition referral completed where relevant.",
    "Goals of care reviewed with pt and family; full code.",
    "Pt lives {distance} miles away and has arranged transportation through the cancer centre volunteers.",
)
SYMPTOMS = (
    "fatigue",
    "intermittent pain",
    "dysphagia to solids",
    "haematuria",
    "cough",
    "a palpable lump",
    "weight loss of 4 kg",
)
CHEMO = (
    "systemic therapy per medical oncology",
    "a course of chemotherapy",
    "hormonal therapy (ongoing)",
    "immunotherapy",
)
PMH = (
    "HTN",
    "T2DM (A1c 7.1)",
    "hyperlipidaemia",
    "COPD (FEV1 58%)",
    "CAD s/p PCI 2017",
    "hypothyroidism",
    "GERD",
    "osteoarthritis",
    "depression",
    "CKD stage 3a",
    "AF on apixaban",
    "OSA on CPAP",
    "BPH",
    "migraine",
)
PSH = ("appendectomy", "cholecystectomy", "TKR", "hernia repair", "C-section x2", "port placement", "tonsillectomy")
MEDS = (
    "lisinopril 10 mg daily",
    "metformin 500 mg BID",
    "atorvastatin 40 mg nightly",
    "apixaban 5 mg BID",
    "levothyroxine 75 mcg",
    "omeprazole 20 mg",
    "oxycodone 5 mg q6h PRN",
    "ondansetron 8 mg PRN",
    "sertraline 50 mg",
    "tamsulosin 0.4 mg",
    "gabapentin 300 mg TID",
    "dexamethasone 4 mg BID",
)
SOCIAL = (
    "Former smoker, 30 pack-years, quit 2015. Occasional alcohol. Retired teacher, lives with spouse.",
    "Never smoker. Works as an electrician. Lives alone, daughter nearby.",
    "Current smoker 1/2 ppd, counselled on cessation. No illicit drugs.",
    "Lives with partner and two children; independent in ADLs.",
)
FAMILY = (
    "Father: colon ca at 70. Mother: HTN.",
    "No family history of malignancy.",
    "Brother: prostate ca. Maternal aunt: ovarian ca.",
    "Mother had breast cancer treated with surgery and radiation.",
)
ROS = (
    "Constitutional: fatigue, no fevers.",
    "Eyes: no visual change.",
    "ENT: no hoarseness.",
    "CV: no chest pain, no palpitations.",
    "Resp: mild exertional dyspnoea.",
    "GI: no nausea, bowels regular.",
    "GU: nocturia x2.",
    "MSK: back pain as per HPI.",
    "Skin: no rash.",
    "Neuro: no weakness or numbness.",
    "Psych: mood ok, anxious about treatment.",
    "Heme: no easy bruising.",
)
EXAM = (
    "Vitals: BP 132/78, HR 76, T 36.8, SpO2 97% RA, wt 71.4 kg.",
    "General: well appearing, NAD.",
    "HEENT: anicteric, oropharynx clear.",
    "Neck: supple.",
    "Lungs: CTA bilaterally.",
    "Heart: RRR, no murmurs.",
    "Abdomen: soft, NT/ND.",
    "Ext: no edema.",
    "Neuro: CN II-XII grossly intact.",
    "Skin: no lesions in the treatment region.",
    "KPS 80, ECOG 1.",
)
LABS = (
    "Hgb 11.8, WBC 6.2, Plt 211.",
    "Cr 0.9, eGFR > 60.",
    "Na 138, K 4.1.",
    "AST/ALT wnl.",
    "TSH 2.3.",
    "Glucose 142.",
    "PSA as above.",
    "CEA 4.1.",
    "Albumin 3.6.",
)
COUNSEL = (
    "Skin care, fatigue and site-specific side effects reviewed; written materials given.",
    "Daily treatment schedule and weekly OTVs explained.",
    "Pt agrees to proceed; questions answered.",
    "Nutrition and social work referrals placed.",
    "Smoking cessation reinforced.",
    "Reviewed that set-up images will be taken during treatment.",
)


def long_sections(ctx: Ctx, dx: str, target_words: int) -> list[tuple[str, str, list[str]]]:
    """Return filler sections (key, title, sentences) of roughly ``target_words`` words."""
    rng = ctx.rng
    f = {
        "age": ctx.age,
        "sex": {"prostate": "man", "cervix": "woman", "endometrium": "woman", "breast": "woman"}.get(
            ctx.site, rng.choice(("man", "woman"))
        ),
        "dx": dx,
        "md": ctx.md,
        "month": rng.choice(("January", "March", "late spring", "the autumn", "August")),
        "symptom": rng.choice(SYMPTOMS),
        "date2": ctx.extra.get("pdate", ctx.date),
        "chemo": rng.choice(CHEMO),
        "distance": rng.choice((12, 35, 60, 110)),
    }
    out: list[tuple[str, str, list[str]]] = []
    hpi = [rng.choice(HPI_OPENERS).format(**f)]
    hpi += [s.format(**f) for s in rng.sample(HPI_COURSE, k=rng.randint(4, 7))]
    out.append(("hpi", "History of present illness", hpi))
    pmh = [", ".join(rng.sample(PMH, k=rng.randint(3, 7))) + "."]
    pmh.append("PSH: " + ", ".join(rng.sample(PSH, k=rng.randint(1, 3))) + ".")
    out.append(("pmh", "Past medical / surgical history", pmh))
    out.append(("meds", "Medications", ["; ".join(rng.sample(MEDS, k=rng.randint(4, 9))) + "."]))
    out.append(("social", "Social history", [rng.choice(SOCIAL)]))
    out.append(("family", "Family history", [rng.choice(FAMILY)]))
    out.append(("ros", "Review of systems", rng.sample(ROS, k=rng.randint(7, 12))))
    out.append(("exam", "Physical examination", rng.sample(EXAM, k=rng.randint(7, 11))))
    out.append(("labs", "Labs", rng.sample(LABS, k=rng.randint(4, 8))))
    out.append(("counsel", "Counselling", rng.sample(COUNSEL, k=rng.randint(3, 6))))

    def words() -> int:
        return sum(len(s.split()) for _, _, ss in out for s in ss)

    interval: tuple[str, str, list[str]] = (
        "interval",
        rng.choice(("Interval history", "Interval events", "Interim course")),
        [],
    )
    out.insert(1, interval)
    seen: set[str] = set()
    tries = 0
    while words() < target_words and tries < 200:
        tries += 1
        line = interval_event(ctx)
        if line in seen:
            continue
        seen.add(line)
        interval[2].append(line)
    return out


INTERVAL_NOTES = (
    "Interval phone call on {date2}: no new complaints.",
    "Seen by nursing for education; spouse present.",
    "Pt asked about driving during treatment; advised as tolerated.",
    "Pain score today 3/10, was 6/10 at consult.",
    "Reviewed with the referring oncologist, Dr. {md}.",
    "Medication reconciliation completed by nursing.",
    "Interpreter not required.",
    "Reports sleeping 5-6 h per night.",
)


_EVENT_WHO = (
    "medical oncology",
    "the nurse navigator",
    "palliative care",
    "dietetics",
    "social work",
    "PT/OT",
    "the GP",
    "cardiology",
    "the dental team",
    "pharmacy",
    "the surgical team",
    "psychology",
)
_EVENT_WHAT = (
    "no new concerns raised",
    "weight {wt} kg, down {dw} kg from baseline",
    "pain {pain}/10, analgesia adjusted",
    "fatigue grade {g}, working reduced hours",
    "BP {sys}/{dia}, medication unchanged",
    "mood low but coping; support offered",
    "Hgb {hgb}, no transfusion needed",
    "reviewed transport and parking arrangements",
    "questions about diet answered; leaflet given",
    "appetite reduced; supplements started",
    "sleep poor; sleep hygiene discussed",
    "family meeting held; plan understood",
    "creatinine {cr}, stable",
    "anticoagulation plan confirmed with the prescriber",
    "steroid taper discussed",
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def interval_event(ctx: Ctx) -> str:
    """Return one dated interval-history entry (varied values, no imaging, no simulation content)."""
    rng = ctx.rng
    what = rng.choice(_EVENT_WHAT).format(
        wt=round(rng.uniform(48, 110), 1),
        dw=round(rng.uniform(0.5, 6), 1),
        pain=rng.randint(1, 8),
        g=rng.randint(1, 2),
        sys=rng.randint(104, 162),
        dia=rng.randint(58, 96),
        hgb=round(rng.uniform(8.6, 14.2), 1),
        cr=round(rng.uniform(0.6, 1.6), 2),
    )
    when = f"{rng.randint(1, 28)} {rng.choice(_MONTHS)}"
    return rng.choice(
        (
            f"{when}: seen by {rng.choice(_EVENT_WHO)}; {what}.",
            f"On {when} {rng.choice(_EVENT_WHO)} reviewed the pt - {what}.",
            f"Contact with {rng.choice(_EVENT_WHO)} ({when}): {what}.",
            f"{when} telephone follow-up: {what}.",
        )
    )
