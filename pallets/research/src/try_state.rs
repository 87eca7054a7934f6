//! The pallet's invariants, checked by the `try_state` hook (try-runtime), after every unit
//! test, and by the runtime's genesis tests.

use crate::*;
use alloc::collections::btree_map::BTreeMap;
use frame_support::traits::fungible::InspectHold;
use healthchain_primitives::SortKey;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Checks the invariants: each study's cohort equals its participants at the current
	/// version; every grant is indexed under its study and every index entry is a grant of that
	/// study; pools paid at most what they were funded, and each funder's hold equals what their
	/// pools still owe; [`StudiesOfInstitution`] counts exactly each institution's studies.
	///
	/// # Errors
	/// The first invariant that does not hold.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		for (id, study) in Studies::<T>::iter() {
			let current = Participants::<T>::iter_prefix_values(id)
				.filter(|p| p.version == study.version)
				.count();
			ensure!(current == study.cohort as usize, "cohort counter differs from participants");
		}
		ensure!(
			StudiesOfInstitution::<T>::iter().collect::<BTreeMap<_, _>>()
				== crate::migrations::v3::count_studies_per_institution::<T>(),
			"StudiesOfInstitution differs from the studies per institution"
		);
		for (id, grant) in Grants::<T>::iter() {
			ensure!(
				GrantsOfStudy::<T>::contains_key(grant.study, SortKey(id)),
				"a grant is missing from its study's index"
			);
		}
		for (study, SortKey(id), ()) in GrantsOfStudy::<T>::iter() {
			ensure!(
				Grants::<T>::get(id).is_some_and(|grant| grant.study == study),
				"a study's index names a grant of another study or none"
			);
		}
		let mut owed: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (_, pool) in Pools::<T>::iter() {
			ensure!(pool.paid <= pool.funded, "a pool paid more than it was funded");
			let entry = owed.entry(pool.funder.clone()).or_default();
			*entry = entry.saturating_add(pool.funded.saturating_sub(pool.paid));
		}
		for (funder, amount) in owed {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::CompensationPool.into(), &funder)
					== amount,
				"pool funds held differ from funded - paid"
			);
		}
		Ok(())
	}
}
