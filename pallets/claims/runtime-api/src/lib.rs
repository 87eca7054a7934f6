//! The `ClaimsApi` runtime API: claims with their adjudication, claims of a patient, provider or
//! plan, plans with their current terms and escrow, and a member's remaining annual limit,
//! forwarded from `pallet-claims` (`queries.rs`), for clients (Polkadot.js: `api.call.claimsApi`)
//! and the node's `healthchain_*` JSON-RPC. Results are client-ready types generic only over the
//! account and balance types, so clients (and the node) need nothing of the runtime's
//! configuration.

#![cfg_attr(not(feature = "std"), no_std)]

use codec::Codec;
pub use healthchain_primitives::{IdPage, OrganizationId, WithId};
pub use pallet_claims::{AnnualLimit, ClaimId, ClaimInfo, Escrow, PlanId, PlanInfo};

sp_api::decl_runtime_apis! {
	/// Queries of plans and claims.
	///
	/// Version 2: generic over the account and balance types only; pages with cursors in id
	/// order (`Page`); the escrow as a named struct computed once in the pallet.
	#[api_version(2)]
	pub trait ClaimsApi<AccountId, Balance> where AccountId: Codec, Balance: Codec {
		/// The claim `id` with its adjudication.
		fn claim(id: ClaimId) -> Option<WithId<ClaimId, ClaimInfo<AccountId, Balance>>>;

		/// `patient`'s claims after `start_after`, in id order.
		fn claims_of_patient(patient: AccountId, start_after: Option<ClaimId>, limit: u32) -> IdPage<ClaimId, ClaimInfo<AccountId, Balance>>;

		/// `provider`'s claims after `start_after`, in id order.
		fn claims_of_provider(provider: OrganizationId, start_after: Option<ClaimId>, limit: u32) -> IdPage<ClaimId, ClaimInfo<AccountId, Balance>>;

		/// The claims against `plan` after `start_after`, in id order.
		fn claims_of_plan(plan: PlanId, start_after: Option<ClaimId>, limit: u32) -> IdPage<ClaimId, ClaimInfo<AccountId, Balance>>;

		/// The plan `id` with its current terms and escrow.
		fn plan(id: PlanId) -> Option<PlanInfo<AccountId, Balance>>;

		/// What `plan` still pays for `patient` this calendar year, and whether the patient is
		/// enrolled now.
		fn remaining_annual_limit(plan: PlanId, patient: AccountId) -> Option<AnnualLimit<AccountId, Balance>>;

		/// The plan's escrow: held, reserved for pending claims, available.
		fn escrow(plan: PlanId) -> Option<Escrow<Balance>>;
	}
}
