//! The `ClaimsApi` runtime API: claims with their adjudication, claims of a patient, provider or
//! plan (paged), plans with their current terms, a member's remaining annual limit and a plan's
//! escrow, for clients (Polkadot.js: `api.call.claimsApi`) and the node's `healthchain_*` RPC.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use pallet_claims::{
	AdjudicatedLine, Adjustment, Claim, ClaimId, ClaimStatus, CoverageRule, Plan, PlanId, PlanTerms,
};

/// The escrow of a plan: `(held, reserved for pending claims, available)`.
pub type Escrow<Balance> = (Balance, Balance, Balance);

sp_api::decl_runtime_apis! {
	/// Queries of plans and claims.
	pub trait ClaimsApi<AccountId, Balance, Claim, Terms>
	where
		AccountId: Codec,
		Balance: Codec,
		Claim: Codec,
		Terms: Codec,
	{
		/// The claim `id` with its adjudication.
		fn claim(id: ClaimId) -> Option<Claim>;

		/// A page of `patient`'s claims, in storage order after `start_after`.
		fn claims_of_patient(patient: AccountId, start_after: Option<ClaimId>, limit: u32) -> Vec<(ClaimId, Claim)>;

		/// A page of `provider`'s claims.
		fn claims_of_provider(provider: u32, start_after: Option<ClaimId>, limit: u32) -> Vec<(ClaimId, Claim)>;

		/// A page of the claims against `plan`.
		fn claims_of_plan(plan: PlanId, start_after: Option<ClaimId>, limit: u32) -> Vec<(ClaimId, Claim)>;

		/// The plan `id` with its current terms.
		fn plan(id: PlanId) -> Option<(Plan<AccountId, Balance>, Terms)>;

		/// What `plan` still pays for `patient` this calendar year, and whether the patient is
		/// enrolled now.
		fn remaining_annual_limit(plan: PlanId, patient: AccountId) -> Option<(Balance, bool)>;

		/// The plan's escrow: held, reserved for pending claims, available.
		fn escrow(plan: PlanId) -> Option<Escrow<Balance>>;
	}
}
