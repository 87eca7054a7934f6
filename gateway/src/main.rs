//! `healthchain-gateway`: serves the consent decision service and the FHIR views
//! (`healthchain-gateway --node ws://127.0.0.1:9944`), with `--upstream` the enforcing proxy to
//! the organization's FHIR server, and manages its identifier mappings
//! (`healthchain-gateway map-patient …`, `map-actor …`) and API keys (`api-key-add`,
//! `api-key-revoke`). With `--organization` and `--exchange-member` it also serves the records
//! it anchored to other organizations' gateways (`POST /exchange/v1/fetch`). Every option is
//! also an environment variable (`HC_GATEWAY_*`).

use std::{net::SocketAddr, path::PathBuf, sync::Arc, time::Duration};

use anyhow::Context;
use clap::{Parser, Subcommand};
use healthchain_gateway::{
	chain::Chain,
	exchange::HolderConfig,
	keystore::Keystore,
	proxy::Proxy,
	recorder::{Recorder, RecorderConfig},
	router,
	store::Store,
	AppState,
};
use subxt::utils::AccountId32;
use tokio::sync::Notify;
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

	/// The organization's FHIR R4 server (base URL): `/fhir/*` becomes the enforcing proxy to it.
	#[arg(long, env = "HC_GATEWAY_UPSTREAM", requires = "keystore")]
	upstream: Option<String>,

	/// The directory of the members' key files (Polkadot.js JSON exports) whose reads the proxy
	/// records; their passphrase comes from HC_GATEWAY_KEYSTORE_PASSPHRASE or
	/// --keystore-passphrase-file.
	#[arg(long, env = "HC_GATEWAY_KEYSTORE")]
	keystore: Option<PathBuf>,

	/// A file holding the keystore's passphrase (instead of HC_GATEWAY_KEYSTORE_PASSPHRASE).
	#[arg(long, env = "HC_GATEWAY_KEYSTORE_PASSPHRASE_FILE")]
	keystore_passphrase_file: Option<PathBuf>,

	/// Calls (reads recorded, writes anchored) per recording transaction at most.
	#[arg(long, env = "HC_GATEWAY_RECORD_BATCH", default_value_t = 500)]
	record_batch: usize,

	/// Recording transactions of one member in flight (signed, not yet finalized) at most. A
	/// batch is signed every --record-interval-ms under load and stays in flight until its
	/// block is finalized (two to three blocks of 6 s), so this bounds the sustained rate.
	#[arg(long, env = "HC_GATEWAY_RECORD_IN_FLIGHT", default_value_t = 16)]
	record_in_flight: usize,

	/// The organization (its number on chain) this gateway serves records of to other
	/// organizations' gateways (`POST /exchange/v1/fetch`); with --exchange-member. Register
	/// this gateway's public URL on chain for it (`organizations.setEndpoint`).
	#[arg(long, env = "HC_GATEWAY_ORGANIZATION", requires_all = ["exchange_member", "upstream"])]
	organization: Option<u32>,

	/// The member of --organization (SS58; its key in the keystore) who records on chain the
	/// reads this gateway serves to other organizations, in their readers' names
	/// (`consent.recordDisclosure`).
	#[arg(long, env = "HC_GATEWAY_EXCHANGE_MEMBER", requires = "organization")]
	exchange_member: Option<String>,

	/// How long (ms) the recorder lets reads gather before it signs them (and between two
	/// batches that are not full).
	#[arg(long, env = "HC_GATEWAY_RECORD_INTERVAL_MS", default_value_t = 1000)]
	record_interval_ms: u64,
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
	/// Issue an API key for a member of the organization (printed once; only its hash is kept).
	ApiKeyAdd {
		/// Who holds the key (unique), e.g. `dave@ehr`.
		#[arg(long)]
		label: String,
		/// The member's account (SS58); the gateway needs its key in the keystore.
		#[arg(long)]
		member: String,
		/// The organization the member reads for.
		#[arg(long)]
		organization: u32,
		/// Use this key instead of a random one (at least 32 characters).
		#[arg(long, env = "HC_GATEWAY_NEW_API_KEY", hide_env_values = true)]
		key: Option<String>,
	},
	/// Revoke the API key with this label.
	ApiKeyRevoke {
		/// The key's label.
		#[arg(long)]
		label: String,
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
		Command::ApiKeyAdd { label, member, organization, key } => {
			let member: AccountId32 =
				member.parse().map_err(|_| anyhow::anyhow!("{member:?} is not an SS58 account"))?;
			let key = key.unwrap_or_else(|| {
				use rand::RngCore;
				let mut bytes = [0u8; 32];
				rand::rngs::OsRng.fill_bytes(&mut bytes);
				hex::encode(bytes)
			});
			store.add_api_key(&label, &key, &member, organization)?;
			println!("{key}");
			Ok(())
		},
		Command::ApiKeyRevoke { label } => {
			anyhow::ensure!(store.revoke_api_key(&label)?, "no active key is labelled {label:?}");
			println!("revoked {label}");
			Ok(())
		},
	}
}

/// The keystore's passphrase: the file's first line, else `HC_GATEWAY_KEYSTORE_PASSPHRASE`.
fn passphrase(file: Option<&std::path::Path>) -> anyhow::Result<String> {
	match file {
		Some(file) => Ok(std::fs::read_to_string(file)
			.with_context(|| format!("reading {}", file.display()))?
			.lines()
			.next()
			.unwrap_or_default()
			.to_string()),
		None => std::env::var("HC_GATEWAY_KEYSTORE_PASSPHRASE").map_err(|_| {
			anyhow::anyhow!("the keystore's passphrase: set HC_GATEWAY_KEYSTORE_PASSPHRASE or --keystore-passphrase-file")
		}),
	}
}

async fn serve(options: Serve, store: Store) -> anyhow::Result<()> {
	let (chain, follower) = Chain::follow(
		options.node.clone(),
		options.insecure_node,
		Duration::from_secs(options.max_head_age),
	);
	let store = Arc::new(store);
	let mut recorder_task = None;
	let proxy = match (&options.upstream, &options.keystore) {
		(Some(upstream), Some(dir)) => {
			let keystore =
				Keystore::open(dir, &passphrase(options.keystore_passphrase_file.as_deref())?)
					.context("opening the keystore")?;
			let members: Vec<String> = keystore.accounts().map(|a| a.to_string()).collect();
			tracing::info!(%upstream, ?members, "enforcing proxy to the FHIR server");
			let keystore = Arc::new(keystore);
			let wake = Arc::new(Notify::new());
			let recorder = Arc::new(Recorder::new(
				RecorderConfig {
					node: options.node.clone(),
					insecure: options.insecure_node,
					batch_size: options.record_batch.clamp(1, 2000),
					in_flight: options.record_in_flight.max(1),
					interval: Duration::from_millis(options.record_interval_ms),
				},
				store.clone(),
				keystore.clone(),
				wake.clone(),
			));
			recorder_task = Some(tokio::spawn(recorder.run()));
			let mut proxy = Proxy::new(upstream, keystore.clone(), wake);
			if let (Some(organization), Some(member)) =
				(options.organization, options.exchange_member.as_deref())
			{
				let member: AccountId32 = member.parse().map_err(|_| {
					anyhow::anyhow!("--exchange-member {member:?} is not an SS58 account")
				})?;
				anyhow::ensure!(
					keystore.signer(&member).is_some(),
					"--exchange-member {member}: its key is not in the keystore, so the reads served to other organizations could not be recorded"
				);
				tracing::info!(organization, %member, "serving records to other organizations' gateways");
				proxy = proxy.with_exchange(HolderConfig { organization, member });
			}
			Some(Arc::new(proxy))
		},
		_ => None,
	};
	let state = AppState { chain, store, proxy };
	let listener = tokio::net::TcpListener::bind(options.listen)
		.await
		.with_context(|| format!("listening on {}", options.listen))?;
	tracing::info!(listen = %listener.local_addr()?, node = %options.node, "healthchain-gateway serving");
	axum::serve(listener, router(state)).with_graceful_shutdown(shutdown()).await?;
	follower.abort();
	// Reads still in the outbox are safe in the database: the next start records them.
	if let Some(task) = recorder_task {
		task.abort();
	}
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
