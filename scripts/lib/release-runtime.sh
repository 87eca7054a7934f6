# The runtime a network is upgraded FROM: the last released runtime, built from its git revision
# (zombienet/upgrade-from). Source it after common.sh; do not run it.
#
# The release's sources are exported (git archive) next to the target dir and built with the
# shared target dir, so its dependencies come from the cache and only HealthChain's own crates
# compile (a few minutes, once per revision). Its crates are renamed (`*-release`) so that they,
# and the runtime's wasm build under wbuild/, never share artifacts with the current tree's.

# Renames every crate of the release's workspace (`<name>` -> `<name>-release`; dependants keep
# their names through `package = ...`). Cargo names a path crate's artifacts by its name, version
# and path relative to the workspace root: without the rename the release's pallets would share
# (and overwrite) the current tree's artifacts in the shared target dir.
hc_rename_release_crates() {
	python3 - "$1" <<'PY'
import pathlib, re, sys
root = pathlib.Path(sys.argv[1])
manifest = root / "Cargo.toml"
text = manifest.read_text()
renamed = 0
def rename(match):
    global renamed
    name, path = match.group(1), match.group(2)
    crate = root / path / "Cargo.toml"
    crate_text = crate.read_text()
    new_text, count = re.subn(r'(?m)^name = "%s"$' % re.escape(name), 'name = "%s-release"' % name, crate_text, count=1)
    if count != 1:
        sys.exit("no package %s in %s" % (name, crate))
    crate.write_text(new_text)
    renamed += 1
    return '%s = { package = "%s-release", path = "%s"' % (name, name, path)
text = re.sub(r'(?m)^([a-z0-9-]+) = \{ path = "([^"]+)"', rename, text)
manifest.write_text(text)
if renamed < 5:
    sys.exit("renamed only %d crates" % renamed)
PY
}

# Prints the path of the release runtime's compressed wasm, building it when it is not cached.
hc_release_runtime() {
	local rev out src
	rev="$(tr -d '[:space:]' <"$HC_ROOT/zombienet/upgrade-from")"
	[ -n "$rev" ] || die "zombienet/upgrade-from names no git revision"
	out="$CARGO_TARGET_DIR/healthchain-releases/$rev.wasm"
	if [ ! -s "$out" ]; then
		if ! git -C "$HC_ROOT" cat-file -e "$rev^{commit}" 2>/dev/null; then
			log "fetching release revision $rev"
			git -C "$HC_ROOT" fetch --quiet origin "$rev" || die "the release revision $rev is not in this clone (fetch the full history)"
		fi
		src="$CARGO_TARGET_DIR/healthchain-releases/src"
		rm -rf "$src" && mkdir -p "$src"
		git -C "$HC_ROOT" archive "$rev" | tar -x -C "$src"
		hc_rename_release_crates "$src"
		log "building the release runtime $rev (once; cached in $out)"
		(cd "$src" && cargo build --quiet -p healthchain-runtime-release) >&2 || die "the release runtime $rev does not build"
		mkdir -p "$(dirname "$out")"
		# The debug profile's wasm build is not compacted; a release build's would be.
		local built="$CARGO_TARGET_DIR/debug/wbuild/healthchain-runtime-release/healthchain_runtime_release"
		if [ -f "$built.compact.compressed.wasm" ]; then cp "$built.compact.compressed.wasm" "$out"; else cp "$built.wasm" "$out"; fi
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
	HC_UPGRADE_WASM="$dir/healthchain-runtime-current.wasm"
	python3 - "$dir/local-current.json" "$release" "$HC_CHAIN_SPEC" "$HC_UPGRADE_WASM" <<'PY'
import json, sys
current, release, spec_out, wasm_out = sys.argv[1:]
spec = json.load(open(current))
genesis = spec["genesis"]["runtimeGenesis"]
with open(wasm_out, "wb") as f:
    f.write(bytes.fromhex(genesis["code"][2:]))
genesis["code"] = "0x" + open(release, "rb").read().hex()
# Genesis fields the current runtime has and the release does not (a pallet's genesis config
# refuses unknown fields): the release builds its genesis without them, and the upgrade's
# migrations bring the state to the current layout. Empty this list when upgrade-from moves
# past the release that introduced them.
SINCE_RELEASE = {
    "research": ["attestations", "minCohortFloor"],
    "genesisClock": None,
    "validatorSet": ["sessionLength"],
}
patch = genesis.setdefault("patch", {})
# The test network's own configuration: one-minute sessions (10 blocks), so that governance's
# validator changes take effect within the test (a production chain keeps the runtime's hour).
# A release that predates the field rotates every 10 blocks anyway (its constant).
patch.setdefault("validatorSet", {})["sessionLength"] = 10
for pallet, fields in SINCE_RELEASE.items():
    if fields is None:
        patch.pop(pallet, None)
    else:
        for field in fields:
            patch.get(pallet, {}).pop(field, None)
json.dump(spec, open(spec_out + ".plain", "w"))
PY
	# Raw, with the session length stored: the release's genesis does not know the field, and
	# without it the current runtime would fall back to its production hour after the upgrade.
	# The key is ValidatorSet.SessionLength (twox128 of both names; runtime/src/tests/sessions.rs
	# checks it), the value 10 as SCALE u32. Zombienet uses a raw spec as it is (its nodes alice
	# .. dave get the //Alice .. //Dave keys of the preset's authorities).
	"$HC_NODE_BIN" build-spec --chain "$HC_CHAIN_SPEC.plain" --raw --disable-default-bootnode \
		>"$HC_CHAIN_SPEC.raw" 2>/dev/null || die "the release runtime did not build the network's genesis"
	python3 - "$HC_CHAIN_SPEC.raw" "$HC_CHAIN_SPEC" <<'PY'
import json, sys
raw, out = sys.argv[1:]
spec = json.load(open(raw))
SESSION_LENGTH_KEY = "0x" + "7d9fe37370ac390779f35763d98106e8" + "585e1e8c1328c63f5bca004893b7d732"
spec["genesis"]["raw"]["top"][SESSION_LENGTH_KEY] = "0x" + (10).to_bytes(4, "little").hex()
json.dump(spec, open(out, "w"))
PY
	log "network starts on the release runtime $(basename "$release"); upgrade to $HC_UPGRADE_WASM"
}
