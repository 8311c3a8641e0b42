"""Writer W's vocabulary: Marsh Harbor Cancer Alliance (invented), sites, people, phrase pools."""
# ruff: noqa: C408

from __future__ import annotations

PRACTICE = [
    "Marsh Harbor Cancer Alliance",
    "Marsh Harbor Cancer Alliance - Sea Isle campus",
    "MHCA Radiation & Medical Oncology",
    "Marsh Harbor Cancer Alliance (Bluffton Rd)",
]
CAMPUS = ["Sea Isle", "Tidewater Rd", "Bluffton Road", "Okatee Landing", "Brunswick Annex"]
RAD_MDS = ["Dr. Everett Caldwell-Pruitt", "Dr. Marisol Ochoa-Banks"]  # Caldwell-Pruitt is the prolific one
PROLIFIC = "Dr. Everett Caldwell-Pruitt"
MED_ONCS = ["Dr. Lanier Whitcombe", "Dr. Priya Venkataraman-Hale", "Dr. Desmond Aycock", "Dr. Hollis Fairbanks"]
THERAPISTS = ["K. Dubose, RTT", "M. Strickland, RT(T)", "J. Okonkwo, RTT", "T. Vann, RT(T)", "B. Heyward, RTT"]
DOSIMETRISTS = ["A. Pinckney, CMD", "R. Gadsden, CMD", "L. Varnadoe, CMD"]
PHYSICISTS = ["S. Maddox, PhD, DABR", "V. Tran, MS, DABR"]
NAVIGATORS = ["Carla Funderburk, RN, OCN", "Dee Ravenel, RN (navigator)", "Imani Grovner, BSN"]
NURSES = ["P. Sapp, RN", "G. Haskell, RN", "Y. Middleton, LPN"]
PAYERS = [
    "Palmetto Coastal Health Plan",
    "Lowcountry Mutual Advantage",
    "Peach State Care Partners",
    "TriCoast Medicare Advantage",
]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

OARS = {
    "cord": ["spinal cord", "cord"],
    "brainstem": ["brainstem"],
    "parotid": ["contralateral parotid", "parotids"],
    "heart": ["heart", "LAD"],
    "lung": ["ipsilateral lung", "lungs"],
    "rectum": ["rectum", "anterior rectal wall"],
    "bladder": ["bladder"],
    "bowel": ["small bowel", "bowel loops"],
    "duodenum": ["duodenum", "stomach and duodenum"],
    "kidney": ["kidneys", "left kidney"],
    "optic": ["optic chiasm", "optic nerves"],
    "lens": ["lens", "globe"],
    "esoph": ["esophagus"],
    "hippo": ["hippocampi"],
    "sigmoid": ["sigmoid", "rectosigmoid"],
}

# Each site: label, diagnoses, areas (value, surfaces), features allowed, contrast routes, OARs, extra modalities,
# whether a 4DCT fits, chemo regimens (for the integrated notes), immobilisation.
SITES: dict[str, dict] = {
    "breast": dict(
        label="breast with nodes",
        dx=[
            "L breast IDC, pT2N1a, ER+/PR+/HER2-",
            "R breast IDC pT1cN1, triple negative",
            "L breast ca s/p mastectomy, ypT2N1",
        ],
        areas=[
            ("breast", ["L breast", "left breast", "R chest wall", "whole breast"]),
            ("supraclavicular", ["SCV", "supraclav fossa", "supraclavicular nodes"]),
            ("axilla", ["axilla", "level I-II axilla", "ax nodes"]),
            ("internal mammary", ["IMN", "internal mammary chain"]),
        ],
        feats=["arc_rotational", "complex_blocking", "contrast"],
        routes=["IV"],
        oars=["heart", "lung"],
        extra=["MRI", "PET"],
        motion=False,
        regimen=["ddAC x4 then weekly paclitaxel x12", "TCHP x6", "capecitabine (CREATE-X)"],
        immob=["breast board, arms up", "wing board w/ Vac-Lok", "incline board 15 deg"],
    ),
    "prostate": dict(
        label="prostate +/- pelvis",
        dx=["prostate adenocarcinoma GG3, PSA 11.4", "prostate ca GS 4+4, cT3a", "rising PSA s/p RALP, pT3aN0"],
        areas=[
            ("prostate", ["prostate", "prostate + SV", "prostate bed"]),
            ("pelvic nodes", ["pelvic LN", "pelvic nodes", "whole pelvis nodal CTV"]),
            ("para-aortic nodes", ["low PA nodes", "para-aortic nodes"]),
        ],
        feats=["arc_rotational", "contrast"],
        routes=["bladder", "urethrogram"],
        oars=["rectum", "bladder"],
        extra=["MRI", "ultrasound", "PET"],
        motion=False,
        regimen=["ADT (leuprolide q3mo) + abiraterone", "ADT + apalutamide"],
        immob=["knee sponge + foot holder", "Vac-Lok legs", "full bladder, empty rectum"],
    ),
    "head_neck": dict(
        label="head and neck",
        dx=["SCC R base of tongue, p16+, cT2N1", "SCC larynx (supraglottic) T3N2c", "SCC L tonsil p16+ T1N2"],
        areas=[
            ("oropharynx", ["BOT primary", "oropharynx primary", "tonsillar primary", "larynx primary"]),
            ("bilateral neck", ["bilateral neck", "B/L neck", "both sides of the neck"]),
            ("retropharyngeal nodes", ["RP nodes"]),
        ],
        feats=["arc_rotational", "contrast"],
        routes=["IV"],
        oars=["cord", "parotid", "brainstem"],
        extra=["PET", "MRI"],
        motion=False,
        regimen=["weekly cisplatin 40 mg/m2", "cisplatin 100 mg/m2 q3wk", "cetuximab weekly"],
        immob=["5-point thermoplastic mask", "mask + bite block", "S-frame mask, shoulder retractors"],
    ),
    "lung": dict(
        label="lung with 4DCT",
        dx=["RUL adenocarcinoma stage IIIA", "LLL squamous cell ca, cT2bN2", "stage III NSCLC, PD-L1 60%"],
        areas=[
            ("lung primary", ["RUL primary", "LLL mass", "lung primary"]),
            ("mediastinum", ["mediastinal nodes", "stations 4R/7", "mediastinum"]),
            ("supraclavicular", ["R SCV node", "supraclavicular node"]),
        ],
        feats=["arc_rotational", "contrast"],
        routes=["IV"],
        oars=["esoph", "cord", "heart"],
        extra=["PET"],
        motion=True,
        regimen=["carboplatin/paclitaxel weekly", "cisplatin/etoposide", "durvalumab consolidation"],
        immob=["wing board, arms up", "Vac-Lok body", "abdominal compression"],
    ),
    "whole_brain": dict(
        label="whole brain",
        dx=["multiple brain mets from NSCLC", "leptomeningeal ca, breast primary", "SCLC w/ >10 brain mets"],
        areas=[
            ("whole brain", ["whole brain", "WBRT volume", "whole brain (C1-C2 inferior)"]),
            ("spine metastasis", ["T8 met", "T8 vertebral body"]),
        ],
        feats=["arc_rotational", "custom_shielding"],
        routes=["IV"],
        oars=["hippo", "lens"],
        extra=["MRI"],
        motion=False,
        regimen=["osimertinib", "carboplatin/pemetrexed/pembrolizumab"],
        immob=["thermoplastic mask", "head cup + mask"],
    ),
    "srs": dict(
        label="brain SRS",
        dx=["3 brain mets (melanoma)", "solitary L cerebellar met, NSCLC", "brain oligomets, renal cell"],
        areas=[
            ("right frontal lesion", ["R frontal lesion", "right frontal met"]),
            ("left cerebellar lesion", ["L cerebellar met", "left cerebellar lesion"]),
            ("right parietal lesion", ["R parietal met"]),
            ("left occipital lesion", ["L occipital lesion"]),
        ],
        feats=["arc_rotational", "contrast"],
        routes=["IV"],
        oars=["brainstem", "optic"],
        extra=["MRI"],
        motion=False,
        regimen=["nivolumab/ipilimumab", "pembrolizumab", "cabozantinib"],
        immob=["SRS frameless mask", "open-face SRS mask"],
    ),
    "bone": dict(
        label="multiple bone metastases",
        dx=["metastatic prostate ca to bone", "breast ca w/ diffuse osseous mets", "myeloma, painful lytic lesions"],
        areas=[
            ("L-spine", ["L2-L4", "lumbar spine L2-4"]),
            ("right hip", ["R acetabulum", "right hip"]),
            ("left humerus", ["L humerus", "left proximal humerus"]),
            ("T-spine", ["T6-T9", "thoracic spine"]),
        ],
        feats=["arc_rotational", "complex_blocking"],
        routes=["IV"],
        oars=["cord", "bowel", "kidney"],
        extra=["MRI", "PET"],
        motion=False,
        regimen=["denosumab monthly", "enzalutamide", "daratumumab/lenalidomide/dex"],
        immob=["Vac-Lok", "knee sponge", "Alpha Cradle"],
    ),
    "gyn": dict(
        label="GYN with brachytherapy",
        dx=["cervical SCC FIGO IIB", "endometrial adenoca stage II, s/p TAH/BSO", "cervical adenoca IIIC1"],
        areas=[
            ("cervix", ["cervix", "cervix/uterus", "vaginal cuff"]),
            ("pelvic nodes", ["pelvic nodes"]),
            ("para-aortic nodes", ["para-aortic nodes", "PA strip"]),
        ],
        feats=["brachytherapy", "contrast", "arc_rotational"],
        routes=["vaginal", "rectal", "IV"],
        oars=["bladder", "rectum", "sigmoid", "bowel"],
        extra=["MRI", "fluoroscopy", "ultrasound", "PET"],
        motion=False,
        regimen=["weekly cisplatin 40", "carboplatin/paclitaxel x6"],
        immob=["Vac-Lok legs", "lithotomy w/ stirrups"],
    ),
    "rectum": dict(
        label="rectum",
        dx=["rectal adenoca cT3N1, 6 cm from AV", "low rectal ca cT4aN2", "rectal adenoca, TNT protocol"],
        areas=[
            ("rectum", ["rectal primary", "rectum/mesorectum"]),
            ("pelvic nodes", ["pelvic nodes", "internal iliac nodes"]),
            ("inguinal nodes", ["inguinal nodes", "bilat inguinals"]),
        ],
        feats=["contrast", "arc_rotational"],
        routes=["rectal", "oral", "IV"],
        oars=["bowel", "bladder"],
        extra=["MRI", "PET"],
        motion=False,
        regimen=["FOLFOX x4 (TNT)", "capecitabine 825 mg/m2 BID w/ RT", "CAPOX"],
        immob=["prone belly board", "supine Vac-Lok, full bladder"],
    ),
    "esophagus": dict(
        label="esophagus",
        dx=["distal esophageal adenoca cT3N1", "GEJ adenoca Siewert II", "mid-esophageal SCC"],
        areas=[
            ("esophagus", ["distal esophagus", "GEJ primary", "esophageal primary"]),
            ("celiac nodes", ["celiac axis nodes", "celiac LN"]),
            ("supraclavicular", ["L SCV node"]),
        ],
        feats=["contrast", "arc_rotational"],
        routes=["oral", "IV"],
        oars=["heart", "lung", "cord"],
        extra=["PET"],
        motion=True,
        regimen=["carboplatin/paclitaxel weekly (CROSS)", "FLOT x4 then resection"],
        immob=["wing board", "arms up, Vac-Lok"],
    ),
    "pancreas": dict(
        label="pancreas",
        dx=[
            "pancreatic head adenoca, borderline resectable",
            "locally advanced pancreatic body ca",
            "pancreatic adenoca s/p Whipple, R1",
        ],
        areas=[
            ("pancreas", ["pancreatic head", "pancreas primary", "tumor bed"]),
            ("regional nodes", ["peripancreatic nodes"]),
        ],
        feats=["contrast", "arc_rotational"],
        routes=["IV", "oral"],
        oars=["duodenum", "kidney", "bowel"],
        extra=["PET", "MRI"],
        motion=True,
        regimen=["FOLFIRINOX x8", "gemcitabine/nab-paclitaxel", "capecitabine w/ RT"],
        immob=["Vac-Lok, arms up", "abdominal compression belt"],
    ),
    "lymphoma": dict(
        label="lymphoma",
        dx=[
            "DLBCL stage II, bulky mediastinal",
            "Hodgkin lymphoma IIA s/p ABVD x4",
            "follicular lymphoma grade 1-2, stage I",
        ],
        areas=[
            ("mediastinum", ["mediastinum", "anterior mediastinal mass"]),
            ("left neck", ["L neck", "left cervical nodes"]),
            ("right neck", ["R neck", "right cervical nodes"]),
            ("right axilla", ["R axilla"]),
        ],
        feats=["arc_rotational", "contrast"],
        routes=["IV"],
        oars=["heart", "lung", "parotid"],
        extra=["PET"],
        motion=False,
        regimen=["R-CHOP x4", "ABVD x4", "bendamustine/rituximab"],
        immob=["mask + shoulder board", "Vac-Lok, arms akimbo"],
    ),
    "skin": dict(
        label="skin with electron cutouts",
        dx=["BCC L nasal ala", "SCC R scalp vertex", "SCC dorsum L hand", "Merkel cell ca R cheek"],
        areas=[
            ("nasal ala", ["L nasal ala", "nasal ala lesion"]),
            ("scalp", ["R scalp vertex", "scalp lesion"]),
            ("cheek", ["R cheek"]),
        ],
        feats=["custom_shielding"],
        routes=["IV"],
        oars=["lens", "optic"],
        extra=[],
        motion=False,
        regimen=["cemiplimab", "(no systemic tx)"],
        immob=["head rest, tape", "wax bolus + head cup"],
    ),
    "peds": dict(
        label="pediatric under anesthesia",
        dx=[
            "medulloblastoma, standard risk (age 6)",
            "rhabdomyosarcoma L orbit (age 4)",
            "Wilms tumor, favorable histology (age 3)",
        ],
        areas=[
            ("brain", ["whole brain (CSI)", "cranial field"]),
            ("spine", ["spinal field", "spine (CSI)"]),
            ("posterior fossa boost", ["PF boost"]),
        ],
        feats=["arc_rotational", "contrast"],
        routes=["IV"],
        oars=["cord", "optic", "kidney"],
        extra=["MRI"],
        motion=False,
        regimen=["vincristine/cisplatin/CCNU (COG)", "VAC", "vincristine/dactinomycin"],
        immob=["GA via LMA, prone mask", "GA, Vac-Lok + mask"],
    ),
    "palliative": dict(
        label="palliative",
        dx=[
            "metastatic NSCLC w/ bleeding RLL mass",
            "metastatic melanoma, painful L axillary mass",
            "bladder ca w/ hematuria",
        ],
        areas=[
            ("lung mass", ["RLL mass", "bleeding hilar mass"]),
            ("axillary mass", ["L axillary mass"]),
            ("bladder", ["bladder"]),
            ("pelvic mass", ["pelvic mass"]),
        ],
        feats=["arc_rotational", "complex_blocking", "custom_shielding"],
        routes=["IV"],
        oars=["cord", "bowel", "heart"],
        extra=["PET"],
        motion=False,
        regimen=["pembrolizumab", "gemcitabine/carboplatin", "BSC only"],
        immob=["Vac-Lok", "knee sponge", "supine, arms on chest"],
    ),
}

FEATURE_SURFACES = {
    "arc_rotational": ["VMAT", "VMAT (2 full arcs)", "RapidArc", "dual-arc VMAT", "helical tomotherapy", "arc therapy"],
    "complex_blocking": ["complex blocking", "complex blocking around the OARs"],
    "custom_shielding": ["custom electron cutout", "Cerrobend block", "custom lead cutout", "custom Cerrobend cutout"],
    "brachytherapy": [
        "tandem & ovoid applicator position verified",
        "vaginal cylinder placement verified",
        "T&R applicator verified",
        "applicator position verified",
    ],
}
CONTRAST_SURFACES = {
    "IV": ["IV contrast (Omnipaque 350, 80 mL)", "IV contrast given", "IV Isovue 370", "iv contrast"],
    "oral": ["oral contrast (Readi-Cat 2 bottles)", "oral contrast 45 min prior", "PO contrast"],
    "rectal": ["rectal contrast", "rectal contrast (dilute barium)"],
    "vaginal": ["vaginal contrast", "intravaginal contrast"],
    "bladder": ["bladder contrast (cystogram)", "contrast in bladder"],
    "urethrogram": ["retrograde urethrogram contrast", "urethrogram w/ contrast"],
}
MODALITY_SURFACES = {
    "CT": ["CT sim", "CT simulator", "planning CT", "CT-based sim", "CT"],
    "CT4D": ["4DCT", "4D-CT"],
    "MRI": ["MRI fused", "MR fusion", "MRI (fused)", "diagnostic MRI registered"],
    "PET": ["PET/CT fused", "PET fusion", "PET-CT registered"],
    "fluoroscopy": ["fluoro", "fluoroscopy", "C-arm fluoro"],
    "ultrasound": ["US", "ultrasound", "TRUS"],
}

BARE = [
    "complex simulation is medically necessary",
    "complex sim medically necessary",
    "pt meets criteria for complex simulation (77290)",
    "Complexity: high",
    "complex simulation indicated",
    "medical necessity for 77290 established",
]

VAGUE_AREAS = [
    "areas per plan",
    "multiple sites, see dosimetry request",
    "fields TBD w/ dosimetry",
    "tx volumes as marked on scout",
    "sites per Rx (pending)",
    "nodal volumes to be finalized",
]

LAB_NAMES = [
    ("WBC", 3.1, 9.8),
    ("Hgb", 8.9, 13.9),
    ("Plt", 88, 310),
    ("ANC", 1.1, 6.2),
    ("Cr", 0.6, 1.4),
    ("AST", 14, 48),
    ("ALT", 11, 55),
    ("Alb", 2.9, 4.3),
    ("Mg", 1.5, 2.3),
    ("K", 3.2, 4.9),
]
MEDS = [
    "ondansetron 8 mg q8h prn",
    "prochlorperazine 10 mg prn",
    "dexamethasone 4 mg",
    "lisinopril 20 mg daily",
    "metformin 500 mg BID",
    "atorvastatin 40 mg",
    "oxycodone 5 mg q6h prn",
    "senna-S 2 tabs qhs",
    "apixaban 5 mg BID",
    "levothyroxine 75 mcg",
    "gabapentin 300 mg TID",
    "omeprazole 20 mg daily",
    "tamsulosin 0.4 mg",
    "sertraline 50 mg",
    "magic mouthwash swish/spit",
    "lidocaine-prilocaine cream to port",
]
PMH = [
    "HTN",
    "DM2 (A1c 7.4)",
    "COPD on 2L prn",
    "CAD s/p stent 2017",
    "hypothyroidism",
    "GERD",
    "OSA on CPAP",
    "CKD 3a",
    "afib on apixaban",
    "obesity (BMI 36)",
    "depression",
    "prior tobacco 40 pk-yr, quit 2019",
]
SOCIAL = [
    "lives in Beaufort w/ spouse",
    "retired shrimp boat captain",
    "works at the paper mill in St. Marys",
    "lives alone on Lady's Island; daughter drives",
    "former smoker",
    "drinks 2-3 beers/wk",
    "needs transport via the Alliance van from Hilton Head",
]
ROS = [
    "fatigue grade 1",
    "no fevers",
    "appetite fair",
    "mild neuropathy in fingertips",
    "no chest pain",
    "no new bone pain",
    "mild dysphagia to solids",
    "no hematuria",
    "bowels regular",
    "sleeping poorly",
]
EXAM = [
    "ECOG 1",
    "ECOG 2",
    "alert, NAD",
    "lungs CTA bilat",
    "RRR, no murmur",
    "abd soft NT",
    "no LAD palpable",
    "port site clean",
    "no edema",
    "gait steady",
]
