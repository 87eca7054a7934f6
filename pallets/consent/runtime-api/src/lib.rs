//! The `ConsentApi` runtime API: the consent evaluation and the consent registry's queries,
//! forwarded from `pallet-consent` (`evaluation.rs`, `queries.rs`), for clients (Polkadot.js:
//! `api.call.consentApi`) and the node's `healthchain_*` JSON-RPC. Pages follow the one query
//! contract ([`healthchain_primitives::Page`]): items in id order, an exact `next_cursor`.

#![cfg_attr(not(feature = "std"), no_std)]

use codec::Codec;
pub use healthchain_primitives::{
	Action, CategoryDecision, CategoryDecisions, CategorySet, ConsentId, DataCategory, Decision,
	IdPage, OrganizationId, Page, Purpose, WithId,
};
pub use pallet_consent::{
	AccessIndex, AccessLogItem, Consent, EmergencyAccess, EmergencyId, PatientConsents,
	PatientInfo, ReadCheck, ReadChecks, ReadRefusal,
};

sp_api::decl_runtime_apis! {
	/// Queries of the consent registry.
	///
	/// Version 2: pages with cursors in id order (`Page`), items with their ids (`WithId`),
	/// named result types instead of tuples. Version 3: `evaluate_categories`. Version 4:
	/// `check_reads`.
	#[api_version(4)]
	pub trait ConsentApi<AccountId, Balance> where AccountId: Codec, Balance: Codec {
		/// The one evaluation at this block's time: may `organization` do `action` on
		/// `patient`'s data of `category` for `purpose`?
		fn evaluate(patient: AccountId, organization: OrganizationId, purpose: Purpose, category: DataCategory, action: Action) -> Decision;

		/// The one evaluation at this block's time for each category `categories` covers
		/// (`AllStandard`: every standard category), in category order, in one call (the
		/// gateway's consent decision service). Since version 3.
		fn evaluate_categories(patient: AccountId, organization: OrganizationId, purpose: Purpose, action: Action, categories: CategorySet) -> CategoryDecisions;

		/// What `consent.recordAccess` would decide now, for each category `categories` covers,
		/// if `accessor` recorded a read of `patient`'s data for `organization` and `purpose`
		/// (under the emergency access `emergency` when given): the basis, or the refusal. What
		/// the gateway's enforcing proxy asks before it serves data. Since version 4.
		#[api_version(4)]
		fn check_reads(accessor: AccountId, organization: OrganizationId, patient: AccountId, purpose: Purpose, categories: CategorySet, emergency: Option<EmergencyId>) -> ReadChecks;

		/// A patient's consents, in the order granted.
		fn consents_of(patient: AccountId) -> PatientConsents<AccountId>;

		/// The consents held by `organization` after `start_after`, in id order.
		fn grants_held_by(organization: OrganizationId, start_after: Option<ConsentId>, limit: u32) -> IdPage<ConsentId, Consent<AccountId>>;

		/// `patient`'s access log after `start_after`, oldest first; entries on an emergency
		/// basis come with its review.
		fn access_log(patient: AccountId, start_after: Option<AccessIndex>, limit: u32) -> Page<AccessLogItem<AccountId, Balance>, AccessIndex>;

		/// The emergency access `id`.
		fn emergency_access(id: EmergencyId) -> Option<WithId<EmergencyId, EmergencyAccess<AccountId, Balance>>>;

		/// The emergency accesses `organization` has not reviewed, after `start_after`, in id
		/// order.
		fn pending_reviews(organization: OrganizationId, start_after: Option<EmergencyId>, limit: u32) -> IdPage<EmergencyId, EmergencyAccess<AccountId, Balance>>;

		/// `patient`'s onboarding, if an organization onboarded them, and the feeless consent
		/// calls they have left in the current window.
		fn patient(patient: AccountId) -> PatientInfo<AccountId, Balance>;
	}
}
