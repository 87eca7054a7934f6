//! Prior authorization: a provider asks the payer to authorize a service for a member before it
//! is rendered, holding a deposit; a payer Reviewer approves (for a limited time) or denies; one
//! payable claim line uses an approved one up (security review H-3, L-6). The deposit comes back
//! on denial, on use, or when the requester (or anyone, once expired) withdraws it.

use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision, Time},
};
use sp_runtime::traits::Zero;

use crate::*;

impl<T: Config> Pallet<T> {
	/// Records a request of `provider` to authorize `service_code` for `patient` under plan
	/// `plan_id`; holds [`Config::PriorAuthDeposit`] from `who`.
	///
	/// - `who`: a Clinician or Billing member of the active Provider `provider`.
	/// - `provider`: the provider asking.
	/// - `plan_id`: the plan whose payer decides.
	/// - `patient`: the patient, covered by the plan now.
	/// - `service_code`: the service to authorize.
	///
	/// Returns the request's id. Emits [`Event::PriorAuthRequested`].
	///
	/// # Errors
	/// - [`Error::AccessDenied`]: `who` is neither a Clinician nor a Billing member of the
	///   active Provider `provider` (the code is the Billing check's).
	/// - [`Error::UnknownPlan`]: no plan `plan_id`.
	/// - [`Error::PayerNotActive`]: the plan's payer is suspended or no longer registered.
	/// - [`Error::NotEnrolled`]: `patient` is not covered by the plan now.
	/// - [`Error::IdsExhausted`]: no prior authorization id is left.
	/// - the currency's error when the deposit cannot be held.
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
		let now = T::Time::now();
		ensure!(
			Enrollments::<T>::get(plan_id, &patient).is_some_and(|m| m.covers(now)),
			Error::<T>::NotEnrolled
		);
		let id = NextPriorAuthId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;

		let deposit = T::PriorAuthDeposit::get();
		T::Currency::hold(&HoldReason::Deposit.into(), who, deposit)?;
		PriorAuths::<T>::insert(
			id,
			PriorAuth {
				provider,
				plan: plan_id,
				patient,
				service_code,
				status: PriorAuthStatus::Requested,
				requested_at: now,
				requester: who.clone(),
				deposit,
				expires_at: None,
				used_by: None,
			},
		);
		NextPriorAuthId::<T>::put(next);
		Self::deposit_event(Event::PriorAuthRequested { id, plan: plan_id, provider });
		Ok(id)
	}

	/// Approves (`approve`) the prior authorization `id` until [`Config::PriorAuthValidity`]
	/// after now, or denies it: a denied request is removed and its deposit returned.
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

		let status = if approve {
			auth.status = PriorAuthStatus::Approved;
			auth.expires_at = Some(T::Time::now().saturating_add(T::PriorAuthValidity::get()));
			PriorAuths::<T>::insert(id, auth);
			PriorAuthStatus::Approved
		} else {
			Self::release_deposit(&auth.requester, auth.deposit);
			PriorAuths::<T>::remove(id);
			PriorAuthStatus::Denied
		};
		Self::deposit_event(Event::PriorAuthDecided { id, status });
		Ok(())
	}

	/// Withdraws the unused prior authorization `id` and returns its deposit to its requester.
	///
	/// - `who`: its requester, or anyone once it expired.
	///
	/// Emits [`Event::PriorAuthRemoved`].
	///
	/// # Errors
	/// - [`Error::UnknownPriorAuth`]: no prior authorization `id`.
	/// - [`Error::PriorAuthNotRemovable`]: a claim line used it, or `who` is not its requester
	///   and it has not expired.
	pub(crate) fn do_remove_prior_auth(who: &T::AccountId, id: PriorAuthId) -> DispatchResult {
		let auth = PriorAuths::<T>::get(id).ok_or(Error::<T>::UnknownPriorAuth)?;
		let expired = auth.expires_at.is_some_and(|end| end <= T::Time::now());
		ensure!(
			auth.used_by.is_none() && (&auth.requester == who || expired),
			Error::<T>::PriorAuthNotRemovable
		);

		Self::release_deposit(&auth.requester, auth.deposit);
		PriorAuths::<T>::remove(id);
		Self::deposit_event(Event::PriorAuthRemoved { id });
		Ok(())
	}

	/// The prior authorization `id`, cited by a line of `provider`'s claim for `patient` under
	/// plan `plan_id` for `service_code`, once checked to be for that line and not used.
	///
	/// # Errors
	/// - [`Error::UnknownPriorAuth`]: no prior authorization `id`.
	/// - [`Error::PriorAuthMismatch`]: it is for another plan, patient, provider or service.
	/// - [`Error::PriorAuthUsed`]: a claim line used it.
	pub(crate) fn cited_prior_auth(
		id: PriorAuthId,
		plan_id: PlanId,
		patient: &T::AccountId,
		provider: OrganizationId,
		service_code: ServiceCode,
	) -> Result<PriorAuthOf<T>, DispatchError> {
		let auth = PriorAuths::<T>::get(id).ok_or(Error::<T>::UnknownPriorAuth)?;
		ensure!(
			auth.plan == plan_id
				&& &auth.patient == patient
				&& auth.provider == provider
				&& auth.service_code == service_code,
			Error::<T>::PriorAuthMismatch
		);
		ensure!(auth.used_by.is_none(), Error::<T>::PriorAuthUsed);
		Ok(auth)
	}

	/// Marks the prior authorization `id` used by claim `claim` and returns its deposit. Emits
	/// [`Event::PriorAuthUsed`].
	pub(crate) fn use_prior_auth(id: PriorAuthId, claim: ClaimId) {
		let Some(mut auth) = PriorAuths::<T>::get(id) else { return };
		Self::release_deposit(&auth.requester, auth.deposit);
		auth.deposit = Zero::zero();
		auth.used_by = Some(claim);
		PriorAuths::<T>::insert(id, auth);
		Self::deposit_event(Event::PriorAuthUsed { id, claim });
	}

	/// Returns `amount` of the deposits held from `who` (a plan's, a claim's or a prior
	/// authorization's). The pallet holds each deposit it releases, so all of it comes back.
	pub(crate) fn release_deposit(who: &T::AccountId, amount: BalanceOf<T>) {
		if amount.is_zero() {
			return;
		}
		let _ =
			T::Currency::release(&HoldReason::Deposit.into(), who, amount, Precision::BestEffort);
	}
}
