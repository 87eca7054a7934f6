//! The record anchors' read-only queries, each written once here and returning what a client
//! shows: the runtime API forwards them and the JSON-RPC serializes their results (serde).
//!
//! A patient's records come as a [`Page`] in id order with an exact cursor: pass a page's
//! `next_cursor` as the next call's `start_after` until it is `None`.

use crate::*;
use healthchain_primitives::{index_page, Page, WithId};

impl<T: Config> Pallet<T> {
	/// The record version `id`, with its id.
	pub fn record(id: RecordId) -> Option<WithId<RecordId, RecordOf<T>>> {
		Records::<T>::get(id).map(|record| WithId::new(id, record))
	}

	/// Would `author`'s [`Pallet::anchor_record`] of `commitment` as `patient`'s record of
	/// `category` for `organization` and `purpose` pass its checks now? The same checks the call
	/// makes (role, Provider, the patient's write consent, a new commitment), and nothing
	/// changes: what an enforcing gateway asks before it stores a write it will anchor. The
	/// deposit and the fee are not checked.
	pub fn check_anchor(
		author: &T::AccountId,
		organization: OrganizationId,
		patient: &T::AccountId,
		purpose: Purpose,
		category: DataCategory,
		commitment: H256,
	) -> Result<(), WriteRefusal> {
		Self::clinical_write(organization, author, patient, purpose, category)?;
		Self::new_commitment(patient, commitment)
	}

	/// The record version of `patient` anchored with `commitment`, if any: proof that a
	/// document with this commitment existed at `anchored_at`. Commitments are bound to their
	/// patient: a copy anchored by anyone else is their own record and never answers here.
	pub fn record_by_commitment(
		patient: &T::AccountId,
		commitment: H256,
	) -> Option<WithId<RecordId, RecordOf<T>>> {
		RecordByCommitment::<T>::get(patient, commitment).and_then(Self::record)
	}

	/// A page of `patient`'s record versions in id order after `start_after`: at most `limit`
	/// of them (clamped to 1..=[`healthchain_primitives::MAX_PAGE`]).
	pub fn records_of(
		patient: &T::AccountId,
		start_after: Option<RecordId>,
		limit: u32,
	) -> Page<WithId<RecordId, RecordOf<T>>, RecordId> {
		index_page::<RecordsOf<T>, _, _, _>(patient, start_after, limit, Records::<T>::get)
	}

	/// Every version of the record `record` belongs to, oldest first (at most `MaxVersions`);
	/// no versions if `record` is unknown.
	pub fn history(record: RecordId) -> RecordHistoryOf<T> {
		let max = T::MaxVersions::get() as usize;
		let mut versions = Vec::new();
		let Some(mut first) = Self::record(record) else {
			return RecordHistory { record, versions };
		};
		for _ in 0..max {
			let Some(previous) = first.value.previous.and_then(Self::record) else { break };
			first = previous;
		}
		let mut cursor = Some(first);
		while let Some(version) = cursor.take() {
			let next = version.value.superseded_by;
			versions.push(version);
			if versions.len() >= max {
				break;
			}
			cursor = next.and_then(Self::record);
		}
		RecordHistory { record, versions }
	}

	/// The batch `id`, with its id.
	pub fn batch(id: BatchId) -> Option<WithId<BatchId, BatchOf<T>>> {
		Batches::<T>::get(id).map(|batch| WithId::new(id, batch))
	}

	/// Checks that `leaf` is leaf number `leaf_index` of the tree whose root batch `batch`
	/// anchored, with the sibling hashes `proof` from the leaf up (as `binary-merkle-tree`'s
	/// `merkle_proof` gives them). At most [`MAX_PROOF_HASHES`] hashes are read. When it is not, the answer says
	/// why: [`ProofError::UnknownBatch`], [`ProofError::IndexOutOfRange`],
	/// [`ProofError::ProofTooLong`] or [`ProofError::Mismatch`].
	pub fn verify_batch_leaf(
		batch: BatchId,
		leaf: H256,
		leaf_index: u32,
		proof: Vec<H256>,
	) -> LeafProof {
		Self::check_batch_leaf(batch, leaf, leaf_index, proof).into()
	}

	/// [`Self::verify_batch_leaf`] as a `Result`.
	fn check_batch_leaf(
		batch: BatchId,
		leaf: H256,
		leaf_index: u32,
		proof: Vec<H256>,
	) -> Result<(), ProofError> {
		let batch = Batches::<T>::get(batch).ok_or(ProofError::UnknownBatch)?;
		ensure!(leaf_index < batch.leaf_count, ProofError::IndexOutOfRange);
		ensure!(proof.len() <= MAX_PROOF_HASHES, ProofError::ProofTooLong);
		let valid = binary_merkle_tree::verify_proof::<sp_runtime::traits::BlakeTwo256, _, _>(
			&batch.root,
			proof,
			batch.leaf_count,
			leaf_index,
			&leaf,
		);
		if valid {
			Ok(())
		} else {
			Err(ProofError::Mismatch)
		}
	}
}
