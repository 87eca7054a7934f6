#!/usr/bin/env bash
# The consent decision benchmark: a dev node, the gateway next to it (demo identifiers mapped),
# and wrk posting patient-consent-consult requests (scripts/gateway/decisions.lua: every
# decision path in rotation) from 8 concurrent connections.
#
#   scripts/gateway-bench.sh             30 s, debug builds (what scripts/run-dev.sh runs)
#   scripts/gateway-bench.sh --release   30 s, release builds of the node and the gateway
#   scripts/gateway-bench.sh --smoke     5 s, fails on any non-200 answer (scripts/test.sh)
#   scripts/gateway-bench.sh --proxy     the enforcing proxy instead (scripts/gateway/reads.lua):
#                                        the synthetic FHIR server alone (baseline), then through
#                                        the proxy, then how long the reads took to be on chain
#                                        (combines with --release and --smoke)
#   scripts/gateway-bench.sh --proxy --rate N
#                                        a paced load of about N reads/s through the proxy for
#                                        120 s (30 s with --smoke), then each read's delay from
#                                        served to finalized on chain and the rate served
#
# Prints wrk's summary: requests per second and latency percentiles (p50, p90, p99, max).
source "$(dirname "$0")/lib/common.sh"
cd "$HC_ROOT"

PROFILE=debug
DURATION=30s
SMOKE=0
PROXY=0
RATE=
while [ $# -gt 0 ]; do
	case "$1" in
		--release) PROFILE=release ;;
		--smoke) SMOKE=1; DURATION=5s ;;
		--proxy) PROXY=1 ;;
		--rate) RATE="${2:?--rate needs reads per second}"; shift ;;
		*) die "unknown argument $1" ;;
	esac
	shift
done
[ -z "$RATE" ] || [ "$PROXY" = 1 ] || die "--rate goes with --proxy"

hc_setup
if ! command -v wrk >/dev/null 2>&1; then
	log "installing wrk"
	as_root apt-get update -qq
	DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq wrk >/dev/null
fi
# One package a build, as scripts/run-dev.sh does: built together, their dependencies' features
# would be unified differently and rebuilt.
if [ "$PROFILE" = release ]; then
	hc_build_node --release
	hc_build_gateway --release
else
	hc_build_node
	hc_build_gateway
fi
NODE="$CARGO_TARGET_DIR/$PROFILE/healthchain-node"
GATEWAY="$CARGO_TARGET_DIR/$PROFILE/healthchain-gateway"

DIR="$(mktemp -d -t healthchain-gateway-bench-XXXXXX)"
RPC_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
HTTP_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
export HC_GATEWAY_DATABASE="$DIR/gateway.sqlite" HC_GATEWAY_NODE="ws://127.0.0.1:$RPC_PORT" \
	HC_GATEWAY_LISTEN="127.0.0.1:$HTTP_PORT" RUST_LOG=warn
hc_map_demo_identifiers "$GATEWAY"
# Dave's API key (every request carries it; the proxy records his reads).
export HC_BENCH_API_KEY="bench-dave-00000000000000000000000000000"
"$GATEWAY" api-key-add --label dave@bench --member 5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy \
	--organization 0 --key "$HC_BENCH_API_KEY" >/dev/null
if [ "$PROXY" = 1 ]; then
	FHIR_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
	export HC_GATEWAY_UPSTREAM="http://127.0.0.1:$FHIR_PORT/fhir"
	export HC_GATEWAY_KEYSTORE="$HC_ROOT/gateway/tests/fixtures/keystore"
	export HC_GATEWAY_KEYSTORE_PASSPHRASE="healthchain-test-passphrase"
	"$CARGO_TARGET_DIR/$PROFILE/healthchain-synthetic-fhir" --listen "127.0.0.1:$FHIR_PORT" \
		>"$DIR/fhir.log" 2>&1 &
	FHIR_PID=$!
fi

"$NODE" --dev --base-path "$DIR/node" --rpc-port "$RPC_PORT" --port 0 --no-prometheus \
	--no-telemetry --no-mdns >"$DIR/node.log" 2>&1 &
NODE_PID=$!
"$GATEWAY" serve >"$DIR/gateway.log" 2>&1 &
GATEWAY_PID=$!
trap 'kill $GATEWAY_PID $NODE_PID ${FHIR_PID:-} 2>/dev/null; wait 2>/dev/null; rm -rf "$DIR"' EXIT

for _ in $(seq 1 240); do
	curl -sf "http://127.0.0.1:$HTTP_PORT/health" >/dev/null && break
	sleep 0.5
done
curl -sf "http://127.0.0.1:$HTTP_PORT/health" >/dev/null || { tail -20 "$DIR/node.log" "$DIR/gateway.log"; die "the gateway did not become healthy"; }
if [ "$PROXY" = 1 ]; then
	CONNECTIONS=8
	if [ -n "$RATE" ]; then
		# 6 reads per 5 requests (scripts/gateway/reads.lua); 16 connections, each waiting
		# between its requests (the answer's latency comes on top: the rate served is measured).
		CONNECTIONS=16
		export HC_BENCH_REQUESTS_PER_S=$((RATE * 5 / 6)) HC_BENCH_CONNECTIONS=$CONNECTIONS
		if [ "$SMOKE" = 1 ]; then DURATION=30s; else DURATION=120s; fi
		log "node, gateway and synthetic FHIR server up ($PROFILE); wrk: $CONNECTIONS connections paced to $HC_BENCH_REQUESTS_PER_S requests/s ($RATE reads/s), $DURATION"
	else
		log "node, gateway and synthetic FHIR server up ($PROFILE); wrk: 8 connections, 2 threads, $DURATION"
		baseline="$(wrk -t2 -c8 -d"$DURATION" --latency -s scripts/gateway/reads.lua "http://127.0.0.1:$FHIR_PORT")"
		echo "FHIR server alone:"; echo "$baseline" | tail -1
	fi
	out="$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s scripts/gateway/reads.lua "http://127.0.0.1:$HTTP_PORT")"
	echo "through the proxy:"; echo "$out" | tail -1
	log "waiting for every read served to be recorded on chain"
	for _ in $(seq 1 600); do
		pending="$(curl -sf "http://127.0.0.1:$HTTP_PORT/health" | python3 -c 'import json,sys; o=json.load(sys.stdin)["outbox"]; print(o["unbatched"]+o["in_flight"])')"
		[ "$pending" = 0 ] && break
		sleep 0.5
	done
	python3 - "$HC_GATEWAY_DATABASE" "http://127.0.0.1:$RPC_PORT" <<'PY'
import json, sqlite3, sys, urllib.request
db = sqlite3.connect(sys.argv[1])
def rpc(method, *params):
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": list(params)}).encode()
    request = urllib.request.Request(sys.argv[2], body, {"Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(request))["result"]
# Timestamp.Now (twox128("Timestamp") ++ twox128("Now")): when each including block was made.
NOW = "0xf0c365c3cf59d671eb72da0e7a4113c49f1f0515f462cdcf84e0f1d6045dfcbb"
made = {}
for (number,) in db.execute("SELECT DISTINCT block FROM reads WHERE outcome = 'recorded'"):
    value = rpc("state_getStorage", NOW, rpc("chain_getBlockHash", number))
    made[number] = int.from_bytes(bytes.fromhex(value[2:]), "little")
inclusion = sorted(made[block] - served for served, block in db.execute("SELECT served_at, block FROM reads WHERE outcome = 'recorded'"))
if inclusion:
    at = lambda p: inclusion[min(len(inclusion) - 1, int(len(inclusion) * p))] / 1000
    print(f"served -> in a block: p50 {at(0.5):.1f} s, p99 {at(0.99):.1f} s, max {at(1.0):.1f} s (the including block's timestamp)")
rows = [r[0] for r in db.execute("SELECT settled_at - served_at FROM reads WHERE outcome = 'recorded' ORDER BY 1")]
count, first, last = db.execute("SELECT count(*), min(served_at), max(served_at) FROM reads").fetchone()
if count and last > first:
    print(f"reads served: {count} in {(last - first) / 1000:.1f} s = {count * 1000 / (last - first):.0f} reads/s")
pending, failed = db.execute("SELECT count(*) FILTER (WHERE outcome IS NULL), count(*) FILTER (WHERE outcome IS NOT NULL AND outcome != 'recorded') FROM reads").fetchone()
batches, blocks = db.execute("SELECT count(*), count(DISTINCT block) FROM batches WHERE state = 'included'").fetchone()
pct = lambda p: rows[min(len(rows) - 1, int(len(rows) * p))] / 1000 if rows else float("nan")
print(f"reads on chain: {len(rows)} recorded, {failed} refused, {pending} not settled; in {batches} batches in {blocks} blocks; "
      f"served -> finalized: p50 {pct(0.5):.1f} s, p99 {pct(0.99):.1f} s, max {pct(1.0):.1f} s")
sys.exit(1 if pending or failed or not rows else 0)
PY
	if [ "$SMOKE" = 1 ]; then
		grep -q "errors 0$" <<<"$out" || die "the proxy smoke run had errors or non-200 answers"
		log "proxy benchmark smoke: every answer a 200, every read recorded"
	fi
	exit 0
fi
log "node and gateway up ($PROFILE); wrk: 8 connections, 2 threads, $DURATION"
out="$(wrk -t2 -c8 -d"$DURATION" --latency -s scripts/gateway/decisions.lua \
	"http://127.0.0.1:$HTTP_PORT/cds-services/patient-consent-consult")"
echo "$out"
if [ "$SMOKE" = 1 ]; then
	grep -q "errors 0$" <<<"$out" || die "the smoke run had errors or non-200 answers"
	log "gateway benchmark smoke: every answer was a 200"
fi
