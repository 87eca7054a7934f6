//! A record commitment as stored, its status and version links; a batch of leaves under one
//! Merkle root. Only codes, ids, times and 32-byte commitments: never a record's content.
//!
//! Every type a query returns serializes (serde, `std`) the way the `healthchain_*` JSON-RPC
//! shows it: camelCase fields, codes as names, hashes as `0x`-hex, balances as decimal strings.

use alloc::vec::Vec;
use codec::MaxEncodedLen;
use healthchain_primitives::{DataCategory, Moment, OrganizationId, Purpose, WithId};
use healthchain_primitives::{MerkleRoot, SaltedHash};
#[cfg(feature = "std")]
use {core::fmt::Display, healthchain_primitives::serde_display, serde::Serialize};

pub use healthchain_primitives::{RecordId, RecordStatus};

/// The identifier of a batch, assigned in order of anchoring.
pub type BatchId = u64;

healthchain_primitives::scale_codes! {
	/// The FHIR R4 resource type of a record, when it is a FHIR resource. In JSON: its name.
	#[cfg_attr(feature = "std", derive(serde::Serialize))]
	pub enum FhirResourceType {
		/// `Observation` (labs, vital signs, …).
		Observation,
		/// `Condition`.
		Condition,
		/// `MedicationRequest`.
		MedicationRequest,
		/// `MedicationStatement`.
		MedicationStatement,
		/// `AllergyIntolerance`.
		AllergyIntolerance,
		/// `DiagnosticReport`.
		DiagnosticReport,
		/// `ImagingStudy`.
		ImagingStudy,
		/// `Procedure`.
		Procedure,
		/// `Immunization`.
		Immunization,
		/// `Encounter`.
		Encounter,
		/// `CarePlan`.
		CarePlan,
		/// `DocumentReference` (clinical notes, scanned documents).
		DocumentReference,
		/// `Bundle` (several resources as one document).
		Bundle,
	}
}

/// The scope of a batch: what its leaves are and whose. In JSON: `"Audit"`,
/// `{ "Records": { "patient", "purpose", "category" } }` or `{ "Unattributed": { "category" } }`.
#[derive(
	Clone,
	Debug,
	PartialEq,
	Eq,
	codec::Encode,
	codec::Decode,
	codec::DecodeWithMemTracking,
	MaxEncodedLen,
	scale_info::TypeInfo,
)]
#[cfg_attr(feature = "std", derive(Serialize))]
pub enum BatchScope<AccountId> {
	/// Audit events (e.g. access logs of a system): no patient, no data category. Any active
	/// member of any active organization anchors them.
	Audit,
	/// Records of one patient, of one category: anchored by a Clinician of an active Provider
	/// whose write of `category` for `purpose` the patient's consent permits — exactly what
	/// [`crate::Pallet::anchor_record`] needs for one record.
	Records {
		/// Whose records.
		patient: AccountId,
		/// The purpose the consent permits the writes for.
		purpose: Purpose,
		/// What kind of data.
		category: DataCategory,
	},
	/// A batch anchored before storage version 3 that claimed records of `category` without a
	/// patient or a consent check ([`crate::migrations::MigrateToV3`]). It cannot be attributed to
	/// a patient, so it proves nothing about anyone's records; no call creates this scope.
	Unattributed {
		/// The category its submitter claimed.
		category: DataCategory,
	},
}

impl<AccountId> BatchScope<AccountId> {
	/// The data category the batch claims, if any.
	pub fn category(&self) -> Option<DataCategory> {
		match self {
			BatchScope::Audit => None,
			BatchScope::Records { category, .. } | BatchScope::Unattributed { category } => {
				Some(*category)
			},
		}
	}
}

healthchain_primitives::client_types! {
	/// One version of a record, anchored on chain as a commitment.
	///
	/// In JSON (with its id, as the queries return it): `{ "id", "patient", "organization",
	/// "purpose", "author", "category", "commitment", "fhirType", "version", "previous",
	/// "supersededBy", "status", "anchoredAt", "statusChangedAt", "deposit": "10" }`.
	#[derive(MaxEncodedLen)]
	#[cfg_attr(feature = "std", serde(bound = "AccountId: Serialize, Balance: Display"))]
	pub struct Record<AccountId, Balance> {
		/// Whose record.
		pub patient: AccountId,
		/// The provider holding the record; `None` when the patient anchored it themself.
		pub organization: Option<OrganizationId>,
		/// The purpose the provider's consent permitted the write for (`None` for the patient's
		/// own).
		pub purpose: Option<Purpose>,
		/// Who anchored this version.
		pub author: AccountId,
		/// What kind of data.
		pub category: DataCategory,
		/// `blake2_256(salt ‖ document)`, computed off chain (see the README).
		pub commitment: SaltedHash,
		/// The FHIR resource type, if it is one.
		pub fhir_type: Option<FhirResourceType>,
		/// 1 for the first version, then 2, 3, …
		pub version: u32,
		/// The version it amends.
		pub previous: Option<RecordId>,
		/// The version that amends it.
		pub superseded_by: Option<RecordId>,
		/// Where it stands.
		pub status: RecordStatus,
		/// When this version was anchored.
		pub anchored_at: Moment,
		/// When its status last changed (superseded, entered in error, erased).
		pub status_changed_at: Option<Moment>,
		/// The deposit held from the author.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub deposit: Balance,
	}

	/// A batch: the root of a binary Merkle tree over many 32-byte leaves (records or audit
	/// events), built as `binary-merkle-tree` builds it with BLAKE2-256 (see the README).
	///
	/// In JSON (with its id): `{ "id", "organization", "submitter", "root", "leafCount",
	/// "scope", "anchoredAt", "deposit": "15" }`.
	#[derive(MaxEncodedLen)]
	#[cfg_attr(feature = "std", serde(bound = "AccountId: Serialize, Balance: Display"))]
	pub struct Batch<AccountId, Balance> {
		/// The organization on whose behalf it was anchored.
		pub organization: OrganizationId,
		/// Who anchored it.
		pub submitter: AccountId,
		/// The Merkle root.
		pub root: MerkleRoot,
		/// How many leaves the tree has.
		pub leaf_count: u32,
		/// What its leaves are: audit events, or records of one patient (see [`BatchScope`]).
		pub scope: BatchScope<AccountId>,
		/// When it was anchored.
		pub anchored_at: Moment,
		/// The deposit held from the submitter.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub deposit: Balance,
	}
}

healthchain_primitives::scale_codes! {
	/// Why a batch inclusion proof does not verify. In JSON: its name.
	#[cfg_attr(feature = "std", derive(serde::Serialize))]
	pub enum ProofError {
		/// No batch has this id.
		UnknownBatch,
		/// The leaf index is not below the batch's leaf count.
		IndexOutOfRange,
		/// The proof is longer than any tree of that many leaves needs.
		ProofTooLong,
		/// The proof does not lead from the leaf to the batch's root.
		Mismatch,
	}
}

healthchain_primitives::client_types! {
	/// Every version of the record a version belongs to, oldest first: the answer of
	/// [`crate::Pallet::history`].
	///
	/// In JSON: `{ "record": id, "versions": [{ "id", …the record's fields }] }`.
	#[cfg_attr(feature = "std", serde(bound = "AccountId: Serialize, Balance: Display"))]
	pub struct RecordHistory<AccountId, Balance> {
		/// The version asked about.
		pub record: RecordId,
		/// Every version of its record, oldest first (at most `MaxVersions`); empty if `record`
		/// is unknown.
		pub versions: Vec<WithId<RecordId, Record<AccountId, Balance>>>,
	}

	/// Whether a leaf's inclusion proof verifies against an anchored batch root, and if not,
	/// why: the answer of [`crate::Pallet::verify_batch_leaf`].
	///
	/// In JSON: `{ "valid": true, "error": null }` or `{ "valid": false, "error": "Mismatch" }`.
	#[derive(Copy, MaxEncodedLen)]
	pub struct LeafProof {
		/// Whether the proof leads from the leaf to the batch's root.
		pub valid: bool,
		/// Why not, when it does not.
		pub error: Option<ProofError>,
	}
}

healthchain_primitives::from_check!(LeafProof { valid, error: ProofError });

healthchain_primitives::scale_codes! {
	/// Why a provider's anchoring of a record would fail (`records.anchorRecord` would fail with
	/// the [`crate::Error`] of the same name): what [`crate::Pallet::check_anchor`] reports before
	/// a gateway stores a write. In JSON, the variant's name, with the inner code for
	/// `AccessDenied` and `ConsentDenied`.
	#[cfg_attr(feature = "std", derive(serde::Serialize))]
	pub enum WriteRefusal {
		/// The author may not act for the organization or lacks the `Clinician` role.
		AccessDenied(healthchain_primitives::AccessDenied),
		/// The organization is not a Provider.
		NotAProvider,
		/// The patient's consents do not permit the provider to write this category.
		ConsentDenied(healthchain_primitives::DenyReason),
		/// This commitment is already anchored for this patient.
		DuplicateCommitment,
	}
}

impl WriteRefusal {
	/// The most specific name of the refusal: the inner code of `AccessDenied` and
	/// `ConsentDenied` (`MissingRole`, `NoConsent`, `CategoryNotCovered` …), else the variant's.
	pub fn reason(&self) -> alloc::string::String {
		// The derived `Debug` of a fieldless variant is its name.
		match self {
			WriteRefusal::AccessDenied(denied) => alloc::format!("{denied:?}"),
			WriteRefusal::ConsentDenied(reason) => alloc::format!("{reason:?}"),
			other => alloc::format!("{other:?}"),
		}
	}
}

impl<T: crate::Config> From<WriteRefusal> for crate::Error<T> {
	fn from(refusal: WriteRefusal) -> Self {
		match refusal {
			WriteRefusal::AccessDenied(denied) => crate::Error::AccessDenied(denied),
			WriteRefusal::NotAProvider => crate::Error::NotAProvider,
			WriteRefusal::ConsentDenied(reason) => crate::Error::ConsentDenied(reason),
			WriteRefusal::DuplicateCommitment => crate::Error::DuplicateCommitment,
		}
	}
}
