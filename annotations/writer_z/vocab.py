"""Bramblewood Health: people, places, the transcription vendor, payers and the disease sites (all invented)."""

from __future__ import annotations

SYSTEM = "Bramblewood Health"
MAIN = ["Ashgrove Cancer Centre", "Bramblewood Ashgrove Cancer Centre", "BH Ashgrove", "Ashgrove campus"]
SECOND = ["Pell Mill Cancer Centre", "Bramblewood Pell Mill", "BH Pell Mill"]
SATELLITE = ["Harlan Creek Radiation Clinic", "BH Harlan Creek", "Harlan Creek outreach clinic", "HCRC"]
SATELLITE_SHORT = ["Harlan Creek", "HC", "the Harlan Creek clinic", "the satellite"]
PROTON = ["Carrow Proton Pavilion", "the Carrow proton unit at Ashgrove"]
VENDOR = ["Tanvika Medical Transcription Pvt. Ltd.", "Tanvika MT Services (Chennai)", "TMT"]
VENDOR_TAGS = ["TMT/sv", "TMT/rk", "TMT/ap", "TMT/nb", "TMT/dm", "tmt-qa/jk", "TMT/ps", "TMT/vg"]

PHYSICIANS = [
    ("Helena Okonkwo-Reyes", "HOR"),
    ("Marcus Vantreese", "MV"),
    ("Priyanka Dasgupta-Hale", "PDH"),
    ("Tobias Lindqvist", "TL"),
    ("Adaeze Whitcombe", "AW"),
    ("Samuel Ferraro-Quill", "SFQ"),
    ("Ingrid Batchelder", "IB"),
    ("Rohan Meyerhoff", "RM"),
]
THERAPISTS = [
    "K. Dunleavy, RT(T)",
    "M. Osei, RT(T)",
    "J. Castellanos, RT(T)",
    "T. Abernathy, RT(T)",
    "L. Paquin, RT(T)",
    "D. Hollingworth, RT(T)",
    "S. Nakashima, RT(T)",
    "R. Mbeki-Stone, RT(T)",
    "C. Varga, RT(T)",
]
DOSIMETRISTS = ["A. Thorsby, CMD", "N. Greaves, CMD", "P. Iwu, CMD", "B. Lachance, CMD"]
PHYSICISTS = ["Dr. Elias Fenwick (physics)", "Dr. Mireille Sato (physics)", "Dr. Kwame Ashford (physics)"]
NURSES = ["G. Tremblay, RN", "F. Oyelaran, RN", "H. Quist, RN", "V. Delacroix, RN"]
ANAESTHETISTS = ["Dr. Yusuf Brannigan", "Dr. Clarice Moulton", "Dr. Nnamdi Forsythe"]
REFERRERS = [
    "Dr. Evelyn Stroud (medical oncology)",
    "Dr. Farid Castellane (surgical oncology)",
    "Dr. Beatrix Lomax (ENT)",
    "Dr. Oren Kitteridge (urology)",
    "Dr. Sunita Rawley (gynae oncology)",
    "Dr. Harold Pemberton (pulmonology)",
    "Dr. Giulia Ashcombe (paediatric oncology)",
    "Dr. Wendell Obi (dermatology)",
    "Dr. Carmen Delacourt (GI)",
    "Dr. Tomasz Reinholt (haematology)",
    "Dr. Anjali Whitfield (family medicine, Oakridge)",
]
PCPS = [
    "Dr. Anjali Whitfield, Bramblewood Family Medicine - Oakridge",
    "Dr. Lionel Fairbairn, BH Primary Care - Tillman Falls",
    "Dr. Rosa Kettering, Harlan Creek Family Health",
    "Dr. Desmond Achebe-Lowe, BH Internal Medicine - Pell Mill",
]
PAYERS = [
    "Cumberland Mutual Health Plan",
    "Redstone Benefit Management (on behalf of Cumberland Mutual)",
    "Tri-Valley Medicare Advantage",
    "Keelson Health Partners",
    "Ridgeline Employees' Benefit Trust",
]
PAYER_MDS = [
    "Dr. Garrett Hume (radiation oncology, Redstone)",
    "Dr. Lorna Vickery (medical director)",
    "Dr. Philip Osterhagen (physician reviewer)",
    "Dr. Naomi Beckwith (radiation oncology reviewer)",
]
UR_STAFF = ["Celeste Marlow, RN (UR)", "Devon Pritchard, RN, utilization review", "Ama Boateng, RN (prior auth team)"]
CONTRAST_AGENTS_IV = ["Omnipaque 300", "iohexol 350", "Isovue-370", "Visipaque 320", "Omnipaque 350"]
CONTRAST_AGENTS_ORAL = [
    "dilute Gastrografin",
    "barium sulphate suspension (E-Z-Cat)",
    "Omnipaque oral solution",
    "oral iohexol",
]

SIDES = {"left": ("left", "Lt", "Lt.", "LEFT", "L"), "right": ("right", "Rt", "Rt.", "RIGHT", "R")}

# Each site: label (meta.site), sided, diagnosis templates, area options by count (lists of (value, surfaces)),
# organs at risk, plausible features, contrast routes, fusion options, 4DCT, immobilisation, simple techniques,
# the phrase for "many beams on one target", and targets words used in rationale clauses.
SITES: dict[str, dict] = {
    "breast": {
        "label": "breast with nodes",
        "sided": True,
        "dx": [
            "Ca {side} breast, pT2N1a (2/16 LN +ve), ER/PR +ve, HER2 -ve, s/p {Lt} BCS + ALND",
            "Carcinoma {side} breast (IDC, grade III), ypT1cN1, triple negative, s/p NACT and {Lt} MRM",
            "{Lt} breast IDC pT3N2a, ER +ve, HER2 3+, post mastectomy",
            "Ca {Lt} breast, cT2N1 -> ypT0N1mi after neoadjuvant chemo, s/p lumpectomy with SLNB",
        ],
        "areas": {
            1: [
                [("{side} breast", ["{Lt} breast", "whole {side} breast", "{side} breast"])],
                [("{side} chest wall", ["{Lt} chest wall", "{side} chest wall"])],
            ],
            2: [
                [
                    ("{side} breast", ["{Lt} breast", "{side} breast"]),
                    ("{side} supraclavicular", ["{Lt} SCF", "{side} supraclavicular fossa", "{Lt} SCV"]),
                ]
            ],
            3: [
                [
                    ("{side} breast", ["{Lt} breast", "{side} whole breast"]),
                    ("{side} supraclavicular", ["{Lt} SCF", "{side} supraclavicular region", "{Lt} SCV nodes"]),
                    ("{side} axilla", ["{Lt} axilla (levels I-III)", "{side} axilla", "{Lt} axillary nodes"]),
                ],
                [
                    ("{side} chest wall", ["{Lt} chest wall", "{side} chest wall"]),
                    ("{side} supraclavicular", ["{Lt} SCF", "{side} supraclavicular fossa"]),
                    ("{side} axilla", ["{Lt} axilla", "{side} axillary apex"]),
                ],
            ],
            4: [
                [
                    ("{side} chest wall", ["{Lt} chest wall", "{side} chest wall"]),
                    ("{side} supraclavicular", ["{Lt} SCF", "{side} supraclavicular fossa"]),
                    ("{side} axilla", ["{Lt} axilla", "{side} axilla"]),
                    ("{side} internal mammary", ["{Lt} IMC", "{side} internal mammary chain", "{Lt} IMN"]),
                ]
            ],
        },
        "oars": [
            "brachial plexus",
            "heart",
            "LAD",
            "ipsilateral lung",
            "contralateral breast",
            "thyroid",
            "oesophagus",
            "humeral head",
        ],
        "features": ["arc_rotational", "complex_blocking", "custom_shielding", "hyperthermia"],
        "contrast": [],
        "fusion": ["PET"],
        "fourd": False,
        "immob": ["breast board with arms up", "Vac-Lok bag", "wing board", "knee wedge and breast board"],
        "simple_tech": ["3D-CRT tangents", "tangential fields with a matched SCF field", "field-in-field tangents"],
        "beams": ["two tangents with field-in-field segments", "medial and lateral tangents plus 4 FiF segments"],
        "target": ["target", "PTV", "CTV"],
    },
    "prostate": {
        "label": "prostate +/- pelvis",
        "sided": False,
        "dx": [
            "Adenocarcinoma prostate, Gleason 4+3=7, iPSA 14.2 ng/ml, cT2c N0 M0, NCCN unfavourable intermediate risk",
            "Ca prostate, GS 4+4 (GG4), PSA 31, cT3a N0 (PSMA PET negative for nodes), high risk",
            "Prostate adenocarcinoma s/p RALP (pT3b N1, R1), PSA rising 0.04 -> 0.31",
            "Ca prostate, Gleason 3+4, PSA 8.8, cT1c, on ADT (Lupron 3-monthly)",
        ],
        "areas": {
            1: [
                [("prostate", ["prostate and proximal seminal vesicles", "prostate", "prostate + SV"])],
                [("prostate bed", ["prostate bed", "prostatic fossa"])],
            ],
            2: [
                [
                    ("prostate", ["prostate", "prostate and SVs"]),
                    ("pelvic nodes", ["pelvic lymph nodes", "pelvic nodal volume", "bilateral pelvic LN"]),
                ],
                [("prostate bed", ["prostate bed"]), ("pelvic nodes", ["pelvic nodes", "pelvic LN"])],
            ],
            3: [
                [
                    ("prostate", ["prostate"]),
                    ("pelvic nodes", ["pelvic nodes"]),
                    ("para-aortic nodes", ["para-aortic nodes", "PA nodal strip", "low para-aortic region"]),
                ]
            ],
        },
        "oars": ["rectum", "bladder", "femoral heads", "penile bulb", "small bowel", "sigmoid"],
        "features": ["arc_rotational", "particle", "contrast"],
        "contrast": ["urethrogram", "iv"],
        "fusion": ["MRI", "PET"],
        "fourd": False,
        "immob": ["knee and foot locks", "Vac-Lok", "Combifix", "knee rest"],
        "simple_tech": ["4-field box", "3D conformal, 7 fields"],
        "beams": ["a 7-field coplanar arrangement", "9 static IMRT fields", "five coplanar fields"],
        "target": ["PTV", "CTV", "target"],
    },
    "head_neck": {
        "label": "head and neck",
        "sided": True,
        "dx": [
            "SCC {primary}, p16 +ve, cT2N1M0 (AJCC 8)",
            "Carcinoma of the {primary}, cT3N2cM0, HPE: moderately differentiated SCC",
            "{primary} SCC, HPV related, T3N2",
        ],
        "areas": {
            1: [[("larynx", ["glottic larynx", "larynx"])], [("{side} parotid bed", ["{Lt} parotid bed"])]],
            2: [
                [
                    ("{side} tonsil", ["{Lt} tonsillar primary", "{side} tonsil"]),
                    ("{side} neck", ["{Lt} neck (levels II-IV)", "ipsilateral {side} neck"]),
                ],
                [
                    ("oral tongue", ["tongue primary/tumour bed", "oral tongue"]),
                    ("{side} neck", ["{Lt} neck", "{side} neck levels I-IV"]),
                ],
            ],
            3: [
                [
                    ("oropharynx", ["oropharyngeal primary", "oropharynx"]),
                    ("bilateral neck", ["bilateral neck", "B/L neck nodes", "both sides of the neck"]),
                ],
                [("larynx", ["larynx"]), ("bilateral neck", ["bilateral neck", "B/L cervical nodes"])],
                [("nasopharynx", ["nasopharynx"]), ("bilateral neck", ["bilateral neck levels II-V"])],
            ],
        },
        "oars": [
            "spinal cord",
            "brainstem",
            "parotids",
            "mandible",
            "optic chiasm",
            "larynx",
            "cochlea",
            "pharyngeal constrictors",
            "oral cavity",
        ],
        "features": ["arc_rotational", "contrast", "particle"],
        "contrast": ["iv"],
        "fusion": ["PET", "MRI"],
        "fourd": False,
        "immob": [
            "5-point thermoplastic mask",
            "thermoplastic head-neck-shoulder mask",
            "custom mouth bite",
            "S-frame mask with shoulder pulls",
        ],
        "simple_tech": ["opposed laterals", "3D conformal lateral fields"],
        "beams": ["9 coplanar IMRT fields", "a 7-field arrangement"],
        "target": ["tumour", "PTV", "CTV", "GTV"],
    },
    "lung": {
        "label": "lung with 4DCT",
        "sided": True,
        "dx": [
            "NSCLC (adenocarcinoma) {primary}, cT1bN0M0, not fit for surgery",
            "Squamous cell Ca {primary}, stage IIIA (cT2bN2M0), for concurrent CTRT",
            "Adenocarcinoma {primary}, EGFR -ve, ALK -ve, cT2aN0",
            "NSCLC {primary} with mediastinal nodes, stage IIIB",
        ],
        "areas": {
            1: [
                [("{side} upper lobe", ["{Lt} upper lobe lesion", "{side} upper lobe nodule", "{Lt} UL tumour"])],
                [("{side} lower lobe", ["{Lt} lower lobe mass", "{side} lower lobe lesion"])],
            ],
            2: [
                [
                    ("{side} lung", ["{Lt} lung primary", "{side} lung primary"]),
                    ("mediastinum", ["mediastinal nodes (4R/7)", "mediastinum", "subcarinal and paratracheal LN"]),
                ]
            ],
            3: [
                [
                    ("{side} lung", ["{Lt} lung primary", "{side} hilar primary"]),
                    ("mediastinum", ["mediastinal nodes", "mediastinum"]),
                    ("{side} supraclavicular", ["{Lt} SCF node", "{side} supraclavicular node"]),
                ]
            ],
        },
        "oars": [
            "spinal cord",
            "oesophagus",
            "heart",
            "brachial plexus",
            "proximal bronchial tree",
            "great vessels",
            "chest wall",
        ],
        "features": ["arc_rotational", "contrast"],
        "contrast": ["iv"],
        "fusion": ["PET"],
        "fourd": True,
        "immob": ["wing board with arms above head", "Vac-Lok with arms up", "BodyFIX"],
        "simple_tech": ["AP/PA", "3D conformal"],
        "beams": ["8 non-coplanar static beams", "a 6-field 3D arrangement"],
        "target": ["GTV", "tumour", "PTV"],
    },
    "whole_brain": {
        "label": "whole brain",
        "sided": False,
        "dx": [
            "Multiple brain metastases (>10) from Ca lung",
            "Brain mets from melanoma, s/p SRS x2, now progressive",
            "Leptomeningeal disease and multiple brain mets, Ca breast",
            "SCLC, for PCI after good response",
        ],
        "areas": {
            1: [[("whole brain", ["whole brain", "brain", "WBRT volume"])]],
            2: [[("whole brain", ["whole brain"]), ("C1-C2 spine", ["C1-C2", "upper cervical cord to C2"])]],
        },
        "oars": ["lenses", "hippocampi", "cochlea", "optic nerves", "scalp"],
        "features": ["arc_rotational", "custom_shielding"],
        "contrast": [],
        "fusion": ["MRI"],
        "fourd": False,
        "immob": ["thermoplastic mask", "head rest B with mask"],
        "simple_tech": ["opposed laterals", "parallel opposed lateral fields"],
        "beams": ["two opposed laterals", "two lateral fields"],
        "target": ["target", "PTV"],
    },
    "srs": {
        "label": "brain SRS",
        "sided": False,
        "dx": [
            "Brain metastases from Ca lung (adenocarcinoma)",
            "Oligometastatic breast Ca to brain",
            "Melanoma with brain mets, on pembrolizumab",
            "RCC with intracranial metastases",
        ],
        "areas": {
            1: [
                [("right frontal metastasis", ["Rt frontal lesion (1.4 cm)", "right frontal met"])],
                [("left cerebellar metastasis", ["Lt cerebellar lesion", "left cerebellar met"])],
            ],
            2: [
                [
                    ("right frontal metastasis", ["Rt frontal lesion", "right frontal met"]),
                    ("left occipital metastasis", ["Lt occipital lesion", "left occipital met"]),
                ]
            ],
            3: [
                [
                    ("right frontal metastasis", ["Rt frontal lesion", "right frontal"]),
                    ("left cerebellar metastasis", ["Lt cerebellar lesion", "left cerebellar"]),
                    ("left parietal metastasis", ["Lt parietal lesion", "left parietal"]),
                ],
                [
                    ("right temporal metastasis", ["Rt temporal met"]),
                    ("left frontal metastasis", ["Lt frontal met"]),
                    ("right cerebellar metastasis", ["Rt cerebellar met"]),
                ],
            ],
            4: [
                [
                    ("right frontal metastasis", ["Rt frontal"]),
                    ("left cerebellar metastasis", ["Lt cerebellar"]),
                    ("left parietal metastasis", ["Lt parietal"]),
                    ("right occipital metastasis", ["Rt occipital"]),
                ]
            ],
        },
        "oars": ["brainstem", "optic chiasm", "optic nerve", "motor strip", "cochlea", "internal capsule"],
        "features": ["arc_rotational", "contrast"],
        "contrast": ["iv"],
        "fusion": ["MRI"],
        "fourd": False,
        "immob": ["frameless SRS mask (Encompass)", "open-face SRS mask", "double-shell mask"],
        "simple_tech": ["dynamic conformal static beams", "non-coplanar static conformal beams"],
        "beams": ["4 non-coplanar couch angles", "5 non-coplanar beams"],
        "target": ["lesion", "metastasis", "target"],
    },
    "bone_mets": {
        "label": "multiple bone metastases",
        "sided": False,
        "dx": [
            "Metastatic Ca prostate with painful osseous mets (bone scan: T8, L3, Lt femur, sacrum)",
            "Ca breast with multiple skeletal metastases, on CDK4/6 inhibitor",
            "Multiple myeloma with lytic lesions",
            "RCC with osseous metastases, painful",
        ],
        "areas": {
            1: [[("T8 vertebra", ["T8", "T8 vertebral body"])], [("left femur", ["Lt proximal femur", "left femur"])]],
            2: [
                [("T8 vertebra", ["T8", "T7-T9"]), ("left femur", ["Lt femur", "left proximal femur"])],
                [("L3 vertebra", ["L3", "L2-L4"]), ("sacrum", ["sacrum", "S1-S2"])],
            ],
            3: [
                [
                    ("T8 vertebra", ["T8", "T7-9"]),
                    ("left femur", ["Lt femur", "left femoral neck"]),
                    ("sacrum", ["sacrum", "Rt SI joint/sacrum"]),
                ],
                [
                    ("L3 vertebra", ["L3"]),
                    ("right humerus", ["Rt humerus", "right humeral shaft"]),
                    ("left acetabulum", ["Lt acetabulum", "left acetabulum"]),
                ],
            ],
            4: [
                [
                    ("T8 vertebra", ["T8"]),
                    ("left femur", ["Lt femur"]),
                    ("sacrum", ["sacrum"]),
                    ("right humerus", ["Rt humerus"]),
                ]
            ],
        },
        "oars": ["spinal cord", "cauda equina", "bowel", "kidneys", "oesophagus"],
        "features": ["arc_rotational", "complex_blocking", "custom_shielding"],
        "contrast": [],
        "fusion": ["MRI", "PET"],
        "fourd": False,
        "immob": ["Vac-Lok", "knee rest and Vac-Lok", "BodyFIX"],
        "simple_tech": ["AP/PA", "single posterior field", "opposed AP/PA"],
        "beams": ["AP/PA pair", "a posterior field with two obliques"],
        "target": ["lesion", "target", "PTV"],
    },
    "gyn": {
        "label": "GYN with brachytherapy",
        "sided": False,
        "dx": [
            "Ca cervix, SCC, FIGO IIB, on concurrent weekly cisplatin",
            "Carcinoma cervix stage IIIC1r, HPE: non-keratinising SCC",
            "Endometrial Ca (endometrioid, grade 2) s/p TAH-BSO, stage II",
            "Ca cervix IB3, s/p EBRT 45 Gy/25#, now for HDR boost",
        ],
        "areas": {
            1: [
                [("cervix", ["cervix", "cervical tumour/HR-CTV"])],
                [("vaginal cuff", ["vaginal cuff", "vault"])],
                [("pelvis", ["whole pelvis", "pelvis"])],
            ],
            2: [
                [
                    ("pelvis", ["pelvis", "pelvic nodes + uterus/cervix"]),
                    ("para-aortic nodes", ["para-aortic nodes", "PA region"]),
                ]
            ],
            3: [
                [
                    ("pelvis", ["pelvis", "whole pelvis"]),
                    ("bilateral inguinal nodes", ["bilateral inguinal nodes", "both groins"]),
                ]
            ],
            4: [
                [
                    ("pelvis", ["pelvis"]),
                    ("para-aortic nodes", ["para-aortic nodes"]),
                    ("bilateral inguinal nodes", ["bilateral inguinal nodes", "B/L groins"]),
                ]
            ],
        },
        "oars": ["bladder", "rectum", "sigmoid", "small bowel", "femoral heads", "kidneys"],
        "features": ["brachytherapy", "arc_rotational", "contrast"],
        "contrast": ["vaginal", "rectal", "iv", "bladder"],
        "fusion": ["MRI", "PET"],
        "fourd": False,
        "immob": ["Vac-Lok with knee rest", "legs in stirrups (brachy)", "knee fix"],
        "simple_tech": ["4-field box", "AP/PA"],
        "beams": ["4-field box", "7 IMRT fields"],
        "target": ["target", "CTV", "PTV"],
    },
    "rectum": {
        "label": "rectum",
        "sided": False,
        "dx": [
            "Adenocarcinoma rectum (mid), 7 cm from AV, cT3N1M0, MRF threatened",
            "Ca low rectum, cT3cN2a, for long-course CRT with capecitabine",
            "Rectal adenocarcinoma, 10 cm from anal verge, cT3N0, for short-course RT",
        ],
        "areas": {
            1: [[("pelvis", ["pelvis (mesorectum + pelvic nodes)", "pelvis", "rectum and mesorectum"])]],
            2: [[("pelvis", ["pelvis"]), ("{side} inguinal nodes", ["{Lt} inguinal nodes", "{side} groin"])]],
            3: [[("pelvis", ["pelvis"]), ("bilateral inguinal nodes", ["bilateral inguinal nodes", "B/L groins"])]],
        },
        "oars": ["small bowel", "bladder", "femoral heads", "genitalia", "anal canal"],
        "features": ["contrast", "arc_rotational", "complex_blocking"],
        "contrast": ["rectal", "oral", "iv"],
        "fusion": ["MRI", "PET"],
        "fourd": False,
        "immob": ["prone belly board", "Vac-Lok supine with knee rest", "belly board with full bladder"],
        "simple_tech": ["3-field (PA and opposed laterals)", "3-field prone"],
        "beams": ["a 3-field arrangement", "PA plus two laterals"],
        "target": ["tumour", "CTV", "PTV"],
    },
    "oesophagus": {
        "label": "oesophagus",
        "sided": False,
        "dx": [
            "Adenocarcinoma lower third oesophagus/GE junction, cT3N1M0, for CROSS",
            "SCC mid oesophagus, 26-31 cm from incisors, cT3N0",
            "Ca oesophagus (GEJ Siewert I), uT3N1",
        ],
        "areas": {
            1: [[("oesophagus", ["oesophageal primary", "oesophagus", "GEJ tumour"])]],
            2: [[("oesophagus", ["oesophagus"]), ("coeliac nodes", ["coeliac axis nodes", "coeliac nodes"])]],
            3: [
                [
                    ("oesophagus", ["oesophagus", "cervical oesophagus"]),
                    ("bilateral supraclavicular", ["bilateral SCF", "B/L supraclavicular nodes"]),
                ]
            ],
            4: [
                [
                    ("oesophagus", ["oesophagus"]),
                    ("coeliac nodes", ["coeliac nodes"]),
                    ("bilateral supraclavicular", ["bilateral SCF", "B/L supraclavicular nodes"]),
                ]
            ],
        },
        "oars": ["heart", "lungs", "spinal cord", "stomach", "liver", "kidneys"],
        "features": ["contrast", "arc_rotational"],
        "contrast": ["oral", "iv"],
        "fusion": ["PET"],
        "fourd": True,
        "immob": ["wing board with arms up", "Vac-Lok arms up"],
        "simple_tech": ["AP/PA with obliques", "3D conformal 4-field"],
        "beams": ["a 4-field 3D arrangement", "5 static fields"],
        "target": ["tumour", "GTV", "primary"],
    },
    "pancreas": {
        "label": "pancreas",
        "sided": False,
        "dx": [
            "Adenocarcinoma head of pancreas, borderline resectable (SMV abutment), post FOLFIRINOX x8",
            "Ca pancreas (body), locally advanced, CA 19-9 412",
            "Pancreatic adenocarcinoma s/p Whipple, R1 margin at SMA",
        ],
        "areas": {
            1: [[("pancreas", ["pancreatic head tumour", "pancreas", "tumour bed/SMA margin"])]],
            2: [[("pancreas", ["pancreas"]), ("para-aortic nodes", ["para-aortic nodes"])]],
        },
        "oars": ["duodenum", "stomach", "small bowel", "kidneys", "liver", "spinal cord"],
        "features": ["contrast", "arc_rotational"],
        "contrast": ["iv", "oral"],
        "fusion": ["MRI", "PET"],
        "fourd": True,
        "immob": ["wing board", "Vac-Lok with arms up", "BodyFIX with abdominal compression"],
        "simple_tech": ["4-field 3D", "3D conformal"],
        "beams": ["5 coplanar fields", "a 4-field arrangement"],
        "target": ["tumour", "GTV", "tumour bed"],
    },
    "lymphoma": {
        "label": "lymphoma",
        "sided": False,
        "dx": [
            "Classical Hodgkin lymphoma (NS), stage IIA, post ABVD x4, Deauville 3",
            "DLBCL stage II, post R-CHOP x6, residual PET +ve (Deauville 4)",
            "Follicular lymphoma grade 1-2, stage I, for ISRT",
            "Primary mediastinal B-cell lymphoma post DA-EPOCH-R",
        ],
        "areas": {
            1: [
                [("mediastinum", ["mediastinum", "anterior mediastinal residual"])],
                [("left neck", ["Lt neck", "left cervical nodes"])],
            ],
            2: [[("mediastinum", ["mediastinum"]), ("left neck", ["Lt neck", "left supraclavicular/low neck"])]],
            3: [
                [("mediastinum", ["mediastinum"]), ("bilateral neck", ["bilateral neck", "B/L cervical nodes"])],
                [("mediastinum", ["mediastinum"]), ("left axilla", ["Lt axilla"]), ("left neck", ["Lt neck"])],
            ],
        },
        "oars": ["heart", "coronary arteries", "breasts", "lungs", "thyroid", "salivary glands"],
        "features": ["arc_rotational", "contrast", "particle"],
        "contrast": ["iv"],
        "fusion": ["PET"],
        "fourd": False,
        "immob": ["mask with arms down", "Vac-Lok arms up", "wing board"],
        "simple_tech": ["AP/PA", "opposed AP/PA fields"],
        "beams": ["AP/PA", "a 5-field arrangement"],
        "target": ["residual mass", "CTV", "target"],
    },
    "skin": {
        "label": "skin with electron cutouts",
        "sided": True,
        "dx": [
            "BCC {primary} (nodular), 1.6 cm",
            "SCC {primary}, 2.1 cm, declined surgery",
            "Recurrent SCC {primary} after excision",
            "Merkel cell Ca {primary} s/p WLE, close margin",
            "BCC {primary}, infiltrative type, 1.2 cm",
        ],
        "areas": {
            1: [
                [("{side} nasal ala", ["{Lt} nasal ala", "{side} ala nasi"])],
                [("{side} temple", ["{Lt} temple", "{side} temporal skin"])],
                [("scalp", ["scalp vertex", "vertex scalp lesion"])],
                [("{side} cheek", ["{Lt} cheek", "{side} cheek"])],
            ],
            2: [[("{side} cheek", ["{Lt} cheek"]), ("{side} preauricular nodes", ["{Lt} preauricular region"])]],
        },
        "oars": ["lens", "lacrimal gland", "cornea", "nasal septum", "cartilage"],
        "features": ["custom_shielding"],
        "contrast": [],
        "fusion": [],
        "fourd": False,
        "immob": ["thermoplastic mask", "head rest with tape", "Vac-Lok"],
        "simple_tech": ["en face electron field", "single en face electron beam"],
        "beams": ["one en face field"],
        "target": ["lesion", "tumour", "scar"],
    },
    "peds": {
        "label": "paediatric under anaesthesia",
        "sided": True,
        "dx": [
            "Medulloblastoma (standard risk), s/p GTR",
            "Wilms tumour {side} kidney, stage III",
            "Embryonal rhabdomyosarcoma {side} orbit",
            "Ependymoma posterior fossa, s/p resection",
        ],
        "areas": {
            1: [
                [("{side} flank", ["{Lt} flank", "{side} renal bed/flank"])],
                [("{side} orbit", ["{Lt} orbit", "{side} orbital tumour"])],
                [("posterior fossa", ["posterior fossa tumour bed", "posterior fossa"])],
            ],
            2: [[("brain", ["whole brain", "cranium"]), ("spine", ["whole spine", "spinal axis"])]],
            3: [
                [
                    ("brain", ["cranial field", "whole brain"]),
                    ("upper spine", ["upper spine field", "cervicothoracic spine"]),
                    ("lower spine", ["lower spine field", "lumbosacral spine"]),
                ]
            ],
        },
        "oars": ["cochleae", "hypothalamus-pituitary", "lens", "growth plates", "kidney", "thyroid", "brainstem"],
        "features": ["particle", "arc_rotational", "contrast"],
        "contrast": ["iv"],
        "fusion": ["MRI"],
        "fourd": False,
        "immob": ["paediatric mask", "prone mask with Vac-Lok", "paediatric Vac-Lok"],
        "simple_tech": ["opposed laterals", "3D conformal"],
        "beams": ["2 oblique beams", "3 coplanar beams"],
        "target": ["tumour bed", "CTV", "target"],
    },
    "palliative": {
        "label": "palliative",
        "sided": True,
        "dx": [
            "Metastatic NSCLC, symptomatic deposits",
            "Metastatic Ca breast with painful and bleeding sites",
            "Metastatic melanoma, symptomatic nodal and bony disease",
            "Metastatic RCC, progressive on TKI, for palliation",
            "Ca lung, widespread metastases, ECOG 3",
        ],
        "areas": {
            1: [
                [("{side} chest wall", ["{Lt} chest wall mass", "{side} chest wall"])],
                [("mediastinum", ["mediastinum/SVC region", "mediastinal mass"])],
                [("{side} groin", ["{Lt} groin nodal mass"])],
                [("bladder", ["bladder", "whole bladder"])],
            ],
            2: [
                [("{side} chest wall", ["{Lt} chest wall"]), ("T10 vertebra", ["T10", "T10 vertebra"])],
                [("mediastinum", ["mediastinum"]), ("{side} hip", ["{Lt} hip", "{side} acetabulum"])],
            ],
            3: [
                [
                    ("{side} chest wall", ["{Lt} chest wall"]),
                    ("T10 vertebra", ["T10"]),
                    ("{side} humerus", ["{Lt} humerus"]),
                ],
                [("mediastinum", ["mediastinum"]), ("{side} hip", ["{Lt} hip"]), ("L2 vertebra", ["L2"])],
            ],
        },
        "oars": ["spinal cord", "bowel", "lung", "heart", "skin"],
        "features": ["custom_shielding", "complex_blocking", "arc_rotational"],
        "contrast": [],
        "fusion": ["PET"],
        "fourd": False,
        "immob": ["Vac-Lok", "knee rest only", "wing board", "foam wedge under knees"],
        "simple_tech": ["AP/PA", "parallel opposed fields", "single direct field"],
        "beams": ["AP/PA", "opposed tangents"],
        "target": ["mass", "lesion", "target"],
    },
    "sarcoma": {
        "label": "sarcoma",
        "sided": True,
        "dx": [
            "High-grade pleomorphic sarcoma, {primary} (12 cm), for pre-op RT",
            "Myxoid liposarcoma {primary} s/p excision, positive margin",
            "Synovial sarcoma {primary}, grade 3, pre-op",
        ],
        "areas": {
            1: [
                [("{side} thigh", ["{Lt} thigh", "{side} thigh compartment"])],
                [("retroperitoneum", ["retroperitoneal mass", "retroperitoneum"])],
            ],
            2: [[("{side} thigh", ["{Lt} thigh"]), ("{side} inguinal nodes", ["{Lt} inguinal nodes"])]],
        },
        "oars": ["femur", "skin strip", "genitalia", "bowel", "kidney", "liver"],
        "features": ["arc_rotational", "contrast", "hyperthermia"],
        "contrast": ["iv"],
        "fusion": ["MRI"],
        "fourd": False,
        "immob": ["custom Vac-Lok frog-leg", "leg mould", "Vac-Lok"],
        "simple_tech": ["opposed AP/PA", "3D conformal"],
        "beams": ["6 static fields", "AP/PA with wedges"],
        "target": ["tumour", "CTV", "mass"],
    },
    "bladder": {
        "label": "bladder",
        "sided": False,
        "dx": [
            "Muscle invasive TCC bladder, cT2N0, for trimodality therapy",
            "Urothelial Ca bladder s/p TURBT, cT3aN0, bladder preservation",
        ],
        "areas": {
            1: [[("bladder", ["bladder", "whole bladder"])]],
            2: [[("bladder", ["bladder"]), ("pelvic nodes", ["pelvic nodes"])]],
        },
        "oars": ["rectum", "small bowel", "femoral heads"],
        "features": ["arc_rotational", "contrast"],
        "contrast": ["bladder", "iv"],
        "fusion": ["MRI"],
        "fourd": False,
        "immob": ["knee fix", "Vac-Lok"],
        "simple_tech": ["4-field box", "3D conformal"],
        "beams": ["4-field box", "7 fields"],
        "target": ["tumour", "CTV", "target"],
    },
}

# diagnosis lists keyed by the first area's value: the story of the note follows its target
DX_BY_AREA = {
    "{side} chest wall": [
        "Ca {Lt} breast, pT3N2a, ER +ve, HER2 -ve, s/p {Lt} MRM",
        "{Lt} breast IDC post mastectomy, ypT2N1",
    ],
    "prostate bed": [
        "Prostate adenocarcinoma s/p RALP (pT3b N1, R1), PSA rising 0.04 -> 0.31",
        "Ca prostate s/p radical prostatectomy, pT3aN0, detectable PSA",
    ],
    "vaginal cuff": [
        "Endometrial Ca (endometrioid, grade 2) s/p TAH-BSO, stage II",
        "Carcinoma endometrium s/p surgery, stage IB grade 3, for vault brachytherapy",
    ],
    "cervix": [
        "Ca cervix, SCC, FIGO IIB, s/p EBRT 45 Gy/25#",
        "Carcinoma cervix IIIC1r, non-keratinising SCC, for HDR boost",
    ],
    "{side} flank": ["Wilms tumour {side} kidney, stage III, s/p nephrectomy"],
    "{side} orbit": ["Embryonal rhabdomyosarcoma {side} orbit"],
    "posterior fossa": ["Ependymoma posterior fossa, s/p resection", "Medulloblastoma, s/p GTR, for tumour bed boost"],
    "brain": ["Medulloblastoma (standard risk), s/p GTR, for CSI", "Medulloblastoma, high risk (M1), for CSI"],
    "retroperitoneum": ["Retroperitoneal liposarcoma, pre-op", "Retroperitoneal dedifferentiated liposarcoma, 18 cm"],
}
PRIMARY_WORD = {
    "{side} tonsil": "{Lt} tonsil",
    "oral tongue": "oral tongue",
    "oropharynx": "oropharynx (base of tongue)",
    "larynx": "larynx",
    "nasopharynx": "nasopharynx",
    "{side} parotid bed": "{Lt} parotid",
    "{side} nasal ala": "{Lt} nasal ala",
    "{side} temple": "{Lt} temple",
    "scalp": "scalp vertex",
    "{side} cheek": "{Lt} cheek",
    "{side} thigh": "{Lt} thigh",
    "retroperitoneum": "retroperitoneum",
    "{side} upper lobe": "{Lt} upper lobe",
    "{side} lower lobe": "{Lt} lower lobe",
    "{side} lung": "{Lt} lung",
}

REFERRERS_BY_SITE = {
    "breast": ["Dr. Evelyn Stroud (medical oncology)", "Dr. Farid Castellane (surgical oncology)"],
    "prostate": ["Dr. Oren Kitteridge (urology)"],
    "bladder": ["Dr. Oren Kitteridge (urology)"],
    "head_neck": ["Dr. Beatrix Lomax (ENT)"],
    "gyn": ["Dr. Sunita Rawley (gynae oncology)"],
    "lung": ["Dr. Harold Pemberton (pulmonology)", "Dr. Evelyn Stroud (medical oncology)"],
    "peds": ["Dr. Giulia Ashcombe (paediatric oncology)"],
    "skin": ["Dr. Wendell Obi (dermatology)"],
    "rectum": ["Dr. Carmen Delacourt (GI)", "Dr. Farid Castellane (surgical oncology)"],
    "oesophagus": ["Dr. Carmen Delacourt (GI)"],
    "pancreas": ["Dr. Carmen Delacourt (GI)", "Dr. Evelyn Stroud (medical oncology)"],
    "lymphoma": ["Dr. Tomasz Reinholt (haematology)"],
    "sarcoma": ["Dr. Farid Castellane (surgical oncology)"],
    "srs": ["Dr. Evelyn Stroud (medical oncology)"],
    "whole_brain": ["Dr. Evelyn Stroud (medical oncology)"],
    "bone_mets": ["Dr. Evelyn Stroud (medical oncology)", "Dr. Tomasz Reinholt (haematology)"],
    "palliative": ["Dr. Evelyn Stroud (medical oncology)", "Dr. Anjali Whitfield (family medicine, Oakridge)"],
}

HIST_IMAGING = {
    "breast": [
        "Mammogram + USG breast dated {d} s/o BIRADS 5 lesion",
        "PET-CT dated {d} s/o FDG avid {Lt} axillary LN",
    ],
    "prostate": [
        "MRI pelvis (mpMRI) dated {d} s/o PIRADS 5 lesion Lt PZ",
        "PSMA PET dated {d}: no nodal or bone disease",
    ],
    "head_neck": ["CECT neck dated {d} s/o necrotic level II node", "PET-CT {d} s/o FDG avid primary, SUV 14.2"],
    "lung": ["CECT thorax dated {d} s/o 2.8 cm spiculated lesion", "PET-CT {d}: SUVmax 9.1 in the primary"],
    "whole_brain": ["MRI brain with contrast dated {d} s/o innumerable enhancing lesions", "CT head {d}: oedema"],
    "srs": ["MRI brain with gadolinium dated {d} s/o enhancing lesions", "CT head plain {d}: no bleed"],
    "bone_mets": ["Bone scan dated {d} s/o multiple hot spots", "MRI spine dated {d}: no cord compression"],
    "gyn": [
        "MRI pelvis dated {d} s/o 4.5 cm cervical mass with Lt parametrial involvement",
        "PET-CT {d}: Lt external iliac node",
    ],
    "rectum": ["MRI pelvis dated {d} s/o MRF threatened at 11 o'clock", "CECT abdomen {d}: no liver mets"],
    "oesophagus": ["UGIE {d}: growth 32-38 cm", "PET-CT dated {d} s/o FDG avid GEJ lesion"],
    "pancreas": ["Pancreas protocol CT dated {d} s/o 3.1 cm head mass", "MRI abdomen {d} with contrast"],
    "lymphoma": ["Interim PET-CT dated {d} Deauville 3", "Baseline PET-CT dated {d} s/o bulky mediastinal mass"],
    "skin": ["Biopsy {d}", "CT face {d}: no bone involvement"],
    "peds": ["MRI brain and spine with gadolinium dated {d}", "CT abdomen with contrast {d}"],
    "palliative": ["CECT chest dated {d} s/o mass", "Bone scan {d} s/o multiple mets"],
    "sarcoma": ["MRI thigh with gadolinium dated {d} s/o 12 cm mass", "CT chest {d}: no lung mets"],
    "bladder": ["CT urogram dated {d} s/o bladder wall thickening", "MRI pelvis {d}"],
}

COMORBID = [
    "DM type 2 (on metformin)",
    "HTN",
    "hypothyroidism",
    "CAD s/p PCI 2019",
    "COPD",
    "CKD stage 3a",
    "bronchial asthma",
    "atrial fibrillation on apixaban",
    "obesity (BMI 38)",
    "dyslipidaemia",
    "OSA on CPAP",
    "GERD",
    "osteoarthritis knees",
    "depression",
    "gout",
]
