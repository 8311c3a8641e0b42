"""Writer M's disease sites and phrase pools (Canadian English, invented wording)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Site:
    """One disease site: how it is named, treated and simulated in this department."""

    key: str
    diagnoses: tuple[str, ...]
    areas: tuple[tuple[str, tuple[str, ...]], ...]  # (normalised value, surfaces)
    oars: tuple[str, ...]
    rationales: tuple[str, ...]  # categories this site uses
    features: tuple[str, ...]
    contrast_kinds: tuple[str, ...] = ("IV",)
    modalities: tuple[str, ...] = ("CT",)
    positions: tuple[str, ...] = ("supine, arms on chest",)
    immobilisation: tuple[str, ...] = ("knee cushion and foot rest",)
    motion: bool = False
    history: tuple[str, ...] = field(default_factory=tuple)


SITES: dict[str, Site] = {
    s.key: s
    for s in (
        Site(
            "breast_nodes",
            ("invasive ductal carcinoma of the {side} breast, pT2 pN1a, ER+/HER2-", "{side} breast cancer, ypT1c ypN1"),
            (
                ("{side} breast", ("{side} breast", "{side} whole breast", "{Side} breast/chest wall")),
                ("{side} supraclavicular", ("{side} supraclavicular fossa", "{side} SCV", "{Side} SCF")),
                ("{side} axilla", ("{side} axilla (levels I-III)", "{side} axillary nodes", "{Side} AX")),
                ("internal mammary nodes", ("internal mammary chain", "IMN", "internal mammary nodes")),
            ),
            ("heart", "LAD", "ipsilateral lung", "brachial plexus", "contralateral breast"),
            ("OAR proximity", "irregular target", "immobilization", "contrast for delineation"),
            ("arc_rotational", "contrast", "complex_blocking"),
            ("IV",),
            ("CT", "PET"),
            ("supine on the breast board, both arms up", "supine, arms abducted in the wing board"),
            ("breast board at incline 10 degrees", "Vac-Lok bag under the arms"),
        ),
        Site(
            "prostate",
            ("adenocarcinoma of the prostate, Gleason 4+3, PSA 14.2, cT2c", "high-risk prostate cancer, Grade Group 4"),
            (
                ("prostate", ("prostate and proximal seminal vesicles", "prostate", "prostate CTV")),
                ("pelvic nodes", ("pelvic lymph nodes", "elective pelvic nodes", "pelvic nodal CTV")),
            ),
            ("rectum", "bladder", "femoral heads", "penile bulb", "small bowel"),
            ("OAR proximity", "fusion for delineation", "contrast for delineation"),
            ("arc_rotational", "contrast"),
            ("urethrogram", "IV"),
            ("CT", "MRI", "PET"),
            ("supine, arms on chest, comfortably full bladder",),
            ("knee and ankle fix (Combifix)", "knee cushion and foot stocks"),
        ),
        Site(
            "head_neck",
            ("squamous cell carcinoma of the left tonsil, p16 positive, T2 N1", "SCC of the base of tongue, cT3 cN2"),
            (
                ("oropharynx", ("oropharyngeal primary", "tonsillar primary", "primary oropharynx")),
                ("left neck", ("left neck (levels II-IV)", "left neck", "L neck")),
                ("right neck", ("right neck (levels II-III)", "right neck", "R neck")),
            ),
            ("spinal cord", "brainstem", "parotid glands", "mandible", "larynx"),
            ("OAR proximity", "contrast for delineation", "immobilization", "fusion for delineation"),
            ("arc_rotational", "contrast"),
            ("IV",),
            ("CT", "PET", "MRI"),
            ("supine, head neutral, shoulders pulled down",),
            ("5-point thermoplastic mask with mouth bite", "custom 5-point shell"),
        ),
        Site(
            "lung_4dct",
            (
                "non-small cell lung cancer, right upper lobe, cT2a N2",
                "adenocarcinoma of the left lower lobe, stage IIIA",
            ),
            (
                ("lung primary", ("right upper lobe primary", "lung primary", "left lower lobe mass")),
                ("mediastinal nodes", ("mediastinal nodes (4R, 7)", "mediastinal nodal volume", "subcarinal nodes")),
            ),
            ("oesophagus", "spinal cord", "heart", "brachial plexus", "contralateral lung"),
            ("target motion", "OAR proximity", "contrast for delineation"),
            ("arc_rotational", "contrast"),
            ("IV",),
            ("CT", "PET"),
            ("supine, both arms above head on the wing board",),
            ("Vac-Lok bag", "wing board and knee cushion"),
            True,
        ),
        Site(
            "whole_brain",
            ("brain metastases from small cell lung cancer", "multiple brain metastases, breast primary"),
            (("whole brain", ("whole brain", "entire brain", "whole-brain volume")),),
            ("lenses", "hippocampi", "optic nerves", "cochleae"),
            ("OAR proximity", "fusion for delineation", "custom shielding"),
            ("custom_shielding", "arc_rotational"),
            ("IV",),
            ("CT", "MRI", "fluoroscopy"),
            ("supine, head on a standard headrest",),
            ("thermoplastic head mask",),
        ),
        Site(
            "srs",
            ("three brain metastases from melanoma", "oligometastatic NSCLC to brain (2 lesions)"),
            (
                ("left frontal metastasis", ("left frontal metastasis", "L frontal lesion")),
                ("right cerebellar metastasis", ("right cerebellar metastasis", "R cerebellar lesion")),
                ("left occipital metastasis", ("left occipital lesion", "left occipital metastasis")),
                ("right parietal metastasis", ("right parietal metastasis", "R parietal lesion")),
            ),
            ("brainstem", "optic chiasm", "motor cortex", "cochlea"),
            ("multiple targets", "fusion for delineation", "OAR proximity"),
            ("arc_rotational",),
            ("IV",),
            ("CT", "MRI"),
            ("supine, head in the SRS headrest",),
            ("frameless SRS mask (double shell)",),
        ),
        Site(
            "bone_mets",
            ("metastatic prostate cancer with painful bone metastases", "myeloma with multiple lytic lesions"),
            (
                ("T10 vertebra", ("T10 vertebra", "T10", "T10 vertebral body")),
                ("right hip", ("right hip", "right acetabulum", "R hip")),
                ("left humerus", ("left proximal humerus", "left humerus", "L humerus")),
                ("L3 vertebra", ("L3 vertebra", "L3", "L3 body")),
            ),
            ("spinal cord", "cauda equina", "bowel", "kidneys"),
            ("multiple targets", "immobilization", "prior field overlap", "OAR proximity"),
            ("arc_rotational",),
            ("IV",),
            ("CT", "MRI"),
            ("supine, arms on chest", "supine with a wedge under the knees for comfort"),
            ("custom Vac-Lok cradle", "knee wedge"),
        ),
        Site(
            "gyn_brachy",
            ("squamous cell carcinoma of the cervix, FIGO IIB", "cervical adenocarcinoma, stage IIIC1"),
            (("cervix", ("cervix", "cervix / HR-CTV", "cervix and upper vagina")),),
            ("bladder", "rectum", "sigmoid colon", "small bowel"),
            ("applicator verification", "OAR proximity"),
            ("brachytherapy", "contrast"),
            ("bladder", "vaginal"),
            ("CT", "MRI", "ultrasound", "fluoroscopy"),
            ("dorsal lithotomy, then supine for imaging",),
            ("applicator clamp on the board",),
        ),
        Site(
            "rectum",
            ("adenocarcinoma of the low rectum, cT3 N1, 5 cm from the anal verge", "rectal adenocarcinoma, cT4a N2"),
            (
                ("rectum", ("rectum and mesorectum", "rectal primary", "mesorectum")),
                ("pelvic nodes", ("internal iliac and presacral nodes", "pelvic nodes")),
            ),
            ("small bowel", "bladder", "femoral heads", "anal canal"),
            ("contrast for delineation", "OAR proximity", "fusion for delineation"),
            ("contrast", "arc_rotational"),
            ("oral", "rectal", "IV"),
            ("CT", "MRI", "PET"),
            ("prone on the belly board", "supine, arms on chest"),
            ("belly board", "knee and ankle stocks"),
        ),
        Site(
            "oesophagus",
            ("adenocarcinoma of the distal oesophagus, cT3 N1", "squamous cell carcinoma of the mid oesophagus"),
            (
                ("oesophagus", ("distal oesophagus / GOJ", "oesophageal primary", "mid oesophagus")),
                ("coeliac nodes", ("coeliac axis nodes", "coeliac nodes")),
            ),
            ("heart", "lungs", "spinal cord", "stomach"),
            ("contrast for delineation", "target motion", "fusion for delineation"),
            ("contrast", "arc_rotational"),
            ("oral", "IV"),
            ("CT", "PET"),
            ("supine, arms above head",),
            ("wing board", "Vac-Lok bag"),
            True,
        ),
        Site(
            "pancreas",
            ("adenocarcinoma of the pancreatic head, borderline resectable", "locally advanced pancreatic cancer"),
            (("pancreas", ("pancreatic head", "pancreas mass", "pancreatic tumour")),),
            ("duodenum", "stomach", "kidneys", "small bowel", "liver"),
            ("OAR proximity", "contrast for delineation", "target motion"),
            ("contrast", "arc_rotational"),
            ("IV", "oral"),
            ("CT", "MRI"),
            ("supine, arms above head",),
            ("Vac-Lok bag and wing board",),
            True,
        ),
        Site(
            "lymphoma",
            (
                "classical Hodgkin lymphoma, stage IIA, after ABVD x 4",
                "diffuse large B-cell lymphoma, bulky mediastinum",
            ),
            (
                ("mediastinum", ("mediastinum", "anterior mediastinal mass", "mediastinal ISRT volume")),
                ("left neck", ("left neck", "left cervical nodes", "L neck")),
                ("right neck", ("right neck", "right cervical nodes", "R neck")),
                ("left axilla", ("left axilla", "left axillary nodes")),
            ),
            ("heart", "breasts", "lungs", "thyroid"),
            ("fusion for delineation", "irregular target", "OAR proximity"),
            ("arc_rotational", "contrast", "complex_blocking"),
            ("IV",),
            ("CT", "PET"),
            ("supine, arms akimbo",),
            ("Vac-Lok bag", "thermoplastic shoulder mask"),
        ),
        Site(
            "skin_electron",
            ("basal cell carcinoma of the left nasal ala", "SCC of the right cheek and scalp lesions"),
            (
                ("left nasal ala", ("left nasal ala", "L nasal ala lesion")),
                ("right cheek", ("right cheek", "R cheek lesion")),
                ("scalp", ("vertex scalp", "scalp lesion")),
            ),
            ("left eye", "lens", "nasal cartilage", "lacrimal gland"),
            ("custom shielding", "irregular target", "OAR proximity"),
            ("custom_shielding", "hyperthermia"),
            ("IV",),
            ("CT",),
            ("supine, head turned to the right",),
            ("thermoplastic mask", "head cushion"),
        ),
        Site(
            "paeds_anaesthesia",
            ("medulloblastoma, standard risk, age 5", "ependymoma of the posterior fossa with spinal seeding, age 6"),
            (
                ("brain", ("brain", "cranial volume", "whole brain (CSI)")),
                ("upper spine", ("upper spine", "upper spinal field")),
                ("lower spine", ("lower spine", "lower spinal field")),
            ),
            ("cochleae", "lenses", "thyroid", "growth plates", "kidneys"),
            ("anesthesia/immobilization", "OAR proximity"),
            ("particle", "arc_rotational"),
            ("IV",),
            ("CT", "MRI"),
            ("prone", "supine with head in the paediatric headrest"),
            ("paediatric thermoplastic mask", "custom Vac-Lok body cradle"),
        ),
        Site(
            "palliative",
            ("metastatic NSCLC with haemoptysis", "metastatic renal cell carcinoma with a painful pelvic mass"),
            (
                ("right hilum", ("right hilar mass", "R hilum")),
                ("pelvic mass", ("pelvic mass", "left pelvic sidewall mass")),
                ("left chest wall", ("left chest wall mass", "L chest wall")),
            ),
            ("spinal cord", "oesophagus", "bowel"),
            ("immobilization", "prior field overlap", "OAR proximity"),
            ("custom_shielding", "arc_rotational", "complex_blocking"),
            ("IV",),
            ("CT", "fluoroscopy"),
            ("supine, arms at the sides", "supine, arms on chest"),
            ("knee cushion", "Vac-Lok bag"),
        ),
        Site(
            "glioblastoma",
            (
                "glioblastoma, IDH-wildtype, MGMT unmethylated, right temporal",
                "left frontal glioblastoma after resection",
            ),
            (("tumour bed", ("right temporal resection cavity", "tumour bed", "left frontal surgical cavity")),),
            ("optic chiasm", "brainstem", "optic nerves", "cochlea", "hippocampus"),
            ("fusion for delineation", "OAR proximity", "irregular target"),
            ("arc_rotational", "particle"),
            ("IV",),
            ("CT", "MRI"),
            ("supine, head neutral",),
            ("thermoplastic head mask",),
        ),
        Site(
            "bladder",
            ("muscle-invasive urothelial carcinoma of the bladder, cT2 N0", "bladder cancer, trimodality approach"),
            (
                ("bladder", ("whole bladder", "bladder", "bladder tumour bed")),
                ("pelvic nodes", ("pelvic nodes", "elective pelvic nodes")),
            ),
            ("rectum", "small bowel", "femoral heads"),
            ("OAR proximity", "contrast for delineation", "irregular target"),
            ("contrast", "arc_rotational"),
            ("bladder", "IV"),
            ("CT", "MRI"),
            ("supine, empty bladder",),
            ("knee and ankle stocks",),
        ),
        Site(
            "cervix",
            ("squamous cell carcinoma of the cervix, FIGO IIIC1r", "cervical cancer, stage IIB, for chemoradiation"),
            (
                ("pelvis", ("pelvis (cervix, uterus, parametria)", "pelvic primary", "whole pelvis")),
                ("pelvic nodes", ("pelvic nodes", "common and external iliac nodes")),
                ("para-aortic nodes", ("para-aortic nodes", "PAN")),
            ),
            ("bowel", "bladder", "rectum", "kidneys", "bone marrow"),
            ("contrast for delineation", "fusion for delineation", "irregular target", "OAR proximity"),
            ("contrast", "arc_rotational"),
            ("IV", "vaginal"),
            ("CT", "MRI", "PET"),
            ("supine, arms on chest, comfortably full bladder",),
            ("knee and ankle stocks", "Vac-Lok"),
        ),
    )
}

FIRST = ("Aline", "Bryn", "Claude", "Darcy", "Elodie", "Fergus", "Gisele", "Harj", "Isla", "Jocelyn", "Kieran")
LAST = ("Tremblay-Ng", "Okafor", "Lindqvist", "Beaulieu", "Marchetti", "Sandhu", "Chowdry", "Vasquez", "Pelletier")
RTTS = ("J. Arsenault MRT(T)", "K. Dhillon MRT(T)", "P. Gagnon MRT(T)", "S. Whitehorse MRT(T)", "L. Moreau RTT")
NURSES = ("M. Boucher RN", "A. Singh RN", "T. Kowalczyk RN", "R. Ouellet RN")
FAMDOCS = ("Dr. Hollis", "Dr. Mbeki", "Dr. Fontaine", "Dr. Greer", "Dr. Nakashima", "Dr. Albright")
CENTRES = ("Northern Lakes Cancer Centre", "Valley Regional Cancer Centre", "Harbourview Cancer Centre")

FR = {
    "Diagnosis": "Diagnostic",
    "Reason": "Raison",
    "Treatment sites": "Sites traités",
    "Simulation": "Simulation",
    "Imaging": "Imagerie",
    "Position": "Position",
    "Immobilisation": "Immobilisation",
    "Contrast": "Contraste",
    "Technique": "Technique",
    "Notes": "Remarques",
    "Request": "Demande",
    "History": "Antécédents",
    "Marks": "Repères",
    "Addendum": "Addenda",
    "Intent": "Intention",
    "Signed": "Signé",
    "Pathology": "Pathologie",
}

MEDS = (
    "metformin 500 mg PO BID",
    "hydromorphone 1 mg PO q4h PRN",
    "dexamethasone 4 mg PO daily",
    "pantoprazole 40 mg PO daily",
    "apixaban 5 mg PO BID",
    "amlodipine 5 mg PO daily",
    "ondansetron 8 mg PO q8h PRN",
    "levothyroxine 75 mcg PO daily",
    "senna 2 tabs PO HS",
    "atorvastatin 20 mg PO daily",
    "gabapentin 300 mg PO TID",
    "tamsulosin 0.4 mg PO daily",
)
PMH = (
    "type 2 diabetes, diet and metformin controlled",
    "hypertension",
    "COPD, GOLD 2",
    "atrial fibrillation on anticoagulation",
    "remote appendectomy",
    "osteoarthritis of both knees",
    "hypothyroidism",
    "depression, stable",
    "chronic kidney disease stage 3a (eGFR 52)",
    "previous TIA in 2019",
)
ROS = (
    "No fevers, chills or night sweats.",
    "Appetite is fair; weight down 3 kg over two months.",
    "Denies headaches or visual change.",
    "Mild exertional dyspnoea, no chest pain.",
    "Bowels regular, no melaena or haematochezia.",
    "Some urinary frequency, nocturia x 2.",
    "No new bone pain apart from the known site.",
    "Sleep poor because of pain; mood low but coping.",
    "No cough or haemoptysis.",
    "Fatigue grade 1; still walking the dog daily.",
    "No focal weakness or numbness.",
    "Skin intact, no rashes.",
)
EXAM = (
    "ECOG 1. Alert and oriented, in no distress.",
    "Heart sounds normal, chest clear bilaterally.",
    "Abdomen soft, non-tender, no organomegaly.",
    "No palpable cervical or supraclavicular adenopathy.",
    "Cranial nerves II-XII grossly intact.",
    "Mild pitting oedema of both ankles.",
    "Weight 71.4 kg, BP 138/82, HR 76, SpO2 96% on room air.",
    "Well-healed surgical scar without erythema.",
    "Gait steady without aid.",
)
LABS = (
    "Hb 118 g/L, WBC 6.1, platelets 244.",
    "Creatinine 88 umol/L, eGFR > 60.",
    "Creatinine 121 umol/L, eGFR 49.",
    "ALP 142, ALT 31, bilirubin 9.",
    "INR 1.1.",
    "Calcium 2.41 mmol/L (corrected).",
)
SOCIAL = (
    "Lives with her spouse in a bungalow; drives to appointments.",
    "Retired electrician, ex-smoker (30 pack-years, quit 2015).",
    "Works part-time as a school bus driver; never smoker.",
    "Lives alone; daughter in town helps with transport.",
    "Alcohol 2-3 drinks a week; no other substances.",
)
