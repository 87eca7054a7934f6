#!/usr/bin/env bash
# Consortium governance for operators and council members: council motions, Root through three
# quarters of the council, runtime upgrades. `scripts/governance.sh help` lists the commands;
# README, "Governance", walks a runtime upgrade with them.
#   HC_WS    the node's RPC endpoint (default ws://127.0.0.1:9944), or --ws URL
#   HC_SEED  the signing key (a council member's), or --seed SURI
source "$(dirname "$0")/lib/common.sh"
command -v node >/dev/null 2>&1 || die "Node.js is required (scripts/setup.sh installs it)"
hc_setup_npm
exec node "$HC_ROOT/scripts/e2e/lib/governance.js" "$@"
