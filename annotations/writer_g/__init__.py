"""Writer G: a seeded generator of synthetic Commonwealth-English radiotherapy planning notes.

The package writes a frozen external holdout (``annotations/holdout/writer_g.jsonl``) labelled by the
labeling guide for CPT 77290. See ``README.md`` in this folder.
"""
