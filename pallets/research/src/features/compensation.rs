//! Compensation: a member of the study's institution funds its pool (held on their account);
//! closing the study fixes each attested participant's equal share (participants of every
//! protocol version who did not withdraw, so an amendment cannot take the pool back) and returns
//! what cannot be shared; each participant pulls their share once within the claim window, free
//! of fees; the funder takes back what can no longer be claimed: the whole pool of a rejected
//! study or of one that reached its end without being activated, and after the claim window
//! what nobody claimed (security review M-4). Nobody loops over participants.

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
	/// - [`Error::StudyClosed`] if the study is closed, [`Error::StudyRejected`] if rejected.
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
		ensure!(entry.status != StudyStatus::Rejected, Error::<T>::StudyRejected);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut pool = Pools::<T>::get(study).unwrap_or(Pool {
			funder: who.clone(),
			funded: Zero::zero(),
			paid: Zero::zero(),
			share: None,
			claim_until: None,
			legacy: false,
		});
		ensure!(pool.funder == who, Error::<T>::PoolOfAnotherFunder);

		T::Currency::hold(&HoldReason::CompensationPool.into(), &who, amount)?;
		pool.funded = pool.funded.saturating_add(amount);
		Pools::<T>::insert(study, pool);
		Self::deposit_event(Event::PoolFunded { study, amount });
		Ok(())
	}

	/// Whether `patient` has a share of `study`'s pool to claim now: the study closed, an
	/// attested participant who has not claimed, a share above zero, within the claim window.
	/// What makes [`Pallet::claim_compensation`] free of fees. A handful of reads.
	pub fn has_claim(study: StudyId, patient: &T::AccountId) -> bool {
		Self::claimable_share(study, patient).is_some()
	}

	/// The share `patient` may claim from `study`'s pool now, with the pool and their
	/// participation (see [`Self::has_claim`]).
	#[allow(clippy::type_complexity)]
	fn claimable_share(
		study: StudyId,
		patient: &T::AccountId,
	) -> Option<(BalanceOf<T>, Pool<T::AccountId, BalanceOf<T>>, Participation)> {
		let entry = Studies::<T>::get(study)?;
		let participation = Participants::<T>::get(study, patient)?;
		let pool = Pools::<T>::get(study)?;
		let share = pool.share.filter(|s| !s.is_zero())?;
		let open = pool.claim_until.is_some_and(|until| T::Time::now() < until);
		let eligible = if pool.legacy {
			participation.version == entry.version
		} else {
			participation.is_attested()
		};
		(entry.status == StudyStatus::Closed && eligible && !participation.compensated && open)
			.then_some((share, pool, participation))
	}

	/// Pays `patient` their share of the pool of the closed `study`, from the funder's hold,
	/// within the claim window. Also when the study's institution has since been suspended or
	/// removed: the share was fixed at closing and is the patient's.
	///
	/// Emits [`Event::CompensationClaimed`].
	///
	/// # Errors
	/// - [`Error::UnknownStudy`] if no study has the id `study`.
	/// - [`Error::StudyNotClosed`] if the study is not closed yet.
	/// - [`Error::NothingToClaim`] if `patient` is not an attested participant, already
	///   claimed, the claim window is over, or the study has no pool or a share of zero.
	/// - The currency's error if the share cannot be transferred.
	pub(crate) fn do_claim_compensation(study: StudyId, patient: T::AccountId) -> DispatchResult {
		let entry = Studies::<T>::get(study).ok_or(Error::<T>::UnknownStudy)?;
		ensure!(entry.status == StudyStatus::Closed, Error::<T>::StudyNotClosed);
		let (share, mut pool, mut participation) =
			Self::claimable_share(study, &patient).ok_or(Error::<T>::NothingToClaim)?;

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

	/// At closing: fixes the share of each of the `attested` participants of `study` in its
	/// pool (if it has one), opens the claim window ([`Config::ClaimWindow`]) and releases what
	/// cannot be shared — everything when nobody was attested, else the remainder of the
	/// division — to the funder.
	///
	/// # Errors
	/// The currency's error if the remainder cannot be released.
	pub(crate) fn share_pool(study: StudyId, attested: u32) -> DispatchResult {
		let Some(mut pool) = Pools::<T>::get(study) else { return Ok(()) };
		let (share, remainder) = Self::shares(pool.funded, attested);
		Self::return_to_funder(&mut pool, remainder)?;
		pool.share = Some(share);
		pool.claim_until = Some(T::Time::now().saturating_add(T::ClaimWindow::get()));
		Pools::<T>::insert(study, pool);
		Ok(())
	}

	/// The funder `who` takes back what participants can no longer claim from `study`'s pool:
	/// everything left when the study was rejected, or reached its end without being
	/// activated (still proposed or approved), or once the claim window after its close is
	/// over.
	///
	/// Emits [`Event::PoolReclaimed`].
	///
	/// # Errors
	/// - [`Error::UnknownStudy`] if no study has the id `study`.
	/// - [`Error::NothingToClaim`] if it has no pool, or nothing is left in it.
	/// - [`Error::NotFunder`] if `who` did not fund it.
	/// - [`Error::PoolNotReclaimable`] if participants may still earn or claim a share.
	/// - The currency's error if the funds cannot be released.
	pub(crate) fn do_reclaim_pool(who: &T::AccountId, study: StudyId) -> DispatchResult {
		let entry = Studies::<T>::get(study).ok_or(Error::<T>::UnknownStudy)?;
		let mut pool = Pools::<T>::get(study).ok_or(Error::<T>::NothingToClaim)?;
		ensure!(&pool.funder == who, Error::<T>::NotFunder);
		let now = T::Time::now();
		let reclaimable = match entry.status {
			StudyStatus::Rejected => true,
			StudyStatus::Proposed | StudyStatus::Approved => now >= entry.ends_at,
			StudyStatus::Closed => pool.claim_until.is_some_and(|until| now >= until),
			StudyStatus::Active => false,
		};
		ensure!(reclaimable, Error::<T>::PoolNotReclaimable);
		let left = pool.funded.saturating_sub(pool.paid);
		ensure!(!left.is_zero(), Error::<T>::NothingToClaim);

		Self::return_to_funder(&mut pool, left)?;
		Pools::<T>::insert(study, pool);
		Self::deposit_event(Event::PoolReclaimed { study, amount: left });
		Ok(())
	}

	/// Releases `amount` of `pool` to its funder and counts it as paid out.
	///
	/// # Errors
	/// The currency's error if the funds cannot be released.
	fn return_to_funder(
		pool: &mut Pool<T::AccountId, BalanceOf<T>>,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		T::Currency::release(
			&HoldReason::CompensationPool.into(),
			&pool.funder,
			amount,
			Precision::BestEffort,
		)?;
		pool.paid = pool.paid.saturating_add(amount);
		Ok(())
	}

	/// Splits `funded` into `cohort` equal shares: `(share, remainder)`; with nobody to share
	/// it, everything is the remainder.
	fn shares(funded: BalanceOf<T>, cohort: u32) -> (BalanceOf<T>, BalanceOf<T>) {
		if cohort == 0 {
			return (Zero::zero(), funded);
		}
		let share = funded.checked_div(&BalanceOf::<T>::from(cohort)).unwrap_or_default();
		(share, funded.saturating_sub(share.saturating_mul(cohort.into())))
	}

	/// Returns `amount` of the deposits held from `who` (a study's or a grant's).
	pub(crate) fn release_deposit(who: &T::AccountId, amount: BalanceOf<T>) {
		if amount.is_zero() {
			return;
		}
		let _ =
			T::Currency::release(&HoldReason::Deposit.into(), who, amount, Precision::BestEffort);
	}
}
