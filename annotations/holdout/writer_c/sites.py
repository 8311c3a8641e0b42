"""Writer C's disease sites: diagnoses, treatment areas, organs at risk, reasons and site-specific evidence.

Placeholders: ``{side}``/``{Side}`` (laterality chosen per note), ``{other}`` (the opposite side).
Area entries are ``(site key, surfaces)``; the key is the normalised TREATMENT_SITE value.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Site:
    """One disease site's vocabulary."""

    key: str
    dx: list[str]
    areas: list[tuple[str, list[str]]]
    target: list[str]
    beams: list[str]
    oars: list[str]
    position: list[str]
    immob: list[str]
    contrast: list[str]
    features: list[str]
    fusion: list[str]
    history: list[str]
    reasons: list[tuple[str, str]]
    special: list[str] = field(default_factory=list)
    sided: bool = False
    prior: list[str] = field(default_factory=list)


SITES: dict[str, Site] = {}


def _add(site: Site) -> None:
    SITES[site.key] = site


_add(
    Site(
        key="breast",
        sided=True,
        dx=[
            "{side} breast invasive ductal carcinoma, pT2 pN1a, ER+/PR+/HER2-, s/p lumpectomy and SLNB",
            "{Side} breast cancer, grade 3 triple negative, s/p neoadjuvant chemo and partial mastectomy",
            "DCIS with microinvasion, {side} breast, s/p re-excision (margins negative)",
            "{side} breast IDC ypT1c ypN1 after AC-T, s/p mastectomy with tissue expander",
        ],
        areas=[
            ("{side} breast", ["{side} breast", "{Side} whole breast", "{side} breast / lumpectomy cavity"]),
            ("{side} supraclavicular", ["{side} supraclavicular fossa", "{side} SCV region", "{Side} supraclav"]),
            ("{side} axilla", ["{side} axilla (levels I-III)", "{side} axillary apex", "{Side} undissected axilla"]),
            ("{side} internal mammary", ["{side} internal mammary chain", "{side} IMN (interspaces 1-3)"]),
        ],
        target=["{side} breast", "{side} chest wall", "lumpectomy cavity"],
        beams=[
            "medial and lateral tangents with field-in-field segments",
            "two opposed tangential beams plus two field-in-field subfields",
            "a 4-beam tangent IMRT arrangement",
        ],
        oars=["heart", "LAD", "ipsilateral lung", "contralateral breast"],
        position=[
            "supine on an inclined breast board, both arms above the head",
            "supine, {side} arm abducted on a wing board, head turned to the {other}",
            "prone on the breast board with the {side} breast hanging through the aperture",
        ],
        immob=["breast board", "Vac-Lok bag under the arms", "wing board with hand grips", "knee sponge"],
        contrast=[
            "IV contrast (Omnipaque 300, 75 mL) given to outline the axillary and subclavian vessels",
            "intravenous iodinated contrast injected to separate the IMN vessels from nodal tissue",
        ],
        features=["arc_rotational", "particle", "custom_shielding", "hyperthermia"],
        fusion=["MRI", "PET"],
        history=[
            "Diagnostic mammogram on [redacted] showed a 2.3 cm spiculated mass at 2 o'clock.",
            "Breast MRI with gadolinium last spring demonstrated a single enhancing lesion, no contralateral findings.",
            "Staging PET/CT in March showed an FDG-avid level I axillary node and no distant disease.",
            "Ultrasound-guided core biopsy of the {side} breast mass and an axillary node confirmed IDC.",
        ],
        reasons=[
            (
                "OAR proximity",
                "the tumor bed sits directly over the heart and LAD, so cardiac structures must be "
                "contoured and spared on the planning scan",
            ),
            (
                "OAR proximity",
                "left-sided disease with the heart touching the chest wall on inspiration, needing "
                "careful heart and LAD delineation",
            ),
            ("multiple targets", "the breast and regional nodes need matched volumes with different depths"),
            (
                "irregular target",
                "the surgical cavity is irregular and seroma-filled, extending toward the inframammary fold",
            ),
            (
                "immobilization",
                "limited shoulder abduction after axillary dissection requires a custom arm position "
                "and indexed immobilization",
            ),
        ],
        prior=["contralateral breast in 2014", "mantle field for Hodgkin lymphoma in 1998"],
        special=["boost", "electron"],
    )
)
_add(
    Site(
        key="prostate",
        dx=[
            "adenocarcinoma of the prostate, Gleason 4+3=7, PSA 11.2, cT2b, unfavorable intermediate risk",
            "high-risk prostate cancer, Gleason 4+5=9, PSA 24, cT3a N0 on PSMA PET",
            "rising PSA (0.41) after radical prostatectomy, pT3a pN0, Gleason 3+4",
            "favorable intermediate-risk prostate adenocarcinoma, Gleason 3+4, PSA 7.8",
        ],
        areas=[
            ("prostate", ["prostate and proximal seminal vesicles", "prostate", "prostate/SV"]),
            ("pelvic nodes", ["pelvic lymph nodes", "bilateral pelvic nodal chains", "elective pelvic nodes"]),
            ("prostate bed", ["prostate bed", "prostatic fossa"]),
        ],
        target=["prostate", "prostate bed"],
        beams=["a 7-field IMRT arrangement", "nine coplanar IMRT beams", "a 5-field step-and-shoot plan"],
        oars=["rectum", "bladder", "femoral heads", "penile bulb", "small bowel"],
        position=["supine with knees and feet in an indexed Combifix", "supine, arms on chest, knee wedge"],
        immob=["Combifix leg immobilizer", "knee and foot cushions", "indexed Vac-Lok"],
        contrast=[
            "retrograde urethrogram performed with 10 mL dilute Omnipaque to locate the prostatic apex",
            "IV contrast given to outline the iliac vessels for nodal contouring",
        ],
        features=["arc_rotational", "particle", "brachytherapy"],
        fusion=["MRI", "PET"],
        history=[
            "Multiparametric MRI prostate with gadolinium in January showed a PI-RADS 5 lesion in the left peripheral "
            "zone.",
            "PSMA PET/CT at an outside facility showed no nodal or osseous uptake.",
            "Bone scan on [redacted] was negative.",
            "TRUS biopsy in 2023 showed Gleason 3+3 in 2/12 cores.",
        ],
        reasons=[
            (
                "OAR proximity",
                "the posterior prostate abuts the anterior rectal wall with no fat plane, so rectum and "
                "prostate must be separated on the planning images",
            ),
            ("fusion for delineation", "the apex is indistinct on CT and needs MRI registration to define it"),
            (
                "OAR proximity",
                "a large median lobe projects into the bladder base, so bladder and target need careful delineation",
            ),
            ("immobilization", "bilateral hip replacements and back pain need a reproducible custom leg position"),
        ],
        prior=["pelvis for rectal cancer in 2016"],
        special=["brachy"],
    )
)
_add(
    Site(
        key="head_neck",
        sided=True,
        dx=[
            "squamous cell carcinoma of the {side} tonsil, p16 positive, cT2 N1 M0",
            "SCC of the oral tongue, pT3 pN2b, s/p partial glossectomy and {side} neck dissection",
            "supraglottic larynx SCC, cT3 N2c",
            "nasopharyngeal carcinoma, WHO type III, T3 N2",
        ],
        areas=[
            ("head and neck primary", ["primary tumor", "gross primary disease", "primary site"]),
            ("{side} neck", ["{side} neck (levels II-IV)", "{side} neck nodes", "{Side} cervical nodes"]),
            ("{other} neck", ["{other} neck (elective levels II-IV)", "{other} neck nodes", "contralateral neck"]),
            ("retropharyngeal nodes", ["retropharyngeal nodes"]),
        ],
        target=["primary tumor", "oropharynx"],
        beams=["a 9-field IMRT plan", "seven non-coplanar beams", "opposed laterals with a matched low neck field"],
        oars=["spinal cord", "brainstem", "parotid glands", "mandible", "larynx", "optic chiasm"],
        position=["supine, neck extended, shoulders pulled down with straps", "supine with a mouth bite block"],
        immob=["5-point thermoplastic mask", "custom mouthpiece / tongue depressor", "head and shoulder mask"],
        contrast=[
            "IV contrast (Isovue 370, 80 mL) administered for nodal and vessel definition",
            "intravenous contrast bolus given during the scan to separate nodes from the jugular vein",
        ],
        features=["arc_rotational", "particle"],
        fusion=["PET", "MRI"],
        history=[
            "CT neck with contrast on [redacted] showed a 2.8 cm {side} level II node with central necrosis.",
            "PET/CT in February showed FDG-avid {side} tonsil primary (SUV 14) and ipsilateral nodes.",
            "Direct laryngoscopy with biopsy confirmed SCC.",
            "MRI of the nasopharynx with gadolinium showed skull-base erosion.",
        ],
        reasons=[
            (
                "OAR proximity",
                "the retropharyngeal node lies within a few millimetres of the spinal cord and brainstem",
            ),
            ("multiple targets", "the primary and both sides of the neck need separate dose levels"),
            ("contrast for delineation", "nodal disease cannot be separated from the jugular vessels without contrast"),
            (
                "immobilization",
                "a thermoplastic mask and bite block are needed to hold the tongue and neck reproducibly",
            ),
            (
                "prior field overlap",
                "he had prior neck irradiation, so the new volumes overlap the old fields and "
                "cord dose must be tracked",
            ),
        ],
        prior=["larynx in 2015 (66 Gy)"],
    )
)
_add(
    Site(
        key="lung",
        sided=True,
        dx=[
            "NSCLC, adenocarcinoma, {side} upper lobe, cT1c N0, medically inoperable (FEV1 38%)",
            "stage IIIA squamous cell carcinoma of the {side} lung with ipsilateral mediastinal nodes",
            "limited-stage small cell lung cancer, {side} hilum",
            "{side} lower lobe adenocarcinoma, EGFR mutant, oligoprogression",
        ],
        areas=[
            ("{side} lung primary", ["{side} upper lobe primary", "{side} lung tumor", "{Side} lung primary"]),
            ("mediastinum", ["mediastinal nodes (stations 4R/7)", "mediastinum", "subcarinal nodes"]),
            ("{side} hilum", ["{side} hilum", "{side} hilar nodes"]),
            ("{side} supraclavicular", ["{side} supraclavicular node"]),
        ],
        target=["lung tumor", "{side} upper lobe nodule"],
        beams=["nine non-coplanar SBRT beams", "a 6-field 3D conformal plan", "multiple static beams"],
        oars=["esophagus", "spinal cord", "proximal bronchial tree", "heart", "brachial plexus"],
        position=["supine, arms above the head on a wing board", "supine with arms up in a Vac-Lok cradle"],
        immob=["BodyFIX vacuum bag", "wing board", "Vac-Lok", "abdominal compression plate"],
        contrast=[
            "IV contrast given to distinguish hilar nodes from pulmonary vessels",
            "intravenous contrast (Omnipaque 350) used for mediastinal nodal definition",
        ],
        features=["arc_rotational", "particle"],
        fusion=["PET"],
        history=[
            "CT chest with IV contrast on [redacted] showed a 2.1 cm spiculated {side} upper lobe nodule.",
            "PET/CT in April: SUV max 9.8 in the primary, no nodal uptake.",
            "MRI brain with gadolinium was negative for metastases.",
            "EBUS in May sampled stations 4R and 7, both negative.",
        ],
        reasons=[
            ("target motion", "the tumor moves with breathing and the motion envelope must be measured for the ITV"),
            ("OAR proximity", "the tumor sits within 2 cm of the proximal bronchial tree and esophagus"),
            (
                "fusion for delineation",
                "tumor is hard to separate from post-obstructive atelectasis without PET registration",
            ),
            ("multiple targets", "the primary and involved nodes are separate volumes"),
        ],
        prior=["{other} lung SBRT in 2021"],
        special=["sbrt"],
    )
)
_add(
    Site(
        key="brain_glioma",
        dx=[
            "glioblastoma, IDH wild-type, MGMT unmethylated, s/p subtotal resection of a right temporal mass",
            "anaplastic astrocytoma, IDH mutant, left frontal, s/p resection",
            "low-grade oligodendroglioma with progression, right insula",
        ],
        areas=[("brain", ["resection cavity and residual enhancement", "brain tumor bed", "tumor bed"])],
        target=["resection cavity", "tumor bed"],
        beams=["five non-coplanar beams", "a 6-field IMRT plan"],
        oars=["optic chiasm", "brainstem", "hippocampi", "cochlea", "optic nerves"],
        position=["supine, head neutral on a Timo headrest"],
        immob=["3-point thermoplastic head mask", "open-face mask"],
        contrast=["IV contrast (Omnipaque 300) given to show the enhancing rim on the planning CT"],
        features=["arc_rotational", "particle"],
        fusion=["MRI"],
        history=[
            "MRI brain with and without gadolinium on [redacted] showed a 4 cm ring-enhancing right temporal mass.",
            "Postoperative MRI within 48 hours showed residual nodular enhancement.",
            "CT head in the ED showed vasogenic edema and 4 mm midline shift.",
        ],
        reasons=[
            ("fusion for delineation", "residual enhancing tumor is only visible on the postoperative MRI"),
            ("OAR proximity", "the cavity lies 4 mm from the optic chiasm and abuts the brainstem"),
            ("irregular target", "the cavity is irregular, with FLAIR signal tracking along the corpus callosum"),
        ],
        special=["proton"],
    )
)
_add(
    Site(
        key="brain_mets",
        dx=[
            "NSCLC with three new brain metastases",
            "melanoma metastatic to brain (two lesions)",
            "breast cancer, HER2+, with brain metastases",
            "renal cell carcinoma with a solitary cerebellar metastasis",
        ],
        areas=[
            ("left frontal metastasis", ["left frontal lesion (9 mm)", "L frontal met", "left frontal target"]),
            ("right cerebellar metastasis", ["right cerebellar lesion (14 mm)", "R cerebellar met"]),
            ("left parietal metastasis", ["left parietal lesion (6 mm)", "left parietal met"]),
            ("right occipital metastasis", ["right occipital lesion (11 mm)", "right occipital met"]),
        ],
        target=["metastasis", "whole brain"],
        beams=["multiple non-coplanar arcs", "opposed lateral whole-brain fields"],
        oars=["brainstem", "optic chiasm", "hippocampi", "lenses"],
        position=["supine, head on a custom cushion"],
        immob=["SRS frameless mask", "open-face SRS mask with mouth bite"],
        contrast=["IV contrast given on the planning CT to show the enhancing lesions"],
        features=["arc_rotational"],
        fusion=["MRI"],
        history=[
            "MRI brain with gadolinium on [redacted] showed enhancing lesions with surrounding edema.",
            "CT head without contrast in the ED showed a hyperdense lesion.",
            "PET/CT for restaging in June showed progression in the liver.",
        ],
        reasons=[
            (
                "fusion for delineation",
                "the lesions are only visible on the thin-slice contrast MRI, which must be "
                "registered to the planning CT",
            ),
            ("multiple targets", "several separate lesions each need their own target and margin"),
            ("OAR proximity", "the cerebellar lesion is 3 mm from the brainstem"),
        ],
        special=["srs"],
    )
)
_add(
    Site(
        key="bone_mets",
        dx=[
            "metastatic prostate cancer with painful osseous disease",
            "multiple myeloma with lytic lesions",
            "breast cancer metastatic to bone with cord compression risk",
            "NSCLC with painful spinal metastases",
        ],
        areas=[
            ("T10 spine", ["T10 vertebral body", "T9-T11", "thoracic spine T10"]),
            ("left hip", ["left acetabulum", "left hip", "L femoral neck"]),
            ("right humerus", ["right proximal humerus", "R humerus"]),
            ("L3 spine", ["L3 vertebral body", "L2-L4"]),
            ("sacrum", ["sacrum", "S1-S2"]),
        ],
        target=["T10 vertebral body", "painful site"],
        beams=["AP/PA opposed fields", "a 3-field posterior oblique arrangement", "opposed laterals"],
        oars=["spinal cord", "kidneys", "bowel", "cauda equina"],
        position=["supine on a Vac-Lok bag, arms on chest", "prone (could not lie supine for long)"],
        immob=["Vac-Lok bag", "knee sponge", "BodyFIX"],
        contrast=["IV contrast given to outline the epidural extension", "oral contrast given to locate bowel"],
        features=["arc_rotational", "custom_shielding", "complex_blocking"],
        fusion=["MRI", "PET"],
        history=[
            "MRI spine with gadolinium on [redacted] showed T10 epidural extension without cord compression.",
            "Bone scan in May showed uptake in the thoracic spine, left hip and ribs.",
            "CT chest/abdomen/pelvis with contrast last month showed new lytic lesions.",
        ],
        reasons=[
            ("OAR proximity", "epidural tumor abuts the cord at T10, so cord must be contoured on the MRI-fused scan"),
            ("prior field overlap", "T9-T11 was irradiated in 2022 and the new field overlaps it"),
            ("immobilization", "pain limits positioning; needs a custom vacuum bag to stay still"),
            ("multiple targets", "three separate painful sites are treated in one course"),
        ],
        prior=["T8-T12 (30 Gy) in 2022"],
        special=["palliative", "sbrt"],
    )
)
_add(
    Site(
        key="cervix",
        dx=[
            "squamous cell carcinoma of the cervix, FIGO IIB, with pelvic nodes",
            "cervical adenocarcinoma, FIGO IIIC1",
            "endometrial carcinoma, FIGO IB grade 2, s/p TAH/BSO",
        ],
        areas=[
            ("pelvis", ["pelvis", "whole pelvis", "pelvic nodes and cervix"]),
            ("para-aortic nodes", ["para-aortic nodes", "PA strip", "para-aortic extension"]),
            ("cervix", ["cervix (HR-CTV)", "cervix / uterus", "cervix"]),
            ("vaginal cuff", ["vaginal cuff", "upper vagina"]),
            ("left inguinal nodes", ["left inguinal nodes"]),
        ],
        target=["cervix", "vaginal cuff"],
        beams=["a 4-field box", "7-field IMRT", "AP/PA plus laterals"],
        oars=["bladder", "rectum", "sigmoid", "small bowel", "bone marrow"],
        position=["supine, frog-leg with knee support", "dorsal lithotomy in the brachytherapy suite"],
        immob=["Vac-Lok", "knee and foot cushion", "Combifix"],
        contrast=[
            "vaginal contrast (dilute Omnipaque on gauze) placed to mark the vaginal apex",
            "IV and oral contrast given to separate nodes and small bowel",
            "bladder instilled with 7 mL dilute contrast via the Foley balloon",
        ],
        features=["brachytherapy", "arc_rotational", "hyperthermia"],
        fusion=["MRI", "PET"],
        history=[
            "MRI pelvis with gadolinium on [redacted] showed a 5 cm cervical mass with left parametrial extension.",
            "PET/CT in January: FDG-avid cervix and two left external iliac nodes.",
            "EUA and cystoscopy in December were negative for bladder invasion.",
        ],
        reasons=[
            (
                "applicator verification",
                "applicator position relative to the cervix, bladder and rectum must be "
                "verified before each HDR insertion is planned",
            ),
            ("OAR proximity", "bulky disease pushes the sigmoid and bladder against the target"),
            ("contrast for delineation", "contrast is needed to outline the vaginal apex and bladder"),
            ("fusion for delineation", "parametrial extension is visible only on MRI"),
        ],
        special=["brachy"],
    )
)
_add(
    Site(
        key="rectum",
        dx=[
            "rectal adenocarcinoma, uT3 N1, 7 cm from the anal verge",
            "locally advanced rectal cancer, MRI cT3c N2, EMVI+",
            "recurrent rectal cancer in the presacral space after prior chemoradiation",
        ],
        areas=[
            ("pelvis", ["pelvis (mesorectum and nodes)", "pelvis", "pelvic nodal volume"]),
            ("rectal primary", ["primary tumor boost", "rectal primary"]),
            ("inguinal nodes", ["inguinal nodes", "bilateral inguinal nodes"]),
        ],
        target=["pelvis", "rectal tumor"],
        beams=["a 3-field PA/laterals arrangement", "a 5-field IMRT plan"],
        oars=["small bowel", "bladder", "femoral heads", "genitalia"],
        position=["prone on a belly board", "supine with a knee wedge"],
        immob=["belly board", "Vac-Lok", "knee wedge"],
        contrast=[
            "rectal contrast (barium 40 mL) given with an anal marker",
            "oral contrast given 60 min before the scan to opacify small bowel",
        ],
        features=["arc_rotational", "hyperthermia"],
        fusion=["MRI", "PET"],
        history=[
            "MRI rectum on [redacted] showed a 5 cm tumor with mesorectal nodes and threatened CRM.",
            "CT chest/abdomen/pelvis with IV contrast in March showed no metastases.",
            "Colonoscopy in February: friable mass 7 cm from the anal verge.",
        ],
        reasons=[
            ("OAR proximity", "small bowel dips into the pelvis next to the target and must be displaced and outlined"),
            ("contrast for delineation", "bowel and rectum need contrast opacification to be told apart from nodes"),
            ("prior field overlap", "recurrence lies inside the 2019 pelvic field"),
        ],
        prior=["pelvis, 50.4 Gy in 2019"],
    )
)
_add(
    Site(
        key="anal",
        sided=False,
        dx=["squamous cell carcinoma of the anal canal, T2 N1a", "anal margin SCC, HIV positive, T3 N0"],
        areas=[
            ("anal primary", ["anal canal primary", "primary tumor"]),
            ("pelvis", ["pelvic nodes", "pelvis"]),
            ("left inguinal nodes", ["left inguinal nodes", "L groin"]),
            ("right inguinal nodes", ["right inguinal nodes", "R groin"]),
        ],
        target=["anal canal"],
        beams=["a 7-field IMRT plan"],
        oars=["genitalia", "bladder", "femoral heads", "small bowel", "iliac crest marrow"],
        position=["supine, frog-leg, wire marker on the anal verge"],
        immob=["Vac-Lok", "frog-leg cushion"],
        contrast=["rectal contrast instilled with an anal marker", "IV contrast given to outline the iliac vessels"],
        features=["arc_rotational"],
        fusion=["PET", "MRI"],
        history=["PET/CT on [redacted] showed FDG-avid anal primary and left inguinal node."],
        reasons=[
            ("multiple targets", "primary, pelvic nodes and both groins are separate dose-painted volumes"),
            ("OAR proximity", "the genitalia and femoral heads lie close to the inguinal targets"),
        ],
    )
)
_add(
    Site(
        key="esophagus",
        dx=[
            "adenocarcinoma of the distal esophagus / GE junction, cT3 N1",
            "squamous cell carcinoma of the mid thoracic esophagus",
        ],
        areas=[
            ("esophagus", ["distal esophagus / GEJ", "esophageal primary", "esophagus"]),
            ("celiac nodes", ["celiac axis nodes", "celiac nodes"]),
            ("supraclavicular nodes", ["supraclavicular nodes"]),
        ],
        target=["esophagus", "GEJ tumor"],
        beams=["a 4-field 3D plan", "a 6-beam IMRT arrangement"],
        oars=["heart", "lungs", "spinal cord", "liver", "stomach"],
        position=["supine, arms above head, fasting 3 hours"],
        immob=["wing board", "Vac-Lok"],
        contrast=[
            "oral contrast (dilute barium) swallowed on the table to outline the esophageal lumen",
            "IV contrast given for nodal and vascular definition",
        ],
        features=["arc_rotational", "particle"],
        fusion=["PET"],
        history=[
            "EGD in April showed a circumferential mass 36-41 cm from the incisors.",
            "PET/CT on [redacted] showed SUV 12 at the GEJ and an avid gastrohepatic node.",
            "Barium swallow last year was reported as normal.",
        ],
        reasons=[
            ("fusion for delineation", "longitudinal extent is unclear on CT and needs PET registration"),
            ("OAR proximity", "the target runs along the heart and lungs, so dose to both must be limited"),
        ],
    )
)
_add(
    Site(
        key="pancreas",
        dx=["pancreatic head adenocarcinoma, borderline resectable, after FOLFIRINOX", "locally advanced PDAC"],
        areas=[("pancreas", ["pancreatic head", "pancreas tumor", "pancreatic primary and SMA margin"])],
        target=["pancreatic head"],
        beams=["a 5-field IMRT plan", "multiple SBRT beams"],
        oars=["duodenum", "stomach", "small bowel", "kidneys", "liver", "spinal cord"],
        position=["supine, arms up, fasting"],
        immob=["BodyFIX", "abdominal compression belt", "wing board"],
        contrast=[
            "IV contrast injected with the scan timed to the pancreatic phase (Omnipaque 350, 120 mL)",
            "oral contrast given to opacify the duodenum",
        ],
        features=["arc_rotational"],
        fusion=["MRI", "PET"],
        history=[
            "CT pancreas protocol with IV contrast on [redacted] showed a 3.2 cm hypodense head mass abutting the SMV.",
            "EUS-FNA in January confirmed adenocarcinoma.",
        ],
        reasons=[
            ("OAR proximity", "the tumor abuts the duodenum and stomach, which limit dose"),
            ("contrast for delineation", "the hypodense tumor is only seen in the pancreatic contrast phase"),
            ("target motion", "the pancreas moves 1 cm with respiration, so the motion must be measured"),
        ],
        special=["sbrt"],
    )
)
_add(
    Site(
        key="lymphoma",
        dx=[
            "classical Hodgkin lymphoma, stage IIA bulky mediastinal, after ABVD x 4",
            "diffuse large B-cell lymphoma of the neck, stage IIA, after R-CHOP",
            "follicular lymphoma grade 1-2, stage I, left inguinal",
        ],
        areas=[
            ("mediastinum", ["mediastinum (ISRT)", "mediastinal residual mass", "mediastinum"]),
            ("left neck", ["left neck nodes", "L cervical nodes"]),
            ("right neck", ["right neck nodes", "R cervical nodes"]),
            ("left axilla", ["left axilla", "L axillary nodes"]),
            ("left inguinal nodes", ["left inguinal nodes"]),
        ],
        target=["mediastinum"],
        beams=["AP/PA opposed fields", "a butterfly VMAT arrangement"],
        oars=["heart", "breasts", "lungs", "thyroid", "coronary arteries"],
        position=["supine, arms up, deep-inspiration breath hold coaching"],
        immob=["wing board", "head and shoulder mask", "Vac-Lok"],
        contrast=["IV contrast given to separate residual nodes from the great vessels"],
        features=["arc_rotational", "particle", "custom_shielding", "complex_blocking"],
        fusion=["PET"],
        history=[
            "Baseline PET/CT on [redacted] showed a 10 cm mediastinal mass (Deauville 5).",
            "Interim PET after 2 cycles: Deauville 3.",
            "CT neck/chest with IV contrast before chemo showed bulky adenopathy.",
        ],
        reasons=[
            (
                "fusion for delineation",
                "the pre-chemotherapy PET must be registered to define the involved-site volume",
            ),
            ("OAR proximity", "the residual mass drapes over the heart and coronary arteries"),
            ("multiple targets", "separate nodal stations are treated"),
            ("custom shielding", "the heart and breast tissue need custom blocks to shield them"),
        ],
        special=["electron"],
    )
)
_add(
    Site(
        key="skin",
        sided=True,
        dx=[
            "basal cell carcinoma of the {side} nasal ala",
            "cutaneous SCC of the {side} scalp, 3.5 cm",
            "Merkel cell carcinoma of the {side} cheek",
            "mycosis fungoides with plaques on the {side} forearm",
        ],
        areas=[
            ("{side} nose", ["{side} nasal ala", "{side} nose lesion"]),
            ("{side} scalp", ["{side} scalp lesion", "{side} parietal scalp"]),
            ("{side} cheek", ["{side} cheek", "{side} malar skin"]),
            ("{side} forearm", ["{side} forearm plaque"]),
            ("{side} ear", ["{side} helix", "{side} ear lesion"]),
        ],
        target=["skin lesion"],
        beams=["a single en face electron field", "orthovoltage en face field"],
        oars=["{side} lens", "{side} eye", "nasal mucosa", "ear canal"],
        position=["supine, head turned to the {other}", "seated in the treatment chair"],
        immob=["wax bolus", "head cushion and tape", "short thermoplastic mask"],
        contrast=[],
        features=["custom_shielding"],
        fusion=[],
        history=[
            "Shave biopsy on [redacted] by dermatology showed nodular BCC.",
            "CT neck with contrast showed no regional nodes.",
            "Mohs was declined.",
        ],
        reasons=[
            (
                "custom shielding",
                "the lesion is 1 cm from the {side} eye, so a custom cutout and eye shield are "
                "needed to protect the lens",
            ),
            ("irregular target", "the lesion outline is irregular and wraps onto the curved surface"),
            ("OAR proximity", "tumor margins approach the lens and the lacrimal apparatus"),
        ],
        special=["electron"],
    )
)
_add(
    Site(
        key="pediatric",
        dx=[
            "embryonal rhabdomyosarcoma of the {side} orbit, group III",
            "favorable-histology Wilms tumor, {side} kidney, stage III",
            "high-risk neuroblastoma, {side} adrenal primary, after resection",
            "Ewing sarcoma of the {side} pelvis",
        ],
        areas=[
            ("{side} orbit", ["{side} orbit", "orbital tumor"]),
            ("{side} flank", ["{side} flank / tumor bed", "{side} renal bed"]),
            ("{side} adrenal bed", ["{side} adrenal tumor bed", "primary site"]),
            ("{side} pelvis", ["{side} hemipelvis", "{side} iliac primary"]),
        ],
        target=["tumor bed"],
        beams=["a 5-field IMRT plan", "opposed AP/PA fields"],
        oars=["lens", "optic nerve", "contralateral kidney", "liver", "growth plates", "ovaries"],
        position=["supine under general anesthesia", "supine in a custom cradle, asleep"],
        immob=["custom pediatric mask", "Vac-Lok body cradle"],
        contrast=["IV contrast given via the port (weight-based dose)", "oral contrast given by the nurse in pre-op"],
        features=["particle", "arc_rotational"],
        fusion=["MRI", "PET"],
        history=[
            "MRI orbits with gadolinium on [redacted] showed a 3 cm enhancing mass displacing the globe.",
            "CT abdomen with contrast at diagnosis showed a 9 cm renal mass.",
            "MIBG scan after induction showed residual uptake.",
        ],
        reasons=[
            (
                "anesthesia/immobilization",
                "at age {age} the patient cannot hold still and needs general anesthesia and a custom cradle",
            ),
            ("OAR proximity", "the target is next to growth plates and the contralateral kidney"),
            ("fusion for delineation", "residual tumor is seen only on MRI"),
        ],
        special=["peds", "proton"],
    )
)
_add(
    Site(
        key="medulloblastoma",
        dx=["medulloblastoma, standard risk, s/p gross total resection", "high-risk medulloblastoma, M1"],
        areas=[
            ("brain", ["whole brain (cranial field)", "cranial volume", "brain"]),
            ("upper spine", ["upper spine field", "cervical/thoracic spine"]),
            ("lower spine", ["lower spine field", "lumbosacral spine to S2"]),
            ("posterior fossa", ["posterior fossa boost", "tumor bed boost"]),
        ],
        target=["craniospinal axis"],
        beams=["opposed lateral cranial fields", "posterior spine fields"],
        oars=["lenses", "cochlea", "thyroid", "heart", "kidneys"],
        position=["prone with a face rest", "supine under anesthesia"],
        immob=["custom head-and-shoulder mask", "full-body Vac-Lok"],
        contrast=["IV contrast given to outline the thecal sac"],
        features=["particle", "arc_rotational", "custom_shielding", "complex_blocking"],
        fusion=["MRI"],
        history=[
            "MRI brain and spine with gadolinium on [redacted] showed no leptomeningeal disease.",
            "Post-op CSF cytology was negative.",
        ],
        reasons=[
            ("multiple targets", "cranial and spinal fields have to be matched with junction feathering"),
            ("anesthesia/immobilization", "young child requiring anesthesia and a custom full-body cradle"),
        ],
        special=["csi", "peds", "proton"],
    )
)
_add(
    Site(
        key="tbi",
        dx=[
            "acute myeloid leukemia in CR1, conditioning for allogeneic transplant",
            "ALL, preparative regimen for stem cell transplant",
        ],
        areas=[("total body", ["total body", "whole body (TBI)"])],
        target=["total body"],
        beams=["AP/PA fields at extended distance", "opposed lateral fields at 4 m SSD"],
        oars=["lungs", "lenses", "kidneys"],
        position=["standing in the TBI stand", "lying on the floor couch, lateral decubitus"],
        immob=["TBI stand with bicycle seat", "floor couch cushions"],
        contrast=[],
        features=["custom_shielding"],
        fusion=[],
        history=["CT chest in May showed no pulmonary infiltrates.", "Bone marrow biopsy showed MRD negativity."],
        reasons=[
            (
                "custom shielding",
                "lung dose must be limited to 8 Gy, which needs custom lung blocks made from the patient's own anatomy",
            ),
            ("immobilization", "the patient has to hold the same standing position for each fraction"),
        ],
        special=["tbi"],
    )
)
_add(
    Site(
        key="sarcoma",
        sided=True,
        dx=[
            "high-grade undifferentiated pleomorphic sarcoma of the {side} thigh, 11 cm",
            "myxoid liposarcoma, {side} posterior thigh",
            "retroperitoneal liposarcoma, preoperative",
        ],
        areas=[
            ("{side} thigh", ["{side} thigh", "{side} posterior thigh compartment"]),
            ("{side} groin", ["{side} inguinal nodes"]),
            ("retroperitoneum", ["retroperitoneal mass"]),
        ],
        target=["{side} thigh"],
        beams=["opposed AP/PA fields", "a 5-field IMRT arrangement"],
        oars=["femur", "skin strip", "genitalia", "{other} leg"],
        position=["supine, frog-leg on the {side}", "prone, legs separated"],
        immob=["Vac-Lok leg cradle", "custom foot holder"],
        contrast=["IV contrast given to outline the tumor and femoral vessels"],
        features=["arc_rotational", "hyperthermia", "particle"],
        fusion=["MRI"],
        history=[
            "MRI {side} thigh with gadolinium on [redacted] showed an 11 cm heterogeneous mass.",
            "CT chest on [redacted] showed no pulmonary nodules.",
        ],
        reasons=[
            ("OAR proximity", "a strip of skin and the femur must be spared to avoid lymphedema and fracture"),
            ("fusion for delineation", "tumor edges and edema are defined only on MRI"),
            ("irregular target", "the mass wraps around the femoral vessels"),
        ],
    )
)
_add(
    Site(
        key="bladder",
        dx=["muscle-invasive urothelial carcinoma of the bladder, cT2 N0, bladder preservation"],
        areas=[
            ("bladder", ["whole bladder", "bladder"]),
            ("pelvic nodes", ["pelvic nodes"]),
            ("bladder tumor", ["tumor bed boost"]),
        ],
        target=["bladder"],
        beams=["a 4-field box", "a 7-field IMRT plan"],
        oars=["rectum", "small bowel", "femoral heads"],
        position=["supine, empty bladder, knee wedge"],
        immob=["knee wedge", "Vac-Lok"],
        contrast=[
            "bladder filled with 50 mL dilute contrast via catheter",
            "IV contrast given to show the bladder wall",
        ],
        features=["arc_rotational"],
        fusion=["MRI"],
        history=["TURBT on [redacted] showed muscle invasion.", "CT urogram with contrast showed a left wall mass."],
        reasons=[
            (
                "contrast for delineation",
                "the tumor site on the bladder wall can be outlined only with intravesical contrast",
            ),
            ("OAR proximity", "small bowel loops sit on the bladder dome"),
        ],
    )
)
_add(
    Site(
        key="liver",
        dx=["hepatocellular carcinoma, segment VII, 3.8 cm, Child-Pugh A", "colorectal liver metastasis, segment IVa"],
        areas=[("liver", ["segment VII lesion", "liver lesion", "hepatic target"])],
        target=["liver lesion"],
        beams=["nine coplanar SBRT beams"],
        oars=["duodenum", "stomach", "normal liver", "right kidney", "chest wall"],
        position=["supine, arms up"],
        immob=["BodyFIX with compression", "abdominal compression paddle"],
        contrast=["triphasic IV contrast administered (arterial and portal venous phases)"],
        features=["arc_rotational", "particle"],
        fusion=["MRI"],
        history=["MRI liver with Eovist on [redacted] showed an arterially enhancing lesion with washout."],
        reasons=[
            ("contrast for delineation", "the lesion is isodense without arterial-phase contrast"),
            ("target motion", "the lesion moves 1.5 cm craniocaudally with breathing"),
        ],
        special=["sbrt"],
    )
)

SITE_KEYS = list(SITES)
