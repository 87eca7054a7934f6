//! Prior authorization: a provider asks the payer to authorize a service for a patient before it
//! is rendered; a payer Reviewer approves or denies; a claim line may cite an approved one.

use frame_support::{pallet_prelude::*, traits::Time};

use crate::*;

impl<T: Config> Pallet<T> {
	/// Records a request of `provider` to authorize `service_code` for `patient` under plan
	/// `plan_id`.
	///
	/// - `who`: a Clinician or Billing member of the active Provider `provider`.
	/// - `provider`: the provider asking.
	/// - `plan_id`: the plan whose payer decides.
	/// - `patient`: the patient.
	/// - `service_code`: the service to authorize.
	///
	/// Returns the request's id. Emits [`Event::PriorAuthRequested`].
	///
	/// # Errors
	/// - [`Error::AccessDenied`]: `who` is neither a Clinician nor a Billing member of the
	///   active Provider `provider` (the code is the Billing check's).
	/// - [`Error::UnknownPlan`]: no plan `plan_id`.
	/// - [`Error::PayerNotActive`]: the plan's payer is suspended or no longer registered.
	/// - [`Error::IdsExhausted`]: no prior authorization id is left.
	pub(crate) fn do_request_prior_auth(
		who: &T::AccountId,
		provider: OrganizationId,
		plan_id: PlanId,
		patient: T::AccountId,
		service_code: ServiceCode,
	) -> Result<PriorAuthId, DispatchError> {
		let as_clinician = T::Organizations::ensure_role(
			provider,
			who,
			OrganizationKind::Provider,
			Role::Clinician,
		);
		if as_clinician.is_err() {
			T::Organizations::ensure_role(provider, who, OrganizationKind::Provider, Role::Billing)
				.map_err(Error::<T>::AccessDenied)?;
		}
		let plan = Plans::<T>::get(plan_id).ok_or(Error::<T>::UnknownPlan)?;
		Self::ensure_payer_active(&plan)?;
		let id = NextPriorAuthId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;

		PriorAuths::<T>::insert(
			id,
			PriorAuth {
				provider,
				plan: plan_id,
				patient,
				service_code,
				status: PriorAuthStatus::Requested,
				requested_at: T::Time::now(),
			},
		);
		NextPriorAuthId::<T>::put(next);
		Self::deposit_event(Event::PriorAuthRequested { id, plan: plan_id, provider });
		Ok(id)
	}

	/// Approves (`approve`) or denies the prior authorization `id`.
	///
	/// - `who`: a Reviewer member of the plan's active Payer.
	/// - `id`: the request.
	/// - `approve`: the decision.
	///
	/// Emits [`Event::PriorAuthDecided`].
	///
	/// # Errors
	/// - [`Error::UnknownPriorAuth`]: no request `id`.
	/// - [`Error::UnknownPlan`]: its plan is missing.
	/// - [`Error::AccessDenied`]: `who` is not a Reviewer of the plan's active Payer.
	/// - [`Error::AlreadyDecided`]: the request was decided before.
	pub(crate) fn do_decide_prior_auth(
		who: &T::AccountId,
		id: PriorAuthId,
		approve: bool,
	) -> DispatchResult {
		let mut auth = PriorAuths::<T>::get(id).ok_or(Error::<T>::UnknownPriorAuth)?;
		Self::plan_for_payer_role(auth.plan, who, Role::Reviewer)?;
		ensure!(auth.status == PriorAuthStatus::Requested, Error::<T>::AlreadyDecided);

		let status = if approve { PriorAuthStatus::Approved } else { PriorAuthStatus::Denied };
		auth.status = status;
		PriorAuths::<T>::insert(id, auth);
		Self::deposit_event(Event::PriorAuthDecided { id, status });
		Ok(())
	}

	/// Whether the prior authorization `id`, cited by a line of `provider`'s claim for `patient`
	/// under plan `plan_id` for `service_code`, authorizes it (it is approved).
	///
	/// # Errors
	/// - [`Error::UnknownPriorAuth`]: no prior authorization `id`.
	/// - [`Error::PriorAuthMismatch`]: it is for another plan, patient, provider or service.
	pub(crate) fn prior_auth_approved(
		id: PriorAuthId,
		plan_id: PlanId,
		patient: &T::AccountId,
		provider: OrganizationId,
		service_code: ServiceCode,
	) -> Result<bool, DispatchError> {
		let auth = PriorAuths::<T>::get(id).ok_or(Error::<T>::UnknownPriorAuth)?;
		ensure!(
			auth.plan == plan_id
				&& &auth.patient == patient
				&& auth.provider == provider
				&& auth.service_code == service_code,
			Error::<T>::PriorAuthMismatch
		);
		Ok(auth.status == PriorAuthStatus::Approved)
	}
}
