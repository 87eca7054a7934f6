//! # Claims
//!
//! Insurance claims as rules in code. A Payer publishes a plan (coverage rules per service, an
//! annual limit per member, an auto-approval threshold) and funds its escrow; a patient asks to
//! join by signing (their consent to share claims data with the payer) and the payer accepts
//! them; a provider's Billing member
//! submits a claim with anchored evidence, and the plan in force at the service date adjudicates
//! it **in the same extrinsic**: per line the allowed amount, the patient's share, the payer's
//! amount and X12-style adjustment reasons, plus a commitment of the explanation of benefits.
//! Within the threshold the provider is paid from escrow at once; above it a payer Reviewer
//! decides. A denial can be appealed; the governance origin arbitrates.
//!
//! ## Rules
//! - *Versions*: changing a plan makes a new version with a later `effective_from`; each line is
//!   adjudicated by the version in force at its service date.
//! - *Escrow*: funds are held on the payer organization's account under
//!   [`HoldReason::PlanEscrow`] (fungible holds); the plan's accounting keeps
//!   `held = funded − paid − withdrawn`, and withdrawals only take what claims awaiting review or
//!   arbitration do not need (`reserved`). The pallet never creates or destroys currency: it only
//!   moves funds into holds and from holds to providers (checked by `try_state`).
//! - *Payouts*: a provider is paid, at submission, on review or by arbitration, to its payout
//!   account as the registry reports it at the time of payment: the account its admin named,
//!   else the organization's own account (security review C-1: the own account is keyless).
//! - *Eligibility* belongs to the payer (security review H-3): [`Pallet::enroll`] is a request;
//!   coverage starts when an Admin of the payer accepts it ([`Pallet::decide_enrollment`]) and
//!   ends when the patient leaves or the payer ends it ([`Pallet::end_coverage`]). Every accepted
//!   period is kept ([`Membership`]), so joining again never erases earlier coverage (L-2).
//! - *Evidence* must be real and current: anchored records of the patient, anchored by the
//!   claiming provider, each the current version of its record — not superseded, entered in error
//!   or erased ([`RecordsInspect`]) — and backing one claim ([`ClaimEvidence`]).
//! - *Duplicates*: a service (patient, provider, service code, **UTC service day**,
//!   [`Pallet::service_key`]) is never paid twice, within a claim or across claims: shifting the
//!   service date by a millisecond does not make another service. A service a reviewer denied
//!   stays marked ([`DeniedServices`]): no claim for it is paid without review.
//! - *Prior authorizations* need a member, hold [`Config::PriorAuthDeposit`], expire
//!   ([`Config::PriorAuthValidity`]) and back one payable claim line (L-6).
//! - *Deposits*: a plan's is permanent (plans are never deleted); a claim's comes back when it is
//!   settled (paid, or its denial final, [`Pallet::accept_denial`]); a prior authorization's
//!   when it is denied, used or withdrawn ([`Pallet::remove_prior_auth`]) (L-3).
//! - *Annual limit*: per member per calendar year (UTC) of the service date; an arbitration
//!   award is booked to the years of the claim's lines, within each year's remaining limit.
//! - *Bounded reservations*: a line bills at most [`Config::MaxLineAmount`]; an appeal reserves
//!   at most what the plan could pay for the claim's lines under its rules, never the billed
//!   total (security review M-7), so an absurd bill freezes no escrow.
//! - *Suspension* (or removal from the registry) of a payer or a provider takes effect at the
//!   next call, without a sweep, and ends when the organization is reinstated:
//!   - nothing moves through the plans of a payer that is suspended or no longer registered:
//!     claims against them, arbitration awards from their escrow, funding, enrollments and prior
//!     authorization requests fail with [`Error::PayerNotActive`]; its own members' calls
//!     (publishing or changing plans, reviews, enrollment and prior authorization decisions)
//!     fail with [`Error::AccessDenied`], except that its Admin still withdraws what pending
//!     claims do not need (M-9);
//!   - a provider that is suspended or no longer registered submits, appeals and asks for
//!     nothing ([`Error::AccessDenied`]) and is paid nothing: an approval or adjustment on review
//!     and an arbitration award fail with [`Error::ProviderNotActive`]; its claims awaiting
//!     review or arbitration keep their reservation until it is reinstated;
//!   - what moves no money stays possible: a review may deny, governance may uphold a denial
//!     (an award of zero), a patient may leave a plan.
//!
//!   [`Error::AccessDenied`] always concerns the caller's own organization,
//!   [`Error::PayerNotActive`] and [`Error::ProviderNotActive`] the other party.
//! - *Removal*: the registry asks every pallet before it removes an organization
//!   ([`OrganizationReferences`], answered in O(1) reads): claims answers
//!   [`OrganizationUse::Escrow`] while the payer's account holds plan escrow, else
//!   [`OrganizationUse::Plans`] while the payer has plans ([`PlansOfPayer`] counts them; plans
//!   are never deleted, so a payer that published one stays registered, suspended at most).
//!   A provider's claims do not hold it: once it is gone they are paid nothing.
//!
//! ## Dispatchables
//! [`Pallet::create_plan`], [`Pallet::update_plan`], [`Pallet::fund_plan`],
//! [`Pallet::withdraw_escrow`], [`Pallet::enroll`], [`Pallet::leave_plan`],
//! [`Pallet::decide_enrollment`], [`Pallet::end_coverage`], [`Pallet::request_prior_auth`],
//! [`Pallet::decide_prior_auth`], [`Pallet::remove_prior_auth`], [`Pallet::submit_claim`],
//! [`Pallet::review_claim`], [`Pallet::appeal_claim`], [`Pallet::accept_denial`],
//! [`Pallet::arbitrate_claim`].
//!
//! ## Layout
//! This file holds the configuration, storage, genesis, events, errors and the calls, which check
//! the origin and delegate to a `do_*` function of their feature in `features/`: `plans` (plans,
//! versions and escrow), `enrollment`, `prior_auth`, `adjudication` (the pure rule per line),
//! `submission` and `settlement` (payment, review, appeal, arbitration). The read-only queries
//! are in `queries.rs` (forwarded by the `ClaimsApi` runtime API), the registry's removal check
//! in `references.rs`, the invariants in `try_state.rs`, storage migrations in [`migrations`]
//! (storage version 4: [`migrations::MigrateToV2`], [`migrations::MigrateToV3`],
//! [`migrations::MigrateToV4`]).

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
pub mod migrations;
#[cfg(test)]
mod mock;
mod queries;
mod references;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", feature = "std"))]
mod try_state;
pub mod types;
pub mod weights;

use alloc::vec::Vec;

use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, Mutate, MutateHold},
		Time,
	},
};
use frame_system::pallet_prelude::*;
pub use healthchain_primitives::{
	AccessDenied, Moment, OrganizationId, OrganizationInspect, OrganizationKind,
	OrganizationReferences, OrganizationUse, Page, RecordId, RecordStatus, RecordsInspect, Role,
	SortKey, WithId,
};
pub use pallet::*;
use sp_core::H256;
use sp_runtime::traits::Zero;
pub use types::*;
pub use weights::WeightInfo;

/// The balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// A plan with the runtime's types.
pub type PlanOf<T> = Plan<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
/// Plan terms with the runtime's types.
pub type PlanTermsOf<T> = PlanTerms<BalanceOf<T>, <T as Config>::MaxRules>;
/// A claim as stored, with the runtime's types and bounds.
pub type ClaimOf<T> = BoundedClaim<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	<T as Config>::MaxLines,
	<T as Config>::MaxEvidence,
>;
/// A claim as clients get it, with the runtime's types.
pub type ClaimInfoOf<T> = ClaimInfo<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
/// A plan as clients get it, with the runtime's types.
pub type PlanInfoOf<T> = PlanInfo<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
/// A member's remaining annual limit, with the runtime's types.
pub type AnnualLimitOf<T> = AnnualLimit<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
/// A page of claims with their ids, in id order.
pub type ClaimPageOf<T> = Page<WithId<ClaimId, ClaimInfoOf<T>>, ClaimId>;
/// A plan created at genesis: `(publisher, payer, terms, escrow funded by the publisher)`.
pub type GenesisPlan<T> =
	(<T as frame_system::Config>::AccountId, OrganizationId, PlanTermsOf<T>, BalanceOf<T>);
/// A claim's lines as submitted.
pub type LinesOf<T> = BoundedVec<ClaimLineInput<BalanceOf<T>>, <T as Config>::MaxLines>;
/// A claim's evidence.
pub type EvidenceOf<T> = BoundedVec<RecordId, <T as Config>::MaxEvidence>;
/// A patient's membership of a plan, with the runtime's bound.
pub type MembershipOf<T> = Membership<<T as Config>::MaxCoveragePeriods>;
/// A prior authorization with the runtime's types.
pub type PriorAuthOf<T> = PriorAuth<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version: 2 keys the claim indexes by [`SortKey`] (id order,
	/// [`migrations::MigrateToV2`]); 3 counts each payer's plans in [`PlansOfPayer`]
	/// ([`migrations::MigrateToV3`]); 4 keeps coverage periods, service days, used prior
	/// authorizations and evidence, and denied services ([`migrations::MigrateToV4`]).
	pub(crate) const STORAGE_VERSION: StorageVersion = StorageVersion::new(4);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
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

		/// The most a claim line may bill. Bounds what a claim can ask of a payer's escrow and
		/// keeps every sum of a claim's amounts (at most [`Config::MaxLines`] of them) far below
		/// the balance type's maximum (security review M-7).
		#[pallet::constant]
		type MaxLineAmount: Get<BalanceOf<Self>>;

		/// Held from the publisher per plan.
		#[pallet::constant]
		type PlanDeposit: Get<BalanceOf<Self>>;

		/// Held from the submitter while a claim is open (waiting for review, denied or
		/// appealed); returned when it is settled.
		#[pallet::constant]
		type ClaimDeposit: Get<BalanceOf<Self>>;

		/// Held from the requester of a prior authorization until it is denied, used by a claim
		/// line or withdrawn.
		#[pallet::constant]
		type PriorAuthDeposit: Get<BalanceOf<Self>>;

		/// How long an approved prior authorization authorizes services (milliseconds after
		/// its approval).
		#[pallet::constant]
		type PriorAuthValidity: Get<Moment>;

		/// The most coverage periods a patient has in one plan (each accepted enrollment opens
		/// one; periods are never removed).
		#[pallet::constant]
		type MaxCoveragePeriods: Get<u32>;

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

	/// How many plans each Payer published (plans are never deleted), so that the registry
	/// learns in one read whether plans still refer to an organization
	/// ([`OrganizationReferences`]). Counted by every plan creation (call and genesis), checked
	/// against [`Plans`] by `try_state`; filled for the plans before it by
	/// [`migrations::MigrateToV3`]. A payer without plans has no entry.
	#[pallet::storage]
	pub type PlansOfPayer<T: Config> = StorageMap<_, Twox64Concat, OrganizationId, u32, ValueQuery>;

	/// Each plan's versions of its terms: `(plan, version)`, versions from 1.
	#[pallet::storage]
	pub type PlanVersions<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PlanId, Twox64Concat, u32, PlanTermsOf<T>>;

	/// Memberships: `(plan, patient)`: the coverage periods the payer accepted and a request to
	/// join waiting for it. An entry without periods is a first request.
	#[pallet::storage]
	pub type Enrollments<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PlanId, Blake2_128Concat, T::AccountId, MembershipOf<T>>;

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
	pub type PriorAuths<T: Config> = StorageMap<_, Twox64Concat, PriorAuthId, PriorAuthOf<T>>;

	/// The id the next claim gets.
	#[pallet::storage]
	pub type NextClaimId<T> = StorageValue<_, ClaimId, ValueQuery>;

	/// Claims by id.
	#[pallet::storage]
	pub type Claims<T: Config> = StorageMap<_, Twox64Concat, ClaimId, ClaimOf<T>>;

	/// Claims of each patient, in id order (the claim id big-endian under `Identity`).
	#[pallet::storage]
	pub type ClaimsOfPatient<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Identity, SortKey<ClaimId>, ()>;

	/// Claims of each provider, in id order.
	#[pallet::storage]
	pub type ClaimsOfProvider<T: Config> =
		StorageDoubleMap<_, Twox64Concat, OrganizationId, Identity, SortKey<ClaimId>, ()>;

	/// Claims against each plan, in id order.
	#[pallet::storage]
	pub type ClaimsOfPlan<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PlanId, Identity, SortKey<ClaimId>, ()>;

	/// What each appealed claim reserved in its plan's escrow when it was appealed
	/// ([`Pallet::appeal_reserve`]): at most what the plan could pay for its lines under its
	/// rules, never its billed total. Removed when the claim is arbitrated. An appealed claim
	/// without an entry was appealed before this map existed, under the old rule that reserved
	/// the billed total, and still reserves that ([`Pallet::appeal_reservation`]).
	#[pallet::storage]
	pub type AppealReserves<T: Config> = StorageMap<_, Twox64Concat, ClaimId, BalanceOf<T>>;

	/// Services claimed with a payable amount, by [`Pallet::service_key`] (the hash of patient,
	/// provider, service code and UTC service day): the claim that holds each. A service is
	/// never paid twice. Held while the claim waits for review or is paid; a denial frees it.
	#[pallet::storage]
	pub type ClaimedServices<T: Config> = StorageMap<_, Identity, H256, ClaimId>;

	/// Services a payer's reviewer denied, by [`Pallet::service_key`]: the claim denied. A claim
	/// with such a service is never paid at submission: it waits for review, however small.
	/// Permanent (one entry per denied line, written by the payer's own reviewers).
	#[pallet::storage]
	pub type DeniedServices<T: Config> = StorageMap<_, Identity, H256, ClaimId>;

	/// Evidence records in use: the claim each backs. A record backs one claim: held, like the
	/// claim's services, while the claim waits for review or is paid; a denial frees it.
	#[pallet::storage]
	pub type ClaimEvidence<T: Config> = StorageMap<_, Twox64Concat, RecordId, ClaimId>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// `(publisher, payer, terms, escrow funded by the publisher)`, plans 0, 1, … in order.
		pub plans: Vec<GenesisPlan<T>>,
		/// `(plan, patient)`: enrollments from genesis, accepted by the payer.
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
				Pallet::<T>::do_accept_enrollment(*plan, patient)
					.expect("genesis enrollments are accepted");
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
		/// A patient asked to join a plan; the payer decides.
		EnrollmentRequested { plan: PlanId, patient: T::AccountId },
		/// The payer accepted a patient: covered from now.
		Enrolled { plan: PlanId, patient: T::AccountId },
		/// The payer refused a patient's request to join.
		EnrollmentRefused { plan: PlanId, patient: T::AccountId },
		/// A patient left a plan (or withdrew their request to join).
		LeftPlan { plan: PlanId, patient: T::AccountId },
		/// The payer ended a patient's coverage.
		CoverageEnded { plan: PlanId, patient: T::AccountId },
		/// A provider asked for a prior authorization.
		PriorAuthRequested { id: PriorAuthId, plan: PlanId, provider: OrganizationId },
		/// The payer decided a prior authorization (a denied one is removed, its deposit
		/// returned).
		PriorAuthDecided { id: PriorAuthId, status: PriorAuthStatus },
		/// A claim's line used a prior authorization; its deposit was returned.
		PriorAuthUsed { id: PriorAuthId, claim: ClaimId },
		/// An unused prior authorization was withdrawn; its deposit was returned.
		PriorAuthRemoved { id: PriorAuthId },
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
		/// A provider was paid from a plan's escrow for a claim, to its payout account.
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
		/// The patient is not enrolled (now, or at a line's service date): not accepted by the
		/// payer, or not covered then.
		NotEnrolled,
		/// The patient already asked to join; the payer has not decided yet.
		AlreadyRequested,
		/// The patient did not ask to join.
		NoEnrollmentRequest,
		/// The patient has [`Config::MaxCoveragePeriods`] coverage periods in the plan.
		TooManyCoveragePeriods,
		/// No prior authorization has this id.
		UnknownPriorAuth,
		/// The prior authorization was already decided.
		AlreadyDecided,
		/// The prior authorization is for another plan, patient, provider or service.
		PriorAuthMismatch,
		/// The prior authorization already backs a claim line (it backs one).
		PriorAuthUsed,
		/// The prior authorization cannot be withdrawn: it backs a claim line, or the caller is
		/// not its requester and it has not expired.
		PriorAuthNotRemovable,
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
		/// An evidence record is not the current version of its record: the inner status says
		/// whether it was superseded, entered in error or erased.
		EvidenceNotCurrent(RecordStatus),
		/// An evidence record already backs another claim (or is cited twice): a record backs
		/// one claim.
		EvidenceAlreadyUsed,
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
		/// The plan's payer is not an active Payer: suspended (`OrganizationSuspended`) or no
		/// longer registered (`UnknownOrganization`). Nothing is paid from, funded into,
		/// enrolled in, authorized or claimed against its plans until it is reinstated.
		PayerNotActive(AccessDenied),
		/// The claim's provider is not an active Provider: suspended (`OrganizationSuspended`) or
		/// no longer registered (`UnknownOrganization`). It is paid nothing until it is
		/// reinstated; a review may still deny its claim and an arbitration uphold a denial.
		ProviderNotActive(AccessDenied),
		/// A line bills more than [`Config::MaxLineAmount`].
		LineAmountTooHigh,
		/// An award would take the member beyond the annual limit of a service year of the
		/// claim's lines (each line books at most its billed amount, within the remaining
		/// annual limit of its year).
		AwardAboveAnnualLimit,
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
		/// Publishes a plan of the Payer `payer` with `terms` as version 1, counted in
		/// [`PlansOfPayer`].
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
			Self::do_update_plan(&who, plan, terms)
		}

		/// Moves `amount` from the caller into `plan`'s escrow, held on the payer organization's
		/// account.
		///
		/// - Origin: any signed account (typically the payer's treasury).
		/// - Emits [`Event::PlanFunded`].
		/// - Fails with [`Error::UnknownPlan`], [`Error::PayerNotActive`] (the payer is
		///   suspended or no longer registered) or [`Error::ZeroAmount`], or when the caller
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
		/// - Origin: an Admin member of the plan's Payer, active or suspended (a suspended
		///   payer's plans pay no new claims, but it takes back what pending claims do not
		///   need).
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
			Self::do_withdraw(&who, plan, amount)
		}

		/// Asks to join `plan`: the caller's signature is their consent to share claims data with
		/// the payer. Eligibility is the payer's: coverage starts when an Admin of the payer
		/// accepts ([`Pallet::decide_enrollment`]), never before.
		///
		/// - Origin: signed by the patient.
		/// - Emits [`Event::EnrollmentRequested`].
		/// - Fails with [`Error::UnknownPlan`], [`Error::PayerNotActive`] (the payer is
		///   suspended or no longer registered), [`Error::AlreadyEnrolled`],
		///   [`Error::AlreadyRequested`] or [`Error::TooManyCoveragePeriods`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::enroll())]
		pub fn enroll(origin: OriginFor<T>, plan: PlanId) -> DispatchResult {
			let patient = ensure_signed(origin)?;
			Self::do_enroll(&patient, plan)
		}

		/// Ends the caller's coverage by `plan` now (services before now stay covered), or
		/// withdraws their request to join.
		///
		/// - Origin: signed by the patient.
		/// - Emits [`Event::LeftPlan`].
		/// - Fails with [`Error::NotEnrolled`] (neither covered now nor asking to join).
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::leave_plan())]
		pub fn leave_plan(origin: OriginFor<T>, plan: PlanId) -> DispatchResult {
			let patient = ensure_signed(origin)?;
			Self::do_leave(&patient, plan)
		}

		/// Asks `plan`'s payer to authorize `service_code` for `patient`, a member of the plan
		/// now, before it is rendered.
		///
		/// - Origin: a Clinician or Billing member of the active Provider `provider`.
		/// - Holds [`Config::PriorAuthDeposit`] from the caller until the request is denied, used
		///   by a claim line or withdrawn ([`Pallet::remove_prior_auth`]).
		/// - Emits [`Event::PriorAuthRequested`].
		/// - Fails with [`Error::AccessDenied`], [`Error::UnknownPlan`],
		///   [`Error::PayerNotActive`] (the payer is suspended or no longer registered),
		///   [`Error::NotEnrolled`] (the patient is not covered now) or
		///   [`Error::IdsExhausted`], or when the deposit cannot be held.
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
			Self::do_request_prior_auth(&who, provider, plan, patient, service_code).map(|_| ())
		}

		/// Approves or denies a prior authorization. An approval authorizes one payable claim
		/// line, for services from the request until [`Config::PriorAuthValidity`] after now; a
		/// denial removes the request and returns its deposit.
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
			Self::do_decide_prior_auth(&who, id, approve)
		}

		/// Submits a claim of `provider` against `plan` for `patient`, with `evidence` (anchored
		/// records, each backing no other claim) and `lines`, and adjudicates it at once by the
		/// plan version in force at each line's service date. Within the auto-approval threshold
		/// (and the escrow) the provider is paid now (to its payout account), unless a service
		/// was denied on review before; otherwise the claim waits for review; with nothing
		/// payable it is denied.
		///
		/// - Origin: a Billing member of the active Provider `provider`.
		/// - Holds [`Config::ClaimDeposit`] from the caller unless the claim is paid at once.
		/// - Emits [`Event::ClaimSubmitted`] (after [`Event::ClaimPaid`] when paid at once).
		/// - Fails with [`Error::AccessDenied`], [`Error::UnknownPlan`],
		///   [`Error::PayerNotActive`] (the payer is suspended or no longer registered),
		///   [`Error::NoLines`],
		///   [`Error::NoEvidence`], the evidence errors, [`Error::NotEnrolled`],
		///   [`Error::ZeroAmount`], [`Error::LineAmountTooHigh`], [`Error::ServiceDateInFuture`],
		///   [`Error::NoTermsInForce`], [`Error::UnknownPriorAuth`],
		///   [`Error::PriorAuthMismatch`], [`Error::PriorAuthUsed`],
		///   [`Error::EvidenceAlreadyUsed`] or [`Error::IdsExhausted`], or when the deposit
		///   cannot be held.
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
		/// - Emits [`Event::ClaimStatusChanged`] (after [`Event::ClaimPaid`] when paid).
		/// - Fails with [`Error::UnknownClaim`], [`Error::AccessDenied`] (also when the
		///   reviewer's own payer is suspended), [`Error::NotPendingReview`],
		///   [`Error::AdjustAboveAdjudicated`], [`Error::ProviderNotActive`] (paying a provider
		///   that is suspended or no longer registered; it may still be denied) or
		///   [`Error::InsufficientEscrow`].
		#[pallet::call_index(9)]
		#[pallet::weight({
			let lines = T::MaxLines::get();
			T::WeightInfo::review_claim(lines).max(T::WeightInfo::review_claim_deny(lines))
		})]
		pub fn review_claim(
			origin: OriginFor<T>,
			claim: ClaimId,
			decision: ReviewDecision<BalanceOf<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_review(&who, claim, decision)
		}

		/// Appeals a denied claim; the governance origin arbitrates. Reserves in the plan's
		/// escrow, until then, what the plan could pay for the claim's lines under its rules
		/// ([`Pallet::appeal_reserve`]): per line the payer's part of the fee schedule of the
		/// version in force at its service date (as if any prior authorization had been given),
		/// within the remaining annual limit of its year; nothing for an uncovered service;
		/// never more than the billed total.
		///
		/// - Origin: a Billing member of the claim's active Provider.
		/// - Emits [`Event::ClaimStatusChanged`].
		/// - Fails with [`Error::UnknownClaim`], [`Error::AccessDenied`] or [`Error::NotDenied`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::appeal_claim())]
		pub fn appeal_claim(origin: OriginFor<T>, claim: ClaimId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_appeal(&who, claim)
		}

		/// Arbitrates an appealed claim: `award` zero upholds the denial (final); otherwise the
		/// provider is paid `award` (at most the billed total) from escrow and the claim's
		/// services count as paid. The appeal's reservation is released either way.
		///
		/// The award counts towards the member's annual limit per service year: it is booked
		/// line by line in the claim's order, each line taking at most its billed amount and
		/// what remains of the annual limit of its year (the limit of the version in force at
		/// its service date, less what the plan already paid or reserved for the member that
		/// year and what earlier lines of the award booked). An award above what the lines can
		/// book is refused ([`Error::AwardAboveAnnualLimit`]). The award need not follow the fee
		/// schedule (governance may overturn a coverage decision), and what the appeal did not
		/// reserve is paid from the escrow's available funds.
		///
		/// - Origin: the governance origin.
		/// - Emits [`Event::ClaimStatusChanged`] (after [`Event::ClaimPaid`] when paid).
		/// - Fails with [`Error::UnknownClaim`], [`Error::NotAppealed`], [`Error::AwardTooHigh`],
		///   [`Error::ServiceAlreadyClaimed`], [`Error::AwardAboveAnnualLimit`],
		///   [`Error::PayerNotActive`],
		///   [`Error::ProviderNotActive`] (an award while the payer or the provider is
		///   suspended or no longer registered; upholding the denial stays possible) or
		///   [`Error::InsufficientEscrow`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::arbitrate_claim(T::MaxLines::get()))]
		pub fn arbitrate_claim(
			origin: OriginFor<T>,
			claim: ClaimId,
			award: BalanceOf<T>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_arbitrate(claim, award)
		}

		/// Accepts (`accept`) or refuses `patient`'s request to join `plan`. Accepting opens a
		/// coverage period from now, kept with the earlier ones.
		///
		/// - Origin: an Admin member of the plan's active Payer.
		/// - Emits [`Event::Enrolled`] or [`Event::EnrollmentRefused`].
		/// - Fails with [`Error::UnknownPlan`], [`Error::AccessDenied`],
		///   [`Error::NoEnrollmentRequest`] or [`Error::TooManyCoveragePeriods`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::decide_enrollment())]
		pub fn decide_enrollment(
			origin: OriginFor<T>,
			plan: PlanId,
			patient: T::AccountId,
			accept: bool,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_decide_enrollment(&who, plan, patient, accept)
		}

		/// Ends `patient`'s coverage by `plan` now (e.g. the membership lapsed); services
		/// before now stay covered.
		///
		/// - Origin: an Admin member of the plan's active Payer.
		/// - Emits [`Event::CoverageEnded`].
		/// - Fails with [`Error::UnknownPlan`], [`Error::AccessDenied`] or
		///   [`Error::NotEnrolled`].
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::end_coverage())]
		pub fn end_coverage(
			origin: OriginFor<T>,
			plan: PlanId,
			patient: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_end_coverage(&who, plan, patient)
		}

		/// Withdraws the unused prior authorization `id` and returns its deposit to its
		/// requester. Its requester may withdraw it at any time; anyone may once it expired.
		///
		/// - Origin: signed.
		/// - Emits [`Event::PriorAuthRemoved`].
		/// - Fails with [`Error::UnknownPriorAuth`] or [`Error::PriorAuthNotRemovable`].
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::remove_prior_auth())]
		pub fn remove_prior_auth(origin: OriginFor<T>, id: PriorAuthId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_remove_prior_auth(&who, id)
		}

		/// Accepts the denial of claim `claim` instead of appealing it: the denial is final
		/// ([`ClaimStatus::DenialUpheld`]) and the claim's deposit is returned.
		///
		/// - Origin: a Billing member of the claim's active Provider.
		/// - Emits [`Event::ClaimStatusChanged`].
		/// - Fails with [`Error::UnknownClaim`], [`Error::AccessDenied`] or [`Error::NotDenied`].
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::accept_denial())]
		pub fn accept_denial(origin: OriginFor<T>, claim: ClaimId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept_denial(&who, claim)
		}
	}
}
