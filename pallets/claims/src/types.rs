//! Plans, coverage rules, enrollments, prior authorizations and claims with their adjudication,
//! modelled on X12 837/835 and FHIR Claim / ExplanationOfBenefit. Only codes, ids, amounts, times
//! and hashes: never clinical content.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use healthchain_primitives::{Moment, OrganizationId, RecordId};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Permill;

/// The identifier of a plan.
pub type PlanId = u32;
/// The identifier of a claim.
pub type ClaimId = u64;
/// The identifier of a prior authorization.
pub type PriorAuthId = u64;
/// A billable service, as a number (e.g. a CPT/HCPCS code's numeric form; the plan documents
/// its code table off chain).
pub type ServiceCode = u32;

/// How a plan covers one service.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	serde::Serialize,
	serde::Deserialize,
)]
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

/// A plan: its payer, its escrow and its accounting. Its terms are in versions.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Plan<AccountId, Balance> {
	/// The Payer that publishes it.
	pub payer: OrganizationId,
	/// The account the escrow is held on (the payer organization's own account).
	pub escrow_account: AccountId,
	/// How many versions of its terms exist (1, 2, …).
	pub versions: u32,
	/// Everything ever put in escrow.
	pub funded: Balance,
	/// Everything paid to providers from escrow.
	pub paid: Balance,
	/// Everything withdrawn from escrow by the payer.
	pub withdrawn: Balance,
	/// What claims awaiting review or arbitration may need (not withdrawable).
	pub reserved: Balance,
	/// The member who published it; the deposit is held from them.
	pub publisher: AccountId,
	/// The deposit.
	pub deposit: Balance,
}

/// A patient's enrollment in a plan: covered for services from `since` until `until`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Enrollment {
	/// The start of coverage.
	pub since: Moment,
	/// The end of coverage (exclusive), once the patient left.
	pub until: Option<Moment>,
}

impl Enrollment {
	/// Whether a service at `date` is within the enrollment.
	pub fn covers(&self, date: Moment) -> bool {
		self.since <= date && self.until.is_none_or(|until| date < until)
	}
}

healthchain_primitives::scale_codes! {
	/// Where a prior authorization stands.
	pub enum PriorAuthStatus {
		/// Waiting for the payer's reviewer.
		Requested,
		/// Approved: claims may use it.
		Approved,
		/// Denied.
		Denied,
	}
}

/// A provider's request to the payer to authorize a service for a patient before it happens.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct PriorAuth<AccountId> {
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
	/// When it was requested.
	pub requested_at: Moment,
}

healthchain_primitives::scale_codes! {
	/// One line of a claim as the provider submits it.
	pub struct ClaimLineInput<Balance> {
		/// The service.
		pub service_code: ServiceCode,
		/// The amount billed.
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

/// The most adjustments a line carries (each reason at most once).
pub type MaxAdjustments = frame_support::traits::ConstU32<6>;

/// One line as adjudicated.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct AdjudicatedLine<Balance> {
	/// The line as submitted.
	pub input: ClaimLineInput<Balance>,
	/// The amount the plan allows.
	pub allowed: Balance,
	/// What the patient owes.
	pub patient_responsibility: Balance,
	/// What the payer pays.
	pub payer_amount: Balance,
	/// Why the payment differs from the charge.
	pub adjustments: BoundedVec<Adjustment, MaxAdjustments>,
}

healthchain_primitives::scale_codes! {
	/// Where a claim stands.
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

/// A claim with its adjudication.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, Encode, Decode, MaxEncodedLen, TypeInfo,
)]
#[scale_info(skip_type_params(MaxLines, MaxEvidence))]
pub struct Claim<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxLines: Get<u32>,
	MaxEvidence: Get<u32>,
> {
	/// The plan.
	pub plan: PlanId,
	/// The patient.
	pub patient: AccountId,
	/// The provider claiming.
	pub provider: OrganizationId,
	/// The Billing member who submitted it; the deposit is held from them.
	pub submitter: AccountId,
	/// Anchored records supporting it.
	pub evidence: BoundedVec<RecordId, MaxEvidence>,
	/// The lines as adjudicated.
	pub lines: BoundedVec<AdjudicatedLine<Balance>, MaxLines>,
	/// What the payer pays per the adjudication.
	pub payer_total: Balance,
	/// What the patient owes per the adjudication.
	pub patient_total: Balance,
	/// What was paid to the provider.
	pub paid: Balance,
	/// Where it stands.
	pub status: ClaimStatus,
	/// `blake2_256` of the SCALE encoding of `(claim id, plan, plan version per line, lines)`:
	/// the commitment of the explanation of benefits (EOB) the payer sends off chain.
	pub eob_commitment: H256,
	/// When it was submitted.
	pub submitted_at: Moment,
	/// The deposit.
	pub deposit: Balance,
}
