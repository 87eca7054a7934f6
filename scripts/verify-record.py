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
import json
import os
import sys

try:
    import healthchain_client  # pip install ./clients/python
except ImportError:  # run from a checkout without installing the client
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../clients/python"))
    import healthchain_client

from healthchain_client import Outcome, commitment, parse_salt

# The exit status of each outcome (see the module doc).
EXIT_BY_OUTCOME = {
    Outcome.Verified: 0, Outcome.NotFound: 1, Outcome.Erased: 2, Outcome.Superseded: 4,
    Outcome.EnteredInError: 5,
}
USAGE = 3


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
        with healthchain_client.HealthChain(args.url) as chain:
            found = chain.verify_document(document, parse_salt(args.salt), args.patient)
    except Exception as e:  # connection refused, RPC error (e.g. an invalid account)
        print(f"error: cannot query {args.url}: {e}", file=sys.stderr)
        return USAGE

    record = found.record
    if args.json:
        plain = None if record is None else json.loads(
            json.dumps(record.__dict__, default=lambda v: getattr(v, "value", str(v))))
        print(json.dumps({"commitment": value, "outcome": found.outcome.value, "record": plain}, indent=2))
    if record is None:
        print(f"NOT FOUND: patient {args.patient} has no record with commitment {value}: the "
              "document, the salt or the patient differs from what was anchored", file=sys.stderr)
        return EXIT_BY_OUTCOME[Outcome.NotFound]
    summary = (f"record {record.id} (version {record.version}, {record.category.value}) of "
               f"patient {record.patient}, anchored by {record.author} at "
               f"{record.anchored_at} ms, status {record.status.value}")
    if found.verified:
        if not args.json:
            print(f"VERIFIED: {summary}")
        return 0
    reason = {
        Outcome.Erased: "ERASED: {}: the holder destroyed the data and its salt",
        Outcome.Superseded: "SUPERSEDED: {}: version " + str(record.superseded_by) + " replaces it",
        Outcome.EnteredInError: "ENTERED IN ERROR: {}: the record was marked as entered in error",
    }[found.outcome]
    print(reason.format(summary), file=sys.stderr)
    return EXIT_BY_OUTCOME[found.outcome]


if __name__ == "__main__":
    sys.exit(main())
