#!/usr/bin/env bash
# The throughput load harness (issue #16): starts its own `healthchain-node --dev`, measures each
# call's sustained TPS (pre-signed transactions submitted at once, counted in the blocks that
# include them), transfer latency at a steady rate and RPC latency idle and under load, and writes
# throughput.json and throughput.md (default scripts/e2e/bench/results/).
#   scripts/bench.sh --release --readme   the README's numbers: the release node (see below)
#   scripts/bench.sh --smoke              a short run on the debug node (CI); fails on any failure
# `scripts/bench.sh --help` lists every option.
#
# --release builds the release node with `runtime-benchmarks` (the binary scripts/benchmark.sh
# builds, so one release build serves both) and runs it on a dev chain spec exported by the
# default-feature node: the chain executes exactly the runtime the e2e tests and users run (the
# wasm is always built in release mode), on a node whose native code is a release build.
source "$(dirname "$0")/lib/common.sh"
command -v node >/dev/null 2>&1 || die "Node.js is required (scripts/setup.sh installs it)"

args=()
release=0
for arg in "$@"; do
	if [ "$arg" = --release ]; then release=1; else args+=("$arg"); fi
done
if [ "$release" = 1 ]; then
	hc_setup
	log "building the release node (runtime-benchmarks)"
	(cd "$HC_ROOT" && cargo build --locked --release -p healthchain-node --features runtime-benchmarks)
	hc_build_node
	spec="$CARGO_TARGET_DIR/bench/dev-default-runtime.json"
	mkdir -p "$(dirname "$spec")"
	"$HC_NODE_BIN" build-spec --chain dev --raw --disable-default-bootnode >"$spec" 2>/dev/null
	args=(--node "$CARGO_TARGET_DIR/release/healthchain-node" --chain "$spec" "${args[@]}")
fi
hc_setup_npm
HC_BENCH_COMMAND="scripts/bench.sh${*:+ $*}" exec node "$HC_ROOT/scripts/e2e/bench/load.js" "${args[@]}"
