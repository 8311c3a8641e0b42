"""Larkspur Children's Hospital vocabulary: staff, family, and 16 pediatric disease sites."""

from __future__ import annotations

from dataclasses import dataclass

HOSPITAL = (
    "Larkspur Children's Hospital",
    "Larkspur Children's Hospital - Radiation Oncology",
    "Larkspur Pediatric Proton Center",
    "LCH Radiation Oncology / Larkspur Pediatric Proton Center",
    "Larkspur Childrens Hosp. Rad Onc",
)
RAD_ONCS = (
    "Dr. Ilse Marchetti-Obi",
    "Dr. Tobias Wrenfield",
    "Dr. Anjali Castellanos",
    "Dr. Rufus Okafor-Hale",
    "Dr. Mireille Dunstan",
    "Dr. Caspian Yoo",
    "Dr. Philippa Arkwright",
    "Dr. Desmond Vantongeren",
)
RESIDENTS = ("Dr. Noor Halvorsen (PGY-4)", "Dr. Emeka Lindqvist (PGY-3)", "Dr. Saoirse Tanaka (PGY-5)")
ANESTHESIA = (
    "Dr. Beatrix Omondi (peds anesthesia)",
    "Dr. Lucien Farragut, MD (anesthesiology)",
    "Dr. Hana Szabo-Reyes",
    "Ingrid Pell, CRNA",
    "Marcus Teodoro, CRNA",
    "Dr. Wendell Achterberg",
)
CHILD_LIFE = (
    "Tamsin Rourke, CCLS",
    "Delphine Achebe, CCLS",
    "Jory Mackintosh, CCLS",
    "Oona Velazquez, CCLS",
)
NURSES = ("Priya Solberg, RN", "Callum Ferreira, RN, CPON", "Maren Ostrowski, BSN, RN", "Yusuf Delacroix, RN")
SOCIAL = ("Ruth Abernathy-Cole, LCSW", "Teo Marangoni, MSW", "Linnea Bashir, LICSW")
THERAPISTS = ("K. Vasquez-Lind, RTT", "B. Oyelaran, RTT", "S. Holmgren, RTT", "D. Prakash, RTT", "A. Fennimore, RTT")
DOSIMETRY = ("J. Ketterman, CMD", "R. Ilunga, CMD", "P. Sorensen-Ray, CMD")
PHYSICS = ("Dr. Ansel Moriarty, DABR", "Dr. Tove Lindahl, PhD")
ONCOLOGISTS = ("Dr. Fenella Obuya (neuro-oncology)", "Dr. Garrett Pinsky (solid tumor)", "Dr. Rosalind Huang (heme)")
SURGEONS = ("Dr. Ottavio Brandt (neurosurgery)", "Dr. Keziah Mwangi (pediatric surgery)", "Dr. Silas Varga (ortho onc)")
GUARDIANS = (
    "mother",
    "father",
    "both parents",
    "mom",
    "dad",
    "grandmother (legal guardian)",
    "foster mother",
    "mother and stepfather",
    "father and aunt",
    "parents",
)
PLACES = (
    "Cedar Falls",
    "Marrow Creek",
    "Ostrander",
    "Pell City Heights",
    "Willet Bend",
    "Harlan Ridge",
    "Quimby",
    "South Aldine",
    "Brannock",
    "Fairhollow",
)
SCHOOLS = (
    "Willet Bend Elementary",
    "Harlan Ridge Middle School",
    "Quimby Montessori",
    "Fairhollow Early Learning",
    "Ostrander K-8",
    "Brannock High School",
    "St. Anselm Academy",
    "Marrow Creek Preschool",
)
PAYERS = ("Prairie State Medicaid", "BlueHarbor Health Plan", "Meridia Family Insurance", "Cascade Mutual HMO")


@dataclass
class Site:
    """One disease site: diagnoses, area sets (values, tag), surfaces, OARs, allowed features and imaging."""

    key: str
    diagnoses: tuple[str, ...]
    area_sets: tuple[tuple[tuple[str, ...], str], ...]
    surfaces: dict[str, tuple[str, ...]]
    oars: tuple[str, ...]
    features: tuple[str, ...]
    modalities: tuple[str, ...]
    fourd: bool
    ages: tuple[int, int]
    history: tuple[str, ...]
    multi: bool
    vague_dx: str


def _s(*pairs: tuple[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    return dict(pairs)


SITES: dict[str, Site] = {}


def _add(site: Site) -> None:
    SITES[site.key] = site


_add(
    Site(
        "medulloblastoma",
        (
            "standard-risk medulloblastoma, s/p gross total resection",
            "high-risk medulloblastoma (M2 disease)",
            "classic medulloblastoma, WNT-activated, s/p suboccipital craniotomy",
            "SHH medulloblastoma, desmoplastic",
        ),
        (
            (("posterior fossa",), ""),
            (("brain", "spine"), "csi"),
            (("cranium", "upper spine", "lower spine"), "csi"),
            (("brain", "spine"), "csi"),
        ),
        _s(
            ("posterior fossa", ("posterior fossa tumor bed", "posterior fossa boost volume", "PF tumor bed")),
            ("brain", ("whole brain", "cranial volume", "brain")),
            ("spine", ("spinal axis", "entire spine", "spinal canal to S2")),
            ("cranium", ("cranial field", "whole-brain field", "cranium")),
            ("upper spine", ("upper spine field (C2-T10)", "upper spinal field", "upper spine")),
            ("lower spine", ("lower spine field (T11-S3)", "lower spinal field", "lower spine")),
        ),
        ("cochleae", "hypothalamus", "pituitary", "lenses", "thyroid", "vertebral bodies", "heart"),
        ("particle", "arc_rotational", "contrast"),
        ("MRI",),
        False,
        (3, 16),
        (
            "Diagnostic MRI brain/spine on {date} showed a {cm} cm enhancing fourth-ventricular mass.",
            "Post-op MRI {date} showed no residual; spine MRI negative for drop mets at that time.",
            "Outside CT head {date} showed hydrocephalus and a midline cerebellar mass.",
        ),
        True,
        "medulloblastoma for craniospinal irradiation with boost",
    )
)
_add(
    Site(
        "ependymoma",
        (
            "posterior fossa ependymoma, PFA group, s/p GTR",
            "anaplastic ependymoma (WHO grade 3), s/p near-total resection",
            "recurrent ependymoma after prior focal RT",
            "supratentorial ependymoma, ZFTA fusion",
        ),
        (
            (("posterior fossa",), ""),
            (("supratentorial tumor bed",), ""),
            (("posterior fossa", "spinal metastasis"), ""),
        ),
        _s(
            ("posterior fossa", ("posterior fossa tumor bed", "PF resection cavity", "posterior fossa")),
            ("supratentorial tumor bed", ("right frontal tumor bed", "supratentorial resection cavity")),
            ("spinal metastasis", ("T6 drop metastasis", "thoracic spinal nodule")),
        ),
        ("brainstem", "cochlea", "upper cervical cord", "optic chiasm", "hippocampus"),
        ("particle", "arc_rotational", "contrast"),
        ("MRI",),
        False,
        (1, 12),
        (
            "MRI {date} showed a {cm} cm mass extending through the foramen of Luschka.",
            "Diagnostic MRI ({date}) with gadolinium showed enhancing tumor at the obex.",
            "Surveillance MRI {date} showed a new nodular recurrence.",
        ),
        False,
        "ependymoma",
    )
)
_add(
    Site(
        "low_grade_glioma",
        (
            "optic pathway glioma, progressive after chemotherapy",
            "pilocytic astrocytoma, subtotally resected",
            "low-grade glioma, BRAF fusion, progressive on trametinib",
            "NF1-associated low-grade glioma",
        ),
        ((("optic pathway",), ""), (("left temporal lobe",), ""), (("thalamus",), "")),
        _s(
            ("optic pathway", ("optic pathway", "chiasmatic-hypothalamic tumor", "optic chiasm tumor")),
            ("left temporal lobe", ("left temporal lobe", "L temporal residual")),
            ("thalamus", ("right thalamus", "thalamic residual")),
        ),
        ("optic nerves", "hypothalamus", "pituitary", "hippocampi", "cochlea", "Circle of Willis vessels"),
        ("particle", "arc_rotational", "contrast"),
        ("MRI",),
        False,
        (4, 17),
        (
            "MRI {date} showed interval growth of the {cm} cm chiasmatic mass.",
            "Ophthalmology exam {date} showed declining acuity; MRI the same week showed progression.",
        ),
        False,
        "low-grade glioma",
    )
)
_add(
    Site(
        "craniopharyngioma",
        (
            "adamantinomatous craniopharyngioma, s/p cyst fenestration",
            "craniopharyngioma, s/p subtotal resection",
            "recurrent cystic craniopharyngioma",
        ),
        ((("suprasellar region",), ""),),
        _s(("suprasellar region", ("suprasellar tumor and cyst", "sellar/suprasellar target", "suprasellar region"))),
        ("optic chiasm", "hypothalamus", "pituitary stalk", "carotid arteries", "temporal lobes"),
        ("particle", "arc_rotational", "contrast"),
        ("MRI",),
        False,
        (5, 17),
        (
            "MRI {date} showed the cyst had re-expanded to {cm} cm.",
            "CT head {date} showed calcification in the suprasellar cistern.",
        ),
        False,
        "craniopharyngioma",
    )
)
_add(
    Site(
        "germ_cell_cns",
        (
            "pure germinoma, bifocal (pineal + suprasellar)",
            "non-germinomatous germ cell tumor, s/p chemotherapy",
            "suprasellar germinoma, CR after carboplatin/etoposide",
        ),
        ((("whole ventricle",), ""), (("pineal region", "suprasellar region"), ""), (("brain", "spine"), "csi")),
        _s(
            ("whole ventricle", ("whole-ventricular volume", "whole ventricles", "ventricular system")),
            ("pineal region", ("pineal region", "pineal boost")),
            ("suprasellar region", ("suprasellar region", "suprasellar boost")),
            ("brain", ("whole brain", "cranial volume")),
            ("spine", ("spinal axis", "entire spine")),
        ),
        ("hippocampi", "hypothalamus", "cochleae", "lenses"),
        ("particle", "arc_rotational", "contrast"),
        ("MRI",),
        False,
        (7, 18),
        (
            "MRI {date} showed a {cm} cm pineal mass with obstructive hydrocephalus.",
            "Serum and CSF markers {date}: beta-hCG mildly elevated; MRI showed a suprasellar lesion.",
        ),
        False,
        "intracranial germ cell tumor",
    )
)
_add(
    Site(
        "dipg",
        ("diffuse midline glioma, H3 K27M-altered (DIPG)", "diffuse intrinsic pontine glioma, clinical diagnosis"),
        ((("pons",), ""),),
        _s(("pons", ("pons", "pontine tumor", "brainstem target"))),
        ("cochleae", "pituitary", "temporal lobes", "spinal cord"),
        ("arc_rotational", "particle"),
        ("MRI",),
        False,
        (3, 12),
        (
            "MRI {date} showed an expansile T2-hyperintense pontine lesion.",
            "MRI ({date}) with contrast showed minimal enhancement of the pontine mass.",
        ),
        False,
        "diffuse midline glioma",
    )
)
_add(
    Site(
        "rms_head_neck",
        (
            "parameningeal embryonal rhabdomyosarcoma",
            "orbital rhabdomyosarcoma, group III",
            "alveolar rhabdomyosarcoma of the infratemporal fossa, FOXO1 fusion+",
        ),
        (
            (("left infratemporal fossa",), ""),
            (("right orbit",), ""),
            (("left infratemporal fossa", "left neck"), ""),
            (("nasopharynx", "bilateral neck"), ""),
            (("scalp",), "electron"),
        ),
        _s(
            ("left infratemporal fossa", ("left infratemporal fossa", "L ITF primary", "left parameningeal primary")),
            ("right orbit", ("right orbit", "R orbital primary")),
            ("left neck", ("left neck nodes", "L level II-III nodes")),
            ("nasopharynx", ("nasopharyngeal primary", "nasopharynx")),
            ("bilateral neck", ("bilateral neck", "both sides of the neck")),
            ("scalp", ("scalp scar", "left parietal scalp site")),
        ),
        ("optic nerve", "lens", "cochlea", "parotid", "mandible growth centers", "brainstem"),
        ("particle", "arc_rotational", "contrast", "custom_shielding"),
        ("MRI", "PET"),
        False,
        (2, 15),
        (
            "MRI face {date} showed a {cm} cm enhancing mass with skull-base erosion.",
            "PET/CT {date} showed FDG-avid primary, SUV {suv}.",
        ),
        True,
        "rhabdomyosarcoma, head and neck",
    )
)
_add(
    Site(
        "rms_gu",
        (
            "bladder/prostate embryonal rhabdomyosarcoma",
            "vaginal botryoid rhabdomyosarcoma",
            "paratesticular rhabdomyosarcoma with nodal disease",
        ),
        (
            (("bladder/prostate",), ""),
            (("vagina",), "brachy"),
            (("bladder/prostate", "pelvic nodes"), ""),
            (("bladder/prostate", "left pelvic nodes", "left inguinal nodes"), ""),
        ),
        _s(
            ("bladder/prostate", ("bladder/prostate primary", "bladder base tumor", "prostate-bladder region")),
            ("vagina", ("vaginal primary", "upper vagina")),
            ("pelvic nodes", ("pelvic nodes", "pelvic nodal volume")),
            ("left pelvic nodes", ("left pelvic nodes", "L external iliac nodes")),
            ("left inguinal nodes", ("left inguinal nodes", "L groin nodes")),
        ),
        ("femoral head growth plates", "rectum", "ovaries", "testes", "bowel"),
        ("particle", "arc_rotational", "contrast", "brachytherapy", "custom_shielding"),
        ("MRI", "PET", "ultrasound", "fluoroscopy"),
        False,
        (1, 14),
        (
            "MRI pelvis {date} showed a {cm} cm polypoid mass at the bladder base.",
            "PET/CT {date} showed FDG-avid pelvic nodes.",
        ),
        True,
        "genitourinary rhabdomyosarcoma",
    )
)
_add(
    Site(
        "ewing_sarcoma",
        (
            "Ewing sarcoma of the pelvis, EWSR1-FLI1",
            "Ewing sarcoma of the chest wall (Askin tumor)",
            "metastatic Ewing sarcoma with pulmonary nodules",
            "Ewing sarcoma of the L2 vertebral body",
        ),
        (
            (("pelvis",), ""),
            (("right chest wall",), ""),
            (("L2 vertebral body",), ""),
            (("left ilium", "whole lung"), ""),
            (("right chest wall", "whole lung", "T9 metastasis"), ""),
            (("right chest wall",), "electron"),
        ),
        _s(
            ("pelvis", ("right hemipelvis", "pelvic primary", "sacral-iliac primary")),
            ("right chest wall", ("right chest wall", "R chest wall post-op bed", "right posterior chest wall")),
            ("L2 vertebral body", ("L2 vertebral body", "L2 primary")),
            ("left ilium", ("left ilium", "L iliac wing primary")),
            ("whole lung", ("whole lungs", "bilateral whole lung")),
            ("T9 metastasis", ("T9 bone metastasis", "T9 met")),
        ),
        ("growth plates", "femoral head", "ovaries", "bowel", "kidneys", "spinal cord", "heart"),
        ("particle", "arc_rotational", "contrast", "custom_shielding", "complex_blocking"),
        ("MRI", "PET"),
        True,
        (6, 19),
        (
            "MRI {date} showed a {cm} cm soft-tissue mass with marrow involvement.",
            "PET/CT {date} showed SUVmax {suv} at the primary and two small lung nodules.",
        ),
        True,
        "Ewing sarcoma",
    )
)
_add(
    Site(
        "wilms",
        (
            "favorable-histology Wilms tumor, stage III",
            "Wilms tumor, stage IV with lung metastases",
            "anaplastic Wilms tumor, s/p nephrectomy",
            "bilateral Wilms tumor (stage V), s/p partial nephrectomy",
        ),
        (
            (("right flank",), ""),
            (("left flank",), ""),
            (("whole abdomen",), ""),
            (("whole lung",), ""),
            (("right flank", "whole lung"), ""),
            (("left flank", "whole lung", "liver metastasis"), ""),
        ),
        _s(
            ("right flank", ("right flank", "R flank / tumor bed", "right renal fossa")),
            ("left flank", ("left flank", "L renal bed", "left flank tumor bed")),
            ("whole abdomen", ("whole abdomen", "whole-abdomen field")),
            ("whole lung", ("whole lungs", "bilateral whole lung")),
            ("liver metastasis", ("liver metastasis", "segment VI liver lesion")),
        ),
        ("contralateral kidney", "liver", "vertebral bodies", "iliac crest growth plate", "ovaries", "bowel"),
        ("arc_rotational", "contrast", "particle", "complex_blocking"),
        ("MRI", "PET"),
        True,
        (1, 9),
        (
            "CT abdomen {date} showed a {cm} cm heterogeneous renal mass with tumor spill.",
            "Chest CT {date} showed multiple bilateral nodules up to {mm} mm.",
        ),
        True,
        "Wilms tumor",
    )
)
_add(
    Site(
        "neuroblastoma",
        (
            "high-risk neuroblastoma, MYCN-amplified",
            "stage M neuroblastoma, s/p induction and tandem transplant",
            "high-risk neuroblastoma with persistent MIBG-avid sites",
        ),
        (
            (("left adrenal bed",), ""),
            (("right adrenal bed",), ""),
            (("left adrenal bed", "skull metastasis"), ""),
            (("right adrenal bed", "left femur metastasis", "T11 metastasis"), ""),
        ),
        _s(
            ("left adrenal bed", ("left adrenal bed", "L suprarenal tumor bed", "left retroperitoneal primary")),
            ("right adrenal bed", ("right adrenal bed", "R suprarenal tumor bed")),
            ("skull metastasis", ("right parietal skull metastasis", "skull met")),
            ("left femur metastasis", ("left femur metastasis", "L distal femur site")),
            ("T11 metastasis", ("T11 metastasis", "T11 vertebral site")),
        ),
        ("kidneys", "liver", "vertebral bodies", "bowel", "ovaries", "femoral growth plate"),
        ("particle", "arc_rotational", "contrast"),
        ("MRI", "PET"),
        True,
        (1, 10),
        (
            "MIBG scan {date} showed uptake at the primary and {n} osseous sites.",
            "CT abdomen {date} showed a {cm} cm calcified suprarenal mass encasing the renal vessels.",
        ),
        True,
        "high-risk neuroblastoma",
    )
)
_add(
    Site(
        "hodgkin",
        (
            "classic Hodgkin lymphoma, nodular sclerosis, stage IIB",
            "Hodgkin lymphoma, slow early responder",
            "relapsed Hodgkin lymphoma, pre-transplant consolidation",
        ),
        (
            (("mediastinum",), ""),
            (("mediastinum", "left neck"), ""),
            (("left neck", "right neck", "mediastinum"), ""),
            (("bilateral neck", "mediastinum"), ""),
            (("mediastinum", "left axilla", "spleen"), ""),
        ),
        _s(
            ("mediastinum", ("mediastinum", "mediastinal residual", "anterior mediastinal mass")),
            ("left neck", ("left neck", "L supraclavicular/low neck")),
            ("right neck", ("right neck", "R supraclavicular nodes")),
            ("bilateral neck", ("bilateral neck", "both neck sides")),
            ("left axilla", ("left axilla", "L axillary nodes")),
            ("spleen", ("spleen", "splenic lesion")),
        ),
        ("heart", "breast tissue", "thyroid", "lungs", "coronary arteries"),
        ("particle", "arc_rotational", "contrast"),
        ("PET",),
        True,
        (11, 19),
        (
            "PET/CT {date} showed a bulky {cm} cm mediastinal mass, Deauville 5.",
            "Interim PET {date} showed Deauville 4 residual in the anterior mediastinum.",
        ),
        True,
        "Hodgkin lymphoma",
    )
)
_add(
    Site(
        "retinoblastoma",
        (
            "unilateral retinoblastoma, group D, after intra-arterial chemo",
            "bilateral retinoblastoma, RB1 germline",
            "retinoblastoma with orbital extension after enucleation",
        ),
        ((("right orbit",), ""), (("left eye",), "brachy"), (("right eye",), "brachy")),
        _s(
            ("right orbit", ("right orbit", "R orbital target")),
            ("left eye", ("left eye", "OS tumor")),
            ("right eye", ("right eye", "OD tumor")),
        ),
        ("lens", "lacrimal gland", "orbital bone growth centers", "optic nerve", "pituitary"),
        ("particle", "brachytherapy", "custom_shielding", "arc_rotational"),
        ("MRI", "ultrasound"),
        False,
        (1, 6),
        (
            "MRI orbits {date} showed {mm} mm scleral thickening.",
            "Exam under anesthesia {date} showed a {mm} mm residual tumor.",
        ),
        False,
        "retinoblastoma",
    )
)
_add(
    Site(
        "nasopharynx",
        ("nasopharyngeal carcinoma, WHO type III, EBV+", "adolescent NPC, stage IVA after induction chemo"),
        ((("nasopharynx",), ""), (("nasopharynx", "left neck"), ""), (("nasopharynx", "bilateral neck"), "")),
        _s(
            ("nasopharynx", ("nasopharynx", "nasopharyngeal primary", "NP primary")),
            ("left neck", ("left neck", "L level II-V")),
            ("bilateral neck", ("bilateral neck", "both sides of the neck")),
        ),
        ("parotids", "cochleae", "brainstem", "optic chiasm", "temporal lobes", "mandible"),
        ("arc_rotational", "particle", "contrast"),
        ("MRI", "PET"),
        False,
        (12, 19),
        ("MRI {date} showed skull-base invasion at the clivus.", "PET/CT {date}: FDG-avid bilateral level II nodes."),
        True,
        "nasopharyngeal carcinoma",
    )
)
_add(
    Site(
        "leukemia_tbi",
        ("B-ALL in CR2, pre-allogeneic transplant", "T-ALL with testicular relapse", "AML with CNS involvement"),
        ((("total body",), "tbi"), (("testes",), "electron"), (("cranium",), ""), (("total body", "testes"), "tbi")),
        _s(
            ("total body", ("total body", "TBI", "total body (TBI)")),
            ("testes", ("testes", "bilateral testes", "scrotum/testes")),
            ("cranium", ("cranium", "whole brain (cranial boost)")),
        ),
        ("lungs", "kidneys", "lenses", "liver"),
        ("custom_shielding", "arc_rotational", "complex_blocking"),
        ("fluoroscopy",),
        False,
        (3, 19),
        ("Bone marrow {date} showed MRD {pct}%.", "Testicular ultrasound {date} showed bilateral enlargement."),
        False,
        "acute leukemia",
    )
)
_add(
    Site(
        "palliative",
        (
            "relapsed osteosarcoma with bone metastases",
            "progressive metastatic rhabdoid tumor",
            "AML with scalp chloroma",
            "relapsed neuroblastoma, palliative intent",
        ),
        (
            (("T8 vertebral body",), ""),
            (("right femur",), ""),
            (("scalp chloroma",), "electron"),
            (("L1 vertebra", "left acetabulum"), ""),
            (("skull", "T6 vertebra", "right ilium"), ""),
        ),
        _s(
            ("T8 vertebral body", ("T8 vertebral body", "T8 met")),
            ("right femur", ("right femur", "R proximal femur lesion")),
            ("scalp chloroma", ("scalp chloroma", "left frontal scalp nodule")),
            ("L1 vertebra", ("L1 vertebra", "L1 lesion")),
            ("left acetabulum", ("left acetabulum", "L acetabular lesion")),
            ("skull", ("skull vertex lesion", "calvarial lesion")),
            ("T6 vertebra", ("T6 vertebra", "T6 lesion")),
            ("right ilium", ("right ilium", "R iliac lesion")),
        ),
        ("spinal cord", "kidneys", "bowel", "femoral growth plate", "brain"),
        ("arc_rotational", "custom_shielding", "particle", "contrast"),
        ("MRI", "PET"),
        False,
        (4, 19),
        (
            "MRI spine {date} showed epidural extension at the level of pain.",
            "Bone scan {date} showed {n} new lesions.",
        ),
        True,
        "metastatic disease, palliative",
    )
)
