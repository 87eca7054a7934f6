//! The `RecordsApi` runtime API: record versions by id, by commitment and by patient, version
//! histories, batches and the check of a leaf's inclusion proof, forwarded from `pallet-records`
//! (`queries.rs`), for clients (Polkadot.js: `api.call.recordsApi`) and the node's
//! `healthchain_*` JSON-RPC. Pages follow the one query contract
//! ([`healthchain_primitives::Page`]).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use healthchain_primitives::{DataCategory, OrganizationId, Purpose};
pub use healthchain_primitives::{IdPage, RecordId, WithId};
pub use pallet_records::{
	Batch, BatchId, BatchScope, FhirResourceType, LeafProof, ProofError, Record, RecordHistory,
	RecordStatus, WriteRefusal, MAX_PROOF_HASHES,
};
use sp_core::H256;

sp_api::decl_runtime_apis! {
	/// Queries of the record anchors.
	///
	/// Version 2: pages with cursors in id order (`Page`), items with their ids (`WithId`),
	/// named result types. Version 3: commitments are bound to their patient, so
	/// `record_by_commitment` takes the patient; batches carry a `BatchScope`. Version 4:
	/// `check_anchor`.
	#[api_version(4)]
	pub trait RecordsApi<AccountId, Balance> where AccountId: Codec, Balance: Codec {
		/// The record version `id`.
		fn record(id: RecordId) -> Option<WithId<RecordId, Record<AccountId, Balance>>>;

		/// The record version of `patient` anchored with `commitment`: proof of existence and
		/// integrity.
		fn record_by_commitment(patient: AccountId, commitment: H256) -> Option<WithId<RecordId, Record<AccountId, Balance>>>;

		/// `patient`'s record versions after `start_after`, in id order.
		fn records_of(patient: AccountId, start_after: Option<RecordId>, limit: u32) -> IdPage<RecordId, Record<AccountId, Balance>>;

		/// Every version of the record `id` belongs to, oldest first.
		fn history(id: RecordId) -> RecordHistory<AccountId, Balance>;

		/// The batch `id`.
		fn batch(id: BatchId) -> Option<WithId<BatchId, Batch<AccountId, Balance>>>;

		/// Checks that `leaf` is leaf `leaf_index` of batch `batch`'s tree, with `proof` the
		/// sibling hashes from the leaf up.
		fn verify_batch_leaf(batch: BatchId, leaf: H256, leaf_index: u32, proof: Vec<H256>) -> LeafProof;

		/// Would `author`'s `records.anchorRecord` of `commitment` as `patient`'s record of
		/// `category` for `organization` and `purpose` pass its checks now (role, Provider, the
		/// patient's write consent, a new commitment)? What the gateway's enforcing proxy asks
		/// before it stores a write it will anchor. Since version 4.
		#[api_version(4)]
		fn check_anchor(author: AccountId, organization: OrganizationId, patient: AccountId, purpose: Purpose, category: DataCategory, commitment: H256) -> Result<(), WriteRefusal>;
	}
}
