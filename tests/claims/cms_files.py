"""The CMS NCCI PTP and MUE excerpt fixtures (published layouts; illustrative values, see data/CMS_FIXTURES.md)."""

from pathlib import Path

DATA = Path(__file__).parent / "data"
PRA_F1 = DATA / "ccipra-v321r0-f1.txt"
PRA_F2 = DATA / "ccipra-v321r0-f2.txt"
OPH_F1 = DATA / "ccioph-v321r0-f1.txt"
MUE_PRA_Q1 = DATA / "MCR_MUE_PractitionerServices_Eff_01-01-2026.csv"
MUE_PRA_Q2 = DATA / "MCR_MUE_PractitionerServices_Eff_04-01-2026.csv"
MUE_OPH_Q1 = DATA / "MCR_MUE_OutpatientHospitalServices_Eff_01-01-2026.csv"
