"""split_of: deterministic by note id and roughly 70/15/15."""

from collections import Counter

from simcheck.annotations import split_of

PINNED = ["train", "train", "train", "test", "train", "test", "train", "train"]


def test_split_is_deterministic_and_pinned():
    ids = [f"note-{i}" for i in range(200)]
    assert [split_of(i) for i in ids] == [split_of(i) for i in ids]
    # pinned so a change to the hash (which would silently reshuffle the test split) fails loudly
    assert [split_of(f"syn-{i:04d}") for i in range(1, 9)] == PINNED


def test_split_is_roughly_proportional():
    counts = Counter(split_of(f"any-{i}") for i in range(20000))
    assert 0.68 < counts["train"] / 20000 < 0.72
    assert 0.13 < counts["dev"] / 20000 < 0.17
    assert 0.13 < counts["test"] / 20000 < 0.17
