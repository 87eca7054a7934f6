//! Record anchors as other pallets see them: the [`RecordsInspect`] trait (e.g. claims check that
//! their evidence is real and current) and [`RecordStatus`], where a record version stands.

use codec::{Decode, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

use crate::{bit_set::code_enum, OrganizationId};

/// The identifier of a record version, assigned in order of anchoring.
pub type RecordId = u64;

code_enum! {
	/// Where a record version stands. In JSON: its name. Also the reason of the errors that
	/// refuse a version that is not current (a `PalletError`).
	#[derive(frame_support::PalletError)]
	pub enum RecordStatus {
		/// The current version.
		Current,
		/// A newer version supersedes it.
		Superseded,
		/// Marked as entered in error by its author's organization (or the patient).
		EnteredInError,
		/// The holder destroyed the data and its salt (crypto-shredding); the entry is a tombstone.
		/// Erasure covers this one version: each version of a record must be erased.
		Erased,
	}
}

/// What another pallet may know about an anchored record version.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct RecordFacts<AccountId> {
	/// Whose record.
	pub patient: AccountId,
	/// The provider that anchored it (`None`: the patient's own).
	pub organization: Option<OrganizationId>,
	/// Where the version stands: only a `Current` version states what is true now.
	pub status: RecordStatus,
}

/// The record anchors' answer to "does this record exist, whose is it, who anchored it?".
pub trait RecordsInspect<AccountId> {
	/// The facts of record version `id`, if it exists.
	fn record_facts(id: RecordId) -> Option<RecordFacts<AccountId>>;

	/// For benchmarks: a record of `patient` anchored by `organization`.
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_record(patient: &AccountId, organization: OrganizationId) -> RecordId;
}
