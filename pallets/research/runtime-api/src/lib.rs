//! The `ResearchApi` runtime API: studies (paged, filterable by status and DUO permission), a
//! study, its cohort size, its grants, and whether a patient's broad consent matches a study, for
//! clients (Polkadot.js: `api.call.researchApi`), the node's `healthchain_*` RPC and researchers'
//! scripts.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use pallet_research::{
	BroadConsentMismatch, DataGrant, GrantId, Study, StudyFilter, StudyId, StudyStatus,
};

sp_api::decl_runtime_apis! {
	/// Queries of research studies.
	pub trait ResearchApi<AccountId>
	where
		AccountId: Codec,
	{
		/// A page of studies in id order after `start_after`, at most `limit` (≤ 1000), those
		/// matching `filter`.
		fn studies(filter: StudyFilter, start_after: Option<StudyId>, limit: u32) -> Vec<(StudyId, Study<AccountId>)>;

		/// The study `id`.
		fn study(id: StudyId) -> Option<Study<AccountId>>;

		/// How many patients consent to the study's current version.
		fn cohort_size(id: StudyId) -> Option<u32>;

		/// A page of the study's data grants.
		fn grants_of_study(id: StudyId, start_after: Option<GrantId>, limit: u32) -> Vec<(GrantId, DataGrant<AccountId>)>;

		/// Whether `patient`'s broad research consent covers the study (`Ok`), or why not.
		fn broad_consent_matches(id: StudyId, patient: AccountId) -> Result<(), BroadConsentMismatch>;
	}
}
