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
//! - *Evaluation*: (patient, organization, purpose, category, action, now) → `Permit(consent)`
//!   or `Deny(reason)`. It reads at most [`Config::MaxConsentsPerPatient`] consents.
//! - *Revocation* removes the consent at once: the next evaluation no longer sees it.
//! - *Expiry* needs no sweep: evaluation compares with the current time.
//! - *Access log*: each read of a patient's data by a member of an organization is recorded
//!   ([`Pallet::record_access`]) only if the evaluation permits it (or under an emergency access);
//!   it counts against the consent's access limit and is appended to the patient's log.
//! - *Emergency (break-glass) access*: a Clinician of an active Provider opens time-boxed read
//!   access to one patient without consent ([`Pallet::open_emergency_access`]), with a coded
//!   reason and the hash of a written justification; at most [`Config::MaxEmergencyAccesses`] per
//!   clinician per [`Config::EmergencyWindow`]; always logged and announced by an event; the
//!   provider's PrivacyOfficer reviews it afterwards ([`Pallet::review_emergency_access`]).
//!   Until then it is listed among the organization's pending reviews and shown as unreviewed in
//!   the patient's log.
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
//! ## Patients need no tokens
//! An organization member onboards a patient ([`Pallet::register_patient`]): the pallet provides
//! the patient's account (a provider reference, like an existential deposit) and holds
//! [`Config::PatientDeposit`] from the member. `grant_consent` and `revoke_consent` are then
//! feeless (`#[pallet::feeless_if]`, with `pallet-skip-feeless-payment` in the runtime) for
//! [`Config::FreeCalls`] calls per patient per [`Config::FreeCallWindow`] blocks; the
//! transaction extension [`CountFreeConsentCalls`] counts them outside the call, so failing calls
//! count too. Beyond the allowance the ordinary fee applies, and an account without tokens cannot
//! pay it: that is the anti-spam bound.
//!
//! ## Dispatchables
//! - [`Pallet::grant_consent`]: the patient grants a consent to an active organization.
//! - [`Pallet::revoke_consent`]: the patient revokes one of their consents.
//! - [`Pallet::record_access`]: a member records a read of a patient's data.
//! - [`Pallet::open_emergency_access`]: a clinician opens break-glass access.
//! - [`Pallet::review_emergency_access`]: the privacy officer reviews it.
//! - [`Pallet::register_patient`]: a member onboards a patient who holds no tokens.
//! - [`Pallet::prune_access_log`]: anyone removes log entries past the retention period.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
// `grant_consent` takes a consent's fields as its arguments (the macro-generated dispatch code
// repeats them), so it has more than clippy's seven.
#![allow(clippy::too_many_arguments)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod extension;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_access;
pub mod types;
pub mod weights;

use alloc::vec::Vec;

pub use extension::CountFreeConsentCalls;
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, Mutate, MutateHold},
		tokens::Precision,
		Time,
	},
};
use frame_system::pallet_prelude::*;
pub use healthchain_primitives::{
	AccessDenied, Action, ActionSet, CategorySet, ConsentId, ConsentInspect, DataCategory,
	Decision, DenyReason, Moment, OrganizationId, OrganizationInspect, OrganizationKind, Purpose,
	PurposeSet, Role,
};
pub use pallet::*;
use sp_core::H256;
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
/// A consent as granted at genesis: `(patient, organization, purposes, categories, actions,
/// valid_until, max_accesses, document_hash)`.
pub type GenesisConsent<AccountId> = (
	AccountId,
	OrganizationId,
	PurposeSet,
	CategorySet,
	ActionSet,
	Option<Moment>,
	Option<u32>,
	H256,
);

/// What the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper {
	/// Sets the current time (ms), e.g. past the access log's retention period.
	fn set_time(now: Moment);
}

/// The most log entries one `prune_access_log` call removes.
pub const MAX_PRUNE: u32 = 500;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

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

		/// The most emergency accesses a clinician opens per [`Config::EmergencyWindow`].
		#[pallet::constant]
		type MaxEmergencyAccesses: Get<u32>;

		/// The window (blocks) of the emergency rate limit.
		#[pallet::constant]
		type EmergencyWindow: Get<BlockNumberFor<Self>>;

		/// Held from the member who onboards a patient.
		#[pallet::constant]
		type PatientDeposit: Get<BalanceOf<Self>>;

		/// Feeless consent calls per patient per [`Config::FreeCallWindow`].
		#[pallet::constant]
		type FreeCalls: Get<u32>;

		/// The window (blocks) of the free-call allowance.
		#[pallet::constant]
		type FreeCallWindow: Get<BlockNumberFor<Self>>;

		/// Weights of the calls, from benchmarks.
		type WeightInfo: WeightInfo;

		/// Sets the time for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper;
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

	/// The consents held by each organization (an index for listing them).
	#[pallet::storage]
	pub type GrantsHeldBy<T: Config> =
		StorageDoubleMap<_, Twox64Concat, OrganizationId, Twox64Concat, ConsentId, ()>;

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

	/// The emergency accesses each organization has not reviewed yet.
	#[pallet::storage]
	pub type PendingReviews<T: Config> =
		StorageDoubleMap<_, Twox64Concat, OrganizationId, Twox64Concat, EmergencyId, ()>;

	/// Each clinician's use of the emergency rate limit.
	#[pallet::storage]
	pub type EmergencyAllowance<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Allowance<BlockNumberFor<T>>, ValueQuery>;

	/// Patients onboarded by an organization.
	#[pallet::storage]
	pub type Patients<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Registration<T::AccountId, BalanceOf<T>>>;

	/// Each patient's use of the free-call allowance.
	#[pallet::storage]
	pub type FreeCallAllowance<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Allowance<BlockNumberFor<T>>, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// `(patient, organization, registrar)`: patients onboarded by a member of an
		/// organization, who pays the deposit.
		pub patients: Vec<(T::AccountId, OrganizationId, T::AccountId)>,
		/// Consents, granted in this order (ids 0, 1, 2, …) at genesis time.
		pub consents: Vec<GenesisConsent<T::AccountId>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (patient, organization, by) in &self.patients {
				Pallet::<T>::do_register_patient(by, *organization, patient.clone())
					.expect("genesis patients are onboarded by members who can pay the deposit");
			}
			for (patient, org, purposes, categories, actions, until, max, doc) in &self.consents {
				let terms = Terms {
					purposes: *purposes,
					categories: *categories,
					actions: *actions,
					valid_from: None,
					valid_until: *until,
					max_accesses: *max,
					erase_by: None,
					document_hash: *doc,
				};
				Pallet::<T>::do_grant(patient.clone(), *org, terms)
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
		/// `accessor` read `patient`'s data of `category` for `purpose` on behalf of
		/// `organization`; the entry is `index` in the patient's log.
		AccessRecorded {
			patient: T::AccountId,
			index: AccessIndex,
			organization: OrganizationId,
			accessor: T::AccountId,
			purpose: Purpose,
			category: DataCategory,
			basis: AccessBasis,
		},
		/// A clinician opened an emergency access to `patient`'s data, readable until
		/// `expires_at`. The patient's notification.
		EmergencyAccessOpened {
			emergency: EmergencyId,
			patient: T::AccountId,
			organization: OrganizationId,
			clinician: T::AccountId,
			reason: EmergencyReason,
			expires_at: Moment,
		},
		/// The privacy officer reviewed an emergency access.
		EmergencyAccessReviewed {
			emergency: EmergencyId,
			patient: T::AccountId,
			organization: OrganizationId,
			officer: T::AccountId,
			verdict: ReviewVerdict,
		},
		/// A member onboarded a patient, whose account now exists without tokens.
		PatientRegistered { patient: T::AccountId, organization: OrganizationId, by: T::AccountId },
		/// `removed` entries past the retention period left `patient`'s log; it now starts at
		/// `first`.
		AccessLogPruned { patient: T::AccountId, removed: u32, first: AccessIndex },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No organization has this id.
		UnknownOrganization,
		/// The organization is suspended.
		OrganizationSuspended,
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
		/// The caller may not act for the organization; the inner code says why (unknown or
		/// suspended organization, wrong kind, not a member, missing role, expired credential).
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
		/// A counter would overflow.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Grants `organization` the use of the caller's data: `actions` on `categories` for
		/// `purposes`, from `valid_from` (default: now) until `valid_until` (default: until
		/// revoked), at most `max_accesses` times (default: unlimited), with the data erased by
		/// `erase_by` (default: no deadline). `document_hash` is the hash of the full consent
		/// document the patient and the organization keep.
		///
		/// - Origin: signed by the patient (or their guardian's proxy). Feeless within the
		///   patient's free-call allowance.
		/// - Emits [`Event::ConsentGranted`].
		/// - Fails with [`Error::UnknownOrganization`], [`Error::OrganizationSuspended`],
		///   [`Error::NoPurpose`], [`Error::NoCategory`], [`Error::NoAction`],
		///   [`Error::InvalidBits`], [`Error::InvalidWindow`], [`Error::ZeroAccessLimit`],
		///   [`Error::EraseByInPast`], [`Error::TooManyConsents`] or [`Error::IdsExhausted`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::grant_consent())]
		#[pallet::feeless_if(|origin: &OriginFor<T>, _organization: &OrganizationId,
			_purposes: &PurposeSet, _categories: &CategorySet, _actions: &ActionSet,
			_valid_from: &Option<Moment>, _valid_until: &Option<Moment>,
			_max_accesses: &Option<u32>, _erase_by: &Option<Moment>, _document_hash: &H256|
			-> bool { Pallet::<T>::has_free_call(origin) })]
		pub fn grant_consent(
			origin: OriginFor<T>,
			organization: OrganizationId,
			purposes: PurposeSet,
			categories: CategorySet,
			actions: ActionSet,
			valid_from: Option<Moment>,
			valid_until: Option<Moment>,
			max_accesses: Option<u32>,
			erase_by: Option<Moment>,
			document_hash: H256,
		) -> DispatchResult {
			let patient = ensure_signed(origin)?;
			let terms = Terms {
				purposes,
				categories,
				actions,
				valid_from,
				valid_until,
				max_accesses,
				erase_by,
				document_hash,
			};
			Self::do_grant(patient, organization, terms).map(|_| ())
		}

		/// Revokes one of the caller's consents, with immediate effect.
		///
		/// - Origin: signed by the patient (or their guardian's proxy). Feeless within the
		///   patient's free-call allowance.
		/// - Emits [`Event::ConsentRevoked`].
		/// - Fails with [`Error::UnknownConsent`] or [`Error::NotYourConsent`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::revoke_consent())]
		#[pallet::feeless_if(|origin: &OriginFor<T>, _consent: &ConsentId| -> bool {
			Pallet::<T>::has_free_call(origin)
		})]
		pub fn revoke_consent(origin: OriginFor<T>, consent: ConsentId) -> DispatchResult {
			let patient = ensure_signed(origin)?;
			let record = Consents::<T>::get(consent).ok_or(Error::<T>::UnknownConsent)?;
			ensure!(record.patient == patient, Error::<T>::NotYourConsent);

			Consents::<T>::remove(consent);
			GrantsHeldBy::<T>::remove(record.organization, consent);
			ConsentsOf::<T>::mutate_exists(&patient, |maybe| {
				if let Some(list) = maybe {
					list.retain(|id| *id != consent);
					if list.is_empty() {
						*maybe = None;
					}
				}
			});
			Self::deposit_event(Event::ConsentRevoked {
				consent,
				patient,
				organization: record.organization,
			});
			Ok(())
		}

		/// Records that the caller read `patient`'s data of `category` for `purpose` on behalf
		/// of `organization`. Without `emergency`, a consent must permit the read; it counts
		/// against that consent's access limit. With `emergency`, the caller's open emergency
		/// access for this patient is the basis (purpose ETREAT only).
		///
		/// - Origin: signed by an active member of an active `organization`.
		/// - Holds [`Config::AccessDeposit`] from the caller until the entry is pruned.
		/// - Emits [`Event::AccessRecorded`].
		/// - Fails with [`Error::AccessDenied`], [`Error::ConsentDenied`],
		///   [`Error::UnknownEmergencyAccess`], [`Error::NotYourEmergencyAccess`],
		///   [`Error::EmergencyAccessExpired`], [`Error::EmergencyPurposeOnly`] or
		///   [`Error::Overflow`], or when the deposit cannot be held.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::record_access())]
		pub fn record_access(
			origin: OriginFor<T>,
			organization: OrganizationId,
			patient: T::AccountId,
			purpose: Purpose,
			category: DataCategory,
			emergency: Option<EmergencyId>,
		) -> DispatchResult {
			let accessor = ensure_signed(origin)?;
			T::Organizations::ensure_member(organization, &accessor)
				.map_err(Error::<T>::AccessDenied)?;
			let now = T::Time::now();
			let basis = match emergency {
				None => {
					match Self::evaluate(
						&patient,
						organization,
						purpose,
						category,
						Action::Read,
						now,
					) {
						Decision::Permit(id) => {
							Consents::<T>::mutate(id, |c| {
								if let Some(c) = c {
									c.accesses = c.accesses.saturating_add(1);
								}
							});
							AccessBasis::Consent(id)
						},
						Decision::Deny(reason) => {
							return Err(Error::<T>::ConsentDenied(reason).into())
						},
					}
				},
				Some(id) => {
					let mut access = EmergencyAccesses::<T>::get(id)
						.ok_or(Error::<T>::UnknownEmergencyAccess)?;
					ensure!(
						access.patient == patient
							&& access.organization == organization
							&& access.clinician == accessor,
						Error::<T>::NotYourEmergencyAccess
					);
					ensure!(now < access.expires_at, Error::<T>::EmergencyAccessExpired);
					ensure!(
						purpose == Purpose::EmergencyTreatment,
						Error::<T>::EmergencyPurposeOnly
					);
					access.reads = access.reads.saturating_add(1);
					EmergencyAccesses::<T>::insert(id, access);
					AccessBasis::Emergency(id)
				},
			};
			let index = Self::append_log(
				&patient,
				AccessEntry {
					organization,
					accessor: accessor.clone(),
					purpose,
					category: Some(category),
					basis,
					at: now,
					deposit: T::AccessDeposit::get(),
				},
			)?;
			Self::deposit_event(Event::AccessRecorded {
				patient,
				index,
				organization,
				accessor,
				purpose,
				category,
				basis,
			});
			Ok(())
		}

		/// Opens emergency (break-glass) read access to `patient`'s data for the caller, until
		/// now + [`Config::EmergencyAccessDuration`], for `reason`; `justification` is the hash
		/// of the written justification the provider keeps. The opening is the first entry it
		/// makes in the patient's log; the organization's privacy officer must review it.
		///
		/// - Origin: signed by a Clinician of an active Provider `organization`, at most
		///   [`Config::MaxEmergencyAccesses`] times per [`Config::EmergencyWindow`].
		/// - Holds [`Config::EmergencyDeposit`] (until the review) and
		///   [`Config::AccessDeposit`] (for the log entry) from the caller.
		/// - Emits [`Event::EmergencyAccessOpened`].
		/// - Fails with [`Error::AccessDenied`], [`Error::EmergencyRateLimited`],
		///   [`Error::IdsExhausted`] or [`Error::Overflow`], or when a deposit cannot be held.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::open_emergency_access())]
		pub fn open_emergency_access(
			origin: OriginFor<T>,
			organization: OrganizationId,
			patient: T::AccountId,
			reason: EmergencyReason,
			justification: H256,
		) -> DispatchResult {
			let clinician = ensure_signed(origin)?;
			T::Organizations::ensure_role(
				organization,
				&clinician,
				OrganizationKind::Provider,
				Role::Clinician,
			)
			.map_err(Error::<T>::AccessDenied)?;
			let block = frame_system::Pallet::<T>::block_number();
			let allowance = EmergencyAllowance::<T>::get(&clinician)
				.take(block, T::EmergencyWindow::get(), T::MaxEmergencyAccesses::get())
				.ok_or(Error::<T>::EmergencyRateLimited)?;
			let id = NextEmergencyId::<T>::get();
			let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
			let now = T::Time::now();
			let expires_at = now.saturating_add(T::EmergencyAccessDuration::get());
			let deposit = T::EmergencyDeposit::get();
			T::Currency::hold(&HoldReason::EmergencyAccess.into(), &clinician, deposit)?;

			EmergencyAccesses::<T>::insert(
				id,
				EmergencyAccess {
					patient: patient.clone(),
					organization,
					clinician: clinician.clone(),
					reason,
					justification,
					opened_at: now,
					expires_at,
					reads: 0,
					review: Review::Pending,
					deposit,
				},
			);
			PendingReviews::<T>::insert(organization, id, ());
			EmergencyAllowance::<T>::insert(&clinician, allowance);
			NextEmergencyId::<T>::put(next);
			Self::append_log(
				&patient,
				AccessEntry {
					organization,
					accessor: clinician.clone(),
					purpose: Purpose::EmergencyTreatment,
					category: None,
					basis: AccessBasis::Emergency(id),
					at: now,
					deposit: T::AccessDeposit::get(),
				},
			)?;
			Self::deposit_event(Event::EmergencyAccessOpened {
				emergency: id,
				patient,
				organization,
				clinician,
				reason,
				expires_at,
			});
			Ok(())
		}

		/// Reviews an emergency access: `Justified` or `Misuse`, with the hash of the review
		/// report the organization keeps. Releases the clinician's emergency deposit.
		///
		/// - Origin: signed by a PrivacyOfficer of the (active, Provider) organization the
		///   access was opened for, other than the clinician who opened it.
		/// - Emits [`Event::EmergencyAccessReviewed`].
		/// - Fails with [`Error::UnknownEmergencyAccess`], [`Error::AccessDenied`],
		///   [`Error::AlreadyReviewed`] or [`Error::SelfReview`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::review_emergency_access())]
		pub fn review_emergency_access(
			origin: OriginFor<T>,
			emergency: EmergencyId,
			verdict: ReviewVerdict,
			report_hash: H256,
		) -> DispatchResult {
			let officer = ensure_signed(origin)?;
			let mut access =
				EmergencyAccesses::<T>::get(emergency).ok_or(Error::<T>::UnknownEmergencyAccess)?;
			T::Organizations::ensure_role(
				access.organization,
				&officer,
				OrganizationKind::Provider,
				Role::PrivacyOfficer,
			)
			.map_err(Error::<T>::AccessDenied)?;
			ensure!(access.review == Review::Pending, Error::<T>::AlreadyReviewed);
			ensure!(officer != access.clinician, Error::<T>::SelfReview);

			T::Currency::release(
				&HoldReason::EmergencyAccess.into(),
				&access.clinician,
				access.deposit,
				Precision::BestEffort,
			)?;
			access.review =
				Review::Done { verdict, officer: officer.clone(), at: T::Time::now(), report_hash };
			PendingReviews::<T>::remove(access.organization, emergency);
			Self::deposit_event(Event::EmergencyAccessReviewed {
				emergency,
				patient: access.patient.clone(),
				organization: access.organization,
				officer,
				verdict,
			});
			EmergencyAccesses::<T>::insert(emergency, access);
			Ok(())
		}

		/// Onboards `patient` for `organization`: the patient's account exists from now on
		/// without holding tokens, so that they can manage their consents feelessly.
		///
		/// - Origin: signed by an active member of an active `organization`.
		/// - Holds [`Config::PatientDeposit`] from the caller.
		/// - Emits [`Event::PatientRegistered`].
		/// - Fails with [`Error::AccessDenied`] or [`Error::AlreadyRegistered`], or when the
		///   deposit cannot be held.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::register_patient())]
		pub fn register_patient(
			origin: OriginFor<T>,
			organization: OrganizationId,
			patient: T::AccountId,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
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
			let now = T::Time::now();
			let retention = T::AccessLogRetention::get();
			let mut bounds = AccessLogBounds::<T>::get(&patient);
			let mut removed = 0u32;
			while removed < max.min(MAX_PRUNE) && bounds.first < bounds.next {
				if let Some(entry) = AccessLog::<T>::get(&patient, bounds.first) {
					if entry.at.saturating_add(retention) > now {
						break;
					}
					T::Currency::release(
						&HoldReason::AccessLog.into(),
						&entry.accessor,
						entry.deposit,
						Precision::BestEffort,
					)?;
					AccessLog::<T>::remove(&patient, bounds.first);
				}
				bounds.first = bounds.first.saturating_add(1);
				removed = removed.saturating_add(1);
			}
			ensure!(removed > 0, Error::<T>::NothingToPrune);
			AccessLogBounds::<T>::insert(&patient, bounds);
			Self::deposit_event(Event::AccessLogPruned { patient, removed, first: bounds.first });
			Ok(Some(T::WeightInfo::prune_access_log(removed)).into())
		}
	}
}

/// A consent's terms, as a patient grants them.
pub(crate) struct Terms {
	purposes: PurposeSet,
	categories: CategorySet,
	actions: ActionSet,
	valid_from: Option<Moment>,
	valid_until: Option<Moment>,
	max_accesses: Option<u32>,
	erase_by: Option<Moment>,
	document_hash: H256,
}

impl<T: Config> Pallet<T> {
	/// Checks `terms` and stores the consent of `patient` to `organization`.
	pub(crate) fn do_grant(
		patient: T::AccountId,
		organization: OrganizationId,
		terms: Terms,
	) -> Result<ConsentId, DispatchError> {
		let Terms {
			purposes,
			categories,
			actions,
			valid_from,
			valid_until,
			max_accesses,
			erase_by,
			document_hash,
		} = terms;
		let summary =
			T::Organizations::organization(organization).ok_or(Error::<T>::UnknownOrganization)?;
		ensure!(summary.active, Error::<T>::OrganizationSuspended);
		ensure!(
			purposes.is_valid() && categories.is_valid() && actions.is_valid(),
			Error::<T>::InvalidBits
		);
		ensure!(!purposes.is_empty(), Error::<T>::NoPurpose);
		ensure!(!categories.is_empty(), Error::<T>::NoCategory);
		ensure!(!actions.is_empty(), Error::<T>::NoAction);
		let now = T::Time::now();
		let valid_from = valid_from.unwrap_or(now);
		if let Some(until) = valid_until {
			ensure!(until > valid_from && until > now, Error::<T>::InvalidWindow);
		}
		ensure!(max_accesses != Some(0), Error::<T>::ZeroAccessLimit);
		if let Some(deadline) = erase_by {
			ensure!(deadline > now, Error::<T>::EraseByInPast);
		}
		let id = NextConsentId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		let mut held = ConsentsOf::<T>::get(&patient);
		held.try_push(id).map_err(|_| Error::<T>::TooManyConsents)?;

		Consents::<T>::insert(
			id,
			Consent {
				patient: patient.clone(),
				organization,
				purposes,
				categories,
				actions,
				valid_from,
				valid_until,
				max_accesses,
				accesses: 0,
				erase_by,
				document_hash,
				granted_at: now,
			},
		);
		ConsentsOf::<T>::insert(&patient, held);
		GrantsHeldBy::<T>::insert(organization, id, ());
		NextConsentId::<T>::put(next);
		Self::deposit_event(Event::ConsentGranted { consent: id, patient, organization });
		Ok(id)
	}

	/// Onboards `patient` for `organization` on `by`'s deposit.
	pub(crate) fn do_register_patient(
		by: &T::AccountId,
		organization: OrganizationId,
		patient: T::AccountId,
	) -> DispatchResult {
		T::Organizations::ensure_member(organization, by).map_err(Error::<T>::AccessDenied)?;
		ensure!(!Patients::<T>::contains_key(&patient), Error::<T>::AlreadyRegistered);
		let deposit = T::PatientDeposit::get();
		T::Currency::hold(&HoldReason::PatientRegistration.into(), by, deposit)?;
		frame_system::Pallet::<T>::inc_providers(&patient);
		Patients::<T>::insert(
			&patient,
			Registration { organization, by: by.clone(), deposit, at: T::Time::now() },
		);
		Self::deposit_event(Event::PatientRegistered { patient, organization, by: by.clone() });
		Ok(())
	}

	/// Appends `entry` to `patient`'s log, holding its deposit from the accessor; returns its
	/// index.
	fn append_log(
		patient: &T::AccountId,
		entry: AccessEntryOf<T>,
	) -> Result<AccessIndex, DispatchError> {
		let mut bounds = AccessLogBounds::<T>::get(patient);
		let index = bounds.next;
		bounds.next = index.checked_add(1).ok_or(Error::<T>::Overflow)?;
		T::Currency::hold(&HoldReason::AccessLog.into(), &entry.accessor, entry.deposit)?;
		AccessLog::<T>::insert(patient, index, entry);
		AccessLogBounds::<T>::insert(patient, bounds);
		Ok(index)
	}

	/// The one evaluation: may `organization` do `action` on `patient`'s data of `category` for
	/// `purpose` at `now`? `Permit` names the first consent (in the order granted) that allows
	/// it; `Deny` gives the most specific reason among the patient's consents to this
	/// organization (`NoConsent` if there is none). Reads at most `MaxConsentsPerPatient`
	/// consents.
	pub fn evaluate(
		patient: &T::AccountId,
		organization: OrganizationId,
		purpose: Purpose,
		category: DataCategory,
		action: Action,
		now: Moment,
	) -> Decision {
		let mut best = DenyReason::NoConsent;
		for id in ConsentsOf::<T>::get(patient) {
			let Some(consent) = Consents::<T>::get(id) else { continue };
			if consent.organization != organization {
				continue;
			}
			match consent.check(purpose, category, action, now) {
				Ok(()) => return Decision::Permit(id),
				Err(reason) => best = best.max(reason),
			}
		}
		Decision::Deny(best)
	}

	/// Whether `origin` is a signed account with a free consent call left in this window: the
	/// `feeless_if` condition of the patient's consent calls.
	pub fn has_free_call(origin: &OriginFor<T>) -> bool {
		match origin.clone().into_signer() {
			Some(who) => Self::free_calls_left(&who) > 0,
			None => false,
		}
	}

	/// How many feeless consent calls `who` has left in the current window.
	pub fn free_calls_left(who: &T::AccountId) -> u32 {
		FreeCallAllowance::<T>::get(who).left(
			frame_system::Pallet::<T>::block_number(),
			T::FreeCallWindow::get(),
			T::FreeCalls::get(),
		)
	}

	/// Uses one of `who`'s free consent calls (called by [`CountFreeConsentCalls`] for every
	/// feeless consent call, whatever its outcome).
	pub(crate) fn use_free_call(who: &T::AccountId) {
		let taken = FreeCallAllowance::<T>::get(who).take(
			frame_system::Pallet::<T>::block_number(),
			T::FreeCallWindow::get(),
			T::FreeCalls::get(),
		);
		if let Some(allowance) = taken {
			FreeCallAllowance::<T>::insert(who, allowance);
		}
	}

	/// A patient's consents, in the order granted.
	pub fn consents_of(patient: &T::AccountId) -> Vec<(ConsentId, Consent<T::AccountId>)> {
		ConsentsOf::<T>::get(patient)
			.into_iter()
			.filter_map(|id| Consents::<T>::get(id).map(|c| (id, c)))
			.collect()
	}

	/// Consents held by `organization`, in storage order after `start_after` (exclusive), at
	/// most `limit` (itself at most 1000).
	pub fn grants_held_by(
		organization: OrganizationId,
		start_after: Option<ConsentId>,
		limit: u32,
	) -> Vec<(ConsentId, Consent<T::AccountId>)> {
		index_page::<GrantsHeldBy<T>, _, _>(organization, start_after, limit, Consents::<T>::get)
	}

	/// `patient`'s access log from the entry after `start_after` (default: the oldest stored),
	/// oldest first, at most `limit` (itself at most 1000) entries. Each entry that opened or
	/// used an emergency access comes with that access's review state.
	pub fn access_log(
		patient: &T::AccountId,
		start_after: Option<AccessIndex>,
		limit: u32,
	) -> Vec<AccessLogItem<T::AccountId, BalanceOf<T>>> {
		let bounds = AccessLogBounds::<T>::get(patient);
		let from = match start_after {
			Some(cursor) => cursor.saturating_add(1).max(bounds.first),
			None => bounds.first,
		};
		let to = from.saturating_add(limit.min(1000)).min(bounds.next);
		(from..to)
			.filter_map(|index| {
				let entry = AccessLog::<T>::get(patient, index)?;
				let review = match entry.basis {
					AccessBasis::Emergency(id) => EmergencyAccesses::<T>::get(id).map(|e| e.review),
					AccessBasis::Consent(_) => None,
				};
				Some((index, entry, review))
			})
			.collect()
	}

	/// Emergency accesses `organization` has not reviewed, in storage order after
	/// `start_after` (exclusive), at most `limit` (itself at most 1000).
	pub fn pending_reviews(
		organization: OrganizationId,
		start_after: Option<EmergencyId>,
		limit: u32,
	) -> Vec<(EmergencyId, EmergencyAccessOf<T>)> {
		index_page::<PendingReviews<T>, _, _>(
			organization,
			start_after,
			limit,
			EmergencyAccesses::<T>::get,
		)
	}

	/// Invariants: every consent is indexed under its patient and its organization, the indexes
	/// hold nothing else, ids are below the next id; access logs hold exactly their bounds'
	/// entries; pending reviews are exactly the unreviewed emergency accesses; the deposits held
	/// equal the stored deposits.
	#[cfg(any(feature = "try-runtime", feature = "std"))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use frame_support::traits::fungible::InspectHold;
		use sp_runtime::Saturating;

		let next = NextConsentId::<T>::get();
		let mut consents = 0usize;
		for (id, consent) in Consents::<T>::iter() {
			ensure!(id < next, "consent id not below NextConsentId");
			ensure!(
				ConsentsOf::<T>::get(&consent.patient).contains(&id),
				"consent not indexed by patient"
			);
			ensure!(
				GrantsHeldBy::<T>::contains_key(consent.organization, id),
				"consent not indexed by organization"
			);
			ensure!(
				consent.max_accesses.is_none_or(|max| consent.accesses <= max),
				"consent used beyond its limit"
			);
			consents = consents.saturating_add(1);
		}
		let mut by_patient = 0usize;
		for (patient, ids) in ConsentsOf::<T>::iter() {
			ensure!(!ids.is_empty(), "empty patient index kept");
			for id in ids.iter() {
				ensure!(
					Consents::<T>::get(id).is_some_and(|c| c.patient == patient),
					"patient index names a missing or foreign consent"
				);
			}
			by_patient = by_patient.saturating_add(ids.len());
		}
		ensure!(by_patient == consents, "patient index size differs");
		ensure!(
			GrantsHeldBy::<T>::iter_keys().count() == consents,
			"organization index size differs"
		);

		// Deposits each account should have on hold, per reason.
		let mut expected: BTreeMap<(u8, T::AccountId), BalanceOf<T>> = BTreeMap::new();
		let mut add = |reason: u8, who: &T::AccountId, amount: BalanceOf<T>| {
			let held = expected.entry((reason, who.clone())).or_default();
			*held = held.saturating_add(amount);
		};
		let mut entries = 0usize;
		for (patient, index, entry) in AccessLog::<T>::iter() {
			let bounds = AccessLogBounds::<T>::get(&patient);
			ensure!(bounds.first <= index && index < bounds.next, "log entry outside its bounds");
			add(0, &entry.accessor, entry.deposit);
			entries = entries.saturating_add(1);
		}
		let mut bounded = 0usize;
		for (patient, bounds) in AccessLogBounds::<T>::iter() {
			ensure!(bounds.first <= bounds.next, "log bounds reversed");
			for index in bounds.first..bounds.next {
				ensure!(AccessLog::<T>::contains_key(&patient, index), "log entry missing");
			}
			bounded = bounded.saturating_add(bounds.next.saturating_sub(bounds.first) as usize);
		}
		ensure!(entries == bounded, "log entries differ from their bounds");

		let next_emergency = NextEmergencyId::<T>::get();
		let mut pending = 0usize;
		for (id, access) in EmergencyAccesses::<T>::iter() {
			ensure!(id < next_emergency, "emergency id not below NextEmergencyId");
			let listed = PendingReviews::<T>::contains_key(access.organization, id);
			ensure!(listed == (access.review == Review::Pending), "pending review index wrong");
			if access.review == Review::Pending {
				add(1, &access.clinician, access.deposit);
				pending = pending.saturating_add(1);
			}
		}
		ensure!(PendingReviews::<T>::iter_keys().count() == pending, "stray pending review");

		for (_, registration) in Patients::<T>::iter() {
			add(2, &registration.by, registration.deposit);
		}
		for ((reason, who), amount) in expected {
			let reason = match reason {
				0 => HoldReason::AccessLog,
				1 => HoldReason::EmergencyAccess,
				_ => HoldReason::PatientRegistration,
			};
			ensure!(
				T::Currency::balance_on_hold(&reason.into(), &who) == amount,
				"held deposits differ from the stored deposits"
			);
		}
		Ok(())
	}
}

/// A page of an organization's index (`GrantsHeldBy`, `PendingReviews`): up to `limit` (itself
/// at most 1000) ids stored under `organization`, in storage order after `start_after`
/// (exclusive), each with the item `lookup` finds for it.
fn index_page<Index, Id, Item>(
	organization: OrganizationId,
	start_after: Option<Id>,
	limit: u32,
	lookup: impl Fn(Id) -> Option<Item>,
) -> Vec<(Id, Item)>
where
	Id: codec::FullCodec + Copy,
	Index: frame_support::storage::IterableStorageDoubleMap<OrganizationId, Id, ()>
		+ frame_support::storage::StorageDoubleMap<OrganizationId, Id, ()>,
{
	let limit = limit.min(1000) as usize;
	let ids: Vec<Id> = match start_after {
		Some(cursor) => {
			Index::iter_key_prefix_from(organization, Index::hashed_key_for(organization, cursor))
				.take(limit)
				.collect()
		},
		None => Index::iter_key_prefix(organization).take(limit).collect(),
	};
	ids.into_iter().filter_map(|id| lookup(id).map(|item| (id, item))).collect()
}

impl<T: Config> ConsentInspect<T::AccountId> for Pallet<T> {
	fn evaluate(
		patient: &T::AccountId,
		organization: OrganizationId,
		purpose: Purpose,
		category: DataCategory,
		action: Action,
	) -> Decision {
		Self::evaluate(patient, organization, purpose, category, action, T::Time::now())
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_permit(
		patient: &T::AccountId,
		organization: OrganizationId,
		purpose: Purpose,
		category: DataCategory,
		action: Action,
	) {
		let terms = Terms {
			purposes: PurposeSet::from_items(&[purpose]),
			categories: CategorySet::from_items(&[category]),
			actions: ActionSet::from_items(&[action]),
			valid_from: None,
			valid_until: None,
			max_accesses: None,
			erase_by: None,
			document_hash: H256::zero(),
		};
		Self::do_grant(patient.clone(), organization, terms).expect("benchmark consent is granted");
	}
}
