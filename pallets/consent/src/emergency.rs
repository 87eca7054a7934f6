//! Emergency (break-glass) access: a clinician opens time-boxed read access to a patient's data
//! without consent, reads under it, and the provider's privacy officer reviews it afterwards.

use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision},
		Get, Time,
	},
};
use healthchain_primitives::{
	Moment, OrganizationId, OrganizationInspect, OrganizationKind, Purpose, Role,
};
use sp_core::H256;
use sp_runtime::traits::Zero;

use crate::{
	AccessBasis, Config, EmergencyAccess, EmergencyAccesses, EmergencyAllowance, EmergencyId,
	EmergencyReason, Error, Event, HoldReason, NextEmergencyId, Pallet, PendingReviews,
	ReadRefusal, Review, ReviewVerdict, SortKey,
};

impl<T: Config> Pallet<T> {
	/// Opens emergency access `id` (the next one) to `patient`'s data for the Clinician
	/// `clinician` of the Provider `organization`, holds its deposit and logs the opening.
	///
	/// # Errors
	/// [`Error::AccessDenied`], [`Error::EmergencyRateLimited`], [`Error::IdsExhausted`],
	/// [`Error::AccessLogIndexOverflow`], or a hold's.
	pub(crate) fn do_open(
		clinician: T::AccountId,
		organization: OrganizationId,
		patient: T::AccountId,
		reason: EmergencyReason,
		justification: H256,
	) -> DispatchResult {
		Self::ensure_provider_role(organization, &clinician, Role::Clinician)?;
		let block = frame_system::Pallet::<T>::block_number();
		let allowance = EmergencyAllowance::<T>::get(&clinician)
			.take(block, T::EmergencyWindow::get(), T::MaxEmergencyAccesses::get())
			.ok_or(Error::<T>::EmergencyRateLimited)?;
		let id = NextEmergencyId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		let slot = Self::next_log_slot(&patient)?;
		let now = T::Time::now();
		let expires_at = now.saturating_add(T::EmergencyAccessDuration::get());
		let deposit = T::EmergencyDeposit::get();

		T::Currency::hold(&HoldReason::EmergencyAccess.into(), &clinician, deposit)?;
		let opening = Self::log_entry(
			organization,
			clinician.clone(),
			Purpose::EmergencyTreatment,
			None,
			AccessBasis::Emergency(id),
			now,
		);
		Self::append_log(&patient, slot, opening)?;
		EmergencyAccesses::<T>::insert(
			id,
			EmergencyAccess {
				patient: patient.clone(),
				organization,
				clinician: clinician.clone(),
				reason,
				justification,
				opened_at: now,
				expires_at,
				reads: 0,
				review: Review::Pending,
				deposit,
			},
		);
		PendingReviews::<T>::insert(organization, SortKey(id), ());
		EmergencyAllowance::<T>::insert(&clinician, allowance);
		NextEmergencyId::<T>::put(next);
		Self::deposit_event(Event::EmergencyAccessOpened {
			emergency: id,
			patient,
			organization,
			clinician,
			expires_at,
		});
		Ok(())
	}

	/// Checks that `accessor` may read `patient`'s data for `organization` and `purpose` under
	/// emergency access `id` at `now` (no write): the clinician who opened it, still a
	/// Clinician of the active Provider, before it expires and unless it was reviewed as misuse.
	///
	/// # Errors
	/// The [`ReadRefusal`] of the [`Error`] of the same name: `UnknownEmergencyAccess`,
	/// `NotYourEmergencyAccess`, `AccessDenied`, `EmergencyAccessMisused`,
	/// `EmergencyAccessExpired` or `EmergencyPurposeOnly`.
	pub(crate) fn ensure_emergency_read(
		id: EmergencyId,
		accessor: &T::AccountId,
		organization: OrganizationId,
		patient: &T::AccountId,
		purpose: Purpose,
		now: Moment,
	) -> Result<(), ReadRefusal> {
		let access = EmergencyAccesses::<T>::get(id).ok_or(ReadRefusal::UnknownEmergencyAccess)?;
		ensure!(
			access.patient == *patient
				&& access.organization == organization
				&& access.clinician == *accessor,
			ReadRefusal::NotYourEmergencyAccess
		);
		T::Organizations::ensure_role(
			organization,
			accessor,
			OrganizationKind::Provider,
			Role::Clinician,
		)
		.map_err(ReadRefusal::AccessDenied)?;
		ensure!(!access.review.is_misuse(), ReadRefusal::EmergencyAccessMisused);
		ensure!(now < access.expires_at, ReadRefusal::EmergencyAccessExpired);
		ensure!(purpose == Purpose::EmergencyTreatment, ReadRefusal::EmergencyPurposeOnly);
		Ok(())
	}

	/// Records `officer`'s review of emergency access `emergency`: the clinician's deposit is
	/// released when justified, burnt for misuse.
	///
	/// # Errors
	/// [`Error::UnknownEmergencyAccess`], [`Error::AccessDenied`], [`Error::AlreadyReviewed`],
	/// [`Error::SelfReview`] or [`Error::AppointedByClinician`].
	pub(crate) fn do_review(
		officer: T::AccountId,
		emergency: EmergencyId,
		verdict: ReviewVerdict,
		report_hash: H256,
	) -> DispatchResult {
		let mut access =
			EmergencyAccesses::<T>::get(emergency).ok_or(Error::<T>::UnknownEmergencyAccess)?;
		Self::ensure_provider_role(access.organization, &officer, Role::PrivacyOfficer)?;
		ensure!(access.review == Review::Pending, Error::<T>::AlreadyReviewed);
		ensure!(officer != access.clinician, Error::<T>::SelfReview);
		ensure!(
			T::Organizations::appointed_by(access.organization, &officer).as_ref()
				!= Some(&access.clinician),
			Error::<T>::AppointedByClinician
		);

		let slashed = match verdict {
			ReviewVerdict::Justified => {
				Self::release_deposit(
					HoldReason::EmergencyAccess,
					&access.clinician,
					access.deposit,
				)?;
				Zero::zero()
			},
			ReviewVerdict::Misuse => T::Currency::burn_held(
				&HoldReason::EmergencyAccess.into(),
				&access.clinician,
				access.deposit,
				Precision::BestEffort,
				Fortitude::Force,
			)?,
		};
		access.review =
			Review::Done { verdict, officer: officer.clone(), at: T::Time::now(), report_hash };
		let (patient, organization) = (access.patient.clone(), access.organization);
		PendingReviews::<T>::remove(organization, SortKey(emergency));
		EmergencyAccesses::<T>::insert(emergency, access);
		Self::deposit_event(Event::EmergencyAccessReviewed {
			emergency,
			patient,
			organization,
			officer,
			verdict,
			slashed,
		});
		Ok(())
	}

	/// Checks that `who` holds `role` in the active Provider `organization` (emergency access is
	/// a provider's matter: its clinicians open it, its privacy officers review it).
	///
	/// # Errors
	/// [`Error::AccessDenied`] with the reason.
	fn ensure_provider_role(
		organization: OrganizationId,
		who: &T::AccountId,
		role: Role,
	) -> DispatchResult {
		T::Organizations::ensure_role(organization, who, OrganizationKind::Provider, role)
			.map_err(|denied| Error::<T>::AccessDenied(denied).into())
	}
}
