//! Plans and their escrow: publishing a plan and new versions of its terms, funding the escrow
//! and withdrawing from it, the escrow's accounting, and which version is in force when.

use alloc::vec::Vec;

use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, Mutate, MutateHold},
		tokens::{Fortitude, Precision, Preservation, Restriction},
	},
};
use sp_runtime::traits::{Saturating, Zero};

use crate::*;

/// Which way the payer moves money through a plan's escrow.
#[derive(Clone, Copy)]
enum EscrowFlow {
	/// Into the escrow ([`Pallet::do_fund`]).
	Fund,
	/// Out of the escrow, back to the payer ([`Pallet::do_withdraw`]).
	Withdraw,
}

impl<T: Config> Pallet<T> {
	/// Checks that `who` is a `role` member of the active Payer `payer`.
	///
	/// # Errors
	/// - [`Error::AccessDenied`]: not such a member, or not an active Payer.
	pub(crate) fn ensure_payer_role(
		payer: OrganizationId,
		who: &T::AccountId,
		role: Role,
	) -> DispatchResult {
		T::Organizations::ensure_role(payer, who, OrganizationKind::Payer, role)
			.map_err(|e| Error::<T>::AccessDenied(e).into())
	}

	/// Checks that `plan`'s payer is still an active Payer, for the calls of others than its
	/// members (patients, providers, funders, governance): nothing moves through the plans of a
	/// payer that is suspended or no longer registered. The payer's own members get
	/// [`Error::AccessDenied`] from [`Self::ensure_payer_role`] instead.
	///
	/// # Errors
	/// - [`Error::PayerNotActive`]: suspended (`OrganizationSuspended`) or no longer registered
	///   (`UnknownOrganization`).
	pub(crate) fn ensure_payer_active(plan: &PlanOf<T>) -> DispatchResult {
		T::Organizations::ensure_active(plan.payer, OrganizationKind::Payer)
			.map_err(|e| Error::<T>::PayerNotActive(e).into())
	}

	/// Plan `id`, once `who` is checked to be a `role` member of the plan's active Payer.
	///
	/// # Errors
	/// - [`Error::UnknownPlan`]: no plan `id`.
	/// - [`Error::AccessDenied`]: see [`Self::ensure_payer_role`].
	pub(crate) fn plan_for_payer_role(
		id: PlanId,
		who: &T::AccountId,
		role: Role,
	) -> Result<PlanOf<T>, DispatchError> {
		let plan = Plans::<T>::get(id).ok_or(Error::<T>::UnknownPlan)?;
		Self::ensure_payer_role(plan.payer, who, role)?;
		Ok(plan)
	}

	/// Checks that `terms`' coverage rules are sorted by service code, one per code (adjudication
	/// finds a line's rule by binary search).
	///
	/// # Errors
	/// - [`Error::RulesNotSorted`].
	pub(crate) fn check_rules(terms: &PlanTermsOf<T>) -> DispatchResult {
		let sorted = terms.rules.windows(2).all(|pair| match pair {
			[a, b] => a.service_code < b.service_code,
			_ => true,
		});
		ensure!(sorted, Error::<T>::RulesNotSorted);
		Ok(())
	}

	/// Publishes a plan of the Payer `payer` with `terms` as version 1, its escrow held on the
	/// payer organization's account; holds [`Config::PlanDeposit`] from `who`.
	///
	/// - `who`: the publisher, an Admin member of `payer`.
	/// - `payer`: the active Payer organization.
	/// - `terms`: version 1 of the terms.
	///
	/// Counts the plan in [`PlansOfPayer`]. Returns the new plan's id. Emits
	/// [`Event::PlanCreated`].
	///
	/// # Errors
	/// - [`Error::AccessDenied`]: `who` is not an Admin of the active Payer `payer`.
	/// - [`Error::RulesNotSorted`]: see [`Self::check_rules`].
	/// - [`Error::IdsExhausted`]: no plan id is left.
	/// - the currency's error when the deposit cannot be held.
	pub(crate) fn do_create_plan(
		who: &T::AccountId,
		payer: OrganizationId,
		terms: PlanTermsOf<T>,
	) -> Result<PlanId, DispatchError> {
		Self::ensure_payer_role(payer, who, Role::Admin)?;
		Self::check_rules(&terms)?;
		let escrow_account = T::Organizations::organization(payer)
			.ok_or(Error::<T>::AccessDenied(AccessDenied::UnknownOrganization))?
			.account;
		let id = NextPlanId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;

		let deposit = T::PlanDeposit::get();
		T::Currency::hold(&HoldReason::Deposit.into(), who, deposit)?;
		Plans::<T>::insert(
			id,
			Plan {
				payer,
				escrow_account,
				versions: 1,
				funded: Zero::zero(),
				paid: Zero::zero(),
				withdrawn: Zero::zero(),
				reserved: Zero::zero(),
				publisher: who.clone(),
				deposit,
			},
		);
		PlanVersions::<T>::insert(id, 1, terms);
		// At most one plan per id, so the count cannot overflow.
		PlansOfPayer::<T>::mutate(payer, |plans| *plans = plans.saturating_add(1));
		NextPlanId::<T>::put(next);
		Self::deposit_event(Event::PlanCreated { plan: id, payer });
		Ok(id)
	}

	/// Adds version `n + 1` of plan `id`'s terms, in force from `terms.effective_from`.
	///
	/// - `who`: an Admin member of the plan's Payer.
	/// - `id`: the plan.
	/// - `terms`: the new version; it must take effect after the current version.
	///
	/// Emits [`Event::PlanUpdated`].
	///
	/// # Errors
	/// - [`Error::UnknownPlan`]: no plan `id` (or its current version is missing).
	/// - [`Error::AccessDenied`]: `who` is not an Admin of the plan's active Payer.
	/// - [`Error::RulesNotSorted`]: see [`Self::check_rules`].
	/// - [`Error::TooManyVersions`]: the plan has [`Config::MaxPlanVersions`] versions.
	/// - [`Error::VersionNotLater`]: `terms` take effect no later than the current version.
	pub(crate) fn do_update_plan(
		who: &T::AccountId,
		id: PlanId,
		terms: PlanTermsOf<T>,
	) -> DispatchResult {
		let mut plan = Self::plan_for_payer_role(id, who, Role::Admin)?;
		Self::check_rules(&terms)?;
		ensure!(plan.versions < T::MaxPlanVersions::get(), Error::<T>::TooManyVersions);
		let current = PlanVersions::<T>::get(id, plan.versions).ok_or(Error::<T>::UnknownPlan)?;
		ensure!(terms.effective_from > current.effective_from, Error::<T>::VersionNotLater);

		let version = plan.versions.saturating_add(1);
		let effective_from = terms.effective_from;
		plan.versions = version;
		PlanVersions::<T>::insert(id, version, terms);
		Plans::<T>::insert(id, plan);
		Self::deposit_event(Event::PlanUpdated { plan: id, version, effective_from });
		Ok(())
	}

	/// Moves `amount` from `who` into plan `id`'s escrow, held on the payer organization's
	/// account under [`HoldReason::PlanEscrow`]. The first funder also provides the escrow
	/// account's existential deposit (as its free balance).
	///
	/// - `who`: any account; it keeps at least the existential deposit.
	/// - `id`: the plan.
	/// - `amount`: what goes into escrow, not zero.
	///
	/// Emits [`Event::PlanFunded`].
	///
	/// # Errors
	/// - [`Error::UnknownPlan`]: no plan `id`.
	/// - [`Error::PayerNotActive`]: the plan's payer is suspended or no longer registered (its
	///   escrow could not be withdrawn nor spent).
	/// - [`Error::ZeroAmount`]: `amount` is zero.
	/// - the currency's error when `who` cannot pay.
	pub(crate) fn do_fund(who: &T::AccountId, id: PlanId, amount: BalanceOf<T>) -> DispatchResult {
		let plan = Plans::<T>::get(id).ok_or(Error::<T>::UnknownPlan)?;
		Self::ensure_payer_active(&plan)?;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);

		// The escrow account must exist to hold funds: its first funder provides the
		// existential deposit (as free balance of the payer organization).
		let minimum = T::Currency::minimum_balance();
		let total = T::Currency::total_balance(&plan.escrow_account);
		if total < minimum {
			T::Currency::transfer(
				who,
				&plan.escrow_account,
				minimum.saturating_sub(total),
				Preservation::Preserve,
			)?;
		}
		T::Currency::transfer_and_hold(
			&HoldReason::PlanEscrow.into(),
			who,
			&plan.escrow_account,
			amount,
			Precision::Exact,
			Preservation::Preserve,
			Fortitude::Polite,
		)?;
		Self::book_escrow_flow(id, plan, EscrowFlow::Fund, amount);
		Ok(())
	}

	/// Returns `amount` of plan `id`'s escrow to `who`, from what claims awaiting review or
	/// arbitration do not need ([`Self::available`]).
	///
	/// - `who`: an Admin member of the plan's Payer, active or suspended (a suspended payer's
	///   plans pay no new claims, but it takes back what pending claims do not need, security
	///   review M-9); receives the funds.
	/// - `id`: the plan.
	/// - `amount`: what is withdrawn, not zero.
	///
	/// Emits [`Event::EscrowWithdrawn`].
	///
	/// # Errors
	/// - [`Error::UnknownPlan`]: no plan `id`.
	/// - [`Error::AccessDenied`]: `who` is not an Admin of the plan's Payer.
	/// - [`Error::ZeroAmount`]: `amount` is zero.
	/// - [`Error::InsufficientEscrow`]: less than `amount` is available.
	pub(crate) fn do_withdraw(
		who: &T::AccountId,
		id: PlanId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let plan = Plans::<T>::get(id).ok_or(Error::<T>::UnknownPlan)?;
		T::Organizations::ensure_role_even_if_suspended(
			plan.payer,
			who,
			OrganizationKind::Payer,
			Role::Admin,
		)
		.map_err(Error::<T>::AccessDenied)?;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(Self::available(&plan) >= amount, Error::<T>::InsufficientEscrow);

		Self::pay_from_escrow(&plan, who, amount)?;
		Self::book_escrow_flow(id, plan, EscrowFlow::Withdraw, amount);
		Ok(())
	}

	/// Books `amount` that the payer moved into or out of plan `id`'s escrow (`funded` or
	/// `withdrawn` grows by it), stores the plan and emits [`Event::PlanFunded`] or
	/// [`Event::EscrowWithdrawn`] with what the escrow holds now.
	fn book_escrow_flow(id: PlanId, mut plan: PlanOf<T>, flow: EscrowFlow, amount: BalanceOf<T>) {
		let total = match flow {
			EscrowFlow::Fund => &mut plan.funded,
			EscrowFlow::Withdraw => &mut plan.withdrawn,
		};
		*total = total.saturating_add(amount);
		let held = Self::held(&plan);
		Plans::<T>::insert(id, plan);
		Self::deposit_event(match flow {
			EscrowFlow::Fund => Event::PlanFunded { plan: id, amount, held },
			EscrowFlow::Withdraw => Event::EscrowWithdrawn { plan: id, amount, held },
		});
	}

	/// Moves `amount` from `plan`'s escrow (held on the payer organization's account) to `to`'s
	/// free balance. The caller accounts for it in the plan (`paid` or `withdrawn`).
	///
	/// # Errors
	/// - the currency's error when less than `amount` is held or `to` cannot receive it.
	pub(crate) fn pay_from_escrow(
		plan: &PlanOf<T>,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		T::Currency::transfer_on_hold(
			&HoldReason::PlanEscrow.into(),
			&plan.escrow_account,
			to,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Polite,
		)
		.map(|_| ())
	}

	/// What a plan's escrow holds now: `funded − paid − withdrawn`.
	pub fn held(plan: &PlanOf<T>) -> BalanceOf<T> {
		plan.funded.saturating_sub(plan.paid).saturating_sub(plan.withdrawn)
	}

	/// What a plan's escrow holds beyond what pending claims need: `held − reserved`.
	pub fn available(plan: &PlanOf<T>) -> BalanceOf<T> {
		Self::held(plan).saturating_sub(plan.reserved)
	}

	/// A plan's escrow: [`Self::held`], the reservations and [`Self::available`].
	pub fn escrow_of(plan: &PlanOf<T>) -> Escrow<BalanceOf<T>> {
		Escrow { held: Self::held(plan), reserved: plan.reserved, available: Self::available(plan) }
	}

	/// The versions `1..=count` of plan `id`'s terms with their numbers, oldest first (at most
	/// [`Config::MaxPlanVersions`] reads).
	pub(crate) fn versions(id: PlanId, count: u32) -> Vec<(u32, PlanTermsOf<T>)> {
		(1..=count).filter_map(|v| PlanVersions::<T>::get(id, v).map(|t| (v, t))).collect()
	}

	/// The terms in force at `date`: the latest of `versions` (oldest first) whose
	/// `effective_from` is not after it.
	pub fn terms_in_force(
		versions: &[(u32, PlanTermsOf<T>)],
		date: Moment,
	) -> Option<&(u32, PlanTermsOf<T>)> {
		versions.iter().rev().find(|(_, t)| t.effective_from <= date)
	}
}
