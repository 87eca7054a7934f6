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
# workspaces (the TypeScript client, the end-to-end tests).
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

# npm packages of the JavaScript workspaces (clients/ts, scripts/e2e: one lockfile at the root),
# installed from the lockfile when missing or older than it; then the TypeScript client
# (@healthchain/client, which the end-to-end tests use) built when its dist/ is older than its
# sources.
hc_setup_npm() {
	if [ ! -d "$HC_ROOT/node_modules" ] || [ "$HC_ROOT/package-lock.json" -nt "$HC_ROOT/node_modules/.package-lock.json" ]; then
		log "installing npm packages (clients/ts, scripts/e2e)"
		(cd "$HC_ROOT" && npm ci --no-audit --no-fund --loglevel=error)
	fi
	local client="$HC_ROOT/clients/ts"
	if [ ! -f "$client/dist/index.js" ] || [ -n "$(find "$client/src" "$client/package.json" -newer "$client/dist/index.js" -print -quit)" ]; then
		log "building @healthchain/client (clients/ts)"
		(cd "$client" && npm run --silent build)
	fi
}

# Python packages: substrate-interface and pytest (scripts/requirements.txt) when missing, and the
# Python client (clients/python, editable) unless this checkout's is the one installed.
hc_setup_python() {
	if ! python3 -c 'import substrateinterface, pytest' >/dev/null 2>&1; then
		log "installing Python packages (scripts/requirements.txt)"
		python3 -m pip install --quiet --disable-pip-version-check -r "$HC_ROOT/scripts/requirements.txt"
	fi
	local installed
	installed="$(cd / && python3 -c 'import healthchain_client, os; print(os.path.dirname(os.path.dirname(os.path.abspath(healthchain_client.__file__))))' 2>/dev/null || true)"
	if [ "$installed" != "$HC_ROOT/clients/python" ]; then
		log "installing the Python client (clients/python, editable)"
		python3 -m pip install --quiet --disable-pip-version-check -e "$HC_ROOT/clients/python"
	fi
}

# Debian's Chromium for the web app's browser tests (app/tests), when missing: no browser
# download at install time, the system's package.
hc_setup_chromium() {
	if [ ! -x "${HC_CHROMIUM:-/usr/bin/chromium}" ]; then
		command -v apt-get >/dev/null 2>&1 || die "Chromium is required for the web app's tests (install it, or set HC_CHROMIUM)"
		log "installing chromium (the web app's browser tests)"
		as_root apt-get update -qq
		DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null
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
