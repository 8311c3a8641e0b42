"""Disease sites of the practice: diagnoses, treatment areas, organs at risk, devices and plausible evidence."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Area:
    """One treatment area: normalised value and the ways a note may name it."""

    value: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Site:
    """A disease site and what is plausible for it."""

    key: str
    label: str
    dx: tuple[str, ...]
    areas: tuple[Area, ...]
    oars: tuple[str, ...]
    devices: tuple[str, ...]
    features: tuple[str, ...]
    extra_mods: tuple[str, ...]
    contrast: tuple[str, ...]
    motion: bool = False
    reirr: bool = False
    vague: bool = False
    position: str = "supine"


def A(value: str, *names: str) -> Area:
    """Shorthand for an Area whose first name is the value unless names are given."""
    return Area(value, names or (value,))


SITES: tuple[Site, ...] = (
    Site(
        "breast_nodes",
        "breast with regional nodes",
        (
            "left breast invasive ductal carcinoma, pT2N1a, s/p lumpectomy",
            "right breast cancer s/p mastectomy, ypN1",
            "left breast IDC, ER+/PR+/HER2-, 3/14 nodes positive",
            "right breast triple-negative carcinoma s/p partial mastectomy",
        ),
        (
            A("left breast", "left breast", "L breast", "left whole breast"),
            A("left supraclavicular", "left supraclavicular fossa", "L SCV", "left SCV nodes"),
            A("left axilla", "left axilla", "L axilla (levels I-II)", "left axillary apex"),
            A("left internal mammary", "left internal mammary nodes", "L IMN", "left IMN chain"),
            A("left posterior axillary boost", "left PAB", "L posterior axillary boost"),
        ),
        ("heart", "left anterior descending artery", "ipsilateral lung", "contralateral breast"),
        ("breast board with arms up", "wing board", "Vac-Lok bag", "incline board at 10 degrees"),
        ("arc_rotational", "custom_shielding", "complex_blocking"),
        ("ultrasound",),
        ("IV",),
        reirr=True,
    ),
    Site(
        "prostate",
        "prostate ± pelvic nodes",
        (
            "unfavourable intermediate-risk adenocarcinoma of the prostate, Gleason 4+3",
            "high-risk prostate cancer, PSA 24, cT3a",
            "rising PSA after prostatectomy, pT3bN0",
            "prostate adenocarcinoma Grade Group 3, MRI-visible lesion left peripheral zone",
        ),
        (
            A("prostate", "prostate", "prostate and proximal seminal vesicles", "prostate gland"),
            A("pelvic lymph nodes", "pelvic lymph nodes", "pelvic nodal volume", "pelvic LN"),
            A("seminal vesicles", "seminal vesicles", "proximal SVs"),
            A("para-aortic nodes", "para-aortic nodes", "low PA nodes"),
        ),
        ("rectum", "bladder", "femoral heads", "penile bulb", "small bowel"),
        ("knee-and-foot cushion", "Vac-Lok with knee sponge", "CIVCO kneefix"),
        ("arc_rotational", "contrast", "particle"),
        ("MRI", "ultrasound", "PET"),
        ("bladder", "rectal", "IV"),
    ),
    Site(
        "head_neck",
        "head and neck",
        (
            "p16+ squamous cell carcinoma of the left tonsil, cT2N1",
            "SCC of the oral tongue s/p partial glossectomy",
            "supraglottic larynx SCC, T3N2c",
            "nasopharyngeal carcinoma, WHO type III",
        ),
        (
            A("primary tumor", "primary tumor", "primary site", "tonsillar primary"),
            A("bilateral neck", "bilateral neck", "both sides of the neck", "bilateral cervical nodes"),
            A("left neck", "left neck"),
            A("right retropharyngeal nodes", "right retropharyngeal nodes"),
            A("low anterior neck", "low anterior neck field"),
        ),
        ("spinal cord", "brainstem", "parotid glands", "mandible", "optic chiasm", "larynx"),
        (
            "5-point thermoplastic mask with shoulder retraction",
            "custom Aquaplast head-and-shoulder mask",
            "mouth bite block with tongue depressor",
            "custom moldable headrest",
        ),
        ("arc_rotational", "contrast", "particle", "custom_shielding", "complex_blocking"),
        ("MRI", "PET"),
        ("IV",),
        reirr=True,
    ),
    Site(
        "lung_4dct",
        "lung with 4DCT/ITV",
        (
            "stage IIIA non-small cell lung cancer",
            "peripheral 1.8 cm adenocarcinoma, medically inoperable",
            "small cell lung cancer, limited stage",
            "NSCLC with mediastinal adenopathy",
        ),
        (
            A("right lower lobe", "right lower lobe tumor", "RLL primary", "right lower lobe mass"),
            A("mediastinum", "mediastinal nodes", "subcarinal and paratracheal nodes", "mediastinum"),
            A("left hilum", "left hilar node", "L hilum"),
            A("left upper lobe", "left upper lobe nodule", "LUL lesion"),
        ),
        ("esophagus", "spinal cord", "heart", "brachial plexus", "proximal bronchial tree"),
        ("wing board with arms overhead", "Vac-Lok arms-up", "abdominal compression belt"),
        ("arc_rotational", "contrast"),
        ("PET",),
        ("IV",),
        motion=True,
        reirr=True,
    ),
    Site(
        "whole_brain",
        "whole brain",
        (
            "multiple brain metastases from NSCLC",
            "leptomeningeal spread of breast cancer",
            "innumerable brain metastases, melanoma",
        ),
        (
            A("whole brain", "whole brain", "brain", "cranium"),
            A("T4 spine", "T4 vertebral metastasis"),
            A("right hip", "painful right hip"),
        ),
        ("lenses", "hippocampi", "optic nerves", "cochleae"),
        ("thermoplastic mask", "S-frame mask", "headrest B with mask"),
        ("arc_rotational", "custom_shielding", "complex_blocking"),
        ("MRI",),
        ("IV",),
    ),
    Site(
        "srs",
        "SRS",
        (
            "brain metastases from melanoma",
            "oligometastatic NSCLC with new brain lesions",
            "brain metastases from renal cell carcinoma",
            "breast cancer with new enhancing brain lesions",
        ),
        (
            A("right frontal lesion", "right frontal metastasis", "R frontal met", "right frontal lobe lesion"),
            A("left cerebellar lesion", "left cerebellar metastasis", "L cerebellar met"),
            A("left parietal lesion", "left parietal metastasis", "L parietal lesion"),
            A("right occipital lesion", "right occipital metastasis", "R occipital lesion"),
            A("right frontal cavity", "right frontal resection cavity"),
        ),
        ("brainstem", "optic chiasm", "optic nerves", "cochlea"),
        ("open-face SRS mask", "frameless SRS mask with bite block", "Encompass SRS mask"),
        ("arc_rotational", "contrast"),
        ("MRI",),
        ("IV",),
        reirr=True,
    ),
    Site(
        "bone_mets",
        "multiple bone metastases",
        (
            "metastatic prostate cancer with painful osseous metastases",
            "breast cancer with multifocal bone disease",
            "myeloma with lytic lesions",
            "renal cell carcinoma metastatic to bone",
        ),
        (
            A("T10-L2 spine", "T10-L2", "thoracolumbar spine T10 to L2"),
            A("left hip", "left hip/acetabulum", "L acetabulum"),
            A("right humerus", "right proximal humerus", "R humerus"),
            A("sacrum", "sacrum"),
            A("left ribs", "left posterior ribs 7-9"),
            A("C5-T1 spine", "C5-T1"),
        ),
        ("spinal cord", "bowel", "kidneys", "esophagus"),
        ("Vac-Lok full body", "knee cushion and arm rest", "Vac-Lok with arms on chest"),
        ("arc_rotational", "custom_shielding"),
        ("MRI", "PET"),
        ("IV",),
        reirr=True,
        vague=True,
    ),
    Site(
        "gyn_brachy",
        "GYN with brachytherapy",
        (
            "FIGO IIB squamous cell carcinoma of the cervix",
            "endometrial carcinoma stage IB s/p TAH-BSO",
            "cervical adenocarcinoma, stage IIIC1",
            "vaginal cuff recurrence of endometrial cancer",
        ),
        (
            A("cervix", "cervix", "cervical primary", "high-risk CTV"),
            A("pelvic lymph nodes", "pelvic nodes", "pelvic LN"),
            A("left parametrium", "left parametrial boost", "L parametrium"),
            A("para-aortic nodes", "para-aortic nodes", "PA nodal chain"),
        ),
        ("bladder", "rectum", "sigmoid", "small bowel"),
        ("Vac-Lok with legs in stirrups", "knee cushion", "frog-leg board"),
        ("brachytherapy", "contrast", "arc_rotational"),
        ("MRI", "ultrasound", "fluoroscopy"),
        ("vaginal", "bladder", "rectal"),
    ),
    Site(
        "rectum",
        "rectum",
        (
            "T3N1 adenocarcinoma of the rectum, 6 cm from anal verge",
            "locally advanced low rectal cancer, total neoadjuvant therapy",
            "recurrent rectal cancer after prior pelvic RT",
        ),
        (
            A("rectum", "rectal primary", "rectum and mesorectum"),
            A("pelvic lymph nodes", "pelvic nodes", "internal iliac and presacral nodes"),
            A("inguinal nodes", "inguinal nodes"),
        ),
        ("small bowel", "bladder", "femoral heads", "genitalia"),
        ("prone belly board", "Vac-Lok prone", "knee cushion and foot holder"),
        ("contrast", "arc_rotational"),
        ("MRI", "PET"),
        ("oral", "rectal", "IV"),
        reirr=True,
    ),
    Site(
        "esophagus",
        "esophagus",
        (
            "adenocarcinoma of the distal esophagus / GE junction, cT3N1",
            "squamous cell carcinoma mid-esophagus",
            "GEJ adenocarcinoma, Siewert II",
        ),
        (
            A("esophagus", "distal esophagus", "esophageal primary", "GE junction tumor"),
            A("celiac nodes", "celiac nodes", "celiac axis nodes"),
            A("mediastinum", "mediastinal nodes", "periesophageal nodes"),
        ),
        ("heart", "lungs", "spinal cord", "liver", "kidneys"),
        ("wing board arms up", "Vac-Lok upper body"),
        ("contrast", "arc_rotational"),
        ("PET",),
        ("oral", "IV"),
        motion=True,
    ),
    Site(
        "pancreas",
        "pancreas",
        (
            "borderline resectable adenocarcinoma of the pancreatic head",
            "locally advanced pancreatic body cancer after FOLFIRINOX",
        ),
        (
            A("pancreas", "pancreatic head tumor", "pancreas primary", "pancreatic head"),
            A("regional nodes", "peripancreatic nodes", "regional nodal volume"),
        ),
        ("duodenum", "stomach", "small bowel", "kidneys", "spinal cord"),
        ("Vac-Lok arms up", "wing board", "abdominal compression"),
        ("contrast", "arc_rotational"),
        ("MRI", "PET"),
        ("IV", "oral"),
        motion=True,
    ),
    Site(
        "lymphoma",
        "lymphoma",
        (
            "early-stage Hodgkin lymphoma after ABVD x2",
            "DLBCL with residual mediastinal mass after R-CHOP",
            "follicular lymphoma, limited stage",
            "bulky mediastinal Hodgkin lymphoma",
        ),
        (
            A("mediastinum", "mediastinal mass", "mediastinum", "anterior mediastinum"),
            A("left neck", "left cervical nodes", "L neck"),
            A("right neck", "right cervical nodes", "R neck"),
            A("left axilla", "left axillary nodes"),
            A("left inguinal nodes", "left inguinal nodes"),
        ),
        ("heart", "lungs", "breasts", "thyroid"),
        ("wing board", "Vac-Lok", "thermoplastic shoulder mask"),
        ("arc_rotational", "contrast"),
        ("PET",),
        ("IV",),
        vague=True,
    ),
    Site(
        "skin_electron",
        "skin with electron cutouts",
        (
            "basal cell carcinoma, infiltrative subtype",
            "cutaneous squamous cell carcinoma with perineural invasion",
            "Merkel cell carcinoma, excised with close margins",
            "recurrent cutaneous SCC",
        ),
        (
            A("nose", "nasal ala lesion", "nose"),
            A("scalp", "scalp vertex lesion", "scalp"),
            A("left cheek", "left cheek lesion", "L cheek"),
            A("right hand", "right dorsal hand"),
        ),
        ("lens", "eye", "nasal cartilage", "bone"),
        ("custom head cradle", "thermoplastic mask with a bolus window", "hand mold"),
        ("custom_shielding",),
        (),
        ("IV",),
        vague=True,
    ),
    Site(
        "pediatric",
        "pediatric under anesthesia",
        (
            "medulloblastoma in a 4-year-old, post resection, for craniospinal irradiation",
            "standard-risk medulloblastoma, age 5",
            "posterior fossa ependymoma with positive CSF cytology, age 3",
            "metastatic medulloblastoma, age 6",
        ),
        (
            A("posterior fossa", "posterior fossa tumor bed", "posterior fossa boost"),
            A("brain", "whole brain (cranial field)", "cranial field"),
            A("spine", "spinal field", "entire spine"),
            A("left orbit", "left orbit"),
        ),
        ("cochleae", "hypothalamus", "lenses", "growth plates", "kidneys"),
        ("pediatric mask under anesthesia", "Vac-Lok cradle with head mask"),
        ("arc_rotational", "particle", "contrast"),
        ("MRI",),
        ("IV",),
    ),
    Site(
        "palliative",
        "palliative",
        (
            "metastatic lung cancer, symptomatic",
            "progressive metastatic disease with pain and bleeding",
            "metastatic renal cell carcinoma, multiple symptomatic sites",
            "widely metastatic breast cancer",
        ),
        (
            A("right hilum", "right hilar mass", "R hilum"),
            A("pelvis", "pelvic mass", "pelvis"),
            A("T6 spine", "T5-T7 spine", "T6"),
            A("left chest wall", "left chest wall recurrence"),
            A("right femur", "right femur"),
        ),
        ("spinal cord", "bowel", "esophagus", "heart"),
        ("knee cushion only", "Vac-Lok", "arms on chest"),
        ("custom_shielding", "arc_rotational", "contrast", "complex_blocking"),
        ("PET", "MRI"),
        ("IV",),
        reirr=True,
        vague=True,
    ),
    Site(
        "bladder",
        "bladder",
        (
            "muscle-invasive urothelial carcinoma, trimodality therapy",
            "bladder cancer, clinical T2, not a cystectomy candidate",
        ),
        (
            A("bladder", "bladder", "whole bladder"),
            A("pelvic lymph nodes", "pelvic nodes"),
            A("bladder tumor boost", "tumor bed boost"),
        ),
        ("rectum", "small bowel", "femoral heads"),
        ("knee cushion", "Vac-Lok"),
        ("contrast", "arc_rotational"),
        ("MRI", "ultrasound"),
        ("bladder", "IV"),
    ),
    Site(
        "sarcoma",
        "sarcoma",
        (
            "high-grade myxofibrosarcoma of the left thigh",
            "undifferentiated pleomorphic sarcoma of the left thigh, preoperative RT",
            "recurrent left thigh liposarcoma after prior RT",
        ),
        (
            A("left thigh", "left thigh", "left anterior thigh compartment"),
            A("right lung nodule", "right lung metastasis"),
            A("T8 spine", "T8 vertebral metastasis"),
        ),
        ("femur", "skin strip", "kidney", "bowel"),
        ("custom leg Vac-Lok", "frog-leg Vac-Lok", "arm board with custom cast"),
        ("arc_rotational", "contrast", "hyperthermia", "custom_shielding"),
        ("MRI", "PET"),
        ("IV",),
        reirr=True,
    ),
    Site(
        "spine_sbrt",
        "spine SBRT",
        (
            "oligometastatic RCC to the spine",
            "solitary spinal metastasis from breast cancer",
            "recurrent spinal metastasis after prior 8 Gy",
        ),
        (
            A("T9 vertebral body", "T9", "T9 vertebral body"),
            A("L3 vertebral body", "L3"),
            A("T12 vertebral body", "T12"),
        ),
        ("spinal cord", "cauda equina", "esophagus", "kidneys"),
        ("BodyFIX vacuum cushion", "Vac-Lok with indexed knee sponge"),
        ("arc_rotational", "contrast"),
        ("MRI",),
        ("IV",),
        reirr=True,
    ),
    Site(
        "keloid",
        "keloid",
        (
            "recurrent keloids, excised this morning",
            "keloids after re-excision today",
            "keloid recurrence, post-excision",
        ),
        (A("right earlobe", "right earlobe"), A("left earlobe", "left earlobe"), A("sternum", "presternal scar")),
        ("eye", "brain", "thyroid"),
        ("head turned, foam wedge", "supine with tape"),
        ("custom_shielding",),
        (),
        ("IV",),
    ),
    Site(
        "tbi",
        "TBI",
        ("AML in CR1 pre-allogeneic transplant, TBI conditioning", "ALL, TBI 12 Gy in 6 BID fractions"),
        (A("total body", "total body"),),
        ("lungs", "kidneys", "lenses"),
        ("TBI stand with bicycle seat", "lateral decubitus couch setup"),
        ("custom_shielding",),
        (),
        ("IV",),
    ),
    Site(
        "liver",
        "liver SBRT",
        ("hepatocellular carcinoma segment VII, 3.2 cm", "colorectal liver metastasis segment IVa"),
        (A("liver", "segment VII lesion", "liver lesion"), A("right adrenal", "right adrenal metastasis")),
        ("duodenum", "stomach", "uninvolved liver", "right kidney"),
        ("BodyFIX with compression", "Vac-Lok arms up"),
        ("contrast", "arc_rotational"),
        ("MRI",),
        ("IV",),
        motion=True,
    ),
)

SITE_BY_KEY = {s.key: s for s in SITES}

VAGUE_DX = (
    "widely metastatic disease with multiple painful sites",
    "diffuse osseous metastases",
    "multifocal disease, symptomatic",
    "progressive metastatic cancer with several symptomatic lesions",
    "multiple lesions, see problem list",
)
