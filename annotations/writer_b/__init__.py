"""Writer B: a second, independently written synthetic corpus (ids ``wb-0001`` ...; ``meta.writer`` = "b").

Written without reading the engine, its rule packs or writer A's phrase pools, so the notes test the
rules on phrasing no one tuning them has seen. See ``annotations/README.md`` ("Writer B").
"""

from .notes import N_NOTES, build, build_all

__all__ = ["N_NOTES", "build", "build_all"]
