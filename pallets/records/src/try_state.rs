//! The record anchors' invariants, checked by the `try_state` hook (try-runtime), after every
//! unit test, and by the runtime's genesis tests.

use crate::*;
use healthchain_primitives::RecordedHolds;

impl<T: Config> Pallet<T> {
	/// Checks the invariants: every version is indexed by its patient and commitment and in its
	/// patient's list, the indexes hold nothing else; version links are symmetric and numbered;
	/// exactly the last version of a chain may be current; batches are indexed by organization
	/// and root; held deposits equal stored deposits.
	///
	/// # Errors
	/// The first invariant that does not hold.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let next = NextRecordId::<T>::get();
		let mut count = 0usize;
		for (id, r) in Records::<T>::iter() {
			ensure!(id < next, "record id not below NextRecordId");
			ensure!(
				RecordByCommitment::<T>::get(&r.patient, r.commitment) == Some(id),
				"commitment index"
			);
			ensure!(RecordsOf::<T>::contains_key(&r.patient, SortKey(id)), "patient index");
			match r.previous {
				Some(p) => {
					let prev = Records::<T>::get(p).ok_or("previous version missing")?;
					ensure!(prev.superseded_by == Some(id), "version links not symmetric");
					ensure!(prev.version.saturating_add(1) == r.version, "version numbers");
				},
				None => ensure!(r.version == 1, "first version not 1"),
			}
			if r.status == RecordStatus::Current || r.status == RecordStatus::EnteredInError {
				ensure!(r.superseded_by.is_none(), "a superseded version is not marked so");
			}
			if r.status == RecordStatus::Superseded {
				ensure!(r.superseded_by.is_some(), "superseded without a successor");
			}
			count = count.saturating_add(1);
		}
		ensure!(RecordByCommitment::<T>::iter_keys().count() == count, "stray commitment");
		ensure!(RecordsOf::<T>::iter_keys().count() == count, "stray patient index entry");
		let mut batches = 0usize;
		for (id, b) in Batches::<T>::iter() {
			ensure!(id < NextBatchId::<T>::get(), "batch id not below NextBatchId");
			ensure!(BatchByRoot::<T>::get(b.organization, b.root) == Some(id), "root index");
			batches = batches.saturating_add(1);
		}
		ensure!(BatchByRoot::<T>::iter_keys().count() == batches, "stray root");
		Self::recorded_holds()
			.ensure_held::<T::Currency>("held deposits differ from the stored deposits")?;
		Ok(())
	}

	/// The deposits the stored versions (their authors') and batches (their submitters') hold.
	pub fn recorded_holds() -> RecordedHolds<HoldReason, T::AccountId, BalanceOf<T>> {
		let mut holds = RecordedHolds::default();
		for r in Records::<T>::iter_values() {
			holds.add(HoldReason::Record, &r.author, r.deposit);
		}
		for b in Batches::<T>::iter_values() {
			holds.add(HoldReason::Batch, &b.submitter, b.deposit);
		}
		holds
	}
}
