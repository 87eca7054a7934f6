//! The consent registry's data: a consent's terms and the consent as stored, access log entries,
//! emergency accesses, patient registrations and allowances, and the items the queries return.
//! Only codes, ids, times and the hash of the full consent document (kept off chain by the
//! patient and the organization).
//!
//! Every type a query returns serializes (serde, `std`) the way the `healthchain_*` JSON-RPC
//! shows it: camelCase fields, codes and sets as names, balances as decimal strings.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::ConstU32, BoundedVec};
use healthchain_primitives::SaltedHash;
use healthchain_primitives::{
	AccessDenied, ActionSet, CategorySet, ConsentId, DataCategory, DenyReason, Moment,
	OrganizationId, Purpose, PurposeSet, WithId,
};
use scale_info::TypeInfo;
use sp_core::H256;
#[cfg(feature = "std")]
use {core::fmt::Display, healthchain_primitives::serde_display, serde::Serialize};

healthchain_primitives::scale_codes! {
	/// What a patient grants an organization: the argument of `grant_consent`, and the terms of a
	/// stored [`Consent`]. Modelled after FHIR Consent.
	///
	/// In JSON (genesis presets, the RPC): `{ "purposes": ["Treatment"], "categories":
	/// ["AllStandard"], "actions": ["Read"], "validFrom": null, "validUntil": null, "maxAccesses":
	/// null, "eraseBy": null, "documentHash": "0x…" }`.
	#[derive(serde::Serialize, serde::Deserialize)]
	#[serde(rename_all = "camelCase", deny_unknown_fields)]
	pub struct ConsentTerms {
		/// For which purposes (at least one).
		pub purposes: PurposeSet,
		/// Which data (at least one category; sensitive categories only when named).
		pub categories: CategorySet,
		/// Read, write or both (at least one).
		pub actions: ActionSet,
		/// From when (milliseconds since the epoch). `None` in a grant means "from now"; a stored
		/// consent always holds the time it became valid.
		pub valid_from: Option<Moment>,
		/// Until when (exclusive), if limited; default: until revoked.
		pub valid_until: Option<Moment>,
		/// At most this many recorded accesses, if limited; default: unlimited.
		pub max_accesses: Option<u32>,
		/// The organization must have erased the data by then; no use from then on. Default: no
		/// deadline.
		pub erase_by: Option<Moment>,
		/// Hash of the full consent document (FHIR Consent) or receipt, kept off chain.
		pub document_hash: SaltedHash,
	}
}

impl ConsentTerms {
	/// Terms without limits: `actions` on `categories` for `purposes`, from the grant until
	/// revoked, any number of times, no erase-by deadline. Set the other fields with struct
	/// update syntax: `ConsentTerms { max_accesses: Some(5), ..ConsentTerms::new(..) }`.
	pub const fn new(
		purposes: PurposeSet,
		categories: CategorySet,
		actions: ActionSet,
		document_hash: SaltedHash,
	) -> Self {
		Self {
			purposes,
			categories,
			actions,
			valid_from: None,
			valid_until: None,
			max_accesses: None,
			erase_by: None,
			document_hash,
		}
	}
}

healthchain_primitives::client_types! {
	/// A patient's consent to one organization: the terms granted and their use.
	///
	/// In JSON the terms' fields stand beside the others: `{ "patient", "organization", "purposes",
	/// …, "documentHash", "accesses", "grantedAt" }`.
	#[derive(MaxEncodedLen)]
	pub struct Consent<AccountId> {
		/// Whose data.
		pub patient: AccountId,
		/// Who may use it.
		pub organization: OrganizationId,
		/// What the patient granted; `valid_from` is always set (the grant's time by default).
		#[cfg_attr(feature = "std", serde(flatten))]
		pub terms: ConsentTerms,
		/// How many accesses were recorded under this consent.
		pub accesses: u32,
		/// When it was granted.
		pub granted_at: Moment,
	}
}

/// The identifier of an emergency (break-glass) access, assigned in order of opening.
pub type EmergencyId = u64;

/// The position of an entry in a patient's access log, from 0, in order of recording.
pub type AccessIndex = u32;

healthchain_primitives::scale_codes! {
	/// What authorized an access to a patient's data.
	///
	/// In JSON, two fields of which exactly one is set: `{ "consent": id, "emergency": null }`
	/// or `{ "consent": null, "emergency": id }`.
	pub enum AccessBasis {
		/// The patient's consent with this id permitted it.
		Consent(ConsentId),
		/// An emergency access with this id: no consent, reviewed afterwards.
		Emergency(EmergencyId),
	}
}

healthchain_primitives::scale_codes! {
	/// Why a member's read would not be recorded (`consent.recordAccess` would fail with the
	/// [`crate::Error`] of the same name): what [`ReadCheck`] reports. In JSON, the variant's
	/// name, with the inner code for the first two.
	#[cfg_attr(feature = "std", derive(serde::Serialize))]
	pub enum ReadRefusal {
		/// The reader is not an active member of an active organization with the role the
		/// purpose needs ([`crate::Error::AccessDenied`]).
		AccessDenied(AccessDenied),
		/// The patient's consents do not permit the read ([`crate::Error::ConsentDenied`]).
		ConsentDenied(DenyReason),
		/// No emergency access has this id.
		UnknownEmergencyAccess,
		/// The emergency access is another clinician's, organization's or patient's.
		NotYourEmergencyAccess,
		/// The emergency access was judged a misuse: no more reads under it.
		EmergencyAccessMisused,
		/// The emergency access has expired.
		EmergencyAccessExpired,
		/// An emergency access serves emergency treatment only.
		EmergencyPurposeOnly,
	}
}

impl ReadRefusal {
	/// The most specific name of the refusal: the inner code of `AccessDenied` and
	/// `ConsentDenied` (`NotAMember`, `NoConsent`, `CategoryNotCovered` …), else the variant's.
	pub fn reason(&self) -> alloc::string::String {
		// The derived `Debug` of a fieldless variant is its name.
		match self {
			ReadRefusal::AccessDenied(denied) => alloc::format!("{denied:?}"),
			ReadRefusal::ConsentDenied(reason) => alloc::format!("{reason:?}"),
			other => alloc::format!("{other:?}"),
		}
	}
}

impl<T: crate::Config> From<ReadRefusal> for crate::Error<T> {
	fn from(refusal: ReadRefusal) -> Self {
		match refusal {
			ReadRefusal::AccessDenied(denied) => crate::Error::AccessDenied(denied),
			ReadRefusal::ConsentDenied(reason) => crate::Error::ConsentDenied(reason),
			ReadRefusal::UnknownEmergencyAccess => crate::Error::UnknownEmergencyAccess,
			ReadRefusal::NotYourEmergencyAccess => crate::Error::NotYourEmergencyAccess,
			ReadRefusal::EmergencyAccessMisused => crate::Error::EmergencyAccessMisused,
			ReadRefusal::EmergencyAccessExpired => crate::Error::EmergencyAccessExpired,
			ReadRefusal::EmergencyPurposeOnly => crate::Error::EmergencyPurposeOnly,
		}
	}
}

healthchain_primitives::client_types! {
	/// The checks of one category of a member's read ([`crate::Pallet::check_reads`]): the
	/// basis the read would be recorded on, or why it would not be. In JSON:
	/// `{ "category": "LabResults", "result": { "Ok": { "consent": 0, "emergency": null } } }`.
	pub struct ReadCheck {
		/// The category.
		pub category: DataCategory,
		/// Recordable on this basis, or refused.
		pub result: Result<AccessBasis, ReadRefusal>,
	}

	/// The checks of a member's read for several categories at once, in category order: what
	/// an enforcing gateway asks before it serves a patient's data (`ConsentApi::check_reads`).
	pub struct ReadChecks {
		/// One check per category asked about.
		pub items: alloc::vec::Vec<ReadCheck>,
	}
}

#[cfg(feature = "std")]
impl serde::Serialize for AccessBasis {
	fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
		use serde::ser::SerializeStruct;
		let (consent, emergency) = match *self {
			AccessBasis::Consent(id) => (Some(id), None),
			AccessBasis::Emergency(id) => (None, Some(id)),
		};
		let mut fields = serializer.serialize_struct("AccessBasis", 2)?;
		fields.serialize_field("consent", &consent)?;
		fields.serialize_field("emergency", &emergency)?;
		fields.end()
	}
}

healthchain_primitives::client_types! {
	/// One entry of a patient's access log: who read which data, when, why and on what basis.
	/// The entry's deposit was held from `accessor` and is returned when the entry is pruned after
	/// the retention period.
	#[derive(MaxEncodedLen)]
	#[cfg_attr(feature = "std", serde(bound = "AccountId: Serialize, Balance: Display"))]
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
		/// On what authority (in JSON: the `consent` and `emergency` fields).
		#[cfg_attr(feature = "std", serde(flatten))]
		pub basis: AccessBasis,
		/// When (milliseconds since the epoch).
		pub at: Moment,
		/// The deposit held from `accessor` for this entry.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub deposit: Balance,
	}

	/// One item of a page of a patient's access log: the entry's index, the entry, and the review
	/// state of the emergency access it opened or used (if any).
	///
	/// SCALE: `(index, entry, review)`. JSON: the entry's fields with `index` and `review` added.
	#[cfg_attr(feature = "std", serde(bound = "AccountId: Serialize, Balance: Display"))]
	pub struct AccessLogItem<AccountId, Balance> {
		/// The entry's position in the patient's log.
		pub index: AccessIndex,
		/// The entry.
		#[cfg_attr(feature = "std", serde(flatten))]
		pub entry: AccessEntry<AccountId, Balance>,
		/// For an entry on an emergency basis, that access's review; `None` otherwise.
		pub review: Option<Review<AccountId>>,
	}
}

/// A patient's access log bounds: entries `first..next` are stored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct LogBounds {
	/// The oldest stored entry (entries before it were pruned).
	pub first: AccessIndex,
	/// The index the next entry gets.
	pub next: AccessIndex,
}

healthchain_primitives::scale_codes! {
	/// The coded reason for an emergency (break-glass) access. In JSON, its name.
	#[cfg_attr(feature = "std", derive(serde::Serialize))]
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
	/// The privacy officer's verdict on an emergency access. In JSON, its name in lower case
	/// (the `status` of a [`Review`]).
	#[cfg_attr(feature = "std", derive(serde::Serialize))]
	#[cfg_attr(feature = "std", serde(rename_all = "lowercase"))]
	pub enum ReviewVerdict {
		/// The access was justified.
		Justified,
		/// The access was misuse.
		Misuse,
	}
}

/// The review state of an emergency access.
///
/// In JSON: `{ "status": "pending" | "justified" | "misuse", "officer", "at", "reportHash" }`,
/// the last three `null` while pending.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub enum Review<AccountId> {
	/// Not reviewed yet: listed among the organization's pending reviews.
	Pending,
	/// Reviewed by `officer` at `at`, with the hash of the review report kept off chain.
	Done { verdict: ReviewVerdict, officer: AccountId, at: Moment, report_hash: SaltedHash },
}

impl<AccountId> Review<AccountId> {
	/// Whether the access was reviewed as misuse.
	pub fn is_misuse(&self) -> bool {
		matches!(self, Review::Done { verdict: ReviewVerdict::Misuse, .. })
	}
}

#[cfg(feature = "std")]
impl<AccountId: serde::Serialize> serde::Serialize for Review<AccountId> {
	fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
		use serde::ser::SerializeStruct;
		let mut fields = serializer.serialize_struct("Review", 4)?;
		match self {
			Review::Pending => {
				fields.serialize_field("status", "pending")?;
				fields.serialize_field("officer", &None::<AccountId>)?;
				fields.serialize_field("at", &None::<Moment>)?;
				fields.serialize_field("reportHash", &None::<H256>)?;
			},
			Review::Done { verdict, officer, at, report_hash } => {
				fields.serialize_field("status", verdict)?;
				fields.serialize_field("officer", &Some(officer))?;
				fields.serialize_field("at", &Some(at))?;
				fields.serialize_field("reportHash", &Some(report_hash))?;
			},
		}
		fields.end()
	}
}

healthchain_primitives::client_types! {
	/// An emergency (break-glass) access: a clinician's time-boxed read access to one patient's
	/// data without consent.
	#[derive(MaxEncodedLen)]
	#[cfg_attr(feature = "std", serde(bound = "AccountId: Serialize, Balance: Display"))]
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
		pub justification: SaltedHash,
		/// When it was opened.
		pub opened_at: Moment,
		/// Reads under it are allowed until then (exclusive).
		pub expires_at: Moment,
		/// How many reads were recorded under it.
		pub reads: u32,
		/// The privacy officer's review.
		pub review: Review<AccountId>,
		/// The deposit held from the clinician until the review.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub deposit: Balance,
	}

	/// A patient onboarded by an organization: the account exists (the pallet provides it) without
	/// holding tokens.
	#[derive(MaxEncodedLen)]
	#[cfg_attr(feature = "std", serde(bound = "AccountId: Serialize, Balance: Display"))]
	pub struct Registration<AccountId, Balance> {
		/// The organization that onboarded the patient.
		pub organization: OrganizationId,
		/// The member who did, and from whom the deposit is held.
		pub by: AccountId,
		/// The deposit.
		#[cfg_attr(feature = "std", serde(serialize_with = "serde_display"))]
		pub deposit: Balance,
		/// When.
		pub at: Moment,
	}

	/// A patient's consents, in the order granted (which is id order): the answer of
	/// [`crate::Pallet::consents_of`].
	///
	/// In JSON: `{ "patient", "consents": [{ "id", ..consent }] }`.
	pub struct PatientConsents<AccountId> {
		/// The patient asked about.
		pub patient: AccountId,
		/// Their consents with their ids (empty if none).
		pub consents: Vec<WithId<ConsentId, Consent<AccountId>>>,
	}

	/// What a patient app shows about a patient: their onboarding and the feeless consent calls
	/// they have left; the answer of [`crate::Pallet::patient`].
	///
	/// In JSON: `{ "patient", "registration": { "organization", "by", "deposit", "at" } | null,
	/// "freeCallsLeft" }`.
	#[cfg_attr(feature = "std", serde(bound = "AccountId: Serialize, Balance: Display"))]
	pub struct PatientInfo<AccountId, Balance> {
		/// The patient asked about.
		pub patient: AccountId,
		/// The onboarding, if an organization onboarded the patient.
		pub registration: Option<Registration<AccountId, Balance>>,
		/// Feeless grants left in the rolling window (0 unless an organization onboarded the
		/// patient).
		pub free_calls_left: u32,
	}
}

/// The most uses a [`RecentUses`] remembers: the largest allowance a runtime may configure
/// ([`crate::Config::FreeCalls`], [`crate::Config::MaxEmergencyAccesses`]); checked by the
/// pallet's `integrity_test`.
pub const MAX_RECENT_USES: u32 = 64;

/// A rolling rate limit: the blocks of the uses in the last window, oldest first. At most `max`
/// uses fall into **any** `window` consecutive blocks (a fixed window would allow `2 × max` around
/// its boundary: `max` at its end and `max` at the next one's start).
#[derive(Clone, Debug, Default, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct RecentUses<BlockNumber>(pub BoundedVec<BlockNumber, ConstU32<MAX_RECENT_USES>>);

impl<BlockNumber> RecentUses<BlockNumber>
where
	BlockNumber: Copy + PartialOrd + sp_runtime::Saturating,
{
	/// The uses still inside the window that ends at block `now` (a use at block `b` counts
	/// until block `b + window`, exclusive).
	fn current(
		&self,
		now: BlockNumber,
		window: BlockNumber,
	) -> impl Iterator<Item = BlockNumber> + '_ {
		self.0.iter().copied().filter(move |used| used.saturating_add(window) > now)
	}

	/// How many of `max` uses are left at block `now`.
	pub fn left(&self, now: BlockNumber, window: BlockNumber, max: u32) -> u32 {
		max.saturating_sub(self.current(now, window).count() as u32)
	}

	/// Records one use at block `now` if fewer than `max` fall into the window ending at `now`
	/// (forgetting the uses that left it); `None` if the limit is reached.
	pub fn take(&self, now: BlockNumber, window: BlockNumber, max: u32) -> Option<Self> {
		let mut kept: Vec<BlockNumber> = self.current(now, window).collect();
		if kept.len() as u32 >= max.min(MAX_RECENT_USES) {
			return None;
		}
		kept.push(now);
		BoundedVec::try_from(kept).ok().map(Self)
	}

	/// The uses of a fixed-window count (storage version 2): `used` uses at `window_start`, so
	/// they leave the window when the old window would have ended.
	pub fn from_fixed_window(window_start: BlockNumber, used: u32) -> Self {
		let uses = core::iter::repeat_n(window_start, used.min(MAX_RECENT_USES) as usize);
		Self(BoundedVec::truncate_from(uses.collect()))
	}

	/// The uses recorded, oldest first.
	pub fn uses(&self) -> &[BlockNumber] {
		&self.0
	}
}

/// The id of a disclosure request: BLAKE2b-256 of its SCALE encoding.
pub type DisclosureId = H256;

healthchain_primitives::client_types! {
	/// What a reader signs to fetch one record from the organization holding it, through that
	/// organization's gateway: "I, `reader`, a member of `organization`, ask `holder` for
	/// `patient`'s record committed to as `record` (of `category`), for `purpose`, at
	/// `issued_at`". The holder checks it, serves the record and records the read on chain
	/// with it ([`crate::Pallet::record_disclosure`]); the chain checks the signature, so a read
	/// enters the reader's name in the patient's log only if the reader asked for it, once.
	///
	/// Signed as [`crate::Pallet::disclosure_message`]. Only codes, accounts, a commitment that
	/// is already on chain and times: nothing clinical.
	///
	/// In JSON: `{ "holder", "reader", "organization", "patient", "purpose", "category",
	/// "record": "0x…", "issuedAt", "nonce" }`.
	#[derive(MaxEncodedLen)]
	#[cfg_attr(feature = "std", serde(bound = "AccountId: Serialize"))]
	pub struct DisclosureRequest<AccountId> {
		/// The organization asked, which holds the record.
		pub holder: OrganizationId,
		/// The member who reads (the signer).
		pub reader: AccountId,
		/// The organization the reader reads for.
		pub organization: OrganizationId,
		/// Whose record.
		pub patient: AccountId,
		/// Why it is read.
		pub purpose: Purpose,
		/// The record's category (the read is checked and logged under it).
		pub category: DataCategory,
		/// The record's commitment, as anchored (`pallet-records`).
		pub record: SaltedHash,
		/// When the reader signed it (ms since the Unix epoch).
		pub issued_at: Moment,
		/// Makes two requests of the same record at the same millisecond two requests.
		pub nonce: u64,
	}
}
