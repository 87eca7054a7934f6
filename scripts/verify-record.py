#!/usr/bin/env python3
"""Verifies a record document against HealthChain: computes its commitment exactly as the chain
defines it and asks a node whether the patient's record with that commitment is anchored and is
the current version.

    commitment = BLAKE2b-256(salt ‖ document)
    salt       = the 32 random bytes the data holder keeps with the document
    document   = the file's bytes, exactly as stored (no re-encoding, no trailing newline added)
    BLAKE2b-256 = BLAKE2b with a 32-byte digest, no key, no personalization (blake2_256 in Substrate)

Commitments are bound to their patient on chain (a copy anchored by anyone else is their own
record), so the lookup needs the patient's account (SS58): --patient.

Usage:
    scripts/verify-record.py DOCUMENT --salt 0x<64 hex> --patient <SS58> [--url ws://127.0.0.1:9944] [--json]
    scripts/verify-record.py DOCUMENT --salt 0x<64 hex> --commitment-only

Exit status:
    0  VERIFIED: the record is anchored for the patient and is the current version
    1  NOT FOUND: the patient has no record with this commitment (the document, the salt or the
       patient differs from what was anchored)
    2  ERASED: the holder erased this version (a tombstone: the data and salt are destroyed)
    3  usage or connection error
    4  SUPERSEDED: anchored, but a newer version replaces it (see its supersededBy)
    5  ENTERED IN ERROR: anchored, but marked as entered in error
"""

import argparse
import hashlib
import json
import sys

# The exit status for each status of an anchored version (see the module doc).
EXIT_BY_STATUS = {"Current": 0, "Erased": 2, "Superseded": 4, "EnteredInError": 5}
NOT_FOUND, USAGE = 1, 3


def commitment(salt: bytes, document: bytes) -> str:
    """The record commitment of `document` with `salt`, as 0x-hex."""
    if len(salt) != 32:
        raise ValueError(f"the salt is 32 bytes, got {len(salt)}")
    return "0x" + hashlib.blake2b(salt + document, digest_size=32).hexdigest()


def parse_salt(text: str) -> bytes:
    text = text[2:] if text.startswith("0x") else text
    return bytes.fromhex(text)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="exit status:\n" + __doc__.split("Exit status:\n")[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("document", help="the record document (file)")
    parser.add_argument("--salt", required=True, help="the 32-byte salt, hex")
    parser.add_argument(
        "--patient", help="the patient's account (SS58): commitments are bound to their patient"
    )
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
        return USAGE
    if args.commitment_only:
        print(value)
        return 0
    if not args.patient:
        print("error: --patient is required to look a record up", file=sys.stderr)
        return USAGE

    try:
        from substrateinterface import SubstrateInterface

        substrate = SubstrateInterface(url=args.url)
        response = substrate.rpc_request("healthchain_recordByCommitment", [args.patient, value])
        substrate.close()
        if "error" in response:
            raise RuntimeError(response["error"].get("message", response["error"]))
        record = response["result"]
    except Exception as e:  # connection refused, RPC error (e.g. an invalid account)
        print(f"error: cannot query {args.url}: {e}", file=sys.stderr)
        return USAGE

    if args.json:
        print(json.dumps({"commitment": value, "record": record}, indent=2))
    if record is None:
        print(f"NOT FOUND: patient {args.patient} has no record with commitment {value}: the "
              "document, the salt or the patient differs from what was anchored", file=sys.stderr)
        return NOT_FOUND
    status = record["status"]
    summary = (f"record {record['id']} (version {record['version']}, {record['category']}) of "
               f"patient {record['patient']}, anchored by {record['author']} at "
               f"{record['anchoredAt']} ms, status {status}")
    if status == "Current":
        if not args.json:
            print(f"VERIFIED: {summary}")
        return 0
    reason = {
        "Erased": "ERASED: {}: the holder destroyed the data and its salt",
        "Superseded": "SUPERSEDED: {}: version " + str(record.get("supersededBy")) + " replaces it",
        "EnteredInError": "ENTERED IN ERROR: {}: the record was marked as entered in error",
    }.get(status, "NOT CURRENT: {}")
    print(reason.format(summary), file=sys.stderr)
    return EXIT_BY_STATUS.get(status, USAGE)


if __name__ == "__main__":
    sys.exit(main())
