//! The `ConsentApi` runtime API: the consent evaluation and the consent, grant, access log and
//! emergency-review queries, for clients (Polkadot.js shows it under `api.call.consentApi`) and
//! the node's `healthchain_*` RPC methods.
//!
//! Paged methods return at most `limit` items (itself capped at 1000) after `start_after`
//! (exclusive); pass the last item's key as `start_after` for the next page.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use healthchain_primitives::{
	Action, ConsentId, DataCategory, Decision, OrganizationId, Purpose,
};
pub use pallet_consent::{
	AccessBasis, AccessEntry, AccessIndex, AccessLogItem, Consent, EmergencyAccess, EmergencyId,
	Registration, Review,
};

sp_api::decl_runtime_apis! {
	/// Queries of the consent registry.
	pub trait ConsentApi<AccountId, Balance>
	where
		AccountId: Codec,
		Balance: Codec,
	{
		/// The one evaluation at this block's time: may `organization` do `action` on
		/// `patient`'s data of `category` for `purpose`?
		fn evaluate(
			patient: AccountId,
			organization: OrganizationId,
			purpose: Purpose,
			category: DataCategory,
			action: Action,
		) -> Decision;

		/// A patient's consents, in the order granted (at most `MaxConsentsPerPatient`).
		fn consents_of(patient: AccountId) -> Vec<(ConsentId, Consent<AccountId>)>;

		/// A page of the consents held by `organization`, in storage order.
		fn grants_held_by(
			organization: OrganizationId,
			start_after: Option<ConsentId>,
			limit: u32,
		) -> Vec<(ConsentId, Consent<AccountId>)>;

		/// A page of `patient`'s access log, oldest first; entries that opened or used an
		/// emergency access come with its review state.
		fn access_log(
			patient: AccountId,
			start_after: Option<AccessIndex>,
			limit: u32,
		) -> Vec<AccessLogItem<AccountId, Balance>>;

		/// The emergency access `id`.
		fn emergency_access(id: EmergencyId) -> Option<EmergencyAccess<AccountId, Balance>>;

		/// A page of the emergency accesses `organization` has not reviewed, in storage order.
		fn pending_reviews(
			organization: OrganizationId,
			start_after: Option<EmergencyId>,
			limit: u32,
		) -> Vec<(EmergencyId, EmergencyAccess<AccountId, Balance>)>;

		/// `patient`'s onboarding, if an organization onboarded them, and the feeless consent
		/// calls they have left in the current window.
		fn patient(patient: AccountId) -> (Option<Registration<AccountId, Balance>>, u32);
	}
}
