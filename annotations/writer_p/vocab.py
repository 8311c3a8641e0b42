"""Writer P's invented department: VA Northern Plains Health Care System radiation oncology, and its sites.

Every name, place and identifier here is invented.
"""

from __future__ import annotations

from dataclasses import dataclass, field

FACILITY = [
    "VA Northern Plains Health Care System",
    "VA NORTHERN PLAINS HCS",
    "VANPHCS",
    "VA Northern Plains HCS - Ransom Falls VAMC",
]
DIVISIONS = ["RANSOM FALLS VAMC", "PEMBINA RIDGE CBOC", "SHEYENNE BEND CBOC", "CORVALLE VA CLINIC", "RANSOM FALLS"]
PARTNER = [
    "Red River Valley Cancer Partners",
    "Prairie Lakes Proton & Radiation Center",
    "Bois Hollow Regional Cancer Institute",
    "Tallgrass Oncology Associates",
]
TOWNS = ["Ransom Falls", "Pembina Ridge", "Sheyenne Bend", "Corvalle", "Hatton Crossing", "Mooreland", "Little Elk",
         "Drayburg", "Wahpeton Flats", "Kettle Lake"]

RESIDENTS = ["KOVAR,DANIEL J", "ABERNATHE,SUNITA R", "LINDQUIST-OYE,MARA T", "PELTONEN,JAKOB A", "OKONKWO,ADA N",
             "RAMBERG,TOBIAS E", "VILLANUEVA,CRUZ P", "HASKINS,ELODIE M"]
ATTENDINGS = ["HALVORSEN,INGRID M", "BRANDVOLD,PETER K", "TEWKSBURY,ALAN R", "NAKASHIMA-REED,JOY L",
              "DUBCEK,MARTIN F", "OYELARAN,FOLAKE B", "SKREDE,HARALD O"]
THERAPISTS = ["MOSBY,KRISTEN L", "GRUENWALD,TYLER S", "ST JOHN,RAVEN A", "FALLON,DREW P", "YELLOWHORSE,CARA M",
              "BJORNSON,LEAH K"]
NURSES = ["ELLINGBOE,PATRICIA J", "MWANGI,GRACE W", "THUNDERHAWK,JOLENE R", "KRAGNESS,AMY L", "DOMINGO,RUTH C"]
PHYSICISTS = ["ZELENKA,VIKTOR H", "ACHTERBERG,NORA E", "PRADHAN,SAMIR K"]
DOSIMETRISTS = ["HUOT,BRENNA D", "KASPRZAK,LUKE M", "OSTLIE,MEGAN R"]
PARTNER_MDS = ["Dr. Q. Vandersloot", "Dr. E. Marchetti-Hale", "Dr. R. Tollefsrud", "Dr. S. Abiodun"]
CLERKS = ["PETERSEN,DONNA M", "FAIRBANKS,COLE T", "GRAYEAGLE,SHAWNA L"]


@dataclass(frozen=True)
class Area:
    """A treatment area: the normalised value and its surfaces."""

    value: str
    surfaces: tuple[str, ...]


@dataclass(frozen=True)
class Site:
    """One disease site's vocabulary."""

    key: str
    dxs: tuple[str, ...]
    areas: tuple[Area, ...]
    oars: tuple[str, ...]
    feats: tuple[str, ...]
    mods: tuple[str, ...]
    immob: tuple[str, ...]
    position: tuple[str, ...]
    hist: tuple[str, ...]
    contrast: tuple[str, ...] = ()
    motion: bool = False
    unknown_ok: bool = False
    pool: bool = False
    extra: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _a(value: str, *surfaces: str) -> Area:
    return Area(value, surfaces or (value,))


SITES: dict[str, Site] = {}


def _add(site: Site) -> None:
    SITES[site.key] = site


_add(Site(
    "prostate",
    ("adenocarcinoma of the prostate, Gleason {g1}+{g2}={gs}, PSA {psa} ng/mL, cT{t}N0M0",
     "unfavorable intermediate risk prostate cancer (GS {g1}+{g2}, iPSA {psa})",
     "high-risk prostate adenocarcinoma, Grade Group {gg}, PSA {psa}"),
    (_a("prostate", "prostate", "prostate gland", "intact prostate"),
     _a("seminal vesicles", "seminal vesicles", "proximal seminal vesicles"),
     _a("pelvic nodes", "pelvic lymph nodes", "pelvic nodal volume", "elective pelvic nodes")),
    ("rectum", "bladder", "penile bulb", "femoral heads", "sigmoid colon", "small bowel"),
    ("arc_rotational", "contrast", "particle"),
    ("MRI", "ultrasound", "PET"),
    ("knee cushion and foot ring", "lower-body Vac-Lok", "Kneefix and Feetfix"),
    ("supine, arms on chest", "supine with hands clasped on chest"),
    ("MRI prostate {d} (PI-RADS 4 lesion, left peripheral zone)",
     "bone scan {d} negative for osseous disease",
     "PSMA PET {d} with no nodal or distant uptake",
     "CT abdomen/pelvis with IV contrast {d} without adenopathy"),
    contrast=("urethrogram", "bladder", "rectal"),
))
_add(Site(
    "breast",
    ("{lat} breast invasive ductal carcinoma, pT{t}N1a, ER+/PR+/HER2-, s/p lumpectomy and SLNB",
     "{lat} breast cancer, s/p partial mastectomy {d}, 2/14 nodes positive",
     "DCIS with microinvasion, {lat} breast, s/p re-excision"),
    (_a("{lat} breast", "{lat} breast", "whole {lat} breast", "{lat} breast/lumpectomy bed"),
     _a("{lat} supraclavicular", "{lat} supraclavicular fossa", "{lat} SCV", "{lat} supraclav nodes"),
     _a("{lat} axilla", "{lat} axilla", "{lat} axillary apex (level III)", "{lat} axillary nodes"),
     _a("{lat} internal mammary nodes", "{lat} internal mammary chain", "{lat} IMN")),
    ("heart", "LAD", "ipsilateral lung", "contralateral breast", "brachial plexus"),
    ("custom_shielding", "arc_rotational", "complex_blocking"),
    (),
    ("breast board at 10 degrees, arms up", "wing board with Vac-Lok", "breast board, both arms abducted"),
    ("supine, arms above head", "supine on incline board"),
    ("diagnostic mammogram {d} with 1.8 cm spiculated mass",
     "breast MRI with gadolinium {d} showing no contralateral disease",
     "CT chest {d} without distant metastases"),
))
_add(Site(
    "head_neck",
    ("squamous cell carcinoma of the {lat} base of tongue, p16 positive, cT2N1",
     "SCC of the {lat} tonsil, HPV-associated, T{t}N2",
     "supraglottic laryngeal SCC, T3N1, former 2 ppd smoker"),
    (_a("oropharynx", "oropharyngeal primary", "base of tongue primary", "primary tumor (oropharynx)"),
     _a("bilateral neck", "bilateral neck", "bilateral cervical nodes (levels II-IV)"),
     _a("{lat} retropharyngeal nodes", "{lat} retropharyngeal node")),
    ("parotid glands", "spinal cord", "brainstem", "mandible", "larynx", "oral cavity"),
    ("contrast", "arc_rotational", "custom_shielding", "particle"),
    ("PET", "MRI"),
    ("5-point thermoplastic mask with shoulder retraction", "custom bite block and 5-point mask",
     "Accuform headrest and long mask"),
    ("supine, neck extended", "supine, head neutral"),
    ("PET/CT {d} with FDG-avid {lat} level II node (SUV 9.4)",
     "CT neck with contrast {d} showing a 2.3 cm primary",
     "flexible laryngoscopy {d}"),
    contrast=("iv",),
))
_add(Site(
    "lung",
    ("non-small cell lung cancer, {lobe} adenocarcinoma, stage IIIA",
     "squamous cell carcinoma of the {lobe}, cT2bN2M0",
     "peripheral {lobe} NSCLC, 2.1 cm, medically inoperable (COPD, FEV1 38%)"),
    (_a("{lobe} primary", "{lobe} primary", "{lobe} mass", "{lobe} tumor"),
     _a("{side} hilum", "{side} hilar nodes", "{side} hilum"),
     _a("mediastinal nodes", "mediastinal nodes (4R/7)", "subcarinal and paratracheal nodes")),
    ("esophagus", "spinal cord", "heart", "brachial plexus", "contralateral lung", "proximal bronchial tree"),
    ("contrast", "arc_rotational"),
    ("PET",),
    ("wing board with Vac-Lok", "arms-up T-bar and knee sponge", "abdominal compression belt"),
    ("supine, arms up",),
    ("CT chest {d} with a spiculated {lobe} mass", "PET/CT {d}: SUV 11 primary, avid 4R node",
     "EBUS {d} station 7 positive", "MRI brain with gadolinium {d} negative"),
    contrast=("iv",),
    motion=True,
))
_add(Site(
    "whole_brain",
    ("metastatic small cell lung cancer to brain, innumerable lesions", "NSCLC with more than 12 brain metastases",
     "leptomeningeal spread from melanoma"),
    (_a("whole brain", "whole brain", "whole-brain volume", "cranium"),
     _a("C1-C2", "upper cervical spine (C1-C2)", "C1-C2 extension")),
    ("lenses", "hippocampi", "optic chiasm", "cochleae"),
    ("custom_shielding", "arc_rotational", "complex_blocking"),
    ("MRI",),
    ("3-point thermoplastic mask", "Type-S mask with neck rest"),
    ("supine, head neutral",),
    ("MRI brain with gadolinium {d} with innumerable enhancing lesions", "CT head {d} with vasogenic edema"),
    unknown_ok=False,
))
_add(Site(
    "srs",
    ("brain metastases ({n}) from NSCLC", "oligometastatic melanoma to brain, lesions: {n}",
     "renal cell carcinoma with intracranial metastases (count: {n})"),
    (_a("left frontal metastasis", "left frontal lesion", "L frontal met"),
     _a("right cerebellar metastasis", "right cerebellar lesion", "R cerebellar met"),
     _a("right parietal metastasis", "right parietal lesion", "R parietal met"),
     _a("left occipital metastasis", "left occipital lesion", "L occipital met"),
     _a("left temporal metastasis", "left temporal lesion", "L temporal met")),
    ("brainstem", "optic chiasm", "optic nerves", "cochlea", "motor strip"),
    ("arc_rotational", "contrast"),
    ("MRI",),
    ("frameless SRS mask", "Encompass-type SRS mask with bite plate", "open-face SRS mask"),
    ("supine, head neutral",),
    ("MRI brain with gadolinium {d}", "CT head without contrast {d}"),
    contrast=("iv",),
    unknown_ok=True,
    pool=True,
))
_add(Site(
    "bone_mets",
    ("metastatic prostate cancer to bone", "multiple myeloma with painful lytic lesions",
     "metastatic NSCLC with osseous metastases", "metastatic renal cell carcinoma to bone"),
    (_a("T10 vertebral body", "T10", "T10 vertebral body"),
     _a("left femur", "left proximal femur", "L femur"),
     _a("sacrum", "sacrum", "S1-S2"),
     _a("right humerus", "right humerus", "R proximal humerus"),
     _a("L3-L4", "L3-L4", "lumbar spine L3-L4"),
     _a("left acetabulum", "left acetabulum", "L acetabulum"),
     _a("right ribs", "right posterior ribs 7-9", "R ribs 7-9")),
    ("spinal cord", "kidneys", "small bowel", "esophagus", "bowel"),
    ("custom_shielding", "complex_blocking", "arc_rotational"),
    ("fluoroscopy", "MRI"),
    ("Vac-Lok", "knee sponge only", "full-body Vac-Lok"),
    ("supine", "supine, arms on chest"),
    ("bone scan {d} with multiple foci", "MRI spine with and without contrast {d}", "CT chest/abd/pelvis {d}"),
    unknown_ok=True,
    pool=True,
))
_add(Site(
    "cervix",
    ("squamous cell carcinoma of the cervix, FIGO IIB", "cervical adenocarcinoma, stage IIIC1",
     "cervical SCC, FIGO IIIC1r, HPV 16 positive"),
    (_a("cervix", "cervix", "cervix/uterus", "cervical primary"),
     _a("pelvic nodes", "pelvic lymph nodes", "pelvic nodal CTV"),
     _a("para-aortic nodes", "para-aortic nodes", "PA nodal chain")),
    ("bladder", "rectum", "sigmoid", "small bowel"),
    ("brachytherapy", "contrast", "arc_rotational", "hyperthermia"),
    ("MRI", "PET", "ultrasound", "fluoroscopy"),
    ("Vac-Lok with knee sponge", "lower-body Vac-Lok, arms on chest"),
    ("supine", "supine, frog-leg", "dorsal lithotomy"),
    ("MRI pelvis with gadolinium {d}: 4.8 cm cervical mass", "PET/CT {d} with avid left external iliac node",
     "exam under anesthesia {d}"),
    contrast=("vaginal", "bladder", "rectal"),
))
_add(Site(
    "rectum",
    ("rectal adenocarcinoma, 7 cm from anal verge, cT3N1", "locally advanced rectal cancer, mrT3c, CRM threatened",
     "low rectal adenocarcinoma, uT3N1"),
    (_a("rectum", "rectal primary/mesorectum", "mesorectum", "rectal tumor"),
     _a("presacral space", "presacral space", "presacral nodes"),
     _a("internal iliac nodes", "internal iliac nodes", "bilat internal iliac chains")),
    ("small bowel", "bladder", "femoral heads", "genitalia"),
    ("contrast", "arc_rotational"),
    ("MRI", "PET"),
    ("belly board, prone", "prone on bowel displacement board"),
    ("prone", "supine"),
    ("MRI pelvis {d} rectal protocol", "colonoscopy {d} with fungating mass", "CT A/P with IV contrast {d}"),
    contrast=("rectal", "oral", "iv"),
))
_add(Site(
    "esophagus",
    ("distal esophageal adenocarcinoma, uT3N1", "squamous cell carcinoma of the mid esophagus",
     "GE junction adenocarcinoma, Siewert I"),
    (_a("distal esophagus", "distal esophagus", "esophageal primary"),
     _a("celiac nodes", "celiac axis nodes", "celiac nodal station"),
     _a("paraesophageal nodes", "paraesophageal nodes", "periesophageal nodes"),
     _a("gastrohepatic nodes", "gastrohepatic ligament nodes")),
    ("heart", "lungs", "spinal cord", "liver", "kidneys"),
    ("contrast", "arc_rotational"),
    ("PET",),
    ("wing board, Vac-Lok", "arms-up wing board"),
    ("supine, arms up",),
    ("EGD {d} with 6 cm circumferential mass", "EUS {d}", "PET/CT {d} SUV 14"),
    contrast=("oral",),
    motion=True,
))
_add(Site(
    "pancreas",
    ("adenocarcinoma of the pancreatic head, borderline resectable", "locally advanced pancreatic cancer, SMA abutment",
     "pancreatic body adenocarcinoma, s/p FOLFIRINOX x 6"),
    (_a("pancreatic head", "pancreatic head mass", "pancreatic primary"),
     _a("peripancreatic nodes", "peripancreatic nodes", "regional nodes")),
    ("duodenum", "stomach", "small bowel", "kidneys", "liver", "spinal cord"),
    ("contrast", "arc_rotational"),
    ("MRI", "PET"),
    ("arms-up Vac-Lok", "wing board"),
    ("supine, arms up",),
    ("pancreas protocol CT {d}", "EUS with FNA {d}", "MRI abdomen {d}"),
    contrast=("iv", "oral"),
    motion=True,
))
_add(Site(
    "lymphoma",
    ("stage II classical Hodgkin lymphoma, s/p ABVD x 4", "DLBCL, s/p R-CHOP x 6, residual PET-avid disease",
     "follicular lymphoma grade 1-2, localized"),
    (_a("left neck", "left neck", "L cervical nodes"),
     _a("mediastinum", "mediastinum", "anterior mediastinal mass"),
     _a("right axilla", "right axilla", "R axillary nodes"),
     _a("spleen", "spleen"),
     _a("para-aortic nodes", "para-aortic nodes")),
    ("heart", "lungs", "breast tissue", "thyroid", "kidneys"),
    ("arc_rotational", "custom_shielding", "contrast"),
    ("PET",),
    ("thermoplastic head/shoulder mask", "wing board"),
    ("supine, arms up", "supine, arms akimbo"),
    ("PET/CT {d} Deauville 4", "CT neck/chest with IV contrast {d}", "bone marrow biopsy {d}"),
    contrast=("iv",),
    unknown_ok=True,
    pool=True,
))
_add(Site(
    "skin",
    ("basal cell carcinoma of the {lat} nasal ala", "cutaneous SCC of the {lat} scalp, 3.1 cm",
     "Merkel cell carcinoma, {lat} cheek, s/p excision"),
    (_a("{lat} nasal ala", "{lat} nasal ala", "{lat} ala of nose"),
     _a("{lat} scalp", "{lat} vertex scalp", "{lat} parietal scalp"),
     _a("{lat} cheek", "{lat} cheek", "{lat} malar cheek"),
     _a("{lat} preauricular nodes", "{lat} preauricular nodes")),
    ("lens", "eye", "cornea", "nasal mucosa", "brain"),
    ("custom_shielding",),
    (),
    ("head rest and tape", "thermoplastic mask"),
    ("supine", "supine, head turned"),
    ("biopsy {d} SCC moderately differentiated", "Mohs {d} with positive deep margin"),
))
_add(Site(
    "sarcoma",
    ("high-grade undifferentiated pleomorphic sarcoma of the {lat} thigh", "myxoid liposarcoma, {lat} thigh, 11 cm",
     "leiomyosarcoma of the {lat} buttock"),
    (_a("{lat} thigh", "{lat} thigh", "{lat} posterior thigh compartment"),
     _a("{lat} inguinal nodes", "{lat} inguinal nodes")),
    ("femur", "genitalia", "uninvolved skin strip", "femoral neurovascular bundle"),
    ("contrast", "arc_rotational", "hyperthermia", "custom_shielding"),
    ("MRI", "PET"),
    ("custom Vac-Lok leg mold", "frog-leg with Vac-Lok"),
    ("supine, leg externally rotated", "prone"),
    ("MRI {lat} thigh with gadolinium {d}", "CT chest {d} without nodules", "core biopsy {d}"),
    contrast=("iv",),
))
_add(Site(
    "bladder",
    ("muscle-invasive urothelial carcinoma of the bladder, cT2N0", "bladder cancer, trimodality approach after TURBT",
     "high-grade urothelial carcinoma, not a cystectomy candidate"),
    (_a("bladder", "bladder", "whole bladder"),
     _a("pelvic nodes", "pelvic nodes", "pelvic lymph nodes"),
     _a("tumor bed boost", "bladder tumor bed boost")),
    ("rectum", "small bowel", "femoral heads"),
    ("contrast", "arc_rotational"),
    ("ultrasound", "MRI"),
    ("knee sponge", "lower Vac-Lok"),
    ("supine",),
    ("TURBT {d}", "CT urogram {d}", "MRI pelvis {d}"),
    contrast=("bladder",),
))
_add(Site(
    "anal",
    ("squamous cell carcinoma of the anal canal, T2N1a", "anal SCC, 4 cm, HIV negative", "perianal SCC, T3N0"),
    (_a("anal canal", "anal canal primary", "anal tumor"),
     _a("bilateral inguinal nodes", "bilateral inguinal nodes", "bilateral groins"),
     _a("pelvic nodes", "pelvic nodes", "mesorectal and iliac nodes")),
    ("genitalia", "femoral heads", "small bowel", "bladder", "iliac crests"),
    ("contrast", "arc_rotational"),
    ("PET", "MRI"),
    ("frog-leg Vac-Lok", "knee sponge, frog-leg"),
    ("supine, frog-leg",),
    ("PET/CT {d} with avid left inguinal node", "MRI pelvis {d}", "anoscopy {d}"),
    contrast=("rectal", "iv"),
))
_add(Site(
    "spine_sbrt",
    ("oligometastatic renal cell carcinoma, {lvl} lesion", "solitary {lvl} metastasis from NSCLC",
     "{lvl} spinal metastasis, no epidural compression"),
    (_a("{lvl} vertebral body", "{lvl} vertebral body", "{lvl} lesion"),
     _a("{lvl2} vertebral body", "{lvl2} vertebral body")),
    ("spinal cord", "cauda equina", "esophagus", "thecal sac"),
    ("arc_rotational", "contrast"),
    ("MRI",),
    ("BodyFIX full-body vacuum cushion", "long Vac-Lok with arm support"),
    ("supine, arms on chest",),
    ("MRI total spine with gadolinium {d}", "PET/CT {d}"),
    contrast=("myelogram",),
))
_add(Site(
    "liver",
    ("hepatocellular carcinoma, segment {seg}, 3.2 cm, Child-Pugh A", "colorectal liver metastasis, segment {seg}",
     "HCC after two TACE sessions, residual segment {seg} disease"),
    (_a("liver segment {seg} lesion", "segment {seg} lesion", "segment {seg} hepatic lesion"),
     _a("liver segment {seg2} lesion", "segment {seg2} lesion")),
    ("duodenum", "stomach", "uninvolved liver", "right kidney", "chest wall"),
    ("contrast", "arc_rotational", "particle"),
    ("MRI",),
    ("BodyFIX with abdominal compression", "Vac-Lok, arms up"),
    ("supine, arms up",),
    ("MRI liver with Eovist {d}", "triple-phase CT {d}", "AFP {d} 412"),
    contrast=("iv",),
    motion=True,
))
_add(Site(
    "palliative",
    ("metastatic NSCLC with hemoptysis", "bleeding bladder tumor, hematuria requiring transfusion",
     "painful chest wall mass from metastatic sarcoma", "obstructing {side} mainstem mass"),
    (_a("{side} hilar mass", "{side} hilar mass", "{side} hilum"),
     _a("{side} chest wall mass", "{side} chest wall mass"),
     _a("left adrenal metastasis", "left adrenal metastasis", "L adrenal met"),
     _a("pelvic mass", "pelvic mass")),
    ("spinal cord", "esophagus", "kidneys", "heart"),
    ("custom_shielding", "complex_blocking", "arc_rotational"),
    ("fluoroscopy",),
    ("Vac-Lok", "wing board"),
    ("supine",),
    ("CT chest {d} with enlarging mass", "bronchoscopy {d}"),
    unknown_ok=True,
    pool=True,
))
_add(Site(
    "gyn_brachy",
    ("cervical SCC, FIGO IIB, completed EBRT 45 Gy", "cervical cancer stage IIIB, HDR boost phase",
     "endometrial adenocarcinoma s/p TAH/BSO, vaginal cuff brachytherapy"),
    (_a("cervix", "cervix", "cervical HR-CTV"),
     _a("vaginal cuff", "vaginal cuff", "upper vagina")),
    ("bladder", "rectum", "sigmoid", "small bowel"),
    ("brachytherapy",),
    ("ultrasound", "fluoroscopy", "MRI"),
    ("lithotomy stirrups", "leg holders"),
    ("dorsal lithotomy",),
    ("MRI pelvis {d} after EBRT", "PET/CT {d}"),
))
SITE_LABELS = {
    "prostate": "prostate", "breast": "breast with nodes", "head_neck": "head and neck", "lung": "lung",
    "whole_brain": "whole brain", "srs": "SRS", "bone_mets": "bone metastases", "cervix": "cervix/GYN EBRT",
    "rectum": "rectum", "esophagus": "esophagus", "pancreas": "pancreas", "lymphoma": "lymphoma",
    "skin": "skin electrons", "sarcoma": "sarcoma", "bladder": "bladder", "anal": "anal canal",
    "spine_sbrt": "spine SBRT", "liver": "liver SBRT", "palliative": "palliative", "gyn_brachy": "GYN brachytherapy",
}
