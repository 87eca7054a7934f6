//! Plans, coverage rules, enrollments, prior authorizations and claims with their adjudication,
//! modelled on X12 837/835 and FHIR Claim / ExplanationOfBenefit. Only codes, ids, amounts, times
//! and hashes: never clinical content.
//!
//! The client-facing results of the queries ([`ClaimInfo`], [`PlanInfo`], [`Escrow`],
//! [`AnnualLimit`]) are generic only over the account and balance types, and serialize (with
//! `std`) as the JSON the `healthchain_*` methods return: camelCase fields, balances as decimal
//! strings, statuses as names, adjustments as `{ "reason", "carc" }`.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use healthchain_primitives::OnChainDigest;
use healthchain_primitives::{Moment, OrganizationId, RecordId};
use scale_info::TypeInfo;
use sp_runtime::Permill;
#[cfg(feature = "std")]
use {core::fmt::Display, healthchain_primitives::serde_display, serde::Serialize};

/// The identifier of a plan.
pub type PlanId = u32;
/// The identifier of a claim.
pub type ClaimId = u64;
/// The identifier of a prior authorization.
pub type PriorAuthId = u64;
/// A billable service, as a number (e.g. a CPT/HCPCS code's numeric form; the plan documents
/// its code table off chain).
pub type ServiceCode = u32;

healthchain_primitives::scale_codes! {
	/// How a plan covers one service. (Its serde form is the genesis configuration's; clients
	/// read rules through [`PlanTermsInfo`].)
	#[derive(serde::Serialize, serde::Deserialize)]
	#[serde(rename_all = "camelCase")]
	pub struct CoverageRule<Balance> {
		/// The service.
		pub service_code: ServiceCode,
		/// Whether the plan covers it at all.
		pub covered: bool,
		/// The most the plan allows for it (the fee schedule).
		pub max_allowed: Balance,
		/// The patient's share of the allowed amount (coinsurance).
		pub patient_share: Permill,
		/// Whether a prior authorization is needed.
		pub prior_auth_required: bool,
	}
}

/// One version of a plan's terms, in force from `effective_from` until the next version's.
// The derives repeat the generic bounds in their where clauses.
#[allow(clippy::multiple_bound_locations)]
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	serde::Serialize,
	serde::Deserialize,
)]
#[scale_info(skip_type_params(MaxRules))]
#[serde(
	rename_all = "camelCase",
	bound(
		serialize = "Balance: serde::Serialize",
		deserialize = "Balance: serde::Deserialize<'de>"
	)
)]
pub struct PlanTerms<Balance: Clone + PartialEq + Eq + core::fmt::Debug, MaxRules: Get<u32>> {
	/// The coverage rules, sorted by service code, one per code.
	pub rules: BoundedVec<CoverageRule<Balance>, MaxRules>,
	/// What the plan pays per member per calendar year (UTC) at most.
	pub annual_limit: Balance,
	/// Claims whose payer amount is at most this are paid at once; above, a reviewer decides.
	pub auto_approve_up_to: Balance,
	/// From when this version is in force (services on or after this time).
	pub effective_from: Moment,
}

healthchain_primitives::client_types! {
	/// A plan: its payer, its escrow and its accounting. Its terms are in versions.
	#[derive(MaxEncodedLen)]
	#[cfg_attr(feature = "std", serde(bound = "AccountId: Serialize, Balance: Display"))]
	pub struct Plan<AccountId, Balance> {
		/// The Payer that publishes it.
		pub payer: OrganizationId,
		/// The account the escrow is held on (the payer organization's own account).
		pub escrow_account: AccountId,
		/// How many versions of its terms exist (1, 2, …): the number of the latest version (JSON
		/// `version`).
		#[cfg_attr(feature = "std", serde(rename = "version"))]
		pub versions: u32,
		/// Everything ever put in escrow.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub funded: Balance,
		/// Everything paid to providers from escrow.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub paid: Balance,
		/// Everything withdrawn from escrow by the payer.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub withdrawn: Balance,
		/// What claims awaiting review or arbitration may need (not withdrawable).
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub reserved: Balance,
		/// The member who published it; the deposit is held from them.
		pub publisher: AccountId,
		/// The deposit.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub deposit: Balance,
	}
}

/// One period of a patient's coverage by a plan: services from `since` until `until`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct CoveragePeriod {
	/// The start of coverage: when the payer accepted the enrollment.
	pub since: Moment,
	/// The end of coverage (exclusive), once the patient left or the payer ended it.
	pub until: Option<Moment>,
}

impl CoveragePeriod {
	/// Whether a service at `date` is within the period.
	pub fn covers(&self, date: Moment) -> bool {
		self.since <= date && self.until.is_none_or(|until| date < until)
	}
}

/// A patient's membership of a plan: the coverage periods the payer accepted, oldest first (a
/// period is never removed, so leaving and joining again never erases earlier coverage), and a
/// request to join that waits for the payer.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, Encode, Decode, MaxEncodedLen, TypeInfo,
)]
#[scale_info(skip_type_params(MaxPeriods))]
pub struct Membership<MaxPeriods: Get<u32>> {
	/// The accepted coverage periods, oldest first; only the last may be open.
	pub periods: BoundedVec<CoveragePeriod, MaxPeriods>,
	/// When the patient asked to join (again), if the payer has not decided yet.
	pub requested_at: Option<Moment>,
}

impl<MaxPeriods: Get<u32>> Membership<MaxPeriods> {
	/// Whether a service at `date` is within one of the periods.
	pub fn covers(&self, date: Moment) -> bool {
		self.periods.iter().any(|p| p.covers(date))
	}

	/// Whether the last period is still open (the patient is a member now and until it ends).
	pub fn is_open(&self) -> bool {
		self.periods.last().is_some_and(|p| p.until.is_none())
	}
}

healthchain_primitives::scale_codes! {
	/// Where a prior authorization stands.
	pub enum PriorAuthStatus {
		/// Waiting for the payer's reviewer.
		Requested,
		/// Approved: one payable claim line may use it until it expires.
		Approved,
		/// Denied.
		Denied,
	}
}

/// A provider's request to the payer to authorize a service for a patient before it happens.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct PriorAuth<AccountId, Balance> {
	/// The provider asking.
	pub provider: OrganizationId,
	/// The plan.
	pub plan: PlanId,
	/// The patient.
	pub patient: AccountId,
	/// The service.
	pub service_code: ServiceCode,
	/// Where it stands.
	pub status: PriorAuthStatus,
	/// When it was requested. It authorizes services from then on.
	pub requested_at: Moment,
	/// The member who asked; the deposit is held from them.
	pub requester: AccountId,
	/// The deposit still held (zero once it came back: when a claim line used the
	/// authorization).
	pub deposit: Balance,
	/// Set on approval: services on or after it are not authorized.
	pub expires_at: Option<Moment>,
	/// The claim whose line used it (each authorization backs one payable line).
	pub used_by: Option<ClaimId>,
}

impl<AccountId, Balance> PriorAuth<AccountId, Balance> {
	/// Whether it authorizes a service at `date`: approved, not used, and `date` within
	/// `[requested_at, expires_at)`.
	pub fn authorizes(&self, date: Moment) -> bool {
		self.status == PriorAuthStatus::Approved
			&& self.used_by.is_none()
			&& self.requested_at <= date
			&& self.expires_at.is_some_and(|end| date < end)
	}
}

healthchain_primitives::client_types! {
	/// One line of a claim as the provider submits it.
	#[derive(Copy, MaxEncodedLen)]
	#[cfg_attr(feature = "std", serde(bound = "Balance: Display"))]
	pub struct ClaimLineInput<Balance> {
		/// The service.
		pub service_code: ServiceCode,
		/// The amount billed.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub amount: Balance,
		/// When the service was rendered (ms since the epoch).
		pub service_date: Moment,
		/// The prior authorization it relies on, if any.
		pub prior_auth: Option<PriorAuthId>,
	}
}

healthchain_primitives::scale_codes! {
	/// Why a line's payment was reduced, modelled on X12 Claim Adjustment Reason Codes.
	pub enum Adjustment {
		/// CARC 96: non-covered charge.
		NotCovered,
		/// CARC 45: the charge exceeds the fee schedule (maximum allowed).
		ExceedsFeeSchedule,
		/// CARC 197: prior authorization absent.
		PriorAuthMissing,
		/// CARC 18: exact duplicate of a service already claimed.
		Duplicate,
		/// CARC 119: the benefit maximum for the period has been reached.
		AnnualLimitReached,
		/// CARC 1-3 family: the patient's share (coinsurance).
		PatientShare,
	}
}

impl Adjustment {
	/// The X12 CARC code.
	pub const fn carc(self) -> u16 {
		match self {
			Adjustment::NotCovered => 96,
			Adjustment::ExceedsFeeSchedule => 45,
			Adjustment::PriorAuthMissing => 197,
			Adjustment::Duplicate => 18,
			Adjustment::AnnualLimitReached => 119,
			Adjustment::PatientShare => 2,
		}
	}
}

/// JSON: `{ "reason": "<name>", "carc": <code> }`, e.g. `{ "reason": "PatientShare", "carc": 2 }`.
#[cfg(feature = "std")]
impl serde::Serialize for Adjustment {
	fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
		use serde::ser::SerializeStruct;
		let mut json = serializer.serialize_struct("Adjustment", 2)?;
		// The derived `Debug` of a fieldless variant is its name.
		json.serialize_field("reason", &format_args!("{self:?}"))?;
		json.serialize_field("carc", &self.carc())?;
		json.end()
	}
}

/// The most adjustments a line carries (each reason at most once).
pub type MaxAdjustments = frame_support::traits::ConstU32<6>;

healthchain_primitives::client_types! {
	/// One line as adjudicated. JSON: the submitted line's fields with the adjudication's.
	#[derive(MaxEncodedLen)]
	#[cfg_attr(feature = "std", serde(bound = "Balance: Display"))]
	pub struct AdjudicatedLine<Balance> {
		/// The line as submitted.
		#[cfg_attr(feature = "std", serde(flatten))]
		pub input: ClaimLineInput<Balance>,
		/// The amount the plan allows.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub allowed: Balance,
		/// What the patient owes.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub patient_responsibility: Balance,
		/// What the payer pays.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub payer_amount: Balance,
		/// Why the payment differs from the charge.
		pub adjustments: BoundedVec<Adjustment, MaxAdjustments>,
	}
}

healthchain_primitives::scale_codes! {
	/// Where a claim stands. JSON: the variant's name.
	#[cfg_attr(feature = "std", derive(serde::Serialize))]
	pub enum ClaimStatus {
		/// Paid from escrow (automatically, after review or after arbitration).
		Paid,
		/// Above the auto-approval threshold (or escrow short): waiting for a payer reviewer.
		PendingReview,
		/// Nothing payable, or denied by the reviewer: the provider may appeal.
		Denied,
		/// The provider appealed the denial: the governance origin arbitrates.
		Appealed,
		/// Arbitration upheld the denial: final.
		DenialUpheld,
	}
}

healthchain_primitives::scale_codes! {
	/// A reviewer's decision on a claim waiting for review.
	pub enum ReviewDecision<Balance> {
		/// Pay the adjudicated amount.
		Approve,
		/// Pay this amount instead (at most the adjudicated amount).
		Adjust(Balance),
		/// Pay nothing.
		Deny,
	}
}

healthchain_primitives::client_types! {
	/// A claim with its adjudication, generic over how its evidence and lines are held: bounded in
	/// storage ([`crate::ClaimOf`]), plain vectors for clients ([`ClaimInfo`]); both encode alike.
	#[derive(MaxEncodedLen)]
	#[cfg_attr(
		feature = "std",
		serde(bound = "AccountId: Serialize, Balance: Display, Evidence: Serialize, \
			Lines: Serialize")
	)]
	pub struct Claim<AccountId, Balance, Evidence, Lines> {
		/// The plan.
		pub plan: PlanId,
		/// The patient.
		pub patient: AccountId,
		/// The provider claiming.
		pub provider: OrganizationId,
		/// The Billing member who submitted it; the deposit is held from them.
		pub submitter: AccountId,
		/// Anchored records supporting it ([`RecordId`]s).
		pub evidence: Evidence,
		/// The lines as adjudicated ([`AdjudicatedLine`]s).
		pub lines: Lines,
		/// What the payer pays per the adjudication.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub payer_total: Balance,
		/// What the patient owes per the adjudication.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub patient_total: Balance,
		/// What was paid to the provider.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub paid: Balance,
		/// Where it stands.
		pub status: ClaimStatus,
		/// The commitment of the explanation of benefits (EOB) the payer sends off chain, set at
		/// submission and never changed: BLAKE2b-256 (32 bytes, no key, **no salt**) of the SCALE
		/// encoding of the tuple `(claim id: u64, plan: u32, versions: Vec<u32>, lines:
		/// Vec<AdjudicatedLine>)`, i.e. of these bytes in order (integers little-endian,
		/// `Compact` lengths; balances in the runtime's width, `u128` = 16 bytes):
		/// - the claim id (8 bytes) and the plan id (4 bytes);
		/// - `Compact(n)`, then for each line the number (u32, 4 bytes) of the plan version that
		///   adjudicated it: the version in force at its service date at submission (not stored
		///   in the claim; found again from `PlanVersions` as long as no later version took
		///   effect before that date);
		/// - `Compact(n)`, then for each line as stored in [`Claim::lines`]: `service_code` (u32),
		///   `amount` (balance), `service_date` (u64), `prior_auth` (`0x00`, or `0x01` and the
		///   u64 id), `allowed`, `patient_responsibility`, `payer_amount` (balances), and
		///   `Compact(k)` then one byte per [`Adjustment`] (its variant index: `NotCovered` 0,
		///   `ExceedsFeeSchedule` 1, `PriorAuthMissing` 2, `Duplicate` 3, `AnnualLimitReached` 4,
		///   `PatientShare` 5).
		///
		/// Everything hashed is public in this claim and the plan's versions, so the commitment
		/// hides nothing (security review H-4): anyone can recompute it, and it only lets a
		/// holder of an EOB document check that the document matches the on-chain adjudication.
		/// It does not cover the patient, provider, evidence, totals, status or payments.
		pub eob_commitment: OnChainDigest,
		/// When it was submitted.
		pub submitted_at: Moment,
		/// The deposit still held from the submitter: [`crate::Config::ClaimDeposit`] while the
		/// claim is open (waiting for review, denied or appealed), zero once it is settled (paid,
		/// or its denial final), and zero for a claim paid at submission, which holds none.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub deposit: Balance,
	}
}

/// A claim as stored: evidence and lines bounded by the runtime's limits.
pub type BoundedClaim<AccountId, Balance, MaxLines, MaxEvidence> = Claim<
	AccountId,
	Balance,
	BoundedVec<RecordId, MaxEvidence>,
	BoundedVec<AdjudicatedLine<Balance>, MaxLines>,
>;

/// A claim as clients get it (`healthchain_claim`, the claim pages): the stored claim with its
/// evidence and lines as plain vectors, so that its type does not depend on the runtime's limits.
pub type ClaimInfo<AccountId, Balance> =
	Claim<AccountId, Balance, Vec<RecordId>, Vec<AdjudicatedLine<Balance>>>;

impl<AccountId, Balance, MaxLines: Get<u32>, MaxEvidence: Get<u32>>
	From<BoundedClaim<AccountId, Balance, MaxLines, MaxEvidence>> for ClaimInfo<AccountId, Balance>
{
	fn from(claim: BoundedClaim<AccountId, Balance, MaxLines, MaxEvidence>) -> Self {
		Claim {
			plan: claim.plan,
			patient: claim.patient,
			provider: claim.provider,
			submitter: claim.submitter,
			evidence: claim.evidence.into_inner(),
			lines: claim.lines.into_inner(),
			payer_total: claim.payer_total,
			patient_total: claim.patient_total,
			paid: claim.paid,
			status: claim.status,
			eob_commitment: claim.eob_commitment,
			submitted_at: claim.submitted_at,
			deposit: claim.deposit,
		}
	}
}

healthchain_primitives::client_types! {
	/// A plan's terms as clients get them: the rules as a plain vector. JSON: `rules` as
	/// `{ serviceCode, covered, maxAllowed, patientSharePpm, priorAuthRequired }`.
	#[cfg_attr(feature = "std", serde(bound = "Balance: Display"))]
	pub struct PlanTermsInfo<Balance> {
		/// The coverage rules, sorted by service code, one per code.
		#[cfg_attr(feature = "std", serde(serialize_with = "coverage_rules_json"))]
		pub rules: Vec<CoverageRule<Balance>>,
		/// What the plan pays per member per calendar year (UTC) at most.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub annual_limit: Balance,
		/// Claims whose payer amount is at most this are paid at once; above, a reviewer decides.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub auto_approve_up_to: Balance,
		/// From when these terms are in force.
		pub effective_from: Moment,
	}
}

impl<Balance: Clone + PartialEq + Eq + core::fmt::Debug, MaxRules: Get<u32>>
	From<PlanTerms<Balance, MaxRules>> for PlanTermsInfo<Balance>
{
	fn from(terms: PlanTerms<Balance, MaxRules>) -> Self {
		PlanTermsInfo {
			rules: terms.rules.into_inner(),
			annual_limit: terms.annual_limit,
			auto_approve_up_to: terms.auto_approve_up_to,
			effective_from: terms.effective_from,
		}
	}
}

/// Coverage rules as clients read them: the fee schedule as a decimal string and the patient's
/// share in parts per million. (The rules' own serde form is the genesis configuration's.)
#[cfg(feature = "std")]
fn coverage_rules_json<Balance: core::fmt::Display, S: serde::Serializer>(
	rules: &[CoverageRule<Balance>],
	serializer: S,
) -> Result<S::Ok, S::Error> {
	#[derive(serde::Serialize)]
	#[serde(rename_all = "camelCase")]
	struct Rule<'a, Balance: core::fmt::Display> {
		service_code: ServiceCode,
		covered: bool,
		#[serde(serialize_with = "healthchain_primitives::serde_display")]
		max_allowed: &'a Balance,
		patient_share_ppm: u32,
		prior_auth_required: bool,
	}
	serializer.collect_seq(rules.iter().map(|rule| Rule {
		service_code: rule.service_code,
		covered: rule.covered,
		max_allowed: &rule.max_allowed,
		patient_share_ppm: rule.patient_share.deconstruct(),
		prior_auth_required: rule.prior_auth_required,
	}))
}

healthchain_primitives::client_types! {
	/// A plan's escrow: what it holds (`funded − paid − withdrawn`), what claims awaiting review or
	/// arbitration may need of it, and what is left for new claims and withdrawals.
	#[derive(Copy)]
	#[cfg_attr(feature = "std", serde(bound = "Balance: Display"))]
	pub struct Escrow<Balance> {
		/// What the escrow holds.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub held: Balance,
		/// What pending and appealed claims may need.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub reserved: Balance,
		/// What is held beyond the reservations.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub available: Balance,
	}

	/// A plan as clients get it (`healthchain_plan`): its id, its accounting, its latest terms and
	/// its escrow. JSON: one flat object, `{ id, payer, escrowAccount, version, funded, paid,
	/// withdrawn, reserved, publisher, deposit, rules, annualLimit, autoApproveUpTo, effectiveFrom,
	/// held, available }`.
	#[cfg_attr(feature = "std", serde(bound = "AccountId: Serialize, Balance: Display"))]
	pub struct PlanInfo<AccountId, Balance> {
		/// The plan's id.
		pub id: PlanId,
		/// The plan; `plan.versions` is the version of `terms`.
		#[cfg_attr(feature = "std", serde(flatten))]
		pub plan: Plan<AccountId, Balance>,
		/// The plan's latest terms.
		#[cfg_attr(feature = "std", serde(flatten))]
		pub terms: PlanTermsInfo<Balance>,
		/// What the escrow holds ([`Escrow::held`]).
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub held: Balance,
		/// What it holds beyond the reservations ([`Escrow::available`]).
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub available: Balance,
	}

	/// What a plan still pays for a member this calendar year, and whether they are enrolled now
	/// (`healthchain_remainingAnnualLimit`).
	#[cfg_attr(feature = "std", serde(bound = "AccountId: Serialize, Balance: Display"))]
	pub struct AnnualLimit<AccountId, Balance> {
		/// The plan.
		pub plan: PlanId,
		/// The member.
		pub patient: AccountId,
		/// The annual limit of the terms in force now, less what the plan paid or reserved for the
		/// member this calendar year (UTC).
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub remaining: Balance,
		/// Whether the member is covered now.
		pub enrolled: bool,
	}
}
