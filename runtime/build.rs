//! Builds the runtime's wasm blob (`WASM_BINARY`) with substrate-wasm-builder.
//!
//! The shared cargo target dir lives outside the work tree, so the builder cannot find the
//! workspace's `Cargo.lock` by walking up from `OUT_DIR`: point it at the workspace root so that
//! the wasm runtime is built from exactly the locked dependency versions. (Set here, for this
//! build script only: a global `WASM_BUILD_WORKSPACE_HINT` would also redirect the wasm builds
//! of dependencies such as frame-benchmarking-cli's test runtime, which then fail.)

#[cfg(feature = "std")]
fn point_at_workspace() {
	// Read when the script runs, not when it is compiled: the shared target dir reuses one
	// compiled build script for every clone of the repository (CI clones elsewhere).
	let Ok(manifest_dir) = std::env::var("CARGO_MANIFEST_DIR") else { return };
	if let Some(workspace) = std::path::Path::new(&manifest_dir).parent() {
		std::env::set_var("WASM_BUILD_WORKSPACE_HINT", workspace);
	}
}

#[cfg(all(feature = "std", feature = "metadata-hash"))]
fn main() {
	point_at_workspace();
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash("HCT", 12)
		.build();
}

#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
fn main() {
	point_at_workspace();
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}

/// The wasm build itself compiles this crate without `std`: nothing to do then.
#[cfg(not(feature = "std"))]
fn main() {}
