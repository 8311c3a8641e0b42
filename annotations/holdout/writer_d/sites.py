"""Writer D's disease sites: diagnoses, nameable treatment areas, organs at risk, site-specific evidence.

Area entries are ``(surfaces, normalised name)``; ``{side}``/``{S}`` are filled per note with the laterality
("left"/"L" or "right"/"R"). Feature surfaces here are only the site-specific ones (contrast route,
shielding, applicators); technique surfaces (arcs, protons) live in ``phrases``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Site:
    """One disease site and the vocabulary its notes draw on."""

    key: str
    dx: tuple[str, ...]
    areas: tuple[tuple[tuple[str, ...], str], ...]
    targets: tuple[str, ...]
    oars: tuple[str, ...]
    features: dict[str, tuple[str, ...]]
    mods: tuple[str, ...]
    immob: tuple[str, ...]
    hx: tuple[str, ...]
    prior: tuple[str, ...]
    motion: bool = False
    peds: bool = False
    setup: bool = False
    lateral: bool = False
    generic_targets: tuple[str, ...] = ("target volumes per physician directive",)


ARC = ("arc_rotational",)
PBS = ("particle",)

SITES: tuple[Site, ...] = (
    Site(
        key="head_neck",
        dx=(
            "p16+ SCC of the {side} base of tongue, cT2N1",
            "SCC {side} tonsil, T3N2b (AJCC 7)",
            "nasopharyngeal carcinoma, WHO III, T2N2",
            "SCC of the {side} oral tongue s/p partial glossectomy, pT2N1",
        ),
        areas=(
            (("oropharyngeal primary", "primary site", "BOT/tonsil primary"), "oropharynx"),
            (("{side} neck", "ipsilateral neck levels II-IV"), "{side} neck"),
            (("{other} neck", "contralateral neck"), "{other} neck"),
            (("retropharyngeal nodes", "RP nodes"), "retropharyngeal nodes"),
        ),
        targets=("nodal CTV", "primary GTV", "high-risk CTV"),
        oars=("spinal cord", "{other} parotid", "mandible", "brainstem", "larynx"),
        features={"contrast": ("IV contrast", "IV Omnipaque", "intravenous contrast")},
        mods=("MRI", "PET"),
        immob=(
            "5-point thermoplastic mask with shoulder retraction",
            "long Aquaplast mask, mouthpiece/tongue depressor, headrest C",
            "supine, head on Timo S-rest, bite block",
        ),
        hx=(
            "CT neck with contrast {date}: {side} level II node 2.3 cm, necrotic",
            "PET/CT {date}: FDG-avid primary (SUV 14) and {side} level II/III nodes",
            "MRI neck {date}: primary measuring 3.1 cm, no bony invasion",
        ),
        prior=("{other} neck field", "prior oral cavity course"),
        lateral=True,
    ),
    Site(
        key="breast",
        dx=(
            "{side} breast IDC, pT1cN1a, ER+/PR+/HER2-, s/p lumpectomy + SLNB/ALND",
            "{side} breast cancer s/p mastectomy, ypT2N2a after neoadjuvant chemo",
            "DCIS/IDC {side} breast, pT2N1, triple negative",
        ),
        areas=(
            (("{side} breast", "{S} whole breast", "{side} chest wall"), "{side} breast"),
            (("{side} supraclavicular fossa", "{S} SCV", "supraclav"), "{side} supraclavicular"),
            (("{side} axilla", "{S} axilla (levels I-III)", "axillary apex"), "{side} axilla"),
            (("{side} internal mammary nodes", "{S} IMN", "IMC"), "{side} internal mammary"),
        ),
        targets=("chest wall CTV", "IMN volume", "breast CTV"),
        oars=("heart", "LAD", "ipsilateral lung", "contralateral breast", "brachial plexus"),
        features={
            "custom_shielding": ("custom electron cutout", "custom Cerrobend cutout"),
            "complex_blocking": ("complex blocking",),
            "hyperthermia": ("hyperthermia probe placement verified",),
        },
        mods=("MRI", "PET"),
        immob=(
            "breast board 10 deg incline, both arms up",
            "Vac-Lok w/ arms overhead, head turned away",
            "wingboard, knee sponge, index H3",
        ),
        hx=(
            "bilateral mammogram {date}: 1.8 cm spiculated mass {side} UOQ",
            "breast MRI {date} w/ gadolinium: no additional disease",
            "staging PET/CT {date}: no distant disease, {side} axillary node SUV 4",
        ),
        prior=("prior tangents to the {other} breast", "previous mantle field"),
        lateral=True,
        setup=True,
    ),
    Site(
        key="lung",
        dx=(
            "NSCLC adenocarcinoma {side} upper lobe, cT1bN0 (medically inoperable)",
            "stage IIIA squamous cell lung ca, {side} hilum w/ station 7 nodes",
            "small cell lung cancer, limited stage",
        ),
        areas=(
            (("{side} upper lobe primary", "{S}UL mass", "{side} lung tumour"), "{side} lung"),
            (("mediastinal nodes", "stations 4R/7", "mediastinum"), "mediastinum"),
            (("{side} hilum", "{S} hilar nodes"), "{side} hilum"),
            (("{side} supraclavicular node", "{S} SCV node"), "{side} supraclavicular"),
        ),
        targets=("ITV", "primary tumour", "nodal GTV"),
        oars=("esophagus", "proximal bronchial tree", "brachial plexus", "heart", "spinal cord"),
        features={"contrast": ("IV contrast", "intravenous contrast")},
        mods=("PET",),
        immob=("BodyFIX w/ arms up", "wingboard + Vac-Lok, arms above head", "supine, T-bar, knee bolster"),
        hx=(
            "CT chest w/ IV contrast {date}: 2.4 cm spiculated {side} upper lobe nodule",
            "PET/CT {date}: SUV 11 primary, no nodal uptake",
            "MRI brain {date}: no metastases",
        ),
        prior=("prior mediastinal field", "previous SBRT to the {other} lung"),
        motion=True,
        lateral=True,
    ),
    Site(
        key="prostate",
        dx=(
            "adenocarcinoma of the prostate, Gleason 4+3, PSA 11.2, cT2b",
            "high-risk prostate ca, GG 4, PSA 24",
            "biochemical recurrence s/p radical prostatectomy, PSA 0.4",
        ),
        areas=(
            (("prostate", "prostate + proximal SVs", "prostate/SV"), "prostate"),
            (("pelvic lymph nodes", "pelvic LNs", "elective pelvic nodes"), "pelvic nodes"),
        ),
        targets=("prostate", "prostatic apex", "CTV"),
        oars=("rectum", "bladder", "penile bulb", "femoral heads", "small bowel"),
        features={
            "contrast": ("retrograde urethrogram contrast", "urethrogram contrast"),
            "brachytherapy": ("HDR catheter positions verified", "implant catheter positions verified"),
        },
        mods=("MRI", "ultrasound"),
        immob=(
            "supine, knee/foot immobiliser, full bladder protocol",
            "Vac-Lok legs, comfortably full bladder, empty rectum",
            "supine w/ Combifix, arms on chest",
        ),
        hx=(
            "prostate MRI {date}: PI-RADS 5 lesion {side} PZ, no EPE",
            "PSMA PET {date}: no nodal or osseous uptake",
            "bone scan {date}: negative",
        ),
        prior=("prior rectal field",),
        lateral=True,
    ),
    Site(
        key="cervix",
        dx=(
            "SCC of the cervix, FIGO IIB",
            "cervical adenocarcinoma stage IIIC1r",
            "locally advanced cervical cancer, FIGO 2018 IIB",
        ),
        areas=(
            (("cervix/uterus", "cervix", "uterus and cervix"), "cervix"),
            (("pelvic nodes", "pelvic lymph nodes", "common/external iliac nodes"), "pelvic nodes"),
            (("para-aortic nodes", "PA nodes"), "para-aortic nodes"),
        ),
        targets=("HR-CTV", "cervix", "parametria"),
        oars=("bladder", "rectum", "sigmoid", "small bowel"),
        features={
            "contrast": ("vaginal contrast", "bladder contrast", "IV contrast"),
            "brachytherapy": (
                "tandem and ovoid applicator position verified",
                "T&O position verified",
                "T&R applicator position verified",
                "tandem and ring applicator verified",
            ),
        },
        mods=("MRI", "PET", "fluoroscopy", "ultrasound"),
        immob=("supine, frog-leg, Foley in place", "dorsal lithotomy then flattened for CT", "supine, knee sponge"),
        hx=(
            "MRI pelvis {date}: 4.6 cm cervical mass with {side} parametrial extension",
            "PET/CT {date}: FDG-avid cervix and {side} external iliac node",
            "EUA {date}: {side} parametrium involved to mid-sidewall",
        ),
        prior=("prior pelvic field",),
    ),
    Site(
        key="endometrium",
        dx=(
            "endometrioid endometrial adenocarcinoma FIGO IB, grade 2, s/p TAH/BSO",
            "uterine serous carcinoma stage IA s/p staging surgery",
        ),
        areas=(
            (("vaginal cuff", "vaginal vault", "upper vagina"), "vaginal cuff"),
            (("pelvic nodes", "pelvic lymph nodes"), "pelvic nodes"),
        ),
        targets=("vaginal cuff", "upper vaginal CTV"),
        oars=("bladder", "rectum", "sigmoid"),
        features={
            "brachytherapy": (
                "vaginal cylinder position verified",
                "3.0 cm cylinder verified",
                "cylinder applicator verified",
            ),
            "contrast": ("vaginal contrast", "bladder contrast"),
        },
        mods=("MRI", "fluoroscopy"),
        immob=("supine, frog-leg", "supine w/ cylinder clamp to table", "knee sponge, legs together"),
        hx=("CT A/P with contrast {date}: no adenopathy", "pelvic MRI {date}: myometrial invasion >50%"),
        prior=("prior pelvic field",),
    ),
    Site(
        key="rectum",
        dx=(
            "adenocarcinoma of the mid rectum, cT3N1, 7 cm from AV",
            "low rectal adenocarcinoma, cT3bN2a, MRF threatened",
            "rectal ca, cT4aN1 (TNT protocol)",
        ),
        areas=(
            (("rectal primary", "rectum", "primary tumour"), "rectum"),
            (("mesorectal/presacral nodes", "mesorectum"), "mesorectal nodes"),
            (("internal iliac nodes", "IIN"), "internal iliac nodes"),
            (("{side} inguinal nodes",), "{side} inguinal nodes"),
        ),
        targets=("rectal GTV", "mesorectal CTV", "pelvic CTV"),
        oars=("small bowel", "bladder", "femoral heads", "genitalia"),
        features={
            "contrast": ("rectal contrast", "oral contrast", "IV contrast", "small-bowel contrast"),
            "complex_blocking": ("complex blocking",),
        },
        mods=("MRI", "PET"),
        immob=(
            "prone on belly board, full bladder",
            "supine, Vac-Lok, arms on chest",
            "prone, bowel-displacement board",
        ),
        hx=(
            "MRI pelvis {date}: T3c tumour, MRF 1 mm, EMVI+",
            "CT C/A/P with contrast {date}: no metastases",
            "colonoscopy {date}: friable mass at 7 cm",
        ),
        prior=("prior pelvic field", "previous prostate course"),
        lateral=True,
    ),
    Site(
        key="pancreas",
        dx=(
            "borderline resectable adenocarcinoma of the pancreatic head",
            "locally advanced pancreatic body cancer, SMA encasement",
        ),
        areas=(
            (("pancreatic head mass", "pancreas primary", "pancreatic tumour"), "pancreas"),
            (("peripancreatic nodes", "regional nodes"), "peripancreatic nodes"),
            (("celiac axis nodes", "celiac nodes"), "celiac nodes"),
        ),
        targets=("pancreatic GTV", "SMA/SMV interface", "tumour-vessel interface"),
        oars=("duodenum", "stomach", "small bowel", "kidneys", "liver"),
        features={"contrast": ("IV contrast", "oral contrast", "PO contrast", "pancreatic-protocol IV contrast")},
        mods=("MRI", "PET"),
        immob=("arms up, Vac-Lok, abdominal compression", "wingboard, knee sponge", "BodyFIX w/ compression paddle"),
        hx=("pancreas-protocol CT {date}: 3.2 cm head mass, 180 deg SMV contact", "EUS {date}: FNA positive"),
        prior=("prior upper abdominal field",),
        motion=True,
    ),
    Site(
        key="brain_mets",
        dx=(
            "brain metastases from NSCLC (EGFR+)",
            "melanoma brain metastases",
            "metastatic breast ca to brain, HER2+",
        ),
        areas=(
            (("{side} frontal lesion", "{S} frontal met"), "{side} frontal metastasis"),
            (("{other} cerebellar lesion", "{other} cerebellar met"), "{other} cerebellar metastasis"),
            (("{side} occipital lesion",), "{side} occipital metastasis"),
            (("{other} parietal lesion", "{other} parietal met"), "{other} parietal metastasis"),
        ),
        targets=("lesion", "metastasis", "resection cavity"),
        oars=("brainstem", "optic chiasm", "optic nerves", "cochlea", "hippocampus"),
        features={"contrast": ("IV contrast", "intravenous contrast")},
        mods=("MRI",),
        immob=("open-face SRS mask + SGRT", "frameless Encompass mask", "Q-fix mask, headrest B"),
        hx=(
            "MRI brain {date} w/ gadolinium: enhancing lesions, largest 1.4 cm",
            "CT head {date}: vasogenic oedema, no shift",
        ),
        prior=("prior whole-brain field", "previous SRS to a {other} frontal lesion"),
        lateral=True,
    ),
    Site(
        key="glioma",
        dx=(
            "glioblastoma, IDH-wildtype, MGMT unmethylated, s/p GTR",
            "grade 3 oligodendroglioma s/p subtotal resection",
        ),
        areas=((("resection cavity + FLAIR", "tumour bed", "surgical cavity"), "brain tumour bed"),),
        targets=("resection cavity", "T2/FLAIR abnormality"),
        oars=("optic chiasm", "brainstem", "optic nerves", "hippocampus"),
        features={},
        mods=("MRI", "PET"),
        immob=("thermoplastic mask, headrest A", "3-point mask, neutral neck"),
        hx=("post-op MRI {date}: no residual enhancement", "MRI {date} pre-op: 4.5 cm ring-enhancing mass"),
        prior=("prior partial-brain field",),
    ),
    Site(
        key="csi_peds",
        dx=(
            "medulloblastoma, standard risk, s/p resection",
            "ependymoma with CSF seeding",
            "germinoma (non-germinomatous arm)",
        ),
        areas=(
            (("whole brain", "cranium"), "brain"),
            (("upper spine", "upper spinal field"), "upper spine"),
            (("lower spine", "lower spinal field"), "lower spine"),
            (("posterior fossa boost",), "posterior fossa"),
        ),
        targets=("craniospinal axis", "thecal sac", "posterior fossa"),
        oars=("cochleae", "lenses", "thyroid", "vertebral bodies"),
        features={},
        mods=("MRI",),
        immob=("prone-to-supine conversion, long mask + body Vac-Lok", "supine CSI board, mask, indexed Vac-Lok"),
        hx=("MRI brain/spine {date}: no leptomeningeal disease", "post-op MRI {date}: no residual"),
        prior=(),
        peds=True,
    ),
    Site(
        key="peds_abdomen",
        dx=(
            "favourable histology Wilms tumour, stage III",
            "neuroblastoma, high risk, s/p resection",
            "rhabdomyosarcoma of the bladder/prostate",
        ),
        areas=(
            (("{side} flank", "{S} tumour bed"), "{side} flank"),
            (("whole lung", "bilateral lungs"), "lungs"),
            (("para-aortic nodes",), "para-aortic nodes"),
        ),
        targets=("tumour bed", "flank CTV"),
        oars=("kidneys", "liver", "vertebral bodies", "bowel"),
        features={"contrast": ("oral contrast", "IV contrast")},
        mods=("MRI",),
        immob=("pediatric Vac-Lok, arms up", "supine, small body bag, indexed"),
        hx=("CT abdomen {date} w/ contrast: 9 cm {side} renal mass", "MIBG {date}: no distant uptake"),
        prior=(),
        peds=True,
        lateral=True,
    ),
    Site(
        key="lymphoma",
        dx=("classical Hodgkin lymphoma IIA, bulky mediastinum", "DLBCL stage II after R-CHOP x4, PET Deauville 4"),
        areas=(
            (("mediastinum", "mediastinal mass"), "mediastinum"),
            (("{side} neck", "{S} cervical nodes"), "{side} neck"),
            (("{other} supraclavicular nodes", "{other} SCV"), "{other} supraclavicular"),
            (("{side} axilla",), "{side} axilla"),
        ),
        targets=("ISRT CTV", "residual mass", "involved nodes"),
        oars=("heart", "breasts", "lungs", "thyroid"),
        features={"contrast": ("IV contrast",)},
        mods=("PET",),
        immob=("DIBH w/ SGRT, arms akimbo", "shoulder mask + arms down", "Vac-Lok, arms up"),
        hx=("baseline PET/CT {date}: bulky mediastinal mass 11 cm", "interim PET {date}: Deauville 3"),
        prior=("prior mantle field",),
        lateral=True,
    ),
    Site(
        key="esophagus",
        dx=("adenocarcinoma of the distal esophagus/GEJ, cT3N1", "squamous cell ca mid esophagus, cT2N1"),
        areas=(
            (("distal esophagus/GEJ primary", "esophageal primary", "esophagus"), "esophagus"),
            (("celiac nodes", "celiac axis"), "celiac nodes"),
            (("paraesophageal nodes",), "paraesophageal nodes"),
        ),
        targets=("esophageal GTV", "GEJ", "nodal CTV"),
        oars=("heart", "lungs", "spinal cord", "stomach"),
        features={"contrast": ("oral contrast", "PO contrast", "IV contrast", "barium")},
        mods=("PET",),
        immob=("wingboard, arms up, Vac-Lok", "arms overhead, T-bar"),
        hx=("EGD {date}: mass 35-40 cm", "PET/CT {date}: SUV 12 primary + celiac node"),
        prior=("prior mediastinal field",),
        motion=True,
    ),
    Site(
        key="skin",
        dx=(
            "BCC of the nasal ala",
            "SCC {side} temple, 2.1 cm",
            "SCC of the scalp vertex, recurrent",
            "Merkel cell carcinoma {side} cheek",
        ),
        areas=(
            (("nasal ala lesion", "nose"), "nose"),
            (("{side} temple", "{S} temple lesion"), "{side} temple"),
            (("scalp vertex", "vertex lesion"), "scalp"),
            (("{side} cheek", "{S} malar lesion"), "{side} cheek"),
        ),
        targets=("lesion", "clinical target"),
        oars=("eye", "lens", "nasal cartilage", "lacrimal gland"),
        features={
            "custom_shielding": (
                "custom electron cutout",
                "custom lead cutout",
                "custom eye shield",
                "custom lead shield",
            )
        },
        mods=(),
        immob=("head on neutral rest, mask not needed", "supine, head turned, foam wedge"),
        hx=("biopsy {date}: infiltrative BCC, margins involved", "CT face {date}: no bone erosion"),
        prior=("prior electron field",),
        setup=True,
        lateral=True,
        generic_targets=("lesions as marked by MD", "lesions per clinical markup"),
    ),
    Site(
        key="bone_mets",
        dx=(
            "metastatic prostate ca to bone, painful",
            "multiple myeloma w/ lytic lesions",
            "metastatic RCC with painful osseous mets",
            "breast ca w/ osseous metastases",
        ),
        areas=(
            (("T8 vertebral body", "T8"), "T8 spine"),
            (("{side} femoral neck", "{S} hip"), "{side} femur"),
            (("{other} humerus", "{other} humeral shaft"), "{other} humerus"),
            (("L3", "L3 vertebra"), "L3 spine"),
            (("{side} iliac wing",), "{side} ilium"),
        ),
        targets=("osseous lesion", "vertebral body", "paraspinal component"),
        oars=("spinal cord", "cauda equina", "bowel", "esophagus"),
        features={
            "custom_shielding": ("custom Cerrobend block", "custom block"),
            "complex_blocking": ("complex blocking",),
        },
        mods=("MRI", "PET"),
        immob=("supine, Vac-Lok, pain meds prior", "supine on foam, knees up (can't lie flat)"),
        hx=(
            "MRI spine {date}: T8 lesion w/ epidural extension",
            "bone scan {date}: multiple foci",
            "PET {date}: widespread osseous disease",
        ),
        prior=("prior T-spine field", "previous hip field"),
        setup=True,
        lateral=True,
        generic_targets=("painful sites (see directive)", "osseous sites TBD by MD"),
    ),
    Site(
        key="tbi",
        dx=("AML in CR1 going to allogeneic transplant", "ALL, pre-transplant conditioning (Cy/TBI)"),
        areas=((("total body", "whole body"), "total body"),),
        targets=("whole body", "total body"),
        oars=("lungs", "kidneys", "lenses"),
        features={
            "custom_shielding": (
                "Cerrobend lung blocks",
                "custom lung blocks",
                "custom partial-transmission lung blocks",
            )
        },
        mods=(),
        immob=("TBI stand w/ bicycle seat", "lateral decubitus on TBI couch, extended SSD"),
        hx=("CT chest {date}: clear", "echo {date}: EF 60%"),
        prior=(),
    ),
    Site(
        key="sarcoma",
        dx=(
            "high-grade UPS of the {side} thigh, 9 cm, deep",
            "myxoid liposarcoma {side} thigh",
            "synovial sarcoma {side} knee",
        ),
        areas=(
            (("{side} thigh", "{S} thigh compartment"), "{side} thigh"),
            (("{side} inguinal nodes",), "{side} inguinal nodes"),
        ),
        targets=("tumour + edema", "anterior compartment"),
        oars=("femur", "femoral neurovascular bundle", "skin strip", "genitalia"),
        features={
            "contrast": ("IV contrast",),
            "hyperthermia": ("hyperthermia probe placement verified", "thermometry catheter position verified"),
        },
        mods=("MRI",),
        immob=("custom leg Vac-Lok, frog-leg", "prone, custom foam cradle"),
        hx=("MRI thigh {date} with gadolinium: 9.2 cm heterogeneous mass", "CT chest {date}: no mets"),
        prior=("prior extremity field",),
        lateral=True,
    ),
    Site(
        key="liver",
        dx=(
            "HCC, 5.5 cm segment VIII, Child-Pugh A",
            "cholangiocarcinoma, intrahepatic, unresectable",
            "colorectal liver metastasis",
        ),
        areas=(
            (("segment VIII lesion", "seg 8 tumour"), "liver segment VIII"),
            (("segment IVa lesion",), "liver segment IVa"),
            (("portal vein tumour thrombus", "PVTT"), "portal vein"),
        ),
        targets=("liver tumour", "arterially enhancing lesion"),
        oars=("uninvolved liver", "duodenum", "stomach", "right kidney"),
        features={"contrast": ("IV contrast", "triphasic IV contrast")},
        mods=("MRI",),
        immob=("arms up, BodyFIX, abdominal compression", "Vac-Lok, arms overhead"),
        hx=("triphasic CT {date}: LI-RADS 5", "MRI liver {date} with Eovist: 5.5 cm lesion"),
        prior=("prior SBRT to segment VII",),
        motion=True,
    ),
)

SITE_BY_KEY = {site.key: site for site in SITES}
