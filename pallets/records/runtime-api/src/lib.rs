//! The `RecordsApi` runtime API: record versions by id, by commitment and by patient, version
//! histories, batches and the check of a leaf's inclusion proof against an anchored batch root,
//! for clients (Polkadot.js: `api.call.recordsApi`) and the node's `healthchain_*` RPC methods.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use pallet_records::{
	Batch, BatchId, FhirResourceType, ProofError, Record, RecordId, RecordStatus,
};
use sp_core::H256;

sp_api::decl_runtime_apis! {
	/// Queries of the record anchors.
	pub trait RecordsApi<AccountId, Balance>
	where
		AccountId: Codec,
		Balance: Codec,
	{
		/// The record version `id`.
		fn record(id: RecordId) -> Option<Record<AccountId, Balance>>;

		/// The record version anchored with `commitment`: proof of existence and integrity.
		fn record_by_commitment(commitment: H256) -> Option<(RecordId, Record<AccountId, Balance>)>;

		/// A page of `patient`'s record versions, in storage order after `start_after`
		/// (exclusive), at most `limit` (itself at most 1000).
		fn records_of(
			patient: AccountId,
			start_after: Option<RecordId>,
			limit: u32,
		) -> Vec<(RecordId, Record<AccountId, Balance>)>;

		/// Every version of the record `id` belongs to, oldest first.
		fn history(id: RecordId) -> Vec<(RecordId, Record<AccountId, Balance>)>;

		/// The batch `id`.
		fn batch(id: BatchId) -> Option<Batch<AccountId, Balance>>;

		/// Checks that `leaf` is leaf `leaf_index` of batch `batch`'s tree, with `proof` the
		/// sibling hashes from the leaf up.
		fn verify_batch_leaf(
			batch: BatchId,
			leaf: H256,
			leaf_index: u32,
			proof: Vec<H256>,
		) -> Result<(), ProofError>;
	}
}
