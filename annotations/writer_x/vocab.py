"""Invented department, people and the 16 disease sites (all names and places are made up)."""

from __future__ import annotations

from dataclasses import dataclass, field

HOSPITAL = "Whitlock-Haugen University Hospital"
DEPT = "Department of Radiation Oncology, Aldous Cancer Pavilion"
CITY = "New Trondheim, MN"
SATELLITE = "Coppervale Iron Range Clinic"
PROTON_PARTNER = "Lindqvist Proton Center"
UNIVERSITY = "University of the Northern Lakes"
PAYERS = ["Lakeland Mutual", "NorthStar Care Plan", "Prairie Cooperative Health", "Medicare", "Boreal Health Alliance"]

RESIDENTS = [
    ("Ingrid Solheim", "PGY-3"),
    ("Marcus Obiora", "PGY-4"),
    ("Priya Ramaswamy", "PGY-2"),
    ("Tomasz Wierzbicki", "PGY-5"),
    ("Hannah Lindgren", "PGY-3"),
    ("Dev Kapadia", "PGY-4"),
    ("Sigrid Aaland", "PGY-2"),
    ("Mateo Quintanilla", "PGY-5"),
]
ATTENDINGS = [
    "Elof Brandvold, MD",
    "Carla Mendez-Haugen, MD",
    "Joseph Nakamura-Reiss, MD, PhD",
    "Anneliese Korhonen, MD",
    "Bertrand Oyelaran, MD",
    "Ruth Engebretson, MD",
]
PHYSICISTS = ["Raj Venkataraman, PhD, DABR", "Greta Thorsen, MS, DABR", "Paul Lemieux, PhD"]
DOSIMETRISTS = ["Kyle Bergstrom, CMD", "Nadia Forsberg, CMD", "Oren Lusk, CMD"]
THERAPISTS = [
    "Jenna Halvorsen, RT(T)",
    "Luis Ortega, RT(T)",
    "Mai Vang, RT(T)",
    "Britt Sandvik, RT(T)",
    "Darnell Hughes, RT(T)",
    "Kaija Niemi, RT(T)",
]
STUDENTS = ["Oskar Lind (MS3)", "Amara Okafor (MS4)", "Wen-Li Zhou (MS3)", "Gabe Rasmussen (MS4)"]
NURSES = ["Colleen Dahl, RN", "Abdi Warsame, RN", "Theresa Blum, RN"]
REFERRERS = [
    "Dr. Helga Strand (med onc)",
    "Dr. Ivan Petrosyan (surg onc)",
    "Dr. Lena Marchetti (ENT)",
    "Dr. Samuel Oduya (GYN onc)",
    "Dr. Kristof Varga (urology)",
    "Dr. Maren Tollefson (pulm)",
    "Dr. Felix Haraldsen (neurosurgery)",
    "Dr. Yusuf Demir (peds onc)",
]
OTHER_PATIENTS = [
    "Mr. A.K. (bed 4)",
    "Ms. R.T.",
    "Mrs. O.",
    "Mr. J.P.",
    "Ms. D.V.",
    "Mr. H.",
    "pt in CT2 at 1pm",
    "Mrs. L.B.",
    "Mr. Q.",
]
SCANNERS = [
    "CT sim (Siemens-type 85 cm bore)",
    "CT simulator 2",
    "big-bore CT simulator",
    "CT-Sim A",
    "the Pavilion CT simulator",
]

NUM_WORD = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}


@dataclass(frozen=True)
class Site:
    """One disease site: diagnoses, areas, OARs, features, modalities and history."""

    key: str
    label: str
    lateral: bool
    dx: dict[str, list[str]]
    areas: dict[str, tuple[str, list[str]]]  # key -> (value template, surfaces)
    sets: dict[int, list[tuple[str, list[str]]]]  # n -> [(dx key, [area keys])]
    oars: list[str]
    tgt: list[str]
    features: list[tuple[str, float]]
    mods: list[tuple[str, float]]  # extra modalities beyond CT
    fourdct: float
    immob: list[str]
    hist: list[str]  # historical diagnostic imaging sentences
    prior: list[str]  # prior RT courses for overlap / copy-forward
    terse: list[tuple[str, str]] = field(default_factory=list)  # (category, terse site reason) never naming an area


SITES: dict[str, Site] = {}


def _add(site: Site) -> None:
    SITES[site.key] = site


_add(
    Site(
        "breast_nodes",
        "breast with nodes",
        True,
        {
            "main": [
                "{side} breast IDC, pT2 pN1a (2/14 LN+), ER+/PR+/HER2-, s/p lumpectomy",
                "{side} breast cancer, ypT1c ypN1, s/p neoadjuvant ddAC-T and mastectomy",
                "{Side} breast invasive lobular carcinoma, pT3 N2a, s/p mastectomy + ALND",
                "recurrent {side} chest wall carcinoma, previously irradiated",
            ]
        },
        {
            "breast": ("{side} breast", ["{side} breast", "{Side} whole breast", "{S} breast"]),
            "cw": ("{side} chest wall", ["{side} chest wall", "{S} CW", "{Side} chest wall"]),
            "scv": ("{side} supraclavicular", ["{side} supraclavicular fossa", "{S} SCV", "{side} SCV nodes"]),
            "ax": ("{side} axilla", ["{side} axilla", "{S} axilla (levels I-III)", "{side} axillary nodes"]),
            "imn": ("{side} internal mammary nodes", ["{side} internal mammary nodes", "{S} IMN", "{side} IMN chain"]),
        },
        {
            1: [("main", ["breast"]), ("main", ["cw"])],
            2: [("main", ["breast", "scv"]), ("main", ["cw", "scv"])],
            3: [("main", ["breast", "scv", "ax"]), ("main", ["cw", "scv", "imn"])],
            4: [("main", ["cw", "scv", "ax", "imn"])],
        },
        ["heart", "LAD", "ipsilateral lung", "brachial plexus", "contralateral breast"],
        ["chest wall CTV", "nodal CTV", "tumor bed"],
        [("arc_rotational", 3.0), ("complex_blocking", 1.0), ("hyperthermia", 0.5), ("custom_shielding", 0.6)],
        [("PET", 0.15)],
        0.05,
        [
            "breast board, both arms up",
            "Vac-Lok with arms above head",
            "wing board + knee sponge",
            "breast board, DIBH",
        ],
        [
            "Diagnostic mammogram and US 1/9 showed a 2.4 cm mass at 2 o'clock",
            "Staging CT chest/abdomen/pelvis with IV contrast (2/3) showed no distant disease",
            "Breast MRI with gadolinium 12/18 showed a 3.1 cm enhancing mass",
            "PET/CT 2/11: FDG-avid axillary node, SUV 6.2",
        ],
        ["contralateral breast in 2014", "mantle field for Hodgkin in 1998", "left breast tangents (2016)"],
        [
            ("OAR proximity", "heart sits right under the target"),
            ("OAR proximity", "LAD within the tangent — DIBH needed"),
            ("prior field overlap", "nodal field abuts prior mantle RT"),
        ],
    )
)

_add(
    Site(
        "prostate",
        "prostate +/- pelvis",
        False,
        {
            "main": [
                "prostate adenocarcinoma, Gleason 4+3=7, PSA 11.2, cT2c, unfavorable intermediate risk",
                "high-risk prostate cancer, Gleason 4+5=9, PSA 24, cT3a N0 on PSMA PET",
                "biochemical recurrence after prostatectomy, PSA 0.42 and rising",
                "prostate cancer GG2, PSA 7.9, on ADT",
            ]
        },
        {
            "prost": ("prostate", ["prostate", "prostate and proximal SV", "prostate/SV", "prostate bed"]),
            "pelv": (
                "pelvic nodes",
                ["pelvic lymph nodes", "pelvic LN", "elective pelvic nodes", "pelvic nodal volume"],
            ),
            "ilium": ("left iliac bone", ["left iliac bone met", "L iliac lesion"]),
        },
        {1: [("main", ["prost"])], 2: [("main", ["prost", "pelv"])], 3: [("main", ["prost", "pelv", "ilium"])]},
        ["rectum", "bladder", "penile bulb", "femoral heads", "small bowel"],
        ["prostate", "prostate bed CTV", "CTV"],
        [("arc_rotational", 3.0), ("contrast", 1.2), ("particle", 0.6), ("brachytherapy", 0.8)],
        [("MRI", 0.6), ("PET", 0.2), ("ultrasound", 0.1)],
        0.0,
        [
            "knee fix + foot holder, full bladder",
            "Vac-Lok legs, comfortably full bladder",
            "Combifix, rectal spacer in place",
        ],
        [
            "MRI prostate with gadolinium 1/30: PI-RADS 5 lesion L PZ",
            "PSMA PET 2/6 negative for nodal disease",
            "CT A/P with contrast 12/2 showed no adenopathy",
            "bone scan 1/15 negative",
        ],
        ["prostate in 2017 (78 Gy)", "rectal cancer pelvis RT (2012)", "bladder (2019)"],
        [
            ("OAR proximity", "rectal wall right against the PZ lesion"),
            ("OAR proximity", "bulky SV hugging the rectum"),
        ],
    )
)

_add(
    Site(
        "head_neck",
        "head and neck",
        True,
        {
            "main": [
                "{side} tonsil SCC, p16+, cT2 N1",
                "base of tongue SCC, p16+, T3 N2c",
                "supraglottic larynx SCC, T3 N2b",
                "recurrent oral tongue SCC, previously irradiated",
            ],
            "glottic": ["early glottic SCC T1a, {side} true cord"],
        },
        {
            "oroph": (
                "oropharynx",
                ["oropharynx", "{side} tonsil primary", "oropharyngeal primary", "base of tongue primary"],
            ),
            "larynx": ("larynx", ["larynx", "glottic larynx", "{side} true vocal cord"]),
            "ineck": ("{side} neck", ["{side} neck", "{S} neck levels II-IV", "ipsilateral ({side}) neck"]),
            "bneck": ("bilateral neck", ["bilateral neck", "bilateral neck levels II-IV", "both sides of the neck"]),
        },
        {1: [("glottic", ["larynx"])], 2: [("main", ["oroph", "ineck"])], 3: [("main", ["oroph", "bneck"])]},
        ["spinal cord", "brainstem", "parotid", "mandible", "larynx", "optic chiasm"],
        ["primary GTV", "nodal GTV", "CTV_high"],
        [("contrast", 2.5), ("arc_rotational", 2.5), ("particle", 0.6)],
        [("PET", 0.45), ("MRI", 0.3)],
        0.0,
        ["5-point thermoplastic mask + bite block", "long mask with shoulder pulls", "custom head-neck-shoulder mask"],
        [
            "CT neck with IV contrast 3/2 showed a 2.8 cm level II node",
            "PET/CT 3/9: avid tonsil primary, SUV 14",
            "MRI neck with gadolinium 2/24: no skull base invasion",
        ],
        ["oral cavity in 2019 (60 Gy)", "left neck in 2015", "larynx (2011)"],
        [
            ("OAR proximity", "GTV hugs cord"),
            ("OAR proximity", "node abuts the carotid and cord"),
            ("prior field overlap", "re-irradiation — overlaps 2019 neck field"),
            ("immobilization", "severe kyphosis; custom long mask needed"),
        ],
    )
)

_add(
    Site(
        "lung_4dct",
        "lung with 4DCT",
        True,
        {
            "main": [
                "{side} upper lobe NSCLC (adenocarcinoma), cT1c N0, medically inoperable",
                "stage IIIA squamous cell carcinoma {side} lung, N2",
                "{side} lower lobe adenocarcinoma, cT2a N0",
                "synchronous bilateral lung primaries",
            ]
        },
        {
            "rul": ("{side} upper lobe", ["{side} upper lobe lesion", "{S}UL nodule", "{side} upper lobe primary"]),
            "med": ("mediastinal nodes", ["mediastinal nodes", "station 4R/7 nodes", "mediastinum"]),
            "lll": (
                "contralateral lower lobe",
                ["contralateral lower lobe nodule", "second (contralateral) LL lesion"],
            ),
            "adr": ("left adrenal", ["left adrenal met", "L adrenal"]),
        },
        {
            1: [("main", ["rul"])],
            2: [("main", ["rul", "med"]), ("main", ["rul", "lll"])],
            3: [("main", ["rul", "med", "adr"]), ("main", ["rul", "lll", "adr"])],
        },
        ["esophagus", "brachial plexus", "proximal bronchial tree", "heart", "spinal cord", "chest wall"],
        ["GTV", "primary", "nodal disease"],
        [("arc_rotational", 3.0), ("contrast", 1.2)],
        [("PET", 0.6)],
        0.9,
        ["Vac-Lok, arms up on wing board", "SBRT body frame with abdominal compression", "wing board, knee sponge"],
        [
            "CT chest with IV contrast 2/14 showed a 2.1 cm spiculated nodule",
            "PET/CT 2/28: SUV 9.8, no nodal uptake",
            "MRI brain with gadolinium 3/1: no metastases",
        ],
        ["mediastinum in 2020", "right lung SBRT (2022)"],
        [
            ("target motion", "lesion moves ~1.5 cm SI"),
            ("OAR proximity", "GTV abuts proximal bronchial tree"),
            ("target motion", "diaphragm-adjacent lesion, big excursion"),
        ],
    )
)

_add(
    Site(
        "whole_brain",
        "whole brain",
        False,
        {
            "main": [
                "multiple brain metastases from small cell lung cancer",
                "leptomeningeal-pattern breast cancer brain mets",
                "melanoma with >10 brain metastases",
                "PCI for limited-stage SCLC",
            ]
        },
        {
            "wb": ("whole brain", ["whole brain", "WBRT volume", "whole brain (C1 inferior border)"]),
            "tspine": ("T10 spine", ["T10 vertebral met", "T10 spine"]),
        },
        {1: [("main", ["wb"])], 2: [("main", ["wb", "tspine"])]},
        ["hippocampi", "lenses", "optic chiasm", "cochleae"],
        ["brain", "whole-brain CTV"],
        [("arc_rotational", 2.0), ("custom_shielding", 1.0), ("complex_blocking", 0.8)],
        [("MRI", 0.7), ("fluoroscopy", 0.15)],
        0.0,
        ["short thermoplastic mask", "head rest C + mask", "open-face mask (claustrophobia)"],
        [
            "MRI brain with gadolinium 3/4 showed 14 enhancing lesions",
            "CT head with contrast 2/27: vasogenic edema",
            "PET/CT 2/20 showed widespread disease",
        ],
        ["SRS to 3 lesions (2023)", "WBRT in 2021"],
        [("OAR proximity", "hippocampal avoidance needed"), ("custom shielding", "lenses must be shielded")],
    )
)

_add(
    Site(
        "srs",
        "brain SRS",
        True,
        {
            "main": [
                "NSCLC with oligometastatic brain disease",
                "melanoma brain metastases",
                "breast cancer brain metastases",
                "resected {side} frontal metastasis (cavity SRS)",
            ]
        },
        {
            "rf": ("right frontal lesion", ["right frontal lesion", "R frontal met", "right frontal cavity"]),
            "lc": ("left cerebellar lesion", ["left cerebellar lesion", "L cerebellar met"]),
            "lp": ("left parietal lesion", ["left parietal lesion", "L parietal met"]),
            "ro": ("right occipital lesion", ["right occipital lesion", "R occipital met"]),
        },
        {
            1: [("main", ["rf"])],
            2: [("main", ["rf", "lc"])],
            3: [("main", ["rf", "lc", "lp"])],
            4: [("main", ["rf", "lc", "lp", "ro"])],
        },
        ["brainstem", "optic chiasm", "optic nerves", "cochlea", "motor strip"],
        ["lesion", "target", "resection cavity"],
        [("arc_rotational", 3.0), ("contrast", 1.2)],
        [("MRI", 0.95)],
        0.0,
        ["frameless SRS mask (Encompass-type)", "open-face SRS mask + bite block", "SRS thermoplastic mask"],
        [
            "MRI brain with gadolinium 4/1 showed new enhancing lesions",
            "CT head without contrast in the ED 3/28",
            "PET/CT 3/15 for systemic staging",
        ],
        ["WBRT in 2022", "SRS to left frontal lesion (2024)"],
        [
            ("OAR proximity", "lesion 2 mm from the chiasm"),
            ("OAR proximity", "met abuts brainstem"),
            ("fusion for delineation", "lesions invisible on CT, need MRI"),
        ],
    )
)

_add(
    Site(
        "bone_mets",
        "multiple bone metastases",
        False,
        {
            "main": [
                "metastatic prostate cancer to bone",
                "metastatic breast cancer with painful osseous mets",
                "multiple myeloma with lytic lesions",
                "metastatic renal cell carcinoma to bone",
            ]
        },
        {
            "tsp": ("thoracic spine", ["T6-T9 thoracic spine", "T-spine (T6-T9)", "thoracic spine"]),
            "lhip": ("left hip", ["left hip/acetabulum", "L hip", "left acetabulum"]),
            "rhum": ("right humerus", ["right humerus", "R proximal humerus"]),
            "sac": ("sacrum", ["sacrum", "sacral lesion"]),
            "lsp": ("lumbar spine", ["L2-L4", "lumbar spine (L2-4)"]),
        },
        {
            1: [("main", ["tsp"])],
            2: [("main", ["tsp", "lhip"])],
            3: [("main", ["tsp", "lhip", "rhum"])],
            4: [("main", ["tsp", "lhip", "rhum", "sac"]), ("main", ["lsp", "sac", "lhip", "rhum"])],
        },
        ["spinal cord", "cauda equina", "bowel", "kidneys"],
        ["vertebral lesion", "lesion", "osseous target"],
        [("arc_rotational", 1.5), ("complex_blocking", 1.0), ("custom_shielding", 0.5)],
        [("MRI", 0.3), ("fluoroscopy", 0.25), ("PET", 0.1)],
        0.0,
        ["Vac-Lok, arms on chest", "knee sponge, arms up", "Vac-Lok full body"],
        [
            "MRI total spine with and without contrast 4/2: T7 lesion with epidural extension",
            "bone scan 3/30: multiple foci of uptake",
            "CT C/A/P with IV contrast 3/29",
        ],
        ["T10-L1 in 2023 (8 Gy x1)", "left femur (2022)"],
        [("prior field overlap", "field abuts prior T10-L1 RT"), ("OAR proximity", "epidural disease on the cord")],
    )
)

_add(
    Site(
        "gyn_brachy",
        "GYN with brachytherapy",
        False,
        {
            "main": [
                "cervical SCC, FIGO IIB, s/p pelvic EBRT 45 Gy with weekly cisplatin",
                "cervical adenocarcinoma FIGO IIIC1, completing chemoradiation",
                "endometrial carcinoma, s/p TAH-BSO, vaginal cuff brachytherapy",
                "cervical cancer IB3, definitive chemoRT",
            ]
        },
        {
            "cx": ("cervix", ["cervix", "cervix/HR-CTV", "cervical HR-CTV"]),
            "cuff": ("vaginal cuff", ["vaginal cuff", "proximal vagina"]),
            "pelv": ("pelvis", ["pelvis", "whole pelvis"]),
            "pa": ("para-aortic nodes", ["para-aortic nodes", "PA nodes"]),
            "ing": ("inguinal nodes", ["inguinal nodes", "groin nodes"]),
        },
        {
            1: [("main", ["cx"]), ("main", ["cuff"]), ("main", ["pelv"])],
            2: [("main", ["pelv", "pa"])],
            3: [("main", ["pelv", "pa", "ing"])],
        },
        ["bladder", "rectum", "sigmoid", "small bowel"],
        ["HR-CTV", "residual cervical tumor", "target"],
        [("brachytherapy", 3.0), ("contrast", 1.5), ("arc_rotational", 1.0), ("hyperthermia", 0.3)],
        [("MRI", 0.5), ("ultrasound", 0.4), ("fluoroscopy", 0.3)],
        0.0,
        ["lithotomy with stirrups, then supine with Vac-Lok legs", "supine, knee sponge", "frog-leg, Vac-Lok"],
        [
            "MRI pelvis with gadolinium 1/20 showed a 4.5 cm cervical mass",
            "PET/CT 1/27: avid cervix + L external iliac node",
            "CT A/P with IV and oral contrast 1/15",
        ],
        ["pelvis EBRT 45 Gy/25 (this year, completed)", "whole pelvis RT (2016)"],
        [
            ("applicator verification", "tandem angle must be confirmed vs. sigmoid"),
            ("OAR proximity", "sigmoid drapes over the tandem tip"),
        ],
    )
)

_add(
    Site(
        "rectum",
        "rectum",
        False,
        {
            "main": [
                "rectal adenocarcinoma cT3 N1, 6 cm from anal verge",
                "low rectal cancer cT3c N2, MRF threatened",
                "locally recurrent rectal cancer",
                "rectal cancer for TNT, short-course",
            ]
        },
        {
            "rect": (
                "rectum/pelvis",
                ["rectum and mesorectum", "pelvis (rectum + mesorectum + nodes)", "rectum/mesorectum"],
            ),
            "ing": ("inguinal nodes", ["inguinal nodes", "bilateral inguinal basins"]),
        },
        {1: [("main", ["rect"])], 2: [("main", ["rect", "ing"])]},
        ["small bowel", "bladder", "femoral heads", "genitalia"],
        ["primary tumor", "mesorectal CTV"],
        [("contrast", 2.5), ("arc_rotational", 1.5)],
        [("MRI", 0.55), ("PET", 0.2)],
        0.0,
        ["prone on belly board", "supine Vac-Lok, full bladder", "prone, belly board, full bladder"],
        [
            "MRI pelvis with gadolinium 2/5: MRF involved",
            "CT C/A/P with oral and IV contrast 2/1: no distant mets",
            "colonoscopy 1/22: fungating mass at 6 cm",
        ],
        ["prostate (2014)", "pelvis for rectal cancer (2018)"],
        [("OAR proximity", "small bowel dips into the pelvis")],
    )
)

_add(
    Site(
        "esophagus",
        "esophagus",
        False,
        {
            "main": [
                "distal esophageal adenocarcinoma cT3 N1, for CROSS",
                "GE junction adenocarcinoma Siewert II",
                "mid-thoracic esophageal SCC cT3 N0",
                "esophageal SCC, definitive chemoRT",
            ]
        },
        {
            "eso": ("esophagus", ["esophagus", "distal esophagus/GEJ", "esophageal primary"]),
            "celiac": ("celiac nodes", ["celiac nodes", "celiac axis nodes"]),
            "scv": ("left supraclavicular", ["left SCV node", "L supraclavicular node"]),
        },
        {1: [("main", ["eso"])], 2: [("main", ["eso", "celiac"])], 3: [("main", ["eso", "celiac", "scv"])]},
        ["heart", "lungs", "spinal cord", "stomach", "liver"],
        ["GTV", "primary tumor", "esophageal CTV"],
        [("contrast", 2.5), ("arc_rotational", 2.0), ("particle", 0.4)],
        [("PET", 0.6)],
        0.5,
        ["wing board, arms up", "Vac-Lok arms up", "arms up, knee sponge, NPO 3 h"],
        ["EGD/EUS 2/3: uT3 N1", "PET/CT 2/12: avid distal esophagus, SUV 11", "CT chest/abd with IV contrast 1/28"],
        ["mediastinum for lymphoma (1999)"],
        [("OAR proximity", "GTV hugs the heart"), ("target motion", "GEJ moves with breathing")],
    )
)

_add(
    Site(
        "pancreas",
        "pancreas",
        False,
        {
            "main": [
                "borderline resectable pancreatic head adenocarcinoma",
                "locally advanced pancreatic cancer, post FOLFIRINOX",
                "pancreatic body adenocarcinoma, unresectable",
                "pancreas head mass with SMV abutment",
            ]
        },
        {
            "panc": ("pancreas", ["pancreatic head", "pancreas", "pancreatic tumor + vessel interface"]),
            "liver": ("liver metastasis", ["segment 7 liver met", "liver lesion"]),
        },
        {1: [("main", ["panc"])], 2: [("main", ["panc", "liver"])]},
        ["duodenum", "stomach", "small bowel", "kidneys", "liver"],
        ["GTV", "tumor-vessel interface", "target"],
        [("contrast", 3.0), ("arc_rotational", 2.0)],
        [("MRI", 0.3), ("PET", 0.2)],
        0.7,
        ["arms up, Vac-Lok, fasting 3 h", "wing board, abdominal compression", "Vac-Lok arms up"],
        [
            "pancreas-protocol CT with IV contrast 1/12: 3 cm head mass",
            "EUS 1/18 with FNA",
            "MRI abdomen with contrast 1/20",
        ],
        ["none"],
        [("OAR proximity", "duodenum wraps the target"), ("target motion", "pancreas moves 1 cm with respiration")],
    )
)

_add(
    Site(
        "lymphoma",
        "lymphoma",
        False,
        {
            "main": [
                "classic Hodgkin lymphoma stage IIA, bulky mediastinum, after ABVD x4",
                "DLBCL stage II, residual PET-positive disease after R-CHOP",
                "primary mediastinal B-cell lymphoma",
                "follicular lymphoma stage I-II",
            ]
        },
        {
            "med": ("mediastinum", ["mediastinum", "anterior mediastinum", "mediastinal residual"]),
            "lneck": ("left neck", ["left neck", "L cervical nodes", "left neck nodes"]),
            "bneck": ("bilateral neck", ["bilateral neck", "bilateral cervical nodes"]),
            "lax": ("left axilla", ["left axilla", "L axillary nodes"]),
        },
        {
            1: [("main", ["med"])],
            2: [("main", ["med", "lneck"])],
            3: [("main", ["med", "bneck"]), ("main", ["med", "lneck", "lax"])],
            4: [("main", ["med", "bneck", "lax"])],
        },
        ["heart", "breast tissue", "lungs", "coronary arteries", "thyroid"],
        ["involved-site CTV", "residual mass", "nodal target"],
        [("arc_rotational", 2.5), ("contrast", 1.0), ("complex_blocking", 0.7), ("particle", 0.4)],
        [("PET", 0.8)],
        0.2,
        ["arms up, Vac-Lok, DIBH coaching", "mask + arms down", "wing board, DIBH"],
        [
            "PET/CT 11/20 (baseline): bulky mediastinal mass 11 cm",
            "interim PET/CT 2/14: Deauville 4",
            "CT neck/chest with contrast 1/30",
        ],
        ["mantle (1995)"],
        [("OAR proximity", "heart/coronaries under the field"), ("irregular target", "horseshoe residual")],
    )
)

_add(
    Site(
        "skin_electron",
        "skin with electron cutouts",
        True,
        {
            "main": [
                "basal cell carcinoma of the nasal ala",
                "SCC of the {side} scalp, 3.2 cm",
                "SCC {side} ear helix",
                "Merkel cell carcinoma {side} cheek",
                "recurrent BCC {side} inner canthus",
            ]
        },
        {
            "nose": ("nose", ["nasal ala", "nose", "nasal tip lesion"]),
            "scalp": ("{side} scalp", ["{side} scalp", "{S} vertex scalp lesion"]),
            "ear": ("{side} ear", ["{side} ear", "{S} helix"]),
            "cheek": ("{side} cheek", ["{side} cheek", "{S} malar skin"]),
        },
        {
            1: [("main", ["nose"]), ("main", ["scalp"]), ("main", ["cheek"])],
            2: [("main", ["scalp", "ear"])],
            3: [("main", ["scalp", "ear", "cheek"])],
        },
        ["lens", "eye", "cornea", "nasal cartilage", "lacrimal gland"],
        ["lesion", "clinical target", "tumor"],
        [("custom_shielding", 4.0), ("arc_rotational", 0.3), ("hyperthermia", 0.2)],
        [],
        0.0,
        ["head rest + mask", "head cushion, tape", "supine, head turned, custom bolus"],
        [
            "Mohs 2/2 with positive deep margin",
            "CT head and neck with contrast 1/25: no perineural spread",
            "dermatology biopsy 1/10",
        ],
        ["same scalp in 2020", "nose (2018)"],
        [
            ("custom shielding", "lesion 4 mm from the lid margin — needs eye shield"),
            ("irregular target", "lesion wraps a curved rim of cartilage"),
        ],
    )
)

_add(
    Site(
        "peds_anesthesia",
        "pediatric under anesthesia",
        True,
        {
            "main": ["medulloblastoma, standard risk, age 6", "standard-risk medulloblastoma, age 5"],
            "wilms": ["Wilms tumor, favorable histology, stage III, age 4"],
            "rms": ["embryonal rhabdomyosarcoma of the {side} orbit, age 3"],
        },
        {
            "flank": ("{side} flank", ["{side} flank", "{S} flank/tumor bed"]),
            "orbit": ("{side} orbit", ["{side} orbit", "{S} orbital primary"]),
            "brain": ("brain", ["brain", "cranial field", "whole brain/posterior fossa"]),
            "spine": ("spine", ["spine", "spinal field"]),
            "uspine": ("upper spine", ["upper spine", "upper spinal field"]),
            "lspine": ("lower spine", ["lower spine", "lower spinal field"]),
        },
        {
            1: [("wilms", ["flank"]), ("rms", ["orbit"])],
            2: [("main", ["brain", "spine"])],
            3: [("main", ["brain", "uspine", "lspine"])],
        },
        ["cochleae", "lenses", "kidneys", "heart", "growth plates", "vertebral bodies"],
        ["target", "tumor bed", "CTV"],
        [("particle", 2.0), ("arc_rotational", 1.5), ("contrast", 1.0)],
        [("MRI", 0.7)],
        0.0,
        ["supine CSI setup, infant mask", "supine mask under anesthesia", "custom Vac-Lok under GA"],
        [
            "MRI brain/spine with gadolinium 3/3: no leptomeningeal disease",
            "CT abdomen with contrast 2/20: 11 cm renal mass",
            "MRI orbit with gadolinium 1/29",
        ],
        ["none"],
        [
            ("anesthesia/immobilization", "age 4, cannot hold still — GA needed"),
            ("anesthesia/immobilization", "needs propofol sedation to stay still"),
        ],
    )
)

_add(
    Site(
        "palliative",
        "palliative",
        True,
        {
            "main": [
                "metastatic NSCLC with painful {side} chest wall mass",
                "bleeding bladder cancer, poor PS",
                "metastatic RCC with a painful {side} femur lesion",
                "hemoptysis from central lung mass",
            ]
        },
        {
            "cw": ("{side} chest wall", ["{side} chest wall mass", "{S} chest wall"]),
            "blad": ("bladder", ["bladder", "whole bladder"]),
            "fem": ("{side} femur", ["{side} femur", "{S} proximal femur"]),
            "hilum": ("{side} hilum", ["{side} hilar mass", "{S} hilum"]),
            "brain": ("brain", ["brain"]),
        },
        {
            1: [("main", ["cw"]), ("main", ["blad"]), ("main", ["fem"]), ("main", ["hilum"])],
            2: [("main", ["cw", "fem"]), ("main", ["hilum", "fem"])],
            3: [("main", ["cw", "fem", "hilum"])],
        },
        ["spinal cord", "bowel", "skin", "esophagus"],
        ["mass", "lesion", "symptomatic tumor"],
        [("complex_blocking", 1.2), ("custom_shielding", 1.0), ("arc_rotational", 1.0)],
        [("fluoroscopy", 0.35)],
        0.0,
        ["supine, knee sponge, arms on chest", "Vac-Lok, arms up", "on stretcher board, pain meds pre-sim"],
        [
            "CT chest with contrast 4/1 showed a 6 cm mass eroding the rib",
            "X-ray femur 3/30: lytic lesion, Mirels 9",
            "CT A/P with IV contrast 3/28",
        ],
        ["same region (2023, 20 Gy/5)", "pelvis (2021)"],
        [
            ("prior field overlap", "overlaps 2023 palliative field"),
            ("immobilization", "can't lie flat; custom cradle"),
        ],
    )
)

_add(
    Site(
        "sarcoma",
        "sarcoma",
        True,
        {
            "main": [
                "high-grade undifferentiated pleomorphic sarcoma of the {side} thigh, 9 cm",
                "myxoid liposarcoma of the {side} thigh",
                "synovial sarcoma {side} popliteal fossa",
                "retroperitoneal liposarcoma, preoperative",
            ]
        },
        {
            "thigh": ("{side} thigh", ["{side} thigh", "{S} thigh compartment", "{side} posterior thigh"]),
            "ing": ("{side} inguinal nodes", ["{side} inguinal nodes", "{S} groin"]),
        },
        {1: [("main", ["thigh"])], 2: [("main", ["thigh", "ing"])]},
        ["femur", "skin strip", "sciatic nerve", "genitalia", "bowel"],
        ["GTV", "sarcoma", "surgical bed"],
        [("contrast", 1.5), ("arc_rotational", 2.0), ("custom_shielding", 0.8), ("hyperthermia", 0.5)],
        [("MRI", 0.8)],
        0.0,
        ["frog-leg in custom Vac-Lok", "custom Vac-Lok leg mold", "prone Vac-Lok"],
        [
            "MRI thigh with gadolinium 2/6: 9 cm heterogeneous mass",
            "CT chest 2/10: no pulmonary mets",
            "PET/CT 2/12: SUV 7",
        ],
        ["none"],
        [("OAR proximity", "mass wraps the sciatic nerve"), ("irregular target", "long irregular compartment CTV")],
    )
)
