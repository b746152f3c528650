"""Fixtures for tests that start real processes."""

from __future__ import annotations

import pathlib

import pytest


@pytest.fixture
def workdir(tmp_path: pathlib.Path) -> pathlib.Path:
    return tmp_path
