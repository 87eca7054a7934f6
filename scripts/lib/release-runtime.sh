# The runtime a network is upgraded FROM: the last released runtime, built from its git revision
# (zombienet/upgrade-from). Source it after common.sh; do not run it.
#
# The release's sources are exported (git archive) next to the target dir and built with the
# shared target dir, so its dependencies come from the cache and only HealthChain's own crates
# compile (a few minutes, once per revision). Its runtime package is renamed
# (healthchain-runtime-release) so that its wasm build gets its own directory under wbuild/ and
# never replaces the current runtime's.

# Prints the path of the release runtime's compressed wasm, building it when it is not cached.
hc_release_runtime() {
	local rev out src
	rev="$(tr -d '[:space:]' <"$HC_ROOT/zombienet/upgrade-from")"
	[ -n "$rev" ] || die "zombienet/upgrade-from names no git revision"
	out="$CARGO_TARGET_DIR/healthchain-releases/$rev.compact.compressed.wasm"
	if [ ! -s "$out" ]; then
		if ! git -C "$HC_ROOT" cat-file -e "$rev^{commit}" 2>/dev/null; then
			log "fetching release revision $rev"
			git -C "$HC_ROOT" fetch --quiet origin "$rev" || die "the release revision $rev is not in this clone (fetch the full history)"
		fi
		src="$CARGO_TARGET_DIR/healthchain-releases/src"
		rm -rf "$src" && mkdir -p "$src"
		git -C "$HC_ROOT" archive "$rev" | tar -x -C "$src"
		sed -i 's/^name = "healthchain-runtime"$/name = "healthchain-runtime-release"/' "$src/runtime/Cargo.toml"
		sed -i 's|^healthchain-runtime = { path = "runtime"|healthchain-runtime = { package = "healthchain-runtime-release", path = "runtime"|' "$src/Cargo.toml"
		grep -q 'package = "healthchain-runtime-release"' "$src/Cargo.toml" || die "could not rename the release's runtime package"
		log "building the release runtime $rev (once; cached in $out)"
		(cd "$src" && cargo build --quiet -p healthchain-runtime-release) >&2
		mkdir -p "$(dirname "$out")"
		cp "$CARGO_TARGET_DIR/debug/wbuild/healthchain-runtime-release/healthchain_runtime_release.compact.compressed.wasm" "$out"
	fi
	echo "$out"
}

# Prepares the upgrade network: HC_CHAIN_SPEC, the `local_testnet` chain spec of the current node
# with the release's runtime as genesis code, and HC_UPGRADE_WASM, the current runtime (taken
# from the current node's own chain spec, so it is exactly what the node was built with).
hc_upgrade_network() {
	local release dir
	release="$(hc_release_runtime)"
	dir="$CARGO_TARGET_DIR/healthchain-releases/network"
	mkdir -p "$dir"
	"$HC_NODE_BIN" build-spec --chain local --disable-default-bootnode >"$dir/local-current.json" 2>/dev/null
	HC_CHAIN_SPEC="$dir/local-from-release.json"
	HC_UPGRADE_WASM="$dir/healthchain-runtime-current.compact.compressed.wasm"
	python3 - "$dir/local-current.json" "$release" "$HC_CHAIN_SPEC" "$HC_UPGRADE_WASM" <<'PY'
import json, sys
current, release, spec_out, wasm_out = sys.argv[1:]
spec = json.load(open(current))
genesis = spec["genesis"]["runtimeGenesis"]
with open(wasm_out, "wb") as f:
    f.write(bytes.fromhex(genesis["code"][2:]))
genesis["code"] = "0x" + open(release, "rb").read().hex()
json.dump(spec, open(spec_out, "w"))
PY
	log "network starts on the release runtime $(basename "$release"); upgrade to $HC_UPGRADE_WASM"
}
