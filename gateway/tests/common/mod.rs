//! What the tests against a real node share: a dev node on free ports, transactions signed
//! with the dev keys, the demo patients' accounts.
#![allow(dead_code)]

use std::{
	net::TcpListener,
	path::PathBuf,
	process::{Child, Command, Stdio},
	time::{SystemTime, UNIX_EPOCH},
};

use std::{sync::Arc, time::Duration};

use healthchain_gateway::{
	chain::{Chain, ChainConfig},
	exchange::HolderConfig,
	keystore::Keystore,
	proxy::Proxy,
	recorder::{Recorder, RecorderConfig},
	router,
	store::Store,
	AppState,
};
use subxt::{tx::TransactionStatus, utils::AccountId32, OnlineClient};
use subxt_signer::sr25519::Keypair;
use tokio::sync::Notify;

pub fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

pub fn node_binary() -> PathBuf {
	if let Ok(path) = std::env::var("HC_NODE_BIN") {
		return path.into();
	}
	let target = std::env::var("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|_| {
		PathBuf::from(std::env::var("HOME").unwrap()).join(".cache/healthchain/target")
	});
	target.join("debug/healthchain-node")
}

/// A dev node in a temporary directory, stopped (SIGKILL) when dropped.
pub struct Node {
	pub child: Child,
	pub url: String,
	pub dir: tempfile::TempDir,
}

impl Node {
	pub fn start() -> Self {
		let binary = node_binary();
		assert!(
			binary.exists(),
			"node binary not found at {}: build it with cargo build -p healthchain-node",
			binary.display()
		);
		let dir = tempfile::tempdir().unwrap();
		let rpc = free_port();
		let log = std::fs::File::create(dir.path().join("node.log")).unwrap();
		let child = Command::new(binary)
			.args(["--dev", "--no-prometheus", "--no-telemetry", "--no-mdns"])
			.arg("--base-path")
			.arg(dir.path().join("data"))
			.args(["--rpc-port", &rpc.to_string(), "--port", &free_port().to_string()])
			.stdout(Stdio::null())
			.stderr(log)
			.spawn()
			.unwrap();
		Self { child, url: format!("ws://127.0.0.1:{rpc}"), dir }
	}

	pub fn stop(&mut self) {
		let _ = self.child.kill();
		let _ = self.child.wait();
	}
}

impl Drop for Node {
	fn drop(&mut self) {
		self.stop();
	}
}

pub fn account(pair: &Keypair) -> AccountId32 {
	AccountId32(pair.public_key().0)
}

/// `//Grace`, the demo patient without tokens (`runtime/src/genesis_config_presets.rs`).
pub fn grace() -> [u8; 32] {
	let mut key = [0u8; 32];
	hex::decode_to_slice(
		"3639103416b054f3362b835dded8ca33c11f11d4360a6f434034e9b46662693d",
		&mut key,
	)
	.unwrap();
	key
}

/// Signs `call` with `signer`, waits until it is in a best block and succeeded; its block number.
pub async fn submit<Call: subxt::tx::Payload>(
	client: &OnlineClient<ChainConfig>,
	call: &Call,
	signer: &Keypair,
) -> u64 {
	submit_until(client, call, signer, false).await
}

/// [`submit`], waiting until the block is finalized: the next transaction of the same signer
/// then takes its nonce from a state that has this one.
pub async fn submit_finalized<Call: subxt::tx::Payload>(
	client: &OnlineClient<ChainConfig>,
	call: &Call,
	signer: &Keypair,
) -> u64 {
	submit_until(client, call, signer, true).await
}

async fn submit_until<Call: subxt::tx::Payload>(
	client: &OnlineClient<ChainConfig>,
	call: &Call,
	signer: &Keypair,
	finalized: bool,
) -> u64 {
	let at = client.at_current_block().await.unwrap();
	let mut progress =
		at.transactions().sign_and_submit_then_watch_default(call, signer).await.unwrap();
	while let Some(status) = progress.next().await {
		let in_block = match status.unwrap() {
			TransactionStatus::InBestBlock(in_block) if !finalized => in_block,
			TransactionStatus::InFinalizedBlock(in_block) => in_block,
			TransactionStatus::Invalid { message }
			| TransactionStatus::Dropped { message }
			| TransactionStatus::Error { message } => {
				panic!("transaction refused: {message}")
			},
			_ => continue,
		};
		in_block.wait_for_success().await.expect("the transaction succeeds");
		let block = client.at_block(in_block.block_hash()).await.unwrap();
		return block.block_number();
	}
	panic!("the transaction's status stream ended")
}

pub fn now_ms() -> u64 {
	SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_millis() as u64
}

/// Waits until the gateway's follower answers at a block at least `number`.
pub async fn wait_for_block(chain: &Chain, number: u64) {
	for _ in 0..100 {
		if chain.head().is_ok_and(|head| head.number >= number) {
			return;
		}
		tokio::time::sleep(std::time::Duration::from_millis(200)).await;
	}
	panic!("the gateway did not reach block #{number}");
}

/// A child process killed when dropped.
pub struct Process(pub Child);

impl Drop for Process {
	fn drop(&mut self) {
		let _ = self.0.kill();
		let _ = self.0.wait();
	}
}

/// The synthetic FHIR server (`healthchain-synthetic-fhir`) on a free port; its base URL.
pub async fn synthetic_fhir() -> (Process, String) {
	let port = free_port();
	let child = Command::new(env!("CARGO_BIN_EXE_healthchain-synthetic-fhir"))
		.args(["--listen", &format!("127.0.0.1:{port}")])
		.stdout(Stdio::null())
		.stderr(Stdio::null())
		.spawn()
		.unwrap();
	let base = format!("http://127.0.0.1:{port}/fhir");
	let http = reqwest::Client::new();
	for _ in 0..100 {
		if http.get(format!("{base}/metadata")).send().await.is_ok() {
			return (Process(child), base);
		}
		tokio::time::sleep(Duration::from_millis(100)).await;
	}
	panic!("the synthetic FHIR server did not start");
}

/// A gateway serving in this process: its base URL, its database and its view of the chain.
pub struct Serving {
	pub base: String,
	pub store: Arc<Store>,
	pub chain: Chain,
}

/// Serves a gateway on a free port, with its proxy to `upstream`, its recorder and (with
/// `holder`) the exchange with other organizations' gateways.
pub async fn serve_gateway(
	node: &Node,
	store: Arc<Store>,
	keystore: Keystore,
	upstream: &str,
	holder: Option<HolderConfig>,
) -> Serving {
	let (chain, _follower) = Chain::follow(node.url.clone(), false, Duration::from_secs(30));
	chain.ready(Duration::from_secs(120)).await.expect("the gateway follows the node");
	let keystore = Arc::new(keystore);
	let wake = Arc::new(Notify::new());
	let recorder = Arc::new(Recorder::new(
		RecorderConfig {
			node: node.url.clone(),
			insecure: false,
			batch_size: 500,
			in_flight: 4,
			interval: Duration::from_millis(500),
		},
		store.clone(),
		keystore.clone(),
		wake.clone(),
	));
	tokio::spawn(recorder.run());
	let mut proxy = Proxy::new(upstream, keystore, wake);
	if let Some(holder) = holder {
		proxy = proxy.with_exchange(holder);
	}
	let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
	let base = format!("http://{}", listener.local_addr().unwrap());
	let state =
		AppState { chain: chain.clone(), store: store.clone(), proxy: Some(Arc::new(proxy)) };
	tokio::spawn(async move { axum::serve(listener, router(state)).await.unwrap() });
	Serving { base, store, chain }
}

/// `POST <base>/fhir/<type>` of `resource` with the API key `key` for treatment: status,
/// headers, body.
pub async fn post_resource(
	http: &reqwest::Client,
	base: &str,
	key: &str,
	resource: &serde_json::Value,
) -> (u16, reqwest::header::HeaderMap, serde_json::Value) {
	let response = http
		.post(format!("{base}/fhir/{}", resource["resourceType"].as_str().unwrap()))
		.bearer_auth(key)
		.header("x-purpose-of-use", "TREAT")
		.header("content-type", "application/fhir+json")
		.body(resource.to_string())
		.send()
		.await
		.unwrap();
	let status = response.status().as_u16();
	let headers = response.headers().clone();
	(status, headers, response.json().await.unwrap())
}

/// `GET <base>/fhir/<path>` with the API key `key`, `purpose` and `extra` headers: status,
/// the `X-HealthChain-Redacted` count, and the body if it is JSON.
pub async fn get_fhir(
	http: &reqwest::Client,
	base: &str,
	key: &str,
	path: &str,
	purpose: Option<&str>,
	extra: &[(&str, &str)],
) -> (u16, Option<u64>, Option<serde_json::Value>) {
	let mut request = http.get(format!("{base}/fhir/{path}")).bearer_auth(key);
	if let Some(purpose) = purpose {
		request = request.header("x-purpose-of-use", purpose);
	}
	for (name, value) in extra {
		request = request.header(*name, *value);
	}
	let response = request.send().await.unwrap();
	let status = response.status().as_u16();
	let redacted = response
		.headers()
		.get("x-healthchain-redacted")
		.and_then(|v| v.to_str().ok())
		.and_then(|v| v.parse().ok());
	(status, redacted, response.json().await.ok())
}
