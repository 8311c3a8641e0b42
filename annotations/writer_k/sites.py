"""Disease sites of writer K's department: diagnoses, areas, organs at risk, natural features and imaging."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Area:
    """One treatment area: its normalised value and surface variants (prose, terse)."""

    value: str
    surfaces: tuple[str, ...]


@dataclass(frozen=True)
class Site:
    """A disease site: what its notes can say."""

    key: str
    dx: tuple[str, ...]
    areas: tuple[Area, ...]
    oars: tuple[str, ...]
    target: str
    features: tuple[str, ...]
    modalities: tuple[str, ...]
    position: tuple[str, ...]
    max_areas: int = 4
    motion: bool = False
    contrast: tuple[str, ...] = ("IV contrast",)
    dx_areas: dict[int, tuple[int, ...]] = field(default_factory=dict)
    sex: str | None = None
    beams: tuple[str, ...] = (
        "{k}-field IMRT arrangement, all beams to the {s}.",
        "Four-field box to the {s}.",
        "{k} coplanar beams, one isocenter, aimed at the {s}.",
    )
    ultrasound: tuple[str, ...] = ("ultrasound",)
    mask: bool = False


def A(value: str, *surfaces: str) -> Area:
    """Build an area with its surfaces (the value itself when none given)."""
    return Area(value, surfaces or (value,))


SITES: dict[str, Site] = {
    "breast_nodes": Site(
        "breast_nodes",
        (
            "left breast IDC, pT2N1a, s/p lumpectomy and SLNB/ALND",
            "ER+ breast cancer s/p mastectomy, 4/17 nodes +",
            "triple-negative breast carcinoma after neoadjuvant chemo and partial mastectomy",
        ),
        (
            A("left breast", "left breast", "L breast", "left whole breast"),
            A("left supraclavicular", "left supraclavicular fossa", "L SCV", "left SCV"),
            A("left axilla", "left axilla", "L axilla", "left axillary level I-III"),
            A("left internal mammary nodes", "left internal mammary chain", "L IMN", "left IMNs"),
            A("left chest wall", "left chest wall", "L chest wall"),
        ),
        ("heart", "LAD", "left lung", "contralateral breast", "brachial plexus"),
        "breast/chest wall target",
        ("arc_rotational", "custom_shielding", "hyperthermia", "brachytherapy"),
        ("MRI", "ultrasound"),
        ("supine on breast board, arms up in Vac-Lok", "supine on wing board with custom arm cradle"),
        sex="woman",
        dx_areas={0: (0, 1, 2, 3), 1: (4, 1, 2, 3), 2: (0, 1, 2, 3)},
        beams=("Medial and lateral tangents (two fields) to the {s}.", "{k}-field IMRT to the {s}, single isocenter."),
        ultrasound=("ultrasound localization of the seroma", "ultrasound"),
    ),
    "prostate_pelvis": Site(
        "prostate_pelvis",
        (
            "unfavorable intermediate-risk prostate adenocarcinoma, GS 4+3, PSA 14.2",
            "high-risk prostate cancer, cT3a",
            "biochemical recurrence s/p radical prostatectomy, PSA 0.41",
        ),
        (
            A("prostate", "prostate", "prostate and proximal SVs", "prostate gland"),
            A("pelvic lymph nodes", "pelvic lymph nodes", "pelvic LNs", "whole pelvic nodes"),
            A("para-aortic nodes", "para-aortic nodes", "PAN"),
            A("left iliac bone metastasis", "left iliac bone met"),
            A("prostate bed", "prostate bed", "prostatic fossa"),
        ),
        ("rectum", "bladder", "femoral heads", "small bowel", "penile bulb"),
        "prostate",
        ("arc_rotational", "particle", "contrast"),
        ("MRI", "PET", "ultrasound"),
        (
            "supine, knee sponge and foot holders, full bladder",
            "supine with custom Vac-Lok for legs, comfortably full bladder",
        ),
        contrast=("urethrogram contrast", "IV contrast", "rectal contrast"),
        sex="man",
        dx_areas={0: (0, 1, 2, 3), 1: (0, 1, 2, 3), 2: (4, 1, 2)},
        ultrasound=("transrectal ultrasound", "TRUS"),
    ),
    "head_neck": Site(
        "head_neck",
        (
            "p16+ SCC of the left tonsil, T2N1",
            "SCC of the base of tongue, p16+",
            "HPV-associated oropharyngeal SCC, T1N2",
        ),
        (
            A("oropharynx", "oropharynx", "tonsillar primary", "OP primary"),
            A("left neck", "left neck", "L neck", "left neck levels II-IV"),
            A("right neck", "right neck", "R neck", "right neck levels II-IV"),
            A("low anterior neck", "low anterior neck field", "LAN"),
        ),
        ("spinal cord", "parotids", "brainstem", "mandible", "larynx"),
        "primary and nodal target",
        ("arc_rotational", "contrast", "particle"),
        ("MRI", "PET"),
        (
            "supine in 5-point thermoplastic mask with bite block",
            "supine, custom head/neck/shoulder mask and mouthpiece",
        ),
        mask=True,
    ),
    "lung_4dct": Site(
        "lung_4dct",
        (
            "stage IIIA NSCLC (adenocarcinoma) of the RUL",
            "early-stage peripheral NSCLC, medically inoperable",
            "small cell lung cancer, limited stage",
        ),
        (
            A("right upper lobe", "right upper lobe", "RUL", "RUL primary"),
            A("mediastinal nodes", "mediastinal nodes", "mediastinum", "stations 4R/7"),
            A("left adrenal gland", "left adrenal gland", "L adrenal met"),
            A("T8 vertebra", "T8 vertebra", "T8"),
        ),
        ("esophagus", "spinal cord", "heart", "brachial plexus", "proximal bronchial tree"),
        "lung target",
        ("arc_rotational", "contrast"),
        ("PET",),
        ("supine, arms up on wing board, Vac-Lok", "supine in Vac-Lok with arms overhead, abdominal compression belt"),
        motion=True,
    ),
    "whole_brain": Site(
        "whole_brain",
        ("multiple brain metastases from NSCLC (>10 lesions)", "leptomeningeal disease from breast primary"),
        (
            A("whole brain", "whole brain", "WBRT", "whole-brain field"),
            A("C1-C2", "C1-C2", "upper cervical spine"),
            A("right humerus", "right humerus", "R humerus"),
        ),
        ("lenses", "hippocampi", "cochleae", "optic chiasm"),
        "whole-brain target",
        ("arc_rotational", "custom_shielding"),
        ("MRI",),
        ("supine, thermoplastic mask", "supine in open-face mask"),
        max_areas=3,
        mask=True,
        beams=(
            "Opposed laterals (two fields) to the {s}.",
            "Parallel-opposed lateral fields, one isocenter, to the {s}.",
        ),
    ),
    "srs": Site(
        "srs",
        (
            "brain metastases from melanoma",
            "brain metastases from NSCLC, EGFR+",
            "renal cell carcinoma metastatic to brain",
        ),
        (
            A("left frontal metastasis", "left frontal met", "L frontal lesion"),
            A("right parietal metastasis", "right parietal met", "R parietal lesion"),
            A("cerebellar metastasis", "left cerebellar met", "cerebellar lesion"),
            A("right temporal metastasis", "right temporal met", "R temporal lesion"),
        ),
        ("brainstem", "optic chiasm", "optic nerves", "normal brain"),
        "metastasis",
        ("arc_rotational", "contrast"),
        ("MRI",),
        ("supine, frameless SRS mask with bite plate", "frame-based fixation, head frame placed under local"),
        contrast=("IV contrast",),
        mask=True,
        beams=("{k} non-coplanar static beams to the {s}.", "{k} couch angles, all converging on the {s}."),
    ),
    "bone_mets": Site(
        "bone_mets",
        (
            "metastatic prostate cancer to bone, painful",
            "multiple myeloma with lytic lesions",
            "metastatic breast cancer, diffuse osseous",
        ),
        (
            A("T10 vertebra", "T10", "T10 vertebral body"),
            A("left hip", "left hip", "L acetabulum"),
            A("right femur", "right femur", "R proximal femur"),
            A("sacrum", "sacrum", "sacral met"),
            A("right humerus", "right humerus", "R humerus"),
        ),
        ("spinal cord", "kidneys", "bowel", "femoral head"),
        "painful bone lesion",
        ("arc_rotational", "complex_blocking"),
        ("MRI", "PET"),
        ("supine on Vac-Lok", "supine, knees on knee sponge, arms on chest"),
    ),
    "gyn_brachy": Site(
        "gyn_brachy",
        (
            "FIGO IIB SCC of the cervix",
            "endometrial adenocarcinoma s/p TAH/BSO, stage IB",
            "cervical cancer FIGO IIIC1",
        ),
        (
            A("cervix", "cervix", "cervix/HR-CTV"),
            A("pelvis", "pelvis", "whole pelvis"),
            A("para-aortic nodes", "para-aortic nodes", "PA nodes"),
            A("vaginal cuff", "vaginal cuff", "proximal vagina"),
        ),
        ("bladder", "rectum", "sigmoid", "small bowel"),
        "cervical target",
        ("brachytherapy", "contrast", "arc_rotational"),
        ("MRI", "ultrasound", "fluoroscopy", "PET"),
        ("dorsal lithotomy, then transferred supine on the HDR board", "supine, frog-leg, Foley in place"),
        contrast=("vaginal contrast", "bladder contrast", "IV contrast"),
        sex="woman",
        dx_areas={0: (0, 1, 2), 1: (3, 1, 2), 2: (0, 1, 2)},
        ultrasound=("transabdominal ultrasound", "transabdominal US"),
    ),
    "rectum": Site(
        "rectum",
        ("locally advanced rectal adenocarcinoma, cT3N1", "low rectal cancer, 4 cm from anal verge"),
        (
            A("pelvis", "pelvis", "mesorectum and pelvic nodes"),
            A("left inguinal nodes", "left inguinal nodes", "L inguinal LNs"),
            A("right inguinal nodes", "right inguinal nodes", "R inguinal LNs"),
            A("liver metastasis", "liver metastasis", "segment 6 liver met"),
        ),
        ("small bowel", "bladder", "femoral heads", "genitalia"),
        "pelvic target",
        ("contrast", "arc_rotational", "brachytherapy"),
        ("MRI", "PET"),
        ("prone on belly board", "supine, full bladder, Vac-Lok"),
        dx_areas={1: (0, 1, 2)},
        contrast=("rectal contrast", "oral contrast", "IV contrast"),
    ),
    "esophagus": Site(
        "esophagus",
        ("adenocarcinoma of the distal esophagus/GEJ, cT3N1", "SCC of the distal esophagus"),
        (
            A("distal esophagus", "distal esophagus", "GEJ"),
            A("celiac nodes", "celiac nodes", "celiac axis LNs"),
            A("left supraclavicular", "left supraclavicular node", "L SCV node"),
        ),
        ("heart", "lungs", "spinal cord", "stomach"),
        "esophageal target",
        ("contrast", "arc_rotational", "particle"),
        ("PET",),
        ("supine, arms up, Vac-Lok", "supine on wing board"),
        max_areas=3,
        motion=True,
        contrast=("oral contrast", "IV contrast"),
    ),
    "pancreas": Site(
        "pancreas",
        ("borderline resectable pancreatic head adenocarcinoma", "locally advanced pancreatic body cancer"),
        (
            A("pancreatic head", "pancreatic head", "pancreas head tumor"),
            A("celiac nodes", "celiac nodes", "celiac region"),
            A("liver metastasis", "liver metastasis", "hepatic met"),
        ),
        ("duodenum", "stomach", "kidneys", "small bowel", "liver"),
        "pancreatic target",
        ("contrast", "arc_rotational"),
        ("MRI", "PET"),
        ("supine, arms up, Vac-Lok, fasting 3 hours", "supine with abdominal compression"),
        max_areas=3,
        motion=True,
        contrast=("IV contrast", "oral contrast"),
    ),
    "lymphoma": Site(
        "lymphoma",
        (
            "stage IIA classical Hodgkin lymphoma after ABVD x4",
            "DLBCL of the mediastinum after R-CHOP",
            "follicular lymphoma, stage I",
        ),
        (
            A("mediastinum", "mediastinum", "mediastinal nodes"),
            A("left neck", "left neck", "L cervical nodes"),
            A("right neck", "right neck", "R cervical nodes"),
            A("left axilla", "left axilla", "L axillary nodes"),
            A("spleen", "spleen", "splenic bed"),
        ),
        ("heart", "breasts", "lungs", "thyroid"),
        "involved-site target",
        ("contrast", "particle", "complex_blocking", "arc_rotational"),
        ("PET",),
        ("supine, arms akimbo, deep-inspiration breath hold coaching", "supine, mask, arms down"),
        dx_areas={1: (0, 1, 2), 2: (1,)},
    ),
    "skin_electron": Site(
        "skin_electron",
        (
            "basal cell carcinoma of the nasal ala",
            "SCC of the scalp, recurrent",
            "Merkel cell carcinoma of the right forearm",
            "multiple basal cell carcinomas (nose, scalp, left ear)",
        ),
        (
            A("nose", "nasal ala", "nose lesion"),
            A("scalp", "scalp", "vertex scalp lesion"),
            A("right forearm", "right forearm", "R forearm lesion"),
            A("left ear", "left ear", "L helix"),
        ),
        ("eye", "lens", "nasal cavity", "underlying bone"),
        "skin lesion",
        ("custom_shielding", "hyperthermia"),
        ("ultrasound",),
        ("supine, head turned to the side", "seated, arm on board"),
        max_areas=3,
        dx_areas={0: (0,), 1: (1,), 2: (2,), 3: (0, 1, 3)},
        beams=("Single en face electron field to the {s}.", "One en face {k} MeV electron field to the {s}."),
        ultrasound=("high-frequency ultrasound", "skin ultrasound"),
    ),
    "pediatric": Site(
        "pediatric",
        (
            "medulloblastoma, standard risk, age 5",
            "rhabdomyosarcoma of the right orbit, age 3",
            "Wilms tumor of the left kidney, age 4",
        ),
        (
            A("posterior fossa", "posterior fossa", "tumor bed in posterior fossa"),
            A("right orbit", "right orbit", "R orbit"),
            A("left flank", "left flank", "left kidney bed"),
            A("whole brain", "cranial field", "whole brain"),
            A("spine", "spinal field", "spine"),
        ),
        ("cochleae", "optic chiasm", "growth plates", "liver", "contralateral kidney"),
        "tumor bed",
        ("particle", "arc_rotational", "contrast"),
        ("MRI",),
        ("supine under general anesthesia in pediatric mask", "supine under propofol sedation, Vac-Lok"),
        max_areas=3,
        dx_areas={0: (0, 3, 4), 1: (1,), 2: (2,)},
        mask=True,
    ),
    "palliative": Site(
        "palliative",
        (
            "metastatic renal cell carcinoma with painful lesions",
            "metastatic NSCLC with bleeding chest wall mass",
            "metastatic melanoma, symptomatic",
        ),
        (
            A("right hip", "right hip", "R hip"),
            A("thoracic spine", "T-spine", "T5-T9"),
            A("left chest wall mass", "left chest wall mass", "L chest wall lesion"),
            A("lumbar spine", "L-spine", "L2-L4"),
            A("left humerus", "left humerus", "L humerus"),
        ),
        ("spinal cord", "bowel", "kidneys", "lung"),
        "symptomatic lesion",
        ("complex_blocking", "custom_shielding", "arc_rotational"),
        ("fluoroscopy",),
        ("supine, knees supported", "supine on Vac-Lok, arms on chest"),
    ),
    "mycosis_tsei": Site(
        "mycosis_tsei",
        ("mycosis fungoides, stage IIB, generalized plaques", "Sezary syndrome with erythroderma"),
        (
            A("total skin", "total skin", "TSEI field"),
            A("soles of feet", "soles of feet", "plantar boost"),
            A("perineum", "perineum", "perineal boost"),
            A("scalp", "scalp vertex", "scalp boost"),
        ),
        ("lenses", "fingernails", "eyes"),
        "total skin target",
        ("custom_shielding", "complex_blocking"),
        ("ultrasound",),
        ("standing on the TSEI platform, six-position Stanford technique", "standing, rotating platform"),
        contrast=(),
        beams=("Six dual-field positions (Stanford) to the {s}.", "Twelve fields, one target: the {s}."),
        ultrasound=("skin ultrasound for plaque thickness",),
    ),
    "tbi": Site(
        "tbi",
        ("AML in CR1, conditioning for allogeneic transplant", "ALL, myeloablative TBI before HSCT"),
        (
            A("total body", "total body", "TBI field"),
            A("testes", "testicular boost", "testes"),
            A("spleen", "spleen boost", "spleen"),
        ),
        ("lungs", "kidneys", "lenses"),
        "total body target",
        ("custom_shielding",),
        ("fluoroscopy",),
        ("lateral decubitus on TBI stand, extended SSD", "standing in TBI stand, bicycle seat support"),
        max_areas=2,
        contrast=(),
        dx_areas={0: (0, 2), 1: (0, 1, 2)},
        beams=(
            "AP/PA fields at extended SSD to the {s}.",
            "Bilateral opposed fields at extended SSD, single target: the {s}.",
        ),
    ),
    "spine_sbrt": Site(
        "spine_sbrt",
        (
            "oligometastatic RCC to T7",
            "radioresistant melanoma met to L2 with epidural extension",
            "breast cancer oligomet to C5",
            "oligometastatic sarcoma to T7 and L2",
        ),
        (
            A("T7 vertebra", "T7", "T7 vertebral body"),
            A("L2 vertebra", "L2", "L2 vertebral body"),
            A("C5 vertebra", "C5", "C5 segment"),
        ),
        ("spinal cord", "cauda equina", "esophagus", "kidneys"),
        "vertebral target",
        ("arc_rotational", "contrast"),
        ("MRI",),
        ("supine in BodyFIX vacuum bag", "supine, full-body vacuum cushion, arms on chest"),
        max_areas=2,
        contrast=("intrathecal contrast", "IV contrast"),
        dx_areas={0: (0,), 1: (1,), 2: (2,), 3: (0, 1)},
    ),
}

SITE_KEYS = tuple(SITES)


def allowed_areas(site: Site, dx_index: int) -> tuple[Area, ...]:
    """Return the areas a diagnosis can be treated at (the first is the primary)."""
    if dx_index in site.dx_areas:
        return tuple(site.areas[i] for i in site.dx_areas[dx_index])
    return site.areas


def max_areas(site: Site) -> int:
    """Return the largest number of areas any diagnosis of the site allows."""
    return min(site.max_areas, max(len(allowed_areas(site, i)) for i in range(len(site.dx))))
