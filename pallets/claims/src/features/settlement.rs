//! Settlement: paying a claim from escrow, a payer Reviewer's decision on a claim waiting for
//! review, the provider's appeal of a denial and the governance origin's arbitration, with what
//! each gives back (annual usage, claimed services) or takes.

use alloc::vec::Vec;

use frame_support::pallet_prelude::*;
use healthchain_primitives::{evaluate_organization, utc_year};
use sp_runtime::traits::{Saturating, Zero};

use crate::*;

impl<T: Config> Pallet<T> {
	/// Pays `amount` of `claim` to its provider's payout account from `plan`'s escrow and
	/// records it in both (`plan.paid`, `claim.paid`, `claim.status`); the caller stores them
	/// and emits [`Event::ClaimPaid`]. Every payment of a claim (at submission, on review, by
	/// arbitration) goes through here, so none leaves the escrow of a payer, or reaches a
	/// provider, that is suspended or no longer registered, and each lands where the provider
	/// wants it ([`Self::active_provider_payout`]).
	///
	/// # Errors
	/// - [`Error::PayerNotActive`]: the plan's payer is suspended or no longer registered.
	/// - [`Error::ProviderNotActive`]: see [`Self::active_provider_payout`].
	/// - [`Error::InsufficientEscrow`]: less than `amount` is available.
	/// - the currency's error when the transfer fails.
	pub(crate) fn pay(
		plan: &mut PlanOf<T>,
		claim: &mut ClaimOf<T>,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		Self::ensure_payer_active(plan)?;
		let payout = Self::active_provider_payout(claim.provider)?;
		ensure!(Self::available(plan) >= amount, Error::<T>::InsufficientEscrow);

		Self::pay_from_escrow(plan, &payout, amount)?;
		plan.paid = plan.paid.saturating_add(amount);
		claim.paid = amount;
		claim.status = ClaimStatus::Paid;
		Ok(())
	}

	/// Where the Provider `provider`'s claims are paid, if it is still active: the payout
	/// account its admin named in the registry, else its own account (security review C-1:
	/// the own account is keyless, a named payout account is spendable at once). Read at each
	/// payment, so a new payout account applies to the next one.
	///
	/// # Errors
	/// - [`Error::ProviderNotActive`]: suspended (`OrganizationSuspended`) or no longer
	///   registered (`UnknownOrganization`).
	fn active_provider_payout(provider: OrganizationId) -> Result<T::AccountId, DispatchError> {
		// One read of the registry: the summary carries the status and the payout account.
		let summary = T::Organizations::organization(provider);
		evaluate_organization(
			summary.as_ref().map(|s| (s.kind, s.active)),
			OrganizationKind::Provider,
		)
		.map_err(Error::<T>::ProviderNotActive)?;
		summary
			.map(|s| s.payout)
			.ok_or_else(|| Error::<T>::ProviderNotActive(AccessDenied::UnknownOrganization).into())
	}

	/// Gives back `amount` of the annual usage a claim counted, from its last line backwards.
	fn release_usage(claim: &ClaimOf<T>, mut amount: BalanceOf<T>) {
		for line in claim.lines.iter().rev() {
			if amount.is_zero() {
				break;
			}
			let give = amount.min(line.payer_amount);
			let year = utc_year(line.input.service_date);
			AnnualUsage::<T>::mutate((claim.plan, claim.patient.clone()), year, |used| {
				*used = used.saturating_sub(give)
			});
			amount = amount.saturating_sub(give);
		}
	}

	/// Frees the services the denied claim `id` held, so that a corrected claim can claim them.
	fn release_services(id: ClaimId, claim: &ClaimOf<T>) {
		for line in claim.lines.iter() {
			let key = Self::service_key(&claim.patient, claim.provider, &line.input);
			if ClaimedServices::<T>::get(key) == Some(id) {
				ClaimedServices::<T>::remove(key);
			}
		}
	}

	/// Decides claim `id`, waiting for review: pays the adjudicated amount
	/// ([`ReviewDecision::Approve`]), less ([`ReviewDecision::Adjust`]) or nothing
	/// ([`ReviewDecision::Deny`]). The reservation is released; what is not paid goes back to
	/// the member's annual usage; a denial frees the claim's services.
	///
	/// - `who`: a Reviewer member of the plan's active Payer.
	/// - `id`: the claim.
	/// - `decision`: the decision.
	///
	/// Emits [`Event::ClaimPaid`] (when something is paid), then [`Event::ClaimStatusChanged`].
	///
	/// # Errors
	/// - [`Error::UnknownClaim`]: no claim `id`.
	/// - [`Error::UnknownPlan`]: its plan is missing.
	/// - [`Error::AccessDenied`]: `who` is not a Reviewer of the plan's active Payer.
	/// - [`Error::NotPendingReview`]: the claim is not waiting for review.
	/// - [`Error::AdjustAboveAdjudicated`]: an adjustment above the adjudicated amount.
	/// - [`Error::ProviderNotActive`] (approval or adjustment only: a denial pays nothing),
	///   [`Error::InsufficientEscrow`] and the other errors of [`Self::pay`].
	pub(crate) fn do_review(
		who: &T::AccountId,
		id: ClaimId,
		decision: ReviewDecision<BalanceOf<T>>,
	) -> DispatchResult {
		let mut claim = Claims::<T>::get(id).ok_or(Error::<T>::UnknownClaim)?;
		let mut plan = Self::plan_for_payer_role(claim.plan, who, Role::Reviewer)?;
		ensure!(claim.status == ClaimStatus::PendingReview, Error::<T>::NotPendingReview);
		let amount = match decision {
			ReviewDecision::Approve => claim.payer_total,
			ReviewDecision::Adjust(amount) => {
				ensure!(amount <= claim.payer_total, Error::<T>::AdjustAboveAdjudicated);
				amount
			},
			ReviewDecision::Deny => Zero::zero(),
		};

		plan.reserved = plan.reserved.saturating_sub(claim.payer_total);
		if amount.is_zero() {
			claim.status = ClaimStatus::Denied;
			Self::release_services(id, &claim);
		} else {
			Self::pay(&mut plan, &mut claim, amount)?;
		}
		Self::release_usage(&claim, claim.payer_total.saturating_sub(amount));
		let (status, provider) = (claim.status, claim.provider);
		Plans::<T>::insert(claim.plan, plan);
		Claims::<T>::insert(id, claim);
		if !amount.is_zero() {
			Self::deposit_event(Event::ClaimPaid { claim: id, provider, amount });
		}
		Self::deposit_event(Event::ClaimStatusChanged { claim: id, status });
		Ok(())
	}

	/// Appeals the denied claim `id`: reserves its billed total in the plan's escrow until the
	/// governance origin arbitrates.
	///
	/// - `who`: a Billing member of the claim's active Provider.
	/// - `id`: the claim.
	///
	/// Emits [`Event::ClaimStatusChanged`].
	///
	/// # Errors
	/// - [`Error::UnknownClaim`]: no claim `id`.
	/// - [`Error::AccessDenied`]: `who` is not a Billing member of the claim's active Provider.
	/// - [`Error::NotDenied`]: the claim is not denied.
	/// - [`Error::UnknownPlan`]: its plan is missing.
	pub(crate) fn do_appeal(who: &T::AccountId, id: ClaimId) -> DispatchResult {
		let mut claim = Claims::<T>::get(id).ok_or(Error::<T>::UnknownClaim)?;
		T::Organizations::ensure_role(
			claim.provider,
			who,
			OrganizationKind::Provider,
			Role::Billing,
		)
		.map_err(Error::<T>::AccessDenied)?;
		ensure!(claim.status == ClaimStatus::Denied, Error::<T>::NotDenied);
		let mut plan = Plans::<T>::get(claim.plan).ok_or(Error::<T>::UnknownPlan)?;

		plan.reserved = plan.reserved.saturating_add(Self::billed(&claim));
		claim.status = ClaimStatus::Appealed;
		Plans::<T>::insert(claim.plan, plan);
		Claims::<T>::insert(id, claim);
		Self::deposit_event(Event::ClaimStatusChanged { claim: id, status: ClaimStatus::Appealed });
		Ok(())
	}

	/// Arbitrates the appealed claim `id`: an `award` of zero upholds the denial (final);
	/// otherwise the provider is paid `award` from escrow, the claim's services count as paid
	/// and the award counts towards the member's annual usage (in the first line's year). The
	/// reservation is released either way.
	///
	/// - `id`: the claim.
	/// - `award`: what the provider gets, at most the billed total.
	///
	/// Emits [`Event::ClaimPaid`] (when something is awarded), then
	/// [`Event::ClaimStatusChanged`].
	///
	/// # Errors
	/// - [`Error::UnknownClaim`]: no claim `id`.
	/// - [`Error::NotAppealed`]: the claim is not appealed.
	/// - [`Error::AwardTooHigh`]: `award` exceeds the billed total.
	/// - [`Error::UnknownPlan`]: its plan is missing.
	/// - [`Error::ServiceAlreadyClaimed`]: a service of the claim was meanwhile paid under
	///   another claim.
	/// - [`Error::PayerNotActive`], [`Error::ProviderNotActive`] (an award only: upholding the
	///   denial pays nothing), [`Error::InsufficientEscrow`] and the other errors of
	///   [`Self::pay`].
	pub(crate) fn do_arbitrate(id: ClaimId, award: BalanceOf<T>) -> DispatchResult {
		let mut claim = Claims::<T>::get(id).ok_or(Error::<T>::UnknownClaim)?;
		ensure!(claim.status == ClaimStatus::Appealed, Error::<T>::NotAppealed);
		let billed = Self::billed(&claim);
		ensure!(award <= billed, Error::<T>::AwardTooHigh);
		let mut plan = Plans::<T>::get(claim.plan).ok_or(Error::<T>::UnknownPlan)?;
		let services: Vec<H256> = claim
			.lines
			.iter()
			.map(|line| Self::service_key(&claim.patient, claim.provider, &line.input))
			.collect();
		if !award.is_zero() {
			for key in &services {
				ensure!(
					ClaimedServices::<T>::get(key).is_none_or(|holder| holder == id),
					Error::<T>::ServiceAlreadyClaimed
				);
			}
		}

		plan.reserved = plan.reserved.saturating_sub(billed);
		if award.is_zero() {
			claim.status = ClaimStatus::DenialUpheld;
		} else {
			Self::pay(&mut plan, &mut claim, award)?;
			for key in services {
				ClaimedServices::<T>::insert(key, id);
			}
			if let Some(first) = claim.lines.first() {
				let year = utc_year(first.input.service_date);
				AnnualUsage::<T>::mutate((claim.plan, claim.patient.clone()), year, |used| {
					*used = used.saturating_add(award)
				});
			}
		}
		let (status, provider) = (claim.status, claim.provider);
		Plans::<T>::insert(claim.plan, plan);
		Claims::<T>::insert(id, claim);
		if !award.is_zero() {
			Self::deposit_event(Event::ClaimPaid { claim: id, provider, amount: award });
		}
		Self::deposit_event(Event::ClaimStatusChanged { claim: id, status });
		Ok(())
	}
}
