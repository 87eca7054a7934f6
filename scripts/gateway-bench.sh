#!/usr/bin/env bash
# The consent decision benchmark: a dev node, the gateway next to it (demo identifiers mapped),
# and wrk posting patient-consent-consult requests (scripts/gateway/decisions.lua: every
# decision path in rotation) from 8 concurrent connections.
#
#   scripts/gateway-bench.sh             30 s, debug builds (what scripts/run-dev.sh runs)
#   scripts/gateway-bench.sh --release   30 s, release builds of the node and the gateway
#   scripts/gateway-bench.sh --smoke     5 s, fails on any non-200 answer (scripts/test.sh)
#
# Prints wrk's summary: decisions per second and latency percentiles (p50, p90, p99, max).
source "$(dirname "$0")/lib/common.sh"
cd "$HC_ROOT"

PROFILE=debug
DURATION=30s
SMOKE=0
for arg in "$@"; do
	case "$arg" in
		--release) PROFILE=release ;;
		--smoke) SMOKE=1; DURATION=5s ;;
		*) die "unknown argument $arg" ;;
	esac
done

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

"$NODE" --dev --base-path "$DIR/node" --rpc-port "$RPC_PORT" --port 0 --no-prometheus \
	--no-telemetry --no-mdns >"$DIR/node.log" 2>&1 &
NODE_PID=$!
"$GATEWAY" serve >"$DIR/gateway.log" 2>&1 &
GATEWAY_PID=$!
trap 'kill $GATEWAY_PID $NODE_PID 2>/dev/null; wait 2>/dev/null; rm -rf "$DIR"' EXIT

for _ in $(seq 1 240); do
	curl -sf "http://127.0.0.1:$HTTP_PORT/health" >/dev/null && break
	sleep 0.5
done
curl -sf "http://127.0.0.1:$HTTP_PORT/health" >/dev/null || { tail -20 "$DIR/node.log" "$DIR/gateway.log"; die "the gateway did not become healthy"; }
log "node and gateway up ($PROFILE); wrk: 8 connections, 2 threads, $DURATION"
out="$(wrk -t2 -c8 -d"$DURATION" --latency -s scripts/gateway/decisions.lua \
	"http://127.0.0.1:$HTTP_PORT/cds-services/patient-consent-consult")"
echo "$out"
if [ "$SMOKE" = 1 ]; then
	grep -q "errors 0$" <<<"$out" || die "the smoke run had errors or non-200 answers"
	log "gateway benchmark smoke: every answer was a 200"
fi
