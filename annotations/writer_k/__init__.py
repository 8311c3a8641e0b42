"""Writer K: an Epic-based hospital department's synthetic radiation-oncology notes (external holdout)."""
