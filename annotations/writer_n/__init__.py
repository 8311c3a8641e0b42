"""Writer N: an academic medical centre's radiation-oncology notes (frozen external holdout generator)."""
