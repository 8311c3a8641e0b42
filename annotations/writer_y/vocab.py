"""Writer Y's invented department: Tallgrass Radiation Partners.

A multi-state radiation oncology management company running freestanding centres, which adopted an
ambient AI scribe and telehealth in 2025-2026.

Everything here is invented: company, centres, clinicians, payers, identifiers.
"""

from __future__ import annotations

COMPANY = "Tallgrass Radiation Partners"
CENTRES = [
    ("Tallgrass Cancer Center - Keel Harbor", "MI"),
    ("Tallgrass Cancer Center - Wrenfield", "OH"),
    ("Tallgrass Radiation Oncology of Pruett Springs", "TN"),
    ("Tallgrass Cancer Center - Alder Mesa", "AZ"),
    ("Tallgrass Radiation Oncology - Coldwater Fork", "KY"),
    ("Tallgrass Cancer Center - Sable Point", "GA"),
]
SCRIBE = ["Verbatim Ambient", "Verbatim Ambient v2.3", "Verbatim AI Scribe", "Verbatim Ambient (beta)"]
TELEHEALTH = ["Tallgrass Connect video", "Tallgrass Connect", "video visit (Tallgrass Connect)"]
EHR = ["RadTrak", "RadTrak OIS", "RadTrak 16.1"]
PHYSICIANS = [
    "Imogen Vasquez-Harlow, MD",
    "Tobias Okafor-Lind, MD",
    "Priya Castellane, DO",
    "Marcus Feldhaus, MD",
    "Leonie Abara, MD",
    "Rafael Quintero-Marsh, MD",
    "Hana Sorensby, MD",
    "Desmond Achterberg, MD",
]
APPS = ["Carla Benedek, PA-C", "Owen Trasker, NP", "Mireille Okonjo, NP"]
THERAPISTS = [
    "K. Albescu, RT(T)",
    "D. Mwangi, RT(T)",
    "J. Perlmutter, RTT",
    "S. Ferreira-Cole, RT(T)",
    "T. Nakashima, RTT",
    "B. Oyelaran, RT(T)",
]
DOSIMETRISTS = ["G. Halvorsen, CMD", "R. Iwu, CMD", "P. Delacroix, CMD"]
NURSES = ["Anneliese Cork, RN", "Jamal Whitby, RN", "Teodora Vance, RN, OCN"]
PAYERS = [
    "Keystone Meridian Health Plan",
    "Pinecrest Advantage",
    "Tri-Valley Benefit Mutual",
    "Cardinal Star Medicare Advantage",
    "Heartland Unity Health",
    "Bluewater Choice PPO",
]
PAYER_REVIEWERS = [
    "Dr. Lionel Strand (payer medical director)",
    "Dr. A. Kowalczyk, reviewing radiation oncologist",
    "Dr. Fenna Ruiz, Associate Medical Director",
]
REFERRERS = [
    "Dr. Okoro (med onc)",
    "Dr. Leitner, surgical oncology",
    "Dr. Patel-Brandt, ENT",
    "Dr. Ashgrove (pulmonology)",
    "Dr. Viramontes, GYN onc",
    "Dr. Kessel, urology",
    "Dr. Yamada (PCP)",
]
CONTRAST_AGENTS = ["Omnipaque 350", "Isovue-370", "iohexol 300", "Optiray 350"]
MONTHS = ["1/", "2/", "3/", "4/", "5/", "6/", "7/", "8/", "9/", "10/", "11/", "12/"]

# Each site: label, diagnoses, areas by count (value, surfaces), OARs, allowed features, contrast routes,
# fusions, extra modalities, rationale categories, historical imaging, immobilisation, beams on one target.
SITES: dict[str, dict] = {
    "breast": {
        "label": "breast with nodes",
        "dx": [
            "{side} breast invasive ductal carcinoma, pT2 N1a, s/p lumpectomy and ALND",
            "{side} breast cancer, ER+/PR+/HER2-, pT1c N1 after partial mastectomy",
            "{side} breast IDC s/p mastectomy, ypT2 N2a after neoadjuvant chemotherapy",
        ],
        "areas": {
            1: [
                [("{side} breast", ["{side} breast", "{side} whole breast", "{Sd} breast"])],
                [("{side} chest wall", ["{side} chest wall", "{Sd} chest wall"])],
            ],
            2: [
                [
                    ("{side} breast", ["{side} breast"]),
                    ("{side} supraclavicular", ["{side} supraclavicular fossa", "{Sd} SCV"]),
                ],
                [
                    ("{side} chest wall", ["{side} chest wall"]),
                    ("{side} supraclavicular", ["{Sd} SCV", "{side} supraclavicular region"]),
                ],
            ],
            3: [
                [
                    ("{side} breast", ["{side} breast"]),
                    ("{side} supraclavicular", ["{side} supraclavicular fossa", "{Sd} SCV"]),
                    ("{side} axilla", ["{side} axilla", "{Sd} axillary apex"]),
                ],
                [
                    ("{side} chest wall", ["{side} chest wall"]),
                    ("{side} supraclavicular", ["{Sd} SCV"]),
                    ("{side} internal mammary", ["{side} internal mammary nodes", "{Sd} IMN"]),
                ],
            ],
            4: [
                [
                    ("{side} chest wall", ["{side} chest wall"]),
                    ("{side} supraclavicular", ["{Sd} SCV"]),
                    ("{side} axilla", ["{side} axilla"]),
                    ("{side} internal mammary", ["{Sd} IMN chain"]),
                ]
            ],
        },
        "oars": [
            "heart",
            "LAD",
            "left anterior descending artery",
            "ipsilateral lung",
            "brachial plexus",
            "contralateral breast",
        ],
        "oar_lay": ["heart", "lung"],
        "features": {
            "arc_rotational": 3,
            "custom_shielding": 2,
            "complex_blocking": 1,
            "hyperthermia": 1,
            "contrast": 1,
        },
        "contrast": ["IV"],
        "fusion": ["PET"],
        "fourdct": False,
        "rcats": ["OAR proximity", "multiple targets", "prior field overlap", "immobilization", "irregular target"],
        "prior": ["prior mantle field for Hodgkin lymphoma (1998)", "prior {side} breast tangents in 2014"],
        "hist": [
            "CT chest/abdomen/pelvis with IV contrast {d} negative for distant disease",
            "breast MRI with gadolinium {d} showed 2.4 cm enhancing mass",
            "PET/CT {d}: FDG-avid {side} axillary nodes, no distant disease",
        ],
        "immob": ["breast board, arms up", "Vac-Lok with arms above head", "wing board, head turned away"],
        "beams": ["tangent pair plus field-in-field segments", "two tangential beams with 6 MV/10 MV mix"],
        "tgt": ["the breast target", "the chest wall target"],
        "bolus": True,
    },
    "prostate": {
        "label": "prostate +/- pelvis",
        "dx": [
            "prostate adenocarcinoma, Gleason 4+3, PSA 11.8, cT2c",
            "unfavorable-intermediate prostate cancer, GG3",
            "high-risk prostate adenocarcinoma, GG4, PSA 23, MRI T3a",
            "rising PSA after prostatectomy (pT3a, PSA 0.41)",
        ],
        "areas": {
            1: [
                [("prostate", ["prostate", "prostate and proximal seminal vesicles"])],
                [("prostate bed", ["prostate bed", "prostatic fossa"])],
            ],
            2: [
                [
                    ("prostate", ["prostate"]),
                    ("pelvic lymph nodes", ["pelvic lymph nodes", "pelvic nodes", "elective pelvic nodal volume"]),
                ],
                [("prostate bed", ["prostate bed"]), ("pelvic lymph nodes", ["pelvic nodes"])],
            ],
            3: [
                [
                    ("prostate", ["prostate"]),
                    ("pelvic lymph nodes", ["pelvic lymph nodes"]),
                    ("left ischium", ["left ischial metastasis", "L ischium met"]),
                ]
            ],
        },
        "oars": ["rectum", "anterior rectal wall", "bladder", "small bowel", "penile bulb", "femoral heads"],
        "oar_lay": ["rectum", "bladder"],
        "features": {"arc_rotational": 4, "particle": 2, "contrast": 1, "brachytherapy": 1},
        "contrast": ["urethrogram", "IV", "bladder"],
        "fusion": ["MRI", "PET"],
        "fourdct": False,
        "extra": ["ultrasound"],
        "rcats": ["OAR proximity", "fusion for delineation", "irregular target", "contrast for delineation"],
        "prior": ["prior low-dose-rate seed implant (2016)"],
        "hist": [
            "MRI prostate with gadolinium {d}: PI-RADS 5 lesion left peripheral zone",
            "PSMA PET/CT {d}: no nodal or osseous disease",
            "CT abdomen/pelvis with contrast {d} unremarkable",
        ],
        "immob": ["knee and foot cushions, comfortably full bladder", "Vac-Lok legs, empty rectum protocol"],
        "beams": ["7-field IMRT", "9 static IMRT fields", "five coplanar fields"],
        "tgt": ["the prostate", "the target"],
    },
    "head_neck": {
        "label": "head and neck",
        "dx": [
            "p16+ SCC of the {side} tonsil, cT2 N1",
            "SCC of the {side} oral tongue, pT2 N2b",
            "SCC of the base of tongue, p16+, cT3 N2",
            "glottic larynx SCC, cT1a",
            "acinic cell carcinoma of the {side} parotid, s/p parotidectomy",
            "SCC of the supraglottic larynx, cT3 N1",
        ],
        "areas": {
            1: [[("larynx", ["larynx", "glottic larynx"])], [("{side} parotid bed", ["{side} parotid bed"])]],
            2: [
                [
                    ("{side} tonsil", ["{side} tonsil primary", "{side} tonsillar fossa"]),
                    ("{side} neck", ["{side} neck", "{Sd} neck levels II-IV"]),
                ],
                [("oral tongue", ["oral tongue primary"]), ("{side} neck", ["{side} neck"])],
            ],
            3: [
                [
                    ("base of tongue", ["base of tongue primary", "BOT primary"]),
                    ("bilateral neck", ["bilateral neck", "both sides of the neck"]),
                ],
                [("{side} tonsil", ["{side} tonsil"]), ("left neck", ["left neck"]), ("right neck", ["right neck"])],
                [
                    ("supraglottic larynx", ["supraglottic larynx"]),
                    ("bilateral neck", ["bilateral neck nodal volumes"]),
                ],
            ],
        },
        "oars": [
            "spinal cord",
            "brainstem",
            "contralateral parotid",
            "mandible",
            "optic chiasm",
            "larynx",
            "pharyngeal constrictors",
        ],
        "oar_lay": ["spinal cord", "salivary glands", "swallowing muscles"],
        "features": {"arc_rotational": 4, "contrast": 3, "particle": 1, "custom_shielding": 1},
        "contrast": ["IV"],
        "fusion": ["PET", "MRI"],
        "fourdct": False,
        "rcats": [
            "OAR proximity",
            "irregular target",
            "contrast for delineation",
            "fusion for delineation",
            "immobilization",
            "prior field overlap",
        ],
        "prior": ["prior neck RT (2017, 66 Gy)", "prior {side} neck dissection and PORT 2019"],
        "hist": [
            "CT neck with IV contrast {d}: 2.8 cm {side} level II node",
            "PET/CT {d} showed avid primary and nodes",
            "MRI neck with and without gadolinium {d}",
        ],
        "immob": ["5-point thermoplastic mask, custom head cushion", "S-frame mask with mouthpiece/tongue depressor"],
        "beams": ["7-field IMRT", "9 static IMRT beams"],
        "tgt": ["the primary and nodal target", "the target"],
    },
    "lung": {
        "label": "lung with 4DCT",
        "dx": [
            "{side} upper lobe NSCLC, cT1b N0 (SBRT candidate)",
            "stage IIIA NSCLC, {side} lower lobe with N2 disease",
            "{side} lower lobe adenocarcinoma, cT2a N0, medically inoperable",
            "small cell lung cancer, limited stage",
        ],
        "areas": {
            1: [
                [("{side} upper lobe", ["{side} upper lobe tumor", "{Sd}UL lesion"])],
                [("{side} lower lobe", ["{side} lower lobe nodule", "{Sd}LL lesion"])],
            ],
            2: [
                [
                    ("{side} lower lobe", ["{side} lower lobe primary"]),
                    ("mediastinum", ["mediastinal nodes (4R/7)", "mediastinum"]),
                ]
            ],
            3: [
                [
                    ("{side} upper lobe", ["{side} upper lobe primary"]),
                    ("mediastinum", ["mediastinal nodes"]),
                    ("{side} supraclavicular", ["{side} supraclavicular node", "{Sd} SCV node"]),
                ]
            ],
        },
        "oars": ["esophagus", "brachial plexus", "proximal bronchial tree", "heart", "spinal cord", "chest wall"],
        "oar_lay": ["food pipe", "heart", "airway"],
        "features": {"arc_rotational": 4, "contrast": 2, "particle": 1},
        "contrast": ["IV"],
        "fusion": ["PET"],
        "fourdct": True,
        "rcats": [
            "OAR proximity",
            "target motion",
            "contrast for delineation",
            "fusion for delineation",
            "prior field overlap",
        ],
        "prior": ["prior SBRT to the contralateral lung (2023)"],
        "hist": [
            "CT chest with IV contrast {d}: 2.1 cm spiculated {side} nodule",
            "PET/CT {d}: SUV 9.4 primary, no nodes",
            "MRI brain with gadolinium {d} negative",
        ],
        "immob": ["wing board, arms up, Vac-Lok", "arms-up board, knee sponge"],
        "beams": ["8 non-coplanar static beams", "9 static conformal beams"],
        "tgt": ["the tumor", "the target"],
    },
    "whole_brain": {
        "label": "whole brain",
        "dx": [
            "multiple brain metastases from NSCLC (>10 lesions)",
            "leptomeningeal disease, breast primary",
            "innumerable brain metastases, melanoma primary",
        ],
        "areas": {
            1: [[("whole brain", ["whole brain", "the whole brain"])]],
            2: [[("whole brain", ["whole brain"]), ("cervical spine", ["C2-C5 spine", "upper cervical spine"])]],
        },
        "oars": ["hippocampi", "lenses", "optic nerves", "cochleae"],
        "oar_lay": ["memory centers", "eyes"],
        "features": {"custom_shielding": 2, "arc_rotational": 2, "complex_blocking": 1},
        "contrast": [],
        "fusion": ["MRI"],
        "fourdct": False,
        "rcats": ["OAR proximity", "fusion for delineation", "custom shielding"],
        "prior": ["prior SRS to a right frontal lesion (2024)"],
        "hist": ["MRI brain with and without gadolinium {d}: >15 enhancing lesions", "CT head with contrast {d} (ED)"],
        "immob": ["thermoplastic mask", "open-face mask, head cup B"],
        "beams": ["opposed lateral fields", "parallel-opposed laterals with MLC"],
        "tgt": ["the brain", "the target"],
    },
    "srs": {
        "label": "brain SRS",
        "dx": [
            "brain metastases from lung adenocarcinoma",
            "melanoma brain metastases",
            "resected brain metastasis, cavity SRS",
        ],
        "areas": {
            1: [
                [("{side} frontal metastasis", ["{side} frontal lesion", "{side} frontal met"])],
                [("resection cavity", ["{side} parietal resection cavity"])],
            ],
            2: [
                [
                    ("{side} frontal metastasis", ["{side} frontal met"]),
                    ("right cerebellar metastasis", ["right cerebellar met"]),
                ]
            ],
            3: [
                [
                    ("{side} frontal metastasis", ["{side} frontal met"]),
                    ("right cerebellar metastasis", ["right cerebellar met"]),
                    ("left occipital metastasis", ["left occipital met"]),
                ]
            ],
            4: [
                [
                    ("{side} frontal metastasis", ["{side} frontal met"]),
                    ("right cerebellar metastasis", ["R cerebellar met"]),
                    ("left occipital metastasis", ["L occipital met"]),
                    ("right insular metastasis", ["R insular met"]),
                ]
            ],
        },
        "oars": ["brainstem", "optic chiasm", "optic nerve", "motor strip"],
        "oar_lay": ["brainstem", "optic nerves"],
        "features": {"arc_rotational": 5},
        "contrast": ["IV"],
        "fusion": ["MRI"],
        "fourdct": False,
        "rcats": ["OAR proximity", "fusion for delineation", "multiple targets", "prior field overlap"],
        "prior": ["prior WBRT (2023, 30 Gy)"],
        "hist": ["MRI brain with gadolinium {d} showed new lesions", "CT head with contrast {d}"],
        "immob": ["SRS frameless mask", "open-face thermoplastic mask with bite block"],
        "beams": ["4 non-coplanar arcs"],
        "tgt": ["the lesion", "the target"],
    },
    "bone_mets": {
        "label": "multiple bone metastases",
        "dx": [
            "metastatic prostate cancer to bone",
            "metastatic breast cancer, painful osseous disease",
            "renal cell carcinoma with osseous metastases",
            "multiple myeloma with lytic lesions",
        ],
        "areas": {
            1: [[("T10 spine", ["T9-T11", "T10 vertebral body"])], [("right femur", ["right proximal femur"])]],
            2: [
                [("T10 spine", ["T9-T11"]), ("right femur", ["right proximal femur"])],
                [("L3 spine", ["L3"]), ("left acetabulum", ["left acetabulum"])],
            ],
            3: [
                [("T4 spine", ["T4"]), ("L2 spine", ["L2"]), ("left hip", ["left hip/acetabulum"])],
                [("T10 spine", ["T9-T11"]), ("right femur", ["R femur"]), ("sacrum", ["sacrum"])],
            ],
            4: [
                [
                    ("C7 spine", ["C7-T1"]),
                    ("T6 spine", ["T6"]),
                    ("right humerus", ["right humerus"]),
                    ("left ilium", ["left iliac wing"]),
                ]
            ],
        },
        "oars": ["spinal cord", "cauda equina", "bowel", "kidney"],
        "oar_lay": ["spinal cord", "bowel"],
        "features": {"arc_rotational": 3, "custom_shielding": 1},
        "contrast": [],
        "fusion": ["MRI", "PET"],
        "fourdct": False,
        "rcats": ["OAR proximity", "multiple targets", "prior field overlap", "immobilization"],
        "prior": ["prior 8 Gy to T8-T11 (2025)", "prior lumbar spine RT in 2022"],
        "hist": [
            "MRI total spine with and without contrast {d}",
            "bone scan {d}: multifocal uptake",
            "CT C/A/P with contrast {d}",
        ],
        "immob": ["Vac-Lok, knee sponge", "Vac-Lok full body cushion, arms on chest"],
        "beams": ["AP/PA pair", "3-field posterior oblique arrangement"],
        "tgt": ["the painful lesion", "the target"],
    },
    "gyn": {
        "label": "GYN with brachytherapy",
        "dx": [
            "FIGO IIB squamous cell carcinoma of the cervix",
            "endometrial adenocarcinoma, FIGO IB, s/p TAH/BSO",
            "cervical adenocarcinoma FIGO IIIC1",
            "vaginal cuff recurrence of endometrial cancer",
        ],
        "areas": {
            1: [[("cervix", ["cervix", "cervix/uterus"])], [("vaginal cuff", ["vaginal cuff", "proximal vagina"])]],
            2: [[("pelvis", ["pelvis", "whole pelvis"]), ("para-aortic nodes", ["para-aortic nodes", "PA nodes"])]],
            3: [
                [
                    ("pelvis", ["pelvis"]),
                    ("para-aortic nodes", ["para-aortic nodes"]),
                    ("inguinal nodes", ["inguinal nodes"]),
                ]
            ],
        },
        "oars": ["bladder", "rectum", "sigmoid", "small bowel"],
        "oar_lay": ["bladder", "bowel"],
        "features": {"brachytherapy": 6, "contrast": 2, "arc_rotational": 1},
        "contrast": ["bladder", "vaginal", "IV", "rectal"],
        "fusion": ["MRI", "PET"],
        "fourdct": False,
        "extra": ["fluoroscopy", "ultrasound"],
        "rcats": ["applicator verification", "OAR proximity", "contrast for delineation", "fusion for delineation"],
        "prior": ["prior pelvic EBRT 45 Gy (2021)"],
        "hist": [
            "MRI pelvis with gadolinium {d}: 4.5 cm cervical mass",
            "PET/CT {d}: avid common iliac nodes",
            "CT abdomen/pelvis with IV and oral contrast {d}",
        ],
        "immob": ["lithotomy, Foley in place", "supine frog-leg, Vac-Lok"],
        "beams": ["4-field box"],
        "tgt": ["the cervix target", "the target"],
    },
    "rectum": {
        "label": "rectum",
        "dx": [
            "rectal adenocarcinoma, cT3 N1, 6 cm from the anal verge",
            "low rectal adenocarcinoma, cT3c N2a, MRF threatened",
        ],
        "areas": {
            1: [[("pelvis", ["pelvis", "rectum and mesorectum"])]],
            2: [[("pelvis", ["pelvis"]), ("{side} inguinal nodes", ["{side} inguinal nodes"])]],
            3: [[("pelvis", ["pelvis"]), ("bilateral inguinal nodes", ["bilateral inguinal nodes"])]],
        },
        "oars": ["small bowel", "bladder", "femoral heads", "genitalia"],
        "oar_lay": ["bowel", "bladder"],
        "features": {"contrast": 4, "arc_rotational": 2},
        "contrast": ["oral", "rectal", "IV"],
        "fusion": ["MRI", "PET"],
        "fourdct": False,
        "rcats": ["OAR proximity", "contrast for delineation", "fusion for delineation"],
        "prior": ["prior prostate RT (2015)"],
        "hist": ["MRI pelvis (rectal protocol) with gadolinium {d}", "CT C/A/P with IV and oral contrast {d}: no mets"],
        "immob": ["prone on belly board", "supine Vac-Lok, full bladder"],
        "beams": ["3-field (PA + laterals)"],
        "tgt": ["the mesorectum", "the target"],
    },
    "esophagus": {
        "label": "esophagus",
        "dx": [
            "distal esophageal adenocarcinoma, cT3 N1",
            "mid-esophageal SCC, cT2 N0",
            "GE junction adenocarcinoma, Siewert II",
        ],
        "areas": {
            1: [[("distal esophagus", ["distal esophagus", "distal esophagus/GEJ"])]],
            2: [[("distal esophagus", ["distal esophagus"]), ("celiac nodes", ["celiac axis nodes", "celiac nodes"])]],
        },
        "oars": ["heart", "lungs", "spinal cord", "stomach", "liver"],
        "oar_lay": ["heart", "lungs"],
        "features": {"contrast": 4, "arc_rotational": 3, "particle": 1},
        "contrast": ["oral", "IV"],
        "fusion": ["PET"],
        "fourdct": True,
        "rcats": ["OAR proximity", "contrast for delineation", "fusion for delineation", "target motion"],
        "prior": [],
        "hist": ["EGD/EUS {d}", "PET/CT {d}: avid distal esophageal mass", "CT chest/abdomen with IV contrast {d}"],
        "immob": ["arms-up wing board", "Vac-Lok, arms up"],
        "beams": ["4-field 3D"],
        "tgt": ["the tumor", "the target"],
    },
    "pancreas": {
        "label": "pancreas",
        "dx": [
            "borderline resectable pancreatic head adenocarcinoma",
            "locally advanced pancreatic adenocarcinoma, SMA encasement",
            "pancreatic body adenocarcinoma, locally advanced",
        ],
        "areas": {
            1: [
                [("pancreatic head", ["pancreatic head", "pancreatic head tumor"])],
                [("pancreatic body", ["pancreatic body mass"])],
            ],
            2: [[("pancreatic head", ["pancreatic head"]), ("celiac nodes", ["celiac nodal region"])]],
        },
        "oars": ["duodenum", "stomach", "small bowel", "kidneys", "liver"],
        "oar_lay": ["small intestine", "stomach"],
        "features": {"contrast": 4, "arc_rotational": 3},
        "contrast": ["IV", "oral"],
        "fusion": ["PET", "MRI"],
        "fourdct": True,
        "rcats": ["OAR proximity", "contrast for delineation", "target motion", "irregular target"],
        "prior": [],
        "hist": ["pancreas-protocol CT with IV contrast {d}", "MRI abdomen with gadolinium {d}", "EUS-FNA {d}"],
        "immob": ["arms up, Vac-Lok", "wing board, knee sponge, fasting 3 h"],
        "beams": ["4 static fields"],
        "tgt": ["the tumor", "the target"],
    },
    "lymphoma": {
        "label": "lymphoma",
        "dx": [
            "classic Hodgkin lymphoma, stage IIA, bulky mediastinum",
            "DLBCL, stage II, after R-CHOP x4 (PET Deauville 3)",
            "follicular lymphoma, stage I {side} inguinal",
        ],
        "areas": {
            1: [
                [("mediastinum", ["mediastinum", "mediastinal ISRT volume"])],
                [("{side} inguinal nodes", ["{side} inguinal nodes"])],
            ],
            2: [[("mediastinum", ["mediastinum"]), ("{side} neck", ["{side} neck", "{Sd} cervical nodes"])]],
            3: [
                [
                    ("mediastinum", ["mediastinum"]),
                    ("{side} neck", ["{side} neck"]),
                    ("{side} axilla", ["{side} axilla"]),
                ],
                [("mediastinum", ["mediastinum"]), ("bilateral neck", ["bilateral neck"])],
            ],
        },
        "oars": ["heart", "breasts", "lungs", "coronary arteries"],
        "oar_lay": ["heart", "lungs"],
        "features": {"arc_rotational": 3, "contrast": 2, "particle": 2},
        "contrast": ["IV"],
        "fusion": ["PET"],
        "fourdct": True,
        "rcats": ["OAR proximity", "fusion for delineation", "multiple targets", "contrast for delineation"],
        "prior": [],
        "hist": [
            "PET/CT {d} (baseline): bulky avid mediastinal mass",
            "CT neck/chest with IV contrast {d}",
            "interim PET {d}: Deauville 3",
        ],
        "immob": ["DIBH with surface guidance, arms up", "mask plus wing board"],
        "beams": ["AP/PA", "butterfly arrangement of 6 fields"],
        "tgt": ["the involved-site volume", "the target"],
    },
    "skin": {
        "label": "skin with electron cutouts",
        "dx": [
            "basal cell carcinoma of the {side} nasal ala",
            "SCC of the scalp vertex",
            "SCC of the {side} ear (helix)",
            "BCC of the {side} lower eyelid",
            "Merkel cell carcinoma of the {side} cheek",
        ],
        "areas": {
            1: [
                [("{side} nasal ala", ["{side} nasal ala lesion", "{side} nasal ala"])],
                [("scalp", ["scalp vertex lesion"])],
                [("{side} ear", ["{side} helix"])],
                [("{side} cheek", ["{side} cheek"])],
            ],
            2: [[("{side} cheek", ["{side} cheek primary"]), ("{side} parotid", ["{side} parotid nodal bed"])]],
        },
        "oars": ["lens", "cornea", "nasal cartilage", "lacrimal gland"],
        "oar_lay": ["eye", "cartilage"],
        "features": {"custom_shielding": 6, "arc_rotational": 1},
        "contrast": [],
        "fusion": ["MRI"],
        "fourdct": False,
        "rcats": ["OAR proximity", "custom shielding", "irregular target"],
        "prior": ["prior electron field to the {side} temple (2020)"],
        "hist": ["CT face with IV contrast {d}: no perineural spread", "MRI orbits with gadolinium {d}"],
        "immob": ["head cup and custom bite block", "open-face mask"],
        "beams": ["single en face electron field"],
        "tgt": ["the lesion", "the target"],
        "bolus": True,
    },
    "peds": {
        "label": "pediatric under anesthesia",
        "dx": [
            "medulloblastoma, standard risk (age 6)",
            "rhabdomyosarcoma of the {side} orbit (age 4)",
            "Wilms tumor, {side} kidney/flank, stage III (age 3)",
            "ependymoma, posterior fossa (age 5)",
        ],
        "areas": {
            1: [
                [("posterior fossa", ["posterior fossa tumor bed"])],
                [("{side} orbit", ["{side} orbit"])],
                [("{side} flank", ["{side} flank / renal bed"])],
            ],
            2: [[("brain", ["whole brain"]), ("spine", ["spine"])]],
            3: [
                [
                    ("brain", ["cranial field"]),
                    ("upper spine", ["upper spine field"]),
                    ("lower spine", ["lower spine field"]),
                ]
            ],
        },
        "oars": ["cochleae", "hypothalamus", "optic chiasm", "brainstem", "growth plates", "liver"],
        "oar_lay": ["hearing organs", "brainstem"],
        "features": {"particle": 3, "arc_rotational": 2, "contrast": 1},
        "contrast": ["IV"],
        "fusion": ["MRI"],
        "fourdct": False,
        "rcats": ["anesthesia/immobilization", "OAR proximity", "fusion for delineation"],
        "prior": [],
        "hist": ["MRI brain and spine with gadolinium {d}", "CT abdomen with IV contrast {d}"],
        "immob": ["thermoplastic mask under GA", "Vac-Lok under general anesthesia"],
        "beams": ["opposed laterals"],
        "tgt": ["the tumor bed", "the target"],
    },
    "palliative": {
        "label": "palliative",
        "dx": [
            "metastatic NSCLC with symptomatic {side} hilar mass",
            "painful {side} chest wall metastasis",
            "bleeding {side} breast fungating mass",
            "hemoptysis from central lung tumor",
            "metastatic melanoma, painful subcutaneous nodules",
            "painful {side} hip metastasis from renal cell carcinoma",
        ],
        "areas": {
            1: [
                [("{side} hilum", ["{side} hilar mass"])],
                [("{side} chest wall", ["{side} chest wall lesion"])],
                [("{side} hip", ["{side} hip"])],
            ],
            2: [[("{side} hilum", ["{side} hilar mass"]), ("T8 spine", ["T8 vertebra"])]],
            3: [[("{side} hip", ["{side} hip"]), ("T8 spine", ["T8"]), ("{side} hilum", ["{side} hilar mass"])]],
        },
        "oars": ["spinal cord", "esophagus", "skin", "bowel"],
        "oar_lay": ["spinal cord", "skin"],
        "features": {"custom_shielding": 2, "arc_rotational": 2},
        "contrast": ["IV"],
        "fusion": ["PET"],
        "fourdct": False,
        "rcats": ["OAR proximity", "prior field overlap", "immobilization", "irregular target"],
        "prior": ["prior palliative chest RT 2024 (20 Gy/5)"],
        "hist": ["CT chest with contrast {d}: enlarging mass", "PET/CT {d}"],
        "immob": ["Vac-Lok, arms down", "foam wedge, unable to lie flat"],
        "beams": ["AP/PA"],
        "tgt": ["the mass", "the target"],
    },
    "sarcoma": {
        "label": "sarcoma",
        "dx": [
            "high-grade undifferentiated pleomorphic sarcoma, {side} thigh",
            "myxoid liposarcoma, {side} thigh",
            "recurrent {side} chest wall sarcoma after prior RT",
        ],
        "areas": {
            1: [
                [("{side} thigh", ["{side} thigh", "{side} posterior thigh compartment"])],
                [("{side} chest wall", ["{side} chest wall recurrence"])],
            ],
            2: [[("{side} thigh", ["{side} thigh"]), ("{side} inguinal nodes", ["{side} inguinal node"])]],
        },
        "oars": ["femur", "sciatic nerve", "skin strip", "genitalia"],
        "oar_lay": ["thigh bone", "nerve"],
        "features": {"hyperthermia": 2, "contrast": 2, "arc_rotational": 2, "particle": 1, "custom_shielding": 1},
        "contrast": ["IV"],
        "fusion": ["MRI"],
        "fourdct": False,
        "rcats": [
            "OAR proximity",
            "fusion for delineation",
            "immobilization",
            "prior field overlap",
            "irregular target",
        ],
        "prior": ["prior 50 Gy to the {side} chest wall (2021)"],
        "hist": ["MRI {side} thigh with and without gadolinium {d}: 11 cm mass", "CT chest with contrast {d} negative"],
        "immob": ["custom Vac-Lok leg mold, frog-leg", "Vac-Lok with foot holder"],
        "beams": ["opposed oblique pair"],
        "tgt": ["the tumor", "the target"],
    },
}
SITE_KEYS = list(SITES)
