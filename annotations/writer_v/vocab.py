"""Writer V's department and site vocabularies (all invented).

Our Lady of the Ohio Valley Health, Regional Cancer Institute: two campuses on a Meditech Expanse-like EHR
with an ARIA-like oncology information system. Every name below is made up.
"""

from __future__ import annotations

SYSTEM = "Our Lady of the Ohio Valley Health"
CAMPUSES = (
    "St. Brendan Campus - Radiation Oncology (Marrowfield, OH)",
    "Holy Cross Riverside Campus - Radiation Oncology (New Castine, KY)",
)
CAMPUS_SHORT = ("St. Brendan", "Holy Cross Riverside")
PHYSICIANS = (
    "Margaret T. Oduya, MD",
    "Declan P. Varga, MD",
    "Rosalind Achterberg, DO",
    "Samuel K. Ibekwe, MD",
    "Theresa Lindqvist, MD",
    "Amos R. Feldkamp, MD",
    "Bernadette Szalai, MD",
)
APPS = (
    "Kaitlyn Morrow, PA-C",
    "Jerome Abernathy, PA-C",
    "Lucia Fennimore, APRN, CNP",
    "Grant Oyelaran, PA-C",
    "Danielle Ruschak, APRN-CNP",
)
THERAPISTS = ("B. Hollins, RT(T)", "C. Mbeki, RT(T)", "R. Vantassel, RT(T)", "J. Ostrowski, RT(T)", "T. Pruett, RT(T)")
PHYSICISTS = ("Anil Deshmukh, MS, DABR", "Colleen Hartigan, PhD", "Pavel Sorokin, MS")
DOSIMETRISTS = ("Whitney Gaule, CMD", "Marcus Tillery, CMD", "Ana Riquelme, CMD")
CODERS = ("Sister M. Agnes Kroll, CCS", "Tamara Eubanks, CPC", "Leon Whitacre, RHIT, CCS", "Priya Nandakumar, CCS-P")
NURSES = ("Holly Vance, RN", "Dominic Aguirre, RN, OCN", "Lorraine Petit, RN")
REFERRERS = (
    "Dr. Ferris (urology)",
    "Dr. Okafor (med onc)",
    "Dr. Blaylock (ENT)",
    "Dr. Huang (surgical onc)",
    "Dr. Castellanos (gyn onc)",
    "Dr. Pettibone (pulm)",
    "Dr. Amundsen (peds heme/onc)",
    "Dr. Rahimi (derm)",
)
PAYERS = (
    "Buckeye Mutual Medicare Advantage",
    "Tri-River Health Plan",
    "Commonwealth Care Alliance of KY",
    "Medicare Part B",
)
CT_UNITS = ("Philips Brilliance Big Bore", "GE Discovery RT", "Siemens SOMATOM go.Open Pro", "Canon Aquilion LB")
MONTHS = ("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12")

NUM_WORD = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V"}

# Each site: label, diagnoses, areas (norm value, surfaces, weight), allowed features, contrast routes,
# extra modalities, OARs, immobilisation, historical imaging (non-counting), alt-area weights.
SITES: dict[str, dict] = {
    "breast_nodes": {
        "label": "breast with nodes",
        "dx": [
            "left breast cancer, pT2N1a, s/p lumpectomy",
            "right breast IDC, ypT1cN1, s/p mastectomy",
            "left breast carcinoma, ER+/PR+/HER2-, s/p partial mastectomy and SLNB (2/3 +)",
        ],
        "areas": [
            ("left breast", ["left breast", "L breast", "left whole breast"], 1),
            ("left supraclavicular", ["left supraclavicular fossa", "L SCV", "left SCV region"], 1),
            ("left axilla", ["left axilla (levels I-III)", "L axilla", "left axillary nodes"], 1),
            ("left internal mammary", ["left internal mammary nodes", "L IMN", "left IMC chain"], 1),
        ],
        "features": ["arc_rotational", "complex_blocking"],
        "routes": [],
        "extra_mod": ["PET"],
        "oars": ["heart", "left anterior descending artery", "ipsilateral lung", "contralateral breast"],
        "immob": ["breast board with arms up", "Vac-Lok bag on a wing board", "breast board, 10 degree incline"],
        "hist": [
            "Diagnostic mammogram and ultrasound at outside facility showed a 2.1 cm mass",
            "Breast MRI with gadolinium in March demonstrated no contralateral disease",
            "Staging PET/CT 2 months ago: no distant disease",
        ],
    },
    "prostate": {
        "label": "prostate +/- pelvis",
        "dx": [
            "prostate adenocarcinoma, Gleason 4+4, PSA 18.2, cT2c",
            "unfavorable intermediate-risk prostate cancer",
            "rising PSA after radical prostatectomy (PSA 0.41)",
        ],
        "areas": [
            ("prostate", ["prostate gland", "prostate", "prostate (CTV_P)"], 1),
            ("pelvic lymph nodes", ["pelvic lymph nodes", "pelvic LN", "pelvic nodal volume"], 1),
            ("seminal vesicles", ["seminal vesicles", "SVs"], 1),
        ],
        "features": ["arc_rotational", "contrast"],
        "routes": ["bladder", "rectal", "urethrogram"],
        "extra_mod": ["MRI", "ultrasound"],
        "oars": ["rectum", "bladder", "femoral heads", "penile bulb", "small bowel"],
        "immob": ["knee and foot lock", "Vac-Lok lower body", "rectal spacer in place, knee sponge"],
        "hist": [
            "Prostate MRI at Marrowfield Imaging (PI-RADS 5) showed extracapsular extension",
            "Bone scan last month: negative",
            "PSMA PET 6 weeks ago showed no distant uptake",
        ],
    },
    "head_neck": {
        "label": "head and neck",
        "dx": [
            "SCC of the left base of tongue, p16+, cT2N1",
            "SCC of the larynx, supraglottic, T3N2b",
            "SCC of the right tonsil, T2N2a",
        ],
        "areas": [
            ("oropharynx", ["oropharyngeal primary", "primary tumor bed (oropharynx)", "oropharynx"], 1),
            ("bilateral neck", ["bilateral neck", "bilat neck", "both sides of the neck"], 2),
            ("larynx", ["larynx", "laryngeal primary"], 1),
        ],
        "features": ["arc_rotational", "contrast"],
        "routes": ["IV"],
        "extra_mod": ["PET", "MRI"],
        "oars": ["spinal cord", "parotid glands", "brainstem", "mandible", "larynx"],
        "immob": ["5-point thermoplastic mask with custom head rest", "Aquaplast mask and mouthpiece", "S-frame mask"],
        "hist": [
            "CT neck with IV contrast 3 weeks ago showed a 3.2 cm level II node",
            "Staging PET/CT at St. Brendan on the 4th: avid primary and ipsilateral nodes",
        ],
    },
    "lung_4dct": {
        "label": "lung with 4DCT",
        "dx": [
            "RUL NSCLC, stage IIIA",
            "left lower lobe adenocarcinoma, cT2aN2",
            "peripheral RLL nodule, biopsy-proven NSCLC",
        ],
        "areas": [
            ("right upper lobe", ["right upper lobe primary", "RUL primary", "right upper lobe tumor"], 1),
            ("mediastinum", ["mediastinal nodes", "mediastinum (stations 4R/7)", "mediastinal LN"], 1),
            ("right hilum", ["right hilum", "R hilar node"], 1),
        ],
        "features": ["arc_rotational", "contrast"],
        "routes": ["IV"],
        "extra_mod": ["PET"],
        "oars": ["esophagus", "spinal cord", "brachial plexus", "heart", "total lung"],
        "immob": ["Vac-Lok with arms up on wing board", "T-bar with arm rest", "abdominal compression belt"],
        "hist": [
            "CT chest with contrast in January showed a 4.1 cm spiculated mass",
            "PET/CT 02/14: SUV 11 in the primary",
            "Brain MRI with contrast: negative",
        ],
    },
    "whole_brain": {
        "label": "whole brain",
        "dx": [
            "multiple brain metastases from NSCLC (>10 lesions)",
            "leptomeningeal disease, breast primary",
            "innumerable brain metastases, melanoma",
        ],
        "areas": [("whole brain", ["whole brain", "entire brain", "WBRT volume"], 1)],
        "features": ["arc_rotational", "custom_shielding"],
        "routes": ["IV"],
        "extra_mod": ["MRI"],
        "oars": ["hippocampi", "lenses", "optic chiasm", "cochleae"],
        "immob": ["thermoplastic head mask", "3-point mask with head cup"],
        "hist": [
            "MRI brain with gadolinium 1 week ago demonstrated 14 enhancing lesions",
            "CT head without contrast in the ED showed vasogenic edema",
        ],
    },
    "srs": {
        "label": "SRS",
        "dx": [
            "brain metastases x3 from lung adenocarcinoma",
            "solitary brain metastasis, renal cell",
            "two cerebellar metastases, breast primary",
        ],
        "areas": [
            ("right frontal lesion", ["right frontal lesion", "R frontal met", "right frontal metastasis"], 1),
            ("left cerebellar lesion", ["left cerebellar lesion", "L cerebellar met"], 1),
            ("left parietal lesion", ["left parietal lesion", "L parietal met"], 1),
            ("right occipital lesion", ["right occipital lesion", "R occipital met"], 1),
        ],
        "features": ["arc_rotational", "contrast"],
        "routes": ["IV"],
        "extra_mod": ["MRI"],
        "oars": ["brainstem", "optic chiasm", "optic nerves"],
        "immob": ["SRS frameless mask", "Encompass-type SRS mask with bite block", "open-face SRS mask"],
        "hist": ["Outside MRI brain 2 months ago showed one lesion", "CT head 1/9 without contrast: no hemorrhage"],
    },
    "bone_mets": {
        "label": "multiple bone metastases",
        "dx": [
            "metastatic prostate cancer to bone",
            "multiple myeloma with painful lytic lesions",
            "metastatic breast cancer, osseous disease",
        ],
        "areas": [
            ("T10-L2 spine", ["T10-L2", "T10 through L2 vertebrae", "thoracolumbar spine T10-L2"], 1),
            ("left hip", ["left hip", "L proximal femur/hip", "left acetabulum"], 1),
            ("right humerus", ["right humerus", "R humerus", "right proximal humerus"], 1),
            ("sacrum", ["sacrum", "sacral lesion"], 1),
            ("left rib 6", ["left 6th rib", "L rib 6"], 1),
        ],
        "features": ["arc_rotational", "custom_shielding"],
        "routes": [],
        "extra_mod": ["MRI"],
        "oars": ["spinal cord", "kidneys", "bowel", "cauda equina"],
        "immob": ["Vac-Lok full body", "knee sponge and arms on chest", "foam head rest"],
        "hist": [
            "Bone scan 2 weeks ago: multiple sites of uptake",
            "MRI spine with contrast at outside hospital showed cord abutment",
        ],
    },
    "gyn_brachy": {
        "label": "GYN with brachytherapy applicators",
        "dx": ["cervical cancer, FIGO IIB", "endometrial adenocarcinoma, stage IB, s/p TAH/BSO", "cervix SCC, IIIC1"],
        "areas": [
            ("cervix", ["cervix", "cervical primary", "HR-CTV cervix"], 1),
            ("vaginal cuff", ["vaginal cuff", "vaginal apex"], 1),
            ("pelvic lymph nodes", ["pelvic lymph nodes", "pelvic LN"], 1),
        ],
        "features": ["brachytherapy", "contrast"],
        "routes": ["vaginal", "bladder"],
        "extra_mod": ["MRI", "ultrasound", "fluoroscopy"],
        "oars": ["bladder", "rectum", "sigmoid", "small bowel"],
        "immob": ["frog-leg position with stirrups", "knee sponge"],
        "hist": [
            "Pelvic MRI with contrast at diagnosis showed a 4.5 cm cervical mass",
            "PET/CT 3/3: avid cervix and left external iliac node",
        ],
    },
    "rectum": {
        "label": "rectum",
        "dx": ["rectal adenocarcinoma, cT3N1, 6 cm from anal verge", "low rectal cancer, uT3N0"],
        "areas": [
            ("rectum", ["rectal primary", "rectum/mesorectum", "rectum"], 1),
            ("pelvic lymph nodes", ["pelvic lymph nodes", "internal iliac/presacral nodes"], 1),
        ],
        "features": ["arc_rotational", "contrast"],
        "routes": ["rectal", "oral", "IV"],
        "extra_mod": ["MRI", "PET"],
        "oars": ["small bowel", "bladder", "femoral heads"],
        "immob": ["prone belly board", "Vac-Lok lower body"],
        "hist": [
            "Pelvic MRI (rectal protocol) with gadolinium showed mesorectal fascia involvement",
            "Colonoscopy 4/2 with biopsy",
            "CT abdomen/pelvis with IV and oral contrast: no liver mets",
        ],
    },
    "esophagus": {
        "label": "esophagus",
        "dx": ["distal esophageal adenocarcinoma, cT3N1", "GE junction adenocarcinoma, Siewert II"],
        "areas": [
            ("distal esophagus", ["distal esophagus/GEJ", "distal esophageal primary", "esophagus"], 1),
            ("celiac nodes", ["celiac nodes", "celiac axis LN"], 1),
            ("perigastric nodes", ["perigastric nodes", "perigastric LN"], 1),
        ],
        "features": ["arc_rotational", "contrast"],
        "routes": ["oral", "barium", "IV"],
        "extra_mod": ["PET"],
        "oars": ["heart", "lungs", "spinal cord", "liver", "kidneys"],
        "immob": ["Vac-Lok arms up", "wing board and knee sponge"],
        "hist": ["EGD/EUS 3 weeks ago: uT3N1", "PET/CT in February: avid distal esophagus"],
    },
    "pancreas": {
        "label": "pancreas",
        "dx": ["borderline resectable pancreatic head adenocarcinoma", "locally advanced pancreatic body cancer"],
        "areas": [
            ("pancreas", ["pancreatic head tumor", "pancreas primary", "pancreatic tumor"], 1),
            ("peripancreatic nodes", ["peripancreatic nodes", "regional nodes"], 1),
        ],
        "features": ["arc_rotational", "contrast"],
        "routes": ["IV", "oral"],
        "extra_mod": ["MRI", "PET"],
        "oars": ["duodenum", "stomach", "kidneys", "liver", "small bowel"],
        "immob": ["Vac-Lok arms up", "abdominal compression paddle"],
        "hist": ["Pancreas-protocol CT with IV contrast 5/1 showed SMV abutment", "CA 19-9 of 412"],
    },
    "lymphoma": {
        "label": "lymphoma",
        "dx": ["classic Hodgkin lymphoma, stage IIA, bulky mediastinum", "DLBCL, residual PET+ mass after R-CHOP"],
        "areas": [
            ("mediastinum", ["mediastinum", "mediastinal residual mass", "anterior mediastinum"], 1),
            ("bilateral neck", ["bilateral neck", "bilat cervical nodes", "bilateral cervical chains"], 2),
            ("left axilla", ["left axilla", "L axillary nodes"], 1),
        ],
        "features": ["arc_rotational", "contrast"],
        "routes": ["IV"],
        "extra_mod": ["PET"],
        "oars": ["heart", "lungs", "breasts", "thyroid"],
        "immob": ["Vac-Lok arms akimbo", "mask and shoulder pulls", "wing board"],
        "hist": ["Interim PET after 2 cycles: Deauville 4", "CT chest with contrast 12/2 showed a 9 cm mass"],
    },
    "skin_electron": {
        "label": "skin with electron cutouts",
        "dx": ["basal cell carcinoma of the nasal ala", "SCC of the scalp vertex", "SCC of the dorsal left hand"],
        "areas": [
            ("nasal ala", ["left nasal ala", "nasal ala lesion"], 1),
            ("scalp", ["scalp vertex lesion", "scalp"], 1),
            ("left hand", ["dorsal left hand", "left hand lesion"], 1),
        ],
        "features": ["custom_shielding"],
        "routes": [],
        "extra_mod": ["ultrasound"],
        "oars": ["eye", "lens", "nasal cartilage"],
        "immob": ["head rest and tape", "hand on foam block"],
        "hist": ["Punch biopsy by Dr. Rahimi showed SCC", "Outside photos from dermatology"],
    },
    "pediatric": {
        "label": "pediatric under anesthesia",
        "dx": [
            "medulloblastoma, standard risk (age 6)",
            "rhabdomyosarcoma of the orbit (age 4)",
            "Wilms tumor, stage III (age 3)",
        ],
        "areas": [
            ("posterior fossa", ["posterior fossa boost volume", "posterior fossa"], 1),
            ("whole brain", ["whole brain (cranial field)", "cranium"], 1),
            ("spine", ["spinal axis", "whole spine"], 1),
        ],
        "features": ["arc_rotational", "contrast", "custom_shielding"],
        "routes": ["IV"],
        "extra_mod": ["MRI"],
        "oars": ["cochleae", "hypothalamus", "lenses", "thyroid", "growth plates"],
        "immob": ["pediatric mask under anesthesia", "custom Vac-Lok under GA"],
        "hist": ["Post-op MRI brain and spine with gadolinium showed no residual", "CSF cytology negative"],
    },
    "palliative": {
        "label": "palliative",
        "dx": [
            "bleeding fungating chest wall mass",
            "obstructing left lung mass with hemoptysis",
            "painful pelvic mass, metastatic bladder cancer",
        ],
        "areas": [
            ("left chest wall", ["left chest wall mass", "L chest wall"], 1),
            ("left lung", ["left hilar/lung mass", "L lung mass"], 1),
            ("pelvis", ["pelvic mass", "pelvis"], 1),
            ("right adrenal", ["right adrenal met", "R adrenal"], 1),
        ],
        "features": ["custom_shielding", "complex_blocking"],
        "routes": [],
        "extra_mod": ["fluoroscopy"],
        "oars": ["spinal cord", "heart", "bowel"],
        "immob": ["foam wedge", "arms up on wing board", "supine with knee sponge"],
        "hist": ["CT chest with IV contrast last week showed progression", "Hospice discussion 2 days ago"],
    },
    "chest_wall_hyperthermia": {
        "label": "chest wall recurrence with hyperthermia",
        "dx": [
            "recurrent left chest wall breast cancer, previously irradiated 2019",
            "in-field chest wall recurrence after prior PMRT",
        ],
        "areas": [
            ("left chest wall", ["left chest wall recurrence", "L chest wall nodules"], 1),
            ("left supraclavicular", ["left supraclavicular fossa", "L SCV"], 1),
        ],
        "features": ["hyperthermia", "custom_shielding"],
        "routes": [],
        "extra_mod": ["ultrasound"],
        "oars": ["heart", "lung", "previously irradiated skin"],
        "immob": ["breast board", "Vac-Lok on incline"],
        "hist": [
            "Punch biopsy of chest wall nodule: recurrent IDC",
            "PET/CT 1 month ago: disease confined to chest wall",
        ],
    },
}
SITE_ORDER = tuple(SITES)
