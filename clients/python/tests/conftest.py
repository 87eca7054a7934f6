"""One real `healthchain-node --dev` for the whole session (scripts/e2e/python/devnode.py:
free loopback ports, its own temporary state), and a `HealthChain` connected to it."""

import os
import sys

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "../../.."))
sys.path.insert(0, os.path.join(ROOT, "scripts/e2e/python"))

from devnode import DevNode  # noqa: E402

from healthchain_client import HealthChain  # noqa: E402


@pytest.fixture(scope="session")
def node():
    dev = DevNode()
    yield dev
    dev.stop()


@pytest.fixture(scope="session")
def chain(node):
    client = HealthChain(node.url)
    yield client
    client.close()
