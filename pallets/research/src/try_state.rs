//! The pallet's invariants, checked by the `try_state` hook (try-runtime), after every unit
//! test, and by the runtime's genesis tests.

use crate::*;
use alloc::collections::btree_map::BTreeMap;
use healthchain_primitives::{RecordedHolds, SortKey};
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Checks the invariants: each study's cohort equals its attested participants at the
	/// current version, its `attested` its attested participants of any version, each
	/// provider's cohort the participants at the current version it attested; [`StudiesOf`]
	/// indexes exactly the participations; withdrawn patients do not participate; every grant
	/// is indexed under its study and every index entry is a grant of that study; pools paid
	/// at most what they were funded, and each funder's hold equals what their pools still owe;
	/// the deposits held equal those recorded in the studies and grants (zero once ended);
	/// [`StudiesOfInstitution`] counts exactly each institution's studies.
	///
	/// # Errors
	/// The first invariant that does not hold.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut participations = 0usize;
		for (id, study) in Studies::<T>::iter() {
			let mut current = 0u32;
			let mut attested = 0u32;
			let mut per_provider: BTreeMap<OrganizationId, u32> = BTreeMap::new();
			for (patient, p) in Participants::<T>::iter_prefix(id) {
				participations = participations.saturating_add(1);
				ensure!(
					StudiesOf::<T>::get(&patient).contains(&id),
					"a participation is not indexed"
				);
				ensure!(
					!Withdrawn::<T>::contains_key(id, &patient),
					"a withdrawn patient participates"
				);
				if !p.is_attested() {
					continue;
				}
				attested = attested.saturating_add(1);
				if p.version == study.version {
					current = current.saturating_add(1);
					for provider in p.attested_by.iter() {
						let n = per_provider.entry(*provider).or_default();
						*n = n.saturating_add(1);
					}
				}
			}
			ensure!(current == study.cohort, "cohort counter differs from attested participants");
			ensure!(attested == study.attested, "attested counter differs from participants");
			for (provider, (version, count)) in ProviderCohorts::<T>::iter_prefix(id) {
				if version == study.version {
					ensure!(
						per_provider.remove(&provider).unwrap_or_default() == count,
						"a provider's cohort differs from its attested participants"
					);
				}
			}
			ensure!(per_provider.is_empty(), "attested participants of a provider without a count");
			let ended = matches!(study.status, StudyStatus::Closed | StudyStatus::Rejected);
			ensure!(!ended || study.deposit.is_zero(), "an ended study still holds its deposit");
		}
		let indexed = StudiesOf::<T>::iter_values().map(|s| s.len()).sum::<usize>();
		ensure!(indexed == participations, "StudiesOf indexes more than the participations");
		ensure!(
			StudiesOfInstitution::<T>::iter().collect::<BTreeMap<_, _>>()
				== healthchain_primitives::count_per_organization(
					Studies::<T>::iter_values().map(|s| s.institution)
				),
			"StudiesOfInstitution differs from the studies per institution"
		);
		for (id, grant) in Grants::<T>::iter() {
			ensure!(
				GrantsOfStudy::<T>::contains_key(grant.study, SortKey(id)),
				"a grant is missing from its study's index"
			);
			ensure!(!grant.revoked || grant.deposit.is_zero(), "a revoked grant holds its deposit");
		}
		for (study, SortKey(id), ()) in GrantsOfStudy::<T>::iter() {
			ensure!(
				Grants::<T>::get(id).is_some_and(|grant| grant.study == study),
				"a study's index names a grant of another study or none"
			);
		}
		for (_, pool) in Pools::<T>::iter() {
			ensure!(pool.paid <= pool.funded, "a pool paid more than it was funded");
		}
		Self::recorded_holds().ensure_held::<T::Currency>(
			"pool funds held differ from funded - paid, or deposits from those of studies and grants",
		)?;
		Ok(())
	}

	/// What the pallet's items hold: each compensation pool's `funded − paid` (its funder's),
	/// each study's deposit (its researcher's) and each grant's (whoever granted it).
	pub fn recorded_holds() -> RecordedHolds<HoldReason, T::AccountId, BalanceOf<T>> {
		let mut holds = RecordedHolds::default();
		for pool in Pools::<T>::iter_values() {
			holds.add(
				HoldReason::CompensationPool,
				&pool.funder,
				pool.funded.saturating_sub(pool.paid),
			);
		}
		for study in Studies::<T>::iter_values() {
			holds.add(HoldReason::Deposit, &study.researcher, study.deposit);
		}
		for grant in Grants::<T>::iter_values() {
			holds.add(HoldReason::Deposit, &grant.granted_by, grant.deposit);
		}
		holds
	}
}
