"""People, places and disease sites of the invented Kettle River VA Medical Center (writer AC).

Everything here is invented: names, stations, clinics, the community-care partner and all identifiers.
"""

from __future__ import annotations

FACILITY = "KETTLE RIVER VA MEDICAL CENTER"
FACILITY_SHORT = ["KRVAMC", "Kettle River VAMC", "KR VAMC"]
CITY = "Ashby Falls"
CBOCS = ["Linden Prairie CBOC", "Gorham Crossing CBOC", "Millbrook CBOC", "Tern Lake CBOC"]
PARTNER = "Tallgrass Cancer Institute"
PARTNER_SHORT = ["Tallgrass", "TCI", "Tallgrass Cancer Inst."]
PARTNER_TOWN = "Cedar Hollow"
PROTON = "Meadowlark Proton Center"
PARTNER_MDS = ["Renata Fallowfield, MD", "Ignatius Brede, MD", "Sunniva Okafor-Lind, MD"]
PARTNER_RTTS = ["K. Dombrowski, RT(T)", "A. Vail, RT(T)", "M. Thistlewood, RT(T)"]

ATTENDINGS = [("KESTREL,MARA J", "MARA J KESTREL, MD"), ("OYELARAN,TOBIAS", "TOBIAS OYELARAN, MD"),
              ("VANDERMEER,ELSPETH A", "ELSPETH A VANDERMEER, MD"), ("QUILLFEATHER,ROHAN", "ROHAN QUILLFEATHER, MD")]
RESIDENTS = [("PELLINGTON,CASS R", "CASS R PELLINGTON, MD", "PGY-3"), ("NAKASHIMA-ORR,DEVIN", "DEVIN NAKASHIMA-ORR, MD", "PGY-4"),
             ("BARRENTINE,SOLVEIG", "SOLVEIG BARRENTINE, MD", "PGY-2")]
THERAPISTS = [("BRISCOE,LAVONNE T", "LAVONNE T BRISCOE, RT(T)"), ("HALVORSEN,KIP", "KIP HALVORSEN, RTT"),
              ("MUNOZ-DARROW,JANELLE", "JANELLE MUNOZ-DARROW, R.T.(T)"), ("OKONKWO-PRATT,DESMOND", "DESMOND OKONKWO-PRATT, RTT")]
NURSES = [("FAIRWEATHER,NELL", "NELL FAIRWEATHER, RN"), ("TOLLIVER,AUGUSTINE B", "AUGUSTINE B TOLLIVER, RN, OCN")]
PHYSICS = ["A. Treadwell, MS, DABR", "S. Quintero, CMD", "Arlo Treadwell (physics)", "Sable Quintero CMD"]
PSYCH = [("ISHIKAWA-BRANT,LEONA", "LEONA ISHIKAWA-BRANT, PhD, Psychologist")]
COORD = [("DUPREE,MAXINE", "MAXINE DUPREE, MSA"), ("LAFLEUR,CORBIN", "CORBIN LAFLEUR, RN Care Coordinator")]
REFERRERS = ["Dr. Hollis Prentiss (Urology)", "Dr. Anya Szekely (Hem/Onc)", "Dr. Marcus Tribble (ENT)",
             "Dr. Odessa Vance (Pulm)", "Dr. Felix Amundsen (Surgery)", "Dr. Priya Castellanos (GYN)",
             "Dr. Wendell Haight (PCP, Linden Prairie CBOC)", "Dr. Ilse Maranda (Dermatology)"]

LAST = ["WALSTRUM", "HUTCHENS", "OXENDINE", "BRAGG", "KILLEBREW", "MERCADO", "STUCKEY", "PENNINGTON", "YAZZIE",
        "DALRYMPLE", "FONTENOT", "GRUBBS", "LOCKLEAR", "VOSBURGH", "ACHTERBERG", "RAINWATER", "TILLMAN",
        "ESPINOZA", "CRABTREE", "HOLLOWAY", "QUARLES", "ZIMMERLY", "BOUDREAUX", "NAKAGAWA", "FERRELL", "OGLESBY",
        "MCCRARY", "SANDOVAL", "WEATHERLY", "IVERSEN", "LUNDQUIST", "BAPTISTE", "DORSETT", "KWIATKOWSKI"]
FIRST_M = ["DEAN R", "EARL", "LUTHER J", "RAYMOND", "CURTIS L", "DWAYNE", "HECTOR", "VIRGIL T", "ROLAND", "MARVIN",
           "GLENN A", "TYRELL", "OTIS", "FRANKLIN D", "WADE", "LYLE", "CHESTER", "BENNIE", "JESUS M", "TRAVIS"]
FIRST_F = ["LORETTA", "DENISE K", "SHAWNA", "MARISOL", "TAMMY J", "RHONDA", "KEISHA", "BRENDA L", "CONNIE", "YOLANDA"]

BRANCHES = ["Army", "USMC", "Navy", "Air Force", "Army National Guard", "Coast Guard"]
ERAS = {
    "vietnam": ["Vietnam era", "served in-country RVN 1968-69", "Vietnam, Da Nang 1969-70", "Vietnam (Mekong Delta, riverine)"],
    "gulf": ["Gulf War (Desert Storm)", "Persian Gulf 1990-91", "ODS/ODS"],
    "oif": ["OIF x2 deployments", "OEF/OIF, Balad and Bagram", "OIF 2004-05, Camp Taji"],
    "cold": ["post-Vietnam era, Germany 1978-82", "Cold War era, Korea DMZ 1984"],
}
EXPOSURES = {
    "vietnam": ["Agent Orange exposure (presumptive)", "AO exposure - on registry", "herbicide exposure (Agent Orange) acknowledged"],
    "gulf": ["Gulf War registry exam done", "oil well fire smoke exposure", "burn pit / oil fire exposure reported"],
    "oif": ["burn pit exposure (PACT Act screen positive)", "airborne hazards / open burn pit registry", "burn pits at Balad, IED blast x2"],
    "cold": ["asbestos exposure (shipboard)", "Camp Lejeune water 1981-83", "no known toxic exposures"],
}

# Sites: label, diagnoses, areas (value, surfaces), OARs, counted features, contrast surfaces, fusion, flags.
# "{side}" is filled with left/right, "{S}" with L/R.
SITES: dict[str, dict] = {
    "breast_nodes": {
        "label": "breast with nodes", "sided": True, "female": True,
        "dx": ["{side} breast IDC, pT2 pN1a, ER/PR+ HER2-, s/p lumpectomy + SLNB/ALND",
               "{side} breast invasive ductal ca, cT2N1 s/p neoadjuvant AC-T then mastectomy, ypN1",
               "{side} breast ILC s/p partial mastectomy, 4/11 nodes +"],
        "areas": [("{side} breast", ["{side} breast", "{S} breast", "{side} whole breast", "{S} chest wall"]),
                  ("{side} supraclavicular", ["{S} SCV", "{side} supraclavicular fossa", "{S} supraclav"]),
                  ("{side} axilla", ["{S} axilla", "{side} axillary nodes (I-III)", "{S} ax"]),
                  ("{side} internal mammary", ["{S} IMN", "{side} internal mammary chain"])],
        "oars": ["heart", "LAD", "ipsilateral lung", "contralateral breast", "brachial plexus"],
        "feats": ["arc_rotational", "complex_blocking", "custom_shielding"],
        "contrast": [], "fusion": [], "fourd": False,
        "immob": ["breast board, arms up", "wingboard + Vac-Lok", "incline board 10 deg, arms up"],
        "rats": ["OAR proximity", "multiple targets", "immobilization", "prior field overlap"],
    },
    "prostate": {
        "label": "prostate +/- pelvis", "sided": False, "male": True,
        "dx": ["prostate adenocarcinoma, Gleason 4+3=7, PSA 14.2, cT2b (unfavorable intermediate)",
               "high-risk prostate ca, GS 4+5, PSA 31, cT3a N0 on PSMA PET",
               "prostate ca GG2, PSA 8.8, on ADT (leuprolide started 8/2026)",
               "rising PSA s/p RALP 2021 (pT3a), PSA 0.42 - salvage"],
        "areas": [("prostate", ["prostate", "prostate + SV", "prostate/proximal seminal vesicles", "prostate bed"]),
                  ("pelvic nodes", ["pelvic LN", "pelvic nodes", "whole pelvis nodal CTV", "pelvic lymph nodes"]),
                  ("para-aortic nodes", ["low para-aortic nodes", "PA nodal extension"])],
        "oars": ["rectum", "bladder", "femoral heads", "penile bulb", "small bowel"],
        "feats": ["contrast", "arc_rotational", "particle"],
        "contrast": ["retrograde urethrogram with Cysto-Conray", "dilute contrast in the bladder via foley",
                     "RUG (urethrogram contrast, 10 mL)", "rectal contrast (15 mL dilute Omnipaque)"],
        "fusion": ["MRI", "PET"], "fourd": False,
        "immob": ["Vac-Lok legs, knee sponge", "ankle stocks + knee wedge", "supine, feet in footrest, Vac-Lok"],
        "rats": ["OAR proximity", "fusion for delineation", "contrast for delineation", "prior field overlap", "immobilization"],
    },
    "head_neck": {
        "label": "head and neck", "sided": True,
        "dx": ["SCC {side} tonsil, p16+, cT2N1", "SCC base of tongue, HPV+, T3N2", "SCC {side} tonsil p16 neg, T3N2b, 50 pk-yr",
               "oropharyngeal SCC ({side} BOT), p16+, cT1N1"],
        "areas": [("oropharynx", ["oropharynx primary", "primary site (oropharynx)", "OP primary", "tonsillar fossa"]),
                  ("{side} neck", ["{S} neck", "{side} neck (levels II-IV)", "ipsilateral neck"]),
                  ("{opp} neck", ["{O} neck", "{opp} neck (elective)", "contralateral neck"])],
        "oars": ["spinal cord", "parotids", "brainstem", "mandible", "larynx", "optic apparatus"],
        "feats": ["contrast", "arc_rotational"],
        "contrast": ["IV contrast (Omnipaque 350, 75 mL)", "IV contrast", "Isovue-370 IV", "IV contrast per protocol"],
        "fusion": ["PET", "MRI"], "fourd": False,
        "immob": ["5-point thermoplastic mask + custom headrest", "open-face mask (claustrophobia)", "S-frame mask, bite block"],
        "rats": ["OAR proximity", "irregular target", "contrast for delineation", "fusion for delineation", "immobilization"],
    },
    "lung": {
        "label": "lung with 4DCT", "sided": True,
        "dx": ["{side} upper lobe NSCLC (adeno), cT2aN2M0 stage IIIA", "{side} lower lobe SCC, cT1cN0, medically inoperable (COPD, FEV1 0.9 L)",
               "limited-stage SCLC, {side} hilar mass", "{side} UL NSCLC stage IIIB, PD-L1 60%"],
        "areas": [("{side} lung", ["{S} lung primary", "{side} upper lobe mass", "{S} lung tumor", "{S} lung lesion"]),
                  ("mediastinum", ["mediastinal nodes", "mediastinum (4R/7)", "subcarinal/mediastinal LN"]),
                  ("{side} hilum", ["{S} hilum", "{side} hilar nodes"])],
        "oars": ["esophagus", "spinal cord", "heart", "brachial plexus", "proximal bronchial tree"],
        "feats": ["contrast", "arc_rotational"],
        "contrast": ["IV contrast", "IV Omnipaque", "IV contrast (80 cc Isovue)"],
        "fusion": ["PET"], "fourd": True,
        "immob": ["wingboard, arms up, Vac-Lok", "Alpha Cradle arms up", "arms up on T-bar, knee sponge"],
        "rats": ["OAR proximity", "target motion", "fusion for delineation", "irregular target", "contrast for delineation"],
    },
    "whole_brain": {
        "label": "whole brain", "sided": False,
        "dx": ["NSCLC w/ >10 brain mets", "melanoma, multiple brain metastases", "SCLC, PCI after CR",
               "breast ca w/ diffuse brain mets + leptomeningeal enhancement"],
        "areas": [("whole brain", ["whole brain", "WBRT", "whole brain (C2 inferior border)"]),
                  ("cervical spine", ["C-spine to C2-C5", "upper C-spine"])],
        "oars": ["lenses", "hippocampi", "eyes", "cochleae"],
        "feats": ["arc_rotational", "custom_shielding", "complex_blocking"],
        "contrast": [], "fusion": ["MRI"], "fourd": False,
        "immob": ["thermoplastic mask", "open-face mask", "mask + headrest B"],
        "rats": ["OAR proximity", "fusion for delineation", "immobilization"],
    },
    "srs": {
        "label": "brain SRS", "sided": False,
        "dx": ["NSCLC, 3 brain mets on MRI", "RCC w/ solitary brain met", "melanoma, 2 brain mets", "breast ca, oligometastatic brain disease"],
        "areas": [("left frontal lesion", ["L frontal met", "left frontal lesion", "L frontal"]),
                  ("right cerebellar lesion", ["R cerebellar met", "right cerebellar lesion", "R cerebellum"]),
                  ("left parietal lesion", ["L parietal met", "left parietal lesion"]),
                  ("right occipital lesion", ["R occipital met", "right occipital lesion"])],
        "oars": ["brainstem", "optic chiasm", "optic nerves", "cochlea"],
        "feats": ["arc_rotational"],
        "contrast": ["IV gadolinium-enhanced"], "fusion": ["MRI"], "fourd": False,
        "immob": ["Encompass SRS mask", "frameless SRS mask + bite block", "SRS mask (open face)"],
        "rats": ["OAR proximity", "fusion for delineation", "multiple targets", "immobilization"],
    },
    "bone_mets": {
        "label": "multiple bone metastases", "sided": False,
        "dx": ["mCRPC, painful osseous mets", "metastatic NSCLC to bone", "multiple myeloma, lytic lesions",
               "RCC w/ bone mets", "metastatic prostate ca, progressive on enzalutamide"],
        "areas": [("thoracic spine", ["T-spine (T8-T11)", "T8-T11", "thoracic spine"]),
                  ("left hip", ["L hip/acetabulum", "left acetabulum", "L hip"]),
                  ("right humerus", ["R humerus", "right proximal humerus"]),
                  ("lumbar spine", ["L-spine (L2-L4)", "L3 vertebral body", "lumbar spine"]),
                  ("sacrum", ["sacrum", "sacrum/SI joint"]), ("left rib", ["L 7th rib", "left posterior rib"])],
        "oars": ["spinal cord", "bowel", "kidneys", "esophagus"],
        "feats": ["arc_rotational", "custom_shielding"],
        "contrast": [], "fusion": ["PET", "MRI"], "fourd": False,
        "immob": ["Vac-Lok", "knee sponge, arms on chest", "Alpha Cradle"],
        "rats": ["multiple targets", "prior field overlap", "OAR proximity", "immobilization"],
    },
    "gyn_brachy": {
        "label": "GYN with brachytherapy", "sided": False, "female": True,
        "dx": ["cervical SCC FIGO IIB", "cervix adenoca IB3 s/p chemoRT (EBRT done)", "endometrial ca stage II s/p TAH/BSO",
               "cervical ca IIIC1 on weekly cisplatin"],
        "areas": [("cervix", ["cervix", "cervix/uterus", "HR-CTV cervix"]), ("pelvic nodes", ["pelvic LN", "pelvic nodes"]),
                  ("vaginal cuff", ["vaginal cuff"])],
        "oars": ["bladder", "rectum", "sigmoid", "small bowel"],
        "feats": ["brachytherapy", "contrast"],
        "contrast": ["dilute contrast in the foley balloon", "vaginal contrast", "bladder contrast (7 cc Cysto-Conray in balloon)"],
        "fusion": ["MRI", "fluoroscopy", "ultrasound"], "fourd": False,
        "immob": ["lithotomy, candy-cane stirrups", "supine frog-leg", "Vac-Lok under legs"],
        "rats": ["applicator verification", "OAR proximity", "fusion for delineation"],
    },
    "rectum": {
        "label": "rectum", "sided": False,
        "dx": ["rectal adenoca, 7 cm from AV, cT3N1", "low rectal ca cT3N2 (TNT)", "rectal adenoca uT3N0"],
        "areas": [("rectum", ["rectal primary", "rectum/mesorectum", "rectal tumor"]),
                  ("pelvic nodes", ["pelvic nodes (presacral/int iliac)", "pelvic LN"]),
                  ("inguinal nodes", ["bilat inguinal", "inguinal nodes"])],
        "oars": ["small bowel", "bladder", "femoral heads", "genitalia"],
        "feats": ["contrast", "arc_rotational"],
        "contrast": ["rectal contrast", "oral contrast for small bowel", "Gastrografin PO 45 min prior",
                     "rectal barium via small catheter"],
        "fusion": ["MRI", "PET"], "fourd": False,
        "immob": ["prone belly board", "supine Vac-Lok", "prone on bellyboard, full bladder"],
        "rats": ["OAR proximity", "contrast for delineation", "fusion for delineation", "irregular target"],
    },
    "esophagus": {
        "label": "esophagus", "sided": False,
        "dx": ["distal esophageal adenoca/GEJ, cT3N1 (CROSS)", "mid-esophageal SCC, cT3N0", "GEJ adenoca Siewert I"],
        "areas": [("esophagus", ["distal esophagus/GEJ", "esophageal primary", "esophagus"]),
                  ("celiac nodes", ["celiac axis nodes", "celiac LN"]), ("mediastinum", ["periesophageal/mediastinal nodes"])],
        "oars": ["heart", "lungs", "spinal cord", "stomach", "liver"],
        "feats": ["contrast", "arc_rotational", "particle"],
        "contrast": ["oral contrast (barium swallow on table)", "IV + oral contrast", "PO Gastrografin",
                     "IV contrast"],
        "fusion": ["PET"], "fourd": True,
        "immob": ["arms up, Vac-Lok", "wingboard", "arms up T-bar"],
        "rats": ["OAR proximity", "contrast for delineation", "fusion for delineation", "target motion"],
    },
    "pancreas": {
        "label": "pancreas", "sided": False,
        "dx": ["pancreatic head adenoca, borderline resectable", "locally advanced pancreatic ca (SMA encasement)",
               "pancreatic adenoca s/p Whipple, R1 margin"],
        "areas": [("pancreas", ["pancreatic head", "pancreas tumor", "pancreatic bed"]),
                  ("regional nodes", ["peripancreatic/celiac nodes"])],
        "oars": ["duodenum", "stomach", "small bowel", "kidneys", "liver"],
        "feats": ["contrast", "arc_rotational"],
        "contrast": ["IV contrast (pancreas protocol)", "oral + IV contrast", "IV contrast"],
        "fusion": ["MRI", "PET"], "fourd": True,
        "immob": ["arms up, Vac-Lok", "wingboard, knee sponge"],
        "rats": ["OAR proximity", "target motion", "contrast for delineation", "irregular target"],
    },
    "lymphoma": {
        "label": "lymphoma", "sided": False,
        "dx": ["DLBCL stage II, s/p R-CHOP x4, residual PET+", "Hodgkin lymphoma stage IIA (bulky mediastinal)",
               "follicular lymphoma grade 1-2, stage I", "DLBCL stage IIE, PR after chemo"],
        "areas": [("mediastinum", ["mediastinum", "anterior mediastinal mass", "mediastinal ISRT volume"]),
                  ("left neck", ["L neck", "left cervical nodes", "L supraclavicular/neck"]),
                  ("right axilla", ["R axilla", "right axillary nodes"]),
                  ("left inguinal", ["L inguinal", "left inguinal nodes"])],
        "oars": ["heart", "lungs", "thyroid", "spinal cord"],
        "feats": ["contrast", "arc_rotational"],
        "contrast": ["IV contrast", "IV contrast (Isovue)"],
        "fusion": ["PET"], "fourd": False,
        "immob": ["arms up, Vac-Lok", "mask + shoulder pull", "Vac-Lok arms akimbo"],
        "rats": ["OAR proximity", "fusion for delineation", "multiple targets", "irregular target"],
    },
    "skin": {
        "label": "skin with electron cutouts", "sided": True,
        "dx": ["BCC {side} nasal ala", "SCC {side} scalp vertex, 2.4 cm", "SCC {side} helix of ear", "SCC dorsum {side} hand",
               "Merkel cell ca {side} cheek s/p WLE"],
        "areas": [("nose", ["{S} nasal ala", "nose lesion"]), ("scalp", ["scalp lesion", "{S} scalp"]),
                  ("{side} ear", ["{S} helix", "{side} ear"]), ("{side} cheek", ["{S} cheek"])],
        "oars": ["eye/lens", "cartilage", "lacrimal gland"],
        "feats": ["custom_shielding"],
        "contrast": [], "fusion": [], "fourd": False,
        "immob": ["head rest, tape", "short mask", "supine, head turned, tape", "supine w/ headrest A, chin tilt"],
        "rats": ["custom shielding", "irregular target", "OAR proximity"],
    },
    "palliative": {
        "label": "palliative", "sided": False,
        "dx": ["metastatic NSCLC, painful R chest wall mass", "cord compression T10 from prostate ca, s/p decompression",
               "bleeding bladder tumor, not a surgical candidate", "obstructing L mainstem lesion, hemoptysis",
               "SVC syndrome, metastatic SCLC"],
        "areas": [("chest wall", ["R chest wall mass", "chest wall"]), ("thoracic spine", ["T9-T11 (cord compression)", "T-spine"]),
                  ("bladder", ["bladder", "whole bladder"]), ("mediastinum", ["mediastinum/SVC", "mediastinal mass"]),
                  ("left hip", ["L hip", "left femur/acetabulum"])],
        "oars": ["spinal cord", "bowel", "lung", "kidneys"],
        "feats": ["custom_shielding", "arc_rotational", "contrast"],
        "contrast": ["IV contrast", "bladder contrast via foley"],
        "fusion": ["PET", "fluoroscopy"], "fourd": False,
        "immob": ["Vac-Lok", "knee sponge only", "Alpha Cradle, arms down (can't raise - shoulder pain)"],
        "rats": ["prior field overlap", "OAR proximity", "immobilization", "multiple targets"],
    },
}

# fusion surfaces: modality -> list of surfaces
MOD_SURF = {
    "CT": ["CT simulation", "CT sim", "planning CT", "CT-sim (Big Bore)", "simulation CT", "CT simulator scan", "CT scan on the sim"],
    "MRI": ["MRI", "MR T1 post-gad", "MRI (3T)", "MR", "diagnostic MRI", "MRI (outside, Tallgrass Imaging)"],
    "PET": ["PET/CT", "PET-CT", "FDG PET", "PET"],
    "fluoroscopy": ["fluoroscopy", "fluoro", "C-arm fluoro", "conventional simulator (fluoro)"],
    "ultrasound": ["ultrasound", "transabdominal US", "US guidance", "TAUS"],
}

SITE_MRI = {"prostate": ["pelvic MRI", "MRI prostate (multiparametric)"], "rectum": ["MRI pelvis (rectal protocol)", "pelvic MRI"],
            "gyn_brachy": ["pelvic MRI", "MRI (T2)"], "srs": ["MRI brain T1 post-contrast (1 mm)", "SRS-protocol MRI"],
            "whole_brain": ["MRI brain", "MR brain T1+C"], "head_neck": ["MRI neck", "MR neck"],
            "pancreas": ["MRI abdomen", "MRCP/MRI"], "bone_mets": ["MRI T/L spine", "spine MRI"]}
REFERRER = {"breast_nodes": ["Dr. Felix Amundsen (Surgery)", "Dr. Anya Szekely (Hem/Onc)"],
            "prostate": ["Dr. Hollis Prentiss (Urology)"], "head_neck": ["Dr. Marcus Tribble (ENT)"],
            "lung": ["Dr. Odessa Vance (Pulm)", "Dr. Anya Szekely (Hem/Onc)"], "gyn_brachy": ["Dr. Priya Castellanos (GYN)"],
            "skin": ["Dr. Ilse Maranda (Dermatology)", "Dr. Wendell Haight (PCP, Linden Prairie CBOC)"],
            "rectum": ["Dr. Felix Amundsen (Surgery)", "Dr. Anya Szekely (Hem/Onc)"],
            "esophagus": ["Dr. Felix Amundsen (Surgery)", "Dr. Anya Szekely (Hem/Onc)"],
            "palliative": ["Dr. Anya Szekely (Hem/Onc)", "the hospitalist team (Ward 3B)", "Dr. Wendell Haight (PCP, Linden Prairie CBOC)"],
            "bone_mets": ["Dr. Anya Szekely (Hem/Onc)", "Dr. Hollis Prentiss (Urology)"],
            "whole_brain": ["Dr. Anya Szekely (Hem/Onc)", "Neurosurgery (Dr. Bex Farrow)"],
            "srs": ["Neurosurgery (Dr. Bex Farrow)", "Dr. Anya Szekely (Hem/Onc)"],
            "lymphoma": ["Dr. Anya Szekely (Hem/Onc)"], "pancreas": ["Dr. Anya Szekely (Hem/Onc)", "Dr. Felix Amundsen (Surgery)"]}
DISEASE = {"breast_nodes": "breast cancer", "prostate": "prostate cancer", "head_neck": "oropharyngeal primary",
           "lung": "lung primary", "whole_brain": "intracranial metastases", "srs": "brain metastases",
           "bone_mets": "osseous metastases", "gyn_brachy": "cervical primary", "rectum": "rectal primary",
           "esophagus": "esophageal primary", "pancreas": "pancreatic mass", "lymphoma": "lymphoma",
           "skin": "cutaneous lesion", "palliative": "metastatic disease"}
PALL_DX = {"chest wall": "metastatic NSCLC, painful R chest wall mass", "thoracic spine": "cord compression T10 from prostate ca, s/p decompression",
           "bladder": "bleeding bladder tumor, not a surgical candidate", "mediastinum": "SVC syndrome, metastatic SCLC",
           "left hip": "painful L acetabular met (RCC), impending fx"}
SKIN_HIST = ["BCC", "SCC", "recurrent SCC", "nodular BCC", "SCC, poorly differentiated"]
UNKNOWN_DX = {"bone_mets": ["mCRPC with painful osseous mets", "metastatic NSCLC, multiple painful bone mets",
                           "multiple myeloma, lytic lesions", "RCC w/ widespread bone mets"],
              "lymphoma": ["DLBCL, PR after R-CHOP (sites per PET review)", "Hodgkin lymphoma, residual PET+ disease",
                           "follicular lymphoma, symptomatic adenopathy"],
              "palliative": ["metastatic NSCLC, multiple symptomatic sites", "metastatic prostate ca, pain crisis",
                             "widely metastatic melanoma, palliative intent"],
              "srs": ["NSCLC with brain metastases", "melanoma, brain mets", "breast ca, brain metastases"],
              "skin": ["multiple cutaneous SCCs (face/scalp), field cancerization", "multiple BCCs, Agent Orange-era veteran, chronic sun damage"]}
