//! Compensation: a member of the study's institution funds its pool (held on their account);
//! closing the study fixes each current participant's equal share and returns what cannot be
//! shared; each participant pulls their share once. Nobody loops over participants.

use crate::*;
use frame_support::traits::tokens::{Fortitude, Precision, Restriction};
use sp_runtime::traits::{CheckedDiv, Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Puts `amount` from `who` into the compensation pool of `study`, held on `who`'s account
	/// under [`HoldReason::CompensationPool`]. The first funder is the pool's only funder.
	///
	/// Emits [`Event::PoolFunded`].
	///
	/// # Errors
	/// - [`Error::UnknownStudy`] if no study has the id `study`.
	/// - [`Error::InstitutionNotActive`] if the study's institution is suspended or no longer
	///   registered.
	/// - [`Error::AccessDenied`] if `who` is not an active member of the study's institution.
	/// - [`Error::StudyClosed`] if the study is closed.
	/// - [`Error::ZeroAmount`] if `amount` is zero.
	/// - [`Error::PoolOfAnotherFunder`] if another account funded the pool.
	/// - The currency's error if `amount` cannot be held.
	pub(crate) fn do_fund_pool(
		who: T::AccountId,
		study: StudyId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let entry = Studies::<T>::get(study).ok_or(Error::<T>::UnknownStudy)?;
		Self::ensure_institution_active(&entry)?;
		T::Organizations::ensure_member(entry.institution, &who)
			.map_err(Error::<T>::AccessDenied)?;
		ensure!(entry.status != StudyStatus::Closed, Error::<T>::StudyClosed);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut pool = Pools::<T>::get(study).unwrap_or(Pool {
			funder: who.clone(),
			funded: Zero::zero(),
			paid: Zero::zero(),
			share: None,
		});
		ensure!(pool.funder == who, Error::<T>::PoolOfAnotherFunder);

		T::Currency::hold(&HoldReason::CompensationPool.into(), &who, amount)?;
		pool.funded = pool.funded.saturating_add(amount);
		Pools::<T>::insert(study, pool);
		Self::deposit_event(Event::PoolFunded { study, amount });
		Ok(())
	}

	/// Pays `patient` their share of the pool of the closed `study`, from the funder's hold.
	/// Also when the study's institution has since been suspended or removed: the share was
	/// fixed at closing and is the patient's.
	///
	/// Emits [`Event::CompensationClaimed`].
	///
	/// # Errors
	/// - [`Error::UnknownStudy`] if no study has the id `study`.
	/// - [`Error::StudyNotClosed`] if the study is not closed yet.
	/// - [`Error::NothingToClaim`] if `patient` is not a participant of the final version,
	///   already claimed, or the study has no pool or a share of zero.
	/// - The currency's error if the share cannot be transferred.
	pub(crate) fn do_claim_compensation(study: StudyId, patient: T::AccountId) -> DispatchResult {
		let entry = Studies::<T>::get(study).ok_or(Error::<T>::UnknownStudy)?;
		ensure!(entry.status == StudyStatus::Closed, Error::<T>::StudyNotClosed);
		let mut participation =
			Participants::<T>::get(study, &patient).ok_or(Error::<T>::NothingToClaim)?;
		ensure!(
			participation.version == entry.version && !participation.compensated,
			Error::<T>::NothingToClaim
		);
		let mut pool = Pools::<T>::get(study).ok_or(Error::<T>::NothingToClaim)?;
		let share = pool.share.filter(|s| !s.is_zero()).ok_or(Error::<T>::NothingToClaim)?;

		T::Currency::transfer_on_hold(
			&HoldReason::CompensationPool.into(),
			&pool.funder,
			&patient,
			share,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Polite,
		)?;
		pool.paid = pool.paid.saturating_add(share);
		participation.compensated = true;
		Pools::<T>::insert(study, pool);
		Participants::<T>::insert(study, &patient, participation);
		Self::deposit_event(Event::CompensationClaimed { study, patient, amount: share });
		Ok(())
	}

	/// At closing: fixes the share of each of the `cohort` current participants of `study` in
	/// its pool (if it has one) and releases what cannot be shared — everything when nobody
	/// participates, else the remainder of the division — to the funder.
	///
	/// # Errors
	/// The currency's error if the remainder cannot be released.
	pub(crate) fn share_pool(study: StudyId, cohort: u32) -> DispatchResult {
		let Some(mut pool) = Pools::<T>::get(study) else { return Ok(()) };
		let (share, remainder) = Self::shares(pool.funded, cohort);
		if !remainder.is_zero() {
			T::Currency::release(
				&HoldReason::CompensationPool.into(),
				&pool.funder,
				remainder,
				Precision::BestEffort,
			)?;
			pool.paid = pool.paid.saturating_add(remainder);
		}
		pool.share = Some(share);
		Pools::<T>::insert(study, pool);
		Ok(())
	}

	/// `funded` split among `cohort` participants: each one's share and what is left over.
	fn shares(funded: BalanceOf<T>, cohort: u32) -> (BalanceOf<T>, BalanceOf<T>) {
		if cohort == 0 {
			return (Zero::zero(), funded);
		}
		let share = funded.checked_div(&BalanceOf::<T>::from(cohort)).unwrap_or_default();
		(share, funded.saturating_sub(share.saturating_mul(cohort.into())))
	}
}
