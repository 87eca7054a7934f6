"""An independent client (Python substrate-interface, not the project's code) against a real
healthchain-node --dev: it connects, reads the metadata and the chain properties, and makes a
transfer that it sees finalized.

Run: python3 -m unittest discover -s scripts/e2e/python -v
"""

import unittest

from devnode import DevNodeTestCase
from substrateinterface import Keypair

UNIT = 10**12


class IndependentClientTest(DevNodeTestCase):
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
