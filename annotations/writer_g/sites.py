"""Disease-site profiles for writer G (Commonwealth spelling and terms throughout)."""

from __future__ import annotations

from dataclasses import dataclass, field

Area = tuple[str, str]  # (normalised TREATMENT_SITE value, words used in the note)


@dataclass(frozen=True)
class Site:
    """What a department writes about one disease site."""

    key: str
    diagnoses: tuple[str, ...]
    single: tuple[Area, ...]
    pairs: tuple[tuple[Area, ...], ...]
    multi: tuple[tuple[Area, ...], ...]
    oars: tuple[str, ...]
    features: tuple[str, ...]
    extra_modalities: tuple[str, ...]
    immob: tuple[str, ...]
    dose: tuple[str, ...]
    history: tuple[str, ...]
    passing: tuple[str, ...] = ()
    motion: bool = False
    no_imaging_ok: bool = False
    needs_feature: bool = False
    tags: tuple[str, ...] = field(default_factory=tuple)
    sex: str = ""  # "f", "m", "child" or "" (either)


SITES: dict[str, Site] = {}


def _add(site: Site) -> None:
    SITES[site.key] = site


_add(Site(
    key="breast_nodes",
    diagnoses=("grade 3 invasive ductal carcinoma of the left breast, pT2 pN2a", "ER-positive lobular carcinoma of the right breast with 4/12 nodes involved",
               "triple-negative carcinoma of the left breast after neoadjuvant chemotherapy and mastectomy"),
    single=(("left breast", "left breast"), ("right breast", "right whole breast"), ("left chest wall", "left chest wall")),
    pairs=((("left breast", "left breast"), ("left supraclavicular fossa", "left supraclavicular fossa")),
           (("right chest wall", "right chest wall"), ("right supraclavicular fossa", "right SCF"))),
    multi=((("left chest wall", "left chest wall"), ("left supraclavicular fossa", "left supraclavicular fossa"), ("left axilla", "left axilla (levels I-III)")),
           (("right breast", "right breast"), ("right supraclavicular fossa", "right SCF"), ("right axilla", "right axilla"), ("right internal mammary chain", "right internal mammary chain"))),
    oars=("heart", "left anterior descending artery", "ipsilateral lung", "contralateral breast", "brachial plexus"),
    features=("arc_rotational", "contrast", "custom_shielding"),
    extra_modalities=("MRI",),
    immob=("breast board with both arms abducted above the head", "wing board, knee rest", "Posirest board, arms up, chin turned to the right"),
    dose=("40 Gy in 15 fractions", "26 Gy in 5 fractions", "40.05 Gy in 15 fractions with a 16 Gy sequential boost"),
    history=("Screening mammogram on {d1} showed a spiculate 28 mm mass.", "Staging CT chest, abdomen and pelvis with contrast on {d1} showed no distant disease.",
             "Breast MRI on {d2} (gadolinium) confirmed a single lesion.", "Ultrasound-guided core biopsy of an axillary node on {d1} was positive."),
    passing=("right breast", "contralateral axilla"),
    no_imaging_ok=True,
    sex="f",
))
_add(Site(
    key="prostate_pelvis",
    diagnoses=("Gleason 4+4 adenocarcinoma of the prostate, PSA 24 ug/L, cT3a N0", "high-risk prostate cancer, Cambridge Prognostic Group 4",
               "biochemical recurrence after radical prostatectomy, PSA 0.6 ug/L"),
    single=(("prostate", "prostate and seminal vesicles"), ("prostate bed", "prostate bed")),
    pairs=((("prostate", "prostate"), ("pelvic lymph nodes", "pelvic lymph nodes")), (("prostate bed", "prostate bed"), ("pelvic lymph nodes", "pelvic nodal chains"))),
    multi=((("prostate", "prostate"), ("pelvic lymph nodes", "pelvic lymph nodes"), ("para-aortic nodes", "para-aortic nodes")),),
    oars=("rectum", "bladder", "femoral heads", "small bowel", "penile bulb"),
    features=("arc_rotational", "contrast"),
    extra_modalities=("MRI", "PET"),
    immob=("knee and foot stocks", "Combifix", "ankle stocks with a knee wedge"),
    dose=("60 Gy in 20 fractions", "74 Gy in 37 fractions", "66 Gy in 33 fractions"),
    history=("Multiparametric MRI prostate on {d1} reported a PI-RADS 5 lesion in the left peripheral zone.", "PSMA PET-CT on {d2} showed no nodal uptake.",
             "Bone scan on {d1} was negative.", "Transperineal biopsy on {d2}: 9 of 14 cores positive."),
    passing=("left hip", "bladder base"),
    sex="m",
))
_add(Site(
    key="prostate_brachy",
    diagnoses=("intermediate-risk prostate cancer suitable for LDR seed brachytherapy", "prostate cancer, HDR brachytherapy boost after external beam"),
    single=(("prostate", "prostate gland"),),
    pairs=(),
    multi=(),
    oars=("urethra", "rectum", "bladder neck"),
    features=("brachytherapy",),
    extra_modalities=("ultrasound", "fluoroscopy"),
    immob=("extended lithotomy with stirrups",),
    dose=("145 Gy I-125 seed implant", "15 Gy single-fraction HDR boost"),
    history=("MRI prostate on {d1} showed a PI-RADS 4 lesion.", "TRUS volume study on {d2} measured 38 cc."),
    needs_feature=True,
    sex="m",
))
_add(Site(
    key="head_neck",
    diagnoses=("HPV-positive squamous cell carcinoma of the left tonsil, T2 N1", "squamous carcinoma of the supraglottic larynx, T3 N2c",
               "carcinoma of the right parotid after superficial parotidectomy", "nasopharyngeal carcinoma, T3 N2"),
    single=(("larynx", "larynx"), ("right parotid bed", "right parotid bed"), ("left tonsil", "left tonsil primary")),
    pairs=((("left tonsil", "left tonsil"), ("left neck", "left neck levels II-IV")), (("right parotid bed", "right parotid bed"), ("right neck", "right neck"))),
    multi=((("larynx", "larynx"), ("bilateral neck", "bilateral neck")), (("nasopharynx", "nasopharynx"), ("bilateral neck", "both sides of the neck")),
           (("oral tongue", "oral tongue"), ("left neck", "left neck"), ("right neck", "right neck"))),
    oars=("spinal cord", "brainstem", "contralateral parotid", "mandible", "optic chiasm", "oral cavity"),
    features=("arc_rotational", "contrast", "particle"),
    extra_modalities=("MRI", "PET"),
    immob=("five-point thermoplastic shell with a mouth bite", "head-and-shoulders shell, neck rest B", "custom shell with shoulder retractors"),
    dose=("70 Gy in 35 fractions", "65 Gy in 30 fractions", "60 Gy in 30 fractions"),
    history=("CT neck with contrast on {d1} showed a 3 cm level II node.", "PET-CT on {d2} showed avid disease in the tonsil and one node.",
             "MRI head and neck on {d1} (gadolinium) showed no skull base invasion.", "EUA and biopsies on {d2}."),
    passing=("left orbit", "mediastinum"),
))
_add(Site(
    key="lung_4dct",
    diagnoses=("non-small cell lung cancer of the right upper lobe, T2a N0", "squamous carcinoma of the left lower lobe, T3 N2", "adenocarcinoma right lower lobe for SABR"),
    single=(("right upper lobe", "right upper lobe tumour"), ("left lower lobe", "left lower lobe primary"), ("right lower lobe", "right lower lobe nodule")),
    pairs=((("left lower lobe", "left lower lobe primary"), ("mediastinum", "mediastinal nodes")), (("right upper lobe", "right upper lobe"), ("right hilum", "right hilar nodes"))),
    multi=((("left lower lobe", "left lower lobe"), ("mediastinum", "mediastinum"), ("left supraclavicular fossa", "left supraclavicular fossa")),),
    oars=("oesophagus", "spinal cord", "brachial plexus", "proximal bronchial tree", "heart", "chest wall"),
    features=("arc_rotational", "contrast"),
    extra_modalities=("PET",),
    immob=("WingSTEP arm support", "lung board, arms above the head", "vacuum bag with arms up"),
    dose=("55 Gy in 20 fractions", "54 Gy in 3 fractions", "60 Gy in 30 fractions with concurrent chemotherapy"),
    history=("CT thorax with contrast on {d1} showed a 34 mm spiculated mass.", "PET-CT on {d2}: SUVmax 11.2, no distant uptake.",
             "EBUS-TBNA on {d1} sampled stations 4R and 7.", "MRI brain on {d2} was clear."),
    passing=("left adrenal", "right hilum"),
    motion=True,
))
_add(Site(
    key="whole_brain",
    diagnoses=("multiple brain metastases from lung adenocarcinoma", "leptomeningeal disease from breast carcinoma", "cerebral metastases from melanoma, more than ten lesions"),
    single=(("whole brain", "whole brain"), ("whole brain", "whole-brain volume")),
    pairs=((("whole brain", "whole brain"), ("upper cervical spine", "C1-C2")),),
    multi=(),
    oars=("lenses", "hippocampi", "optic chiasm", "cochleae"),
    features=("arc_rotational", "custom_shielding"),
    extra_modalities=("MRI", "fluoroscopy"),
    immob=("three-point thermoplastic shell", "open-face shell", "head rest C with a shell"),
    dose=("20 Gy in 5 fractions", "30 Gy in 10 fractions"),
    history=("MRI brain with gadolinium on {d1} showed 14 lesions, largest 18 mm.", "CT head on {d2} showed vasogenic oedema."),
    passing=("left frontal lobe",),
))
_add(Site(
    key="brain_srs",
    diagnoses=("three brain metastases from renal cell carcinoma", "oligometastatic melanoma to the brain", "brain metastases from HER2-positive breast cancer"),
    single=(("right frontal metastasis", "right frontal metastasis"), ("left cerebellar metastasis", "left cerebellar lesion")),
    pairs=((("right frontal metastasis", "right frontal lesion"), ("left occipital metastasis", "left occipital lesion")),),
    multi=((("right frontal metastasis", "right frontal lesion"), ("left parietal metastasis", "left parietal lesion"), ("right cerebellar metastasis", "right cerebellar lesion")),
           (("left temporal metastasis", "left temporal metastasis"), ("right occipital metastasis", "right occipital metastasis"), ("left frontal metastasis", "left frontal metastasis"), ("pons metastasis", "pontine metastasis"))),
    oars=("brainstem", "optic chiasm", "left optic nerve", "cochlea"),
    features=("arc_rotational",),
    extra_modalities=("MRI",),
    immob=("Encompass frameless mask", "open-face SRS shell with mouth bite", "QFix SRS mask"),
    dose=("21 Gy in 1 fraction", "27 Gy in 3 fractions", "30 Gy in 5 fractions"),
    history=("MRI brain (gadolinium, 1 mm slices) on {d1} showed the lesions.", "CT thorax abdomen pelvis on {d2}: stable extracranial disease."),
    passing=("left adrenal", "right kidney"),
))
_add(Site(
    key="bone_mets",
    diagnoses=("widespread bone metastases from prostate cancer", "painful bone metastases from breast carcinoma", "myeloma with lytic lesions"),
    single=(("T10 vertebra", "T10 vertebra"), ("left femur", "left proximal femur"), ("right hip", "right hip")),
    pairs=((("L3 vertebra", "L3 vertebra"), ("right iliac bone", "right iliac wing")), (("left humerus", "left humerus"), ("T6 vertebra", "T6"))),
    multi=((("T7 vertebra", "T7"), ("left femur", "left femur"), ("right sacroiliac joint", "right sacroiliac joint")),
           (("L2 vertebra", "L2"), ("left acetabulum", "left acetabulum"), ("right 6th rib", "right 6th rib"), ("left scapula", "left scapula"))),
    oars=("spinal cord", "bowel", "kidneys", "oesophagus"),
    features=("arc_rotational", "custom_shielding"),
    extra_modalities=("fluoroscopy",),
    immob=("knee rest and foot block", "vacuum bag", "standard headrest, arms on chest"),
    dose=("8 Gy single fraction", "20 Gy in 5 fractions", "30 Gy in 10 fractions"),
    history=("Isotope bone scan on {d1} showed multiple hot spots.", "MRI whole spine on {d2} showed no cord compression.",
             "Plain film of the left femur on {d1} showed a lytic lesion, Mirels score 8."),
    passing=("skull",),
))
_add(Site(
    key="gyn_brachy",
    diagnoses=("squamous carcinoma of the cervix, FIGO IIB, after chemoradiation", "endometrial carcinoma, post hysterectomy, vault brachytherapy", "cervical adenocarcinoma FIGO IIIC1"),
    single=(("cervix", "cervix"), ("vaginal vault", "vaginal vault")),
    pairs=(),
    multi=(),
    oars=("bladder", "rectum", "sigmoid colon", "small bowel"),
    features=("brachytherapy", "contrast", "hyperthermia"),
    extra_modalities=("MRI", "ultrasound"),
    immob=("lithotomy then supine transfer on the theatre trolley",),
    dose=("7 Gy x 4 HDR", "8 Gy x 3 HDR", "6 Gy x 2 vault HDR"),
    history=("MRI pelvis on {d1} showed a 4.5 cm cervical mass with parametrial extension.", "PET-CT on {d2} showed left external iliac nodal uptake.",
             "External beam pelvis 45 Gy in 25 fractions completed on {d2}."),
    needs_feature=True,
    sex="f",
))
_add(Site(
    key="rectum",
    diagnoses=("adenocarcinoma of the low rectum, T3c N1", "locally advanced rectal cancer, MRF threatened", "recurrent rectal cancer in the presacral space"),
    single=(("rectum", "rectum and mesorectum"),),
    pairs=((("rectum", "mesorectum"), ("pelvic lymph nodes", "internal iliac and obturator nodes")),),
    multi=((("rectum", "mesorectum"), ("pelvic lymph nodes", "pelvic sidewall nodes"), ("inguinal nodes", "inguinal nodes")),),
    oars=("small bowel", "bladder", "femoral heads", "anal sphincter"),
    features=("contrast", "arc_rotational"),
    extra_modalities=("MRI", "PET"),
    immob=("prone on a belly board", "supine with knee and ankle fix"),
    dose=("25 Gy in 5 fractions", "45 Gy in 25 fractions", "50.4 Gy in 28 fractions"),
    history=("MRI rectum on {d1} showed a low tumour 4 cm from the anal verge, MRF involved.", "Colonoscopy and biopsy on {d2}.", "CT chest abdomen pelvis on {d1} showed no metastases."),
    passing=("liver",),
))
_add(Site(
    key="oesophagus",
    diagnoses=("adenocarcinoma of the distal oesophagus, T3 N1", "squamous cell carcinoma of the mid-oesophagus", "Siewert I gastro-oesophageal junction adenocarcinoma"),
    single=(("oesophagus", "oesophageal tumour"), ("gastro-oesophageal junction", "gastro-oesophageal junction")),
    pairs=((("oesophagus", "oesophageal primary"), ("coeliac nodes", "coeliac axis nodes")),),
    multi=((("oesophagus", "oesophagus"), ("coeliac nodes", "coeliac nodes"), ("left supraclavicular fossa", "left supraclavicular fossa")),),
    oars=("heart", "lungs", "spinal cord", "stomach"),
    features=("contrast", "arc_rotational"),
    extra_modalities=("PET",),
    immob=("arms up on a wing board", "vacuum bag with arms above head"),
    dose=("50 Gy in 25 fractions", "41.4 Gy in 23 fractions", "55 Gy in 20 fractions"),
    history=("OGD on {d1}: tumour 32-38 cm from the incisors.", "EUS on {d2}: uT3 N1.", "PET-CT on {d1}: avid primary and one paraoesophageal node."),
    passing=("stomach",),
    motion=True,
))
_add(Site(
    key="pancreas",
    diagnoses=("borderline resectable adenocarcinoma of the pancreatic head", "locally advanced pancreatic cancer after FOLFIRINOX", "pancreatic body adenocarcinoma abutting the coeliac axis"),
    single=(("pancreas", "pancreatic head tumour"), ("pancreas", "pancreatic body")),
    pairs=((("pancreas", "pancreatic tumour"), ("peripancreatic nodes", "peripancreatic nodes")),),
    multi=(),
    oars=("duodenum", "stomach", "kidneys", "liver", "spinal cord"),
    features=("contrast", "arc_rotational"),
    extra_modalities=("MRI", "PET"),
    immob=("arms up, knee rest", "vacuum bag"),
    dose=("50.4 Gy in 28 fractions", "40 Gy in 5 fractions SABR"),
    history=("Pancreatic protocol CT on {d1} showed 180-degree SMV contact.", "EUS-FNA on {d2} confirmed adenocarcinoma.", "CA19-9 412 kU/L on {d1}."),
    passing=("liver",),
    motion=True,
))
_add(Site(
    key="lymphoma",
    diagnoses=("early-stage classical Hodgkin lymphoma after ABVD", "diffuse large B-cell lymphoma, residual mediastinal mass", "orbital MALT lymphoma", "stage IIA nodular sclerosing Hodgkin lymphoma"),
    single=(("mediastinum", "mediastinum"), ("left orbit", "left orbit"), ("left neck", "left cervical nodes")),
    pairs=((("mediastinum", "mediastinum"), ("left neck", "left neck")), (("right axilla", "right axilla"), ("right neck", "right neck"))),
    multi=((("mediastinum", "mediastinum"), ("left neck", "left neck"), ("left axilla", "left axilla")),
           (("mediastinum", "mediastinum"), ("bilateral neck", "both sides of the neck"))),
    oars=("heart", "breasts", "lungs", "thyroid", "lens"),
    features=("arc_rotational", "custom_shielding", "complex_blocking"),
    extra_modalities=("PET",),
    immob=("shell with arms by sides", "breath-hold coaching, arms up", "vacuum bag"),
    dose=("30 Gy in 15 fractions", "20 Gy in 10 fractions", "24 Gy in 12 fractions", "4 Gy in 2 fractions"),
    history=("Baseline PET-CT on {d1}: Deauville 5 mediastinal disease.", "Interim PET-CT on {d2}: Deauville 3.", "Excision biopsy of a neck node on {d1}."),
    passing=("spleen",),
    no_imaging_ok=True,
))
_add(Site(
    key="skin_electrons",
    diagnoses=("basal cell carcinoma of the left nasal ala", "squamous cell carcinoma of the right pinna", "lentigo maligna of the left cheek", "SCC of the scalp vertex"),
    single=(("left nasal ala", "left nasal ala"), ("right pinna", "right pinna"), ("left cheek", "left cheek"), ("scalp", "scalp vertex")),
    pairs=((("left cheek", "left cheek"), ("left temple", "left temple")),),
    multi=(),
    oars=("lens", "lacrimal gland", "nasal cartilage", "external auditory canal"),
    features=("custom_shielding",),
    extra_modalities=(),
    immob=("head resting on a foam support", "open-face shell"),
    dose=("35 Gy in 5 fractions", "45 Gy in 10 fractions", "55 Gy in 20 fractions"),
    history=("Punch biopsy on {d1} confirmed the diagnosis.", "Dermatology MDT on {d2} recommended radiotherapy rather than surgery."),
    no_imaging_ok=True,
))
_add(Site(
    key="paediatric_ga",
    diagnoses=("medulloblastoma, standard risk, age 5", "Wilms tumour of the right kidney, age 3, stage III", "parameningeal rhabdomyosarcoma, age 4", "ependymoma of the posterior fossa, age 2"),
    single=(("posterior fossa", "posterior fossa"), ("right flank", "right flank"), ("left infratemporal fossa", "left infratemporal fossa")),
    pairs=((("brain", "cranium"), ("spine", "spinal axis")),),
    multi=((("brain", "cranial field"), ("upper spine", "upper spinal field"), ("lower spine", "lower spinal field")),),
    oars=("cochleae", "pituitary", "growing vertebral bodies", "optic chiasm", "contralateral kidney"),
    features=("particle", "arc_rotational", "contrast"),
    extra_modalities=("MRI",),
    immob=("paediatric shell with neck support", "vacuum bag moulded under anaesthetic"),
    dose=("23.4 Gy craniospinal with 54 Gy boost", "10.8 Gy flank", "50.4 Gy in 28 fractions"),
    history=("MRI brain and spine on {d1} showed no drop metastases.", "Resection on {d2}.", "CT chest on {d1} clear."),
    passing=("left kidney",),
    sex="child",
))
_add(Site(
    key="palliative",
    diagnoses=("haemoptysis from a central lung tumour", "bleeding fungating breast tumour", "haematuria from inoperable bladder cancer", "painful pelvic mass from recurrent cervix cancer", "metastatic spinal cord compression at T9"),
    single=(("right hilum", "right hilar mass"), ("left breast", "fungating left breast mass"), ("bladder", "bladder"), ("T9 vertebra", "T9")),
    pairs=((("right hilum", "right hilum"), ("T9 vertebra", "T9 vertebral deposit")),),
    multi=((("bladder", "bladder"), ("left iliac bone", "left iliac bone"), ("L4 vertebra", "L4")),),
    oars=("spinal cord", "oesophagus", "small bowel"),
    features=("custom_shielding", "arc_rotational"),
    extra_modalities=("fluoroscopy",),
    immob=("knee rest", "pillow support, patient in pain", "vacuum bag"),
    dose=("8 Gy single fraction", "20 Gy in 5 fractions", "21 Gy in 3 fractions"),
    history=("CT on {d1} showed progression.", "MRI whole spine on {d2} confirmed compression at T9."),
    no_imaging_ok=True,
))
_add(Site(
    key="bladder",
    diagnoses=("muscle-invasive transitional cell carcinoma of the bladder, T2 N0", "urothelial carcinoma of the bladder, trimodality approach"),
    single=(("bladder", "whole bladder"), ("bladder", "bladder")),
    pairs=((("bladder", "bladder"), ("pelvic lymph nodes", "pelvic nodes")),),
    multi=(),
    oars=("rectum", "small bowel", "femoral heads"),
    features=("contrast", "arc_rotational"),
    extra_modalities=("MRI", "ultrasound"),
    immob=("knee and ankle fix", "Combifix"),
    dose=("55 Gy in 20 fractions", "64 Gy in 32 fractions"),
    history=("TURBT on {d1}: pT2 G3.", "CT urogram on {d2} showed a left lateral wall tumour."),
))
_add(Site(
    key="anal_canal",
    diagnoses=("squamous carcinoma of the anal canal, T2 N1a", "anal margin SCC, T3 N0"),
    single=(("anal canal", "anal canal primary"),),
    pairs=((("anal canal", "anal canal"), ("bilateral inguinal nodes", "both groins")),),
    multi=((("anal canal", "anal canal primary"), ("pelvic lymph nodes", "pelvic nodes"), ("bilateral inguinal nodes", "bilateral inguinal nodes")),),
    oars=("genitalia", "bladder", "femoral heads", "small bowel"),
    features=("arc_rotational", "contrast"),
    extra_modalities=("MRI", "PET"),
    immob=("knee and ankle fix, bladder comfortably full", "frog-leg position in a vacuum bag"),
    dose=("53.2 Gy in 28 fractions", "50.4 Gy in 28 fractions"),
    history=("EUA and biopsy on {d1}.", "MRI pelvis on {d2}: 4 cm tumour involving the internal sphincter.", "PET-CT on {d1}: left inguinal node avid."),
))
_add(Site(
    key="sarcoma",
    diagnoses=("high-grade myxofibrosarcoma of the left thigh", "synovial sarcoma of the right popliteal fossa", "undifferentiated pleomorphic sarcoma of the left calf"),
    single=(("left thigh", "left thigh"), ("right popliteal fossa", "right popliteal fossa"), ("left calf", "left calf compartment")),
    pairs=(),
    multi=(),
    oars=("femoral head", "femur", "sciatic nerve", "popliteal vessels", "skin strip along the limb"),
    features=("arc_rotational", "hyperthermia", "contrast"),
    extra_modalities=("MRI",),
    immob=("leg in a vacuum bag, frog-leg", "custom foot and knee cradle", "limb in a Vac-Lok with the other leg frogged out"),
    dose=("50 Gy in 25 fractions", "50.4 Gy in 28 fractions", "60 Gy in 30 fractions"),
    history=("MRI thigh on {d1} (gadolinium) showed a 9 cm mass in the adductor compartment.", "Core biopsy on {d2}.", "CT chest on {d1}: no lung metastases."),
    passing=("right thigh",),
))
_add(Site(
    key="tbi",
    diagnoses=("acute myeloid leukaemia in CR1 before allogeneic transplant", "acute lymphoblastic leukaemia, conditioning before stem cell transplant"),
    single=(("total body", "total body"),),
    pairs=(),
    multi=(),
    oars=("lungs", "lenses", "kidneys"),
    features=("custom_shielding",),
    extra_modalities=("fluoroscopy",),
    immob=("TBI couch with lateral supports", "standing frame with bicycle seat"),
    dose=("14.4 Gy in 8 fractions twice daily", "12 Gy in 6 fractions", "2 Gy single fraction"),
    history=("Echocardiogram on {d1}: EF 61%.", "Pulmonary function on {d2}: DLCO 78%."),
    needs_feature=True,
))
_add(Site(
    key="skull_base",
    diagnoses=("chordoma of the clivus after debulking", "chondrosarcoma of the left petrous apex", "recurrent meningioma of the cavernous sinus"),
    single=(("clivus", "clivus"), ("left petrous apex", "left petrous apex"), ("right cavernous sinus", "right cavernous sinus")),
    pairs=(),
    multi=(),
    oars=("brainstem", "optic chiasm", "left optic nerve", "temporal lobes", "cochlea", "pituitary"),
    features=("particle", "arc_rotational"),
    extra_modalities=("MRI",),
    immob=("shell with mouth bite", "five-point thermoplastic shell", "head-and-shoulders shell with a customised headrest"),
    dose=("74 Gy(RBE) in 37 fractions", "54 Gy in 30 fractions", "70 Gy(RBE) in 35 fractions"),
    history=("MRI brain and skull base on {d1} (gadolinium) showed residual tumour abutting the brainstem.", "Endoscopic transnasal debulking on {d2}."),
    passing=("cervical spine",),
))
