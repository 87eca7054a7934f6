"""The researcher's example (scripts/research-studies.py) against a real healthchain-node --dev:
it lists the demo study (approved by the ethics board, active) with its cohort size, filters by
DUO code, and the study's cohort grows when a patient opts in and the hospital that onboarded them
attests them (signed with substrate-interface).
(Paging through short and empty pages is the Python client's, tested in clients/python.)

Run: python3 -m unittest discover -s scripts/e2e/python -v
"""

import json
import os
import subprocess
import sys
import unittest

from devnode import DevNodeTestCase
from substrateinterface import Keypair

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "../../.."))
TOOL = os.path.join(ROOT, "scripts/research-studies.py")


class ResearchStudiesTest(DevNodeTestCase):
    def studies(self, *args):
        out = subprocess.run(
            [sys.executable, TOOL, "--url", self.dev.url, "--json", *args],
            capture_output=True, text=True, timeout=120, check=True,
        ).stdout
        return json.loads(out)

    def test_lists_approved_studies_with_cohort_sizes_and_filters_by_duo(self):
        studies = self.studies()
        self.assertEqual([(s["id"], s["status"], s["duo"]) for s in studies], [(0, "Active", "DS:5148")])
        self.assertEqual(studies[0]["cohort_size"], 1, "Grace counts on her broad consent, attested")
        self.assertEqual(studies[0]["ethics_committee"], 3)
        self.assertEqual([s["id"] for s in self.studies("--duo", "DS")], [0])
        self.assertEqual(self.studies("--duo", "POA"), [])

        # A patient opts in: they count once the hospital that onboarded them attests them.
        ferdie = Keypair.create_from_uri("//Ferdie")
        alice = Keypair.create_from_uri("//Alice")

        def submit(keypair, function, params):
            call = self.substrate.compose_call(
                call_module="Research", call_function=function, call_params=params
            )
            receipt = self.substrate.submit_extrinsic(
                self.substrate.create_signed_extrinsic(call=call, keypair=keypair),
                wait_for_inclusion=True,
            )
            self.assertTrue(receipt.is_success, receipt.error_message)

        submit(ferdie, "opt_in", {"study": 0})
        self.assertEqual(self.studies()[0]["cohort_size"], 1, "not counted before the attestation")
        submit(alice, "attest_participant", {"study": 0, "provider": 0, "patient": ferdie.ss58_address})
        self.assertEqual(self.studies()[0]["cohort_size"], 2)
        provider = self.substrate.rpc_request("healthchain_cohortOfProvider", [0, 0])["result"]
        self.assertEqual(
            provider,
            {"study": 0, "provider": 0, "version": 1, "cohort": 2},
            "the hospital's attested cohort, what k is checked against",
        )

        table = subprocess.run(
            [sys.executable, TOOL, "--url", self.dev.url], capture_output=True, text=True, check=True
        ).stdout
        self.assertIn("DS:5148", table)
        self.assertIn("Genomics", table)


if __name__ == "__main__":
    unittest.main()
