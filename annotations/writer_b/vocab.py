"""Writer B's disease-site vocabulary (invented clinical phrasing; no patient data).

Each site lists diagnoses, short history lines, old diagnostic imaging (always historical), the
treatment-area sets it can be simulated with, organs at risk, patient-specific reasons, the complexity
features and extra modalities that make sense for it, set-up devices, beam arrangements aimed at one
target, and doses.

Area items are ``"value|display|display..."``: the value is the normalised site name used in spans (a
value starting with "bilateral " counts as two areas), the displays are ways a note names it.
Placeholders: ``{side}`` left/right, ``{S}`` L/R, ``{other}`` the opposite side.
"""

from __future__ import annotations

from typing import Any

SITES: dict[str, dict[str, Any]] = {
    "breast": {
        "name": "breast with regional nodes",
        "dx": [
            "{side} breast invasive ductal carcinoma, pT2 pN1a (2/14 nodes), ER+/PR+/HER2-",
            "{side} breast IDC grade 3, triple negative, ypT1c ypN1 after neoadjuvant chemo",
            "{side} breast invasive lobular carcinoma pT3 pN2a, s/p mastectomy",
            "{S} breast ca cT2N1M0 s/p partial mastectomy + ALND",
        ],
        "hpi": [
            "She completed dose-dense AC-T about four weeks ago and has recovered counts",
            "She is s/p {side} partial mastectomy with axillary dissection, margins negative",
            "She had a {side} modified radical mastectomy; the flaps have healed well",
            "She is on letrozole and tolerating it apart from arthralgias",
            "Expander was placed at the time of mastectomy and fills are complete",
        ],
        "old_imaging": [
            ("Staging PET/CT {d2} showed FDG-avid {side} axillary nodes, no distant disease", False),
            ("Breast MRI with gadolinium {d2} showed a 3.1 cm enhancing mass", True),
            ("CT chest/abdomen/pelvis with IV contrast {d1} was negative for metastases", True),
            ("Diagnostic mammogram and ultrasound {d2} showed an irregular mass at 2 o'clock", False),
        ],
        "areas": {
            1: [
                ["{side} breast|{side} breast|{side} whole breast|{S} breast"],
                ["{side} chest wall|{side} chest wall|{S} CW"],
            ],
            2: [
                [
                    "{side} breast|{side} breast|{S} breast",
                    "{side} supraclavicular|{side} supraclavicular fossa|{S} SCV",
                ],
                ["{side} chest wall|{side} chest wall|{S} CW", "{side} supraclavicular|{side} SCV|{side} supraclav"],
            ],
            3: [
                [
                    "{side} breast|{side} breast|{S} breast",
                    "{side} supraclavicular|{side} supraclavicular nodes|{S} SCV",
                    "{side} axilla|{side} axilla|{side} axillary apex|{S} ax",
                ],
                [
                    "{side} chest wall|{side} chest wall|{S} CW",
                    "{side} supraclavicular|{side} supraclavicular region|{S} SCV",
                    "{side} internal mammary|{side} internal mammary nodes|{S} IMN",
                ],
            ],
            4: [
                [
                    "{side} chest wall|{side} chest wall|{S} chest wall",
                    "{side} supraclavicular|{side} supraclavicular fossa|{S} SCV",
                    "{side} axilla|{side} axilla (levels I-III)|{S} axilla",
                    "{side} internal mammary|{side} internal mammary chain|{S} IMN",
                ]
            ],
        },
        "oars": ["the heart", "the LAD", "the {side} lung", "the brachial plexus", "the contralateral breast"],
        "rat": [
            (
                "OAR proximity",
                "the {t} sits directly over the heart and LAD, so a deep-inspiration comparison is needed",
                1,
            ),
            ("OAR proximity", "the nodal volumes wrap around the brachial plexus and humeral head", 2),
            ("irregular target", "the {t} target has a thin, irregular contour after surgery", 1),
            ("multiple targets", "the {t} and nodal volumes must be matched without overlap at the junction", 2),
            (
                "immobilization",
                "she cannot raise the {side} arm past 90 degrees after the dissection, needing a custom arm position",
                1,
            ),
        ],
        "feats": [
            "custom_shielding",
            "complex_blocking",
            "arc_rotational",
            "particle",
            "hyperthermia",
            "brachytherapy",
        ],
        "contrast": [],
        "mods": ["PET", "ultrasound"],
        "fourd": False,
        "immob": [
            "breast board at 10 degrees incline",
            "wing board, arms up",
            "custom Alpha Cradle with arm rest",
            "prone breast board",
        ],
        "beams": [
            "tangent pair with field-in-field",
            "four-field mixed-energy tangents",
            "two tangential beams with wedges",
        ],
        "prior": "prior {other} breast RT in {yr}",
        "dose": ["50 Gy in 25 fractions", "40.05 Gy in 15 fractions", "50.4 Gy/28 fx + 10 Gy boost"],
        "brachy": ["interstitial breast catheters (12) verified on CT"],
        "shield": ["custom lead shield for the contralateral breast"],
        "thermo": ["hyperthermia thermometry catheters along the chest wall recurrence, verified on CT"],
    },
    "prostate": {
        "name": "prostate with or without pelvic nodes",
        "dx": [
            "prostate adenocarcinoma, Gleason 4+4=8, PSA 18.2, cT3a N0",
            "unfavourable intermediate-risk prostate cancer, GG3, PSA 9.4",
            "biochemical recurrence after prostatectomy, PSA 0.42 and rising",
            "high-risk prostate adenocarcinoma GS 4+5, cN1 by imaging",
        ],
        "hpi": [
            "He started leuprolide two months ago and reports hot flashes",
            "He underwent robotic prostatectomy with positive margin at the apex",
            "Urinary function is good, IPSS 7, nocturia x1",
            "He has mild ED at baseline",
            "He has had two negative biopsies before the diagnostic one",
        ],
        "old_imaging": [
            ("PSMA PET {d2} showed uptake in a 9 mm left external iliac node", False),
            ("Multiparametric MRI prostate with gadolinium {d2} showed a PI-RADS 5 lesion at the left base", True),
            ("Bone scan {d1} negative", False),
            ("CT abdomen/pelvis with IV contrast {d1} showed no adenopathy", True),
        ],
        "areas": {
            1: [
                ["prostate|prostate|prostate and seminal vesicles|prostate + proximal SV"],
                ["prostate bed|prostate bed|prostatic fossa"],
            ],
            2: [
                ["prostate|prostate|prostate/SV", "pelvic nodes|pelvic lymph nodes|pelvic LN|whole pelvis nodes"],
                ["prostate bed|prostate bed|prostatic fossa", "pelvic nodes|pelvic nodes|pelvic nodal basin"],
            ],
            3: [
                [
                    "prostate|prostate",
                    "pelvic nodes|pelvic lymph nodes",
                    "para-aortic nodes|para-aortic nodes|PA nodes",
                ],
                [
                    "prostate bed|prostate bed",
                    "pelvic nodes|pelvic nodes",
                    "left ischium|left ischial metastasis|L ischium",
                ],
            ],
        },
        "oars": ["the rectum", "the bladder neck", "the penile bulb", "small bowel loops", "the femoral heads"],
        "rat": [
            ("OAR proximity", "the rectum is distended and abuts the posterior {t}", 1),
            ("OAR proximity", "small bowel loops sit low in the pelvis next to the nodal CTV", 2),
            ("irregular target", "extraprostatic extension and surgical clips make the {t} CTV irregular", 1),
            ("multiple targets", "the pelvic nodal volume and the prostate need separate PTV margins", 2),
            ("immobilization", "a rectal spacer and a full-bladder protocol are needed for reproducibility", 1),
        ],
        "feats": ["contrast", "arc_rotational", "particle", "brachytherapy", "custom_shielding"],
        "contrast": ["IV", "urethrogram", "bladder"],
        "mods": ["MRI", "PET", "ultrasound"],
        "fourd": False,
        "immob": ["knee and foot rest", "Vac-Lok leg cradle", "custom vacuum bag for legs", "indexed knee sponge"],
        "beams": ["seven-field IMRT", "five coplanar beams", "four-field box", "nine static IMRT fields"],
        "prior": "prior pelvic RT for rectal cancer in {yr}",
        "dose": ["70 Gy in 28 fractions", "78 Gy/39 fx", "36.25 Gy in 5 fractions (SBRT)", "66 Gy/33 fx to the bed"],
        "brachy": ["HDR template and 16 interstitial needles, positions verified on transrectal ultrasound"],
        "shield": ["custom testicular shield"],
        "thermo": [],
    },
    "head_neck": {
        "name": "head and neck with bilateral neck",
        "dx": [
            "p16+ squamous cell carcinoma of the {side} tonsil, cT2N1",
            "SCC of the supraglottic larynx, T3N2c",
            "SCC of the oral tongue, pT2N2b, PNI present",
            "nasopharyngeal carcinoma, WHO type III, T3N2",
        ],
        "hpi": [
            "He presented with a painless neck mass for three months",
            "He quit smoking 10 years ago, 35 pack-years",
            "Dental clearance completed with two extractions last week",
            "PEG discussion held; he declines prophylactic tube",
            "Weight stable at 81 kg, mild odynophagia",
        ],
        "old_imaging": [
            ("CT neck with contrast {d2} showed a 2.8 cm necrotic {side} level II node", True),
            ("PET/CT {d2} demonstrated avid primary and bilateral level II-III nodes", False),
            ("MRI neck {d1} showed the tumour crossing midline at the tongue base", False),
        ],
        "areas": {
            1: [["larynx|larynx|glottic larynx"], ["{side} tonsil|{side} tonsil|{S} tonsillar fossa"]],
            2: [
                ["{side} tonsil|{side} tonsil primary|{S} tonsil", "{side} neck|{side} neck|ipsilateral neck|{S} neck"],
                ["oral tongue|oral tongue bed|tongue", "{side} neck|{side} neck levels I-IV|{S} neck"],
            ],
            3: [
                ["larynx|larynx|supraglottis", "bilateral neck|bilateral neck|both sides of the neck|b/l neck"],
                ["nasopharynx|nasopharynx|NP primary", "bilateral neck|bilateral neck|both necks"],
                [
                    "{side} tonsil|{side} tonsil",
                    "{side} neck|{side} neck",
                    "{other} neck|{other} neck|contralateral neck",
                ],
            ],
            4: [
                [
                    "tongue base|base of tongue|BOT",
                    "bilateral neck|bilateral neck",
                    "retropharyngeal nodes|retropharyngeal nodes|RP nodes",
                ]
            ],
        },
        "oars": ["the parotids", "the spinal cord", "the brainstem", "the mandible", "the larynx", "the optic chiasm"],
        "rat": [
            ("OAR proximity", "the {t} lies within a centimetre of the spinal cord and both parotids", 1),
            ("irregular target", "the primary wraps around the mandible with an irregular mucosal extent", 1),
            ("multiple targets", "primary and nodal PTVs at three dose levels need separate contours", 2),
            (
                "immobilization",
                "a custom 5-point thermoplastic mask with mouth bite is needed for millimetric set-up",
                1,
            ),
            ("OAR proximity", "nodal disease sits high near the skull base, against the brainstem", 1),
        ],
        "feats": ["contrast", "arc_rotational", "particle", "custom_shielding", "hyperthermia"],
        "contrast": ["IV"],
        "mods": ["MRI", "PET"],
        "fourd": False,
        "immob": [
            "5-point Aquaplast mask with shoulder pull",
            "custom mouthpiece with tongue depressor",
            "head rest C and mask",
        ],
        "beams": ["nine-beam step-and-shoot IMRT", "opposed laterals", "7 static fields"],
        "prior": "prior RT to the larynx in {yr}",
        "dose": ["70 Gy in 35 fractions", "66 Gy/30 fx", "60 Gy in 30 fractions postop"],
        "brachy": [],
        "shield": ["custom Cerrobend oral stent with lead shielding", "custom tongue-displacing stent with lead"],
        "thermo": ["hyperthermia probe placed in the {side} neck node, position verified on CT"],
    },
    "lung": {
        "name": "lung with 4DCT/ITV",
        "dx": [
            "{side} upper lobe adenocarcinoma, stage IIIA (T2bN2)",
            "peripheral {side} lower lobe NSCLC, T1cN0, medically inoperable",
            "small cell lung cancer, limited stage",
            "squamous cell carcinoma {S} hilum, cT3N2",
        ],
        "hpi": [
            "FEV1 is 48% predicted and he is on home O2 at night",
            "She completed two cycles of carboplatin/pemetrexed",
            "He is a current smoker, counselled again today",
            "Performance status ECOG 1",
            "Mediastinoscopy confirmed N2 disease",
        ],
        "old_imaging": [
            ("PET/CT {d2} SUV 11.4 in the primary and avid 4R node", False),
            ("CT chest with IV contrast {d1} showed a 3.4 cm spiculated mass", True),
            ("MRI brain with and without contrast {d2} was negative", True),
        ],
        "areas": {
            1: [
                ["{side} upper lobe|{side} upper lobe tumour|{S}UL nodule|{side} upper lobe"],
                ["{side} lower lobe|{side} lower lobe lesion|{S}LL nodule"],
            ],
            2: [
                [
                    "{side} upper lobe|{side} upper lobe primary|{S}UL primary",
                    "mediastinum|mediastinal nodes|mediastinal stations 4R/7",
                ],
                ["{side} hilum|{side} hilar mass|{S} hilum", "mediastinum|mediastinum|subcarinal nodes"],
            ],
            3: [
                [
                    "{side} upper lobe|{side} upper lobe primary",
                    "mediastinum|mediastinal nodes",
                    "{side} supraclavicular|{side} supraclavicular node|{S} SCV",
                ],
                [
                    "{side} lower lobe|{side} lower lobe nodule",
                    "{other} upper lobe|{other} upper lobe nodule",
                    "T7|T7 vertebral metastasis",
                ],
            ],
        },
        "oars": [
            "the esophagus",
            "the proximal bronchial tree",
            "the heart",
            "the spinal cord",
            "the brachial plexus",
            "the chest wall",
        ],
        "rat": [
            (
                "target motion",
                "the tumour moves about 1.4 cm craniocaudally with breathing, so an internal target volume is required",
                1,
            ),
            ("OAR proximity", "the {t} is within 2 cm of the proximal bronchial tree (central lesion)", 1),
            ("OAR proximity", "the nodal PTV abuts the esophagus and the cord", 2),
            ("irregular target", "post-obstructive atelectasis makes the tumour edge hard to define", 1),
            ("multiple targets", "two non-contiguous targets each need their own motion assessment", 2),
        ],
        "feats": ["contrast", "arc_rotational", "particle"],
        "contrast": ["IV"],
        "mods": ["PET"],
        "fourd": True,
        "immob": ["wing board arms up", "Vac-Lok body bag", "abdominal compression paddle", "BodyFIX with vacuum wrap"],
        "beams": ["three-field 3D plan", "six non-coplanar beams", "AP/PA then off-cord obliques"],
        "prior": "prior SBRT to the {other} lung in {yr}",
        "dose": ["60 Gy in 30 fractions", "54 Gy/3 fx", "50 Gy in 5 fractions", "45 Gy BID in 30 fractions"],
        "brachy": [],
        "shield": [],
        "thermo": [],
    },
    "brain_wbrt": {
        "name": "whole brain",
        "dx": [
            "multiple brain metastases (>10) from small cell lung cancer",
            "leptomeningeal-adjacent brain metastases from melanoma",
            "prophylactic cranial irradiation, SCLC in complete response",
            "innumerable brain metastases, breast primary HER2+",
        ],
        "hpi": [
            "She has headaches and mild right hand clumsiness on dexamethasone 4 mg BID",
            "He is on memantine started this week",
            "Family meeting held; goals are palliative",
            "KPS 60, needs a walker",
        ],
        "old_imaging": [
            ("MRI brain with gadolinium {d1} showed more than 15 enhancing lesions", True),
            ("Head CT without contrast in the ED {d1} showed vasogenic edema", False),
        ],
        "areas": {
            1: [["whole brain|whole brain|entire brain|WBRT volume"]],
            2: [
                ["whole brain|whole brain|cranium", "T6|T6 vertebral body|T6 met"],
                ["whole brain|whole brain", "{side} femur|{side} proximal femur|{S} femur"],
            ],
        },
        "oars": ["the hippocampi", "the lenses", "the cochleae", "the optic nerves"],
        "rat": [
            (
                "OAR proximity",
                "hippocampal avoidance requires contouring the hippocampi, which sit within millimetres of the target",
                1,
            ),
            (
                "fusion for delineation",
                "the hippocampi cannot be seen on CT and are contoured on the registered MRI",
                1,
            ),
            ("immobilization", "she has a tremor and needs a custom mask to hold position", 1),
        ],
        "feats": ["arc_rotational", "custom_shielding"],
        "contrast": [],
        "mods": ["MRI"],
        "fourd": False,
        "immob": ["thermoplastic head mask", "head rest B with open-face mask", "S-frame mask"],
        "beams": [
            "opposed lateral fields",
            "right and left lateral beams with collimator rotation",
            "two parallel-opposed laterals",
        ],
        "prior": "prior SRS to a left frontal lesion in {yr}",
        "dose": ["30 Gy in 10 fractions", "20 Gy/5 fx", "25 Gy in 10 fractions (PCI)"],
        "brachy": [],
        "shield": ["custom Cerrobend lens blocks", "custom eye blocks cut for the lenses"],
        "thermo": [],
    },
    "brain_srs": {
        "name": "SRS for brain metastases",
        "dx": [
            "three brain metastases from lung adenocarcinoma",
            "oligometastatic melanoma to the brain, 2 lesions",
            "resected cerebellar metastasis, renal cell primary",
            "four new brain metastases, NSCLC EGFR+",
        ],
        "hpi": [
            "He is neurologically intact",
            "She is on osimertinib with good systemic control",
            "Seizure once, now on levetiracetam 500 mg BID",
            "Dexamethasone tapered to 2 mg daily",
        ],
        "old_imaging": [
            ("Diagnostic MRI brain with contrast {d2} showed the lesions measuring 4-13 mm", True),
            ("CT head {d1} was unremarkable apart from edema", False),
        ],
        "areas": {
            1: [
                ["{side} frontal metastasis|{side} frontal metastasis|{S} frontal lesion"],
                ["resection cavity|cerebellar resection cavity|{side} cerebellar cavity"],
            ],
            2: [
                [
                    "{side} frontal metastasis|{side} frontal met|{S} frontal lesion",
                    "{other} parietal metastasis|{other} parietal met|{other} parietal lesion",
                ]
            ],
            3: [
                [
                    "{side} frontal metastasis|{side} frontal lesion|lesion 1 ({S} frontal)",
                    "{other} occipital metastasis|{other} occipital lesion|lesion 2 ({other} occipital)",
                    "{side} cerebellar metastasis|{side} cerebellar lesion|lesion 3 ({S} cerebellum)",
                ]
            ],
            4: [
                [
                    "{side} frontal metastasis|{side} frontal",
                    "{side} temporal metastasis|{side} temporal",
                    "{other} parietal metastasis|{other} parietal",
                    "pontine metastasis|pons",
                ]
            ],
        },
        "oars": ["the brainstem", "the optic chiasm", "the {side} optic nerve", "the cochlea"],
        "rat": [
            ("OAR proximity", "one target sits 3 mm from {oar}", 1),
            (
                "multiple targets",
                "several small targets in different lobes each need a conformal dose with steep falloff",
                2,
            ),
            (
                "fusion for delineation",
                "the lesions are only visible on the contrast-enhanced MRI, "
                "which must be registered to the planning CT",
                1,
            ),
            ("irregular target", "the resection cavity is irregular with a nodular rim", 1),
        ],
        "feats": ["arc_rotational", "particle"],
        "contrast": ["IV"],
        "mods": ["MRI"],
        "fourd": False,
        "immob": [
            "Encompass frameless mask",
            "open-face SRS mask with bite block",
            "frameless mask with surface guidance",
        ],
        "beams": ["eleven non-coplanar static beams", "dynamic conformal beams from six couch angles"],
        "prior": "prior WBRT in {yr}",
        "dose": ["20 Gy in 1 fraction", "27 Gy in 3 fractions", "30 Gy/5 fx to the cavity"],
        "brachy": [],
        "shield": [],
        "thermo": [],
    },
    "bone_mets": {
        "name": "multiple bone metastases",
        "dx": [
            "metastatic breast cancer to bone, painful lesions",
            "castrate-resistant prostate cancer with diffuse osseous metastases",
            "multiple myeloma with lytic lesions",
            "renal cell carcinoma with bone metastases",
        ],
        "hpi": [
            "Pain is 7/10 on oxycodone 10 mg q4h",
            "She is on denosumab monthly",
            "No weakness, no bowel or bladder change",
            "He walks with a cane because of hip pain",
        ],
        "old_imaging": [
            ("Bone scan {d2} showed uptake at multiple sites", False),
            ("MRI total spine with gadolinium {d1} showed no cord compression", True),
            ("PET/CT {d2} showed multiple FDG-avid osseous lesions", False),
        ],
        "areas": {
            1: [
                ["T9|T9|T9 vertebral body"],
                ["{side} femur|{side} femoral neck|{S} proximal femur"],
                ["L3-L5|L3-L5|L3 through L5"],
            ],
            2: [
                ["T9|T9 vertebra|T9", "{side} femur|{side} femur|{S} femur"],
                ["sacrum|sacrum|S1-S2", "{side} humerus|{side} humerus|{S} humerus"],
            ],
            3: [
                ["T4-T6|T4-T6|T4 to T6", "L2|L2|L2 vertebra", "{side} acetabulum|{side} acetabulum|{S} acetabulum"],
                [
                    "{side} humerus|{side} humerus",
                    "{other} iliac wing|{other} iliac wing|{other} ilium",
                    "C5-C7|C5-C7|lower cervical spine",
                ],
            ],
            4: [["T11|T11", "L4|L4", "{side} femur|{side} femur", "{other} scapula|{other} scapula"]],
        },
        "oars": ["the spinal cord", "the bowel", "the kidneys", "the esophagus"],
        "rat": [
            (
                "multiple targets",
                "painful lesions at separate skeletal sites require separate isocentres and matched fields",
                2,
            ),
            ("OAR proximity", "the {t} lesion lies next to {oar}, which was treated before", 1),
            (
                "immobilization",
                "severe pain means she can only lie supine briefly, needing a custom vacuum cushion for rapid set-up",
                1,
            ),
            ("prior field overlap", "the planned field overlaps a previously treated thoracic segment", 1),
        ],
        "feats": ["arc_rotational", "custom_shielding"],
        "contrast": [],
        "mods": ["MRI", "PET"],
        "fourd": False,
        "immob": ["Vac-Lok full body", "knee sponge and arms on chest", "custom foam cushion"],
        "beams": ["AP/PA beams", "PA single field", "opposed obliques"],
        "prior": "prior 8 Gy single fraction to T8 in {yr}",
        "dose": ["8 Gy in 1 fraction", "20 Gy/5 fx", "30 Gy in 10 fractions"],
        "brachy": [],
        "shield": ["custom Cerrobend block to shield the kidney"],
        "thermo": [],
    },
    "gyn": {
        "name": "GYN with brachytherapy applicators",
        "dx": [
            "squamous cell carcinoma of the cervix, FIGO IIB",
            "endometrial adenocarcinoma, FIGO IB grade 2, s/p TAH-BSO",
            "cervical adenocarcinoma IIIC1r",
            "vaginal cuff recurrence of endometrial cancer",
        ],
        "hpi": [
            "She completed 45 Gy external beam with weekly cisplatin",
            "Vaginal bleeding has stopped",
            "She is s/p robotic hysterectomy with negative nodes",
            "Hemoglobin kept above 10 with one transfusion",
        ],
        "old_imaging": [
            ("Pelvic MRI with contrast {d2} showed a 4.5 cm cervical mass with parametrial extension", True),
            ("PET/CT {d2} showed avid right external iliac nodes", False),
            ("CT abdomen/pelvis with IV and oral contrast {d1} was unremarkable", True),
        ],
        "areas": {
            1: [
                ["cervix|cervix|cervical tumour|HR-CTV (cervix)"],
                ["vaginal cuff|vaginal cuff|upper vagina|proximal vagina"],
            ],
            2: [
                ["cervix|cervix/uterus|cervical primary", "pelvic nodes|pelvic nodes|pelvic nodal volume"],
                ["vaginal cuff|vaginal cuff", "pelvic nodes|pelvic lymph nodes"],
            ],
            3: [["cervix|cervix", "pelvic nodes|pelvic nodes", "para-aortic nodes|para-aortic nodes|PA strip"]],
        },
        "oars": ["the bladder", "the rectum", "the sigmoid", "small bowel"],
        "rat": [
            (
                "applicator verification",
                "applicator position relative to the cervix, bladder and rectum "
                "must be confirmed before dwell planning",
                1,
            ),
            ("OAR proximity", "the sigmoid drapes over the uterine fundus close to the target", 1),
            ("irregular target", "residual parametrial disease makes the HR-CTV irregular", 1),
            ("multiple targets", "the nodal volume and the {t} must be joined without a gap", 2),
        ],
        "feats": ["brachytherapy", "contrast", "arc_rotational", "hyperthermia"],
        "contrast": ["IV", "vaginal", "bladder", "rectal", "oral"],
        "mods": ["MRI", "PET", "ultrasound", "fluoroscopy"],
        "fourd": False,
        "immob": ["lithotomy stirrups", "Vac-Lok pelvic cradle", "knee sponge"],
        "beams": ["four-field box", "seven-field IMRT"],
        "prior": "prior pelvic EBRT to 45 Gy in {yr}",
        "dose": ["7 Gy x 4 HDR", "6 Gy x 5 HDR", "45 Gy in 25 fractions", "7 Gy x 3 to 5 mm depth"],
        "brachy": [
            "tandem and ovoid applicator inserted under anesthesia and its position verified on the CT",
            "tandem and ring (60 degree tandem, 30 mm ring) placed; position verified on orthogonal films",
            "vaginal cylinder 3.0 cm inserted and its position verified on CT",
            "hybrid tandem/ring with 2 interstitial needles placed and verified under ultrasound guidance",
        ],
        "shield": [],
        "thermo": ["hyperthermia probe in the vaginal canal, position verified"],
    },
    "rectum": {
        "name": "rectum",
        "dx": [
            "rectal adenocarcinoma 6 cm from the anal verge, cT3N1M0",
            "low rectal cancer cT3bN2, MRF threatened",
            "locally recurrent rectal cancer after LAR",
        ],
        "hpi": [
            "He will get CAPOX after chemoradiation (TNT)",
            "Colonoscopy biopsy confirmed adenocarcinoma, MSS",
            "He has a diverting loop ileostomy",
            "She has tenesmus and occasional blood per rectum",
        ],
        "old_imaging": [
            ("Pelvic MRI (rectal protocol) {d2} showed a T3c tumour with EMVI", False),
            ("CT chest/abdomen/pelvis with contrast {d1} showed no metastases", True),
        ],
        "areas": {
            1: [["rectum|rectum and mesorectum|rectal primary"]],
            2: [["rectum|rectal primary|rectum", "pelvic nodes|pelvic nodes (internal iliac, presacral)|pelvic LN"]],
            3: [["rectum|rectum", "pelvic nodes|pelvic nodes", "inguinal nodes|inguinal nodes"]],
        },
        "oars": ["small bowel", "the bladder", "the femoral heads", "the genitalia"],
        "rat": [
            ("OAR proximity", "small bowel loops fall into the pelvis next to the presacral volume", 1),
            ("contrast for delineation", "bowel must be opacified to be kept out of the high-dose region", 1),
            ("irregular target", "the tumour extends along the levators, making the lower border irregular", 1),
            ("prior field overlap", "this is a re-irradiation with overlap of the previous pelvic field", 1),
        ],
        "feats": ["contrast", "arc_rotational", "custom_shielding"],
        "contrast": ["oral", "rectal", "IV"],
        "mods": ["MRI", "PET"],
        "fourd": False,
        "immob": [
            "prone belly board",
            "prone abdominal board",
            "supine Vac-Lok",
            "full bladder, prone on bowel-displacement board",
        ],
        "beams": ["three-field PA and laterals", "four-field box", "5-field IMRT"],
        "prior": "prior pelvic RT to 50.4 Gy in {yr}",
        "dose": ["50.4 Gy in 28 fractions", "25 Gy in 5 fractions", "30 Gy/15 fx BID re-irradiation"],
        "brachy": [],
        "shield": ["custom lead scrotal shield"],
        "thermo": [],
    },
    "esophagus": {
        "name": "esophagus",
        "dx": [
            "distal esophageal adenocarcinoma, uT3N1",
            "GE junction adenocarcinoma Siewert II",
            "mid-thoracic esophageal SCC",
        ],
        "hpi": [
            "He has lost 6 kg and is on soft diet",
            "J-tube placed last week",
            "Plan is CROSS regimen then esophagectomy",
            "EUS showed T3 disease",
        ],
        "old_imaging": [
            ("PET/CT {d2} showed avid distal esophageal wall thickening, SUV 14", False),
            ("EGD {d2} showed a circumferential mass 34-40 cm from incisors", False),
            ("CT chest with contrast {d1} showed a gastrohepatic node", True),
        ],
        "areas": {
            1: [["distal esophagus|distal esophagus|GE junction|esophageal primary"]],
            2: [["distal esophagus|distal esophagus", "celiac nodes|celiac nodes|celiac axis nodes"]],
            3: [
                [
                    "mid esophagus|mid esophagus",
                    "celiac nodes|celiac nodes",
                    "{side} supraclavicular|{side} supraclavicular node|{S} SCV",
                ]
            ],
        },
        "oars": ["the heart", "the lungs", "the spinal cord", "the stomach", "the liver"],
        "rat": [
            (
                "contrast for delineation",
                "the esophageal lumen and tumour length are only defined with swallowed contrast",
                1,
            ),
            ("OAR proximity", "the target is wrapped by the heart and both lungs", 1),
            ("target motion", "the GE junction moves about 1 cm with respiration", 1),
            ("multiple targets", "the primary and the celiac nodes are separated by normal stomach", 2),
        ],
        "feats": ["contrast", "arc_rotational", "particle", "brachytherapy"],
        "contrast": ["oral", "IV", "esophageal"],
        "mods": ["PET", "fluoroscopy"],
        "fourd": True,
        "immob": ["wing board, arms up", "Vac-Lok upper body", "knee sponge"],
        "beams": ["four-field 3D", "AP/PA then obliques"],
        "prior": "prior mediastinal RT for lymphoma in {yr}",
        "dose": ["41.4 Gy in 23 fractions", "50.4 Gy/28 fx"],
        "brachy": ["intraluminal esophageal applicator placed and verified under fluoroscopy"],
        "shield": [],
        "thermo": [],
    },
    "pancreas": {
        "name": "pancreas",
        "dx": [
            "borderline resectable pancreatic head adenocarcinoma",
            "locally advanced pancreatic body cancer, SMA encasement",
            "resected pancreatic adenocarcinoma, R1 margin",
        ],
        "hpi": [
            "She completed six months of FOLFIRINOX",
            "CA 19-9 fell from 1,200 to 88",
            "Biliary stent exchanged last month",
            "Fiducials were placed endoscopically two weeks ago",
        ],
        "old_imaging": [
            ("Pancreas-protocol CT with IV contrast {d2} showed 180 degrees of SMA contact", True),
            ("MRI abdomen {d2} showed no liver lesions", False),
        ],
        "areas": {
            1: [["pancreatic head|pancreatic head|pancreas head tumour|pancreatic bed"]],
            2: [["pancreatic head|pancreatic head", "porta hepatis nodes|porta hepatis nodes|periportal nodes"]],
        },
        "oars": ["the duodenum", "the stomach", "small bowel", "the kidneys"],
        "rat": [
            (
                "OAR proximity",
                "the tumour abuts the duodenum, limiting dose unless the bowel is precisely contoured",
                1,
            ),
            ("contrast for delineation", "vessels and the tumour-duodenum interface are defined only with contrast", 1),
            ("target motion", "the fiducials move 12 mm with breathing", 1),
        ],
        "feats": ["contrast", "arc_rotational", "particle"],
        "contrast": ["IV", "oral"],
        "mods": ["MRI", "PET"],
        "fourd": True,
        "immob": ["arms up on wing board", "Vac-Lok", "abdominal compression belt"],
        "beams": ["five-field 3D", "AP/PA plus laterals"],
        "prior": "",
        "dose": ["50.4 Gy in 28 fractions", "40 Gy in 5 fractions SBRT", "33 Gy/5 fx"],
        "brachy": [],
        "shield": [],
        "thermo": [],
    },
    "lymphoma": {
        "name": "lymphoma",
        "dx": [
            "classical Hodgkin lymphoma, stage IIA bulky mediastinal",
            "DLBCL, stage II, PET-positive residual after R-CHOP",
            "follicular lymphoma grade 1-2, stage I",
        ],
        "hpi": [
            "She completed ABVD x4 with a Deauville 3 response",
            "He completed R-CHOP x6",
            "She has no B symptoms",
            "Fertility counselling completed",
        ],
        "old_imaging": [
            ("Baseline PET/CT {d2} showed bulky mediastinal disease", False),
            ("Interim PET {d1} Deauville 4 in one node", False),
            ("CT neck/chest with contrast {d2} showed 8 cm anterior mediastinal mass", True),
        ],
        "areas": {
            1: [
                ["mediastinum|mediastinum|anterior mediastinum"],
                ["{side} neck|{side} neck|{S} cervical nodes"],
                ["{side} inguinal nodes|{side} inguinal nodes|{S} groin"],
            ],
            2: [
                ["mediastinum|mediastinum", "{side} neck|{side} neck|{S} cervical nodes"],
                ["{side} axilla|{side} axilla", "{side} supraclavicular|{side} SCV|{side} supraclavicular nodes"],
            ],
            3: [
                ["mediastinum|mediastinum|mediastinal residual", "bilateral neck|bilateral neck|both cervical chains"],
                ["{side} neck|{side} neck", "mediastinum|mediastinum", "{side} axilla|{side} axilla"],
            ],
        },
        "oars": ["the heart", "the breasts", "the lungs", "the thyroid"],
        "rat": [
            (
                "OAR proximity",
                "the residual mass overlies the heart and both breasts, so deep-inspiration breath hold is required",
                1,
            ),
            (
                "fusion for delineation",
                "the involved-site volume is drawn from the pre-chemotherapy PET registered to the planning CT",
                1,
            ),
            ("multiple targets", "involved sites are non-contiguous", 2),
            ("irregular target", "the residual mass has an irregular, lobulated border", 1),
        ],
        "feats": ["contrast", "arc_rotational", "particle", "custom_shielding"],
        "contrast": ["IV"],
        "mods": ["PET"],
        "fourd": True,
        "immob": ["wing board", "thermoplastic shoulder mask", "Vac-Lok"],
        "beams": ["AP/PA beams", "butterfly IMRT beams"],
        "prior": "",
        "dose": ["30 Gy in 15 fractions", "24 Gy/12 fx", "4 Gy in 2 fractions"],
        "brachy": [],
        "shield": ["custom Cerrobend lung and heart blocks"],
        "thermo": [],
    },
    "skin": {
        "name": "skin with electron cutouts",
        "dx": [
            "basal cell carcinoma of the {side} nasal ala",
            "SCC of the scalp vertex, 3.2 cm",
            "mycosis fungoides with plaque lesions",
            "Merkel cell carcinoma of the {side} cheek",
        ],
        "hpi": [
            "He declined Mohs because of anticoagulation",
            "The lesion bleeds intermittently",
            "He had prior excisions in {yr}",
            "She lives alone and drives herself",
        ],
        "old_imaging": [
            ("CT head and neck with contrast {d2} showed no perineural spread", True),
            ("Ultrasound of the parotid {d2} showed no nodes", False),
        ],
        "areas": {
            1: [
                ["{side} nasal ala|{side} nasal ala|{S} ala"],
                ["scalp vertex|scalp vertex|vertex scalp"],
                ["{side} cheek|{side} cheek"],
            ],
            2: [
                ["{side} cheek|{side} cheek primary", "{side} parotid nodes|{side} parotid bed|{S} preauricular nodes"]
            ],
            3: [
                [
                    "{side} forearm plaque|{side} forearm plaque|{S} forearm",
                    "{other} thigh plaque|{other} thigh plaque|{other} thigh",
                    "upper back plaque|upper back plaque|upper back",
                ],
            ],
        },
        "oars": ["the {side} eye", "the lens", "the nasal cartilage", "the brain"],
        "rat": [
            ("custom shielding", "the field edge is 5 mm from the {side} eye, which needs an internal eye shield", 1),
            ("irregular target", "the lesion has an irregular, multilobed border", 1),
            ("OAR proximity", "the lesion is adjacent to {oar}", 1),
            ("multiple targets", "separate plaques on different body surfaces", 2),
        ],
        "feats": ["custom_shielding", "complex_blocking"],
        "contrast": [],
        "mods": ["ultrasound"],
        "fourd": False,
        "immob": ["head rest with mask", "custom thermoplastic mask", "foam wedges"],
        "beams": ["single en face electron field", "one appositional field"],
        "prior": "prior RT to the {side} cheek in {yr}",
        "dose": ["50 Gy in 20 fractions", "40 Gy/10 fx", "8 Gy x 1"],
        "brachy": [],
        "shield": [
            "custom electron cutout made from the wire outline",
            "custom Cerrobend electron insert cut to the lesion plus 1 cm",
            "custom lead mask with the aperture shaped to the lesion",
            "internal tungsten eye shield and custom cutout",
        ],
        "thermo": [],
    },
    "pediatric": {
        "name": "pediatric under anesthesia",
        "dx": [
            "{age}-year-old with favourable-histology Wilms tumour, {side} kidney, stage III",
            "{age}-year-old with embryonal rhabdomyosarcoma of the {side} orbit",
            "{age}-year-old with Ewing sarcoma of the {side} rib",
        ],
        "hpi": [
            "Child life specialist met the family",
            "Parents present for consent",
            "Weight 19 kg, NPO since midnight",
            "Port accessed by nursing",
        ],
        "old_imaging": [
            ("MRI orbit with gadolinium {d2} showed a 2.2 cm mass", True),
            ("CT chest {d1} showed no lung nodules", False),
        ],
        "areas": {
            1: [
                ["{side} flank|{side} flank|{S} tumour bed"],
                ["{side} orbit|{side} orbit|{S} orbital mass"],
                ["{side} chest wall|{side} chest wall|{S} rib primary"],
            ],
            2: [["{side} flank|{side} flank", "whole lung|whole lungs|both lungs"]],
            3: [["{side} chest wall|{side} chest wall", "whole lung|whole lung", "{other} femur|{other} femur met"]],
        },
        "oars": ["the remaining kidney", "the growth plates", "the {side} lens", "the liver", "the spinal cord"],
        "rat": [
            (
                "anesthesia/immobilization",
                "the child cannot lie still and requires general anesthesia with a custom body mold",
                1,
            ),
            (
                "OAR proximity",
                "the {t} volume must be covered symmetrically to avoid growth asymmetry while sparing {oar}",
                1,
            ),
            ("OAR proximity", "the {t} target lies next to the {side} lens and lacrimal gland", 1),
            ("multiple targets", "separate primary and metastatic volumes", 2),
        ],
        "feats": ["particle", "arc_rotational", "contrast", "custom_shielding"],
        "contrast": ["IV"],
        "mods": ["MRI", "PET"],
        "fourd": False,
        "immob": ["custom Vac-Lok body mold", "pediatric mask", "foam cradle"],
        "beams": ["AP/PA fields", "three-field arrangement"],
        "prior": "",
        "dose": ["10.8 Gy in 6 fractions", "50.4 Gy/28 fx", "12 Gy whole lung in 8 fractions"],
        "brachy": [],
        "shield": ["custom Cerrobend kidney block"],
        "thermo": [],
    },
    "palliative": {
        "name": "palliative",
        "dx": [
            "metastatic NSCLC with hemoptysis",
            "bleeding fungating breast mass",
            "malignant spinal cord compression, T10",
            "painful pelvic mass from bladder cancer",
        ],
        "hpi": [
            "Hospice discussion held; wishes comfort-focused treatment",
            "On dexamethasone 10 mg IV then 4 mg q6h",
            "He came from the floor by stretcher",
            "Pain 8/10 despite hydromorphone PCA",
        ],
        "old_imaging": [
            ("MRI total spine {d1} showed epidural disease at T10", False),
            ("CT chest with IV contrast {d1} showed a 6 cm hilar mass", True),
        ],
        "areas": {
            1: [
                ["{side} hilum|{side} hilar mass|{S} lung mass"],
                ["T9-T11|T9-T11|T10 with one vertebra above and below"],
                ["pelvis|pelvic mass|pelvis"],
            ],
            2: [
                ["{side} hilum|{side} hilum", "T10|T10"],
                ["{side} breast|{side} breast mass", "{side} axilla|{side} axillary nodes"],
            ],
            3: [["T10|T10", "L1|L1", "{side} hilum|{side} hilum"]],
        },
        "oars": ["the spinal cord", "the esophagus", "bowel"],
        "rat": [
            ("immobilization", "he cannot lie flat for long because of pain and needs a custom cushion", 1),
            ("OAR proximity", "the target abuts the previously irradiated cord", 1),
            ("multiple targets", "symptomatic sites are separated and need separate isocentres", 2),
        ],
        "feats": ["arc_rotational", "custom_shielding", "contrast"],
        "contrast": ["IV"],
        "mods": ["MRI"],
        "fourd": False,
        "immob": ["knee sponge", "Vac-Lok", "wedge pillow"],
        "beams": ["AP/PA", "PA single field", "opposed laterals"],
        "prior": "prior 30 Gy to the thoracic spine in {yr}",
        "dose": ["8 Gy x 1", "20 Gy/5 fx", "30 Gy in 10 fractions"],
        "brachy": [],
        "shield": ["custom Cerrobend block for the spinal cord"],
        "thermo": [],
    },
    "sarcoma": {
        "name": "soft-tissue sarcoma",
        "dx": [
            "high-grade undifferentiated pleomorphic sarcoma of the {side} thigh",
            "myxoid liposarcoma of the {side} thigh, 12 cm",
            "retroperitoneal liposarcoma, preoperative",
        ],
        "hpi": [
            "Biopsy tract on the lateral thigh",
            "Planned resection 5 weeks after RT",
            "Neurovascular exam intact",
        ],
        "old_imaging": [
            ("MRI thigh with gadolinium {d2} showed a 9 cm mass abutting the femur", True),
            ("CT chest {d1} negative", False),
        ],
        "areas": {
            1: [["{side} thigh|{side} thigh|{S} thigh mass"], ["retroperitoneum|retroperitoneal mass|RP mass"]],
            2: [["{side} thigh|{side} thigh", "{side} inguinal nodes|{side} inguinal nodes|{S} groin"]],
        },
        "oars": ["the femur", "the skin strip", "the bowel", "the {side} kidney"],
        "rat": [
            ("OAR proximity", "a longitudinal strip of skin and lymphatics must be spared to prevent lymphedema", 1),
            ("irregular target", "the tumour infiltrates along the fascial planes, making the CTV irregular", 1),
            ("fusion for delineation", "the edematous margin is seen only on the registered T2 MRI", 1),
        ],
        "feats": ["arc_rotational", "hyperthermia", "particle", "contrast"],
        "contrast": ["IV", "oral"],
        "mods": ["MRI"],
        "fourd": False,
        "immob": ["frog-leg position in Vac-Lok", "custom leg cradle", "foot board"],
        "beams": ["opposed AP/PA", "three-field 3D"],
        "prior": "",
        "dose": ["50 Gy in 25 fractions", "50.4 Gy in 28 fractions"],
        "brachy": [],
        "shield": [],
        "thermo": [
            "hyperthermia thermometry catheters in the tumour, positions verified on CT",
            "temperature probes for regional hyperthermia verified on the CT",
        ],
    },
    "csi": {
        "name": "craniospinal",
        "dx": [
            "medulloblastoma, standard risk, s/p gross total resection",
            "germinoma with CSF positivity",
            "leptomeningeal disease from breast cancer",
        ],
        "hpi": [
            "Post-op MRI showed no residual",
            "Lumbar puncture CSF cytology negative",
            "Vincristine to begin with RT",
        ],
        "old_imaging": [("Post-operative MRI brain and spine with contrast {d1} showed no residual tumour", True)],
        "areas": {
            2: [["whole brain|brain|cranial volume", "spine|spine|spinal canal"]],
            3: [
                [
                    "whole brain|cranial field|brain",
                    "upper spine|upper spine|upper spinal field",
                    "lower spine|lower spine|lower spinal field",
                ]
            ],
        },
        "oars": ["the cochleae", "the lenses", "the thyroid", "the heart"],
        "rat": [
            ("multiple targets", "cranial and spinal fields must be matched with feathered junctions", 2),
            ("OAR proximity", "the spinal volume lies in front of the heart, thyroid and bowel", 2),
            ("immobilization", "a prone custom body mold and mask are needed for junction reproducibility", 2),
        ],
        "feats": ["particle", "arc_rotational", "custom_shielding"],
        "contrast": [],
        "mods": ["MRI"],
        "fourd": False,
        "immob": ["custom head-to-pelvis Vac-Lok with mask", "prone mask and body mold"],
        "beams": [],
        "prior": "",
        "dose": ["23.4 Gy in 13 fractions then boost", "36 Gy/20 fx"],
        "brachy": [],
        "shield": ["custom Cerrobend blocks for the lenses"],
        "thermo": [],
    },
    "bladder": {
        "name": "bladder",
        "dx": [
            "muscle-invasive urothelial carcinoma, cT2N0, bladder preservation",
            "urothelial carcinoma of the bladder dome, cT3a",
        ],
        "hpi": [
            "Maximal TURBT completed",
            "He will receive concurrent 5-FU/mitomycin",
            "Cystoscopy showed a 4 cm tumour at the dome",
        ],
        "old_imaging": [
            ("CT urogram with contrast {d2} showed a dome filling defect", True),
            ("MRI pelvis {d2} showed no perivesical extension", False),
        ],
        "areas": {
            1: [["bladder|bladder|whole bladder"]],
            2: [["bladder|bladder", "pelvic nodes|pelvic nodes|pelvic LN"]],
        },
        "oars": ["the rectum", "small bowel", "the femoral heads"],
        "rat": [
            ("OAR proximity", "the dome tumour lies under small-bowel loops", 1),
            ("contrast for delineation", "the tumour bed is outlined only with intravesical contrast", 1),
            ("irregular target", "bladder filling varies by 40% between scans", 1),
        ],
        "feats": ["contrast", "arc_rotational"],
        "contrast": ["bladder", "IV"],
        "mods": ["MRI"],
        "fourd": False,
        "immob": ["knee rest and foot stocks", "empty bladder protocol"],
        "beams": ["four-field box", "six-field IMRT"],
        "prior": "",
        "dose": ["55 Gy in 20 fractions", "64 Gy/32 fx"],
        "brachy": [],
        "shield": [],
        "thermo": [],
    },
    "tbi": {
        "name": "total body irradiation",
        "dx": ["AML in CR1 going to allogeneic transplant", "ALL, conditioning before MUD transplant"],
        "hpi": ["Transplant planned day 0 next week", "Counts recovering after induction", "Cy/TBI regimen"],
        "old_imaging": [("CT chest {d1} showed no infection", False)],
        "areas": {
            1: [["total body|total body|whole body"]],
            2: [["total body|total body", "testes|testicular boost|testes"]],
        },
        "oars": ["the lungs", "the kidneys", "the lenses"],
        "rat": [
            ("custom shielding", "lung dose must be limited to 8 Gy with lung blocks shaped to this patient", 1),
            ("immobilization", "extended-distance standing set-up requires a custom stand and bicycle seat", 1),
        ],
        "feats": ["custom_shielding", "arc_rotational"],
        "contrast": [],
        "mods": [],
        "fourd": False,
        "immob": ["TBI stand with bicycle seat", "lateral decubitus TBI couch"],
        "beams": ["AP/PA extended-SSD fields", "bilateral opposed fields at 4 m"],
        "prior": "",
        "dose": ["12 Gy in 6 fractions BID", "2 Gy x 1", "13.2 Gy/8 fx BID"],
        "brachy": [],
        "shield": ["custom Cerrobend lung blocks", "custom lung compensators and partial-transmission lung blocks"],
        "thermo": [],
    },
    "anal": {
        "name": "anal canal",
        "dx": ["SCC of the anal canal, T2N1", "anal margin SCC, T3N0"],
        "hpi": ["HIV positive, viral load undetectable", "Mitomycin/5-FU planned", "Pain with defecation"],
        "old_imaging": [
            ("PET/CT {d2} showed avid {side} inguinal nodes", False),
            ("Pelvic MRI {d2} showed a 4 cm tumour", False),
        ],
        "areas": {
            1: [["anal canal|anal canal|anal primary"]],
            2: [["anal canal|anal canal", "pelvic nodes|pelvic nodes"]],
            3: [["anal canal|anal primary", "pelvic nodes|pelvic nodes", "inguinal nodes|inguinal nodes|groin nodes"]],
        },
        "oars": ["the genitalia", "the femoral heads", "the bladder", "bowel"],
        "rat": [
            ("multiple targets", "the inguinal and pelvic nodal volumes require separate dose levels", 2),
            ("OAR proximity", "the primary abuts the genitalia and perineal skin", 1),
        ],
        "feats": ["arc_rotational", "contrast", "custom_shielding"],
        "contrast": ["rectal", "IV"],
        "mods": ["PET", "MRI"],
        "fourd": False,
        "immob": ["frog-leg Vac-Lok", "supine knee sponge"],
        "beams": ["four-field", "seven-field IMRT"],
        "prior": "",
        "dose": ["54 Gy in 30 fractions", "50.4 Gy/28 fx"],
        "brachy": [],
        "shield": ["custom lead scrotal shield"],
        "thermo": [],
    },
}

# --------------------------------------------------------------- cross-site phrasing pools

GENERIC_RATIONALE = [
    ("OAR proximity", "the {t} lies within a few millimetres of {oar}"),
    ("OAR proximity", "dose to {oar} is the limiting constraint because it touches the target"),
    ("irregular target", "the target is irregular and cannot be covered with standard field shapes"),
    ("prior field overlap", "{prior} overlaps the new target and the old fields must be reconstructed"),
    (
        "immobilization",
        "kyphosis and shoulder pain prevent a standard position, so a custom immobilization device is needed",
    ),
]

BARE_ASSERTIONS = [
    "Complex simulation was medically necessary.",
    "Complex sim required per attending.",
    "Medical necessity for complex simulation: yes.",
    "This patient requires a complex simulation.",
    "Complex simulation indicated.",
    "Simulation complexity: complex (medically necessary).",
]

NUM = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}

PLACES = [
    "CT sim room 2",
    "the Big Bore CT",
    "the Siemens go.Open Pro simulator",
    "CT-Sim A",
    "the GE Discovery RT simulator",
]
TECHS = ["J.R., RTT", "M.L., CMD", "T.O., RT(T)", "A.W., RTT", "S.D., CMD"]
