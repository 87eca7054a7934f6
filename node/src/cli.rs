//! The command line: `healthchain-node [run options]` runs a node; subcommands manage keys,
//! chain specs, the database and (feature `runtime-benchmarks`) benchmarks.

/// Subcommands of `healthchain-node`.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management: generate, inspect, insert session keys into the keystore.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Export a chain spec (`--chain dev|local|<file>`) as JSON, plain or `--raw`.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Build a chain spec (legacy form of `export-chain-spec`, used by tools such as zombienet).
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Database metadata: the best, finalized and genesis block of the local database.
	ChainInfo(sc_cli::ChainInfoCmd),

	/// The Merkle root of a batch of 32-byte leaves and one leaf's inclusion proof, as the
	/// runtime verifies them (`records.anchorBatch`, `healthchain_verifyBatchLeaf`).
	MerkleProof(crate::merkle::MerkleProofCmd),

	/// Runtime and hardware benchmarks (pallet, storage, block, machine).
	#[cfg(feature = "runtime-benchmarks")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),
}

/// The arguments of `healthchain-node`.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	#[clap(flatten)]
	pub run: sc_cli::RunCmd,
}
