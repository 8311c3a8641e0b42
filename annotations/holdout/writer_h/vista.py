"""CPRS/VistA-like scaffolding: people, dates, note headers, signatures, addenda, receipts.

All names are invented; patient identifiers are always ``[redacted]`` or ``XXXXX``.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")

_SURNAMES = (
    "ABERNATHY", "BALLINGER", "CASTELLANO", "DRUMMOND", "ESPARZA", "FAIRWEATHER", "GALLOWAY", "HOLLOWELL",
    "IBARRA", "JARDINE", "KESSLER", "LACHANCE", "MCALISTER", "NAKAGAWA", "OYELARAN", "PRZYBYLSKI",
    "QUINTERO", "ROTHWELL", "SANDOVAL", "TREMBLAY", "UPSHAW", "VANDERMEER", "WHITACRE", "YARBOROUGH",
    "ZELLWEGER", "OKONKWO", "BRANNIGAN", "DESROSIERS", "HALVORSEN", "MONTGOMERIE", "PETRAKIS", "SOLBERG",
)
_FIRST = (
    "ALMA", "BENNETT", "CORA", "DESMOND", "ELOISE", "FLETCHER", "GWENDOLYN", "HOLLIS", "IMOGEN", "JASPER",
    "KATHLEEN", "LUCIEN", "MARISOL", "NORBERT", "OPAL", "PRESTON", "ROSALIND", "SILAS", "THEA", "VERNON",
    "WINIFRED", "ANSEL", "BEATRIX", "CALVIN", "DELPHINE", "EZRA",
)
_INITIALS = "ABCDEFGHJKLMNPRSTW"

ROLE_TITLES = {
    "md": ("STAFF RADIATION ONCOLOGIST", "Radiation Oncology Staff Physician", "PHYSICIAN, RADIATION ONCOLOGY",
           "Chief, Radiation Oncology Section", "Attending Radiation Oncologist"),
    "resident": ("RESIDENT PHYSICIAN (AFFILIATE), PGY-3", "Radiation Oncology Resident, PGY-4",
                 "PGY-2 RESIDENT, RAD ONC (ACADEMIC AFFILIATE)"),
    "np": ("NURSE PRACTITIONER, RADIATION ONCOLOGY", "ANP-BC, Oncology"),
    "rtt": ("RADIATION THERAPIST", "Lead Radiation Therapist, CT Sim", "RADIATION THERAPY TECHNOLOGIST",
            "R.T.(T), ARRT", "Senior Radiation Therapist"),
    "cmd": ("MEDICAL DOSIMETRIST, CMD", "Certified Medical Dosimetrist", "DOSIMETRIST"),
    "phys": ("MEDICAL PHYSICIST, DABR", "Qualified Medical Physicist", "CLINICAL PHYSICIST"),
    "rn": ("RN, RADIATION ONCOLOGY", "ONCOLOGY NURSE NAVIGATOR, RN", "Registered Nurse, Rad Onc Clinic",
           "RN CARE MANAGER (PACT)"),
    "cc": ("COMMUNITY CARE REFERRAL COORDINATOR", "Community Care Nurse, OCC", "MSA, OFFICE OF COMMUNITY CARE"),
    "him": ("HIMS SCANNING TECHNICIAN", "HEALTH INFORMATION MGMT, FILE ROOM"),
}


@dataclass(frozen=True)
class Person:
    last: str
    first: str
    mi: str
    role: str
    title: str
    suffix: str

    @property
    def vista(self) -> str:
        return f"{self.last},{self.first} {self.mi}"

    @property
    def signed(self) -> str:
        name = f"{self.first.title()} {self.mi}. {self.last.title()}"
        return f"{name}{', ' + self.suffix if self.suffix else ''}"

    @property
    def short(self) -> str:
        return f"{self.first[0]}{self.mi}{self.last[0]}"

    @property
    def dr(self) -> str:
        return f"Dr. {self.last.title()}"


_SUFFIX = {"md": "MD", "resident": "MD", "np": "NP", "rtt": "RT(T)", "cmd": "CMD", "phys": "PhD", "rn": "RN",
           "cc": "", "him": ""}


def person(rng: random.Random, role: str) -> Person:
    return Person(
        last=rng.choice(_SURNAMES), first=rng.choice(_FIRST), mi=rng.choice(_INITIALS), role=role,
        title=rng.choice(ROLE_TITLES[role]), suffix=_SUFFIX[role] if role != "phys" or rng.random() < 0.5 else "MS",
    )


def vdate(day: dt.date, hh: int, mm: int, secs: int | None = None) -> str:
    base = f"{MONTHS[day.month - 1]} {day.day:02d}, {day.year}@{hh:02d}:{mm:02d}"
    return base if secs is None else f"{base}:{secs:02d}"


def mdy(day: dt.date) -> str:
    return f"{day.month:02d}/{day.day:02d}/{day.year}"


def short_mdy(day: dt.date) -> str:
    return f"{day.month}/{day.day}/{str(day.year)[2:]}"


def sim_day(rng: random.Random) -> dt.date:
    start = dt.date(2023, 1, 3)
    day = start + dt.timedelta(days=rng.randrange(0, 900))
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def before(rng: random.Random, day: dt.date, lo: int, hi: int) -> dt.date:
    return day - dt.timedelta(days=rng.randint(lo, hi))


def after(rng: random.Random, day: dt.date, lo: int, hi: int) -> dt.date:
    return day + dt.timedelta(days=rng.randint(lo, hi))


FACILITIES = (
    "VAMC", "VA Medical Center", "VA Health Care System", "VAMC Radiation Oncology", "VA Regional Cancer Center",
)
DIVISIONS = ("MAIN CAMPUS", "DIV 2", "RAD ONC BLDG 41", "CANCER CENTER WING B", "ONCOLOGY, 3 EAST")
PARTNERS = (
    "Prairie Ridge Cancer Institute", "Tri-County Radiation Associates", "Lakeshore Proton Center",
    "Coastal Bend Oncology Partners", "High Desert Radiation Oncology", "Blue Hollow Regional Medical Center",
    "Cedar Bluff Cancer Care", "Northfork Community Hospital", "Sawtooth Valley Oncology Group",
)


def header(rng: random.Random, local: str, standard: str, day: dt.date, author: Person,
           cosigner: Person | None, urgency: str = "") -> tuple[str, tuple[int, int]]:
    hh, mm = rng.randint(7, 16), rng.randint(0, 59)
    total = hh * 60 + mm + rng.randint(2, 150)
    eh, em = total // 60, total % 60
    cos = cosigner.vista if cosigner else ""
    form = rng.randrange(3)
    if form == 0:
        lines = [
            f"LOCAL TITLE: {local}",
            f"STANDARD TITLE: {standard}",
            f"DATE OF NOTE: {vdate(day, hh, mm)}    ENTRY DATE: {vdate(day, eh, em, rng.randint(0, 59))}",
            f"      AUTHOR: {author.vista:<24} EXP COSIGNER: {cos}".rstrip(),
            f"     URGENCY: {urgency:<24}       STATUS: COMPLETED",
        ]
    elif form == 1:
        lines = [
            f"LOCAL TITLE: {local}",
            f"STANDARD TITLE: {standard}",
            f"DATE OF NOTE: {vdate(day, hh, mm)}",
            f"ENTRY DATE: {vdate(day, eh, em, rng.randint(0, 59))}",
            f"AUTHOR: {author.vista}",
            f"EXP COSIGNER: {cos}".rstrip(),
            f"URGENCY: {urgency}".rstrip(),
            "STATUS: COMPLETED",
        ]
    else:
        lines = [
            f" LOCAL TITLE: {local}",
            f" STANDARD TITLE: {standard}",
            f" DATE OF NOTE: {vdate(day, hh, mm)}     ENTRY DATE: {vdate(day, eh, em)}",
            f"       AUTHOR: {author.vista}",
            f" EXP COSIGNER: {cos}".rstrip(),
            f"      URGENCY: {urgency or 'ROUTINE'}              STATUS: COMPLETED",
        ]
    return "\n".join(lines) + "\n\n", (eh, em)


def signature(rng: random.Random, who: Person, day: dt.date, hm: tuple[int, int]) -> str:
    hh, mm = hm
    mm2 = min(59, mm + rng.randint(1, 20))
    lines = [f"/es/ {who.signed.upper() if rng.random() < 0.6 else who.signed}", who.title,
             f"Signed: {mdy(day)} {hh:02d}:{mm2:02d}"]
    return "\n" + "\n".join(lines) + "\n"


def cosign(rng: random.Random, who: Person, day: dt.date) -> str:
    hh, mm = rng.randint(7, 18), rng.randint(0, 59)
    return f"\n/es/ {who.signed.upper()}\n{who.title}\nCosigned: {mdy(day)} {hh:02d}:{mm:02d}\n"


def receipt(rng: random.Random, who: Person, day: dt.date) -> str:
    hh, mm = rng.randint(7, 18), rng.randint(0, 59)
    return ("\nReceipt Acknowledged By:\n* AWAITING SIGNATURE *\n" if rng.random() < 0.2 else
            f"\nReceipt Acknowledged By:\n{mdy(day)} {hh:02d}:{mm:02d}        /es/ {who.signed.upper()}\n"
            f"                        {who.title}\n")


def addendum_header(rng: random.Random, day: dt.date, author: Person) -> tuple[str, tuple[int, int]]:
    hh, mm = rng.randint(7, 17), rng.randint(0, 59)
    if rng.random() < 0.5:
        head = (f"\n{mdy(day)} ADDENDUM                      STATUS: COMPLETED\n")
    else:
        head = (f"\nADDENDUM                      STATUS: COMPLETED\n"
                f"DATE OF NOTE: {vdate(day, hh, mm)}   ENTRY DATE: {vdate(day, hh, mm, rng.randint(0, 59))}\n"
                f"      AUTHOR: {author.vista}\n")
    return head + "\n", (hh, mm)
