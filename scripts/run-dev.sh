#!/usr/bin/env bash
# Builds the node and the gateway and starts a development chain with the gateway next to it:
# one validator (Alice), dev accounts endowed, the demo registry, state in a temporary directory
# (gone when the node stops). The gateway (FHIR R4 and CDS Hooks) follows the node, with the demo
# patients' and organizations' identifiers mapped (see the README's section for EHR integrators).
# Extra arguments go to the node, e.g. `scripts/run-dev.sh --rpc-port 9955`; the gateway's
# address is HC_GATEWAY_LISTEN (default 127.0.0.1:8080).
source "$(dirname "$0")/lib/common.sh"
hc_setup
hc_build_node
hc_build_gateway

RPC_PORT=9944
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
	case "${args[$i]}" in
		--rpc-port) RPC_PORT="${args[$((i + 1))]}" ;;
		--rpc-port=*) RPC_PORT="${args[$i]#--rpc-port=}" ;;
	esac
done
export HC_GATEWAY_LISTEN="${HC_GATEWAY_LISTEN:-127.0.0.1:8080}"
export HC_GATEWAY_NODE="ws://127.0.0.1:${RPC_PORT}"
DEV_DIR="$(mktemp -d -t healthchain-dev-XXXXXX)"
export HC_GATEWAY_DATABASE="$DEV_DIR/gateway.sqlite"

# The demo identifiers: Ferdie's and Grace's medical record numbers at the demo hospital, the
# demo organizations' NPIs (scripts/demo/identifiers.tsv).
hc_map_demo_identifiers "$HC_GATEWAY_BIN"

cat >&2 <<MSG

  HealthChain development chain
  RPC endpoint (WebSocket and HTTP): ws://127.0.0.1:${RPC_PORT}
  Polkadot.js Apps:  https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A${RPC_PORT}#/explorer
  Dev accounts: //Alice (validator, sudo), //Bob, //Charlie, //Dave, //Eve, //Ferdie
  Gateway (FHIR R4, CDS Hooks): http://${HC_GATEWAY_LISTEN}/cds-services, http://${HC_GATEWAY_LISTEN}/fhir/
  Demo identifiers: scripts/demo/identifiers.tsv
  Stop with Ctrl-C.

MSG

"$HC_NODE_BIN" --dev --rpc-cors all "$@" &
NODE_PID=$!
"$HC_GATEWAY_BIN" serve &
GATEWAY_PID=$!
stop() {
	kill -TERM "$GATEWAY_PID" "$NODE_PID" 2>/dev/null || true
	wait "$GATEWAY_PID" "$NODE_PID" 2>/dev/null || true
	rm -rf "$DEV_DIR"
}
trap stop EXIT INT TERM
# When either stops, stop the other.
wait -n "$NODE_PID" "$GATEWAY_PID" || true
