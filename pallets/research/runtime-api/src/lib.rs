//! The `ResearchApi` runtime API: studies (paged, filterable by status and DUO permission), a
//! study, its cohort, its grants, and whether a patient's broad consent matches a study,
//! forwarded from `pallet-research` (`queries.rs`), for clients (Polkadot.js:
//! `api.call.researchApi`), the node's `healthchain_*` JSON-RPC and researchers' scripts.

#![cfg_attr(not(feature = "std"), no_std)]

use codec::Codec;
pub use healthchain_primitives::{IdPage, OrganizationId, WithId};
pub use pallet_research::{
	BroadConsentMismatch, Cohort, ConsentMatch, DataGrant, GrantId, ProviderCohort, Study,
	StudyFilter, StudyId, StudyStatus,
};

sp_api::decl_runtime_apis! {
	/// Queries of research studies.
	///
	/// Version 2: exact paging of filtered listings (a page cut short by the scan budget carries
	/// the cursor to resume from), items with their ids, the cohort with its protocol version.
	/// Version 3 (runtime 106): studies and grants carry their deposits (and grants their
	/// protocol version), the cohort counts attested participants, and each provider's cohort.
	#[api_version(3)]
	pub trait ResearchApi<AccountId, Balance> where AccountId: Codec, Balance: Codec {
		/// The studies matching `filter` after `start_after`, in id order.
		fn studies(filter: StudyFilter, start_after: Option<StudyId>, limit: u32) -> IdPage<StudyId, Study<AccountId, Balance>>;

		/// The study `id`.
		fn study(id: StudyId) -> Option<WithId<StudyId, Study<AccountId, Balance>>>;

		/// How many attested patients consent to the study's current protocol version.
		fn cohort(id: StudyId) -> Option<Cohort>;

		/// `provider`'s attested cohort of the study's current protocol version (what k is
		/// checked against when it grants).
		fn cohort_of_provider(id: StudyId, provider: OrganizationId) -> Option<ProviderCohort>;

		/// The study's data grants after `start_after`, in id order.
		fn grants_of_study(id: StudyId, start_after: Option<GrantId>, limit: u32) -> IdPage<GrantId, DataGrant<AccountId, Balance>>;

		/// Whether `patient`'s broad research consent covers the study, or why not.
		fn broad_consent_matches(id: StudyId, patient: AccountId) -> ConsentMatch;
	}
}
