"""Writer L: a rural-and-regional cancer network's synthetic radiation-oncology notes (external holdout)."""
