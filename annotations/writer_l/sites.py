"""Disease sites of the network: diagnoses, treatment areas, organs at risk, positioning and what fits each."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Area:
    """One treatment area: the normalised value and ways to write it (prose, then terse)."""

    value: str
    prose: tuple[str, ...]
    short: tuple[str, ...]


@dataclass(frozen=True)
class Site:
    """A disease site and the vocabulary a note about it draws on."""

    key: str
    dx: tuple[str, ...]
    areas: tuple[Area, ...]
    oars: tuple[str, ...]
    features: tuple[str, ...]
    fusions: tuple[str, ...]
    extra_modalities: tuple[str, ...]
    reasons: tuple[str, ...]
    position: tuple[str, ...]
    immob: tuple[str, ...]
    motion: bool = False
    vague_areas: tuple[str, ...] = field(default_factory=tuple)


def A(value: str, prose: tuple[str, ...], short: tuple[str, ...]) -> Area:
    """Build an :class:`Area` (short helper for the table below)."""
    return Area(value, prose, short)


SITES: dict[str, Site] = {
    "breast_nodes": Site(
        "breast_nodes",
        (
            "left breast invasive ductal carcinoma, pT2 pN1a, s/p lumpectomy and ALND",
            "right breast IDC grade 3, ypT1c ypN1, post neoadjuvant chemotherapy and partial mastectomy",
            "left breast ER+/PR+/HER2- lobular carcinoma, 3/14 nodes positive",
        ),
        (
            A("breast", ("whole breast", "breast tangents volume", "intact breast"), ("breast", "WB")),
            A("supraclavicular", ("supraclavicular fossa", "supraclavicular nodes"), ("SCV", "SCV fossa")),
            A("axilla", ("axillary apex", "level I-III axilla"), ("ax", "axilla I-III")),
            A("internal mammary nodes", ("internal mammary chain", "internal mammary nodes"), ("IMN", "IMC")),
        ),
        ("heart", "LAD", "ipsilateral lung", "contralateral breast", "brachial plexus"),
        ("arc_rotational", "custom_shielding", "complex_blocking"),
        (),
        (),
        ("OAR proximity", "irregular target", "multiple targets", "prior field overlap", "immobilization"),
        ("supine on breast board, arms up", "supine, ipsilateral arm abducted 90 degrees", "prone breast board"),
        ("wing board", "Vac-Lok arm cradle", "breast board with wrist grips"),
    ),
    "prostate": Site(
        "prostate",
        (
            "adenocarcinoma of the prostate, Gleason 4+4, PSA 14.2, cT2c",
            "unfavourable intermediate risk prostate cancer, GG3, PSA 8.9",
            "high risk prostate adenocarcinoma, Gleason 4+5, on ADT since summer",
        ),
        (
            A("prostate", ("prostate and proximal seminal vesicles", "prostate gland"), ("prostate", "P+SV")),
            A("pelvic lymph nodes", ("pelvic lymph nodes", "elective pelvic nodal volume"), ("pelvic LN", "PLN")),
        ),
        ("rectum", "bladder", "femoral heads", "penile bulb", "small bowel"),
        ("arc_rotational", "particle", "contrast"),
        ("MRI",),
        ("ultrasound",),
        ("OAR proximity", "fusion for delineation", "contrast for delineation", "irregular target"),
        ("supine, knees on knee-fix", "supine with full bladder, feet in foot stocks"),
        ("knee sponge and foot stocks", "Vac-Lok lower body bag", "custom knee cushion"),
    ),
    "head_neck": Site(
        "head_neck",
        (
            "p16-positive squamous cell carcinoma of the left tonsil, T2N1",
            "SCC of the base of tongue, cT3 N2b",
            "p16-negative SCC of the right tonsil, T3N2c, heavy smoker",
        ),
        (
            A("oropharynx primary", ("primary site in the oropharynx", "tonsillar primary"), ("primary", "OP primary")),
            A("left neck", ("left neck levels II-IV", "left cervical nodes"), ("L neck", "L neck II-IV")),
            A("right neck", ("right neck levels II-IV", "right cervical nodal chain"), ("R neck", "R neck II-IV")),
        ),
        ("spinal cord", "parotid glands", "mandible", "larynx", "brainstem"),
        ("arc_rotational", "contrast", "particle"),
        ("PET", "MRI"),
        (),
        ("OAR proximity", "irregular target", "contrast for delineation", "fusion for delineation", "immobilization"),
        ("supine, head neutral, shoulders pulled down", "supine, neck extended on headrest C"),
        ("5-point thermoplastic mask", "thermoplastic head-and-shoulder mask", "custom mouthpiece and mask"),
    ),
    "lung": Site(
        "lung",
        (
            "stage IIIA NSCLC, adenocarcinoma of the right upper lobe",
            "T1b N0 squamous cell carcinoma of the left lower lobe, medically inoperable",
            "limited stage small cell lung cancer, right hilum",
        ),
        (
            A("lung primary", ("lung primary", "primary lung tumour"), ("lung 1ry", "lung GTV")),
            A("mediastinum", ("involved mediastinal nodes", "mediastinal nodal volume"), ("mediast LN", "4R/7")),
        ),
        ("spinal cord", "esophagus", "heart", "contralateral lung", "brachial plexus"),
        ("arc_rotational", "contrast"),
        ("PET",),
        (),
        ("OAR proximity", "target motion", "fusion for delineation", "contrast for delineation"),
        ("supine, arms above head", "supine on wing board, arms up"),
        ("Vac-Lok upper body", "wing board and knee sponge", "Vac-Lok with arm handles"),
        motion=True,
    ),
    "brain_whole": Site(
        "brain_whole",
        (
            "multiple brain metastases from small cell lung cancer",
            "leptomeningeal and parenchymal metastases, breast primary",
            "more than fifteen cerebral metastases from melanoma",
        ),
        (A("whole brain", ("whole brain", "whole brain volume"), ("WB", "WBRT volume")),),
        ("lenses", "hippocampi", "eyes", "optic chiasm"),
        ("arc_rotational", "custom_shielding"),
        ("MRI",),
        (),
        ("OAR proximity", "fusion for delineation", "immobilization"),
        ("supine, head on neutral headrest",),
        ("thermoplastic head mask", "open-face mask"),
    ),
    "srs": Site(
        "srs",
        (
            "brain metastases from NSCLC, largest 1.4 cm",
            "oligometastatic melanoma to brain",
            "EGFR-mutant NSCLC with new brain metastases after osimertinib",
        ),
        (
            A("left frontal metastasis", ("left frontal lesion", "left frontal metastasis"), ("L frontal met",)),
            A("right cerebellar metastasis", ("right cerebellar lesion", "right cerebellar met"), ("R cbl met",)),
            A("left parietal metastasis", ("left parietal lesion", "left parietal metastasis"), ("L parietal met",)),
            A("right occipital metastasis", ("right occipital lesion", "right occipital met"), ("R occ met",)),
        ),
        ("brainstem", "optic chiasm", "motor cortex", "cochlea"),
        ("arc_rotational", "contrast"),
        ("MRI",),
        (),
        ("OAR proximity", "fusion for delineation", "multiple targets", "immobilization"),
        ("supine, head neutral in SRS frame", "supine, frameless SRS position"),
        ("SRS double-shell mask", "frameless SRS mask with bite block"),
        vague_areas=("several intracranial lesions, final number per fusion", "multiple mets - list per planner"),
    ),
    "bone_mets": Site(
        "bone_mets",
        (
            "metastatic prostate cancer with painful osseous disease",
            "multiple myeloma with lytic lesions and pain",
            "renal cell carcinoma metastatic to bone",
        ),
        (
            A("T-spine", ("thoracic spine T8-T11", "T-spine lesion"), ("T8-11", "T-spine")),
            A("L-spine", ("lumbar spine L2-L4", "lumbar lesion"), ("L2-4", "L-spine")),
            A("right femur", ("right proximal femur", "right femoral lesion"), ("R femur", "R prox femur")),
            A("left humerus", ("left humerus", "left proximal humerus"), ("L humerus", "L prox hum")),
            A("pelvis", ("right iliac bone", "right hemipelvis"), ("R ilium", "R hemipelvis")),
        ),
        ("spinal cord", "kidneys", "bowel", "femoral head"),
        ("arc_rotational", "complex_blocking"),
        (),
        ("fluoroscopy",),
        ("multiple targets", "OAR proximity", "prior field overlap", "immobilization"),
        ("supine, arms on chest", "supine with knee roll, on pain medication"),
        ("Vac-Lok full body", "knee roll and foot band", "Vac-Lok upper body"),
        vague_areas=("multiple painful bony sites - see plan", "several osseous sites, areas per MD list to follow"),
    ),
    "gyn": Site(
        "gyn",
        (
            "FIGO IIB squamous cell carcinoma of the cervix",
            "stage IIIC1 cervical adenocarcinoma with pelvic nodal involvement",
            "FIGO IIIB squamous carcinoma of the cervix with hydronephrosis",
        ),
        (
            A("cervix", ("cervix", "cervix and uterus"), ("cervix", "Cx")),
            A("pelvic lymph nodes", ("pelvic nodes", "pelvic nodal volume"), ("pelvic LN", "pelvis")),
            A("para-aortic nodes", ("para-aortic nodes", "para-aortic strip"), ("PAN", "PA nodes")),
        ),
        ("bladder", "rectum", "sigmoid", "small bowel"),
        ("brachytherapy", "contrast", "arc_rotational"),
        ("MRI", "PET"),
        ("fluoroscopy", "ultrasound"),
        ("applicator verification", "OAR proximity", "contrast for delineation", "fusion for delineation"),
        ("supine, frog leg", "supine, knees on knee-fix", "supine, arms on chest, bladder comfortably full"),
        ("Vac-Lok lower body", "knee-fix and foot stocks"),
    ),
    "rectum": Site(
        "rectum",
        (
            "adenocarcinoma of the mid rectum, cT3N1",
            "low rectal adenocarcinoma 4 cm from the anal verge, T3N2",
        ),
        (
            A("rectum", ("rectum and mesorectum", "rectal primary"), ("rectum", "mesorectum")),
            A("pelvic lymph nodes", ("internal iliac and presacral nodes", "pelvic nodes"), ("pelvic LN", "IIN")),
        ),
        ("small bowel", "bladder", "femoral heads", "genitalia"),
        ("contrast", "arc_rotational"),
        ("MRI", "PET"),
        (),
        ("contrast for delineation", "OAR proximity", "fusion for delineation"),
        ("prone on belly board", "supine, knees on knee-fix"),
        ("belly board", "Vac-Lok lower body"),
    ),
    "esophagus": Site(
        "esophagus",
        (
            "distal esophageal adenocarcinoma, uT3N1",
            "squamous cell carcinoma of the mid esophagus, cT3N0",
        ),
        (
            A("esophagus", ("distal esophagus and GE junction", "esophageal primary"), ("esoph", "GEJ")),
            A("celiac nodes", ("celiac axis nodes", "celiac nodal station"), ("celiac LN", "celiac")),
        ),
        ("heart", "lungs", "spinal cord", "liver", "kidneys"),
        ("contrast", "arc_rotational"),
        ("PET",),
        (),
        ("OAR proximity", "contrast for delineation", "fusion for delineation", "target motion"),
        ("supine, arms up", "supine on wing board"),
        ("Vac-Lok upper body", "wing board"),
        motion=True,
    ),
    "pancreas": Site(
        "pancreas",
        (
            "borderline resectable adenocarcinoma of the pancreatic head",
            "locally advanced pancreatic body adenocarcinoma after FOLFIRINOX",
        ),
        (A("pancreas", ("pancreatic head tumour", "pancreatic primary"), ("panc head", "panc GTV")),),
        ("duodenum", "stomach", "small bowel", "kidneys", "liver"),
        ("contrast", "arc_rotational"),
        ("MRI", "PET"),
        (),
        ("OAR proximity", "contrast for delineation", "target motion", "irregular target"),
        ("supine, arms up", "supine, arms up on wing board, fasting"),
        ("Vac-Lok upper body", "wing board with knee sponge"),
        motion=True,
    ),
    "lymphoma": Site(
        "lymphoma",
        (
            "stage IIA classical Hodgkin lymphoma after ABVD x4",
            "diffuse large B-cell lymphoma, bulky mediastinal disease after R-CHOP",
            "follicular lymphoma, stage II, nodal only",
        ),
        (
            A("mediastinum", ("mediastinal residual mass", "mediastinum"), ("mediast", "mediastinum")),
            A("left neck", ("left cervical nodes", "left neck"), ("L neck", "L cerv")),
            A("left axilla", ("left axillary nodes", "left axilla"), ("L ax", "L axilla")),
        ),
        ("heart", "lungs", "breasts", "thyroid", "spinal cord"),
        ("arc_rotational", "contrast"),
        ("PET",),
        (),
        ("OAR proximity", "fusion for delineation", "multiple targets", "irregular target"),
        ("supine, arms up", "supine, arms akimbo"),
        ("Vac-Lok upper body", "head-and-shoulder mask"),
        vague_areas=("involved nodal sites per PET - to be listed by MD", "several nodal stations, see plan"),
    ),
    "skin": Site(
        "skin",
        (
            "basal cell carcinoma of the left nasal ala",
            "squamous cell carcinoma of the left medial canthus, 2.1 cm",
            "recurrent BCC of the left lower eyelid margin",
        ),
        (A("skin lesion", ("skin lesion", "lesion plus 1 cm margin", "cutaneous lesion"), ("lesion", "Sx")),),
        ("left eye", "lens", "nasal septum", "ear cartilage"),
        ("custom_shielding", "complex_blocking"),
        (),
        ("ultrasound",),
        ("custom shielding", "OAR proximity", "irregular target"),
        ("supine, head turned right", "supine, head neutral"),
        ("head cup", "thermoplastic face mask"),
    ),
    "pediatric": Site(
        "pediatric",
        (
            "medulloblastoma, standard risk, age 6, transferred from the tertiary children's centre",
            "high-risk medulloblastoma, age 5, referred from the tertiary centre after resection",
            "intracranial germinoma with CSF seeding, age 9, tertiary centre referral",
        ),
        (
            A("brain", ("whole brain", "cranial field"), ("brain", "cranial")),
            A("upper spine", ("upper spinal field", "cervicothoracic spine"), ("upper spine", "C-T spine")),
            A("lower spine", ("lower spinal field", "thecal sac to S2"), ("lower spine", "L-S spine")),
        ),
        ("lenses", "cochlea", "thyroid", "heart", "growth plates"),
        ("particle", "arc_rotational"),
        ("MRI",),
        (),
        ("anesthesia/immobilization", "OAR proximity", "fusion for delineation"),
        ("prone under general anaesthesia", "supine under GA, head neutral"),
        ("custom thermoplastic mask under GA", "Vac-Lok full body"),
    ),
    "palliative": Site(
        "palliative",
        (
            "metastatic NSCLC with symptomatic progression",
            "widely metastatic breast cancer, symptom control",
            "metastatic colon cancer with pain and bleeding",
        ),
        (
            A("left hilum", ("left hilar mass", "left hilum"), ("L hilum", "L hilar mass")),
            A("chest wall", ("chest wall mass", "right chest wall recurrence"), ("R chest wall", "CW")),
            A("pelvic mass", ("pelvic mass", "presacral mass"), ("pelvic mass", "presacral")),
        ),
        ("spinal cord", "esophagus", "heart", "bowel"),
        ("complex_blocking", "arc_rotational"),
        (),
        ("fluoroscopy",),
        ("OAR proximity", "prior field overlap", "immobilization"),
        ("supine, arms by side", "supine on a foam wedge"),
        ("Vac-Lok upper body", "knee roll"),
        vague_areas=("palliative sites - TBD by MD after review", "symptomatic sites, number pending"),
    ),
    "bladder": Site(
        "bladder",
        ("muscle-invasive urothelial carcinoma of the bladder, cT2N0", "bladder TCC, not a cystectomy candidate"),
        (
            A("bladder", ("bladder", "whole bladder"), ("bladder", "WB")),
            A("pelvic lymph nodes", ("pelvic nodes", "pelvic nodal volume"), ("pelvic LN", "PLN")),
        ),
        ("rectum", "small bowel", "femoral heads"),
        ("contrast", "arc_rotational"),
        ("MRI",),
        ("ultrasound",),
        ("OAR proximity", "contrast for delineation", "irregular target"),
        ("supine, empty bladder", "supine, knees on knee-fix"),
        ("knee-fix and foot stocks",),
    ),
    "stomach": Site(
        "stomach",
        ("gastric adenocarcinoma with bleeding, not a surgical candidate", "gastric MALT lymphoma, H. pylori negative"),
        (A("stomach", ("whole stomach", "stomach"), ("stomach", "gastric")),),
        ("liver", "kidneys", "heart", "spinal cord"),
        ("contrast", "arc_rotational"),
        ("PET",),
        (),
        ("contrast for delineation", "target motion", "OAR proximity"),
        ("supine, arms up, fasted 3 hours", "supine on wing board"),
        ("Vac-Lok upper body", "wing board"),
        motion=True,
    ),
    "liver_sbrt": Site(
        "liver_sbrt",
        ("hepatocellular carcinoma, segment VIII, 3.2 cm, Child-Pugh A6", "solitary colorectal liver metastasis"),
        (A("liver lesion", ("segment VIII lesion", "liver lesion"), ("liver GTV", "seg VIII")),),
        ("duodenum", "stomach", "uninvolved liver", "heart", "chest wall"),
        ("contrast", "arc_rotational"),
        ("MRI",),
        (),
        ("target motion", "contrast for delineation", "fusion for delineation", "OAR proximity"),
        ("supine, arms up", "supine with abdominal compression"),
        ("Vac-Lok with compression paddle", "wing board"),
        motion=True,
    ),
    "sarcoma": Site(
        "sarcoma",
        (
            "high grade undifferentiated pleomorphic sarcoma of the left thigh",
            "myxoid liposarcoma of the right posterior thigh, 11 cm",
        ),
        (A("thigh", ("left thigh compartment", "thigh tumour bed"), ("thigh", "L thigh")),),
        ("femur", "genitalia", "skin strip", "contralateral leg"),
        ("arc_rotational", "hyperthermia", "contrast"),
        ("MRI",),
        (),
        ("OAR proximity", "fusion for delineation", "irregular target", "immobilization"),
        ("supine, frog-leg", "prone, legs apart"),
        ("Vac-Lok leg bag", "custom foot and knee mould"),
    ),
}
