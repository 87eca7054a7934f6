//! # Consent
//!
//! A patient decides which organization may use which of their data, for what purpose, for how
//! long; every use is checked against that decision by **one evaluation**
//! ([`Pallet::evaluate`], also behind [`ConsentInspect`] for the other pallets).
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
//!
//! Status: in progress (issue 4). Grants, revocation and the evaluation are here, tested,
//! benchmarked and in the runtime (with the guardian `ProxyType::Consent`); the access log,
//! emergency access, feeless consent management, the runtime API and RPC follow.
//!
//! ## Dispatchables
//! - [`Pallet::grant_consent`]: the patient grants a consent to an active organization.
//! - [`Pallet::revoke_consent`]: the patient revokes one of their consents.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
// `grant_consent` takes a consent's fields as its arguments (the macro-generated dispatch code
// repeats them), so it has more than clippy's seven.
#![allow(clippy::too_many_arguments)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

use alloc::vec::Vec;

use frame_support::{pallet_prelude::*, traits::Time};
use frame_system::pallet_prelude::*;
pub use healthchain_primitives::{
	Action, ActionSet, CategorySet, ConsentId, ConsentInspect, DataCategory, Decision, DenyReason,
	Moment, OrganizationId, OrganizationInspect, Purpose, PurposeSet,
};
pub use pallet::*;
use sp_core::H256;
pub use types::*;
pub use weights::WeightInfo;

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

		/// The organization registry: consents are granted to registered, active organizations.
		type Organizations: OrganizationInspect<Self::AccountId>;

		/// The current time (milliseconds since the Unix epoch).
		type Time: Time<Moment = Moment>;

		/// The most consents a patient holds at once; bounds every evaluation's work and the
		/// patient's storage.
		#[pallet::constant]
		type MaxConsentsPerPatient: Get<u32>;

		/// Weights of the calls, from benchmarks.
		type WeightInfo: WeightInfo;
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

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A patient granted a consent.
		ConsentGranted { consent: ConsentId, patient: T::AccountId, organization: OrganizationId },
		/// A patient revoked a consent; it no longer permits anything.
		ConsentRevoked { consent: ConsentId, patient: T::AccountId, organization: OrganizationId },
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
		/// No consent id is left.
		IdsExhausted,
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
		/// - Origin: signed by the patient (or their guardian's proxy).
		/// - Emits [`Event::ConsentGranted`].
		/// - Fails with [`Error::UnknownOrganization`], [`Error::OrganizationSuspended`],
		///   [`Error::NoPurpose`], [`Error::NoCategory`], [`Error::NoAction`],
		///   [`Error::InvalidBits`], [`Error::InvalidWindow`], [`Error::ZeroAccessLimit`],
		///   [`Error::EraseByInPast`], [`Error::TooManyConsents`] or [`Error::IdsExhausted`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::grant_consent())]
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
			let summary = T::Organizations::organization(organization)
				.ok_or(Error::<T>::UnknownOrganization)?;
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
			Ok(())
		}

		/// Revokes one of the caller's consents, with immediate effect.
		///
		/// - Origin: signed by the patient (or their guardian's proxy).
		/// - Emits [`Event::ConsentRevoked`].
		/// - Fails with [`Error::UnknownConsent`] or [`Error::NotYourConsent`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::revoke_consent())]
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
	}
}

impl<T: Config> Pallet<T> {
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

	/// A patient's consents, in the order granted.
	pub fn consents_of(patient: &T::AccountId) -> Vec<(ConsentId, Consent<T::AccountId>)> {
		ConsentsOf::<T>::get(patient)
			.into_iter()
			.filter_map(|id| Consents::<T>::get(id).map(|c| (id, c)))
			.collect()
	}

	/// Invariants: every consent is indexed under its patient and its organization, the indexes
	/// hold nothing else, ids are below the next id.
	#[cfg(any(feature = "try-runtime", feature = "std"))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
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
		Ok(())
	}
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
}
