"""Store fixtures: a fresh session file per test."""

import pytest

from facilitator.core.model import Meeting
from facilitator.store.document import SessionDocument


@pytest.fixture
def doc_path(tmp_path):
    return tmp_path / "Bijeenkomst.facilitator"


@pytest.fixture
def doc(doc_path):
    document = SessionDocument.create(doc_path, Meeting("Burgerberaad Test"))
    yield document
    document.close()
