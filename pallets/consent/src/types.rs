//! A consent as stored, and its check against one use of data. Only codes, ids, times and the
//! hash of the full consent document (kept off chain by the patient and the organization).

use codec::{Decode, Encode, MaxEncodedLen};
use healthchain_primitives::{
	Action, ActionSet, CategorySet, DataCategory, DenyReason, Moment, OrganizationId, Purpose,
	PurposeSet,
};
use scale_info::TypeInfo;
use sp_core::H256;

/// A patient's consent to one organization.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Consent<AccountId> {
	/// Whose data.
	pub patient: AccountId,
	/// Who may use it.
	pub organization: OrganizationId,
	/// For which purposes.
	pub purposes: PurposeSet,
	/// Which data (sensitive categories only when named).
	pub categories: CategorySet,
	/// Read, write or both.
	pub actions: ActionSet,
	/// From when (milliseconds since the epoch).
	pub valid_from: Moment,
	/// Until when, if limited.
	pub valid_until: Option<Moment>,
	/// At most this many recorded accesses, if limited.
	pub max_accesses: Option<u32>,
	/// How many accesses were recorded under this consent.
	pub accesses: u32,
	/// The organization must have erased the data by then; no use from then on.
	pub erase_by: Option<Moment>,
	/// Hash of the full consent document (FHIR Consent) or receipt, kept off chain.
	pub document_hash: H256,
	/// When it was granted.
	pub granted_at: Moment,
}

impl<AccountId> Consent<AccountId> {
	/// Whether this consent allows `action` on `category` data for `purpose` at `now`, and if
	/// not, the first check that fails (in the order of [`DenyReason`]).
	pub fn check(
		&self,
		purpose: Purpose,
		category: DataCategory,
		action: Action,
		now: Moment,
	) -> Result<(), DenyReason> {
		if now < self.valid_from {
			return Err(DenyReason::NotYetValid);
		}
		if self.valid_until.is_some_and(|until| now >= until) {
			return Err(DenyReason::Expired);
		}
		if self.erase_by.is_some_and(|deadline| now >= deadline) {
			return Err(DenyReason::PastEraseBy);
		}
		if !self.purposes.names(purpose) {
			return Err(DenyReason::PurposeNotCovered);
		}
		if !self.categories.covers(category) {
			return Err(DenyReason::CategoryNotCovered);
		}
		if !self.actions.names(action) {
			return Err(DenyReason::ActionNotCovered);
		}
		if self.max_accesses.is_some_and(|max| self.accesses >= max) {
			return Err(DenyReason::AccessLimitReached);
		}
		Ok(())
	}
}
