#!/usr/bin/env python3
"""Lists the studies an ethics committee approved (statuses Approved and Active) with their cohort
sizes, as a researcher queries HealthChain with substrate-interface.

Usage:
    scripts/research-studies.py [--url ws://127.0.0.1:9944] [--duo GRU|HMB|DS|DS:<code>|POA|NRES] [--json]

It pages through `healthchain_studies` (status filter, optional DUO filter) and asks
`healthchain_cohortSize` for each study (the number of patients consenting to its current
protocol version, an O(1) counter on chain).
"""

import argparse
import json
import sys


def approved_studies(substrate, duo=None, page=100):
    """Every approved or active study, each with its cohort size."""
    studies = []
    for status in ("Approved", "Active"):
        cursor = None
        while True:
            result = substrate.rpc_request(
                "healthchain_studies", [status, duo, cursor, page]
            )["result"]
            studies.extend(result["items"])
            cursor = result["nextCursor"]
            if cursor is None:
                break
    for study in studies:
        study["cohortSize"] = substrate.rpc_request(
            "healthchain_cohortSize", [study["id"]]
        )["result"]["cohort"]
    return sorted(studies, key=lambda s: s["id"])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="ws://127.0.0.1:9944", help="a HealthChain node's RPC")
    parser.add_argument("--duo", default=None, help="only studies with this DUO code")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    try:
        from substrateinterface import SubstrateInterface

        substrate = SubstrateInterface(url=args.url)
        studies = approved_studies(substrate, args.duo)
        substrate.close()
    except Exception as e:
        print(f"error: cannot query {args.url}: {e}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(studies, indent=2))
        return 0
    print(f"{'id':>4}  {'status':<9} {'duo':<12} {'cohort':>6} {'k':>4}  categories")
    for s in studies:
        print(f"{s['id']:>4}  {s['status']:<9} {s['duo']:<12} {s['cohortSize']:>6} "
              f"{s['minCohort']:>4}  {', '.join(s['categories'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
