#!/usr/bin/env python3
"""Verifies a record document against HealthChain: computes its commitment exactly as the chain
defines it and asks a node whether a record with that commitment is anchored.

    commitment = BLAKE2b-256(salt ‖ document)
    salt       = the 32 random bytes the data holder keeps with the document
    document   = the file's bytes, exactly as stored (no re-encoding, no trailing newline added)
    BLAKE2b-256 = BLAKE2b with a 32-byte digest, no key, no personalization (blake2_256 in Substrate)

Usage:
    scripts/verify-record.py DOCUMENT --salt 0x<64 hex> [--url ws://127.0.0.1:9944] [--json]
    scripts/verify-record.py DOCUMENT --salt 0x<64 hex> --commitment-only

Exit status: 0 the record is anchored and not erased; 1 no record has this commitment (the
document or the salt differs from what was anchored); 2 the record was erased (a tombstone);
3 usage or connection error.
"""

import argparse
import hashlib
import json
import sys


def commitment(salt: bytes, document: bytes) -> str:
    """The record commitment of `document` with `salt`, as 0x-hex."""
    if len(salt) != 32:
        raise ValueError(f"the salt is 32 bytes, got {len(salt)}")
    return "0x" + hashlib.blake2b(salt + document, digest_size=32).hexdigest()


def parse_salt(text: str) -> bytes:
    text = text[2:] if text.startswith("0x") else text
    return bytes.fromhex(text)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("document", help="the record document (file)")
    parser.add_argument("--salt", required=True, help="the 32-byte salt, hex")
    parser.add_argument("--url", default="ws://127.0.0.1:9944", help="a HealthChain node's RPC")
    parser.add_argument("--json", action="store_true", help="print the record as JSON")
    parser.add_argument(
        "--commitment-only", action="store_true", help="print the commitment and exit"
    )
    args = parser.parse_args(argv)
    try:
        with open(args.document, "rb") as f:
            document = f.read()
        value = commitment(parse_salt(args.salt), document)
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 3
    if args.commitment_only:
        print(value)
        return 0

    try:
        from substrateinterface import SubstrateInterface

        substrate = SubstrateInterface(url=args.url)
        record = substrate.rpc_request("healthchain_recordByCommitment", [value])["result"]
        substrate.close()
    except Exception as e:  # connection refused, RPC error
        print(f"error: cannot query {args.url}: {e}", file=sys.stderr)
        return 3

    if args.json:
        print(json.dumps({"commitment": value, "record": record}, indent=2))
    if record is None:
        print(f"NOT FOUND: no record has commitment {value}: the document or the salt differs "
              "from what was anchored", file=sys.stderr)
        return 1
    summary = (f"record {record['id']} (version {record['version']}, {record['category']}) of "
               f"patient {record['patient']}, anchored by {record['author']} at "
               f"{record['anchoredAt']} ms, status {record['status']}")
    if record["status"] == "Erased":
        print(f"ERASED: {summary}: the holder destroyed the data", file=sys.stderr)
        return 2
    if not args.json:
        print(f"VERIFIED: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
