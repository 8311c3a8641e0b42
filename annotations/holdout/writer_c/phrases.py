"""Writer C's shared phrase pools: headers, people, filler for long notes, bare assertions and trap sentences.

None of these strings is counted evidence on its own; evidence is built in ``evidence.py``.
"""

from __future__ import annotations

INITIALS = ["J.K.", "M.R.", "A.T.", "S.L.", "D.W.", "P.N.", "R.B.", "C.H.", "E.V.", "L.O.", "T.G.", "K.F."]
DOCTOR = ["Dr. {i}", "{i}, MD", "{i} MD PhD", "Attending: {i}"]
THERAPIST = ["{i}, RTT", "{i} (CT sim therapist)", "{i}, R.T.(T)", "sim RTT {i}"]
PHYSICIST = ["{i}, PhD, DABR", "{i}, MS (physics)", "{i} - medical physicist"]
DOSIMETRIST = ["{i}, CMD", "{i} (dosimetry)"]

TITLES = {
    "sim_note": [
        "CT SIMULATION NOTE",
        "Simulation Note",
        "RADIATION ONCOLOGY - SIMULATION",
        "Treatment Simulation",
        "Simulation and Treatment Planning Note",
    ],
    "sim_procedure": [
        "CT SIM PROCEDURE NOTE",
        "Procedure: CT Simulation",
        "Sim Procedure (Therapist)",
        "CT Simulator Log / Procedure Note",
    ],
    "order_procedure": [
        "SIMULATION ORDER AND PROCEDURE",
        "Sim Order + Procedure Documentation",
        "Radiation Simulation Request / Completed",
    ],
    "brachy_procedure": [
        "HDR BRACHYTHERAPY PROCEDURE NOTE",
        "Brachytherapy Insertion and Planning Scan",
        "Procedure Note - Intracavitary Brachytherapy",
    ],
    "srs_sbrt_sim": ["SRS SIMULATION", "SBRT Simulation Note", "Stereotactic Simulation", "SRS/SBRT Sim Note"],
    "peds_anesthesia_sim": [
        "PEDIATRIC SIMULATION UNDER ANESTHESIA",
        "Peds Sim (GA) Note",
        "Simulation with Anesthesia Support",
    ],
    "palliative_sim": ["PALLIATIVE SIMULATION", "Urgent Palliative Sim / Setup", "Same-day Palliative Simulation"],
    "resim": ["RE-SIMULATION NOTE", "Resimulation / Replan", "Repeat CT Simulation (Adaptive Replan)"],
    "boost_sim": ["BOOST SIMULATION", "Cone-down / Boost Sim Note", "Sequential Boost Simulation"],
    "electron_setup": ["ELECTRON SETUP NOTE", "Clinical Setup - Electrons", "Electron Field Simulation"],
    "tbi_sim": ["TBI SIMULATION", "Total Body Irradiation - Simulation and Measurements"],
    "csi_sim": ["CRANIOSPINAL SIMULATION", "CSI Sim Note"],
    "consult": ["RADIATION ONCOLOGY CONSULTATION", "New Patient Consult", "Initial Consultation - Rad Onc"],
    "otv": ["ON-TREATMENT VISIT", "Weekly OTV", "Weekly Management Note"],
    "summary": ["TREATMENT SUMMARY", "End of Treatment Summary", "Radiation Completion Summary"],
    "followup": ["FOLLOW-UP VISIT", "Rad Onc Follow Up", "Post-treatment Follow-up Note"],
    "physics_note": [
        "PHYSICS NOTE",
        "Physics Consult / Chart Check",
        "Special Medical Physics Consultation",
        "Weekly Physics Chart Review",
    ],
}

BARE = [
    "Complex simulation was medically necessary.",
    "This simulation meets criteria for complex simulation (77290).",
    "Medical necessity for complex simulation: yes.",
    "Complex simulation is required for this patient.",
    "I certify that a complex simulation was necessary.",
    "Simulation complexity: complex, per department policy.",
    "Complexity justified.",
]

HEDGED = [
    "Complex simulation may be justified if nodal volumes are added after review.",
    "Could possibly need a complex technique depending on the final contours.",
]

ATTEST = [
    "I was present for the key portions of the simulation and reviewed the images.",
    "I personally supervised this simulation and approved the isocenter placement.",
    "Attending physician attestation: I reviewed the setup and the acquired images and agree with the therapist "
    "documentation.",
    "I have reviewed and approved the simulation; planning directive to follow.",
]

CONSENT = [
    "Consent for treatment was signed at the consult and reviewed again today.",
    "Risks, benefits and alternatives were reviewed; written consent is in the chart.",
    "Verbal and written consent obtained; interpreter used (Spanish).",
    "Consent on file.",
]

MARKS = [
    "Three tattoos placed (anterior and both laterals).",
    "Reference marks: 3 permanent tattoos, covered with Tegaderm.",
    "BBs placed at the reference point and skin marked with Sharpie; tattoos x3.",
    "Isocenter shifts to be determined by dosimetry; reference tattoos placed.",
    "Marks placed on the mask; no tattoos.",
]

POST = [
    "Patient tolerated the procedure well and left the department in stable condition.",
    "No complications. Pt given next appointment info.",
    "Procedure tolerated without difficulty.",
    "Total time in room 35 minutes.",
    "The patient was discharged home with a family member.",
]

NEXT = [
    "Contours to be completed by the physician; dosimetry to plan.",
    "Expected start date in 7-10 business days pending plan approval and QA.",
    "Plan to start treatment next week; chemotherapy is being coordinated with medical oncology.",
    "Patient will be called with the start date.",
]

PMH = [
    "hypertension",
    "type 2 diabetes on metformin",
    "hyperlipidemia",
    "COPD (on home O2 at night)",
    "atrial fibrillation on apixaban",
    "chronic kidney disease stage 3 (Cr 1.6)",
    "obstructive sleep apnea",
    "GERD",
    "hypothyroidism",
    "depression",
    "osteoarthritis of both knees",
    "prior DVT (2019)",
    "coronary artery disease s/p stent",
    "gout",
    "migraine",
    "anxiety",
    "BPH",
    "peripheral neuropathy",
]
PSH = [
    "appendectomy",
    "cholecystectomy (laparoscopic)",
    "right total knee replacement",
    "C-section x2",
    "hernia repair",
    "tonsillectomy as a child",
    "cataract surgery",
    "port placement",
    "CABG x3",
]
MEDS = [
    "lisinopril 20 mg daily",
    "metformin 1000 mg BID",
    "atorvastatin 40 mg",
    "apixaban 5 mg BID",
    "levothyroxine 75 mcg",
    "omeprazole 20 mg",
    "sertraline 50 mg",
    "oxycodone 5 mg q6h prn",
    "dexamethasone 4 mg BID",
    "ondansetron prn",
    "tamsulosin 0.4 mg",
    "gabapentin 300 mg TID",
    "acetaminophen prn",
    "albuterol inhaler prn",
    "amlodipine 10 mg",
    "insulin glargine 20 units",
]
ALLERGIES = [
    "NKDA",
    "penicillin (rash)",
    "sulfa",
    "codeine (nausea)",
    "latex",
    "shellfish (no contrast reaction)",
    "iodinated contrast (hives, premedicated in the past)",
    "adhesive tape",
]
SOCIAL = [
    "Lives with her husband; retired teacher. Never smoker. Occasional wine.",
    "Former smoker, 40 pack-years, quit 2015. Works as a truck driver. Lives alone.",
    "Married, two adult children. Current smoker 1/2 ppd, counselled on cessation.",
    "Lives with daughter, uses a cane. No alcohol.",
    "Attends 4th grade; lives with both parents and an older brother.",
    "Farmer, lives 90 miles away; will need lodging during treatment.",
    "Divorced, works nights as a nurse. Drinks 2-3 beers on weekends.",
]
FAMILY_PLAIN = [
    "Father with colon cancer at 70.",
    "Mother had breast cancer in her 60s.",
    "No family history of malignancy.",
    "Brother with prostate cancer.",
    "Maternal aunt with ovarian cancer; BRCA testing negative.",
]
ROS = [
    "Fatigue 1. Appetite fair. No fevers or night sweats. No new bone pain.",
    "Positive for mild dysphagia and 8 lb weight loss. Negative for hemoptysis.",
    "Denies headache, vision change or focal weakness.",
    "Reports urinary frequency (nocturia x3). No hematuria. Bowel habits normal.",
    "Mild shortness of breath on stairs; stable cough. No chest pain.",
    "Pain 6/10 at the site, improved with oxycodone. No bowel or bladder incontinence.",
    "All other systems reviewed and negative.",
]
EXAM = [
    "Well-appearing, in no distress. ECOG 1.",
    "KPS 70. Ambulates with a walker.",
    "Neck supple, no palpable adenopathy.",
    "Lungs clear bilaterally. Heart regular rate and rhythm.",
    "Abdomen soft, non-tender. No hepatosplenomegaly.",
    "Healed surgical incision without erythema.",
    "Cranial nerves II-XII grossly intact. Strength 5/5 throughout.",
    "Skin intact; no lymphedema.",
    "DRE: firm nodularity on the left, no extracapsular extension palpable.",
]
LABS = [
    "Hgb 11.2, WBC 5.4, Plt 212.",
    "Creatinine 1.1, eGFR 68.",
    "Creatinine 1.9, eGFR 34.",
    "PSA 11.2 (prior 8.4).",
    "CEA 4.1.",
    "LFTs within normal limits.",
    "Pregnancy test negative.",
    "Glucose 142.",
]
COUNSEL = [
    "We discussed acute side effects including fatigue, skin reaction and site-specific toxicities in detail.",
    "Late effects including secondary malignancy, fibrosis and organ dysfunction were reviewed.",
    "The patient asked good questions about driving and work; she may continue working as tolerated.",
    "Daughter present for the discussion and helped with questions.",
    "Time spent today was over 60 minutes, more than half in counselling.",
    "Smoking cessation was reinforced.",
    "Nutrition referral placed; social work aware of transportation needs.",
]
INTERVAL = [
    "{m}: seen by medical oncology; started systemic therapy.",
    "{m}: hospitalized for 3 days with neutropenic fever, recovered.",
    "{m}: tumor board review, consensus for radiation.",
    "{m}: second opinion at an outside academic center, same recommendation.",
    "{m}: surgery consult, deemed not a surgical candidate.",
    "{m}: completed 4 cycles of chemotherapy; tolerated with grade 2 neuropathy.",
    "{m}: dental evaluation with extractions x2.",
    "{m}: physical therapy for deconditioning.",
    "{m}: pain service adjusted opioids.",
    "{m}: genetics counselling completed.",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

DICTATION_QUIRKS = [" [inaudible]", " (sic)", " -- correction --", " um,", " [unclear]"]

OTHER_PERSON = [
    "Her sister had a PET/CT and IV contrast scans during her own lymphoma treatment last year.",
    "His wife, who accompanied him, was treated here with VMAT to the breast in 2020.",
    "Patient's brother is currently receiving proton therapy elsewhere and had MRI fusion for his plan.",
    "Mother had cervical cancer treated with brachytherapy and contrast CT scans decades ago.",
    "Husband recently had a CT with IV contrast that caused a reaction, which makes the patient anxious.",
    "Roommate on the inpatient unit was also simulated today (different patient, separate note).",
]

OUTSIDE_LAYOUTS = ["vendor_a", "vendor_b", "vendor_c"]
