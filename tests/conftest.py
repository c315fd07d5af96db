from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newsevents.nlp import build_nlp

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def nlp() -> Language:
    return build_nlp()


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT
