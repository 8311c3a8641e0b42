"""Writer O: a for-profit freestanding radiation-oncology chain's degraded EHR notes (external holdout)."""
