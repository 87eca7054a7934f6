#!/usr/bin/env bash
# Regenerates every weight of HealthChain from benchmarks on this machine, with a release build
# of the node (`--features runtime-benchmarks`; the profile is HC_BENCH_PROFILE, default
# `release`). One command for all of it:
#
#   scripts/benchmark.sh                    machine, storage, overhead, then every pallet
#   scripts/benchmark.sh base               only machine, storage and overhead
#   scripts/benchmark.sh pallets [names]    only pallet benchmarks (all, or the ones named)
#
# What it writes (review the diff, run the tests, commit):
#   runtime/src/weights/machine.txt            `benchmark machine`: this host against Substrate's
#                                               reference hardware
#   runtime/src/weights/paritydb_weights.rs    `benchmark storage`: ParityDB read/write weights
#                                               (the runtime's `DbWeight`)
#   runtime/src/weights/block_weights.rs       `benchmark overhead`: `BlockExecutionWeight`,
#   runtime/src/weights/extrinsic_weights.rs     `ExtrinsicBaseWeight`
#   runtime/src/weights/<frame pallet>.rs      the FRAME pallets and transaction extensions the
#                                               runtime composes (frame-benchmarking's template)
#   pallets/<name>/src/weights.rs              HealthChain's pallets (scripts/weights-template.hbs)
#
# STEPS and REPEAT (defaults 20 and 10: about 2–3 minutes a pallet here) set the pallet sampling;
# a quick look at one pallet:
#   STEPS=5 REPEAT=2 scripts/benchmark.sh pallets pallet_consent
# The runtime-benchmarks release build takes long on a cold cache (most of the tree is rebuilt
# for the profile); it shares the target dir with every other build.
source "$(dirname "$0")/lib/common.sh"
cd "$HC_ROOT"

PROFILE="${HC_BENCH_PROFILE:-release}"
WEIGHTS=runtime/src/weights

# HealthChain pallet => crate directory (custom template, trait and `()` impl in the crate).
declare -A OWN_PALLETS=(
	[pallet_claims]=pallets/claims
	[pallet_consortium_nodes]=pallets/consortium-nodes
	[pallet_consent]=pallets/consent
	[pallet_organizations]=pallets/organizations
	[pallet_records]=pallets/records
	[pallet_research]=pallets/research
	[pallet_validator_set]=pallets/validator-set
)
# FRAME pallets the runtime composes, with weights in runtime/src/weights/.
FRAME_PALLETS=(
	frame_system frame_system_extensions pallet_balances pallet_timestamp pallet_transaction_payment
	pallet_utility pallet_proxy pallet_multisig pallet_sudo pallet_collective pallet_membership
	pallet_preimage pallet_whitelist
)

build() {
	hc_setup
	log "building healthchain-node ($PROFILE, runtime-benchmarks)"
	cargo build --locked --profile "$PROFILE" -p healthchain-node --features runtime-benchmarks
	NODE="$CARGO_TARGET_DIR/$PROFILE/healthchain-node"
	local wbuild="$CARGO_TARGET_DIR/$PROFILE/wbuild/healthchain-runtime"
	RUNTIME="$wbuild/healthchain_runtime.compact.compressed.wasm"
	[ -f "$RUNTIME" ] || RUNTIME="$wbuild/healthchain_runtime.wasm"
	mkdir -p "$WEIGHTS"
}

# This host against the reference hardware (kept in the repo with the weights it produced).
machine() {
	log "benchmark machine"
	{
		echo "# healthchain-node benchmark machine --allow-fail ($PROFILE build), $(date -u +%F)"
		echo "# $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB"
		"$NODE" benchmark machine --dev --allow-fail 2>&1 | sed 's/\x1b\[[0-9;]*m//g' | grep -v '^\s*$'
	} >"$WEIGHTS/machine.txt"
	cat "$WEIGHTS/machine.txt"
}

# ParityDB read and write weights, measured on the dev chain's state (about 120 keys) in a fresh
# database; writes are committed 10 at a time (the benchmark's default batch exceeds the state).
# The 75th percentile, not the mean: one key (`:code`, half a megabyte, written only by an
# upgrade, which is weighed as a whole block) would otherwise set the price of every write.
storage() {
	log "benchmark storage (ParityDB)"
	local db
	db="$(mktemp -d)"
	"$NODE" benchmark storage --dev --db paritydb --state-version 1 --base-path "$db" \
		--include-child-trees --warmups 2 --batch-size 10 --metric p75 --weight-path "$WEIGHTS"
	rm -rf "$db"
}

# The base weights of a block and of an extrinsic: empty blocks and blocks of `system.remark`.
overhead() {
	log "benchmark overhead"
	"$NODE" benchmark overhead --runtime "$RUNTIME" \
		--genesis-builder=runtime --genesis-builder-preset=development \
		--wasm-execution compiled --weight-path "$WEIGHTS"
}

pallet() {
	local pallet="$1" dir="${OWN_PALLETS[$1]:-}" output template=()
	if [ -n "$dir" ]; then
		output="$dir/src/weights.rs"
		template=(--template scripts/weights-template.hbs)
	elif printf '%s\n' "${FRAME_PALLETS[@]}" | grep -qx "$pallet"; then
		output="$WEIGHTS/$pallet.rs"
	else
		die "unknown pallet $pallet (known: ${!OWN_PALLETS[*]} ${FRAME_PALLETS[*]})"
	fi
	log "benchmark pallet $pallet -> $output"
	"$NODE" benchmark pallet \
		--runtime "$RUNTIME" \
		--genesis-builder=runtime \
		--genesis-builder-preset=development \
		--pallet "$pallet" --extrinsic '*' \
		--steps "${STEPS:-20}" --repeat "${REPEAT:-10}" \
		--wasm-execution compiled \
		"${template[@]}" \
		--output "$output"
}

pallets() {
	local selected=("$@")
	[ "${#selected[@]}" -gt 0 ] || selected=("${FRAME_PALLETS[@]}" "${!OWN_PALLETS[@]}")
	for p in "${selected[@]}"; do pallet "$p"; done
}

what="${1:-all}"
[ "$#" -eq 0 ] || shift
build
case "$what" in
	all) machine; storage; overhead; pallets ;;
	base) machine; storage; overhead ;;
	pallets) pallets "$@" ;;
	*) die "usage: scripts/benchmark.sh [all | base | pallets [names]]" ;;
esac
cargo fmt --all >/dev/null 2>&1 || true
log "weights written in $WEIGHTS and pallets/*/src/weights.rs; review the diff, test and commit"
