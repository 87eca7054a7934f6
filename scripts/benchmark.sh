#!/usr/bin/env bash
# Regenerates the weights of the HealthChain pallets from benchmarks on this machine:
# builds the node with `runtime-benchmarks` and runs `healthchain-node benchmark pallet` for each
# pallet, writing pallets/<name>/src/weights.rs through scripts/weights-template.hbs.
#   scripts/benchmark.sh                    every HealthChain pallet
#   scripts/benchmark.sh pallet_organizations
# STEPS and REPEAT (defaults 20 and 10) set the sampling.
source "$(dirname "$0")/lib/common.sh"
cd "$HC_ROOT"
hc_setup
hc_build_node --features runtime-benchmarks

# pallet name => crate directory
declare -A PALLETS=(
	[pallet_claims]=pallets/claims
	[pallet_consent]=pallets/consent
	[pallet_organizations]=pallets/organizations
	[pallet_records]=pallets/records
	[pallet_research]=pallets/research
	[pallet_validator_set]=pallets/validator-set
)
selected=("$@")
[ "${#selected[@]}" -gt 0 ] || selected=("${!PALLETS[@]}")

wbuild="$CARGO_TARGET_DIR/debug/wbuild/healthchain-runtime"
runtime="$wbuild/healthchain_runtime.compact.compressed.wasm"
[ -f "$runtime" ] || runtime="$wbuild/healthchain_runtime.wasm"

for pallet in "${selected[@]}"; do
	dir="${PALLETS[$pallet]:-}"
	[ -n "$dir" ] || die "unknown pallet $pallet (known: ${!PALLETS[*]})"
	log "benchmarking $pallet"
	"$HC_NODE_BIN" benchmark pallet \
		--runtime "$runtime" \
		--genesis-builder=runtime \
		--genesis-builder-preset=development \
		--pallet "$pallet" --extrinsic '*' \
		--steps "${STEPS:-20}" --repeat "${REPEAT:-10}" \
		--wasm-execution compiled \
		--template scripts/weights-template.hbs \
		--output "$dir/src/weights.rs"
done
log "weights written; review the diff and commit it"
