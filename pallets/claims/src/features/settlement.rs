//! Settlement: paying a claim from escrow, a payer Reviewer's decision on a claim waiting for
//! review, the provider's appeal of a denial and the governance origin's arbitration, with what
//! each gives back (annual usage, claimed services) or takes.

use alloc::{collections::btree_map::BTreeMap, vec::Vec};

use frame_support::pallet_prelude::*;
use healthchain_primitives::{evaluate_organization, utc_year};
use sp_runtime::traits::{Saturating, Zero};

use crate::*;

impl<T: Config> Pallet<T> {
	/// Pays `amount` of `claim` to its provider's payout account from `plan`'s escrow and
	/// records it in both (`plan.paid`, `claim.paid`, `claim.status`); the claim is settled, so
	/// its deposit is returned to its submitter. The caller stores them and emits
	/// [`Event::ClaimPaid`]. Every payment of a claim (at submission, on review, by
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
		Self::settle(claim, ClaimStatus::Paid);
		Ok(())
	}

	/// Sets the final `status` of `claim` (paid, or its denial final) and returns its deposit
	/// to its submitter; the caller stores the claim.
	fn settle(claim: &mut ClaimOf<T>, status: ClaimStatus) {
		Self::release_deposit(&claim.submitter, claim.deposit);
		claim.deposit = Zero::zero();
		claim.status = status;
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

	/// Frees what the claim `id`, denied on review, held, so that a corrected claim can use it:
	/// its services (each marked in [`DeniedServices`], so that no claim for it is paid without
	/// review), its evidence and the prior authorizations its lines used.
	fn release_denied(id: ClaimId, claim: &ClaimOf<T>) {
		for line in claim.lines.iter().filter(|l| !l.payer_amount.is_zero()) {
			let key = Self::service_key(&claim.patient, claim.provider, &line.input);
			if ClaimedServices::<T>::get(key) == Some(id) {
				ClaimedServices::<T>::remove(key);
			}
			DeniedServices::<T>::insert(key, id);
			if let Some(auth) = line.input.prior_auth {
				PriorAuths::<T>::mutate(auth, |a| {
					if let Some(a) = a.as_mut().filter(|a| a.used_by == Some(id)) {
						a.used_by = None;
					}
				});
			}
		}
		for record in claim.evidence.iter() {
			if ClaimEvidence::<T>::get(record) == Some(id) {
				ClaimEvidence::<T>::remove(record);
			}
		}
	}

	/// Decides claim `id`, waiting for review: pays the adjudicated amount
	/// ([`ReviewDecision::Approve`]), less ([`ReviewDecision::Adjust`]) or nothing
	/// ([`ReviewDecision::Deny`]). The reservation is released; what is not paid goes back to
	/// the member's annual usage; a payment settles the claim (its deposit comes back); a
	/// denial frees the claim's services (marked denied), evidence and prior authorizations
	/// ([`Self::release_denied`]).
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
			Self::release_denied(id, &claim);
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

	/// The denied claim `id`, once `who` is checked to be a Billing member of its active
	/// Provider: what its provider may appeal or accept.
	///
	/// # Errors
	/// - [`Error::UnknownClaim`]: no claim `id`.
	/// - [`Error::AccessDenied`]: `who` is not a Billing member of the claim's active Provider.
	/// - [`Error::NotDenied`]: the claim is not denied.
	fn denied_claim_for(who: &T::AccountId, id: ClaimId) -> Result<ClaimOf<T>, DispatchError> {
		let claim = Claims::<T>::get(id).ok_or(Error::<T>::UnknownClaim)?;
		T::Organizations::ensure_role(
			claim.provider,
			who,
			OrganizationKind::Provider,
			Role::Billing,
		)
		.map_err(Error::<T>::AccessDenied)?;
		ensure!(claim.status == ClaimStatus::Denied, Error::<T>::NotDenied);
		Ok(claim)
	}

	/// Appeals the denied claim `id`: reserves [`Self::appeal_reserve`] in the plan's escrow
	/// (recorded in [`AppealReserves`]) until the governance origin arbitrates.
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
		let mut claim = Self::denied_claim_for(who, id)?;
		let mut plan = Plans::<T>::get(claim.plan).ok_or(Error::<T>::UnknownPlan)?;

		let reserve = Self::appeal_reserve(&plan, &claim);
		plan.reserved = plan.reserved.saturating_add(reserve);
		claim.status = ClaimStatus::Appealed;
		AppealReserves::<T>::insert(id, reserve);
		Plans::<T>::insert(claim.plan, plan);
		Claims::<T>::insert(id, claim);
		Self::deposit_event(Event::ClaimStatusChanged { claim: id, status: ClaimStatus::Appealed });
		Ok(())
	}

	/// Arbitrates the appealed claim `id`: an `award` of zero upholds the denial (final);
	/// otherwise the provider is paid `award` from escrow, the claim's services count as paid,
	/// its evidence backs it again and the award counts towards the member's annual usage of
	/// each service year of the claim's lines, within each year's remaining annual limit
	/// ([`Self::book_award`]). The appeal's reservation ([`Self::appeal_reservation`]) is
	/// released and the claim's deposit returned either way.
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
	/// - [`Error::EvidenceAlreadyUsed`]: an evidence record of the claim meanwhile backs
	///   another claim.
	/// - [`Error::AwardAboveAnnualLimit`]: see [`Self::book_award`].
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
			for record in claim.evidence.iter() {
				ensure!(
					ClaimEvidence::<T>::get(record).is_none_or(|holder| holder == id),
					Error::<T>::EvidenceAlreadyUsed
				);
			}
		}

		let booking =
			if award.is_zero() { BTreeMap::new() } else { Self::book_award(&plan, &claim, award)? };

		plan.reserved = plan.reserved.saturating_sub(Self::appeal_reservation(id, &claim));
		if award.is_zero() {
			Self::settle(&mut claim, ClaimStatus::DenialUpheld);
		} else {
			Self::pay(&mut plan, &mut claim, award)?;
			for key in services {
				ClaimedServices::<T>::insert(key, id);
			}
			for record in claim.evidence.iter() {
				ClaimEvidence::<T>::insert(record, id);
			}
			for (year, amount) in booking {
				AnnualUsage::<T>::mutate((claim.plan, claim.patient.clone()), year, |used| {
					*used = used.saturating_add(amount)
				});
			}
		}
		AppealReserves::<T>::remove(id);
		let (status, provider) = (claim.status, claim.provider);
		Plans::<T>::insert(claim.plan, plan);
		Claims::<T>::insert(id, claim);
		if !award.is_zero() {
			Self::deposit_event(Event::ClaimPaid { claim: id, provider, amount: award });
		}
		Self::deposit_event(Event::ClaimStatusChanged { claim: id, status });
		Ok(())
	}

	/// Makes the denial of claim `id` final at its provider's word, instead of an appeal, and
	/// returns its deposit.
	///
	/// - `who`: a Billing member of the claim's active Provider.
	///
	/// Emits [`Event::ClaimStatusChanged`].
	///
	/// # Errors
	/// - [`Error::UnknownClaim`]: no claim `id`.
	/// - [`Error::AccessDenied`]: `who` is not a Billing member of the claim's active Provider.
	/// - [`Error::NotDenied`]: the claim is not denied.
	pub(crate) fn do_accept_denial(who: &T::AccountId, id: ClaimId) -> DispatchResult {
		let mut claim = Self::denied_claim_for(who, id)?;

		Self::settle(&mut claim, ClaimStatus::DenialUpheld);
		Claims::<T>::insert(id, claim);
		Self::deposit_event(Event::ClaimStatusChanged {
			claim: id,
			status: ClaimStatus::DenialUpheld,
		});
		Ok(())
	}

	/// Walks `claim`'s lines in order, each under the version of `plan`'s terms in force at its
	/// service date, and books per calendar year (UTC) of the service date what
	/// `take(line, terms, remaining)` returns for each line, at most `remaining`: what the plan
	/// may still pay the member in the line's year (the terms' annual limit, less the member's
	/// [`AnnualUsage`] of that year and what earlier lines booked). A line without terms in
	/// force books nothing. Returns what was booked per year. Reads at most
	/// [`Config::MaxPlanVersions`] versions and one [`AnnualUsage`] entry per line; writes
	/// nothing.
	fn book_by_year(
		plan: &PlanOf<T>,
		claim: &ClaimOf<T>,
		mut take: impl FnMut(
			&AdjudicatedLine<BalanceOf<T>>,
			&PlanTermsOf<T>,
			BalanceOf<T>,
		) -> BalanceOf<T>,
	) -> BTreeMap<u32, BalanceOf<T>> {
		let versions = Self::versions(claim.plan, plan.versions);
		let mut booked: BTreeMap<u32, BalanceOf<T>> = BTreeMap::new();
		for line in claim.lines.iter() {
			let Some((_, terms)) = Self::terms_in_force(&versions, line.input.service_date) else {
				continue;
			};
			let year = utc_year(line.input.service_date);
			let entry = booked.entry(year).or_default();
			let used = AnnualUsage::<T>::get((claim.plan, claim.patient.clone()), year)
				.saturating_add(*entry);
			let remaining = terms.annual_limit.saturating_sub(used);
			*entry = entry.saturating_add(take(line, terms, remaining).min(remaining));
		}
		booked
	}

	/// What an appeal of `claim` (against `plan`) reserves: what the plan could pay for its
	/// lines under its rules. Per line, the payer's part of the allowed amount that
	/// [`Self::adjudicate_line`] gives it under the terms in force at its service date, as if
	/// any prior authorization had been given and no other claim held the service (the appeal
	/// may contest both), within the remaining annual limit of its year ([`Self::book_by_year`]);
	/// nothing for a service the plan does not cover. Never more than the billed total.
	pub fn appeal_reserve(plan: &PlanOf<T>, claim: &ClaimOf<T>) -> BalanceOf<T> {
		let booked = Self::book_by_year(plan, claim, |line, terms, remaining| {
			Self::adjudicate_line(terms, line.input, true, false, remaining).payer_amount
		});
		let zero: BalanceOf<T> = Zero::zero();
		booked.values().fold(zero, |sum, a| sum.saturating_add(*a)).min(Self::billed(claim))
	}

	/// What the appealed claim `id` reserves in its plan's escrow: its [`AppealReserves`]
	/// entry, or its billed total when it was appealed before that map existed.
	pub fn appeal_reservation(id: ClaimId, claim: &ClaimOf<T>) -> BalanceOf<T> {
		AppealReserves::<T>::get(id).unwrap_or_else(|| Self::billed(claim))
	}

	/// Books an arbitration `award` for `claim` (against `plan`) per service year: line by line
	/// in the claim's order, each line taking at most its billed amount and what remains of its
	/// year's annual limit ([`Self::book_by_year`]), until the award is booked. Returns what it
	/// adds to the member's annual usage per year.
	///
	/// # Errors
	/// - [`Error::AwardAboveAnnualLimit`]: the lines cannot book all of `award`.
	pub(crate) fn book_award(
		plan: &PlanOf<T>,
		claim: &ClaimOf<T>,
		award: BalanceOf<T>,
	) -> Result<BTreeMap<u32, BalanceOf<T>>, DispatchError> {
		let mut left = award;
		let booked = Self::book_by_year(plan, claim, |line, _, remaining| {
			let take = left.min(line.input.amount).min(remaining);
			left = left.saturating_sub(take);
			take
		});
		ensure!(left.is_zero(), Error::<T>::AwardAboveAnnualLimit);
		Ok(booked)
	}
}
