#!/usr/bin/env bash
# Every test of HealthChain, in order:
#   1. cargo fmt --check
#   2. cargo test --workspace          (runtime and pallet unit tests, try_state after each)
#   2b. benchmark tests                (each pallet's benchmarks run once in its mock runtime)
#   2c. try-runtime tests              (the storage migrations' pre/post-upgrade checks)
#   2d. runtime invariant fuzzing      (fuzz/: seeded blocks of random calls for 60 s, every
#                                       invariant checked after every block; HC_FUZZ_SECONDS)
#   3. end-to-end, @polkadot/api        (scripts/e2e/tests: a real node --dev per test file, two
#                                       files at a time: they mostly wait for blocks)
#   4. end-to-end, Python client        (scripts/e2e/python: substrate-interface, independent client)
#   4a. the client libraries            (clients/ts: type check, then its tests; clients/python:
#                                       pytest; each against a real node --dev)
#   4a'. the web app in Chromium        (app/: type check and build, then headless Chromium against
#                                       a real node --dev; screenshots in app/tests/screenshots)
#   4b. throughput harness, smoke mode  (scripts/bench.sh --smoke: every healthcare call under load)
#   4c. the gateway against a dev node  (gateway/tests/node.rs: CDS Hooks decisions, FHIR views, $prepare;
#                                       gateway/tests/proxy.rs: the enforcing proxy, the outbox across a kill;
#                                       gateway/tests/exchange.rs: two providers' gateways, locate, fetch,
#                                       verify, log)
#   4d. gateway decisions, smoke mode   (scripts/gateway-bench.sh --smoke: wrk, every answer a 200)
#   4e. enforcing proxy, smoke mode     (scripts/gateway-bench.sh --proxy --rate 200 --smoke: 30 s
#                                       paced at 200 reads/s, every answer a 200, every read served
#                                       recorded on chain)
#   5. zombienet, 4 validators          (zombienet/local-4-validators.zndsl: consensus, governance, a
#                                       runtime upgrade from the last release, faults (a validator
#                                       killed, two of four down, a wiped database), a transaction
#                                       flood and a 90 s soak; HC_SKIP_ZOMBIENET=1 skips it)
# Prints a summary of every stage (under a FAIL, the lines of its output that say why) and fails
# if any stage failed.
source "$(dirname "$0")/lib/common.sh"
cd "$HC_ROOT"

hc_setup
hc_setup_python
hc_setup_chromium

declare -a SUMMARY=()
failed=0
# Each stage's output is also kept in $STAGE_LOGS/<n>.log; under a FAIL line the summary repeats
# the lines of that log that say why (a failed zombienet step, the load harness's broken bounds,
# a failed test's name or panic), at most $HC_WHY_LINES (default 6), so that the last lines of a
# CI run (all a CI record may keep) name what failed.
STAGE_LOGS="$CARGO_TARGET_DIR/test-stages"
rm -rf "$STAGE_LOGS" && mkdir -p "$STAGE_LOGS"
stage_no=0
run_stage() {
	local name="$1"; shift
	local start=$SECONDS
	stage_no=$((stage_no + 1))
	local out="$STAGE_LOGS/$stage_no.log"
	log "stage: $name (output also in $out)"
	local status=0 to_log
	exec {to_log}> >(tee "$out")
	local tee_pid=$! tries=0
	"$@" >&"$to_log" 2>&1 || status=$?
	exec {to_log}>&-
	# tee ends when the last writer closes the pipe; a process a stage leaves behind may hold it:
	# wait for tee at most 10 s, never for such a process.
	while kill -0 "$tee_pid" 2>/dev/null && [ $tries -lt 50 ]; do sleep 0.2; tries=$((tries + 1)); done
	if [ "$status" = 0 ]; then
		SUMMARY+=("PASS  $name  ($((SECONDS - start)) s)")
	else
		SUMMARY+=("FAIL  $name  ($((SECONDS - start)) s, exit $status)")
		local line
		while IFS= read -r line; do SUMMARY+=("      why: $line"); done < <(why_failed "$out")
		failed=1
	fi
}
# The lines of a stage's log that say why it failed (or, when none does, its last lines), without
# colours or table borders, cut to 200 characters.
why_failed() {
	local plain why
	plain="$(sed -e 's/\x1b\[[0-9;]*m//g' -e 's/[│┃]//g' -e 's/  */ /g' -e 's/^ //' "$1" | grep -v '^$')" || true
	why="$(awk '/"broken": \[/ { broken = 1; next } broken && /^\]/ { broken = 0 } broken { print; next }
		/❌|✖|^not ok|test result: FAILED|panicked at|^FAILED|^ERROR|^error(\[|:)|[Ff]ailures:$|^---- .* ----$/' <<<"$plain")" || true
	[ -n "$why" ] || why="$(tail -n 3 <<<"$plain")"
	tail -n "${HC_WHY_LINES:-6}" <<<"$why" | cut -c1-200
}

run_stage "cargo fmt --check" cargo fmt --all --check
run_stage "cargo test --workspace" cargo test --locked --workspace
run_stage "benchmark tests (runtime-benchmarks)" \
	cargo test --locked -p pallet-organizations -p pallet-validator-set -p pallet-consortium-nodes -p pallet-consent -p pallet-records -p pallet-claims -p pallet-research --features runtime-benchmarks
run_stage "try-runtime tests (migrations' pre/post checks)" \
	cargo test --locked -p pallet-organizations -p pallet-consent -p pallet-records -p pallet-claims -p pallet-research --features try-runtime
run_stage "runtime invariant fuzzing (healthchain-fuzz, ${HC_FUZZ_SECONDS:-60} s)" \
	env HC_FUZZ_SECONDS="${HC_FUZZ_SECONDS:-60}" cargo test --locked --workspace --test fuzz_smoke -- --ignored --nocapture
run_stage "build healthchain-node" hc_build_node
export HC_NODE_BIN
run_stage "e2e @polkadot/api" bash -c 'cd scripts/e2e && node --test --test-concurrency=2 tests/'
run_stage "e2e Python substrate-interface" python3 -m unittest discover -s scripts/e2e/python -v
run_stage "TypeScript client: type check" npm run --silent typecheck -w @healthchain/client
run_stage "TypeScript client: tests" npm test --silent -w @healthchain/client
run_stage "Python client: pytest" python3 -m pytest clients/python/tests -v
run_stage "web app: build, then Chromium" bash -c 'npm run --silent build -w @healthchain/app && npm test --silent -w @healthchain/app'
# The load harness in its smoke mode (every measured call included, none failed), so it cannot
# rot; its numbers on the debug node are not the README's (scripts/bench.sh --release).
run_stage "throughput harness smoke (scripts/bench.sh --smoke)" \
	scripts/bench.sh --smoke --out "$CARGO_TARGET_DIR/bench/smoke"
run_stage "gateway against a dev node (CDS Hooks, FHIR, enforcing proxy, exchange between providers)" \
	cargo test --locked -p healthchain-gateway --features node-tests --test node --test proxy --test exchange
run_stage "gateway decisions smoke (scripts/gateway-bench.sh --smoke)" scripts/gateway-bench.sh --smoke
run_stage "enforcing proxy smoke (scripts/gateway-bench.sh --proxy --rate 200 --smoke)" \
	scripts/gateway-bench.sh --proxy --rate 200 --smoke
if [ "${HC_SKIP_ZOMBIENET:-0}" = 1 ]; then
	SUMMARY+=("SKIP  zombienet 4 validators  (HC_SKIP_ZOMBIENET=1)")
else
	run_stage "zombienet 4 validators + runtime upgrade" env HC_SKIP_BUILD=1 scripts/zombienet.sh test
fi

echo
echo "==================== HealthChain test summary ===================="
printf '%s\n' "${SUMMARY[@]}"
echo "=================================================================="
exit "$failed"
