# ruff: noqa: E501
"""Invented department: Rio Colorado County Medical Center (RCCMC) radiation oncology.

With its Valle Verde satellite.  Every person, place and identifier here is made up.
"""

from __future__ import annotations

HOSPITAL = ["Rio Colorado County Medical Center", "RCCMC", "Rio Colorado County Med Ctr", "RCCMC Cancer Center"]
SATELLITE = ["RCCMC Valle Verde Satellite", "Valle Verde satellite", "VV satellite clinic", "Valle Verde Radiation Unit"]
UNIVERSITY = ["Sonora Vista University", "SVU", "Sonora Vista Univ. School of Medicine"]
OUTSIDE = [
    ("Desert Sky Regional Oncology", "DSRO"),
    ("Clínica Oncológica Santa Lucía, Nueva Candelaria", "Santa Lucía"),
    ("Instituto Oncológico del Pacífico Norte", "IOPN"),
    ("Mesa Roja Cancer Institute", "MRCI"),
    ("Hospital General Regional de San Isidro del Río", "HGR San Isidro"),
    ("Cholla Pass Community Cancer Center", "Cholla Pass"),
]
MX_TOWNS = ["San Isidro del Río", "Nueva Candelaria", "El Saucito", "Villa Arenales", "Puerto Caborca Viejo",
            "Ejido La Noria", "Santa Rosa de las Palmas"]
US_TOWNS = ["Arroyo Seco", "Bisbee Flats", "Calexa", "Los Tules", "Camino Real Heights", "Dos Ríos", "Saguaro Wells"]

ATTENDINGS = ["Dr. Marisol Ybarra-Quintero", "Dr. Tomas Villaseñor", "Dr. Priya Raghunathan", "Dr. Elena Cordero",
              "Dr. Howard Kessling", "Dr. Amadou Diallo", "Dr. Beatriz Olguín"]
ATT_SHORT = ["Ybarra-Quintero", "Villaseñor", "Raghunathan", "Cordero", "Kessling", "Diallo", "Olguín"]
RESIDENTS = ["Dr. Kevin Trang, PGY-3", "Dr. Daniela Ruvalcaba, PGY-4", "Dr. Samuel Oyelaran, PGY-2",
             "Dr. Ana Lucía Ferrer, PGY-5", "Dr. Jordan Whitcombe, PGY-3", "Dr. Ximena Padrón, PGY-4",
             "Dr. Rafael Cienfuegos, PGY-2", "Dr. Meera Bhandari, PGY-5"]
FELLOWS = ["Dr. Ignacio Salcido (brachytherapy fellow)", "Dr. Hannah Vos (fellow)"]
RTTS = ["L. Arvizu, RT(T)", "M. Beltrán RTT", "J. Kowalczyk, RT(T)", "Yesenia Duarte RTT", "C. Nakamura, R.T.(T)",
        "Osvaldo Leyva, RTT", "R. Pacheco RT(T)", "T. Amezcua, RTT"]
NURSES = ["Gloria Estrada, RN", "P. Monreal RN, OCN", "Brenda Tsosie, RN", "Lupita Carrasco RN", "D. Halvorsen, RN",
          "Maribel Sotelo, RN BSN"]
DOSIMETRISTS = ["K. Farías, CMD", "Wendell Pruitt CMD", "S. Quiñones, CMD"]
PHYSICISTS = ["Dr. Aurelio Manjarrez (physics)", "N. Gebremedhin, MS DABR", "Lydia Ochs, physicist"]
COUNSELORS = ["Rosa Icela Maldonado, Financial Counselor II", "Jaime Torrealba, patient financial advocate",
              "Noemí Barraza, CHW / financial navigator", "Gregory Fuentes, Financial Counseling"]
NAVIGATORS = ["Carmen Ozuna, nurse navigator", "Bianca Lerma, patient navigator", "Tere Alcaraz, navigator"]
ANESTH = ["Dr. Pavel Lindqvist (peds anesthesia)", "Dr. Noor Haddad, anesthesiology", "Dr. Gil Arredondo (CRNA supervision)"]
INTERP_IDS = ["4471", "5120", "3318", "6075", "2294", "7013", "4902", "8156", "3640", "5581", "2917", "6649"]
INTERP_NAMES = ["Ana", "Héctor", "Lourdes", "Pilar", "Ramón", "Yolanda", "Chuy", "Marta"]
RELATIVES = [("hija", "daughter"), ("hijo", "son"), ("esposo", "husband"), ("esposa", "wife"), ("nieta", "granddaughter"),
             ("sobrino", "nephew"), ("hermana", "sister"), ("nuera", "daughter-in-law")]

CONTRAST_ROUTES = {
    "IV": ["IV contrast", "intravenous contrast", "IV contrast (Omnipaque 300, 80 mL)", "Isovue 370 IV",
           "contraste IV", "iodinated IV contrast", "IV contrast 75 mL via R AC 20g", "IV contrast bolus"],
    "oral": ["oral contrast", "contraste oral", "dilute oral contrast (450 mL)", "oral barium suspension",
             "PO contrast", "oral contrast 2 cups", "contraste oral 450 mL"],
    "rectal": ["rectal contrast", "rectal contrast 30 mL", "dilute rectal contrast via red rubber catheter",
               "contraste rectal"],
    "vaginal": ["vaginal contrast", "vaginal contrast-soaked gauze", "contrast-coated vaginal packing",
                "vaginal contrast (5 mL dilute Omnipaque)"],
    "bladder": ["bladder contrast", "dilute contrast in the Foley balloon", "Foley balloon filled with 7 mL dilute contrast",
                "contrast instilled into bladder via Foley", "retrograde urethrogram contrast"],
}

# Area pools: each option is a list of (normalised value, surfaces).  {side}/{S} are filled per note.
SITES: dict[str, dict] = {
    "gyn_brachy": {
        "label": "GYN with brachytherapy applicators",
        "dx": ["FIGO IIB squamous cell carcinoma of the cervix", "stage IIIC1r SCC of the cervix",
               "FIGO IB3 adenocarcinoma of the cervix", "stage IIIB SCC cervix (R hydro, stented)",
               "stage IIA2 squamous cell ca cervix", "FIGO IIIA SCC of the cervix, distal vaginal extension",
               "IIB cervical SCC, bulky (6.1 cm)"],
        "areas": {1: [[("cervix", ["cervix", "cervix/uterus", "cervix (HR-CTV)", "cérvix", "the cervical target"])]]},
        "oars": ["bladder", "rectum", "sigmoid", "small bowel", "rectosigmoid"],
        "targets": ["residual cervical tumor", "HR-CTV", "the cervical mass", "residual disease at the os",
                    "left parametrial residual"],
        "features": ["brachytherapy"], "extra_features": ["contrast"], "routes": ["bladder", "vaginal"],
        "fusion": ["MRI"], "extra_mod": ["fluoroscopy", "ultrasound"],
        "cats": ["applicator verification", "OAR proximity", "irregular target"],
        "immob": ["vacuum cushion under the legs", "leg stirrups, then transfer board", "knee sponge"],
    },
    "gyn_ebrt": {
        "label": "GYN pelvis EBRT (cervix / endometrium)",
        "dx": ["FIGO IIB SCC of the cervix", "stage IIIC1 SCC cervix, L pelvic node 2.2 cm",
               "stage IIIC2 cervical SCC with para-aortic node", "FIGO IIIC1 endometrioid endometrial ca, grade 3",
               "stage IIIB SCC cervix, L sidewall", "serous endometrial cancer, stage IIIA, s/p TAH-BSO"],
        "areas": {
            1: [[("pelvis", ["pelvis", "whole pelvis", "the pelvis", "pelvis (uterus, cervix, parametria, nodes)"])]],
            2: [[("pelvis", ["pelvis", "whole pelvis", "pelvic field"]),
                 ("para-aortic nodes", ["para-aortic nodes", "PA nodes", "para-aortic chain", "ganglios paraaórticos"])]],
            3: [[("pelvis", ["pelvis", "whole pelvis"]), ("para-aortic nodes", ["para-aortic nodes", "PA nodes"]),
                 ("left supraclavicular node", ["left supraclavicular node", "L SCV node", "Virchow node (L SCV)"])]],
        },
        "oars": ["bowel bag", "bladder", "rectum", "femoral heads", "kidneys", "bone marrow (pelvic)", "duodenum"],
        "targets": ["nodal CTV", "the parametrial extension", "involved L external iliac node", "uterus and cervix"],
        "features": ["contrast", "arc_rotational"], "routes": ["oral", "IV", "vaginal", "bladder"],
        "fusion": ["MRI", "PET"], "extra_mod": [],
        "cats": ["OAR proximity", "irregular target", "contrast for delineation", "fusion for delineation", "multiple targets"],
        "immob": ["Vac-Lok bag", "knee/foot lock", "CIVCO knee sponge and foot holder", "prone belly board"],
    },
    "head_neck": {
        "label": "head and neck",
        "dx": ["T2N1 p16+ SCC of the {side} tonsil", "T3N2b SCC of the {side} oral tongue", "T1bN0 glottic SCC",
               "T3N0 supraglottic SCC", "T2N2 nasopharyngeal carcinoma (WHO III)", "T4aN2c SCC of the {side} base of tongue",
               "recurrent SCC {side} neck after RT at Santa Lucía (2019)"],
        "areas": {
            1: [[("larynx", ["larynx", "glottic larynx", "the larynx", "laringe"])]],
            2: [[("{side} tonsil", ["{side} tonsil", "{S} tonsil primary", "{side} tonsillar fossa"]),
                 ("{side} neck", ["{side} neck", "{S} neck levels II-IV", "ipsilateral ({side}) neck"])],
                [("{side} oral tongue", ["{side} oral tongue", "{S} lateral tongue"]),
                 ("{side} neck", ["{side} neck", "{S} neck II-III"])]],
            3: [[("{side} base of tongue", ["{side} base of tongue", "{S} BOT primary", "base of tongue"]),
                 ("bilateral neck", ["bilateral neck", "both sides of the neck", "bilat neck", "neck bilaterally"])],
                [("{side} tonsil", ["{side} tonsil", "{S} tonsil"]), ("right neck", ["right neck", "R neck"]),
                 ("left neck", ["left neck", "L neck"])],
                [("nasopharynx", ["nasopharynx", "NP primary"]),
                 ("bilateral neck", ["bilateral neck", "bilateral cervical nodes", "both necks"])]],
        },
        "oars": ["spinal cord", "brainstem", "{side} parotid", "contralateral parotid", "mandible", "larynx",
                 "optic chiasm", "oral cavity", "cochlea"],
        "targets": ["primary", "the {side} level II nodal mass", "GTV", "retropharyngeal node", "the base of tongue mass"],
        "features": ["arc_rotational", "contrast"], "extra_features": ["complex_blocking"], "routes": ["IV"],
        "fusion": ["PET", "MRI"], "extra_mod": [],
        "cats": ["OAR proximity", "irregular target", "fusion for delineation", "contrast for delineation",
                 "immobilization", "prior field overlap", "multiple targets"],
        "immob": ["5-point thermoplastic mask", "long thermoplastic mask + shoulder pull", "custom mouthpiece / tongue depressor",
                  "custom head cushion (Moldcare)", "bite block"],
    },
    "breast": {
        "label": "breast with nodes",
        "dx": ["pT2N1a IDC of the {side} breast s/p lumpectomy", "ypT1cN1 {side} breast ca s/p mastectomy",
               "T3N2a {side} breast IDC s/p MRM", "pT1cN1a ILC {side} breast, ER+ HER2-", "triple-negative {side} breast ca, ypT2N1"],
        "areas": {
            1: [[("{side} breast", ["{side} breast", "{S} whole breast", "mama {lado}"])]],
            2: [[("{side} breast", ["{side} breast", "{S} breast"]), ("{side} supraclavicular", ["{side} supraclavicular", "{S} SCV", "{S} supraclav"])],
                [("{side} chest wall", ["{side} chest wall", "{S} CW"]), ("{side} supraclavicular", ["{S} SCV", "{side} supraclavicular fossa"])]],
            3: [[("{side} breast", ["{side} breast", "{S} breast"]), ("{side} supraclavicular", ["{S} SCV", "{side} supraclavicular"]),
                 ("{side} axilla", ["{side} axilla", "{S} axilla (levels I-III)", "{S} ax"])],
                [("{side} chest wall", ["{side} chest wall", "{S} CW"]), ("{side} supraclavicular", ["{S} SCV", "supraclavicular fossa"]),
                 ("{side} axilla", ["{S} axilla", "axilla"])]],
            4: [[("{side} chest wall", ["{side} chest wall", "{S} CW"]), ("{side} supraclavicular", ["{S} SCV", "{side} supraclav"]),
                 ("{side} axilla", ["{S} axilla", "{side} axillary apex"]), ("{side} internal mammary", ["{S} IMN", "{side} internal mammary nodes"])]],
        },
        "oars": ["heart", "LAD", "ipsilateral lung", "contralateral breast", "brachial plexus"],
        "targets": ["the lumpectomy cavity", "chest wall", "the axillary apex", "IMN chain"],
        "features": ["arc_rotational", "custom_shielding"], "routes": [],
        "fusion": [], "extra_mod": [],
        "cats": ["OAR proximity", "multiple targets", "immobilization", "irregular target"],
        "immob": ["breast board 10 degrees, arms up", "Vac-Lok, both arms above head", "wing board", "custom arm cradle"],
    },
    "prostate": {
        "label": "prostate +/- pelvis",
        "dx": ["unfavorable intermediate risk prostate adenoca, GS 4+3, PSA 14", "high-risk prostate ca, GS 4+5, cT3a",
               "rising PSA after prostatectomy (pT3aN0, PSA 0.4)", "high-risk prostate ca with a solitary L ischial met",
               "NCCN high risk, GS 8, PSA 31"],
        "areas": {
            1: [[("prostate", ["prostate", "prostate and proximal SV", "prostate bed", "próstata"])]],
            2: [[("prostate", ["prostate", "prostate/SV"]), ("pelvic nodes", ["pelvic nodes", "pelvic LN", "whole pelvis nodes"])]],
            3: [[("prostate", ["prostate"]), ("pelvic nodes", ["pelvic nodes", "pelvic LN"]),
                 ("left ischium", ["left ischium", "L ischial met", "ischium izquierdo"])]],
        },
        "oars": ["rectum", "bladder", "penile bulb", "rectal wall", "small bowel"],
        "targets": ["prostate", "seminal vesicle base", "prostate bed", "prostatic apex"],
        "features": ["arc_rotational", "contrast"], "routes": ["bladder"],
        "fusion": ["MRI"], "extra_mod": [],
        "cats": ["OAR proximity", "fusion for delineation", "multiple targets", "contrast for delineation"],
        "immob": ["Vac-Lok legs", "knee sponge + ankle stocks", "Vac-Lok legs, hydrogel spacer in place"],
    },
    "lung": {
        "label": "lung with 4DCT",
        "dx": ["cT2aN0 adenocarcinoma {side} upper lobe, not a surgical candidate", "stage IIIA SCC {side} lung",
               "cT1c NSCLC {side} lower lobe (COPD, FEV1 0.9 L)", "stage IIIB NSCLC, bulky {side} hilum",
               "two synchronous primaries (RUL and LLL)"],
        "areas": {
            1: [[("{side} upper lobe", ["{side} upper lobe", "{S}UL lesion", "{side} upper lobe primary"])],
                [("{side} lower lobe", ["{side} lower lobe", "{S}LL nodule"])],
                [("{side} lung and mediastinum", ["{side} lung primary + involved mediastinal nodes (one PTV)", "{side} hilum/mediastinum"])]],
            2: [[("right upper lobe", ["right upper lobe", "RUL"]), ("left lower lobe", ["left lower lobe", "LLL"])]],
        },
        "oars": ["esophagus", "brachial plexus", "spinal cord", "heart", "proximal bronchial tree", "chest wall"],
        "targets": ["the tumor", "the {side} hilar mass", "ITV", "the nodule"],
        "features": ["arc_rotational", "contrast"], "routes": ["IV"],
        "fusion": ["PET"], "extra_mod": [],
        "cats": ["OAR proximity", "target motion", "fusion for delineation"],
        "immob": ["wing board, arms up", "Vac-Lok, arms up", "BodyFIX bag", "abdominal compression plate"],
    },
    "whole_brain": {
        "label": "whole brain",
        "dx": ["multiple brain mets from NSCLC (>10 lesions)", "leptomeningeal disease, breast primary",
               "brain metastases from melanoma, too many for SRS", "SCLC with 6 brain mets"],
        "areas": {
            1: [[("whole brain", ["whole brain", "WBRT", "cerebro total", "brain"])]],
            2: [[("whole brain", ["whole brain", "brain"]), ("C1-C2", ["C1-C2", "upper cervical spine (C1-C2)"])]],
        },
        "oars": ["lenses", "hippocampi", "optic nerves", "cochleae", "retina"],
        "targets": ["brain", "the cribriform plate region", "posterior fossa"],
        "features": ["custom_shielding", "complex_blocking", "arc_rotational"], "routes": [],
        "fusion": ["MRI"], "extra_mod": ["fluoroscopy"],
        "cats": ["OAR proximity", "custom shielding", "immobilization"],
        "immob": ["thermoplastic mask", "short mask, head cup B", "S-frame mask"],
    },
    "srs": {
        "label": "brain SRS",
        "dx": ["3 brain mets from breast ca", "solitary {side} cerebellar met, NSCLC", "2 mets, melanoma", "4 small mets, renal cell"],
        "areas": {
            1: [[("{side} cerebellar lesion", ["{side} cerebellar lesion", "{S} cerebellar met"])]],
            2: [[("{side} frontal lesion", ["{side} frontal lesion", "{S} frontal met"]), ("right occipital lesion", ["right occipital lesion", "R occipital met"])]],
            3: [[("left frontal lesion", ["left frontal lesion", "L frontal"]), ("right parietal lesion", ["right parietal lesion", "R parietal"]),
                 ("right cerebellar lesion", ["right cerebellar lesion", "R cerebellum"])]],
            4: [[("left frontal lesion", ["L frontal"]), ("right parietal lesion", ["R parietal"]), ("left occipital lesion", ["L occipital"]),
                 ("right temporal lesion", ["R temporal"])]],
        },
        "oars": ["brainstem", "optic chiasm", "{side} optic nerve", "cochlea", "motor strip"],
        "targets": ["the lesion", "each met", "the cerebellar met"],
        "features": ["arc_rotational"], "routes": ["IV"],
        "fusion": ["MRI"], "extra_mod": [],
        "cats": ["OAR proximity", "fusion for delineation", "multiple targets"],
        "immob": ["SRS frameless mask (double shell)", "open-face SRS mask", "Encompass-type mask"],
    },
    "bone_mets": {
        "label": "multiple bone metastases",
        "dx": ["metastatic prostate ca to bone", "metastatic breast ca, painful bone mets", "multiple myeloma with lytic lesions",
               "RCC with osseous mets", "NSCLC with diffuse bone mets"],
        "areas": {
            1: [[("L3", ["L3", "L3 vertebral body", "L3 vertebra"])], [("right femur", ["right femur", "R proximal femur"])]],
            2: [[("T10", ["T10", "T10 vertebra"]), ("right acetabulum", ["right acetabulum", "R acetabulum"])],
                [("left humerus", ["left humerus", "L humerus"]), ("sacrum", ["sacrum", "sacro"])]],
            3: [[("L3", ["L3"]), ("right femur", ["right femur", "R prox femur"]), ("left humerus", ["left humerus", "L humerus"])],
                [("T10", ["T10", "T10 vertebra"]), ("sacrum", ["sacrum"]), ("left ribs 6-8", ["left ribs 6-8", "L ribs 6-8"])]],
            4: [[("C5", ["C5"]), ("T10", ["T10"]), ("right acetabulum", ["R acetabulum"]), ("left humerus", ["L humerus"])]],
        },
        "oars": ["spinal cord", "kidneys", "bowel", "esophagus", "cauda equina"],
        "targets": ["L3 lesion", "the lytic femoral lesion", "epidural component", "each painful site"],
        "features": ["arc_rotational", "custom_shielding"], "routes": [],
        "fusion": ["MRI"], "extra_mod": ["fluoroscopy"],
        "cats": ["multiple targets", "OAR proximity", "immobilization", "prior field overlap"],
        "immob": ["Vac-Lok full body", "knee sponge", "arms on chest", "custom foam cradle (can't lie flat)"],
    },
    "palliative": {
        "label": "palliative (single symptomatic site)",
        "dx": ["metastatic gastric ca with bleeding", "NSCLC with hemoptysis", "fungating {side} breast mass, declined surgery",
               "bladder ca with hematuria, not a cystectomy candidate", "T8 epidural disease from unknown primary",
               "painful {side} inguinal nodal mass (vulvar primary)"],
        "areas": {
            1: [[("stomach", ["stomach", "gastric tumor", "estómago"])], [("{side} hilum", ["{side} hilar mass", "{S} hilum"])],
                [("{side} breast", ["{side} breast mass", "fungating {S} breast"])], [("bladder", ["bladder", "vejiga"])],
                [("T8", ["T8", "T7-T9"])], [("{side} inguinal mass", ["{side} inguinal mass", "{S} groin mass"])]],
            2: [[("T8", ["T8", "T7-T9"]), ("{side} hip", ["{side} hip", "{S} hip"])],
                [("{side} hilum", ["{S} hilum"]), ("{side} adrenal", ["{side} adrenal"])]],
        },
        "oars": ["spinal cord", "kidneys", "liver", "small bowel", "heart", "rectum"],
        "targets": ["the bleeding tumor", "the mass", "epidural disease", "the tumor"],
        "features": ["custom_shielding", "complex_blocking", "arc_rotational"], "routes": ["oral", "IV"],
        "fusion": [], "extra_mod": ["fluoroscopy"],
        "cats": ["OAR proximity", "immobilization", "prior field overlap", "irregular target"],
        "immob": ["custom foam cradle", "wedge under knees", "Vac-Lok, arms on chest", "semi-reclined on incline board"],
    },
    "rectum": {
        "label": "rectum",
        "dx": ["cT3N1 rectal adenocarcinoma, 6 cm from AV", "cT4bN2 rectal ca invading the L seminal vesicle",
               "cT3N0 low rectal adenoca, 3 cm from the anal verge", "locally recurrent rectal ca"],
        "areas": {
            1: [[("pelvis", ["pelvis", "pelvis (rectum/mesorectum/nodes)", "the pelvis"])]],
            2: [[("pelvis", ["pelvis", "pelvic field"]), ("left inguinal nodes", ["left inguinal nodes", "L groin"])]],
        },
        "oars": ["small bowel", "bladder", "femoral heads", "genitalia", "sacral plexus"],
        "targets": ["the mesorectum", "the primary", "presacral space", "the tumor"],
        "features": ["contrast", "arc_rotational"], "routes": ["rectal", "oral", "IV"],
        "fusion": ["MRI", "PET"], "extra_mod": [],
        "cats": ["OAR proximity", "contrast for delineation", "fusion for delineation", "irregular target"],
        "immob": ["prone belly board", "Vac-Lok, prone", "supine, knee sponge"],
    },
    "esophagus": {
        "label": "esophagus",
        "dx": ["cT3N1 SCC of the mid esophagus", "GEJ adenocarcinoma, Siewert II, cT3N1", "distal esophageal adenoca cT2N0"],
        "areas": {
            1: [[("distal esophagus/GEJ", ["distal esophagus/GEJ", "esophagus", "GEJ", "esófago distal"])]],
            2: [[("mid esophagus", ["mid esophagus", "esophagus"]), ("celiac node", ["celiac node", "celiac axis node"])]],
        },
        "oars": ["heart", "lungs", "spinal cord", "stomach", "liver", "kidneys"],
        "targets": ["the primary", "the GEJ tumor", "the celiac node", "GTV"],
        "features": ["contrast", "arc_rotational"], "routes": ["oral", "IV"],
        "fusion": ["PET"], "extra_mod": [],
        "cats": ["OAR proximity", "contrast for delineation", "fusion for delineation", "target motion"],
        "immob": ["wing board, arms up", "Vac-Lok arms up", "T-bar"],
    },
    "pancreas": {
        "label": "pancreas",
        "dx": ["borderline resectable pancreatic head adenoca", "locally advanced pancreatic adenoca (SMA encasement)",
               "pancreatic head ca s/p Whipple, R1 margin"],
        "areas": {1: [[("pancreatic head", ["pancreatic head", "pancreas", "páncreas", "tumor bed (Whipple)"])]]},
        "oars": ["duodenum", "stomach", "small bowel", "kidneys", "liver", "spinal cord"],
        "targets": ["the tumor", "the SMA interface", "the tumor bed"],
        "features": ["contrast", "arc_rotational"], "routes": ["IV", "oral"],
        "fusion": ["MRI", "PET"], "extra_mod": [],
        "cats": ["OAR proximity", "contrast for delineation", "irregular target", "target motion"],
        "immob": ["Vac-Lok arms up", "wing board", "abdominal compression belt"],
    },
    "lymphoma": {
        "label": "lymphoma",
        "dx": ["early-stage classic Hodgkin lymphoma, s/p ABVD x4", "DLBCL, bulky mediastinal, s/p R-CHOP x6",
               "stage IIA nodular sclerosis Hodgkin", "follicular lymphoma grade 1-2, localized {side} neck"],
        "areas": {
            1: [[("{side} neck", ["{side} neck", "{S} cervical nodes"])], [("mediastinum", ["mediastinum", "mediastino"])]],
            2: [[("mediastinum", ["mediastinum", "mediastinal ISRT"]), ("left supraclavicular", ["left supraclavicular", "L SCV"])]],
            3: [[("mediastinum", ["mediastinum"]), ("left neck", ["left neck", "L neck"]), ("right axilla", ["right axilla", "R axilla"])]],
        },
        "oars": ["heart", "lungs", "breasts", "thyroid", "salivary glands", "coronaries"],
        "targets": ["the residual mediastinal mass", "PET-positive nodes", "pre-chemo GTV"],
        "features": ["arc_rotational", "contrast"], "routes": ["IV"],
        "fusion": ["PET"], "extra_mod": [],
        "cats": ["OAR proximity", "fusion for delineation", "multiple targets", "irregular target"],
        "immob": ["Vac-Lok, arms akimbo", "mask + shoulder pull", "wing board", "DIBH coaching"],
    },
    "skin": {
        "label": "skin with electron cutouts",
        "dx": ["BCC of the {side} nasal ala, declined Mohs", "SCC {side} cheek, 2.1 cm", "SCC of the scalp vertex, ulcerated",
               "multiple BCCs (nose, L ear, R forehead)", "SCC {side} helix, recurrent after excision", "Merkel cell ca {side} forearm"],
        "areas": {
            1: [[("{side} nasal ala", ["{side} nasal ala", "{S} ala nasi", "nariz {lado}"])], [("{side} cheek", ["{side} cheek", "{S} cheek lesion"])],
                [("scalp vertex", ["scalp vertex", "vertex of scalp"])], [("{side} helix", ["{side} helix", "{S} ear helix"])]],
            2: [[("{side} temple", ["{side} temple", "{S} temple"]), ("{side} preauricular", ["{side} preauricular", "{S} pre-auricular"])]],
            3: [[("nose", ["nose", "nasal dorsum"]), ("left ear", ["left ear", "L ear"]), ("right forehead", ["right forehead", "R forehead"])]],
        },
        "oars": ["{side} eye", "lens", "nasal cartilage", "underlying bone", "cornea"],
        "targets": ["the lesion", "the ulcerated plaque", "the tumor plus 1 cm margin"],
        "features": ["custom_shielding"], "routes": [],
        "fusion": [], "extra_mod": [],
        "cats": ["custom shielding", "OAR proximity", "irregular target"],
        "immob": ["head cup and tape", "thermoplastic mask with cutout window", "sandbags"],
    },
    "peds": {
        "label": "pediatric under anesthesia",
        "dx": ["embryonal rhabdomyosarcoma of the {side} orbit", "favorable-histology Wilms tumor ({side})",
               "standard-risk medulloblastoma", "posterior fossa ependymoma", "high-risk neuroblastoma"],
        "areas": {
            1: [[("{side} orbit", ["{side} orbit", "{S} orbit", "órbita {lado}"])], [("{side} flank", ["{side} flank", "{S} flank (tumor bed)"])],
                [("posterior fossa", ["posterior fossa", "tumor bed (posterior fossa)"])]],
            2: [[("brain", ["brain (cranial)", "cranial field", "brain"]), ("spine", ["spine", "spinal field", "columna"])]],
        },
        "oars": ["{side} lens", "cochleae", "brainstem", "{side} kidney", "vertebral bodies (growth)", "hypothalamus", "liver"],
        "targets": ["the tumor bed", "the residual orbital mass", "posterior fossa bed"],
        "features": ["arc_rotational", "contrast"], "routes": ["IV"],
        "fusion": ["MRI"], "extra_mod": [],
        "cats": ["anesthesia/immobilization", "OAR proximity", "fusion for delineation"],
        "immob": ["pediatric mask under GA", "custom Vac-Lok", "head rest + mask"],
    },
}

PROCEDURES_HISTORY = ["cone biopsy", "TAH-BSO", "lumpectomy + SLNB", "Whipple", "neck dissection", "TURBT", "EUA + biopsy",
                      "port placement", "diverting loop colostomy", "EGD with biopsy", "craniotomy", "VATS wedge"]

# Area-dependent clinical profile: key = "+".join(raw area values) -> dx / targets / oars (overrides the site defaults)
PROFILES: dict[str, dict[str, dict[str, list[str]]]] = {
    "head_neck": {
        "larynx": {"dx": ["T1bN0 glottic SCC", "T2N0 glottic SCC, impaired cord mobility", "T1aN0 SCC of the {side} true cord"],
                   "targets": ["glottic tumor", "anterior commissure disease"], "oars": ["carotid arteries", "arytenoids", "spinal cord", "thyroid"]},
        "{side} tonsil+{side} neck": {"dx": ["T2N1 p16+ SCC of the {side} tonsil", "T1N1 p16+ {side} tonsil SCC"],
                                      "targets": ["{side} tonsil primary", "{side} level II nodal mass"],
                                      "oars": ["contralateral parotid", "mandible", "spinal cord", "{side} parotid"]},
        "{side} oral tongue+{side} neck": {"dx": ["T3N1 SCC of the {side} oral tongue", "pT2N1 {side} oral tongue SCC s/p partial glossectomy"],
                                           "targets": ["tongue primary", "glossectomy bed"], "oars": ["mandible", "contralateral parotid", "spinal cord", "oral cavity"]},
        "{side} base of tongue+bilateral neck": {"dx": ["T4aN2c SCC of the {side} base of tongue", "T3N2c p16+ SCC of the base of tongue"],
                                                  "targets": ["base of tongue mass", "bilateral level II nodes"],
                                                  "oars": ["larynx", "spinal cord", "both parotids", "mandible"]},
        "{side} tonsil+right neck+left neck": {"dx": ["T3N2c p16+ SCC of the {side} tonsil", "T2N2c {side} tonsil SCC"],
                                               "targets": ["{side} tonsil primary", "contralateral level II node"],
                                               "oars": ["spinal cord", "contralateral parotid", "mandible", "oral cavity"]},
        "nasopharynx+bilateral neck": {"dx": ["T2N2 nasopharyngeal carcinoma (WHO III)", "T3N1 nasopharyngeal ca, EBV+"],
                                       "targets": ["nasopharyngeal primary", "skull base extension", "retropharyngeal node"],
                                       "oars": ["brainstem", "optic chiasm", "temporal lobes", "cochlea", "spinal cord"]},
    },
    "breast": {
        "{side} breast": {"dx": ["pT2N0 IDC of the {side} breast s/p lumpectomy", "pT1cN0 ILC {side} breast, ER+ HER2-, s/p lumpectomy"]},
        "{side} breast+{side} supraclavicular": {"dx": ["pT2N1a IDC of the {side} breast s/p lumpectomy", "pT1cN1a ILC {side} breast s/p lumpectomy"]},
        "{side} chest wall+{side} supraclavicular": {"dx": ["ypT1cN1 {side} breast ca s/p mastectomy"]},
        "{side} breast+{side} supraclavicular+{side} axilla": {"dx": ["pT2N2a IDC {side} breast s/p lumpectomy + SLNB only", "cT2N1 {side} breast, s/p lumpectomy, ypN1"]},
        "{side} chest wall+{side} supraclavicular+{side} axilla": {"dx": ["T3N2a {side} breast IDC s/p MRM", "triple-negative {side} breast ca, ypT2N1, s/p mastectomy"]},
        "{side} chest wall+{side} supraclavicular+{side} axilla+{side} internal mammary": {"dx": ["T3N2a {side} breast IDC s/p MRM, medial tumor", "ypT2N2 {side} breast ca s/p mastectomy"]},
    },
    "gyn_ebrt": {
        "pelvis": {"dx": ["FIGO IIB SCC of the cervix", "FIGO IIIC1 endometrioid endometrial ca, grade 3",
                          "serous endometrial cancer, stage IIIA, s/p TAH-BSO", "stage IIIB SCC cervix, L sidewall"]},
        "pelvis+para-aortic nodes": {"dx": ["stage IIIC2 cervical SCC with a para-aortic node", "FIGO IIIC2 endometrial ca (PA node +)"],
                                     "targets": ["para-aortic nodal CTV", "involved L common iliac node"]},
        "pelvis+para-aortic nodes+left supraclavicular node": {"dx": ["FIGO IVB SCC cervix with an isolated L supraclavicular node",
                                                                     "cervical SCC with PA and L SCV nodes (oligometastatic)"],
                                                              "targets": ["L SCV node", "para-aortic nodal CTV"]},
    },
    "prostate": {
        "prostate": {"dx": ["unfavorable intermediate risk prostate adenoca, GS 4+3, PSA 14", "favorable intermediate risk, GS 3+4, PSA 8.2"]},
        "prostate+pelvic nodes": {"dx": ["high-risk prostate ca, GS 4+5, cT3a", "NCCN high risk, GS 8, PSA 31", "cN1 prostate ca (PSMA-negative outside)"]},
        "prostate+pelvic nodes+left ischium": {"dx": ["high-risk prostate ca with a solitary L ischial met"]},
    },
    "lung": {
        "{side} upper lobe": {"dx": ["cT2aN0 adenocarcinoma {side} upper lobe, not a surgical candidate", "cT1bN0 NSCLC {side} upper lobe (COPD)"]},
        "{side} lower lobe": {"dx": ["cT1c NSCLC {side} lower lobe (COPD, FEV1 0.9 L)", "cT2a SCC {side} lower lobe, declined surgery"]},
        "{side} lung and mediastinum": {"dx": ["stage IIIA SCC {side} lung", "stage IIIB NSCLC, bulky {side} hilum"]},
        "right upper lobe+left lower lobe": {"dx": ["two synchronous primaries (RUL and LLL)"], "targets": ["RUL nodule", "LLL nodule"]},
    },
    "whole_brain": {
        "whole brain": {"dx": ["multiple brain mets from NSCLC (>10 lesions)", "brain metastases from melanoma, too many for SRS", "SCLC with 6 brain mets"]},
        "whole brain+C1-C2": {"dx": ["leptomeningeal disease, breast primary", "leptomeningeal spread from SCLC"]},
    },
    "srs": {
        "{side} cerebellar lesion": {"dx": ["solitary {side} cerebellar met, NSCLC", "single cerebellar met from breast ca"]},
        "{side} frontal lesion+right occipital lesion": {"dx": ["2 brain mets, melanoma", "two mets from NSCLC"]},
        "left frontal lesion+right parietal lesion+right cerebellar lesion": {"dx": ["3 brain mets from breast ca", "three mets, EGFR+ NSCLC"]},
        "left frontal lesion+right parietal lesion+left occipital lesion+right temporal lesion": {"dx": ["4 small mets, renal cell", "four mets, melanoma"]},
    },
    "palliative": {
        "stomach": {"dx": ["metastatic gastric ca with bleeding"], "targets": ["bleeding gastric tumor"], "oars": ["kidneys", "liver", "small bowel", "spinal cord"]},
        "{side} hilum": {"dx": ["NSCLC with hemoptysis"], "targets": ["hilar mass"], "oars": ["esophagus", "spinal cord", "heart"]},
        "{side} breast": {"dx": ["fungating {side} breast mass, declined surgery"], "targets": ["fungating mass"], "oars": ["heart", "lung"]},
        "bladder": {"dx": ["bladder ca with hematuria, not a cystectomy candidate"], "targets": ["bladder tumor"], "oars": ["rectum", "small bowel", "femoral heads"]},
        "T8": {"dx": ["T8 epidural disease from unknown primary"], "targets": ["epidural disease"], "oars": ["spinal cord", "esophagus", "kidneys"]},
        "{side} inguinal mass": {"dx": ["painful {side} inguinal nodal mass (vulvar primary)"], "targets": ["groin mass"], "oars": ["femoral head", "skin folds", "rectum"]},
        "T8+{side} hip": {"dx": ["metastatic RCC: T8 epidural disease and {side} hip pain"], "targets": ["epidural disease", "hip lesion"], "oars": ["spinal cord", "kidneys", "bowel"]},
        "{side} hilum+{side} adrenal": {"dx": ["NSCLC with hemoptysis and a painful {side} adrenal met"], "targets": ["hilar mass", "adrenal met"], "oars": ["spinal cord", "kidneys", "esophagus"]},
    },
    "rectum": {"pelvis+left inguinal nodes": {"dx": ["low rectal adenoca with a L inguinal node", "cT3N2 rectal ca, anal canal involvement, L groin node +"]}},
    "esophagus": {"mid esophagus+celiac node": {"dx": ["cT3N1 SCC of the mid esophagus with a celiac node"], "targets": ["mid esophageal primary", "celiac node"]},
                  "distal esophagus/GEJ": {"dx": ["GEJ adenocarcinoma, Siewert II, cT3N1", "distal esophageal adenoca cT2N0"]}},
    "lymphoma": {
        "{side} neck": {"dx": ["follicular lymphoma grade 1-2, localized {side} neck", "early-stage classic Hodgkin lymphoma ({side} neck), s/p ABVD x2"]},
        "mediastinum": {"dx": ["DLBCL, bulky mediastinal, s/p R-CHOP x6", "primary mediastinal B-cell lymphoma, PET+ residual"]},
        "mediastinum+left supraclavicular": {"dx": ["stage IIA nodular sclerosis Hodgkin (mediastinum + L SCV), s/p ABVD"]},
        "mediastinum+left neck+right axilla": {"dx": ["stage IIA classic Hodgkin (mediastinum, L neck, R axilla), s/p ABVD x4"]},
    },
    "skin": {
        "{side} nasal ala": {"dx": ["BCC of the {side} nasal ala, declined Mohs"], "oars": ["{side} eye", "lens", "nasal cartilage"]},
        "{side} cheek": {"dx": ["SCC {side} cheek, 2.1 cm"], "oars": ["{side} eye", "lens", "parotid"]},
        "scalp vertex": {"dx": ["SCC of the scalp vertex, ulcerated"], "oars": ["underlying calvarium", "brain surface"]},
        "{side} helix": {"dx": ["SCC {side} helix, recurrent after excision"], "oars": ["ear cartilage", "external auditory canal"]},
        "{side} temple+{side} preauricular": {"dx": ["two SCCs: {side} temple and {side} preauricular skin"], "oars": ["{side} eye", "parotid"]},
        "nose+left ear+right forehead": {"dx": ["multiple BCCs (nose, L ear, R forehead)"], "oars": ["eyes", "lens", "nasal cartilage"]},
    },
    "peds": {
        "{side} orbit": {"dx": ["embryonal rhabdomyosarcoma of the {side} orbit"], "targets": ["residual orbital mass"], "oars": ["{side} lens", "optic chiasm", "lacrimal gland", "pituitary"]},
        "{side} flank": {"dx": ["favorable-histology Wilms tumor ({side})", "high-risk neuroblastoma, {side} adrenal primary"], "targets": ["tumor bed"],
                         "oars": ["vertebral bodies (growth)", "contralateral kidney", "liver", "bowel"]},
        "posterior fossa": {"dx": ["posterior fossa ependymoma, s/p GTR"], "targets": ["posterior fossa bed"], "oars": ["brainstem", "cochleae", "spinal cord"]},
        "brain+spine": {"dx": ["standard-risk medulloblastoma"], "targets": ["posterior fossa boost volume"], "oars": ["cochleae", "hypothalamus", "thyroid", "lenses"]},
    },
}

PEDS_REL = [("mamá", "mother"), ("papá", "father"), ("abuela", "grandmother"), ("tía", "aunt")]

PROCS = {
    "gyn_brachy": ["EUA + biopsy", "cone biopsy", "ureteral stent placement"], "gyn_ebrt": ["EUA + biopsy", "TAH-BSO", "ureteral stent placement"],
    "head_neck": ["panendoscopy with biopsy", "neck dissection", "PEG placement", "dental extractions"],
    "breast": ["lumpectomy + SLNB", "mastectomy + ALND", "port placement"], "prostate": ["TRUS biopsy", "radical prostatectomy", "spacer placement"],
    "lung": ["EBUS", "CT-guided biopsy", "bronchoscopy"], "whole_brain": ["craniotomy", "stereotactic biopsy"], "srs": ["craniotomy", "EBUS"],
    "bone_mets": ["kyphoplasty", "IM nail of the femur", "CT-guided bone biopsy"], "palliative": ["EGD", "cystoscopy/TURBT", "bronchoscopy", "biopsy of the mass"],
    "rectum": ["diverting loop colostomy", "colonoscopy with biopsy", "port placement"], "esophagus": ["EGD with biopsy", "J-tube placement", "EUS"],
    "pancreas": ["ERCP with stent", "Whipple", "EUS-FNA"], "lymphoma": ["excisional node biopsy", "port placement", "bone marrow biopsy"],
    "skin": ["shave biopsy", "punch biopsy", "prior excision"], "peds": ["port placement", "biopsy under GA", "resection"],
}

STUDIES = {
    "gyn_brachy": ["MRI pelvis", "PET/CT", "CT abdomen/pelvis"], "gyn_ebrt": ["MRI pelvis", "PET/CT", "CT abdomen/pelvis"],
    "head_neck": ["CT neck", "PET/CT", "MRI neck"], "breast": ["breast MRI", "CT chest", "bone scan"], "prostate": ["MRI prostate", "bone scan", "CT A/P"],
    "lung": ["CT chest", "PET/CT", "MRI brain"], "whole_brain": ["MRI brain", "CT head"], "srs": ["MRI brain", "CT head"],
    "bone_mets": ["MRI spine", "bone scan", "CT C/A/P"], "palliative": ["CT chest/abdomen", "CT A/P", "MRI spine"],
    "rectum": ["MRI pelvis", "CT C/A/P", "PET/CT"], "esophagus": ["PET/CT", "CT chest/abdomen", "EUS"], "pancreas": ["CT pancreas protocol", "MRI abdomen", "PET/CT"],
    "lymphoma": ["PET/CT", "CT neck/chest"], "skin": ["CT face", "CT head"], "peds": ["MRI orbit", "MRI brain", "CT abdomen", "MRI spine"],
}

DOSES = {
    "gyn_brachy": ["7 Gy x4", "6 Gy x5", "8 Gy x3", "5.5 Gy x5"], "gyn_ebrt": ["45 Gy/25", "50.4 Gy/28", "45 Gy/25 + nodal boost to 55 Gy"],
    "head_neck": ["70 Gy/35", "66 Gy/33", "60 Gy/30", "63 Gy/28"], "breast": ["40.05 Gy/15", "50 Gy/25", "26 Gy/5"],
    "prostate": ["70 Gy/28", "78 Gy/39", "60 Gy/20", "45 Gy/25 + boost"], "lung": ["60 Gy/30", "50 Gy/5", "54 Gy/3"],
    "whole_brain": ["30 Gy/10", "20 Gy/5", "25 Gy/10"], "srs": ["20 Gy x1", "24 Gy x1", "27 Gy/3", "30 Gy/5"],
    "bone_mets": ["8 Gy x1", "20 Gy/5", "30 Gy/10"], "palliative": ["8 Gy x1", "20 Gy/5", "30 Gy/10", "14.8 Gy/4"],
    "rectum": ["50.4 Gy/28", "25 Gy/5"], "esophagus": ["50.4 Gy/28", "41.4 Gy/23"], "pancreas": ["50.4 Gy/28", "36 Gy/15", "33 Gy/5"],
    "lymphoma": ["30 Gy/15", "20 Gy/10", "36 Gy/20", "24 Gy/12"], "skin": ["40 Gy/10", "50 Gy/20", "35 Gy/5"],
    "peds": ["36 Gy/20", "50.4 Gy/28", "23.4 Gy/13 + boost", "41.4 Gy/23"],
}
