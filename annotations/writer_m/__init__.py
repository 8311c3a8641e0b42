"""Writer M: a Canadian provincial cancer agency's synthetic notes (external holdout generator)."""
