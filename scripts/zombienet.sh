#!/usr/bin/env bash
# The 4-validator network on loopback with zombienet (native provider).
#   scripts/zombienet.sh test    run zombienet/local-4-validators.zndsl and exit (default)
#   scripts/zombienet.sh spawn   start the network and keep it running (Ctrl-C stops it)
# The test's last step is the load harness (scripts/e2e/bench/network.js): a transaction flood,
# then a soak at half the capacity it measured, HC_SOAK_SECONDS long (default 90). The soak of
# the README: HC_SOAK_SECONDS=3600 HC_SOAK_REPORT=soak.json scripts/zombienet.sh test
# The network starts on the runtime of the last release (the git revision in
# zombienet/upgrade-from, built once per revision and cached in the target dir) and the test
# upgrades it to the current runtime through the council, as the consortium would.
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/release-runtime.sh"

mode="${1:-test}"
hc_setup
if [ ! -d "$HC_ROOT/zombienet/node_modules" ] || [ "$HC_ROOT/zombienet/package-lock.json" -nt "$HC_ROOT/zombienet/node_modules/.package-lock.json" ]; then
	log "installing zombienet (npm)"
	(cd "$HC_ROOT/zombienet" && npm ci --no-audit --no-fund --loglevel=error)
fi
hc_setup_npm # the load harness of the last step
[ "${HC_SKIP_BUILD:-}" = 1 ] || hc_build_node
export HC_NODE_BIN HC_ROOT
hc_upgrade_network
export HC_CHAIN_SPEC HC_UPGRADE_WASM

cd "$HC_ROOT/zombienet"
zombienet=(node node_modules/@zombienet/cli/dist/cli.js --provider native)
case "$mode" in
	test) exec "${zombienet[@]}" test "${HC_ZOMBIENET_TEST:-local-4-validators.zndsl}" ;;
	spawn) exec "${zombienet[@]}" spawn local-4-validators.toml ;;
	*) die "unknown mode '$mode' (test or spawn)" ;;
esac
