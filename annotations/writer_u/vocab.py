"""Cedar Basin Radiation Specialists: people, centres and the disease sites writer U draws from."""

from __future__ import annotations

from dataclasses import dataclass, field

PRACTICE = "Cedar Basin Radiation Specialists"
CENTRES = [
    "Alder Falls Cancer Pavilion",
    "Juniper Mesa Radiation Center",
    "Halcott Crossing Center",
    "Stillwater Ridge Oncology Suite",
]
PHYSICIANS = [
    "Imogen Radcliffe-Soto, MD",
    "Tobias Wendl, MD",
    "Priya Nandakumar, MD",
    "Caleb Oyelaran, DO",
    "Mireille Dufresne-Akers, MD",
    "Anselm Greaves, MD",
]
THERAPISTS = [
    "R. Castellano, RT(T)",
    "J. Whitlock, RT(T)",
    "D. Amadi, RT(T)",
    "S. Ferreira-Lund, RT(T)",
    "B. Yazzie, RT(T)",
    "T. Marchetti, RT(T)",
]
PHYSICISTS = ["H. Lindqvist, MS, DABR", "S. Pereira-Kim, PhD", "N. Abernathy, MS"]
DOSIMETRISTS = ["K. Tran, CMD", "E. Volkova, CMD", "P. Osei, CMD"]
NURSES = ["L. Okafor, RN", "M. Brandt, RN, OCN", "G. Villaseñor, RN", "A. Pruitt, LPN"]
REFERRERS = {
    "uro": [
        "Dr. Harlan Fenwick (Urology Associates of Cedar Basin)",
        "Dr. Oona Kessler, urology",
        "Dr. Rafe Montoya-Bell, Basin Urologic Surgery",
    ],
    "medonc": [
        "Dr. Selin Alvarez-Moon (Basin Hematology/Oncology)",
        "Dr. Wendell Sato, medical oncology",
        "Dr. Yara Quist, heme/onc",
    ],
    "ent": ["Dr. Corbin Hutchins, ENT", "Dr. Pilar Esquivel, head and neck surgery"],
    "colorectal": ["Dr. Emeric Tamm, colorectal surgery", "Dr. Lucia Brandvold, surgical oncology"],
    "breast": ["Dr. Nadia Pelletier, breast surgery", "Dr. Lucia Brandvold, surgical oncology"],
    "gyn": ["Dr. Ivo Rasmussen, gynecologic oncology", "Dr. Hazel Ward-Kimani, gyn onc"],
    "derm": ["Dr. Marguerite Obi, dermatology/Mohs", "Dr. Teodor Lisk, dermatology"],
    "surg": [
        "Dr. Corbin Hutchins, ENT",
        "Dr. Lucia Brandvold, surgical oncology",
        "Dr. Emeric Tamm, colorectal surgery",
        "Dr. Nadia Pelletier, breast surgery",
        "Dr. Ivo Rasmussen, gynecologic oncology",
        "Dr. Marguerite Obi, dermatology/Mohs",
    ],
}
PAYERS = [
    "Basin Mutual Health",
    "Cascade Peak Medicare Advantage",
    "TriState Benefit Partners",
    "Evergold Health Plan",
    "Northfield Care HMO",
]
TRANSCRIBERS = ["TransVox Medical", "Quillpoint Transcription", "ClearDict Services"]


@dataclass(frozen=True)
class Site:
    """One disease site: labels, areas, OARs and which features and modalities it can carry."""

    key: str
    label: str
    dx: list[str]
    primaries: list[tuple[str, list[str]]]
    secondaries: list[tuple[str, list[str]]]
    oars: list[str]
    features: list[str]
    routes: list[str] = field(default_factory=list)
    extra_mods: list[str] = field(default_factory=list)
    immob: list[str] = field(default_factory=list)
    history: list[str] = field(default_factory=list)
    fourdct: bool = False
    referrer: str = "medonc"
    vague: list[str] = field(default_factory=list)
    multi_primary: bool = False


SITES: dict[str, Site] = {}


def _add(site: Site) -> None:
    SITES[site.key] = site


_add(
    Site(
        "prostate",
        "prostate +/- pelvic nodes",
        [
            "adenocarcinoma of the prostate, Gleason 4+3=7, PSA {psa}",
            "unfavorable intermediate-risk prostate cancer, PSA {psa}",
            "high-risk prostate adenocarcinoma (cT3a, Gleason 4+4), PSA {psa}",
            "biochemical recurrence after prostatectomy, PSA {psa}",
        ],
        [
            ("prostate", ["prostate", "prostate gland", "intact prostate"]),
            ("prostate bed", ["prostate bed", "prostatic fossa"]),
        ],
        [
            ("seminal vesicles", ["seminal vesicles", "proximal seminal vesicles"]),
            ("pelvic nodes", ["pelvic lymph nodes", "pelvic nodal basins", "elective pelvic nodes"]),
        ],
        ["rectum", "bladder", "femoral heads", "penile bulb", "small bowel", "sigmoid"],
        ["arc_rotational", "contrast", "complex_blocking"],
        ["urethrogram", "bladder"],
        ["MRI", "PET"],
        ["knee sponge and ankle stocks", "custom Vac-Lok under the legs", "indexed knee and foot rest"],
        [
            "MRI prostate {date} showed a PI-RADS 5 lesion in the left peripheral zone",
            "PSMA PET {date} showed uptake confined to the prostate",
            "bone scan {date} was negative for osseous disease",
            "CT abdomen/pelvis with IV contrast {date} showed no adenopathy",
        ],
        referrer="uro",
        vague=["the volumes listed on the plan", "volumes per directive (to follow)"],
    )
)
_add(
    Site(
        "prostate_brachy",
        "prostate brachytherapy (HDR/LDR)",
        [
            "low-risk prostate adenocarcinoma, Gleason 3+3, PSA {psa}, gland volume {vol} cc",
            "intermediate-risk prostate cancer for HDR boost, PSA {psa}",
            "favorable intermediate-risk prostate cancer, PSA {psa}",
        ],
        [("prostate", ["prostate", "prostate gland"])],
        [("pelvic nodes", ["pelvic lymph nodes", "pelvic nodes"]), ("seminal vesicles", ["seminal vesicles"])],
        ["urethra", "rectum", "bladder neck"],
        ["brachytherapy", "arc_rotational"],
        ["urethrogram"],
        ["ultrasound", "fluoroscopy", "MRI"],
        ["lithotomy stirrups", "dorsal lithotomy with leg supports"],
        [
            "MRI prostate {date} showed a {vol} cc gland without extracapsular extension",
            "TRUS volume study {date} measured {vol} cc",
        ],
        referrer="uro",
        vague=["the implant volumes per plan"],
    )
)
_add(
    Site(
        "breast",
        "breast with nodes",
        [
            "left breast invasive ductal carcinoma, pT2N1a, s/p lumpectomy",
            "right breast IDC, ypT1cN1, s/p mastectomy",
            "left breast DCIS s/p partial mastectomy",
            "right breast cancer, triple negative, s/p neoadjuvant chemo and surgery",
        ],
        [
            ("left breast", ["left breast", "left whole breast"]),
            ("right breast", ["right breast"]),
            ("left chest wall", ["left chest wall"]),
            ("right chest wall", ["right chest wall"]),
        ],
        [
            ("supraclavicular nodes", ["supraclavicular fossa", "SCV nodes", "supraclavicular nodes"]),
            ("axillary nodes", ["axilla", "axillary levels I-III", "axillary nodes"]),
            ("internal mammary nodes", ["internal mammary nodes", "IMN chain"]),
            ("lumpectomy cavity boost", ["lumpectomy cavity boost", "tumor bed boost"]),
        ],
        ["heart", "LAD", "ipsilateral lung", "contralateral breast", "brachial plexus"],
        ["arc_rotational", "custom_shielding", "complex_blocking"],
        [],
        [],
        ["breast board at 10 degrees, arms up", "wing board with custom Vac-Lok", "incline board, arms overhead"],
        [
            "bilateral mammogram {date} showed a spiculated mass at 2 o'clock",
            "breast MRI {date} showed a 2.1 cm enhancing mass",
            "PET/CT {date} showed a hypermetabolic axillary node",
        ],
        referrer="breast",
        vague=["the fields listed in the directive", "volumes as drawn by MD (count not stated)"],
    )
)
_add(
    Site(
        "lung",
        "lung SBRT / 4DCT",
        [
            "peripheral NSCLC of the right upper lobe, cT1bN0, medically inoperable",
            "left lower lobe adenocarcinoma, cT1cN0",
            "stage III NSCLC of the left upper lobe with mediastinal adenopathy",
            "oligometastatic lung nodule, prior colon primary",
        ],
        [
            ("right upper lobe", ["right upper lobe lesion", "RUL nodule", "right upper lobe"]),
            ("left lower lobe", ["left lower lobe lesion", "LLL nodule"]),
            ("left upper lobe", ["left upper lobe primary", "LUL"]),
        ],
        [
            ("mediastinal nodes", ["mediastinal nodes", "station 4R/7 nodes"]),
            ("right hilum", ["right hilum", "right hilar node"]),
            ("second lung nodule", ["second nodule (RML)", "separate RML nodule"]),
        ],
        ["esophagus", "spinal cord", "heart", "chest wall", "proximal bronchial tree", "brachial plexus"],
        ["arc_rotational", "contrast"],
        ["IV"],
        ["PET"],
        ["wing board with arms up", "Vac-Lok body cradle", "abdominal compression belt"],
        [
            "PET/CT {date} showed an SUV {suv} nodule",
            "CT chest with IV contrast {date} showed a {cm} cm spiculated nodule",
            "brain MRI {date} showed no metastases",
        ],
        fourdct=True,
        vague=["the lesions per the directive"],
        multi_primary=True,
    )
)
_add(
    Site(
        "head_neck",
        "head and neck",
        [
            "squamous cell carcinoma of the left base of tongue, p16+, cT2N1",
            "SCC of the larynx (glottic/supraglottic), cT3N0",
            "right oral tongue SCC s/p partial glossectomy, pT2N2b",
            "nasopharyngeal carcinoma, cT2N1",
        ],
        [
            ("base of tongue", ["base of tongue", "BOT primary"]),
            ("larynx", ["larynx", "laryngeal primary"]),
            ("oral tongue", ["oral tongue bed", "tongue resection bed"]),
            ("nasopharynx", ["nasopharynx"]),
        ],
        [
            ("bilateral neck", ["bilateral neck", "both sides of the neck"]),
            ("left neck", ["left neck", "left level II-IV"]),
            ("right neck", ["right neck", "right level II-IV"]),
        ],
        ["spinal cord", "parotids", "mandible", "brainstem", "larynx", "oral cavity", "cochleae"],
        ["arc_rotational", "contrast", "complex_blocking"],
        ["IV"],
        ["MRI", "PET"],
        [
            "5-point thermoplastic mask with shoulder pull-down",
            "custom bite block and long mask",
            "Accuform headrest and mask",
        ],
        [
            "PET/CT {date} showed an SUV {suv} primary with an ipsilateral level II node",
            "CT neck with IV contrast {date} showed a {cm} cm necrotic node",
            "MRI neck {date} demonstrated skull base invasion",
        ],
        referrer="ent",
        vague=["the volumes per directive", "target volumes TBD at contouring"],
    )
)
_add(
    Site(
        "rectum",
        "rectum",
        [
            "locally advanced rectal adenocarcinoma, cT3N1, 6 cm from the anal verge",
            "low rectal adenocarcinoma, cT3N0",
            "rectal cancer for total neoadjuvant therapy, cT4aN1",
        ],
        [("rectum", ["rectum", "rectal primary", "mesorectum and primary"])],
        [
            ("pelvic nodes", ["pelvic nodes", "internal iliac and presacral nodes"]),
            ("inguinal nodes", ["inguinal nodes"]),
        ],
        ["small bowel", "bladder", "femoral heads", "genitalia"],
        ["contrast", "arc_rotational", "complex_blocking"],
        ["rectal", "oral"],
        ["MRI", "PET"],
        ["prone belly board", "supine with knee sponge", "prone on bellyboard with Vac-Lok"],
        [
            "MRI pelvis {date} showed a {cm} cm mass with mesorectal nodes",
            "colonoscopy {date} found a friable mass at 6 cm",
            "CT C/A/P with IV contrast {date} showed no distant disease",
        ],
        referrer="colorectal",
        vague=["the pelvic volumes in the directive"],
    )
)
_add(
    Site(
        "gyn",
        "GYN (EBRT and HDR)",
        [
            "endometrial adenocarcinoma, FIGO IB grade 2, s/p TAH/BSO",
            "cervical squamous cell carcinoma, FIGO IIB",
            "endometrial carcinoma stage II s/p hysterectomy",
            "recurrent vaginal cuff endometrial cancer",
        ],
        [("vaginal cuff", ["vaginal cuff", "vaginal apex"]), ("cervix", ["cervix", "cervix and uterus"])],
        [
            ("pelvic nodes", ["pelvic nodes", "common and external iliac nodes"]),
            ("para-aortic nodes", ["para-aortic nodes"]),
        ],
        ["bladder", "rectum", "sigmoid", "small bowel"],
        ["brachytherapy", "contrast", "arc_rotational"],
        ["vaginal", "bladder", "rectal"],
        ["MRI", "fluoroscopy", "ultrasound"],
        ["supine with knee sponge", "frog-leg on a Vac-Lok"],
        [
            "MRI pelvis {date} showed a {cm} cm cervical mass",
            "PET/CT {date} showed FDG-avid pelvic nodes",
            "pelvic ultrasound {date} showed a thickened endometrial stripe",
        ],
        referrer="gyn",
        vague=["the pelvic fields per plan"],
    )
)
_add(
    Site(
        "bone_mets",
        "bone metastases",
        [
            "metastatic breast cancer to bone",
            "metastatic prostate cancer with painful osseous lesions",
            "renal cell carcinoma with bony metastases",
            "multiple myeloma with lytic lesions",
            "metastatic NSCLC to bone",
        ],
        [
            ("T-spine", ["T8-T10", "thoracic spine (T6-T9)", "T-spine"]),
            ("L-spine", ["L2-L4", "lumbar spine"]),
            ("right hip", ["right hip/acetabulum", "right femoral neck"]),
            ("left humerus", ["left proximal humerus"]),
        ],
        [
            ("sacrum", ["sacrum", "sacral lesion"]),
            ("left ilium", ["left iliac wing"]),
            ("right rib", ["right 6th rib"]),
            ("left femur", ["left femoral shaft"]),
            ("C-spine", ["C5-C7", "cervical spine"]),
            ("skull", ["left parietal skull"]),
        ],
        ["spinal cord", "kidneys", "bowel", "esophagus", "cauda equina"],
        ["arc_rotational", "custom_shielding", "complex_blocking"],
        [],
        ["MRI", "fluoroscopy"],
        ["Vac-Lok", "knee sponge and arms on chest", "custom foam cradle"],
        [
            "bone scan {date} showed multiple foci of uptake",
            "MRI spine {date} showed epidural extension without cord compression",
            "CT with IV contrast {date} showed a lytic lesion",
        ],
        vague=["multiple painful osseous sites (see plan)", "several bony sites, per plan"],
        multi_primary=True,
    )
)
_add(
    Site(
        "brain_srs",
        "brain metastases SRS",
        [
            "NSCLC with brain metastases",
            "melanoma with new brain lesions",
            "breast cancer with intracranial metastases",
            "renal cell carcinoma with brain metastasis",
        ],
        [
            ("right frontal lesion", ["right frontal lesion", "R frontal met"]),
            ("left cerebellar lesion", ["left cerebellar lesion"]),
            ("left parietal lesion", ["left parietal met"]),
        ],
        [
            ("right occipital lesion", ["right occipital lesion"]),
            ("left temporal lesion", ["left temporal lesion"]),
            ("right cerebellar lesion", ["right cerebellar met"]),
            ("left frontal lesion", ["left frontal lesion"]),
        ],
        ["brainstem", "optic chiasm", "optic nerves", "hippocampi"],
        ["arc_rotational", "contrast"],
        ["IV"],
        ["MRI"],
        ["SRS frameless mask", "open-face SRS mask with bite block", "rigid frameless thermoplastic mask"],
        ["MRI brain with gadolinium {date} showed new enhancing lesions", "CT head {date} showed vasogenic edema"],
        vague=["the enhancing lesions (count pending)", "the lesions on the planning MRI"],
        multi_primary=True,
    )
)
_add(
    Site(
        "skin",
        "skin (electrons)",
        [
            "basal cell carcinoma of the left nasal ala",
            "squamous cell carcinoma of the scalp vertex",
            "SCC of the right helix",
            "Merkel cell carcinoma of the left cheek",
        ],
        [
            ("left nasal ala", ["left nasal ala"]),
            ("scalp vertex", ["scalp vertex"]),
            ("right helix", ["right helix"]),
            ("left cheek", ["left cheek"]),
        ],
        [
            ("left preauricular", ["left preauricular skin"]),
            ("right temple", ["right temple lesion"]),
            ("dorsal left hand", ["dorsum of left hand"]),
        ],
        ["eye", "lens", "nasal mucosa", "cartilage"],
        ["custom_shielding"],
        [],
        [],
        ["head cushion", "foam headrest", "tape and sandbags"],
        ["biopsy {date} showed infiltrative BCC", "CT head {date} showed no bone invasion"],
        referrer="derm",
        vague=["the lesions as marked"],
        multi_primary=True,
    )
)
_add(
    Site(
        "pancreas",
        "pancreas",
        [
            "borderline resectable pancreatic head adenocarcinoma",
            "locally advanced pancreatic adenocarcinoma after FOLFIRINOX",
            "pancreatic body adenocarcinoma",
        ],
        [("pancreatic head", ["pancreatic head", "pancreatic head mass"]), ("pancreatic body", ["pancreatic body"])],
        [("celiac nodes", ["celiac nodes", "peripancreatic/celiac nodes"]), ("SMA region", ["SMA margin"])],
        ["duodenum", "stomach", "small bowel", "kidneys", "liver", "spinal cord"],
        ["contrast", "arc_rotational"],
        ["IV", "oral"],
        ["PET", "MRI"],
        ["wing board, arms up", "Vac-Lok with arms up"],
        [
            "CT pancreas protocol {date} showed a {cm} cm hypoenhancing mass",
            "EUS {date} showed a {cm} cm head mass",
            "CA 19-9 {date} was 812",
        ],
        fourdct=True,
        vague=["the volumes per directive"],
    )
)
_add(
    Site(
        "bladder",
        "bladder",
        [
            "muscle-invasive urothelial carcinoma of the bladder, cT2N0, bladder preservation",
            "high-grade bladder cancer s/p maximal TURBT",
        ],
        [("bladder", ["bladder", "whole bladder"])],
        [("pelvic nodes", ["pelvic nodes"]), ("bladder tumor boost", ["bladder tumor bed boost"])],
        ["rectum", "small bowel", "femoral heads"],
        ["contrast", "arc_rotational"],
        ["bladder", "IV"],
        ["MRI"],
        ["knee sponge", "supine with indexed leg rest"],
        [
            "cystoscopy {date} showed a {cm} cm posterior wall tumor",
            "CT urogram with IV contrast {date} showed wall thickening",
        ],
        referrer="uro",
        vague=["the volumes per directive"],
    )
)
_add(
    Site(
        "lymphoma",
        "lymphoma",
        [
            "Hodgkin lymphoma stage IIA, mediastinal bulk",
            "diffuse large B-cell lymphoma after R-CHOP x6",
            "follicular lymphoma, stage I",
            "DLBCL with residual PET-avid disease",
        ],
        [
            ("mediastinum", ["mediastinum", "anterior mediastinum"]),
            ("left neck", ["left neck nodes", "left cervical nodes"]),
        ],
        [
            ("right neck", ["right neck nodes"]),
            ("left axilla", ["left axilla"]),
            ("left supraclavicular", ["left SCV"]),
            ("spleen", ["spleen"]),
        ],
        ["heart", "lungs", "breasts", "thyroid", "kidneys"],
        ["arc_rotational", "contrast"],
        ["IV"],
        ["PET"],
        ["wing board", "thermoplastic shoulder mask"],
        [
            "PET/CT {date} showed Deauville 4 residual uptake",
            "CT neck/chest with IV contrast {date} showed a {cm} cm mass",
        ],
        vague=["the involved-site volumes per the PET"],
        multi_primary=True,
    )
)
_add(
    Site(
        "esophagus",
        "esophagus",
        [
            "distal esophageal adenocarcinoma, cT3N1",
            "mid-thoracic esophageal SCC",
            "GE junction adenocarcinoma, Siewert II",
        ],
        [("distal esophagus", ["distal esophagus", "esophageal primary"]), ("GE junction", ["GE junction"])],
        [("celiac nodes", ["celiac nodes"]), ("paraesophageal nodes", ["paraesophageal nodes"])],
        ["heart", "lungs", "spinal cord", "stomach", "liver"],
        ["contrast", "arc_rotational"],
        ["oral", "IV"],
        ["PET"],
        ["wing board, arms up", "Vac-Lok"],
        [
            "EGD {date} showed a circumferential mass at 32-38 cm",
            "PET/CT {date} showed SUV {suv} uptake in the distal esophagus",
        ],
        fourdct=True,
        vague=["the volumes per directive"],
    )
)

BRACHY_SITES = ("prostate_brachy", "gyn")
