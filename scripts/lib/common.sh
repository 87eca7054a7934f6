# Shared by every script in scripts/: paths, logging, and the one setup step.
# Source it; do not run it.

set -euo pipefail

HC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# One cargo target dir outside the work tree, shared by CI and every session on this machine:
# a cold build of the node takes about an hour on 2 cores, an incremental one minutes.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/healthchain/target}"
HC_NODE_BIN="$CARGO_TARGET_DIR/debug/healthchain-node"

log() { printf '\033[1;34m[healthchain]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[healthchain] error:\033[0m %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
	if [ "$(id -u)" -eq 0 ]; then "$@"
	elif command -v sudo >/dev/null 2>&1; then sudo "$@"
	else die "need root for: $* (install sudo or run as root)"
	fi
}

# Installs what building and testing need, each piece only when it is missing:
# system packages (protoc, clang, libclang), the Rust wasm targets and rust-src, the npm
# packages of the end-to-end tests and the Python client of the researcher examples.
hc_setup() {
	local missing=()
	command -v protoc >/dev/null 2>&1 || missing+=(protobuf-compiler)
	command -v clang >/dev/null 2>&1 || missing+=(clang)
	ls /usr/lib/llvm-*/lib/libclang*.so* >/dev/null 2>&1 || ls /usr/lib/x86_64-linux-gnu/libclang*.so* >/dev/null 2>&1 || missing+=(libclang-dev)
	command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
	if [ "${#missing[@]}" -gt 0 ]; then
		command -v apt-get >/dev/null 2>&1 || die "missing system packages: ${missing[*]} (install them with your package manager)"
		log "installing system packages: ${missing[*]}"
		as_root apt-get update -qq
		DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
	fi

	command -v rustup >/dev/null 2>&1 || die "rustup is required (https://rustup.rs)"
	local installed_targets installed_components
	installed_targets="$(cd "$HC_ROOT" && rustup target list --installed)"
	for target in wasm32v1-none wasm32-unknown-unknown; do
		if ! grep -qx "$target" <<<"$installed_targets"; then
			log "adding Rust target $target"
			(cd "$HC_ROOT" && rustup target add "$target")
		fi
	done
	installed_components="$(cd "$HC_ROOT" && rustup component list --installed)"
	if ! grep -q '^rust-src' <<<"$installed_components"; then
		log "adding Rust component rust-src"
		(cd "$HC_ROOT" && rustup component add rust-src)
	fi

	hc_setup_npm
}

# npm packages of the end-to-end tests (Polkadot.js), installed from the lockfile when missing
# or older than it.
hc_setup_npm() {
	local dir="$HC_ROOT/scripts/e2e"
	if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
		log "installing npm packages of scripts/e2e"
		(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
	fi
}

# Python packages of the client examples and tests (substrate-interface), when missing.
hc_setup_python() {
	if ! python3 -c 'import substrateinterface' >/dev/null 2>&1; then
		log "installing Python package substrate-interface"
		python3 -m pip install --quiet --disable-pip-version-check -r "$HC_ROOT/scripts/requirements.txt"
	fi
}

# Builds the node (debug profile, hot dependencies optimized; see Cargo.toml).
hc_build_node() {
	log "building healthchain-node (target dir: $CARGO_TARGET_DIR)"
	(cd "$HC_ROOT" && cargo build --locked -p healthchain-node "$@")
}

# Builds the gateway (debug profile, like the node).
HC_GATEWAY_BIN="$CARGO_TARGET_DIR/debug/healthchain-gateway"
hc_build_gateway() {
	log "building healthchain-gateway"
	(cd "$HC_ROOT" && cargo build --locked -p healthchain-gateway "$@")
}

# Maps the demo identifiers of scripts/demo/identifiers.tsv (the demo patients' MRNs, the demo
# organizations' NPIs) in the gateway database HC_GATEWAY_DATABASE names.
hc_map_demo_identifiers() {
	local gateway="$1" kind system value target
	while IFS=$'\t' read -r kind system value target; do
		case "$kind" in
			patient) "$gateway" map-patient --system "$system" --value "$value" --account "$target" >/dev/null ;;
			actor) "$gateway" map-actor --system "$system" --value "$value" --organization "$target" >/dev/null ;;
		esac
	done < <(grep -v '^#' "$HC_ROOT/scripts/demo/identifiers.tsv")
}
