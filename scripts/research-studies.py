#!/usr/bin/env python3
"""Lists the studies an ethics committee approved (statuses Approved and Active) with their cohort
sizes, as a researcher queries HealthChain with the Python client (clients/python).

Usage:
    scripts/research-studies.py [--url ws://127.0.0.1:9944] [--duo GRU|HMB|DS|DS:<code>|POA|NRES] [--json]

It pages through `healthchain_studies` (status filter, optional DUO filter) and asks
`healthchain_cohortSize` for each study (the number of patients consenting to its current
protocol version, an O(1) counter on chain).
"""

import argparse
import dataclasses
import json
import os
import sys

try:
    import healthchain_client  # pip install ./clients/python
except ImportError:  # run from a checkout without installing the client
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../clients/python"))
    import healthchain_client


def approved_studies(chain, duo=None):
    """Every approved or active study as a dict (the client's `Study`, snake_case), each with
    its cohort size."""
    rows = []
    for study in chain.approved_studies(duo):
        row = json.loads(json.dumps(dataclasses.asdict(study), default=lambda v: v.value))
        row["cohort_size"] = chain.cohort_size(study.id)
        rows.append(row)
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="ws://127.0.0.1:9944", help="a HealthChain node's RPC")
    parser.add_argument("--duo", default=None, help="only studies with this DUO code")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    try:
        with healthchain_client.HealthChain(args.url) as chain:
            studies = approved_studies(chain, args.duo)
    except Exception as e:
        print(f"error: cannot query {args.url}: {e}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(studies, indent=2))
        return 0
    print(f"{'id':>4}  {'status':<9} {'duo':<12} {'cohort':>6} {'k':>4}  categories")
    for s in studies:
        print(f"{s['id']:>4}  {s['status']:<9} {s['duo']:<12} {s['cohort_size']:>6} "
              f"{s['min_cohort']:>4}  {', '.join(s['categories'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
