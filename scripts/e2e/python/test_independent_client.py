"""An independent client (Python substrate-interface, not the project's code) against a real
healthchain-node --dev: it connects, reads the metadata and the chain properties, and makes a
transfer that it sees finalized.

Run: python3 -m unittest discover -s scripts/e2e/python -v
"""

import os
import shutil
import socket
import subprocess
import tempfile
import time
import unittest

from substrateinterface import Keypair, SubstrateInterface

TARGET_DIR = os.environ.get(
    "CARGO_TARGET_DIR", os.path.join(os.path.expanduser("~"), ".cache/healthchain/target")
)
NODE_BIN = os.environ.get("HC_NODE_BIN", os.path.join(TARGET_DIR, "debug/healthchain-node"))
UNIT = 10**12


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class IndependentClientTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.path.exists(NODE_BIN):
            raise RuntimeError(f"node binary not found at {NODE_BIN}")
        cls.dir = tempfile.mkdtemp(prefix="healthchain-py-")
        cls.rpc_port = free_port()
        cls.log = open(os.path.join(cls.dir, "node.log"), "w")
        cls.node = subprocess.Popen(
            [
                NODE_BIN, "--dev", "--base-path", os.path.join(cls.dir, "data"),
                "--rpc-port", str(cls.rpc_port), "--port", str(free_port()),
                "--no-prometheus", "--no-telemetry", "--no-mdns",
            ],
            stdout=cls.log, stderr=subprocess.STDOUT,
        )
        deadline = time.time() + 180
        cls.substrate = None
        while time.time() < deadline:
            if cls.node.poll() is not None:
                raise RuntimeError(f"node exited early, log: {cls.log.name}")
            try:
                cls.substrate = SubstrateInterface(url=f"ws://127.0.0.1:{cls.rpc_port}")
                break
            except Exception:
                time.sleep(0.5)
        if cls.substrate is None:
            raise RuntimeError(f"node RPC did not answer, log: {cls.log.name}")

    @classmethod
    def tearDownClass(cls):
        if cls.substrate is not None:
            cls.substrate.close()
        cls.node.terminate()
        try:
            cls.node.wait(timeout=20)
        except subprocess.TimeoutExpired:
            cls.node.kill()
        cls.log.close()
        shutil.rmtree(os.path.join(cls.dir, "data"), ignore_errors=True)

    def test_reads_properties_and_metadata(self):
        props = self.substrate.rpc_request("system_properties", [])["result"]
        self.assertEqual(props["tokenSymbol"], "HCT")
        self.assertEqual(props["tokenDecimals"], 12)
        self.assertEqual(self.substrate.ss58_format, props["ss58Format"])
        versions = self.substrate.rpc_request(
            "state_call", ["Metadata_metadata_versions", "0x"]
        )["result"]
        # SCALE Vec<u32>: compact length, then little-endian u32s. 15 = 0x0f000000.
        self.assertIn("0f000000", versions)
        self.assertIn("10000000", versions)
        self.assertIsNotNone(self.substrate.get_metadata_call_function("Balances", "transfer_keep_alive"))

    def test_transfer_is_finalized(self):
        alice = Keypair.create_from_uri("//Alice")
        recipient = Keypair.create_from_mnemonic(Keypair.generate_mnemonic())
        amount = 3 * UNIT
        call = self.substrate.compose_call(
            call_module="Balances",
            call_function="transfer_keep_alive",
            call_params={"dest": recipient.ss58_address, "value": amount},
        )
        extrinsic = self.substrate.create_signed_extrinsic(call=call, keypair=alice)
        receipt = self.substrate.submit_extrinsic(extrinsic, wait_for_finalization=True)
        self.assertTrue(receipt.is_success, receipt.error_message)
        transfers = [
            e for e in receipt.triggered_events
            if e.value["module_id"] == "Balances" and e.value["event_id"] == "Transfer"
        ]
        self.assertEqual(len(transfers), 1)
        account = self.substrate.query(
            "System", "Account", [recipient.ss58_address], block_hash=receipt.block_hash
        )
        self.assertEqual(account.value["data"]["free"], amount)


if __name__ == "__main__":
    unittest.main()
