//! # Consent
//!
//! A patient decides which organization may use which of their data, for what purpose, for how
//! long; every use is checked against that decision by **one evaluation**
//! ([`Pallet::evaluate`], also behind [`ConsentInspect`] for the other pallets) and leaves an
//! entry in the patient's **access log**.
//!
//! ## Terms
//! - *Consent*: patient → organization, with purposes (HL7 PurposeOfUse: TREAT, ETREAT,
//!   HPAYMT, HOPERAT, HRESCH, PUBHLTH), data categories, actions (read, write), a validity
//!   window, an optional maximum number of accesses, an optional erase-by deadline, and the hash
//!   of the full consent document kept off chain. Modelled after FHIR Consent.
//! - *Sensitive categories* (genomics, mental health, substance use, sexual and reproductive
//!   health) are covered only when named; "all standard categories" never includes them.
//! - *Terms*: what a patient grants, one [`ConsentTerms`] value: the call's argument, the
//!   genesis consents' shape and the stored consent's terms.
//! - *Evaluation*: (patient, organization, purpose, category, action, now) → `Permit(consent)`
//!   or `Deny(reason)` ([`ConsentTerms::permits`] per consent). It reads at most
//!   [`Config::MaxConsentsPerPatient`] consents.
//! - *Revocation* removes the consent at once: the next evaluation no longer sees it.
//! - *Expiry* needs no sweep: evaluation compares with the current time.
//! - *Removal of an organization*: the registry asks every pallet first
//!   ([`OrganizationReferences`]); consent answers [`OrganizationUse::Consents`] while the
//!   organization holds any stored consent (one read of its [`GrantsHeldBy`] index). Revoked
//!   consents are gone; expired or used-up ones stay stored, and count, until their patients
//!   revoke them.
//! - *Access log*: each read of a patient's data by a member of an organization is recorded
//!   ([`Pallet::record_access`]) only if the evaluation permits it (or under an emergency access);
//!   it counts against the consent's access limit and is appended to the patient's log.
//! - *Emergency (break-glass) access*: a Clinician of an active Provider opens time-boxed read
//!   access to one patient without consent ([`Pallet::open_emergency_access`]), with a coded
//!   reason and the hash of a written justification; at most [`Config::MaxEmergencyAccesses`] in
//!   any [`Config::EmergencyWindow`] blocks (a rolling window, [`RecentUses`]); always logged and
//!   announced by an event; the provider's PrivacyOfficer reviews it afterwards
//!   ([`Pallet::review_emergency_access`]), never the clinician nor an officer the clinician
//!   appointed. Until then it is listed among the organization's pending reviews and shown as
//!   unreviewed in the patient's log. A `Misuse` verdict ends it and burns the deposit.
//! - *Disclosures* (records exchanged between organizations): a member of the organization
//!   holding a record serves it to a member of another organization through its gateway and
//!   records the read ([`Pallet::record_disclosure`]) with the reader's signed
//!   [`DisclosureRequest`]. The entry names the reader, as if the reader had recorded it, so the
//!   log does not depend on the reader reporting itself; the signature keeps the holder from
//!   naming a reader who never asked. A request is recorded once and only while it is fresh
//!   ([`Config::DisclosureValidity`]): the chain remembers the requests it recorded in a ring of
//!   [`Config::DisclosureMemory`] slots ([`Disclosures`], [`DisclosureRing`]) and forgets one
//!   only once it can no longer be recorded.
//! - *Readers' roles*: a read is recorded only by a member holding the role its purpose needs
//!   ([`Purpose::reader_role`]: Clinician for treatment, Billing for payment, Researcher for
//!   research).
//! - *Salted hashes*: the consent document's, the justification's and the review report's hashes
//!   are `blake2_256(salt ‖ document)` with a 32-byte salt the holder keeps; events carry ids,
//!   never a category, purpose or emergency reason (they stay in the blocks forever).
//!
//! ## Storage growth is paid for
//! The access log is per-patient paged storage (`AccessLog`, indexed `0, 1, 2, …` per patient),
//! so a page is read in O(page) and the log of one patient never slows another. Every entry
//! holds [`Config::AccessDeposit`] from the account that recorded it; the deposit returns to it
//! when the entry is pruned, which anyone may do once the entry is older than
//! [`Config::AccessLogRetention`] ([`Pallet::prune_access_log`]). An emergency access holds
//! [`Config::EmergencyDeposit`] from the clinician until it is reviewed. Events stay in the
//! blocks, so the complete history remains on archive nodes. (Offchain indexing was the
//! alternative; it is not consensus state, so a light client or another node could not verify
//! it, and the log's paging would depend on each node's configuration.)
//!
//! ## Patients need no tokens; free calls are only theirs
//! An organization member onboards a patient ([`Pallet::register_patient`]) with the patient's
//! signature of [`Pallet::registration_message`]: the pallet provides the patient's account (a
//! provider reference, like an existential deposit) and holds [`Config::PatientDeposit`] from the
//! member, which pays for all the storage the patient can use for free (their consents, a
//! guardian, the allowance). Only registered patients grant consents.
//!
//! `grant_consent` is then feeless (`#[pallet::feeless_if]`, with `pallet-skip-feeless-payment`
//! in the runtime) for [`Config::FreeCalls`] grants in any [`Config::FreeCallWindow`] blocks;
//! `revoke_consent` of one's own consent is always feeless and not counted. The transaction
//! extension [`CountFreeConsentCalls`] gives each feeless call the account's single pool slot and
//! a short longevity, and counts grants as they are applied (failing ones too). Beyond the
//! allowance the ordinary fee applies, and an account without tokens cannot pay it.
//!
//! A patient without tokens can have a guardian ([`Pallet::set_guardian`], named by the patient
//! or the onboarding organization) who grants and revokes for them
//! ([`Pallet::grant_consent_for`], [`Pallet::revoke_consent_for`]).
//!
//! ## Dispatchables
//! - [`Pallet::grant_consent`]: the patient grants a consent to an active organization.
//! - [`Pallet::revoke_consent`]: the patient revokes one of their consents.
//! - [`Pallet::record_access`]: a member records a read of a patient's data.
//! - [`Pallet::open_emergency_access`]: a clinician opens break-glass access.
//! - [`Pallet::review_emergency_access`]: the privacy officer reviews it.
//! - [`Pallet::register_patient`]: a member onboards a patient who holds no tokens, with the
//!   patient's signature.
//! - [`Pallet::prune_access_log`]: anyone removes log entries past the retention period.
//! - [`Pallet::set_guardian`]: the patient or their onboarding organization names a guardian.
//! - [`Pallet::grant_consent_for`], [`Pallet::revoke_consent_for`]: the guardian acts.
//! - [`Pallet::record_disclosure`]: the organization holding a record records the read it
//!   served to another organization's member, with the member's signed request.
//!
//! ## Layout
//! `lib.rs` holds the configuration, storage, genesis, events, errors and the calls, which check
//! the origin and delegate to one file per feature: `grants.rs` (grant, revoke), `evaluation.rs`
//! (the one evaluation), `access_log.rs` (recording and pruning), `emergency.rs` (break-glass
//! access and its review), `disclosure.rs` (reads served to other organizations),
//! `patients.rs` (onboarding, guardians, the free-call allowance),
//! `extension.rs` (the transaction extension that bounds feeless calls). The read-only
//! queries the runtime API forwards are in `queries.rs`, the registry's removal check in
//! `references.rs`, the invariants in `try_state.rs`, the storage migrations in
//! `migrations.rs`.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

extern crate alloc;

mod access_log;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod disclosure;
mod emergency;
mod evaluation;
mod extension;
mod grants;
pub mod migrations;
#[cfg(test)]
mod mock;
mod patients;
mod queries;
mod references;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", feature = "std"))]
mod try_state;
pub mod types;
pub mod weights;

use alloc::vec::Vec;

pub use disclosure::{disclosure_message_of, DISCLOSURE_DOMAIN, MAX_DISCLOSURE_DRIFT};
pub use extension::{CountFreeConsentCalls, FREE_CALL_TAG, FREE_GRANTS_EXHAUSTED};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, Mutate, MutateHold},
		Time,
	},
};
use frame_system::pallet_prelude::*;
use healthchain_primitives::SaltedHash;
pub use healthchain_primitives::{
	AccessDenied, Action, ActionSet, CategorySet, ConsentId, ConsentInspect, ConsentRevoked,
	DataCategory, Decision, DenyReason, Moment, OrganizationId, OrganizationInspect,
	OrganizationKind, OrganizationReferences, OrganizationUse, Page, Purpose, PurposeSet, Role,
	SortKey, WithId,
};
pub use pallet::*;
use sp_runtime::traits::{IdentifyAccount, Verify};
pub use types::*;
pub use weights::WeightInfo;

/// The balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// An access log entry with the runtime's types.
pub type AccessEntryOf<T> = AccessEntry<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
/// An emergency access with the runtime's types.
pub type EmergencyAccessOf<T> =
	EmergencyAccess<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
/// A consent as granted at genesis: `(patient, organization, terms)`.
pub type GenesisConsent<AccountId> = (AccountId, OrganizationId, ConsentTerms);

/// What the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, Signature> {
	/// Sets the current time (ms), e.g. past the access log's retention period.
	fn set_time(now: Moment);

	/// A new account whose key [`BenchmarkHelper::sign_as`] signs with.
	fn new_signer() -> AccountId;

	/// `signer`'s signature of `message` (`signer` from [`BenchmarkHelper::new_signer`]).
	fn sign_as(signer: &AccountId, message: &[u8]) -> Signature;

	/// A new account and its signature of `message` (a patient's onboarding).
	fn sign(message: &[u8]) -> (AccountId, Signature) {
		let signer = Self::new_signer();
		let signature = Self::sign_as(&signer, message);
		(signer, signature)
	}
}

/// The most log entries one `prune_access_log` call removes.
pub const MAX_PRUNE: u32 = 500;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version: 2 keys the organization indexes by [`SortKey`] (id order)
	/// and stores a consent's terms as one [`ConsentTerms`] ([`migrations::MigrateToV2`]); 3
	/// keeps the allowances as rolling windows ([`RecentUses`], [`migrations::MigrateToV3`]).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(3);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The currency deposits are held in.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Mutate<Self::AccountId>;

		/// The organization registry: consents are granted to registered, active organizations;
		/// accesses are recorded by their members.
		type Organizations: OrganizationInspect<Self::AccountId>;

		/// The current time (milliseconds since the Unix epoch).
		type Time: Time<Moment = Moment>;

		/// The most consents a patient holds at once; bounds every evaluation's work and the
		/// patient's storage.
		#[pallet::constant]
		type MaxConsentsPerPatient: Get<u32>;

		/// Held from the recorder per access log entry until it is pruned.
		#[pallet::constant]
		type AccessDeposit: Get<BalanceOf<Self>>;

		/// How long (ms) an access log entry is kept at least; after that anyone may prune it.
		#[pallet::constant]
		type AccessLogRetention: Get<Moment>;

		/// Held from the clinician per emergency access until it is reviewed.
		#[pallet::constant]
		type EmergencyDeposit: Get<BalanceOf<Self>>;

		/// How long (ms) an emergency access allows reads.
		#[pallet::constant]
		type EmergencyAccessDuration: Get<Moment>;

		/// The most emergency accesses a clinician opens in any [`Config::EmergencyWindow`]
		/// consecutive blocks (at most [`MAX_RECENT_USES`]).
		#[pallet::constant]
		type MaxEmergencyAccesses: Get<u32>;

		/// The rolling window (blocks) of the emergency rate limit.
		#[pallet::constant]
		type EmergencyWindow: Get<BlockNumberFor<Self>>;

		/// Held from the member who onboards a patient. It pays for all the patient's consent
		/// storage ([`Config::MaxConsentsPerPatient`] consents and their indexes) and a guardian:
		/// only registered patients grant consents.
		#[pallet::constant]
		type PatientDeposit: Get<BalanceOf<Self>>;

		/// Feeless grants per registered patient in any [`Config::FreeCallWindow`] consecutive
		/// blocks (at most [`MAX_RECENT_USES`]).
		#[pallet::constant]
		type FreeCalls: Get<u32>;

		/// The rolling window (blocks) of the free-call allowance.
		#[pallet::constant]
		type FreeCallWindow: Get<BlockNumberFor<Self>>;

		/// How many blocks a feeless consent transaction stays valid in the pool (its
		/// `longevity`); after that it must be signed and submitted again.
		#[pallet::constant]
		type FreeCallLongevity: Get<u64>;

		/// How long (ms) after it was issued a reader's disclosure request can be recorded
		/// ([`Pallet::record_disclosure`]); holders serve only fresh requests, and record them
		/// within this time.
		#[pallet::constant]
		type DisclosureValidity: Get<Moment>;

		/// How many recorded disclosure requests the chain remembers, so that none is recorded
		/// twice: more than are recorded in any [`Config::DisclosureValidity`] (a request is
		/// forgotten only once it is no longer valid; until then a full memory refuses new ones
		/// with [`Error::DisclosureMemoryFull`]). Only ever raise it: slots beyond a lowered
		/// memory would stay occupied (a lower value needs a migration that empties them).
		#[pallet::constant]
		type DisclosureMemory: Get<u32>;

		/// An account's signature: a patient's of their onboarding
		/// ([`Pallet::registration_message`]: a patient is onboarded only with their consent, so
		/// no member can claim an account first), and a reader's of a disclosure request
		/// ([`Pallet::disclosure_message`]).
		type PatientSignature: Verify<Signer = Self::PatientSigner> + Parameter;

		/// The public key behind a [`Config::PatientSignature`], identifying an account.
		type PatientSigner: IdentifyAccount<AccountId = Self::AccountId>;

		/// Told of every revocation, so that what rests on the consent ends at once (the
		/// research pallet's broad-consent cohorts). `()` for none.
		type OnRevoke: ConsentRevoked<Self::AccountId>;

		/// Weights of the calls, from benchmarks.
		type WeightInfo: WeightInfo;

		/// Sets the time for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, Self::PatientSignature>;
	}

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// An access log entry.
		AccessLog,
		/// An emergency access awaiting review.
		EmergencyAccess,
		/// A patient's onboarding.
		PatientRegistration,
	}

	/// The id the next consent gets.
	#[pallet::storage]
	pub type NextConsentId<T> = StorageValue<_, ConsentId, ValueQuery>;

	/// Consents by id.
	#[pallet::storage]
	pub type Consents<T: Config> = StorageMap<_, Twox64Concat, ConsentId, Consent<T::AccountId>>;

	/// The consents of each patient, in the order granted.
	#[pallet::storage]
	pub type ConsentsOf<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<ConsentId, T::MaxConsentsPerPatient>,
		ValueQuery,
	>;

	/// The consents held by each organization (an index for listing them, in id order).
	#[pallet::storage]
	pub type GrantsHeldBy<T: Config> =
		StorageDoubleMap<_, Twox64Concat, OrganizationId, Identity, SortKey<ConsentId>, ()>;

	/// Each patient's access log: entry `index` of `patient`.
	#[pallet::storage]
	pub type AccessLog<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		AccessIndex,
		AccessEntryOf<T>,
	>;

	/// Which entries of each patient's log are stored (`first..next`).
	#[pallet::storage]
	pub type AccessLogBounds<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, LogBounds, ValueQuery>;

	/// The id the next emergency access gets.
	#[pallet::storage]
	pub type NextEmergencyId<T> = StorageValue<_, EmergencyId, ValueQuery>;

	/// Emergency accesses by id (kept after review, for audit).
	#[pallet::storage]
	pub type EmergencyAccesses<T: Config> =
		StorageMap<_, Twox64Concat, EmergencyId, EmergencyAccessOf<T>>;

	/// The emergency accesses each organization has not reviewed yet (in id order).
	#[pallet::storage]
	pub type PendingReviews<T: Config> =
		StorageDoubleMap<_, Twox64Concat, OrganizationId, Identity, SortKey<EmergencyId>, ()>;

	/// Each clinician's emergency accesses in the current rolling window.
	#[pallet::storage]
	pub type EmergencyAllowance<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, RecentUses<BlockNumberFor<T>>, ValueQuery>;

	/// Patients onboarded by an organization.
	#[pallet::storage]
	pub type Patients<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Registration<T::AccountId, BalanceOf<T>>>;

	/// Each patient's feeless grants in the current rolling window.
	#[pallet::storage]
	pub type FreeCallAllowance<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, RecentUses<BlockNumberFor<T>>, ValueQuery>;

	/// The guardian of a registered patient: the account that manages the patient's consents
	/// for them ([`Pallet::grant_consent_for`], [`Pallet::revoke_consent_for`]).
	#[pallet::storage]
	pub type Guardians<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, T::AccountId>;

	/// The disclosure requests recorded and still remembered, with when each was issued: a
	/// request is recorded once ([`Pallet::record_disclosure`]).
	///
	/// The key is the request's BLAKE2b-256 hash (`Identity`: already uniform).
	#[pallet::storage]
	pub type Disclosures<T: Config> = StorageMap<_, Identity, DisclosureId, Moment>;

	/// The ring of remembered disclosure requests ([`Config::DisclosureMemory`] slots): slot →
	/// request. Recording a request takes the next slot and forgets the request there, which
	/// must no longer be valid; this bounds [`Disclosures`] without a sweep.
	#[pallet::storage]
	pub type DisclosureRing<T: Config> = StorageMap<_, Twox64Concat, u32, DisclosureId>;

	/// The ring slot the next recorded disclosure request takes.
	#[pallet::storage]
	pub type NextDisclosureSlot<T> = StorageValue<_, u32, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// `(patient, organization, registrar)`: patients onboarded by a member of an
		/// organization, who pays the deposit.
		pub patients: Vec<(T::AccountId, OrganizationId, T::AccountId)>,
		/// `(patient, organization, terms)`: consents, granted in this order (ids 0, 1, 2, …)
		/// at genesis time, checked as `grant_consent` checks them.
		pub consents: Vec<GenesisConsent<T::AccountId>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (patient, organization, by) in &self.patients {
				Pallet::<T>::do_register_patient(by, *organization, patient.clone())
					.expect("genesis patients are onboarded by members who can pay the deposit");
			}
			for (patient, organization, terms) in &self.consents {
				Pallet::<T>::do_grant(patient.clone(), *organization, *terms)
					.expect("genesis consents are valid");
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A patient granted a consent.
		ConsentGranted { consent: ConsentId, patient: T::AccountId, organization: OrganizationId },
		/// A patient revoked a consent; it no longer permits anything.
		ConsentRevoked { consent: ConsentId, patient: T::AccountId, organization: OrganizationId },
		/// `accessor` read `patient`'s data on behalf of `organization` on `basis`; the entry is
		/// `index` in the patient's log. What was read and why (purpose, category) are in the
		/// entry, not in the event: events stay in the blocks forever.
		AccessRecorded {
			patient: T::AccountId,
			index: AccessIndex,
			organization: OrganizationId,
			accessor: T::AccountId,
			basis: AccessBasis,
		},
		/// A clinician opened an emergency access to `patient`'s data, readable until
		/// `expires_at`. The patient's notification; the coded reason is in the stored access.
		EmergencyAccessOpened {
			emergency: EmergencyId,
			patient: T::AccountId,
			organization: OrganizationId,
			clinician: T::AccountId,
			expires_at: Moment,
		},
		/// The privacy officer reviewed an emergency access; `slashed` is the clinician's deposit
		/// burnt for a `Misuse` verdict (zero when justified, the deposit returned).
		EmergencyAccessReviewed {
			emergency: EmergencyId,
			patient: T::AccountId,
			organization: OrganizationId,
			officer: T::AccountId,
			verdict: ReviewVerdict,
			slashed: BalanceOf<T>,
		},
		/// `guardian` now manages `patient`'s consents (`None`: nobody does), set by `by`.
		GuardianSet { patient: T::AccountId, guardian: Option<T::AccountId>, by: T::AccountId },
		/// A member onboarded a patient, whose account now exists without tokens.
		PatientRegistered { patient: T::AccountId, organization: OrganizationId, by: T::AccountId },
		/// `removed` entries past the retention period left `patient`'s log; it now starts at
		/// `first`.
		AccessLogPruned { patient: T::AccountId, removed: u32, first: AccessIndex },
		/// `by`, a member of `holder`, recorded the read it served to another organization's
		/// member on their signed disclosure request `request` (its hash); the entry itself is
		/// announced by the [`Event::AccessRecorded`] before this event.
		Disclosed { request: DisclosureId, holder: OrganizationId, by: T::AccountId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// A consent needs at least one purpose.
		NoPurpose,
		/// A consent needs at least one data category.
		NoCategory,
		/// A consent needs at least one action.
		NoAction,
		/// A purpose, category or action set holds bits that name nothing.
		InvalidBits,
		/// The validity window ends before it begins, or has already ended.
		InvalidWindow,
		/// A maximum of zero accesses permits nothing.
		ZeroAccessLimit,
		/// The erase-by deadline is not in the future.
		EraseByInPast,
		/// The patient holds `MaxConsentsPerPatient` consents: revoke one first.
		TooManyConsents,
		/// No consent has this id.
		UnknownConsent,
		/// The consent is another patient's.
		NotYourConsent,
		/// No id is left.
		IdsExhausted,
		/// The caller may not act for the organization, or (granting) the organization cannot
		/// receive consents; the inner code says why (unknown or suspended organization, wrong
		/// kind, not a member, missing role, expired credential).
		AccessDenied(AccessDenied),
		/// The patient's consents do not permit this read; the inner code is the most specific
		/// reason.
		ConsentDenied(DenyReason),
		/// No emergency access has this id.
		UnknownEmergencyAccess,
		/// The emergency access was opened by another clinician, for another patient or
		/// organization.
		NotYourEmergencyAccess,
		/// The emergency access has expired.
		EmergencyAccessExpired,
		/// Reads under an emergency access are for emergency treatment (ETREAT) only.
		EmergencyPurposeOnly,
		/// The clinician opened `MaxEmergencyAccesses` emergency accesses in this window.
		EmergencyRateLimited,
		/// The emergency access has already been reviewed.
		AlreadyReviewed,
		/// The clinician who opened an emergency access cannot review it.
		SelfReview,
		/// The patient is already registered.
		AlreadyRegistered,
		/// No log entry is past the retention period.
		NothingToPrune,
		/// The patient's access log has used every index ([`AccessIndex`]): no entry can be
		/// appended.
		AccessLogIndexOverflow,
		/// Only patients onboarded by an organization ([`Pallet::register_patient`]) grant
		/// consents or have guardians: the onboarding's deposit pays for their storage.
		NotRegistered,
		/// The emergency access was reviewed as misuse: no more reads under it.
		EmergencyAccessMisused,
		/// The privacy officer was appointed (added as a member) by the clinician whose emergency
		/// access it is, so cannot review it.
		AppointedByClinician,
		/// The caller is not the patient's guardian.
		NotGuardian,
		/// The onboarding signature is not the patient's signature of the registration message.
		BadRegistrationSignature,
		/// The disclosure request's signature is not its reader's signature of
		/// [`Pallet::disclosure_message`].
		BadDisclosureSignature,
		/// The disclosure request was issued more than [`Config::DisclosureValidity`] ago, or
		/// more than [`MAX_DISCLOSURE_DRIFT`] ahead of the chain's time.
		DisclosureNotCurrent,
		/// The disclosure request has already been recorded.
		DisclosureReplayed,
		/// The chain remembers [`Config::DisclosureMemory`] valid disclosure requests: no more
		/// can be recorded until the oldest is no longer valid.
		DisclosureMemoryFull,
		/// The reader reads for the holder itself: a read within one organization is recorded by
		/// its reader ([`Pallet::record_access`]), not as a disclosure.
		DisclosureWithinOrganization,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		fn integrity_test() {
			assert!(
				T::FreeCalls::get() <= MAX_RECENT_USES
					&& T::MaxEmergencyAccesses::get() <= MAX_RECENT_USES,
				"FreeCalls and MaxEmergencyAccesses are at most MAX_RECENT_USES"
			);
			assert!(T::DisclosureMemory::get() > 0, "DisclosureMemory holds at least one request");
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Grants `organization` the use of the caller's data on `terms`: `actions` on
		/// `categories` for `purposes`, from `valid_from` (default: now) until `valid_until`
		/// (default: until revoked), at most `max_accesses` times (default: unlimited), with the
		/// data erased by `erase_by` (default: no deadline). `document_hash` is the hash of the
		/// full consent document the patient and the organization keep.
		///
		/// - Origin: signed by a registered patient (or a `Consent` proxy of theirs). Feeless for
		///   [`Config::FreeCalls`] grants in any [`Config::FreeCallWindow`] blocks, one pending
		///   feeless transaction per patient at a time ([`CountFreeConsentCalls`]).
		/// - Emits [`Event::ConsentGranted`].
		/// - Fails with [`Error::NotRegistered`], [`Error::AccessDenied`]
		///   (`UnknownOrganization`, `OrganizationSuspended`),
		///   [`Error::NoPurpose`], [`Error::NoCategory`], [`Error::NoAction`],
		///   [`Error::InvalidBits`], [`Error::InvalidWindow`], [`Error::ZeroAccessLimit`],
		///   [`Error::EraseByInPast`], [`Error::TooManyConsents`] or [`Error::IdsExhausted`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::grant_consent())]
		#[pallet::feeless_if(|origin: &OriginFor<T>, _organization: &OrganizationId,
			_terms: &ConsentTerms| -> bool { Pallet::<T>::has_free_grant(origin) })]
		pub fn grant_consent(
			origin: OriginFor<T>,
			organization: OrganizationId,
			terms: ConsentTerms,
		) -> DispatchResult {
			let patient = ensure_signed(origin)?;
			Self::do_grant(patient, organization, terms).map(|_| ())
		}

		/// Revokes one of the caller's consents, with immediate effect.
		///
		/// - Origin: signed by the patient (or a `Consent` proxy of theirs). Always feeless when
		///   the consent exists and is the caller's, and not counted against the free-call
		///   allowance: a patient can always withdraw (one pending feeless transaction at a time).
		/// - Emits [`Event::ConsentRevoked`].
		/// - Weight: declared with the worst case of what the revocation ends elsewhere
		///   ([`Config::OnRevoke`]), refunded to what it actually ended.
		/// - Fails with [`Error::UnknownConsent`] or [`Error::NotYourConsent`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::revoke_consent().saturating_add(T::OnRevoke::weight()))]
		#[pallet::feeless_if(|origin: &OriginFor<T>, consent: &ConsentId| -> bool {
			Pallet::<T>::owns_consent(origin, *consent)
		})]
		pub fn revoke_consent(
			origin: OriginFor<T>,
			consent: ConsentId,
		) -> DispatchResultWithPostInfo {
			let patient = ensure_signed(origin)?;
			let told = Self::do_revoke(patient, consent)?;
			Ok(Some(T::WeightInfo::revoke_consent().saturating_add(told)).into())
		}

		/// Records that the caller read `patient`'s data of `category` for `purpose` on behalf
		/// of `organization`. Without `emergency`, a consent must permit the read; it counts
		/// against that consent's access limit. With `emergency`, the caller's open emergency
		/// access for this patient is the basis (purpose ETREAT only; not after a `Misuse`
		/// verdict).
		///
		/// - Origin: signed by an active member of an active `organization` holding the role the
		///   purpose needs ([`Purpose::reader_role`]: Clinician for treatment and emergency
		///   treatment, Billing for payment, Researcher for research).
		/// - Holds [`Config::AccessDeposit`] from the caller until the entry is pruned.
		/// - Emits [`Event::AccessRecorded`].
		/// - Fails with [`Error::AccessDenied`], [`Error::ConsentDenied`],
		///   [`Error::UnknownEmergencyAccess`], [`Error::NotYourEmergencyAccess`],
		///   [`Error::EmergencyAccessExpired`], [`Error::EmergencyAccessMisused`],
		///   [`Error::EmergencyPurposeOnly`] or [`Error::AccessLogIndexOverflow`], or when the
		///   deposit cannot be held.
		///
		/// Weight: declared for an evaluation that reads all of the patient's consents; the
		/// consents it did not read are returned (a patient with one consent costs one).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::record_access())]
		pub fn record_access(
			origin: OriginFor<T>,
			organization: OrganizationId,
			patient: T::AccountId,
			purpose: Purpose,
			category: DataCategory,
			emergency: Option<EmergencyId>,
		) -> DispatchResultWithPostInfo {
			let accessor = ensure_signed(origin)?;
			let read = Self::do_record_access(
				accessor,
				organization,
				patient,
				purpose,
				category,
				emergency,
			)?;
			let unused = <Self as ConsentInspect<T::AccountId>>::unused_evaluation_weight(read);
			Ok(Some(T::WeightInfo::record_access().saturating_sub(unused)).into())
		}

		/// Opens emergency (break-glass) read access to `patient`'s data for the caller, until
		/// now + [`Config::EmergencyAccessDuration`], for `reason`; `justification` is the hash
		/// of the written justification the provider keeps. The opening is the first entry it
		/// makes in the patient's log; the organization's privacy officer must review it.
		///
		/// - Origin: signed by a Clinician of an active Provider `organization`, at most
		///   [`Config::MaxEmergencyAccesses`] times in any [`Config::EmergencyWindow`] blocks.
		/// - Holds [`Config::EmergencyDeposit`] (until the review) and
		///   [`Config::AccessDeposit`] (for the log entry) from the caller.
		/// - Emits [`Event::EmergencyAccessOpened`].
		/// - Fails with [`Error::AccessDenied`], [`Error::EmergencyRateLimited`],
		///   [`Error::IdsExhausted`] or [`Error::AccessLogIndexOverflow`], or when a deposit
		///   cannot be held.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::open_emergency_access())]
		pub fn open_emergency_access(
			origin: OriginFor<T>,
			organization: OrganizationId,
			patient: T::AccountId,
			reason: EmergencyReason,
			justification: SaltedHash,
		) -> DispatchResult {
			let clinician = ensure_signed(origin)?;
			Self::do_open(clinician, organization, patient, reason, justification)
		}

		/// Reviews an emergency access: `Justified` or `Misuse`, with the (salted) hash of the
		/// review report the organization keeps. `Justified` returns the clinician's emergency
		/// deposit; `Misuse` burns it and ends the access at once (no more reads under it).
		///
		/// - Origin: signed by a PrivacyOfficer of the (active, Provider) organization the
		///   access was opened for, other than the clinician who opened it and not appointed
		///   (added as a member) by that clinician.
		/// - Emits [`Event::EmergencyAccessReviewed`].
		/// - Fails with [`Error::UnknownEmergencyAccess`], [`Error::AccessDenied`],
		///   [`Error::AlreadyReviewed`], [`Error::SelfReview`] or
		///   [`Error::AppointedByClinician`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::review_emergency_access())]
		pub fn review_emergency_access(
			origin: OriginFor<T>,
			emergency: EmergencyId,
			verdict: ReviewVerdict,
			report_hash: SaltedHash,
		) -> DispatchResult {
			let officer = ensure_signed(origin)?;
			Self::do_review(officer, emergency, verdict, report_hash)
		}

		/// Onboards `patient` for `organization`: the patient's account exists from now on
		/// without holding tokens, so that they can manage their consents feelessly.
		/// `signature` is the patient's signature of [`Pallet::registration_message`]
		/// (`organization`): nobody is onboarded without agreeing to it.
		///
		/// - Origin: signed by an active member of an active `organization`.
		/// - Holds [`Config::PatientDeposit`] from the caller.
		/// - Emits [`Event::PatientRegistered`].
		/// - Fails with [`Error::AccessDenied`], [`Error::BadRegistrationSignature`] or
		///   [`Error::AlreadyRegistered`], or when the deposit cannot be held.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::register_patient())]
		pub fn register_patient(
			origin: OriginFor<T>,
			organization: OrganizationId,
			patient: T::AccountId,
			signature: T::PatientSignature,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::ensure_patient_signed(organization, &patient, &signature)?;
			Self::do_register_patient(&by, organization, patient)
		}

		/// Removes up to `max` (at most [`MAX_PRUNE`]) of the oldest entries of `patient`'s
		/// access log that are older than [`Config::AccessLogRetention`], returning each entry's
		/// deposit to the account that recorded it. Their events stay in the blocks.
		///
		/// - Origin: any signed account.
		/// - Emits [`Event::AccessLogPruned`].
		/// - Fails with [`Error::NothingToPrune`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::prune_access_log((*max).min(MAX_PRUNE)))]
		pub fn prune_access_log(
			origin: OriginFor<T>,
			patient: T::AccountId,
			max: u32,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let removed = Self::do_prune(patient, max)?;
			Ok(Some(T::WeightInfo::prune_access_log(removed)).into())
		}

		/// Names `guardian` as the account that manages the registered `patient`'s consents
		/// for them (a parent, a legal representative), or removes the guardian (`None`). For a
		/// patient without tokens the onboarding organization sponsors this: the onboarding's
		/// deposit pays for the entry, and the guardian pays the fees of its own calls.
		///
		/// - Origin: signed by the patient, or by an active member of the active organization
		///   that onboarded them.
		/// - Emits [`Event::GuardianSet`].
		/// - Fails with [`Error::NotRegistered`] or [`Error::AccessDenied`] (`NotAMember` for
		///   anyone but the patient and the onboarding organization's members).
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::set_guardian())]
		pub fn set_guardian(
			origin: OriginFor<T>,
			patient: T::AccountId,
			guardian: Option<T::AccountId>,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::do_set_guardian(by, patient, guardian)
		}

		/// [`Pallet::grant_consent`] by the patient's guardian, for the patient.
		///
		/// - Origin: signed by `patient`'s guardian (who pays the fee).
		/// - Emits [`Event::ConsentGranted`].
		/// - Fails with [`Error::NotGuardian`] or the errors of [`Pallet::grant_consent`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::grant_consent_for())]
		pub fn grant_consent_for(
			origin: OriginFor<T>,
			patient: T::AccountId,
			organization: OrganizationId,
			terms: ConsentTerms,
		) -> DispatchResult {
			let guardian = ensure_signed(origin)?;
			Self::ensure_guardian(&guardian, &patient)?;
			Self::do_grant(patient, organization, terms).map(|_| ())
		}

		/// [`Pallet::revoke_consent`] by the patient's guardian, for the patient.
		///
		/// - Origin: signed by `patient`'s guardian (who pays the fee).
		/// - Emits [`Event::ConsentRevoked`].
		/// - Fails with [`Error::NotGuardian`] or the errors of [`Pallet::revoke_consent`].
		#[pallet::call_index(9)]
		#[pallet::weight(
			T::WeightInfo::revoke_consent_for().saturating_add(T::OnRevoke::weight())
		)]
		pub fn revoke_consent_for(
			origin: OriginFor<T>,
			patient: T::AccountId,
			consent: ConsentId,
		) -> DispatchResultWithPostInfo {
			let guardian = ensure_signed(origin)?;
			Self::ensure_guardian(&guardian, &patient)?;
			let told = Self::do_revoke(patient, consent)?;
			Ok(Some(T::WeightInfo::revoke_consent_for().saturating_add(told)).into())
		}

		/// Records the read that the caller's organization, `request.holder`, served to
		/// `request.reader`, a member of `request.organization`: the reader's signed request
		/// for one of `request.patient`'s records (federated fetch between gateways). The entry
		/// in the patient's log names the reader and the reader's organization, exactly as if the
		/// reader had called [`Pallet::record_access`] (same checks: the reader's membership and
		/// role, a consent permitting the read, counted against its limit; the entry's deposit
		/// is held from the reader, whose request authorizes it). The holder cannot name a reader
		/// who did not ask: `signature` must be the reader's signature of
		/// [`Pallet::disclosure_message`]; and each request is recorded once.
		///
		/// - Origin: signed by an active member of the active organization `request.holder`.
		/// - Holds [`Config::AccessDeposit`] from the reader until the entry is pruned.
		/// - Emits [`Event::AccessRecorded`], then [`Event::Disclosed`].
		/// - Fails with [`Error::AccessDenied`] (the caller's membership of the holder, or the
		///   reader's), [`Error::DisclosureWithinOrganization`], [`Error::DisclosureNotCurrent`], [`Error::BadDisclosureSignature`],
		///   [`Error::DisclosureReplayed`], [`Error::DisclosureMemoryFull`],
		///   [`Error::ConsentDenied`] or [`Error::AccessLogIndexOverflow`], or when the deposit
		///   cannot be held.
		///
		/// Weight: declared for an evaluation that reads all of the patient's consents; the
		/// consents it did not read are returned.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::record_disclosure())]
		pub fn record_disclosure(
			origin: OriginFor<T>,
			request: DisclosureRequest<T::AccountId>,
			signature: T::PatientSignature,
		) -> DispatchResultWithPostInfo {
			let holder_member = ensure_signed(origin)?;
			let read = Self::do_record_disclosure(holder_member, request, &signature)?;
			let unused = <Self as ConsentInspect<T::AccountId>>::unused_evaluation_weight(read);
			Ok(Some(T::WeightInfo::record_disclosure().saturating_sub(unused)).into())
		}
	}
}
