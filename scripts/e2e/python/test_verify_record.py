"""The record verification tool (scripts/verify-record.py) against a real healthchain-node --dev:
the demo records anchored at genesis verify for their patient; a one-byte change of the document
or of the salt, or another patient, does not; a version that is superseded (exit 4), entered in
error (exit 5) or erased (exit 2, a tombstone) fails with its reason (transactions signed with
substrate-interface). The commitment is also recomputed here independently of the tool.

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
FERDIE = Keypair.create_from_uri("//Ferdie")
DAVE = Keypair.create_from_uri("//Dave")  # a Clinician of the hospital (organization 0)
HOSPITAL = 0


class VerifyRecordTest(DevNodeTestCase):
    def tool(self, *args):
        return subprocess.run(
            [sys.executable, TOOL, *args, "--url", self.dev.url],
            capture_output=True, text=True, timeout=120,
        )

    def commitment_of(self, path, salt):
        return subprocess.run(
            [sys.executable, TOOL, path, "--salt", salt, "--commitment-only"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()

    def record_of(self, patient, commitment):
        return self.substrate.rpc_request(
            "healthchain_recordByCommitment", [patient, commitment]
        )["result"]

    def submit(self, keypair, function, params):
        call = self.substrate.compose_call(
            call_module="Records", call_function=function, call_params=params
        )
        extrinsic = self.substrate.create_signed_extrinsic(call=call, keypair=keypair)
        receipt = self.substrate.submit_extrinsic(extrinsic, wait_for_inclusion=True)
        self.assertTrue(receipt.is_success, receipt.error_message)

    def new_document(self, text):
        """A fresh document and salt in a temporary file; Dave anchors it for Ferdie. Returns
        (path, salt, record id)."""
        salt = "0x" + os.urandom(32).hex()
        with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
            f.write(text.encode())
        self.addCleanup(os.unlink, f.name)
        commitment = self.commitment_of(f.name, salt)
        self.submit(DAVE, "anchor_record", {
            "organization": HOSPITAL, "patient": FERDIE.ss58_address, "purpose": "Treatment",
            "category": "LabResults", "commitment": commitment, "fhir_type": None,
        })
        return f.name, salt, self.record_of(FERDIE.ss58_address, commitment)["id"]

    def test_the_commitment_is_blake2b_256_of_salt_and_document(self):
        out = subprocess.run(
            [sys.executable, TOOL, LAB, "--salt", LAB_SALT, "--commitment-only"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
        with open(LAB, "rb") as f:
            expected = hashlib.blake2b(bytes.fromhex(LAB_SALT[2:]) + f.read(), digest_size=32)
        self.assertEqual(out, "0x" + expected.hexdigest())
        record = self.record_of(FERDIE.ss58_address, out)
        self.assertEqual(record["category"], "LabResults")
        self.assertEqual(record["patient"], FERDIE.ss58_address)
        # The commitment is bound to its patient: for anyone else it finds nothing.
        self.assertIsNone(self.record_of(DAVE.ss58_address, out))

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
        ok = self.tool(LAB, "--salt", LAB_SALT, "--patient", FERDIE.ss58_address)
        self.assertEqual(ok.returncode, 0, ok.stderr)
        self.assertIn("VERIFIED", ok.stdout)
        self.assertIn("status Current", ok.stdout)

        with open(LAB, "rb") as f:
            document = bytearray(f.read())
        document[100] ^= 0x01  # one byte of the document
        with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as altered:
            altered.write(document)
        try:
            changed = self.tool(altered.name, "--salt", LAB_SALT, "--patient", FERDIE.ss58_address)
        finally:
            os.unlink(altered.name)
        self.assertEqual(changed.returncode, 1, changed.stdout + changed.stderr)
        self.assertIn("NOT FOUND", changed.stderr)

        wrong_salt = LAB_SALT[:-1] + ("0" if LAB_SALT[-1] != "0" else "1")
        ferdie = ("--patient", FERDIE.ss58_address)
        self.assertEqual(self.tool(LAB, "--salt", wrong_salt, *ferdie).returncode, 1)
        other = self.tool(LAB, "--salt", LAB_SALT, "--patient", DAVE.ss58_address)
        self.assertEqual(other.returncode, 1, "another patient's lookup finds nothing")
        self.assertEqual(self.tool(LAB, "--salt", "0x1234", *ferdie).returncode, 3, "a short salt is refused")
        self.assertEqual(self.tool(LAB, "--salt", LAB_SALT).returncode, 3, "the patient is needed")

    def test_a_superseded_version_fails_with_its_reason(self):
        old, salt, record = self.new_document('{"resourceType": "Observation", "value": 5.9}')
        with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as new:
            new.write(b'{"resourceType": "Observation", "value": 5.8}')
        self.addCleanup(os.unlink, new.name)
        self.submit(DAVE, "amend_record", {
            "record": record, "commitment": self.commitment_of(new.name, salt), "fhir_type": None,
        })
        superseded = self.tool(old, "--salt", salt, "--patient", FERDIE.ss58_address)
        self.assertEqual(superseded.returncode, 4, superseded.stdout + superseded.stderr)
        self.assertIn("SUPERSEDED", superseded.stderr)
        self.assertNotIn("VERIFIED", superseded.stdout)
        current = self.tool(new.name, "--salt", salt, "--patient", FERDIE.ss58_address)
        self.assertEqual(current.returncode, 0, current.stderr)

    def test_a_version_entered_in_error_fails_with_its_reason(self):
        path, salt, record = self.new_document('{"resourceType": "Observation", "wrong": true}')
        self.submit(DAVE, "mark_entered_in_error", {"record": record})
        in_error = self.tool(path, "--salt", salt, "--patient", FERDIE.ss58_address)
        self.assertEqual(in_error.returncode, 5, in_error.stdout + in_error.stderr)
        self.assertIn("ENTERED IN ERROR", in_error.stderr)

    def test_an_erased_record_is_reported_as_a_tombstone(self):
        commitment = self.commitment_of(XRAY, XRAY_SALT)
        record = self.record_of(FERDIE.ss58_address, commitment)
        self.submit(FERDIE, "erase_record", {"record": record["id"]})
        erased = self.tool(XRAY, "--salt", XRAY_SALT, "--patient", FERDIE.ss58_address)
        self.assertEqual(erased.returncode, 2, erased.stdout + erased.stderr)
        self.assertIn("ERASED", erased.stderr)


if __name__ == "__main__":
    unittest.main()
