//! A consent as stored and its check against one use of data; access log entries, emergency
//! accesses, patient registrations and allowances. Only codes, ids, times and the
//! hash of the full consent document (kept off chain by the patient and the organization).

use codec::{Decode, Encode, MaxEncodedLen};
use healthchain_primitives::{
	Action, ActionSet, CategorySet, ConsentId, DataCategory, DenyReason, Moment, OrganizationId,
	Purpose, PurposeSet,
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

/// The identifier of an emergency (break-glass) access, assigned in order of opening.
pub type EmergencyId = u64;

/// The position of an entry in a patient's access log, from 0, in order of recording.
pub type AccessIndex = u32;

healthchain_primitives::scale_codes! {
	/// What authorized an access to a patient's data.
	pub enum AccessBasis {
		/// The patient's consent with this id permitted it.
		Consent(ConsentId),
		/// An emergency access with this id: no consent, reviewed afterwards.
		Emergency(EmergencyId),
	}
}

/// One entry of a patient's access log: who read which data, when, why and on what basis.
/// The entry's deposit was held from `accessor` and is returned when the entry is pruned after
/// the retention period.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct AccessEntry<AccountId, Balance> {
	/// The organization on whose behalf the data was read.
	pub organization: OrganizationId,
	/// The member who read it (or the gateway account recording for them).
	pub accessor: AccountId,
	/// Why.
	pub purpose: Purpose,
	/// Which data; `None` for the opening of an emergency access (the reads under it follow as
	/// their own entries).
	pub category: Option<DataCategory>,
	/// On what authority.
	pub basis: AccessBasis,
	/// When (milliseconds since the epoch).
	pub at: Moment,
	/// The deposit held from `accessor` for this entry.
	pub deposit: Balance,
}

/// One item of a page of a patient's access log: the entry's index, the entry, and the review
/// state of the emergency access it opened or used (if any).
pub type AccessLogItem<AccountId, Balance> =
	(AccessIndex, AccessEntry<AccountId, Balance>, Option<Review<AccountId>>);

/// A patient's access log bounds: entries `first..next` are stored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct LogBounds {
	/// The oldest stored entry (entries before it were pruned).
	pub first: AccessIndex,
	/// The index the next entry gets.
	pub next: AccessIndex,
}

healthchain_primitives::scale_codes! {
	/// The coded reason for an emergency (break-glass) access.
	pub enum EmergencyReason {
		/// The patient cannot consent (unconscious, incapacitated) and needs treatment.
		PatientIncapacitated,
		/// A life-threatening condition needs the data now.
		LifeThreatening,
		/// A risk of serious harm to the patient or others.
		SeriousHarmRisk,
		/// Any other reason, explained in the justification document.
		Other,
	}
}

healthchain_primitives::scale_codes! {
	/// The privacy officer's verdict on an emergency access.
	pub enum ReviewVerdict {
		/// The access was justified.
		Justified,
		/// The access was misuse.
		Misuse,
	}
}

/// The review state of an emergency access.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub enum Review<AccountId> {
	/// Not reviewed yet: listed among the organization's pending reviews.
	Pending,
	/// Reviewed by `officer` at `at`, with the hash of the review report kept off chain.
	Done { verdict: ReviewVerdict, officer: AccountId, at: Moment, report_hash: H256 },
}

/// An emergency (break-glass) access: a clinician's time-boxed read access to one patient's data
/// without consent.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct EmergencyAccess<AccountId, Balance> {
	/// Whose data.
	pub patient: AccountId,
	/// The provider the clinician serves.
	pub organization: OrganizationId,
	/// Who opened it (the only account that may read under it).
	pub clinician: AccountId,
	/// The coded reason.
	pub reason: EmergencyReason,
	/// Hash of the written justification, kept off chain by the provider.
	pub justification: H256,
	/// When it was opened.
	pub opened_at: Moment,
	/// Reads under it are allowed until then (exclusive).
	pub expires_at: Moment,
	/// How many reads were recorded under it.
	pub reads: u32,
	/// The privacy officer's review.
	pub review: Review<AccountId>,
	/// The deposit held from the clinician until the review.
	pub deposit: Balance,
}

/// A patient onboarded by an organization: the account exists (the pallet provides it) without
/// holding tokens.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Registration<AccountId, Balance> {
	/// The organization that onboarded the patient.
	pub organization: OrganizationId,
	/// The member who did, and from whom the deposit is held.
	pub by: AccountId,
	/// The deposit.
	pub deposit: Balance,
	/// When.
	pub at: Moment,
}

/// Use of a limited allowance in fixed windows of blocks (free consent calls of a patient,
/// emergency accesses of a clinician).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Allowance<BlockNumber> {
	/// The first block of the current window.
	pub window_start: BlockNumber,
	/// How much of the allowance this window used.
	pub used: u32,
}

impl<BlockNumber> Allowance<BlockNumber>
where
	BlockNumber: Copy + PartialOrd + sp_runtime::Saturating + Default,
{
	/// The allowance as it stands at block `now`: a window older than `window` blocks is over.
	pub fn at(self, now: BlockNumber, window: BlockNumber) -> Self {
		if now >= self.window_start.saturating_add(window) {
			Self { window_start: now, used: 0 }
		} else {
			self
		}
	}

	/// How much is left of `max` at block `now`.
	pub fn left(self, now: BlockNumber, window: BlockNumber, max: u32) -> u32 {
		max.saturating_sub(self.at(now, window).used)
	}

	/// Uses one unit at block `now`, if any is left; `None` if not.
	pub fn take(self, now: BlockNumber, window: BlockNumber, max: u32) -> Option<Self> {
		let current = self.at(now, window);
		(current.used < max).then(|| Self { used: current.used.saturating_add(1), ..current })
	}
}
