# ruff: noqa: E501  (phrase tables: one phrase per line reads better than wrapped strings)
"""Phrase pools shared by all disease sites (all content is invented)."""

from __future__ import annotations

NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}

CONTRAST = {
    "IV": [
        "<<F:contrast|IV contrast (Omnipaque 350, {ml} mL) given>>",
        "<<F:contrast|{ml} mL Isovue-370 IV administered>> without reaction",
        "<<F:contrast|IV contrast was administered>> through a 20 g {side} antecubital line",
        "pt received <<F:contrast|IV contrast (iohexol 300, {ml} mL)>> by power injector",
        "scan obtained <<F:contrast|with IV contrast>>, arterial and venous phases",
        "<<F:contrast|contrast-enhanced>> planning scan acquired after IV injection of {ml} mL",
    ],
    "oral": [
        "<<F:contrast|oral contrast>> given 45 min before the scan",
        "pt drank <<F:contrast|dilute barium (450 mL)>> for small bowel opacification",
        "<<F:contrast|oral contrast (Readi-Cat, 2 bottles)>> taken before the scan",
    ],
    "rectal": [
        "<<F:contrast|rectal contrast>> instilled to mark the rectum",
        "<<F:contrast|rectal contrast (30 mL dilute Omnipaque)>> given via catheter",
    ],
    "vaginal": [
        "<<F:contrast|vaginal contrast>> placed to define the vaginal canal",
        "<<F:contrast|intravaginal contrast (10 mL dilute Omnipaque)>> instilled",
    ],
    "bladder": [
        "<<F:contrast|bladder contrast (50 mL via Foley)>> instilled",
        "<<F:contrast|dilute contrast instilled in the bladder>> through the Foley",
    ],
    "urethrogram": [
        "<<F:contrast|retrograde urethrogram with {ml} mL contrast>> to locate the prostatic apex",
        "<<F:contrast|urethrogram contrast>> injected to show the GU diaphragm",
    ],
}
CONTRAST_FIELD = [
    "Contrast: <<F:contrast|IV Omnipaque 350, {ml} mL>>",
    "Contrast: <<F:contrast|IV, Isovue-300 {ml} mL, no reaction>>",
    "Contrast given: <<F:contrast|yes - IV iohexol {ml} mL>>",
]
CONTRAST_NEG = [
    "No contrast",
    "No IV contrast (eGFR 38)",
    "Contrast: none",
    "IV contrast not given because of a prior reaction",
    "Scan done without contrast",
    "Contrast was not used",
    "No oral or IV contrast given",
]
CONTRAST_PLANNED = [
    "If the {oar} cannot be separated on this scan we will add contrast at a repeat sim",
    "May need IV contrast for the boost simulation",
    "Plan IV contrast at the next simulation once the creatinine is rechecked",
    "Consider contrast for the cone-down",
    "Contrast would be given only if the {oar} is not visible; to be decided",
]
CONTRAST_BLANK = ["Contrast: ___", "Contrast type/volume: ______", "IV contrast (Y/N): __"]

ARC = [
    "<<F:arc_rotational|VMAT>>",
    "<<F:arc_rotational|2 full arcs (VMAT)>>",
    "<<F:arc_rotational|RapidArc>>",
    "<<F:arc_rotational|helical tomotherapy>>",
    "<<F:arc_rotational|dynamic conformal arcs>>",
    "<<F:arc_rotational|volumetric modulated arc therapy>>",
    "<<F:arc_rotational|two partial arcs>>",
]
ARC_PLANNED = [
    "VMAT may be considered if the cord dose is too high",
    "VMAT vs 3D to be decided after contouring",
    "an arc plan could be tried if the first plan is unacceptable",
]
ARC_NEG = ["No arc therapy; 3D conformal", "VMAT not used", "Arc technique not needed"]

SHIELD = [
    "<<F:custom_shielding|custom Cerrobend blocks>> fabricated to shield the {oar}",
    "<<F:custom_shielding|custom Cerrobend block>> poured for the {oar}",
    "<<F:custom_shielding|custom lead shield>> made to protect the {oar}",
]
SHIELD_SKIN = [
    "<<F:custom_shielding|custom electron cutout>> fabricated for the 10x10 cone",
    "<<F:custom_shielding|custom Cerrobend electron cutout>> made from the skin tracing",
    "<<F:custom_shielding|custom lead eye shield>> fitted",
    "<<F:custom_shielding|custom lead mask shield>> cut to the lesion outline",
]
SHIELD_NEG = [
    "Custom blocks not required; fields shaped with standard MLC",
    "No custom shielding",
    "No Cerrobend blocks made",
]
SHIELD_PLANNED = [
    "Custom blocks may be made after review of the field",
    "A cutout will be fabricated at first treatment if needed",
]
SHIELD_BLANK = ["[ ] custom blocks", "Custom shielding: ___", "Blocks: ____"]

BLOCKING = [
    "<<F:complex_blocking|complex blocking>> of the {oar} designed on the DRR",
    "MLC shaped with <<F:complex_blocking|complex blocking>> around the {oar}",
    "fields require <<F:complex_blocking|complex blocking>> to spare the {oar}",
]
MLC_ONLY = ["Fields shaped with standard MLC", "MLC shaping only, no complex blocking", "Apertures shaped with MLC"]

PARTICLE = [
    "<<F:particle|proton therapy>>",
    "<<F:particle|pencil-beam scanning protons>>",
    "<<F:particle|PBS proton>> plan",
    "<<F:particle|proton beam therapy>>",
]
PARTICLE_PLANNED = ["Proton referral pending insurance authorization", "Protons may be considered if approved"]

BRACHY = {
    "gyn": [
        "<<F:brachytherapy|tandem and ovoid applicator position verified>> on the scan",
        "<<F:brachytherapy|tandem and ring applicator verified>> in relation to the cervix",
        "<<F:brachytherapy|vaginal cylinder position verified>>, flush with the apex and no air gaps",
        "<<F:brachytherapy|interstitial needle positions verified>> before planning",
    ],
    "prostate": [
        "<<F:brachytherapy|HDR catheter positions verified>> on CT",
        "<<F:brachytherapy|HDR needle positions checked and verified>> relative to the urethra",
    ],
}
BRACHY_PLANNED = ["Brachytherapy applicator placement planned for next week", "Brachytherapy boost to follow EBRT"]

HYPERTHERMIA = [
    "<<F:hyperthermia|hyperthermia thermometry probe position verified>> on CT",
    "<<F:hyperthermia|interstitial hyperthermia probes verified>> in the target",
]
HYPERTHERMIA_PLANNED = ["Hyperthermia may be added per the sarcoma protocol"]

CT = [
    "<<M:CT|CT simulation>> performed, {sl} mm slices",
    "<<M:CT|CT sim>> done in the treatment position at {sl} mm",
    "<<M:CT|planning CT>> acquired from {ext}, {sl} mm slices",
    "scanned on the <<M:CT|big-bore CT simulator>> at {sl} mm",
    "<<M:CT|CT images>> acquired in the treatment position, {sl} mm",
    "<<M:CT|CT-based simulation>> completed with {sl} mm cuts",
]
CT_FIELD = ["Imaging: <<M:CT|CT sim>>, {sl} mm", "Scan: <<M:CT|CT>> {sl} mm, {ext}", "Modality: <<M:CT|CT simulator>>"]
FOURD = [
    "<<M:CT|4DCT>> acquired over 10 phases; ITV generated from the MIP",
    "<<M:CT|4D CT>> with respiratory trace; ITV drawn",
    "<<M:CT|4DCT/ITV>> scan done, amplitude ~{mm} mm",
]
FLUORO = [
    "field placement checked under <<M:fluoroscopy|fluoroscopy>> on the conventional simulator",
    "set up on the <<M:fluoroscopy|conventional simulator>> with fluoroscopic verification",
]
MOD_PLANNED = {
    "MRI": [
        "May need MRI fusion if the target is unclear",
        "MRI fusion to follow once the diagnostic study is available",
    ],
    "PET": ["PET fusion pending; study not yet available", "Will obtain a PET for fusion if insurance approves"],
    "CT": ["Will return for CT simulation", "CT simulation to be scheduled"],
}

BARE = [
    "Complex simulation was medically necessary",
    "Complex simulation required per department policy",
    "Medical necessity for complex simulation: yes",
    "Complex simulation is medically necessary for this patient",
    "Indication for complex sim: standard of care",
    "This simulation was complex",
    "Complex sim indicated",
    "Reason for complex simulation: as above",
]
RATIONALE_BLANK = [
    "Reason for complex simulation: ___",
    "Medical necessity: ______",
    "Indication for complex sim: ____",
]

RAT_LEADS_LABELLED = [
    "Reason for complex simulation: {r}",
    "Complex sim needed: {r}",
    "Medical necessity: {r}",
    "Rationale: {r}",
]
RAT_LEADS = [
    "Complex simulation is required because {r}",
    "The patient requires complex simulation as {r}",
    "{R}, so a complex CT-based simulation was performed",
    "Complex simulation is indicated since {r}",
    "I recommended a complex simulation because {r}",
    "{R}",
    "{R}; complex simulation is therefore needed",
]

GENERIC_RAT = [
    ("OAR proximity", "the {target} lies within {mm} mm of the {oar}"),
    ("OAR proximity", "the {target} abuts the {oar}"),
    ("OAR proximity", "the {oar} is immediately adjacent to the {target} and must be contoured"),
    ("irregular target", "the {target} is irregular in shape and needs CT-based 3D delineation"),
    ("prior field overlap", "prior RT to the {prior} means the new fields must be matched to avoid overlap"),
    ("immobilization", "the patient cannot hold position without a custom {immob}"),
]

MARKS = [
    "Tattoos x3",
    "BBs placed at the reference point",
    "Reference marks placed and photographed",
    "Skin marks x3 and photos",
    "Isocenter marked",
]
TOLERATED = [
    "Pt tolerated the procedure well",
    "No complications",
    "Tolerated well, discharged home",
    "Patient tolerated without difficulty",
]

PMH = [
    "hypertension",
    "type 2 diabetes",
    "hyperlipidemia",
    "COPD",
    "atrial fibrillation",
    "CKD stage 3",
    "hypothyroidism",
    "GERD",
    "osteoarthritis",
    "depression",
    "obstructive sleep apnea",
    "coronary artery disease s/p PCI",
    "gout",
    "prior DVT",
    "benign prostatic hyperplasia",
    "migraine",
    "asthma",
    "anemia",
    "peripheral neuropathy",
    "glaucoma",
]
MEDS = [
    "lisinopril 20 mg daily",
    "metformin 1000 mg BID",
    "atorvastatin 40 mg nightly",
    "apixaban 5 mg BID",
    "levothyroxine 75 mcg daily",
    "omeprazole 20 mg daily",
    "sertraline 50 mg daily",
    "oxycodone 5 mg q6h prn",
    "ondansetron 8 mg prn",
    "dexamethasone 4 mg BID",
    "amlodipine 5 mg daily",
    "tamsulosin 0.4 mg nightly",
    "gabapentin 300 mg TID",
    "albuterol inhaler prn",
    "senna 2 tabs nightly",
    "insulin glargine 20 units nightly",
    "furosemide 20 mg daily",
    "aspirin 81 mg daily",
    "letrozole 2.5 mg daily",
    "vitamin D 2000 IU daily",
]
ALLERGIES = [
    "NKDA",
    "Penicillin (rash)",
    "Sulfa (hives)",
    "Iodinated contrast (hives, 2019) - premedication protocol",
    "Codeine (nausea)",
    "No known allergies",
]
SOCIAL = [
    "Lives with spouse; retired teacher; former smoker (30 pack-years, quit {yr}); drinks 1-2 beers per week",
    "Lives alone, daughter nearby; never smoker; no alcohol",
    "Works as an electrician; current smoker 1 ppd, counselled on cessation; occasional alcohol",
    "Married, two adult children; quit smoking {yr}; no illicit drugs",
    "Lives with partner in a second-floor apartment; drives to appointments; social alcohol",
]
FAMILY = [
    "Mother with breast cancer at 62; father with MI at 70",
    "No family history of cancer",
    "Brother with colon cancer at 55",
    "Father with prostate cancer; sister healthy",
]
ROS = [
    "Constitutional: fatigue, no fevers or chills",
    "Eyes: no visual changes",
    "ENT: no sore throat or hoarseness",
    "Cardiovascular: no chest pain or palpitations",
    "Respiratory: mild exertional dyspnea, no hemoptysis",
    "GI: no nausea, vomiting or melena; appetite fair",
    "GU: nocturia x1, no hematuria",
    "Musculoskeletal: chronic low back pain",
    "Skin: no rashes",
    "Neuro: no headaches, no focal weakness",
    "Psych: mood fair, sleeping poorly",
    "Heme: bruises easily on apixaban",
    "Endocrine: no heat or cold intolerance",
]
EXAM = [
    "General: alert, oriented, in no acute distress",
    "Vitals: BP 132/78, HR 76, RR 16, SpO2 96% RA, T 36.7",
    "HEENT: normocephalic, oropharynx clear, no thrush",
    "Neck: supple, no palpable adenopathy",
    "Lungs: clear bilaterally, no wheezes",
    "Heart: regular rate and rhythm, no murmurs",
    "Abdomen: soft, non-tender, no hepatomegaly",
    "Extremities: no edema",
    "Neuro: strength 5/5 throughout, sensation intact, gait steady",
    "Skin: no rash, surgical scar well healed",
    "Lymph: no cervical, supraclavicular or axillary adenopathy",
    "ECOG 1",
]
LABS = [
    "Cr 0.9, eGFR > 60",
    "Hgb 11.8, plt 210, WBC 6.1",
    "Na 138, K 4.2, glucose 142",
    "Cr 1.6, eGFR 42",
    "ANC 3.2, Hgb 10.4",
]
DISCUSSION = [
    "We discussed the rationale, logistics, expected benefits and potential acute and late side effects of radiation in detail, including fatigue, skin reaction and organ-specific toxicity, and all questions were answered to the patient's satisfaction.",
    "The role of radiation within the overall treatment plan was reviewed with the patient and family, who asked appropriate questions and wish to proceed.",
    "Written informed consent was obtained after a discussion of risks, benefits and alternatives including observation.",
    "Smoking cessation, nutrition and skin care were reviewed with the patient and written material provided.",
    "Nursing education was completed, including what to expect at the daily visits and whom to call after hours.",
    "The case was presented at the multidisciplinary tumor board and the consensus recommendation supports this approach.",
    "Social work will follow for transportation assistance for the daily treatments.",
]
OTV_SUBJ = [
    "Tolerating treatment with mild fatigue",
    "Reports grade 1 skin erythema, using moisturizer",
    "Mild odynophagia, managing with magic mouthwash",
    "Loose stools 2-3/day, loperamide helping",
    "Urinary frequency, no dysuria",
    "Energy fair, still working part-time",
]
OTV_PLAN = [
    "Continue treatment as planned",
    "Weekly labs; follow up next week",
    "Dietitian referral placed",
    "Continue skin care; return in one week",
]

ONC_HISTORY = [
    "{d2}: initial presentation to primary care; referred for imaging",
    "{d2}: biopsy performed, pathology reviewed at our institution and confirmed",
    "{d2}: seen by surgical oncology; multidisciplinary discussion held",
    "{d1}: started systemic therapy per medical oncology",
    "{d1}: restaging completed; response judged partial",
    "{d1}: referred to radiation oncology for definitive/adjuvant management",
    "{d1}: port placed without complication",
]
INTERVAL = [
    "Since the consultation the patient reports stable energy and no new symptoms.",
    "Appetite has improved slightly and weight has been stable over the last two weeks.",
    "There have been no emergency visits or hospital admissions since we last met.",
    "The patient continues to work part-time from home and manages household tasks independently.",
    "Sleep is interrupted by nocturia and mild anxiety about the upcoming treatment.",
    "Pain is controlled on the current regimen and the patient uses breakthrough doses once a day at most.",
    "Family support is good; the spouse will drive to most appointments.",
    "The patient has questions about work leave paperwork, which social work will address.",
    "Dental clearance and cardiology clearance letters are on the chart.",
    "Medication reconciliation was completed with pharmacy today.",
]
PAIN = [
    "Pain assessment: 3/10, aching, worse with activity, relieved by rest and acetaminophen",
    "Pain assessment: 0/10 at rest, 4/10 with movement",
    "Pain: 6/10 at night, oxycodone effective within 30 minutes",
]
NUTRITION = [
    "Nutrition: eating three small meals a day, taking two protein shakes; dietitian following",
    "Nutrition: weight stable at 72 kg; no dysphagia; albumin 3.6",
    "Nutrition: 3% weight loss over a month; referral to dietitian placed",
]
FUNCTION = [
    "Functional status: ECOG 1, independent in all ADLs, walks a mile daily",
    "Functional status: KPS 70, uses a cane outdoors, independent at home",
    "Functional status: ECOG 2, rests about a third of the day",
]
