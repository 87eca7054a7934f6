#!/usr/bin/env bash
# Builds the node and starts a development chain: one validator (Alice), dev accounts endowed,
# state in a temporary directory (gone when the node stops). Extra arguments go to the node,
# e.g. `scripts/run-dev.sh --rpc-port 9955`.
source "$(dirname "$0")/lib/common.sh"
hc_setup
hc_build_node

RPC_PORT=9944
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
	case "${args[$i]}" in
		--rpc-port) RPC_PORT="${args[$((i + 1))]}" ;;
		--rpc-port=*) RPC_PORT="${args[$i]#--rpc-port=}" ;;
	esac
done

cat >&2 <<MSG

  HealthChain development chain
  RPC endpoint (WebSocket and HTTP): ws://127.0.0.1:${RPC_PORT}
  Polkadot.js Apps:  https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A${RPC_PORT}#/explorer
  Dev accounts: //Alice (validator, sudo), //Bob, //Charlie, //Dave, //Eve, //Ferdie
  Stop with Ctrl-C.

MSG
exec "$HC_NODE_BIN" --dev --rpc-cors all "$@"
