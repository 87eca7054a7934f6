//! # Claims
//!
//! Insurance claims as rules in code. A Payer publishes a plan (coverage rules per service, an
//! annual limit per member, an auto-approval threshold) and funds its escrow; a patient enrolls
//! by signing (their consent to share claims data with the payer); a provider's Billing member
//! submits a claim with anchored evidence, and the plan in force at the service date adjudicates
//! it **in the same extrinsic**: per line the allowed amount, the patient's share, the payer's
//! amount and X12-style adjustment reasons, plus a commitment of the explanation of benefits.
//! Within the threshold the provider's organization is paid from escrow at once; above it a payer
//! Reviewer decides. A denial can be appealed; the governance origin arbitrates.
//!
//! ## Rules
//! - *Versions*: changing a plan makes a new version with a later `effective_from`; each line is
//!   adjudicated by the version in force at its service date.
//! - *Escrow*: funds are held on the payer organization's account under
//!   [`HoldReason::PlanEscrow`] (fungible holds); the plan's accounting keeps
//!   `held = funded − paid − withdrawn`, and withdrawals only take what claims awaiting review or
//!   arbitration do not need (`reserved`). The pallet never creates or destroys currency: it only
//!   moves funds into holds and from holds to providers (checked by `try_state`).
//! - *Evidence* must be real: anchored records of the patient, anchored by the claiming provider,
//!   not erased ([`RecordsInspect`]).
//! - *Duplicates*: a service (patient, provider, service code, service date) is never paid twice,
//!   within a claim or across claims.
//! - *Annual limit*: per member per calendar year (UTC) of the service date.
//!
//! ## Dispatchables
//! [`Pallet::create_plan`], [`Pallet::update_plan`], [`Pallet::fund_plan`],
//! [`Pallet::withdraw_escrow`], [`Pallet::enroll`], [`Pallet::leave_plan`],
//! [`Pallet::request_prior_auth`], [`Pallet::decide_prior_auth`], [`Pallet::submit_claim`],
//! [`Pallet::review_claim`], [`Pallet::appeal_claim`], [`Pallet::arbitrate_claim`].

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

use alloc::{collections::btree_map::BTreeMap, vec::Vec};

use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, InspectHold, Mutate, MutateHold},
		tokens::{Fortitude, Precision, Preservation, Restriction},
		Time,
	},
};
use frame_system::pallet_prelude::*;
pub use healthchain_primitives::{
	AccessDenied, Moment, OrganizationId, OrganizationInspect, OrganizationKind, RecordId,
	RecordsInspect, Role,
};
pub use pallet::*;
use sp_core::H256;
use sp_runtime::traits::{BlakeTwo256, Hash, Saturating, Zero};
pub use types::*;
pub use weights::WeightInfo;

/// The balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// A plan with the runtime's types.
pub type PlanOf<T> = Plan<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
/// Plan terms with the runtime's types.
pub type PlanTermsOf<T> = PlanTerms<BalanceOf<T>, <T as Config>::MaxRules>;
/// A claim with the runtime's types.
pub type ClaimOf<T> = Claim<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	<T as Config>::MaxLines,
	<T as Config>::MaxEvidence,
>;
/// A plan created at genesis: `(publisher, payer, terms, escrow funded by the publisher)`.
pub type GenesisPlan<T> =
	(<T as frame_system::Config>::AccountId, OrganizationId, PlanTermsOf<T>, BalanceOf<T>);
/// A claim's lines as submitted.
pub type LinesOf<T> = BoundedVec<ClaimLineInput<BalanceOf<T>>, <T as Config>::MaxLines>;
/// A claim's evidence.
pub type EvidenceOf<T> = BoundedVec<RecordId, <T as Config>::MaxEvidence>;

/// The calendar year (UTC, proleptic Gregorian) of a time in milliseconds since the epoch.
// Pure arithmetic on values bounded by u64 milliseconds (≤ 2.2e11 days): no overflow.
#[allow(clippy::arithmetic_side_effects)]
pub fn utc_year(ms: Moment) -> u32 {
	// Howard Hinnant's civil_from_days, for days since 1970-01-01 (non-negative here).
	let z = ms / 86_400_000 + 719_468;
	let era = z / 146_097;
	let doe = z - era * 146_097;
	let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
	let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	let mp = (5 * doy + 2) / 153;
	let month = if mp < 10 { mp + 3 } else { mp - 9 };
	let year = yoe + era * 400 + u64::from(month <= 2);
	u32::try_from(year).unwrap_or(u32::MAX)
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The currency of escrow, payments and deposits.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Mutate<Self::AccountId>;

		/// The organization registry: payers, providers, their members' roles.
		type Organizations: OrganizationInspect<Self::AccountId>;

		/// The record anchors: claims' evidence.
		type Records: RecordsInspect<Self::AccountId>;

		/// Arbitrates appeals (the consortium's governance).
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The current time (milliseconds since the Unix epoch).
		type Time: Time<Moment = Moment>;

		/// The most coverage rules a plan version has.
		#[pallet::constant]
		type MaxRules: Get<u32>;

		/// The most versions a plan has.
		#[pallet::constant]
		type MaxPlanVersions: Get<u32>;

		/// The most lines a claim has.
		#[pallet::constant]
		type MaxLines: Get<u32>;

		/// The most evidence records a claim cites.
		#[pallet::constant]
		type MaxEvidence: Get<u32>;

		/// Held from the publisher per plan.
		#[pallet::constant]
		type PlanDeposit: Get<BalanceOf<Self>>;

		/// Held from the submitter per claim.
		#[pallet::constant]
		type ClaimDeposit: Get<BalanceOf<Self>>;

		/// Weights of the calls, from benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A plan's escrow, on the payer organization's account.
		PlanEscrow,
		/// A plan's or a claim's storage deposit.
		Deposit,
	}

	/// The id the next plan gets.
	#[pallet::storage]
	pub type NextPlanId<T> = StorageValue<_, PlanId, ValueQuery>;

	/// Plans by id.
	#[pallet::storage]
	pub type Plans<T: Config> = StorageMap<_, Twox64Concat, PlanId, PlanOf<T>>;

	/// Each plan's versions of its terms: `(plan, version)`, versions from 1.
	#[pallet::storage]
	pub type PlanVersions<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PlanId, Twox64Concat, u32, PlanTermsOf<T>>;

	/// Enrollments: `(plan, patient)`.
	#[pallet::storage]
	pub type Enrollments<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PlanId, Blake2_128Concat, T::AccountId, Enrollment>;

	/// What each plan paid (or reserved) per member per calendar year: `((plan, patient), year)`.
	#[pallet::storage]
	pub type AnnualUsage<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		(PlanId, T::AccountId),
		Twox64Concat,
		u32,
		BalanceOf<T>,
		ValueQuery,
	>;

	/// The id the next prior authorization gets.
	#[pallet::storage]
	pub type NextPriorAuthId<T> = StorageValue<_, PriorAuthId, ValueQuery>;

	/// Prior authorizations by id.
	#[pallet::storage]
	pub type PriorAuths<T: Config> =
		StorageMap<_, Twox64Concat, PriorAuthId, PriorAuth<T::AccountId>>;

	/// The id the next claim gets.
	#[pallet::storage]
	pub type NextClaimId<T> = StorageValue<_, ClaimId, ValueQuery>;

	/// Claims by id.
	#[pallet::storage]
	pub type Claims<T: Config> = StorageMap<_, Twox64Concat, ClaimId, ClaimOf<T>>;

	/// Claims of each patient.
	#[pallet::storage]
	pub type ClaimsOfPatient<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, ClaimId, ()>;

	/// Claims of each provider.
	#[pallet::storage]
	pub type ClaimsOfProvider<T: Config> =
		StorageDoubleMap<_, Twox64Concat, OrganizationId, Twox64Concat, ClaimId, ()>;

	/// Claims against each plan.
	#[pallet::storage]
	pub type ClaimsOfPlan<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PlanId, Twox64Concat, ClaimId, ()>;

	/// Services claimed with a payable amount, by the hash of (patient, provider, service code,
	/// service date): the claim that holds each. A service is never paid twice.
	#[pallet::storage]
	pub type ClaimedServices<T: Config> = StorageMap<_, Identity, H256, ClaimId>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// `(publisher, payer, terms, escrow funded by the publisher)`, plans 0, 1, … in order.
		pub plans: Vec<GenesisPlan<T>>,
		/// `(plan, patient)`: enrollments from genesis.
		pub enrollments: Vec<(PlanId, T::AccountId)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (publisher, payer, terms, escrow) in &self.plans {
				let plan = Pallet::<T>::do_create_plan(publisher, *payer, terms.clone())
					.expect("genesis plans are valid");
				if !escrow.is_zero() {
					Pallet::<T>::do_fund(publisher, plan, *escrow)
						.expect("genesis publishers can fund their plans");
				}
			}
			for (plan, patient) in &self.enrollments {
				Pallet::<T>::do_enroll(patient, *plan).expect("genesis enrollments are valid");
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A payer published a plan (version 1).
		PlanCreated { plan: PlanId, payer: OrganizationId },
		/// A plan got a new version of its terms.
		PlanUpdated { plan: PlanId, version: u32, effective_from: Moment },
		/// Funds went into a plan's escrow.
		PlanFunded { plan: PlanId, amount: BalanceOf<T>, held: BalanceOf<T> },
		/// The payer took funds out of a plan's escrow.
		EscrowWithdrawn { plan: PlanId, amount: BalanceOf<T>, held: BalanceOf<T> },
		/// A patient enrolled in a plan.
		Enrolled { plan: PlanId, patient: T::AccountId },
		/// A patient left a plan.
		LeftPlan { plan: PlanId, patient: T::AccountId },
		/// A provider asked for a prior authorization.
		PriorAuthRequested { id: PriorAuthId, plan: PlanId, provider: OrganizationId },
		/// The payer decided a prior authorization.
		PriorAuthDecided { id: PriorAuthId, status: PriorAuthStatus },
		/// A claim was submitted and adjudicated; `status` is where it stands now.
		ClaimSubmitted {
			claim: ClaimId,
			plan: PlanId,
			provider: OrganizationId,
			payer_total: BalanceOf<T>,
			patient_total: BalanceOf<T>,
			status: ClaimStatus,
		},
		/// A claim's status changed (review, appeal, arbitration).
		ClaimStatusChanged { claim: ClaimId, status: ClaimStatus },
		/// A provider was paid from a plan's escrow for a claim.
		ClaimPaid { claim: ClaimId, provider: OrganizationId, amount: BalanceOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The caller may not act for the organization; the inner code says why.
		AccessDenied(AccessDenied),
		/// No plan has this id.
		UnknownPlan,
		/// Coverage rules must be sorted by service code, one per code.
		RulesNotSorted,
		/// A new version must take effect after the current one.
		VersionNotLater,
		/// The plan has `MaxPlanVersions` versions.
		TooManyVersions,
		/// An amount of zero.
		ZeroAmount,
		/// The escrow holds less than asked for beyond what pending claims need.
		InsufficientEscrow,
		/// The patient is already enrolled.
		AlreadyEnrolled,
		/// The patient is not enrolled (now, or at a line's service date).
		NotEnrolled,
		/// No prior authorization has this id.
		UnknownPriorAuth,
		/// The prior authorization was already decided.
		AlreadyDecided,
		/// The prior authorization is for another plan, patient, provider or service.
		PriorAuthMismatch,
		/// A claim needs at least one line.
		NoLines,
		/// A claim needs at least one evidence record.
		NoEvidence,
		/// An evidence record does not exist.
		UnknownEvidence,
		/// An evidence record is another patient's.
		EvidenceOfAnotherPatient,
		/// An evidence record was not anchored by the claiming provider.
		EvidenceOfAnotherProvider,
		/// An evidence record was erased.
		EvidenceErased,
		/// A service date is in the future.
		ServiceDateInFuture,
		/// No version of the plan was in force at a line's service date.
		NoTermsInForce,
		/// No claim has this id.
		UnknownClaim,
		/// The claim is not waiting for review.
		NotPendingReview,
		/// An adjustment may only lower the adjudicated amount.
		AdjustAboveAdjudicated,
		/// Only a denied claim can be appealed.
		NotDenied,
		/// Only an appealed claim can be arbitrated.
		NotAppealed,
		/// An award may not exceed what was billed.
		AwardTooHigh,
		/// A service of the claim was meanwhile paid under another claim.
		ServiceAlreadyClaimed,
		/// No id is left.
		IdsExhausted,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Publishes a plan of the Payer `payer` with `terms` as version 1.
		///
		/// - Origin: an Admin member of the active Payer.
		/// - Holds [`Config::PlanDeposit`] from the caller.
		/// - Emits [`Event::PlanCreated`].
		/// - Fails with [`Error::AccessDenied`], [`Error::RulesNotSorted`] or
		///   [`Error::IdsExhausted`], or when the deposit cannot be held.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_plan())]
		pub fn create_plan(
			origin: OriginFor<T>,
			payer: OrganizationId,
			terms: PlanTermsOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_plan(&who, payer, terms).map(|_| ())
		}

		/// Adds a version of `plan`'s terms, in force from `terms.effective_from` (after the
		/// current version's).
		///
		/// - Origin: an Admin member of the plan's active Payer.
		/// - Emits [`Event::PlanUpdated`].
		/// - Fails with [`Error::UnknownPlan`], [`Error::AccessDenied`],
		///   [`Error::RulesNotSorted`], [`Error::VersionNotLater`] or [`Error::TooManyVersions`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_plan())]
		pub fn update_plan(
			origin: OriginFor<T>,
			plan: PlanId,
			terms: PlanTermsOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut info = Plans::<T>::get(plan).ok_or(Error::<T>::UnknownPlan)?;
			Self::ensure_payer_role(info.payer, &who, Role::Admin)?;
			Self::check_rules(&terms)?;
			ensure!(info.versions < T::MaxPlanVersions::get(), Error::<T>::TooManyVersions);
			let current =
				PlanVersions::<T>::get(plan, info.versions).ok_or(Error::<T>::UnknownPlan)?;
			ensure!(terms.effective_from > current.effective_from, Error::<T>::VersionNotLater);
			info.versions = info.versions.saturating_add(1);
			let effective_from = terms.effective_from;
			PlanVersions::<T>::insert(plan, info.versions, terms);
			let version = info.versions;
			Plans::<T>::insert(plan, info);
			Self::deposit_event(Event::PlanUpdated { plan, version, effective_from });
			Ok(())
		}

		/// Moves `amount` from the caller into `plan`'s escrow, held on the payer organization's
		/// account.
		///
		/// - Origin: any signed account (typically the payer's treasury).
		/// - Emits [`Event::PlanFunded`].
		/// - Fails with [`Error::UnknownPlan`] or [`Error::ZeroAmount`], or when the caller
		///   cannot pay (the caller keeps at least the existential deposit).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::fund_plan())]
		pub fn fund_plan(
			origin: OriginFor<T>,
			plan: PlanId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_fund(&who, plan, amount)
		}

		/// Returns `amount` of `plan`'s escrow to the caller, from what claims awaiting review or
		/// arbitration do not need.
		///
		/// - Origin: an Admin member of the plan's active Payer.
		/// - Emits [`Event::EscrowWithdrawn`].
		/// - Fails with [`Error::UnknownPlan`], [`Error::AccessDenied`], [`Error::ZeroAmount`] or
		///   [`Error::InsufficientEscrow`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::withdraw_escrow())]
		pub fn withdraw_escrow(
			origin: OriginFor<T>,
			plan: PlanId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut info = Plans::<T>::get(plan).ok_or(Error::<T>::UnknownPlan)?;
			Self::ensure_payer_role(info.payer, &who, Role::Admin)?;
			ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
			ensure!(Self::available(&info) >= amount, Error::<T>::InsufficientEscrow);
			T::Currency::transfer_on_hold(
				&HoldReason::PlanEscrow.into(),
				&info.escrow_account,
				&who,
				amount,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Polite,
			)?;
			info.withdrawn = info.withdrawn.saturating_add(amount);
			let held = Self::held(&info);
			Plans::<T>::insert(plan, info);
			Self::deposit_event(Event::EscrowWithdrawn { plan, amount, held });
			Ok(())
		}

		/// Enrolls the caller in `plan`: their signature is their consent to share claims data
		/// with the payer. Coverage starts now.
		///
		/// - Origin: signed by the patient.
		/// - Emits [`Event::Enrolled`].
		/// - Fails with [`Error::UnknownPlan`], [`Error::AccessDenied`] (payer suspended) or
		///   [`Error::AlreadyEnrolled`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::enroll())]
		pub fn enroll(origin: OriginFor<T>, plan: PlanId) -> DispatchResult {
			let patient = ensure_signed(origin)?;
			Self::do_enroll(&patient, plan)
		}

		/// Ends the caller's coverage by `plan` now; services before now stay covered.
		///
		/// - Origin: signed by the patient.
		/// - Emits [`Event::LeftPlan`].
		/// - Fails with [`Error::NotEnrolled`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::leave_plan())]
		pub fn leave_plan(origin: OriginFor<T>, plan: PlanId) -> DispatchResult {
			let patient = ensure_signed(origin)?;
			let mut enrollment =
				Enrollments::<T>::get(plan, &patient).ok_or(Error::<T>::NotEnrolled)?;
			ensure!(enrollment.until.is_none(), Error::<T>::NotEnrolled);
			enrollment.until = Some(T::Time::now());
			Enrollments::<T>::insert(plan, &patient, enrollment);
			Self::deposit_event(Event::LeftPlan { plan, patient });
			Ok(())
		}

		/// Asks `plan`'s payer to authorize `service_code` for `patient` before it is rendered.
		///
		/// - Origin: a Clinician or Billing member of the active Provider `provider`.
		/// - Emits [`Event::PriorAuthRequested`].
		/// - Fails with [`Error::AccessDenied`], [`Error::UnknownPlan`] or
		///   [`Error::IdsExhausted`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::request_prior_auth())]
		pub fn request_prior_auth(
			origin: OriginFor<T>,
			provider: OrganizationId,
			plan: PlanId,
			patient: T::AccountId,
			service_code: ServiceCode,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let as_clinician = T::Organizations::ensure_role(
				provider,
				&who,
				OrganizationKind::Provider,
				Role::Clinician,
			);
			if as_clinician.is_err() {
				T::Organizations::ensure_role(
					provider,
					&who,
					OrganizationKind::Provider,
					Role::Billing,
				)
				.map_err(Error::<T>::AccessDenied)?;
			}
			ensure!(Plans::<T>::contains_key(plan), Error::<T>::UnknownPlan);
			let id = NextPriorAuthId::<T>::get();
			let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
			PriorAuths::<T>::insert(
				id,
				PriorAuth {
					provider,
					plan,
					patient,
					service_code,
					status: PriorAuthStatus::Requested,
					requested_at: T::Time::now(),
				},
			);
			NextPriorAuthId::<T>::put(next);
			Self::deposit_event(Event::PriorAuthRequested { id, plan, provider });
			Ok(())
		}

		/// Approves or denies a prior authorization.
		///
		/// - Origin: a Reviewer member of the plan's active Payer.
		/// - Emits [`Event::PriorAuthDecided`].
		/// - Fails with [`Error::UnknownPriorAuth`], [`Error::UnknownPlan`],
		///   [`Error::AccessDenied`] or [`Error::AlreadyDecided`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::decide_prior_auth())]
		pub fn decide_prior_auth(
			origin: OriginFor<T>,
			id: PriorAuthId,
			approve: bool,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut auth = PriorAuths::<T>::get(id).ok_or(Error::<T>::UnknownPriorAuth)?;
			let info = Plans::<T>::get(auth.plan).ok_or(Error::<T>::UnknownPlan)?;
			Self::ensure_payer_role(info.payer, &who, Role::Reviewer)?;
			ensure!(auth.status == PriorAuthStatus::Requested, Error::<T>::AlreadyDecided);
			auth.status = if approve { PriorAuthStatus::Approved } else { PriorAuthStatus::Denied };
			let status = auth.status;
			PriorAuths::<T>::insert(id, auth);
			Self::deposit_event(Event::PriorAuthDecided { id, status });
			Ok(())
		}

		/// Submits a claim of `provider` against `plan` for `patient`, with `evidence` (anchored
		/// records) and `lines`, and adjudicates it at once by the plan version in force at each
		/// line's service date. Within the auto-approval threshold (and the escrow) the provider
		/// organization is paid now; above it the claim waits for review; with nothing payable
		/// it is denied.
		///
		/// - Origin: a Billing member of the active Provider `provider`.
		/// - Holds [`Config::ClaimDeposit`] from the caller.
		/// - Emits [`Event::ClaimSubmitted`] (and [`Event::ClaimPaid`]).
		/// - Fails with [`Error::AccessDenied`], [`Error::UnknownPlan`], [`Error::NoLines`],
		///   [`Error::NoEvidence`], the evidence errors, [`Error::NotEnrolled`],
		///   [`Error::ZeroAmount`], [`Error::ServiceDateInFuture`], [`Error::NoTermsInForce`],
		///   [`Error::UnknownPriorAuth`], [`Error::PriorAuthMismatch`] or
		///   [`Error::IdsExhausted`], or when the deposit cannot be held.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::submit_claim(lines.len() as u32, evidence.len() as u32))]
		pub fn submit_claim(
			origin: OriginFor<T>,
			provider: OrganizationId,
			plan: PlanId,
			patient: T::AccountId,
			evidence: EvidenceOf<T>,
			lines: LinesOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_submit(&who, provider, plan, patient, evidence, lines).map(|_| ())
		}

		/// Decides a claim waiting for review: pay the adjudicated amount, pay less, or deny.
		///
		/// - Origin: a Reviewer member of the plan's active Payer.
		/// - Emits [`Event::ClaimStatusChanged`] (and [`Event::ClaimPaid`]).
		/// - Fails with [`Error::UnknownClaim`], [`Error::AccessDenied`],
		///   [`Error::NotPendingReview`], [`Error::AdjustAboveAdjudicated`] or
		///   [`Error::InsufficientEscrow`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::review_claim(T::MaxLines::get()))]
		pub fn review_claim(
			origin: OriginFor<T>,
			claim: ClaimId,
			decision: ReviewDecision<BalanceOf<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut entry = Claims::<T>::get(claim).ok_or(Error::<T>::UnknownClaim)?;
			let mut info = Plans::<T>::get(entry.plan).ok_or(Error::<T>::UnknownPlan)?;
			Self::ensure_payer_role(info.payer, &who, Role::Reviewer)?;
			ensure!(entry.status == ClaimStatus::PendingReview, Error::<T>::NotPendingReview);
			info.reserved = info.reserved.saturating_sub(entry.payer_total);
			let pay = match decision {
				ReviewDecision::Approve => entry.payer_total,
				ReviewDecision::Adjust(amount) => {
					ensure!(amount <= entry.payer_total, Error::<T>::AdjustAboveAdjudicated);
					amount
				},
				ReviewDecision::Deny => Zero::zero(),
			};
			Self::release_usage(&entry, entry.payer_total.saturating_sub(pay));
			if pay.is_zero() {
				Self::release_services(claim, &entry);
				entry.status = ClaimStatus::Denied;
			} else {
				Self::pay(claim, &mut info, &mut entry, pay)?;
			}
			Self::deposit_event(Event::ClaimStatusChanged { claim, status: entry.status });
			Plans::<T>::insert(entry.plan, info);
			Claims::<T>::insert(claim, entry);
			Ok(())
		}

		/// Appeals a denied claim; the governance origin arbitrates. Reserves the billed total in
		/// the plan's escrow until then.
		///
		/// - Origin: a Billing member of the claim's active Provider.
		/// - Emits [`Event::ClaimStatusChanged`].
		/// - Fails with [`Error::UnknownClaim`], [`Error::AccessDenied`] or [`Error::NotDenied`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::appeal_claim())]
		pub fn appeal_claim(origin: OriginFor<T>, claim: ClaimId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut entry = Claims::<T>::get(claim).ok_or(Error::<T>::UnknownClaim)?;
			T::Organizations::ensure_role(
				entry.provider,
				&who,
				OrganizationKind::Provider,
				Role::Billing,
			)
			.map_err(Error::<T>::AccessDenied)?;
			ensure!(entry.status == ClaimStatus::Denied, Error::<T>::NotDenied);
			let mut info = Plans::<T>::get(entry.plan).ok_or(Error::<T>::UnknownPlan)?;
			info.reserved = info.reserved.saturating_add(Self::billed(&entry));
			entry.status = ClaimStatus::Appealed;
			Plans::<T>::insert(entry.plan, info);
			Claims::<T>::insert(claim, entry);
			Self::deposit_event(Event::ClaimStatusChanged { claim, status: ClaimStatus::Appealed });
			Ok(())
		}

		/// Arbitrates an appealed claim: `award` zero upholds the denial (final); otherwise the
		/// provider is paid `award` (at most the billed total) from escrow and the claim's
		/// services count as paid.
		///
		/// - Origin: the governance origin.
		/// - Emits [`Event::ClaimStatusChanged`] (and [`Event::ClaimPaid`]).
		/// - Fails with [`Error::UnknownClaim`], [`Error::NotAppealed`], [`Error::AwardTooHigh`],
		///   [`Error::ServiceAlreadyClaimed`] or [`Error::InsufficientEscrow`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::arbitrate_claim(T::MaxLines::get()))]
		pub fn arbitrate_claim(
			origin: OriginFor<T>,
			claim: ClaimId,
			award: BalanceOf<T>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let mut entry = Claims::<T>::get(claim).ok_or(Error::<T>::UnknownClaim)?;
			ensure!(entry.status == ClaimStatus::Appealed, Error::<T>::NotAppealed);
			let billed = Self::billed(&entry);
			ensure!(award <= billed, Error::<T>::AwardTooHigh);
			let mut info = Plans::<T>::get(entry.plan).ok_or(Error::<T>::UnknownPlan)?;
			info.reserved = info.reserved.saturating_sub(billed);
			if award.is_zero() {
				entry.status = ClaimStatus::DenialUpheld;
			} else {
				for line in entry.lines.iter() {
					let key = Self::service_key(&entry.patient, entry.provider, &line.input);
					ensure!(
						ClaimedServices::<T>::get(key).is_none_or(|holder| holder == claim),
						Error::<T>::ServiceAlreadyClaimed
					);
				}
				Self::pay(claim, &mut info, &mut entry, award)?;
				for line in entry.lines.iter() {
					let key = Self::service_key(&entry.patient, entry.provider, &line.input);
					ClaimedServices::<T>::insert(key, claim);
				}
				if let Some(first) = entry.lines.first() {
					let year = utc_year(first.input.service_date);
					AnnualUsage::<T>::mutate((entry.plan, entry.patient.clone()), year, |used| {
						*used = used.saturating_add(award)
					});
				}
			}
			Self::deposit_event(Event::ClaimStatusChanged { claim, status: entry.status });
			Plans::<T>::insert(entry.plan, info);
			Claims::<T>::insert(claim, entry);
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	fn ensure_payer_role(payer: OrganizationId, who: &T::AccountId, role: Role) -> DispatchResult {
		T::Organizations::ensure_role(payer, who, OrganizationKind::Payer, role)
			.map_err(|e| Error::<T>::AccessDenied(e).into())
	}

	fn check_rules(terms: &PlanTermsOf<T>) -> DispatchResult {
		let sorted = terms.rules.windows(2).all(|pair| match pair {
			[a, b] => a.service_code < b.service_code,
			_ => true,
		});
		ensure!(sorted, Error::<T>::RulesNotSorted);
		Ok(())
	}

	/// What a plan's escrow holds now.
	pub fn held(info: &PlanOf<T>) -> BalanceOf<T> {
		info.funded.saturating_sub(info.paid).saturating_sub(info.withdrawn)
	}

	/// What a plan's escrow holds beyond what pending claims need.
	pub fn available(info: &PlanOf<T>) -> BalanceOf<T> {
		Self::held(info).saturating_sub(info.reserved)
	}

	fn billed(claim: &ClaimOf<T>) -> BalanceOf<T> {
		claim
			.lines
			.iter()
			.fold(Zero::zero(), |sum: BalanceOf<T>, l| sum.saturating_add(l.input.amount))
	}

	/// The key of a service for duplicate detection.
	pub fn service_key(
		patient: &T::AccountId,
		provider: OrganizationId,
		line: &ClaimLineInput<BalanceOf<T>>,
	) -> H256 {
		BlakeTwo256::hash_of(&(patient, provider, line.service_code, line.service_date))
	}

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
		NextPlanId::<T>::put(next);
		Self::deposit_event(Event::PlanCreated { plan: id, payer });
		Ok(id)
	}

	pub(crate) fn do_fund(
		who: &T::AccountId,
		plan: PlanId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let mut info = Plans::<T>::get(plan).ok_or(Error::<T>::UnknownPlan)?;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		// The escrow account must exist to hold funds: its first funder provides the
		// existential deposit (as free balance of the payer organization).
		let minimum = T::Currency::minimum_balance();
		let total = T::Currency::total_balance(&info.escrow_account);
		if total < minimum {
			T::Currency::transfer(
				who,
				&info.escrow_account,
				minimum.saturating_sub(total),
				Preservation::Preserve,
			)?;
		}
		T::Currency::transfer_and_hold(
			&HoldReason::PlanEscrow.into(),
			who,
			&info.escrow_account,
			amount,
			Precision::Exact,
			Preservation::Preserve,
			Fortitude::Polite,
		)?;
		info.funded = info.funded.saturating_add(amount);
		let held = Self::held(&info);
		Plans::<T>::insert(plan, info);
		Self::deposit_event(Event::PlanFunded { plan, amount, held });
		Ok(())
	}

	pub(crate) fn do_enroll(patient: &T::AccountId, plan: PlanId) -> DispatchResult {
		let info = Plans::<T>::get(plan).ok_or(Error::<T>::UnknownPlan)?;
		T::Organizations::ensure_active(info.payer, OrganizationKind::Payer)
			.map_err(Error::<T>::AccessDenied)?;
		if let Some(existing) = Enrollments::<T>::get(plan, patient) {
			ensure!(existing.until.is_some(), Error::<T>::AlreadyEnrolled);
		}
		Enrollments::<T>::insert(plan, patient, Enrollment { since: T::Time::now(), until: None });
		Self::deposit_event(Event::Enrolled { plan, patient: patient.clone() });
		Ok(())
	}

	/// The versions of `plan`'s terms, oldest first (at most `MaxPlanVersions` reads).
	fn versions(plan: PlanId, count: u32) -> Vec<(u32, PlanTermsOf<T>)> {
		(1..=count).filter_map(|v| PlanVersions::<T>::get(plan, v).map(|t| (v, t))).collect()
	}

	/// The terms in force at `date`: the latest version whose `effective_from` is not after it.
	pub fn terms_in_force(
		versions: &[(u32, PlanTermsOf<T>)],
		date: Moment,
	) -> Option<&(u32, PlanTermsOf<T>)> {
		versions.iter().rev().find(|(_, t)| t.effective_from <= date)
	}

	/// Adjudicates one line: the rule for its service, prior authorization, duplicates, the fee
	/// schedule, the patient's share and the remaining annual limit.
	pub fn adjudicate_line(
		terms: &PlanTermsOf<T>,
		input: ClaimLineInput<BalanceOf<T>>,
		prior_auth_approved: bool,
		duplicate: bool,
		remaining_limit: BalanceOf<T>,
	) -> AdjudicatedLine<BalanceOf<T>> {
		let mut adjustments = BoundedVec::<Adjustment, MaxAdjustments>::new();
		let mut note = |a: Adjustment| {
			let _ = adjustments.try_push(a);
		};
		let rule = terms
			.rules
			.binary_search_by_key(&input.service_code, |r| r.service_code)
			.ok()
			.and_then(|i| terms.rules.get(i));
		let denied = match rule {
			Some(r) if r.covered => {
				if r.prior_auth_required && !prior_auth_approved {
					Some(Adjustment::PriorAuthMissing)
				} else if duplicate {
					Some(Adjustment::Duplicate)
				} else {
					None
				}
			},
			_ => Some(Adjustment::NotCovered),
		};
		let (allowed, patient_responsibility, payer_amount) = match (denied, rule) {
			(None, Some(r)) => {
				let allowed = input.amount.min(r.max_allowed);
				if input.amount > r.max_allowed {
					note(Adjustment::ExceedsFeeSchedule);
				}
				let share = r.patient_share.mul_floor(allowed);
				if !share.is_zero() {
					note(Adjustment::PatientShare);
				}
				let mut payer = allowed.saturating_sub(share);
				if payer > remaining_limit {
					payer = remaining_limit;
					note(Adjustment::AnnualLimitReached);
				}
				(allowed, allowed.saturating_sub(payer), payer)
			},
			(reason, _) => {
				note(reason.unwrap_or(Adjustment::NotCovered));
				(Zero::zero(), Zero::zero(), Zero::zero())
			},
		};
		AdjudicatedLine { input, allowed, patient_responsibility, payer_amount, adjustments }
	}

	pub(crate) fn do_submit(
		who: &T::AccountId,
		provider: OrganizationId,
		plan: PlanId,
		patient: T::AccountId,
		evidence: EvidenceOf<T>,
		lines: LinesOf<T>,
	) -> Result<ClaimId, DispatchError> {
		T::Organizations::ensure_role(provider, who, OrganizationKind::Provider, Role::Billing)
			.map_err(Error::<T>::AccessDenied)?;
		let mut info = Plans::<T>::get(plan).ok_or(Error::<T>::UnknownPlan)?;
		ensure!(!lines.is_empty(), Error::<T>::NoLines);
		ensure!(!evidence.is_empty(), Error::<T>::NoEvidence);
		for record in evidence.iter() {
			let facts = T::Records::record_facts(*record).ok_or(Error::<T>::UnknownEvidence)?;
			ensure!(facts.patient == patient, Error::<T>::EvidenceOfAnotherPatient);
			ensure!(facts.organization == Some(provider), Error::<T>::EvidenceOfAnotherProvider);
			ensure!(!facts.erased, Error::<T>::EvidenceErased);
		}
		let enrollment = Enrollments::<T>::get(plan, &patient).ok_or(Error::<T>::NotEnrolled)?;
		let id = NextClaimId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		let now = T::Time::now();
		let versions = Self::versions(plan, info.versions);

		let mut adjudicated = BoundedVec::<AdjudicatedLine<BalanceOf<T>>, T::MaxLines>::new();
		let mut line_versions = Vec::new();
		let mut usage: BTreeMap<u32, BalanceOf<T>> = BTreeMap::new();
		let mut keys = Vec::new();
		let mut threshold: Option<BalanceOf<T>> = None;
		for input in lines.into_iter() {
			ensure!(!input.amount.is_zero(), Error::<T>::ZeroAmount);
			ensure!(input.service_date <= now, Error::<T>::ServiceDateInFuture);
			ensure!(enrollment.covers(input.service_date), Error::<T>::NotEnrolled);
			let (version, terms) = Self::terms_in_force(&versions, input.service_date)
				.ok_or(Error::<T>::NoTermsInForce)?;
			let approved = match input.prior_auth {
				Some(auth_id) => {
					let auth = PriorAuths::<T>::get(auth_id).ok_or(Error::<T>::UnknownPriorAuth)?;
					ensure!(
						auth.plan == plan
							&& auth.patient == patient
							&& auth.provider == provider
							&& auth.service_code == input.service_code,
						Error::<T>::PriorAuthMismatch
					);
					auth.status == PriorAuthStatus::Approved
				},
				None => false,
			};
			let key = Self::service_key(&patient, provider, &input);
			let duplicate = keys.contains(&key) || ClaimedServices::<T>::contains_key(key);
			let year = utc_year(input.service_date);
			let used = AnnualUsage::<T>::get((plan, patient.clone()), year)
				.saturating_add(usage.get(&year).copied().unwrap_or_default());
			let remaining = terms.annual_limit.saturating_sub(used);
			let line = Self::adjudicate_line(terms, input, approved, duplicate, remaining);
			if !line.payer_amount.is_zero() {
				keys.push(key);
				let entry = usage.entry(year).or_default();
				*entry = entry.saturating_add(line.payer_amount);
			}
			threshold = Some(match threshold {
				Some(t) => t.min(terms.auto_approve_up_to),
				None => terms.auto_approve_up_to,
			});
			line_versions.push(*version);
			adjudicated.try_push(line).map_err(|_| Error::<T>::NoLines)?;
		}
		let zero: BalanceOf<T> = Zero::zero();
		let payer_total = adjudicated.iter().fold(zero, |s, l| s.saturating_add(l.payer_amount));
		let patient_total =
			adjudicated.iter().fold(zero, |s, l| s.saturating_add(l.patient_responsibility));
		let eob_commitment = BlakeTwo256::hash_of(&(id, plan, &line_versions, &adjudicated));

		let deposit = T::ClaimDeposit::get();
		T::Currency::hold(&HoldReason::Deposit.into(), who, deposit)?;
		for (year, amount) in usage {
			AnnualUsage::<T>::mutate((plan, patient.clone()), year, |used| {
				*used = used.saturating_add(amount)
			});
		}
		for key in keys {
			ClaimedServices::<T>::insert(key, id);
		}
		let mut claim = Claim {
			plan,
			patient: patient.clone(),
			provider,
			submitter: who.clone(),
			evidence,
			lines: adjudicated,
			payer_total,
			patient_total,
			paid: Zero::zero(),
			status: ClaimStatus::Denied,
			eob_commitment,
			submitted_at: now,
			deposit,
		};
		if payer_total.is_zero() {
			claim.status = ClaimStatus::Denied;
		} else if threshold.is_some_and(|t| payer_total <= t)
			&& Self::available(&info) >= payer_total
		{
			Self::pay(id, &mut info, &mut claim, payer_total)?;
		} else {
			claim.status = ClaimStatus::PendingReview;
			info.reserved = info.reserved.saturating_add(payer_total);
		}
		Self::deposit_event(Event::ClaimSubmitted {
			claim: id,
			plan,
			provider,
			payer_total,
			patient_total,
			status: claim.status,
		});
		ClaimsOfPatient::<T>::insert(&patient, id, ());
		ClaimsOfProvider::<T>::insert(provider, id, ());
		ClaimsOfPlan::<T>::insert(plan, id, ());
		Claims::<T>::insert(id, claim);
		Plans::<T>::insert(plan, info);
		NextClaimId::<T>::put(next);
		Ok(id)
	}

	/// Pays `amount` of `claim` to its provider organization's account from the plan's escrow.
	fn pay(
		id: ClaimId,
		info: &mut PlanOf<T>,
		claim: &mut ClaimOf<T>,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(Self::available(info) >= amount, Error::<T>::InsufficientEscrow);
		let provider_account = T::Organizations::organization(claim.provider)
			.ok_or(Error::<T>::AccessDenied(AccessDenied::UnknownOrganization))?
			.account;
		T::Currency::transfer_on_hold(
			&HoldReason::PlanEscrow.into(),
			&info.escrow_account,
			&provider_account,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Polite,
		)?;
		info.paid = info.paid.saturating_add(amount);
		claim.paid = amount;
		claim.status = ClaimStatus::Paid;
		Self::deposit_event(Event::ClaimPaid { claim: id, provider: claim.provider, amount });
		Ok(())
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

	/// Frees the services a denied claim held, so that a corrected claim can claim them.
	fn release_services(id: ClaimId, claim: &ClaimOf<T>) {
		for line in claim.lines.iter() {
			let key = Self::service_key(&claim.patient, claim.provider, &line.input);
			if ClaimedServices::<T>::get(key) == Some(id) {
				ClaimedServices::<T>::remove(key);
			}
		}
	}

	/// `limit` items (at most 1000) of a claim index under `key`, after `start_after`.
	fn claims_page<Index, K>(
		key: K,
		start_after: Option<ClaimId>,
		limit: u32,
	) -> Vec<(ClaimId, ClaimOf<T>)>
	where
		K: codec::FullCodec + Clone,
		Index: frame_support::storage::IterableStorageDoubleMap<K, ClaimId, ()>
			+ frame_support::storage::StorageDoubleMap<K, ClaimId, ()>,
	{
		let limit = limit.min(1000) as usize;
		let ids: Vec<ClaimId> = match start_after {
			Some(cursor) => {
				Index::iter_key_prefix_from(key.clone(), Index::hashed_key_for(key, cursor))
					.take(limit)
					.collect()
			},
			None => Index::iter_key_prefix(key).take(limit).collect(),
		};
		ids.into_iter().filter_map(|id| Claims::<T>::get(id).map(|c| (id, c))).collect()
	}

	/// A page of `patient`'s claims.
	pub fn claims_of_patient(
		patient: &T::AccountId,
		start_after: Option<ClaimId>,
		limit: u32,
	) -> Vec<(ClaimId, ClaimOf<T>)> {
		Self::claims_page::<ClaimsOfPatient<T>, _>(patient.clone(), start_after, limit)
	}

	/// A page of `provider`'s claims.
	pub fn claims_of_provider(
		provider: OrganizationId,
		start_after: Option<ClaimId>,
		limit: u32,
	) -> Vec<(ClaimId, ClaimOf<T>)> {
		Self::claims_page::<ClaimsOfProvider<T>, _>(provider, start_after, limit)
	}

	/// A page of the claims against `plan`.
	pub fn claims_of_plan(
		plan: PlanId,
		start_after: Option<ClaimId>,
		limit: u32,
	) -> Vec<(ClaimId, ClaimOf<T>)> {
		Self::claims_page::<ClaimsOfPlan<T>, _>(plan, start_after, limit)
	}

	/// A plan with its current terms.
	pub fn plan(plan: PlanId) -> Option<(PlanOf<T>, PlanTermsOf<T>)> {
		let info = Plans::<T>::get(plan)?;
		let terms = PlanVersions::<T>::get(plan, info.versions)?;
		Some((info, terms))
	}

	/// What `plan` would still pay for `patient` this calendar year (UTC) under the terms in
	/// force now, and whether the patient is enrolled now; `None` if the plan does not exist.
	pub fn remaining_annual_limit(
		plan: PlanId,
		patient: &T::AccountId,
	) -> Option<(BalanceOf<T>, bool)> {
		let info = Plans::<T>::get(plan)?;
		let now = T::Time::now();
		let versions = Self::versions(plan, info.versions);
		let limit = Self::terms_in_force(&versions, now).map(|(_, t)| t.annual_limit)?;
		let used = AnnualUsage::<T>::get((plan, patient.clone()), utc_year(now));
		let enrolled = Enrollments::<T>::get(plan, patient).is_some_and(|e| e.covers(now));
		Some((limit.saturating_sub(used), enrolled))
	}

	/// Invariants: per escrow account, the funds held equal its plans' `funded − paid −
	/// withdrawn`; each plan's `reserved` equals what its pending and appealed claims need;
	/// claims are indexed; claimed services point at claims that hold them; deposits are held.
	#[cfg(any(feature = "try-runtime", feature = "std"))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut escrow: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut reserved: BTreeMap<PlanId, BalanceOf<T>> = BTreeMap::new();
		let add = |map: &mut BTreeMap<T::AccountId, BalanceOf<T>>, who: &T::AccountId, a| {
			let e = map.entry(who.clone()).or_default();
			*e = e.saturating_add(a);
		};
		for (id, claim) in Claims::<T>::iter() {
			ensure!(id < NextClaimId::<T>::get(), "claim id not below NextClaimId");
			ensure!(ClaimsOfPatient::<T>::contains_key(&claim.patient, id), "patient index");
			ensure!(ClaimsOfProvider::<T>::contains_key(claim.provider, id), "provider index");
			ensure!(ClaimsOfPlan::<T>::contains_key(claim.plan, id), "plan index");
			ensure!(claim.paid <= Self::billed(&claim), "paid more than billed");
			let need = match claim.status {
				ClaimStatus::PendingReview => claim.payer_total,
				ClaimStatus::Appealed => Self::billed(&claim),
				_ => Zero::zero(),
			};
			let e = reserved.entry(claim.plan).or_default();
			*e = e.saturating_add(need);
			add(&mut deposits, &claim.submitter, claim.deposit);
		}
		for (_, claim) in ClaimedServices::<T>::iter() {
			ensure!(Claims::<T>::contains_key(claim), "claimed service of a missing claim");
		}
		for (id, info) in Plans::<T>::iter() {
			ensure!(id < NextPlanId::<T>::get(), "plan id not below NextPlanId");
			ensure!(info.versions >= 1, "plan without terms");
			ensure!(
				PlanVersions::<T>::contains_key(id, info.versions),
				"plan's current version missing"
			);
			ensure!(
				info.paid.saturating_add(info.withdrawn) <= info.funded,
				"more left the escrow than went in"
			);
			ensure!(
				reserved.get(&id).copied().unwrap_or_default() == info.reserved,
				"reserved differs from the pending claims"
			);
			add(&mut escrow, &info.escrow_account, Self::held(&info));
			add(&mut deposits, &info.publisher, info.deposit);
		}
		for (who, amount) in escrow {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::PlanEscrow.into(), &who) == amount,
				"escrow held differs from funded - paid - withdrawn"
			);
		}
		for (who, amount) in deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::Deposit.into(), &who) == amount,
				"held deposits differ from the stored deposits"
			);
		}
		Ok(())
	}
}
