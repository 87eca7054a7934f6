//! Record anchors as other pallets see them: the [`RecordsInspect`] trait (e.g. claims check that
//! their evidence is real).

use codec::{Decode, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

use crate::OrganizationId;

/// The identifier of a record version, assigned in order of anchoring.
pub type RecordId = u64;

/// What another pallet may know about an anchored record version.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct RecordFacts<AccountId> {
	/// Whose record.
	pub patient: AccountId,
	/// The provider that anchored it (`None`: the patient's own).
	pub organization: Option<OrganizationId>,
	/// Whether the holder erased it.
	pub erased: bool,
}

/// The record anchors' answer to "does this record exist, whose is it, who anchored it?".
pub trait RecordsInspect<AccountId> {
	/// The facts of record version `id`, if it exists.
	fn record_facts(id: RecordId) -> Option<RecordFacts<AccountId>>;

	/// For benchmarks: a record of `patient` anchored by `organization`.
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_record(patient: &AccountId, organization: OrganizationId) -> RecordId;
}
