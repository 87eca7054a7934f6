//! Studies, participation, data grants and compensation pools. Only codes, ids, counts, amounts,
//! times and hashes: the protocol and the datasets stay off chain.
//!
//! The types the queries return serialize (serde, `std` only) to the JSON the `healthchain_*`
//! methods serve: camelCase fields, DUO codes and names rather than bits.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use healthchain_primitives::SaltedHash;
use healthchain_primitives::{CategorySet, DataUse, Moment, OrganizationId, StudyPurpose};
use scale_info::TypeInfo;

/// The identifier of a study.
pub type StudyId = u32;
/// The identifier of a data grant.
pub type GrantId = u64;

healthchain_primitives::scale_codes! {
	/// Where a study stands. In JSON its variant name (`"Active"`).
	#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
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

healthchain_primitives::scale_codes! {
	/// What a researcher registers a study with: everything about it that is theirs to choose
	/// (the chain adds the institution, the researcher, the version, the times and the status).
	#[derive(serde::Serialize, serde::Deserialize)]
	#[serde(rename_all = "camelCase")]
	pub struct StudyTerms {
		/// Hash of the protocol document (kept off chain).
		pub protocol_hash: SaltedHash,
		/// What the study does with data, in DUO terms (its modifiers are its commitments: PUB,
		/// COL, GS).
		pub data_use: DataUse,
		/// Commercial, for-profit, methods research.
		pub purpose: StudyPurpose,
		/// The data categories it asks for (at least one).
		pub categories: CategorySet,
		/// The smallest consenting cohort data may be granted to (k-anonymity floor, at least 1).
		pub min_cohort: u32,
		/// When it ends (in the future).
		pub ends_at: Moment,
	}
}

/// A study registered, approved and activated at genesis.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GenesisStudy<AccountId> {
	/// Its researcher, a Researcher of `institution`.
	pub researcher: AccountId,
	/// The ResearchInstitution running it.
	pub institution: OrganizationId,
	/// What the researcher registers.
	pub terms: StudyTerms,
	/// The EthicsCommittee approving it.
	pub ethics_committee: OrganizationId,
	/// The committee's Reviewer who approves it.
	pub ethics_reviewer: AccountId,
}

healthchain_primitives::client_types! {
	/// A study of a research institution.
	///
	/// JSON: `{institution, researcher, protocolHash, version, duo, modifiers, commercial,
	/// forProfit, methodsResearch, categories, minCohort, registeredAt, endsAt, status,
	/// ethicsCommittee, ethicsReviewer, cohort, attested, deposit}`, with the DUO code
	/// (`"DS:5148"`) and the modifiers' and categories' names, the deposit a decimal string.
	#[derive(MaxEncodedLen)]
	#[cfg_attr(feature = "std", serde(bound = "AccountId: serde::Serialize, Balance: core::fmt::Display"))]
	pub struct Study<AccountId, Balance> {
		/// The ResearchInstitution running it.
		pub institution: OrganizationId,
		/// The principal investigator (a Researcher of the institution).
		pub researcher: AccountId,
		/// Hash of the current protocol document.
		pub protocol_hash: SaltedHash,
		/// 1, then 2, 3, … with each protocol amendment.
		pub version: u32,
		/// What the study does with data, in DUO terms (its modifiers are its commitments: PUB,
		/// COL, GS).
		#[cfg_attr(feature = "std", serde(flatten, serialize_with = "json::duo"))]
		pub data_use: DataUse,
		/// Commercial, for-profit, methods research.
		#[cfg_attr(feature = "std", serde(flatten))]
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
		#[cfg_attr(feature = "std", serde(flatten, serialize_with = "json::ethics"))]
		pub ethics: Option<(OrganizationId, AccountId)>,
		/// Participants consented to the current version whom at least one data-holding
		/// provider attested: who counts towards k (per provider, see
		/// [`crate::ProviderCohorts`]).
		pub cohort: u32,
		/// Participants (of any version) whom at least one provider attested: who shares the
		/// compensation pool.
		pub attested: u32,
		/// The deposit still held from the researcher (zero once the study ended: closed or
		/// rejected).
		#[cfg_attr(feature = "std", serde(serialize_with = "healthchain_primitives::serde_display"))]
		pub deposit: Balance,
	}
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

/// The most providers that attest one participant of a study.
pub type MaxAttestations = frame_support::traits::ConstU32<4>;

/// A patient's participation in a study.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Participation {
	/// The study version the patient consented to; only the current version counts.
	pub version: u32,
	/// How.
	pub basis: Basis,
	/// Whether they claimed their compensation.
	pub compensated: bool,
	/// The data-holding providers that attested the patient as theirs
	/// ([`crate::Pallet::attest_participant`]); a participant no provider attested counts for
	/// nothing (security review H-2).
	pub attested_by: frame_support::BoundedVec<OrganizationId, MaxAttestations>,
}

impl Participation {
	/// Whether a provider attested the participant.
	pub fn is_attested(&self) -> bool {
		!self.attested_by.is_empty()
	}
}

healthchain_primitives::client_types! {
	/// A provider's grant of a de-identified dataset to a study, for one version of its
	/// protocol.
	#[derive(MaxEncodedLen)]
	#[cfg_attr(feature = "std", serde(bound = "AccountId: serde::Serialize, Balance: core::fmt::Display"))]
	pub struct DataGrant<AccountId, Balance> {
		/// The study.
		pub study: StudyId,
		/// The Provider holding the data.
		pub provider: OrganizationId,
		/// Who granted it.
		pub granted_by: AccountId,
		/// Commitment of the de-identified dataset (kept off chain).
		pub dataset: SaltedHash,
		/// How many records it has (at most the provider's attested cohort when granted).
		pub record_count: u32,
		/// Accesses are refused from then on (never after the study's end).
		pub expires_at: Moment,
		/// Whether the provider revoked it.
		pub revoked: bool,
		/// How many accesses researchers logged.
		pub accesses: u32,
		/// The protocol version it was granted for: an amendment ends its access.
		pub version: u32,
		/// The deposit still held from the granting member (zero once revoked).
		#[cfg_attr(feature = "std", serde(serialize_with = "healthchain_primitives::serde_display"))]
		pub deposit: Balance,
	}
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
	/// Until when participants claim their shares (set when the study closes, after
	/// [`crate::Config::ClaimWindow`]); then the funder takes back what nobody claimed.
	pub claim_until: Option<Moment>,
	/// Whether the shares were fixed before runtime 106, among the participants of the final
	/// protocol version (attested or not), rather than among the attested participants.
	pub legacy: bool,
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
	/// The DUO code that asks for disease-specific studies of any disease.
	pub const ANY_DISEASE: &'static str = "DS";

	/// The filter clients name by codes: `status`, a [`StudyStatus`] name (`"Active"`); `duo`,
	/// a DUO code (`"GRU"`, `"HMB"`, `"DS:<disease>"`, `"POA"`, `"NRES"`) or
	/// [`StudyFilter::ANY_DISEASE`].
	///
	/// # Errors
	/// The code that names nothing.
	pub fn from_codes<'a>(status: Option<&'a str>, duo: Option<&'a str>) -> Result<Self, &'a str> {
		use healthchain_primitives::DuoPermission;
		let status = status
			.map(|name| {
				[
					("Proposed", StudyStatus::Proposed),
					("Approved", StudyStatus::Approved),
					("Rejected", StudyStatus::Rejected),
					("Active", StudyStatus::Active),
					("Closed", StudyStatus::Closed),
				]
				.into_iter()
				.find_map(|(known, status)| (known == name).then_some(status))
				.ok_or(name)
			})
			.transpose()?;
		let permission = duo
			.map(|code| match code {
				Self::ANY_DISEASE => Ok(DuoPermission::DiseaseSpecific(0)),
				code => DuoPermission::from_code(code).ok_or(code),
			})
			.transpose()?;
		Ok(StudyFilter { status, permission })
	}

	/// Whether `study` passes the filter.
	pub fn admits<AccountId, Balance>(&self, study: &Study<AccountId, Balance>) -> bool {
		use healthchain_primitives::DuoPermission::DiseaseSpecific;
		let status_ok = self.status.is_none_or(|s| s == study.status);
		let permission_ok = self.permission.is_none_or(|p| match (p, study.data_use.permission) {
			(DiseaseSpecific(0), DiseaseSpecific(_)) => true,
			(p, q) => p == q,
		});
		status_ok && permission_ok
	}
}

healthchain_primitives::client_types! {
	/// A study's cohort: how many patients consent to its current protocol version.
	#[derive(Copy, MaxEncodedLen)]
	pub struct Cohort {
		/// The study.
		pub study: StudyId,
		/// Its current protocol version.
		pub version: u32,
		/// Patients consenting to that version.
		pub cohort: u32,
	}

	/// A provider's attested cohort of a study: the participants consented to its current
	/// protocol version whom the provider attested (what k is checked against when it grants).
	#[derive(Copy, MaxEncodedLen)]
	pub struct ProviderCohort {
		/// The study.
		pub study: StudyId,
		/// The provider.
		pub provider: OrganizationId,
		/// The study's current protocol version.
		pub version: u32,
		/// The participants consented to that version whom the provider attested.
		pub cohort: u32,
	}
}

healthchain_primitives::scale_codes! {
	/// Why a patient's broad research consent does not cover a study. In JSON its name as Rust
	/// writes it: `"NoResearchProfile"`, `"Duo(Permission)"`.
	pub enum BroadConsentMismatch {
		/// No study has this id.
		UnknownStudy,
		/// The patient has no broad research consent profile.
		NoResearchProfile,
		/// The DUO profile does not match the study.
		Duo(healthchain_primitives::DuoMismatch),
		/// The patient's consents do not let the institution read a requested category for
		/// research.
		NoResearchConsent,
	}
}

healthchain_primitives::client_types! {
	/// Whether a patient's broad research consent covers a study, and if not why.
	///
	/// JSON: `{"matches": true, "reason": null}` or
	/// `{"matches": false, "reason": "NoResearchProfile"}`.
	#[derive(Copy, MaxEncodedLen)]
	pub struct ConsentMatch {
		/// Whether it covers the study.
		pub matches: bool,
		/// Why not, when it does not.
		pub reason: Option<BroadConsentMismatch>,
	}
}

healthchain_primitives::from_check!(ConsentMatch { matches, reason: BroadConsentMismatch });

/// The JSON of the fields and types that do not map one to one (`std` only).
#[cfg(feature = "std")]
mod json {
	use super::*;
	use serde::ser::{SerializeMap, Serializer};

	/// A study's data use as `"duo": "<DUO code>", "modifiers": [<names>]` (in the study's object).
	pub fn duo<S: Serializer>(data_use: &DataUse, serializer: S) -> Result<S::Ok, S::Error> {
		let mut map = serializer.serialize_map(Some(2))?;
		map.serialize_entry("duo", &data_use.permission)?;
		map.serialize_entry("modifiers", &data_use.modifiers)?;
		map.end()
	}

	/// A study's ethics decision as `"ethicsCommittee": id|null, "ethicsReviewer": account|null`.
	pub fn ethics<S: Serializer, AccountId: serde::Serialize>(
		ethics: &Option<(OrganizationId, AccountId)>,
		serializer: S,
	) -> Result<S::Ok, S::Error> {
		let mut map = serializer.serialize_map(Some(2))?;
		map.serialize_entry("ethicsCommittee", &ethics.as_ref().map(|(committee, _)| committee))?;
		map.serialize_entry("ethicsReviewer", &ethics.as_ref().map(|(_, reviewer)| reviewer))?;
		map.end()
	}

	impl serde::Serialize for BroadConsentMismatch {
		fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
			serializer.collect_str(&format_args!("{self:?}"))
		}
	}
}
