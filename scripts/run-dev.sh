#!/usr/bin/env bash
# Builds the node and the gateway and starts a development chain with the gateway next to it:
# one validator (Alice), dev accounts endowed, the demo registry, state in a temporary directory
# (gone when the node stops). The gateway (FHIR R4 and CDS Hooks) follows the node, with the demo
# patients' and organizations' identifiers mapped (see the README's section for EHR integrators),
# and, behind its enforcing proxy, the synthetic FHIR server of the demo patients
# (healthchain-synthetic-fhir, gateway/testdata/synthetic) with Dave's demo API key.
# The web app (app/, built with Vite for this node) is served at HC_APP_LISTEN (default
# 127.0.0.1:4173): a patient's, a clinician's and a privacy officer's pages, dev accounts signing.
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

# The enforcing proxy: the synthetic FHIR server behind it, Dave (the demo hospital's clinician)
# with a demo API key, his reads signed with the well-known dev key files of the tests' keystore.
SYNTHETIC_FHIR_LISTEN="${HC_SYNTHETIC_FHIR_LISTEN:-127.0.0.1:8090}"
export HC_GATEWAY_UPSTREAM="http://${SYNTHETIC_FHIR_LISTEN}/fhir"
export HC_GATEWAY_KEYSTORE="$HC_ROOT/gateway/tests/fixtures/keystore"
export HC_GATEWAY_KEYSTORE_PASSPHRASE="healthchain-test-passphrase"
# Other organizations' gateways fetch the hospital's records here (README: Records across
# providers); Alice, the hospital's privacy officer, records what it serves them.
export HC_GATEWAY_ORGANIZATION=0
export HC_GATEWAY_EXCHANGE_MEMBER=5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY
DEMO_API_KEY="demo-dave-0000000000000000000000000000"

# The web app, built for this node.
APP_LISTEN="${HC_APP_LISTEN:-127.0.0.1:4173}"
(cd "$HC_ROOT/app" && HC_WS="ws://127.0.0.1:${RPC_PORT}" npm run --silent build >/dev/null)
"$HC_GATEWAY_BIN" api-key-add --label dave@demo --member 5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy \
	--organization 0 --key "$DEMO_API_KEY" >/dev/null

cat >&2 <<MSG

  HealthChain development chain
  RPC endpoint (WebSocket and HTTP): ws://127.0.0.1:${RPC_PORT}
  Polkadot.js Apps:  https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A${RPC_PORT}#/explorer
  Dev accounts: //Alice (validator, sudo), //Bob, //Charlie, //Dave, //Eve, //Ferdie, //Grace
  Gateway (FHIR R4, CDS Hooks): http://${HC_GATEWAY_LISTEN}/cds-services, http://${HC_GATEWAY_LISTEN}/fhir/
  Demo identifiers: scripts/demo/identifiers.tsv
  Web app: http://${APP_LISTEN}/ (patient: ?account=Grace, clinician: ?account=Dave&view=clinician,
      privacy officer: ?account=Alice&view=officer)
  Enforcing proxy (Dave, treatment): curl -H 'Authorization: Bearer ${DEMO_API_KEY}' -H 'X-Purpose-Of-Use: TREAT' \
      'http://${HC_GATEWAY_LISTEN}/fhir/Patient/ferdie/\$everything'
  Stop with Ctrl-C.

MSG

"$HC_NODE_BIN" --dev --rpc-cors all "$@" &
NODE_PID=$!
"$CARGO_TARGET_DIR/debug/healthchain-synthetic-fhir" --listen "$SYNTHETIC_FHIR_LISTEN" &
FHIR_PID=$!
"$HC_GATEWAY_BIN" serve &
GATEWAY_PID=$!
(cd "$HC_ROOT/app" && exec node "$HC_ROOT/node_modules/vite/bin/vite.js" preview --host "${APP_LISTEN%:*}" --port "${APP_LISTEN##*:}" --strictPort >/dev/null) &
APP_PID=$!
stop() {
	kill -TERM "$APP_PID" "$GATEWAY_PID" "$FHIR_PID" "$NODE_PID" 2>/dev/null || true
	wait "$APP_PID" "$GATEWAY_PID" "$FHIR_PID" "$NODE_PID" 2>/dev/null || true
	rm -rf "$DEV_DIR"
}
trap stop EXIT INT TERM
# When one stops, stop the others.
wait -n "$NODE_PID" "$FHIR_PID" "$GATEWAY_PID" "$APP_PID" || true
