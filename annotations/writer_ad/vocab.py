"""Writer AD's invented department: people, places, sites (all names and identifiers are made up)."""

from __future__ import annotations

CENTRE = "Tamsin Falls Cancer Center"
CENTRE_SHORT = "TFCC"
HOSPITAL = "Okonee Valley Medical Center"
COUNTY = "Okonee County"
OTHER_CENTRE = "Lakemont University Hospital"

PHYSICIANS = [
    ("Priya", "Vantongeren"),
    ("Marcus", "Ebbeling"),
    ("Renata", "Szalai"),
    ("Obi", "Castellanos-Fry"),
    ("Harold", "Quistgaard"),
]
PA = ("Joelle", "Marchetti")
PHYSICIST = ("Dmitri", "Aalto")
DOSIMETRISTS = [("Kasey", "Lindqvist"), ("Ravi", "Okafor-Wynn")]
NURSES = [("Bernadette", "Oyelaran"), ("Tomas", "Hult"), ("Mireille", "Dancy")]
THERAPISTS = [("Lacey", "Penhallow"), ("Gideon", "Mbeki-Ross"), ("Starla", "Vong")]
REFERRERS = [
    "Dr. Annika Thorsby",
    "Dr. Felipe Ugwu",
    "Dr. Carol Mendenhall-Ito",
    "Dr. Rajan Pellegrino",
    "Dr. Wendy Castellucci",
    "Dr. Bram Oduya",
]
SCANNERS = ["Siemens go.Open Pro CT sim", "the big-bore CT simulator", "GE Discovery RT", "CT sim room 2"]

# Each site: label, diagnoses, area options (value, surface), oars, features possible, contrast routes,
# extra modalities possible, motion (4DCT), immobilisation, historical imaging lines.
SITES: dict[str, dict] = {
    "breast_nodes": dict(
        label="breast with nodes",
        dx=[
            "{side} breast invasive ductal carcinoma, pT2 N1a, s/p lumpectomy",
            "{side} breast cancer, ER+/PR+/HER2-, pT1c N1, status post partial mastectomy and SLNB",
            "{side} breast IDC s/p mastectomy and ALND, 4/14 nodes positive",
            "triple negative {side} breast cancer post neoadjuvant chemo and lumpectomy, ypN1",
        ],
        areas=[
            ("breast", ["{side} breast", "{side} whole breast", "the {side} breast"]),
            ("supraclavicular nodes", ["{side} supraclavicular fossa", "{side} SCV", "supraclav region"]),
            ("axilla", ["{side} axilla", "axillary level 1-2", "{side} axillary apex"]),
            ("internal mammary nodes", ["internal mammary nodes", "IMN chain", "{side} IM nodes"]),
        ],
        oars=["heart", "LAD", "{side} lung", "contralateral breast", "brachial plexus"],
        features=["arc_rotational", "complex_blocking"],
        routes=[],
        extra=["MRI"],
        motion=False,
        immob=["breast board, arms up", "wing board with both arms overhead", "Vac-Lok under the upper body"],
        hist=[
            "mammogram {d1} showed a {n} cm spiculated mass",
            "breast MRI with gadolinium {d1} showed no other lesions",
            "staging PET/CT {d2} negative for distant disease",
        ],
    ),
    "prostate_pelvis": dict(
        label="prostate +/- pelvis",
        dx=[
            "unfavorable intermediate risk prostate adenocarcinoma, Gleason 4+3, PSA 11.2",
            "high risk prostate cancer, Gleason 4+5, cT3a, PSA 23",
            "biochemical recurrence after prostatectomy, PSA 0.41 and rising",
            "prostate adenocarcinoma GG3 with one suspicious pelvic node on PSMA PET",
        ],
        areas=[
            ("prostate", ["prostate", "prostate and proximal seminal vesicles", "prostate bed"]),
            ("pelvic nodes", ["pelvic lymph nodes", "pelvic nodal volume", "bilateral pelvic nodes"]),
            ("para-aortic nodes", ["low para-aortic nodes", "para-aortic chain up to L2"]),
        ],
        oars=["rectum", "bladder", "small bowel", "femoral heads", "penile bulb"],
        features=["arc_rotational", "contrast"],
        routes=["urethrogram", "bladder", "rectal"],
        extra=["MRI", "ultrasound", "PET"],
        motion=False,
        immob=["supine with knee sponge and feet in a foot holder", "supine, Vac-Lok legs, full bladder protocol"],
        hist=[
            "prostate MRI {d1} showed a PI-RADS 5 lesion at the left base",
            "PSMA PET {d2} showed uptake in one left external iliac node",
            "bone scan {d2} negative",
        ],
    ),
    "head_neck": dict(
        label="head and neck",
        dx=[
            "p16 positive squamous cell carcinoma of the {side} tonsil, T2 N1",
            "SCC of the {side} oral tongue s/p partial glossectomy and neck dissection, close margin",
            "supraglottic larynx SCC, T3 N2c",
            "nasopharyngeal carcinoma, WHO type III",
        ],
        areas=[
            ("oropharynx", ["{side} tonsil primary", "oropharynx primary", "primary site"]),
            ("bilateral neck", ["bilateral neck", "both sides of the neck", "bilateral cervical nodes"]),
            ("left neck", ["left neck"]),
            ("right neck", ["right neck"]),
        ],
        oars=["spinal cord", "parotids", "brainstem", "mandible", "larynx", "optic chiasm"],
        features=["arc_rotational", "contrast"],
        routes=["IV"],
        extra=["MRI", "PET"],
        motion=False,
        immob=[
            "5-point thermoplastic mask with shoulder pull",
            "custom head and shoulder mask",
            "aquaplast mask with bite block",
        ],
        hist=[
            "CT neck with IV contrast {d1} showed a {n} cm necrotic level II node",
            "PET/CT {d2} showed FDG avid primary",
            "MRI neck {d1} with gadolinium",
        ],
    ),
    "lung_4dct": dict(
        label="lung with 4DCT",
        dx=[
            "stage IIIA NSCLC, adenocarcinoma of the {side} upper lobe",
            "{side} lower lobe squamous cell carcinoma, T2a N2",
            "early stage {side} upper lobe NSCLC, medically inoperable, COPD",
            "small cell lung cancer, limited stage",
        ],
        areas=[
            ("lung primary", ["{side} upper lobe primary", "{side} lung tumor", "primary lung mass"]),
            ("mediastinal nodes", ["mediastinal nodes", "subcarinal and paratracheal nodes", "mediastinum"]),
            ("hilar nodes", ["{side} hilum", "{side} hilar nodes"]),
        ],
        oars=["esophagus", "spinal cord", "heart", "brachial plexus", "contralateral lung"],
        features=["arc_rotational", "contrast"],
        routes=["IV"],
        extra=["PET"],
        motion=True,
        immob=["supine arms up on a wingboard with Vac-Lok", "supine on T-bar with knee sponge"],
        hist=[
            "CT chest with contrast {d1} showed a {n} cm spiculated mass",
            "PET/CT {d2} SUV 14",
            "MRI brain {d2} negative",
        ],
    ),
    "whole_brain": dict(
        label="whole brain",
        dx=[
            "multiple brain metastases from NSCLC, more than ten lesions",
            "leptomeningeal disease from breast cancer",
            "brain metastases from melanoma with progression after SRS",
            "small cell lung cancer, PCI",
        ],
        areas=[
            ("whole brain", ["whole brain", "entire brain", "whole brain to C2"]),
            ("cervical spine", ["C-spine", "upper cervical spine"]),
            ("thoracic spine", ["T-spine lesion at T6", "thoracic spine"]),
        ],
        oars=["lenses", "hippocampi", "cochleae", "optic nerves"],
        features=["complex_blocking", "custom_shielding", "arc_rotational"],
        routes=["IV"],
        extra=["MRI"],
        motion=False,
        immob=["short thermoplastic mask", "head mask with neck rest C"],
        hist=["MRI brain with and without contrast {d1} showed {n} enhancing lesions", "CT head {d2} without contrast"],
    ),
    "srs": dict(
        label="SRS",
        dx=[
            "brain metastases x3 from lung adenocarcinoma",
            "solitary brain metastasis, melanoma",
            "resected {side} frontal metastasis, cavity SRS",
            "oligometastatic breast cancer to the brain, 2 lesions",
        ],
        areas=[
            ("left frontal metastasis", ["left frontal lesion", "L frontal met"]),
            ("right cerebellar metastasis", ["right cerebellar lesion", "R cerebellar met"]),
            ("right parietal metastasis", ["right parietal lesion", "R parietal met"]),
            ("left occipital metastasis", ["left occipital lesion"]),
        ],
        oars=["brainstem", "optic chiasm", "cochlea", "motor strip"],
        features=["arc_rotational", "contrast"],
        routes=["IV"],
        extra=["MRI"],
        motion=False,
        immob=["frameless SRS mask", "Encompass SRS mask", "open face SRS mask"],
        hist=["MRI brain {d1} with gadolinium", "CT head {d2} showed vasogenic edema"],
    ),
    "bone_mets": dict(
        label="multiple bone metastases",
        dx=[
            "metastatic prostate cancer with painful bone mets",
            "metastatic renal cell carcinoma to bone",
            "multiple myeloma with lytic lesions",
            "metastatic breast cancer, painful osseous disease",
        ],
        areas=[
            ("L3 vertebra", ["L3", "L3 vertebral body"]),
            ("right femur", ["right proximal femur", "R femur"]),
            ("left humerus", ["left humerus", "L humeral shaft"]),
            ("T10 vertebra", ["T10", "T10 vertebral body"]),
            ("right iliac bone", ["right iliac wing", "R ilium"]),
        ],
        oars=["spinal cord", "kidneys", "bowel", "cauda equina"],
        features=["custom_shielding", "complex_blocking", "arc_rotational"],
        routes=[],
        extra=["MRI"],
        motion=False,
        immob=["supine on Vac-Lok", "supine, arms on chest, knee bolster", "supine in a full-body Vac-Lok"],
        hist=["bone scan {d1} showed multiple foci", "MRI spine {d2} showed no epidural disease"],
    ),
    "gyn_brachy": dict(
        label="GYN with brachytherapy applicators",
        dx=[
            "cervical cancer FIGO IIB, squamous",
            "stage IB3 cervical adenocarcinoma",
            "endometrial cancer stage IA grade 3 s/p TAH/BSO",
            "FIGO IIIC1 cervical cancer",
        ],
        areas=[
            ("cervix", ["cervix", "cervix and uterus", "vaginal cuff"]),
            ("pelvic nodes", ["pelvic nodes", "pelvic nodal volume"]),
            ("para-aortic nodes", ["para-aortic nodes", "PA nodes"]),
        ],
        oars=["bladder", "rectum", "sigmoid", "small bowel"],
        features=["brachytherapy", "contrast", "arc_rotational"],
        routes=["vaginal", "IV", "bladder"],
        extra=["MRI", "ultrasound", "fluoroscopy", "PET"],
        motion=False,
        immob=["supine in stirrups", "supine with Vac-Lok legs", "supine, legs frogged"],
        hist=["pelvic MRI {d1} showed a {n} cm cervical mass", "PET/CT {d2} showed avid pelvic nodes"],
    ),
    "rectum": dict(
        label="rectum",
        dx=[
            "rectal adenocarcinoma T3 N1, 6 cm from anal verge",
            "locally advanced rectal cancer, TNT protocol",
            "recurrent rectal cancer after prior pelvic RT",
        ],
        areas=[
            ("rectum", ["rectum and mesorectum", "rectal primary"]),
            ("pelvic nodes", ["pelvic nodes", "internal iliac nodes"]),
            ("inguinal nodes", ["inguinal nodes", "bilateral inguinal nodes"]),
        ],
        oars=["small bowel", "bladder", "femoral heads"],
        features=["contrast", "arc_rotational"],
        routes=["rectal", "oral", "IV"],
        extra=["MRI", "PET"],
        motion=False,
        immob=["prone on a belly board", "supine with knee and foot rest"],
        hist=["pelvic MRI {d1} showed mesorectal fascia threatened", "CT abdomen pelvis with contrast {d2}"],
    ),
    "esophagus": dict(
        label="esophagus",
        dx=["distal esophageal adenocarcinoma, GE junction, T3 N1", "mid esophageal squamous cell carcinoma"],
        areas=[
            ("esophagus", ["distal esophagus", "esophageal primary"]),
            ("celiac nodes", ["celiac nodes", "celiac axis nodes"]),
            ("supraclavicular nodes", ["supraclavicular nodes"]),
        ],
        oars=["heart", "lungs", "spinal cord", "stomach"],
        features=["contrast", "arc_rotational"],
        routes=["oral", "IV"],
        extra=["PET"],
        motion=True,
        immob=["supine arms up on wing board", "Vac-Lok, arms up"],
        hist=[
            "EGD {d1} showed a circumferential mass at 34-40 cm",
            "PET/CT {d2} showed avid distal esophagus and a celiac node",
        ],
    ),
    "pancreas": dict(
        label="pancreas",
        dx=[
            "borderline resectable pancreatic head adenocarcinoma",
            "locally advanced pancreatic cancer after FOLFIRINOX",
        ],
        areas=[
            ("pancreas", ["pancreatic head", "pancreas mass"]),
            ("regional nodes", ["peripancreatic nodes", "regional nodes"]),
        ],
        oars=["duodenum", "stomach", "kidneys", "small bowel", "liver"],
        features=["contrast", "arc_rotational"],
        routes=["IV", "oral"],
        extra=["MRI", "PET"],
        motion=True,
        immob=["supine arms up, Vac-Lok", "wing board and knee sponge"],
        hist=["pancreas protocol CT {d1} showed SMV abutment", "MRI abdomen {d2} with gadolinium"],
    ),
    "lymphoma": dict(
        label="lymphoma",
        dx=[
            "Hodgkin lymphoma stage IIA after ABVD x4",
            "DLBCL with residual mediastinal mass after R-CHOP",
            "follicular lymphoma, stage I {side} neck",
        ],
        areas=[
            ("mediastinum", ["mediastinum", "mediastinal mass"]),
            ("left neck", ["left neck", "left cervical nodes"]),
            ("right axilla", ["right axilla", "R axillary nodes"]),
            ("right neck", ["right neck"]),
        ],
        oars=["heart", "lungs", "breasts", "thyroid"],
        features=["arc_rotational", "complex_blocking", "contrast"],
        routes=["IV"],
        extra=["PET"],
        motion=True,
        immob=["supine arms akimbo, Vac-Lok", "mask and Vac-Lok"],
        hist=["PET/CT {d1} Deauville 4", "CT chest with contrast {d2}"],
    ),
    "skin_electron": dict(
        label="skin with electron cutouts",
        dx=[
            "basal cell carcinoma of the {side} nasal ala",
            "squamous cell carcinoma of the scalp vertex",
            "Merkel cell carcinoma of the {side} cheek",
            "SCC of the {side} dorsal hand",
        ],
        areas=[
            ("nasal ala", ["{side} nasal ala", "nasal lesion"]),
            ("scalp", ["scalp lesion", "vertex scalp"]),
            ("cheek", ["{side} cheek", "cheek lesion"]),
            ("ear", ["{side} ear helix"]),
        ],
        oars=["eye", "lens", "cartilage", "lacrimal gland"],
        features=["custom_shielding"],
        routes=[],
        extra=[],
        motion=False,
        immob=["head on a headrest with tape", "supine, head turned and taped"],
        hist=["biopsy {d1} showed infiltrative BCC", "CT face {d2} no bone invasion"],
    ),
    "peds_anesthesia": dict(
        label="pediatric under anesthesia",
        dx=[
            "Wilms tumor, favorable histology, stage III",
            "rhabdomyosarcoma of the {side} orbit",
            "medulloblastoma, standard risk",
            "Ewing sarcoma of the {side} rib",
        ],
        areas=[
            ("flank", ["{side} flank", "tumor bed"]),
            ("whole brain", ["whole brain", "brain"]),
            ("spine", ["spine", "spinal canal"]),
            ("orbit", ["{side} orbit"]),
        ],
        oars=["kidney", "lens", "cochlea", "growth plates", "liver"],
        features=["arc_rotational", "contrast"],
        routes=["IV"],
        extra=["MRI"],
        motion=False,
        immob=["under general anesthesia with a custom mask", "propofol sedation, Vac-Lok cradle"],
        hist=["MRI {d1} with gadolinium under sedation", "CT chest {d2} no mets"],
    ),
    "palliative": dict(
        label="palliative",
        dx=[
            "metastatic NSCLC with a painful {side} chest wall mass",
            "bleeding bladder cancer, not a surgical candidate",
            "obstructing {side} mainstem bronchus lesion, metastatic",
            "fungating {side} axillary mass, metastatic melanoma",
        ],
        areas=[
            ("chest wall", ["{side} chest wall", "chest wall mass"]),
            ("T8 vertebra", ["T8", "T8 vertebral body"]),
            ("right hip", ["right hip", "right acetabulum"]),
            ("bladder", ["bladder"]),
            ("axilla", ["{side} axilla"]),
        ],
        oars=["spinal cord", "lung", "bowel", "skin"],
        features=["custom_shielding", "complex_blocking", "arc_rotational"],
        routes=[],
        extra=["fluoroscopy"],
        motion=False,
        immob=["supine on a wedge", "supine with Vac-Lok", "supine, arms up as tolerated"],
        hist=["CT chest with IV contrast {d1} showed a {n} cm mass", "bone scan {d2}"],
    ),
}
SITE_ORDER = list(SITES)
