//! Dispatch of the command line to the node's services and subcommands.

use healthchain_runtime::opaque::Block;
use sc_cli::SubstrateCli;
use sc_service::PartialComponents;

use crate::{
	chain_spec,
	cli::{Cli, Subcommand},
	service,
};

impl SubstrateCli for Cli {
	fn impl_name() -> String {
		"HealthChain Node".into()
	}

	fn impl_version() -> String {
		env!("SUBSTRATE_CLI_IMPL_VERSION").into()
	}

	fn description() -> String {
		env!("CARGO_PKG_DESCRIPTION").into()
	}

	fn author() -> String {
		env!("CARGO_PKG_AUTHORS").into()
	}

	fn support_url() -> String {
		"https://github.com/healthchain/healthchain/issues".into()
	}

	fn copyright_start_year() -> i32 {
		2026
	}

	/// `dev` (also `--dev`), `local`, `consortium`, or the path of a chain spec JSON file.
	fn load_spec(&self, id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
		Ok(match id {
			"dev" | "development" => Box::new(chain_spec::development_chain_spec()?),
			"" | "local" | "local_testnet" => Box::new(chain_spec::local_chain_spec()?),
			"consortium" => Box::new(chain_spec::consortium_chain_spec()?),
			path => {
				Box::new(chain_spec::ChainSpec::from_json_file(std::path::PathBuf::from(path))?)
			},
		})
	}
}

/// Substrate's default `--pool-limit`.
const UPSTREAM_POOL_LIMIT: usize = 8192;

/// HealthChain's default `--pool-limit`: ten times Substrate's.
///
/// The transaction pool keeps a tenth of the limit as its future queue (transactions waiting for
/// an earlier nonce of their sender), in every fork's view. With Substrate's 8,192 that is 819:
/// under a transaction flood, a reorg (or a view built while transactions were arriving) leaves
/// a sender's next nonce out of a view for a block, its later transactions wait in the future
/// queue, and past 819 the pool evicts the oldest and bans them for 30 minutes, silently: every
/// later nonce of those senders is then lost. The 4-validator network's flood lost 1,902 of 6,000
/// accepted transfers that way (issue #20). At 81,920 the future queue holds 8,192 (the ready
/// queue stays bounded by `--pool-kbytes`, 20 MiB).
pub const POOL_LIMIT: usize = 10 * UPSTREAM_POOL_LIMIT;

/// HealthChain's defaults where they differ from Substrate's, for options the operator left at
/// Substrate's default value.
fn apply_defaults(cli: &mut Cli) {
	// RPC exposure is a deliberate choice: Substrate's default (`auto`) serves the unsafe
	// methods (key rotation, peer management, transaction pool control) whenever RPC listens on
	// localhost only; HealthChain serves the safe set unless the operator passes
	// `--rpc-methods unsafe`. RPC binds to localhost unless `--rpc-external` is given.
	if cli.run.rpc_params.rpc_methods == sc_cli::RpcMethods::Auto {
		cli.run.rpc_params.rpc_methods = sc_cli::RpcMethods::Safe;
	}
	if cli.run.pool_config.pool_limit == UPSTREAM_POOL_LIMIT {
		cli.run.pool_config.pool_limit = POOL_LIMIT;
	}
}

/// Parses the command line and runs the node or the subcommand.
pub fn run() -> sc_cli::Result<()> {
	let mut cli = Cli::from_args();
	apply_defaults(&mut cli);

	match &cli.subcommand {
		Some(Subcommand::Key(cmd)) => cmd.run(&cli),
		Some(Subcommand::ExportChainSpec(cmd)) => {
			let chain_spec = cli.load_spec(&cmd.chain)?;
			cmd.run(chain_spec)
		},
		Some(Subcommand::BuildSpec(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.chain_spec, config.network))
		},
		Some(Subcommand::CheckBlock(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::ExportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } = service::new_partial(&config)?;
				Ok((cmd.run(client, config.database), task_manager))
			})
		},
		Some(Subcommand::ExportState(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } = service::new_partial(&config)?;
				Ok((cmd.run(client, config.chain_spec), task_manager))
			})
		},
		Some(Subcommand::ImportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::PurgeChain(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.database))
		},
		Some(Subcommand::Revert(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, backend, .. } =
					service::new_partial(&config)?;
				let aux_revert = Box::new(|client, _, blocks| {
					sc_consensus_grandpa::revert(client, blocks)?;
					Ok(())
				});
				Ok((cmd.run(client, backend, Some(aux_revert)), task_manager))
			})
		},
		Some(Subcommand::ChainInfo(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run::<Block>(&config))
		},
		Some(Subcommand::MerkleProof(cmd)) => {
			cmd.run().map_err(|e| sc_cli::Error::Input(e.to_string()))
		},
		#[cfg(feature = "runtime-benchmarks")]
		Some(Subcommand::Benchmark(cmd)) => {
			use frame_benchmarking_cli::{BenchmarkCmd, SUBSTRATE_REFERENCE_HARDWARE};
			use sp_runtime::traits::HashingFor;

			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| {
				match cmd {
				BenchmarkCmd::Pallet(cmd) => cmd
					.run_with_spec::<HashingFor<Block>, service::HostFunctions>(Some(
						config.chain_spec,
					)),
				BenchmarkCmd::Block(cmd) => {
					let PartialComponents { client, .. } = service::new_partial(&config)?;
					cmd.run(client)
				},
				BenchmarkCmd::Storage(cmd) => {
					let PartialComponents { client, backend, .. } = service::new_partial(&config)?;
					let db = backend.expose_db();
					let storage = backend.expose_storage();
					let shared_trie_cache = backend.expose_shared_trie_cache();
					cmd.run(config, client, db, storage, shared_trie_cache)
				},
				BenchmarkCmd::Machine(cmd) => {
					cmd.run(&config, SUBSTRATE_REFERENCE_HARDWARE.clone())
				},
				// The base weights of a block and of an extrinsic (`runtime/src/weights/`):
				// empty blocks and blocks of `system.remark` signed by Alice, built by the
				// frame-benchmarking default builder from the runtime's metadata (our extra
				// transaction extension has type `()`, so a generic client signs for it).
				BenchmarkCmd::Overhead(cmd) => cmd
					.run_with_default_builder_and_spec::<Block, service::HostFunctions>(Some(
						config.chain_spec,
					)),
				BenchmarkCmd::Extrinsic(_) => Err(
					"`benchmark extrinsic` is not wired in this node; use `benchmark pallet` (calls) \
					 or `benchmark overhead` (base weights)"
						.into(),
				),
			}
			})
		},
		None => {
			let runner = cli.create_runner(&cli.run)?;
			runner.run_node_until_exit(|config| async move {
				match config.network.network_backend {
					sc_network::config::NetworkBackendType::Libp2p => service::new_full::<
						sc_network::NetworkWorker<
							Block,
							<Block as sp_runtime::traits::Block>::Hash,
						>,
					>(config)
					.map_err(sc_cli::Error::Service),
					sc_network::config::NetworkBackendType::Litep2p => {
						service::new_full::<sc_network::Litep2pNetworkBackend>(config)
							.map_err(sc_cli::Error::Service)
					},
				}
			})
		},
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use clap::Parser;

	fn parsed(args: &[&str]) -> Cli {
		let mut cli = Cli::try_parse_from(args).expect("valid arguments");
		apply_defaults(&mut cli);
		cli
	}

	#[test]
	fn the_node_keeps_a_future_queue_a_flood_cannot_overflow_unless_told_otherwise() {
		let cli = parsed(&["healthchain-node"]);
		assert_eq!(cli.run.pool_config.pool_limit, POOL_LIMIT);
		assert_eq!(cli.run.rpc_params.rpc_methods, sc_cli::RpcMethods::Safe);
		let cli = parsed(&["healthchain-node", "--pool-limit", "1000", "--rpc-methods", "unsafe"]);
		assert_eq!(cli.run.pool_config.pool_limit, 1000);
		assert_eq!(cli.run.rpc_params.rpc_methods, sc_cli::RpcMethods::Unsafe);
	}
}
