"""A real healthchain-node --dev for the Python tests: started on free loopback ports with its own
temporary state, stopped at the end."""

import os
import shutil
import socket
import subprocess
import tempfile
import time
import unittest

from substrateinterface import SubstrateInterface

TARGET_DIR = os.environ.get(
    "CARGO_TARGET_DIR", os.path.join(os.path.expanduser("~"), ".cache/healthchain/target")
)
NODE_BIN = os.environ.get("HC_NODE_BIN", os.path.join(TARGET_DIR, "debug/healthchain-node"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class DevNode:
    """`healthchain-node --dev`; `url` and `substrate` (a connected SubstrateInterface)."""

    def __init__(self, timeout: float = 180):
        if not os.path.exists(NODE_BIN):
            raise RuntimeError(f"node binary not found at {NODE_BIN}")
        self.dir = tempfile.mkdtemp(prefix="healthchain-py-")
        self.rpc_port = free_port()
        self.url = f"ws://127.0.0.1:{self.rpc_port}"
        self.log = open(os.path.join(self.dir, "node.log"), "w")
        self.node = subprocess.Popen(
            [
                NODE_BIN, "--dev", "--base-path", os.path.join(self.dir, "data"),
                "--rpc-port", str(self.rpc_port), "--port", str(free_port()),
                "--no-prometheus", "--no-telemetry", "--no-mdns",
            ],
            stdout=self.log, stderr=subprocess.STDOUT,
        )
        deadline = time.time() + timeout
        self.substrate = None
        while time.time() < deadline:
            if self.node.poll() is not None:
                raise RuntimeError(f"node exited early, log: {self.log.name}")
            try:
                self.substrate = SubstrateInterface(url=self.url)
                break
            except Exception:
                time.sleep(0.5)
        if self.substrate is None:
            self.stop()
            raise RuntimeError(f"node RPC did not answer, log: {self.log.name}")

    def stop(self):
        if self.substrate is not None:
            self.substrate.close()
        self.node.terminate()
        try:
            self.node.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.node.kill()
        self.log.close()
        shutil.rmtree(os.path.join(self.dir, "data"), ignore_errors=True)


class DevNodeTestCase(unittest.TestCase):
    """A test case whose tests share one dev node: `self.dev` (the node) and `self.substrate`
    (its substrate-interface connection), started before the first test and stopped after the
    last."""

    @classmethod
    def setUpClass(cls):
        cls.dev = DevNode()
        cls.substrate = cls.dev.substrate

    @classmethod
    def tearDownClass(cls):
        cls.dev.stop()
