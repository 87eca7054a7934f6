//! `healthchain-gateway`: serves the consent decision service and the FHIR views
//! (`healthchain-gateway --node ws://127.0.0.1:9944`), and manages its identifier mappings
//! (`healthchain-gateway map-patient …`, `map-actor …`). Every option is also an environment
//! variable (`HC_GATEWAY_*`).

use std::{net::SocketAddr, path::PathBuf, sync::Arc, time::Duration};

use anyhow::Context;
use clap::{Parser, Subcommand};
use healthchain_gateway::{chain::Chain, router, store::Store, AppState};
use subxt::utils::AccountId32;
use tracing_subscriber::EnvFilter;

#[derive(Debug, Parser)]
#[command(
	name = "healthchain-gateway",
	version,
	about = "HealthChain's FHIR R4 and CDS Hooks gateway"
)]
struct Cli {
	/// The gateway's database (SQLite; created and migrated on start).
	#[arg(
		long,
		env = "HC_GATEWAY_DATABASE",
		default_value = "healthchain-gateway.sqlite",
		global = true
	)]
	database: PathBuf,

	#[command(subcommand)]
	command: Option<Command>,

	#[command(flatten)]
	serve: Serve,
}

#[derive(Debug, clap::Args)]
struct Serve {
	/// The node's RPC endpoint.
	#[arg(long, env = "HC_GATEWAY_NODE", default_value = "ws://127.0.0.1:9944")]
	node: String,

	/// Allow an unencrypted (ws://) connection to a node that is not on this host.
	#[arg(long, env = "HC_GATEWAY_INSECURE_NODE")]
	insecure_node: bool,

	/// Where to listen for HTTP.
	#[arg(long, env = "HC_GATEWAY_LISTEN", default_value = "127.0.0.1:8080")]
	listen: SocketAddr,

	/// Answer 503 once the node has not reported a new block for this many seconds.
	#[arg(long, env = "HC_GATEWAY_MAX_HEAD_AGE", default_value_t = 30)]
	max_head_age: u64,
}

#[derive(Debug, Subcommand)]
enum Command {
	/// Serve HTTP (the default).
	Serve,
	/// Map a patient identifier (system + value) to the patient's chain account.
	MapPatient {
		/// The identifier system (who assigned it), e.g. `urn:oid:2.16.840.1.113883.19.5`.
		#[arg(long)]
		system: String,
		/// The identifier.
		#[arg(long)]
		value: String,
		/// The patient's account (SS58).
		#[arg(long)]
		account: String,
	},
	/// Map a requester's identifier (an NPI, an organization's FHIR id) to its organization on chain.
	MapActor {
		/// The identifier system.
		#[arg(long)]
		system: String,
		/// The identifier.
		#[arg(long)]
		value: String,
		/// The organization's number on chain.
		#[arg(long)]
		organization: u32,
	},
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
	tracing_subscriber::fmt()
		.with_env_filter(
			EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
		)
		.init();
	let cli = Cli::parse();
	let store = Store::open(&cli.database)
		.with_context(|| format!("opening the database {}", cli.database.display()))?;
	match cli.command.unwrap_or(Command::Serve) {
		Command::Serve => serve(cli.serve, store).await,
		Command::MapPatient { system, value, account } => {
			let account: AccountId32 = account
				.parse()
				.map_err(|_| anyhow::anyhow!("{account:?} is not an SS58 account"))?;
			store.map_patient(&system, &value, &account)?;
			println!("{system}|{value} -> {account}");
			Ok(())
		},
		Command::MapActor { system, value, organization } => {
			store.map_actor(&system, &value, organization)?;
			println!("{system}|{value} -> organization {organization}");
			Ok(())
		},
	}
}

async fn serve(options: Serve, store: Store) -> anyhow::Result<()> {
	let (chain, follower) = Chain::follow(
		options.node.clone(),
		options.insecure_node,
		Duration::from_secs(options.max_head_age),
	);
	let state = AppState { chain, store: Arc::new(store) };
	let listener = tokio::net::TcpListener::bind(options.listen)
		.await
		.with_context(|| format!("listening on {}", options.listen))?;
	tracing::info!(listen = %listener.local_addr()?, node = %options.node, "healthchain-gateway serving");
	axum::serve(listener, router(state)).with_graceful_shutdown(shutdown()).await?;
	follower.abort();
	tracing::info!("healthchain-gateway stopped");
	Ok(())
}

/// Resolves on Ctrl-C or SIGTERM: requests in flight finish, new connections are refused.
async fn shutdown() {
	let interrupt = async {
		let _ = tokio::signal::ctrl_c().await;
	};
	#[cfg(unix)]
	let terminate = async {
		match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
			Ok(mut signal) => {
				signal.recv().await;
			},
			Err(_) => std::future::pending::<()>().await,
		}
	};
	#[cfg(not(unix))]
	let terminate = std::future::pending::<()>();
	tokio::select! {
		() = interrupt => {},
		() = terminate => {},
	}
	tracing::info!("shutting down");
}
