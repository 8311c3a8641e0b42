"""The only conftest: shared, session-scoped fixtures (spaCy's test policy)."""

from pathlib import Path

import pytest

import simcheck
from simcheck.analyzer import Analyzer
from simcheck.rules import RuleBundle, load_bundle

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def bundle() -> RuleBundle:
    return load_bundle()


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return simcheck.load()


@pytest.fixture(scope="session")
def rules_analyzer() -> Analyzer:
    """The rule engine alone (no model): pins rule behaviour independent of retraining."""
    return simcheck.load(model=None)
