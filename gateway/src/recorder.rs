//! The recorder: puts the reads the proxy served, and the writes it stored, on chain, exactly
//! once.
//!
//! It takes the outbox's unbatched calls of one member (at most `batch_size`: anchors of
//! writes, then reads, oldest first), signs one `utility.forceBatch` of `records.anchorRecord`
//! and `consent.recordAccess` calls with the member's key at the next nonce, keeps the signed
//! bytes and the nonce with the calls ([`Store::open_batch`]) and only then submits. Each batch
//! is watched until it is in a finalized block; its `ItemCompleted`/`ItemFailed` events settle
//! each call (done, or the chain's error for it: a consent revoked between the read and its
//! record, say). Several batches of a member may be in flight at once (consecutive nonces), so
//! the outbox drains as fast as blocks take it.
//!
//! After a restart (or when the pool lets go of a batch), each batch still open is resolved
//! from the chain: if the member's nonce at the finalized block has passed the batch's, the
//! batch landed or never will — the blocks since it was signed are searched for its hash and it
//! is settled from its events, or its calls go back to the outbox; otherwise the same bytes are
//! submitted again (the chain accepts a nonce once, and the transaction is immortal). A batch
//! is given up only once its nonce is final, so a read lands at most once; and, since the
//! outbox row is committed before the response that served the read, at least once.
//!
//! Bounded delay: a read is signed within `interval` of being served (200 ms after it when the
//! recorder is idle; full batches back to back), and lands in the next block or the one after
//! (6 s blocks) unless the chain is full or the member has `in_flight` batches not yet
//! finalized. Under a steady load a batch goes out every `interval`, so `in_flight` must cover
//! the batches of the two to three blocks until finality (the default, 16, covers a batch a
//! second).

use std::{
	collections::BTreeMap,
	sync::Arc,
	time::{Duration, Instant},
};

use subxt::{
	config::polkadot::PolkadotExtrinsicParamsBuilder, transactions::TransactionStatus, OnlineClient,
};
use tokio::sync::{Mutex, Notify};

use crate::{
	chain::{convert, runtime, ChainConfig},
	keystore::Keystore,
	outbox::{Call, ItemId, OpenBatch, Queued, Read},
	store::Store,
};

/// The recorder's settings.
#[derive(Clone, Debug)]
pub struct RecorderConfig {
	/// The node's RPC endpoint.
	pub node: String,
	/// Allow `ws://` to another host.
	pub insecure: bool,
	/// Calls (reads and anchors) per batch at most.
	pub batch_size: usize,
	/// Batches of one member in flight at most.
	pub in_flight: usize,
	/// How long the recorder waits for more reads before it signs what it has.
	pub interval: Duration,
}

/// Why a round of the recorder failed (it retries).
#[derive(Debug, thiserror::Error)]
pub enum RecorderError {
	/// The node.
	#[error("the node: {0}")]
	Node(String),
	/// The database.
	#[error(transparent)]
	Store(#[from] crate::store::StoreError),
}

fn node_error(error: impl std::fmt::Display) -> RecorderError {
	RecorderError::Node(error.to_string())
}

/// What [`Recorder::sign_next`] did.
enum Signed {
	/// Nothing to sign, or the member's batches in flight are at the limit.
	Nothing,
	/// A batch of fewer than `batch_size` calls.
	Partial,
	/// A full batch.
	Full,
}

/// The recorder task's state.
pub struct Recorder {
	config: RecorderConfig,
	store: Arc<Store>,
	keystore: Arc<Keystore>,
	wake: Arc<Notify>,
	/// The batches being watched (their row ids) and their signers.
	watching: Mutex<BTreeMap<i64, [u8; 32]>>,
	/// When an open batch that nobody watches was last resolved.
	resolved: Mutex<BTreeMap<i64, Instant>>,
}

impl Recorder {
	/// A recorder of the outbox in `store`, signing with `keystore`, woken by `wake`.
	pub fn new(
		config: RecorderConfig,
		store: Arc<Store>,
		keystore: Arc<Keystore>,
		wake: Arc<Notify>,
	) -> Self {
		Self {
			config,
			store,
			keystore,
			wake,
			watching: Mutex::new(BTreeMap::new()),
			resolved: Mutex::new(BTreeMap::new()),
		}
	}

	/// Runs until aborted: resolves the batches a previous run left open, then records.
	pub async fn run(self: Arc<Self>) {
		let mut backoff = Duration::from_millis(500);
		loop {
			match self.clone().session().await {
				Ok(()) => return,
				Err(error) => tracing::warn!(%error, "recorder: retrying"),
			}
			tokio::time::sleep(backoff).await;
			backoff = (backoff * 2).min(Duration::from_secs(10));
		}
	}

	async fn session(self: Arc<Self>) -> Result<(), RecorderError> {
		let client = crate::chain::connect(&self.config.node, self.config.insecure)
			.await
			.map_err(node_error)?;
		self.resolved.lock().await.clear();
		loop {
			self.clone().resolve_open(&client).await?;
			match self.clone().sign_next(&client).await? {
				// A full batch: more are waiting, sign the next at once.
				Signed::Full => {},
				// A partial batch: the outbox is drained; what is served next gathers for
				// `interval` into the next batch rather than going out one read a transaction.
				Signed::Partial => tokio::time::sleep(self.config.interval).await,
				Signed::Nothing => {
					tokio::select! {
						() = self.wake.notified() => {
							// Let a burst of reads gather into one batch.
							tokio::time::sleep(self.config.interval.min(Duration::from_millis(200))).await;
						},
						() = tokio::time::sleep(self.config.interval) => {},
					}
				},
			}
		}
	}

	/// Resolves each open batch nobody watches (left by an earlier run or connection, or
	/// dropped by the pool), at most once per `interval`: from the member's nonce at the
	/// finalized block, the batch landed or never will (its nonce was used: searched for and
	/// settled, or its calls given back), or it may still (its bytes are submitted again and
	/// watched; a node that refuses them leaves it open for the next try). A batch is given up
	/// only once its nonce is final, so it can never land after its calls were signed again.
	async fn resolve_open(
		self: &Arc<Self>,
		client: &OnlineClient<ChainConfig>,
	) -> Result<(), RecorderError> {
		let open = self.store.open_batches()?;
		for batch in open {
			if self.watching.lock().await.contains_key(&batch.id) {
				continue;
			}
			{
				let mut resolved = self.resolved.lock().await;
				if resolved.get(&batch.id).is_some_and(|at| at.elapsed() < self.config.interval) {
					continue;
				}
				resolved.insert(batch.id, Instant::now());
			}
			let at = client.at_current_block().await.map_err(node_error)?;
			let nonce = at.transactions().account_nonce(&batch.member).await.map_err(node_error)?;
			if nonce > batch.nonce {
				match find(client, &batch, at.block_number()).await? {
					Some((block, outcomes)) => {
						tracing::info!(batch = batch.id, block, "recorder: an open batch landed");
						self.store.settle_batch(batch.id, block, &outcomes)?;
					},
					None => {
						tracing::warn!(batch = batch.id, "recorder: a batch's nonce went to another transaction; its calls go back to the outbox");
						self.store.abandon_batch(batch.id)?;
					},
				}
				self.resolved.lock().await.remove(&batch.id);
			} else {
				tracing::info!(
					batch = batch.id,
					nonce = batch.nonce,
					"recorder: submitting an open batch again"
				);
				self.clone().submit(client, batch).await?;
			}
		}
		Ok(())
	}

	/// Signs and submits the next batch of unbatched calls; whether there was one, and whether
	/// it was full.
	async fn sign_next(
		self: Arc<Self>,
		client: &OnlineClient<ChainConfig>,
	) -> Result<Signed, RecorderError> {
		let items = self.store.next_unbatched(self.config.batch_size)?;
		let Some(first) = items.first() else { return Ok(Signed::Nothing) };
		let member = first.member().clone();
		let Some(signer) = self.keystore.signer(&member) else {
			// The proxy serves no member without a key; a key removed since is a backlog the
			// operator must see.
			tracing::error!(%member, calls = items.len(), "recorder: no key for this member; its calls wait in the outbox");
			return Ok(Signed::Nothing);
		};
		let open = self.store.open_nonces(&member)?;
		if open.len() >= self.config.in_flight {
			return Ok(Signed::Nothing);
		}
		let full = items.len() >= self.config.batch_size;
		// The next nonce: past the chain's (finalized) and past every open batch of the member.
		let at = client.at_current_block().await.map_err(node_error)?;
		let chain_nonce = at.transactions().account_nonce(&member).await.map_err(node_error)?;
		let nonce = open.iter().map(|nonce| nonce + 1).max().unwrap_or(0).max(chain_nonce);
		let calls = items.iter().map(runtime_call).collect::<Result<Vec<_>, _>>()?;
		let batch = runtime::tx().utility().force_batch(calls);
		let params =
			PolkadotExtrinsicParamsBuilder::<ChainConfig>::new().nonce(nonce).immortal().build();
		let signed = at
			.transactions()
			.create_signable(&batch, &member, params)
			.await
			.map_err(node_error)?
			.sign(signer)
			.map_err(node_error)?;
		let ids: Vec<ItemId> = items.iter().map(|item| item.id).collect();
		let hash: [u8; 32] = signed.hash().0;
		let id = self.store.open_batch(
			&member,
			nonce,
			signed.encoded(),
			hash,
			at.block_number(),
			&ids,
		)?;
		tracing::debug!(batch = id, nonce, calls = ids.len(), "recorder: batch signed");
		let batch = OpenBatch {
			id,
			member,
			nonce,
			extrinsic: signed.into_encoded(),
			hash,
			signed_at_block: at.block_number(),
			items,
		};
		self.submit(client, batch).await?;
		Ok(if full { Signed::Full } else { Signed::Partial })
	}

	/// Submits a kept batch and watches it in a task of its own until it is settled, or the
	/// pool lets go of it (then [`Self::resolve_open`] takes it up again).
	async fn submit(
		self: Arc<Self>,
		client: &OnlineClient<ChainConfig>,
		batch: OpenBatch,
	) -> Result<(), RecorderError> {
		let at = client.at_current_block().await.map_err(node_error)?;
		let transaction = at.transactions().from_bytes(batch.extrinsic.clone());
		let progress = match transaction.submit_and_watch().await {
			Ok(progress) => progress,
			Err(error) => {
				// Refused (the signer cannot pay, an earlier nonce missing …): the batch stays
				// open and is tried again.
				tracing::warn!(batch = batch.id, %error, "recorder: the node refused a batch; it is tried again");
				return Ok(());
			},
		};
		self.watching.lock().await.insert(batch.id, batch.member.0);
		let recorder = self.clone();
		tokio::spawn(async move {
			if let Err(error) = recorder.watch(progress, &batch).await {
				tracing::warn!(batch = batch.id, %error, "recorder: lost track of a batch; it is resolved again");
			}
			recorder.watching.lock().await.remove(&batch.id);
			recorder.wake.notify_one();
		});
		Ok(())
	}

	async fn watch(
		&self,
		mut progress: subxt::transactions::TransactionProgress<
			ChainConfig,
			subxt::client::OnlineClientAtBlockImpl<ChainConfig>,
		>,
		batch: &OpenBatch,
	) -> Result<(), RecorderError> {
		while let Some(status) = progress.next().await {
			match status.map_err(node_error)? {
				TransactionStatus::InFinalizedBlock(in_block) => {
					let events = in_block.fetch_events().await.map_err(node_error)?;
					let block = in_block.at().await.map_err(node_error)?.block_number();
					let outcomes = outcomes(
						batch,
						events.iter().filter_map(Result::ok).map(|event| {
							item_outcome(
								event.pallet_name(),
								event.event_name(),
								event.field_bytes(),
							)
						}),
					);
					self.store.settle_batch(batch.id, block, &outcomes)?;
					tracing::info!(
						batch = batch.id,
						block,
						calls = outcomes.len(),
						"recorder: batch settled"
					);
					return Ok(());
				},
				TransactionStatus::Invalid { message }
				| TransactionStatus::Dropped { message }
				| TransactionStatus::Error { message } => {
					return Err(RecorderError::Node(format!(
						"the pool let go of the batch: {message}"
					)))
				},
				_ => {},
			}
		}
		Err(RecorderError::Node("the transaction's status stream ended".into()))
	}
}

/// The runtime call of one queued call: `consent.recordAccess` of a read (or
/// `consent.recordDisclosure` of a read served to another organization), `records.anchorRecord`
/// of a write.
fn runtime_call(
	item: &Queued,
) -> Result<runtime::runtime_types::healthchain_runtime::RuntimeCall, RecorderError> {
	use runtime::runtime_types::{
		healthchain_runtime::RuntimeCall, pallet_consent::pallet::Call as ConsentCall,
		pallet_records::pallet::Call as RecordsCall,
	};
	Ok(match &item.call {
		Call::Read(Read { disclosure: Some(disclosure), .. }) => {
			RuntimeCall::Consent(ConsentCall::record_disclosure {
				request: codec::Decode::decode(&mut &disclosure.request[..]).map_err(node_error)?,
				signature: runtime::runtime_types::sp_runtime::MultiSignature::Sr25519(
					disclosure.signature,
				),
			})
		},
		Call::Read(read) => RuntimeCall::Consent(ConsentCall::record_access {
			organization: read.organization,
			patient: read.patient.clone(),
			purpose: convert(&read.purpose).map_err(node_error)?,
			category: convert(&read.category).map_err(node_error)?,
			emergency: read.emergency,
		}),
		Call::Anchor(anchor) => RuntimeCall::Records(RecordsCall::anchor_record {
			organization: anchor.organization,
			patient: anchor.patient.clone(),
			purpose: convert(&anchor.purpose).map_err(node_error)?,
			category: convert(&anchor.category).map_err(node_error)?,
			commitment: convert(&anchor.commitment).map_err(node_error)?,
			fhir_type: anchor.fhir_type.as_ref().map(convert).transpose().map_err(node_error)?,
		}),
	})
}

/// What one of a batch's events says about its item: `Some(Ok)` for `ItemCompleted`,
/// `Some(Err(error))` for `ItemFailed`, `None` for any other event.
fn item_outcome(pallet: &str, name: &str, fields: &[u8]) -> Option<Result<(), String>> {
	match (pallet, name) {
		("Utility", "ItemCompleted") => Some(Ok(())),
		("Utility", "ItemFailed") => Some(Err(describe_failure(fields))),
		_ => None,
	}
}

/// A dispatch error as `Pallet.Error` with its detail bytes (the module error's encoding).
fn describe_failure(fields: &[u8]) -> String {
	use codec::Decode;
	use runtime::runtime_types::sp_runtime::DispatchError;
	match DispatchError::decode(&mut &fields[..]) {
		Ok(DispatchError::Module(error)) => {
			let name = module_error_name(error.index, error.error[0]);
			format!("{name} 0x{}", hex::encode(error.error))
		},
		Ok(other) => format!("{other:?}"),
		Err(_) => format!("undecodable error 0x{}", hex::encode(fields)),
	}
}

/// The name of a module error from the metadata the gateway was built with.
fn module_error_name(pallet: u8, error: u8) -> String {
	use subxt::ext::codec::Decode as _;
	static METADATA: std::sync::OnceLock<Option<subxt::Metadata>> = std::sync::OnceLock::new();
	let metadata = METADATA.get_or_init(|| {
		subxt::Metadata::decode(&mut &include_bytes!("../metadata/healthchain.scale")[..]).ok()
	});
	metadata
		.as_ref()
		.and_then(|m| m.pallet_by_call_index(pallet))
		.and_then(|p| p.error_variant_by_index(error).map(|v| format!("{}.{}", p.name(), v.name)))
		.unwrap_or_else(|| format!("module {pallet} error {error}"))
}

/// Pairs a batch's calls with its item events, in call order (a call without an event was
/// not executed: `forceBatch` runs every item, so this happens only if the batch itself failed).
fn outcomes(
	batch: &OpenBatch,
	events: impl Iterator<Item = Option<Result<(), String>>>,
) -> Vec<(ItemId, Result<(), String>)> {
	let mut events = events.flatten();
	batch
		.items
		.iter()
		.map(|item| (item.id, events.next().unwrap_or_else(|| Err("not executed".into()))))
		.collect()
}

/// Searches the blocks from `batch.signed_at_block` to `best` for the batch's transaction: the
/// block and its calls' outcomes when found.
async fn find(
	client: &OnlineClient<ChainConfig>,
	batch: &OpenBatch,
	best: u64,
) -> Result<Option<(u64, Vec<(ItemId, Result<(), String>)>)>, RecorderError> {
	for number in batch.signed_at_block..=best {
		let at = client.at_block(number).await.map_err(node_error)?;
		let extrinsics = at.extrinsics().fetch().await.map_err(node_error)?;
		for extrinsic in extrinsics.iter() {
			let extrinsic = extrinsic.map_err(node_error)?;
			if extrinsic.hash().0 != batch.hash {
				continue;
			}
			let events = extrinsic.events().await.map_err(node_error)?;
			let outcomes = outcomes(
				batch,
				events.iter().filter_map(Result::ok).map(|event| {
					item_outcome(event.pallet_name(), event.event_name(), event.field_bytes())
				}),
			);
			return Ok(Some((number, outcomes)));
		}
	}
	Ok(None)
}
