//! Studies, participation, data grants and compensation pools. Only codes, ids, counts, amounts,
//! times and hashes: the protocol and the datasets stay off chain.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use healthchain_primitives::{CategorySet, DataUse, Moment, OrganizationId, StudyPurpose};
use scale_info::TypeInfo;
use sp_core::H256;

/// The identifier of a study.
pub type StudyId = u32;
/// The identifier of a data grant.
pub type GrantId = u64;

healthchain_primitives::scale_codes! {
	/// Where a study stands.
	pub enum StudyStatus {
		/// Waiting for an ethics committee.
		Proposed,
		/// Approved; the researcher may start it.
		Approved,
		/// Rejected by an ethics committee.
		Rejected,
		/// Recruiting and using data.
		Active,
		/// Closed: no more grants or accesses; participants claim their compensation.
		Closed,
	}
}

/// A study of a research institution.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Study<AccountId> {
	/// The ResearchInstitution running it.
	pub institution: OrganizationId,
	/// The principal investigator (a Researcher of the institution).
	pub researcher: AccountId,
	/// Hash of the current protocol document.
	pub protocol_hash: H256,
	/// 1, then 2, 3, … with each protocol amendment.
	pub version: u32,
	/// What the study does with data, in DUO terms (its modifiers are its commitments: PUB,
	/// COL, GS).
	pub data_use: DataUse,
	/// Commercial, for-profit, methods research.
	pub purpose: StudyPurpose,
	/// The data categories it asks for.
	pub categories: CategorySet,
	/// The smallest consenting cohort data may be granted to (k-anonymity floor).
	pub min_cohort: u32,
	/// When it was registered.
	pub registered_at: Moment,
	/// When it ends.
	pub ends_at: Moment,
	/// Where it stands.
	pub status: StudyStatus,
	/// The ethics committee and reviewer who decided it.
	pub ethics: Option<(OrganizationId, AccountId)>,
	/// Participants consented to the current version.
	pub cohort: u32,
}

healthchain_primitives::scale_codes! {
	/// How a patient joined a study.
	pub enum Basis {
		/// The patient opted in to this study.
		OptIn,
		/// The patient's broad research consent matched the study.
		BroadConsent,
	}
}

/// A patient's participation in a study.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Participation {
	/// The study version the patient consented to; only the current version counts.
	pub version: u32,
	/// How.
	pub basis: Basis,
	/// Whether they claimed their compensation.
	pub compensated: bool,
}

/// A provider's grant of a de-identified dataset to a study.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct DataGrant<AccountId> {
	/// The study.
	pub study: StudyId,
	/// The Provider holding the data.
	pub provider: OrganizationId,
	/// Who granted it.
	pub granted_by: AccountId,
	/// Commitment of the de-identified dataset (kept off chain).
	pub dataset: H256,
	/// How many records it has.
	pub record_count: u32,
	/// Accesses are refused from then on.
	pub expires_at: Moment,
	/// Whether the provider revoked it.
	pub revoked: bool,
	/// How many accesses researchers logged.
	pub accesses: u32,
}

/// A study's compensation pool: funds held on the funder's account until participants claim.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Pool<AccountId, Balance> {
	/// Who funded it (the funds are held on this account).
	pub funder: AccountId,
	/// Everything put in.
	pub funded: Balance,
	/// Everything paid to participants.
	pub paid: Balance,
	/// Each participant's share, fixed when the study closes.
	pub share: Option<Balance>,
}

/// Which studies a listing returns.
#[derive(
	Clone, Copy, Debug, Default, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo,
)]
pub struct StudyFilter {
	/// Only studies in this status.
	pub status: Option<StudyStatus>,
	/// Only studies whose primary DUO permission is this one (for DS: any disease when the
	/// code is 0, else that disease).
	pub permission: Option<healthchain_primitives::DuoPermission>,
}

impl StudyFilter {
	/// Whether `study` passes the filter.
	pub fn admits<AccountId>(&self, study: &Study<AccountId>) -> bool {
		use healthchain_primitives::DuoPermission::DiseaseSpecific;
		let status_ok = self.status.is_none_or(|s| s == study.status);
		let permission_ok = self.permission.is_none_or(|p| match (p, study.data_use.permission) {
			(DiseaseSpecific(0), DiseaseSpecific(_)) => true,
			(p, q) => p == q,
		});
		status_ok && permission_ok
	}
}

healthchain_primitives::scale_codes! {
	/// Why a patient's broad research consent does not cover a study.
	pub enum BroadConsentMismatch {
		/// No study has this id.
		UnknownStudy,
		/// The patient has no broad research consent profile.
		NoResearchProfile,
		/// The DUO profile does not match the study.
		Duo(healthchain_primitives::DuoMismatch),
		/// The patient's consents do not let the institution read a requested category for research.
		NoResearchConsent,
	}
}
