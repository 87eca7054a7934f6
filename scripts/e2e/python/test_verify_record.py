"""The record verification tool (scripts/verify-record.py) against a real healthchain-node --dev:
the demo records anchored at genesis verify; a one-byte change of the document or of the salt
does not; after the patient erases the record (signed with substrate-interface) the tool reports
the tombstone. The commitment is also recomputed here independently of the tool.

Run: python3 -m unittest discover -s scripts/e2e/python -v
"""

import hashlib
import os
import subprocess
import sys
import tempfile
import unittest

from devnode import DevNodeTestCase
from substrateinterface import Keypair

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "../../.."))
TOOL = os.path.join(ROOT, "scripts/verify-record.py")
DEMO = os.path.join(ROOT, "scripts/demo/records")
LAB = os.path.join(DEMO, "ferdie-hba1c.json")
LAB_SALT = "0xe2e97864989595f643de5f5352047c96f7f319a6f2e5864cd70818f5a028790a"
XRAY = os.path.join(DEMO, "ferdie-chest-xray.json")
XRAY_SALT = "0x5bf4ea94a67ae6c25e46feb39afcb98e69c860f9ff507926a0f4f2af5c999ea2"


class VerifyRecordTest(DevNodeTestCase):
    def tool(self, *args):
        return subprocess.run(
            [sys.executable, TOOL, *args, "--url", self.dev.url],
            capture_output=True, text=True, timeout=120,
        )

    def test_the_commitment_is_blake2b_256_of_salt_and_document(self):
        out = subprocess.run(
            [sys.executable, TOOL, LAB, "--salt", LAB_SALT, "--commitment-only"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
        with open(LAB, "rb") as f:
            expected = hashlib.blake2b(bytes.fromhex(LAB_SALT[2:]) + f.read(), digest_size=32)
        self.assertEqual(out, "0x" + expected.hexdigest())
        record = self.substrate.rpc_request("healthchain_recordByCommitment", [out])["result"]
        self.assertEqual(record["category"], "LabResults")
        self.assertEqual(record["patient"], Keypair.create_from_uri("//Ferdie").ss58_address)

    def test_the_documented_test_vector(self):
        import importlib.util

        spec = importlib.util.spec_from_file_location("verify_record", TOOL)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        self.assertEqual(
            module.commitment(bytes(32), b"hello"),
            "0x4c23fec91df812b234e8a6e81e716d99824df735d4c6122aaacd3584c90e559d",
        )

    def test_the_demo_record_verifies_and_a_one_byte_change_does_not(self):
        ok = self.tool(LAB, "--salt", LAB_SALT)
        self.assertEqual(ok.returncode, 0, ok.stderr)
        self.assertIn("VERIFIED", ok.stdout)
        self.assertIn("status Current", ok.stdout)

        with open(LAB, "rb") as f:
            document = bytearray(f.read())
        document[100] ^= 0x01  # one byte of the document
        with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as altered:
            altered.write(document)
        try:
            changed = self.tool(altered.name, "--salt", LAB_SALT)
        finally:
            os.unlink(altered.name)
        self.assertEqual(changed.returncode, 1, changed.stdout + changed.stderr)
        self.assertIn("NOT FOUND", changed.stderr)

        wrong_salt = LAB_SALT[:-1] + ("0" if LAB_SALT[-1] != "0" else "1")
        self.assertEqual(self.tool(LAB, "--salt", wrong_salt).returncode, 1)
        self.assertEqual(self.tool(LAB, "--salt", "0x1234").returncode, 3, "a short salt is refused")

    def test_an_erased_record_is_reported_as_a_tombstone(self):
        commitment = subprocess.run(
            [sys.executable, TOOL, XRAY, "--salt", XRAY_SALT, "--commitment-only"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
        record = self.substrate.rpc_request("healthchain_recordByCommitment", [commitment])["result"]
        ferdie = Keypair.create_from_uri("//Ferdie")
        call = self.substrate.compose_call(
            call_module="Records", call_function="erase_record", call_params={"record": record["id"]}
        )
        extrinsic = self.substrate.create_signed_extrinsic(call=call, keypair=ferdie)
        receipt = self.substrate.submit_extrinsic(extrinsic, wait_for_inclusion=True)
        self.assertTrue(receipt.is_success, receipt.error_message)
        erased = self.tool(XRAY, "--salt", XRAY_SALT)
        self.assertEqual(erased.returncode, 2, erased.stdout + erased.stderr)
        self.assertIn("ERASED", erased.stderr)


if __name__ == "__main__":
    unittest.main()
