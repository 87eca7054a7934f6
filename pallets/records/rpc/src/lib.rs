//! `healthchain_*` JSON-RPC methods of the record anchors, served over the `RecordsApi` runtime
//! API at the best block or at the block hash given (paging as in `pallet-organizations-rpc`).
//!
//! | method | params | result |
//! |---|---|---|
//! | `healthchain_record` | `id`, `at?` | a record version or `null` |
//! | `healthchain_recordByCommitment` | `commitment`, `at?` | the record version anchored with it, or `null` |
//! | `healthchain_recordsOf` | `patient`, `cursor?`, `limit?`, `at?` | a page of the patient's record versions |
//! | `healthchain_recordHistory` | `id`, `at?` | `{ record, versions }`: every version of the record, oldest first |
//! | `healthchain_batch` | `id`, `at?` | a batch or `null` |
//! | `healthchain_verifyBatchLeaf` | `batch`, `leaf`, `leafIndex`, `proof`, `at?` | `{ valid, error }` |
//!
//! Categories, FHIR types and statuses are their names; hashes `0x`-hex; accounts SS58.

use std::{fmt::Display, sync::Arc};

use codec::Codec;
use healthchain_primitives::{DataCategory, Moment, OrganizationId, Purpose};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_organizations_rpc::{at_or_best, page_limit, runtime_error, Page};
use pallet_records_runtime_api::{Batch, BatchId, Record, RecordId, RecordsApi};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::H256;
use sp_runtime::traits::Block as BlockT;

/// A record version as JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordView<AccountId> {
	pub id: RecordId,
	pub patient: AccountId,
	/// `null` when the patient anchored it themself.
	pub organization: Option<OrganizationId>,
	pub purpose: Option<Purpose>,
	pub author: AccountId,
	pub category: DataCategory,
	pub commitment: H256,
	pub fhir_type: Option<String>,
	pub version: u32,
	pub previous: Option<RecordId>,
	pub superseded_by: Option<RecordId>,
	/// `Current`, `Superseded`, `EnteredInError` or `Erased`.
	pub status: String,
	pub anchored_at: Moment,
	pub status_changed_at: Option<Moment>,
	pub deposit: String,
}

/// A record's version history as JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HistoryView<AccountId> {
	/// The version asked about.
	pub record: RecordId,
	/// Every version of its record, oldest first (empty if `record` is unknown).
	pub versions: Vec<RecordView<AccountId>>,
}

/// A batch as JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchView<AccountId> {
	pub id: BatchId,
	pub organization: OrganizationId,
	pub submitter: AccountId,
	pub root: H256,
	pub leaf_count: u32,
	pub category: Option<DataCategory>,
	pub anchored_at: Moment,
	pub deposit: String,
}

/// The result of a proof check as JSON: `error` is `UnknownBatch`, `IndexOutOfRange`,
/// `ProofTooLong` or `Mismatch` when not valid.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProofView {
	pub valid: bool,
	pub error: Option<String>,
}

/// The record anchors' RPC methods.
#[rpc(client, server, namespace = "healthchain")]
pub trait RecordsRpc<BlockHash, AccountId> {
	/// The record version `id` (or `null`).
	#[method(name = "record")]
	fn record(
		&self,
		id: RecordId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<RecordView<AccountId>>>;

	/// The record version anchored with `commitment` (or `null`).
	#[method(name = "recordByCommitment")]
	fn record_by_commitment(
		&self,
		commitment: H256,
		at: Option<BlockHash>,
	) -> RpcResult<Option<RecordView<AccountId>>>;

	/// A page of `patient`'s record versions.
	#[method(name = "recordsOf")]
	fn records_of(
		&self,
		patient: AccountId,
		cursor: Option<RecordId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Page<RecordView<AccountId>, RecordId>>;

	/// Every version of the record `id` belongs to, oldest first.
	#[method(name = "recordHistory")]
	fn record_history(
		&self,
		id: RecordId,
		at: Option<BlockHash>,
	) -> RpcResult<HistoryView<AccountId>>;

	/// The batch `id` (or `null`).
	#[method(name = "batch")]
	fn batch(&self, id: BatchId, at: Option<BlockHash>) -> RpcResult<Option<BatchView<AccountId>>>;

	/// Checks a leaf's inclusion proof against batch `batch`'s root.
	#[method(name = "verifyBatchLeaf")]
	fn verify_batch_leaf(
		&self,
		batch: BatchId,
		leaf: H256,
		leaf_index: u32,
		proof: Vec<H256>,
		at: Option<BlockHash>,
	) -> RpcResult<ProofView>;
}

/// The methods, over a client that provides the runtime API with the chain's `Balance` type.
pub struct RecordsRpcHandler<C, Block, Balance> {
	client: Arc<C>,
	_marker: std::marker::PhantomData<(Block, Balance)>,
}

impl<C, Block, Balance> RecordsRpcHandler<C, Block, Balance> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _marker: Default::default() }
	}
}

/// A record version as JSON.
pub fn record_view<AccountId, Balance: Display>(
	id: RecordId,
	r: Record<AccountId, Balance>,
) -> RecordView<AccountId> {
	RecordView {
		id,
		patient: r.patient,
		organization: r.organization,
		purpose: r.purpose,
		author: r.author,
		category: r.category,
		commitment: r.commitment,
		fhir_type: r.fhir_type.map(|t| format!("{t:?}")),
		version: r.version,
		previous: r.previous,
		superseded_by: r.superseded_by,
		status: format!("{:?}", r.status),
		anchored_at: r.anchored_at,
		status_changed_at: r.status_changed_at,
		deposit: r.deposit.to_string(),
	}
}

fn batch_view<AccountId, Balance: Display>(
	id: BatchId,
	b: Batch<AccountId, Balance>,
) -> BatchView<AccountId> {
	BatchView {
		id,
		organization: b.organization,
		submitter: b.submitter,
		root: b.root,
		leaf_count: b.leaf_count,
		category: b.category,
		anchored_at: b.anchored_at,
		deposit: b.deposit.to_string(),
	}
}

impl<C, Block, AccountId, Balance> RecordsRpcServer<Block::Hash, AccountId>
	for RecordsRpcHandler<C, Block, Balance>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: RecordsApi<Block, AccountId, Balance>,
	AccountId: Codec + Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
	Balance: Codec + Display + Send + Sync + 'static,
{
	fn record(
		&self,
		id: RecordId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<RecordView<AccountId>>> {
		let at = at_or_best(&*self.client, at);
		let record = self.client.runtime_api().record(at, id).map_err(runtime_error)?;
		Ok(record.map(|r| record_view(id, r)))
	}

	fn record_by_commitment(
		&self,
		commitment: H256,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<RecordView<AccountId>>> {
		let at = at_or_best(&*self.client, at);
		let found = self
			.client
			.runtime_api()
			.record_by_commitment(at, commitment)
			.map_err(runtime_error)?;
		Ok(found.map(|(id, r)| record_view(id, r)))
	}

	fn records_of(
		&self,
		patient: AccountId,
		cursor: Option<RecordId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Page<RecordView<AccountId>, RecordId>> {
		let limit = page_limit(limit)?;
		let at = at_or_best(&*self.client, at);
		let list = self
			.client
			.runtime_api()
			.records_of(at, patient, cursor, limit)
			.map_err(runtime_error)?;
		let next_cursor =
			if list.len() == limit as usize { list.last().map(|(id, _)| *id) } else { None };
		Ok(Page {
			items: list.into_iter().map(|(id, r)| record_view(id, r)).collect(),
			next_cursor,
		})
	}

	fn record_history(
		&self,
		id: RecordId,
		at: Option<Block::Hash>,
	) -> RpcResult<HistoryView<AccountId>> {
		let at = at_or_best(&*self.client, at);
		let versions = self.client.runtime_api().history(at, id).map_err(runtime_error)?;
		Ok(HistoryView {
			record: id,
			versions: versions.into_iter().map(|(id, r)| record_view(id, r)).collect(),
		})
	}

	fn batch(
		&self,
		id: BatchId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<BatchView<AccountId>>> {
		let at = at_or_best(&*self.client, at);
		let batch = self.client.runtime_api().batch(at, id).map_err(runtime_error)?;
		Ok(batch.map(|b| batch_view(id, b)))
	}

	fn verify_batch_leaf(
		&self,
		batch: BatchId,
		leaf: H256,
		leaf_index: u32,
		proof: Vec<H256>,
		at: Option<Block::Hash>,
	) -> RpcResult<ProofView> {
		let at = at_or_best(&*self.client, at);
		let result = self
			.client
			.runtime_api()
			.verify_batch_leaf(at, batch, leaf, leaf_index, proof)
			.map_err(runtime_error)?;
		Ok(match result {
			Ok(()) => ProofView { valid: true, error: None },
			Err(e) => ProofView { valid: false, error: Some(format!("{e:?}")) },
		})
	}
}
