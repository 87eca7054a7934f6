//! The one evaluation of a patient's consents: [`ConsentTerms::permits`] checks one consent
//! against one use of data, [`Pallet::evaluate`] asks every consent of the patient to the
//! organization, and [`ConsentInspect`] offers it to the other pallets at the current time,
//! with the weight of the consents it read ([`crate::WeightInfo::evaluate_consents`]) so that
//! their calls charge what the evaluation did, not the worst case.

use frame_support::traits::{Get, Time};
use healthchain_primitives::{
	Action, CategoryDecision, CategoryDecisions, CategorySet, ConsentInspect, DataCategory,
	Decision, DenyReason, Moment, OrganizationId, Purpose,
};

use crate::{Config, ConsentTerms, Consents, ConsentsOf, Pallet, Patients, WeightInfo};

impl ConsentTerms {
	/// Whether these terms, already used `accesses` times, allow `action` on `category` data for
	/// `purpose` at `now`; if not, the first check that fails (in the order of [`DenyReason`]).
	/// A start of `None` sets no lower bound (stored consents always hold their start).
	pub fn permits(
		&self,
		purpose: Purpose,
		category: DataCategory,
		action: Action,
		now: Moment,
		accesses: u32,
	) -> Result<(), DenyReason> {
		if self.valid_from.is_some_and(|from| now < from) {
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
		if self.max_accesses.is_some_and(|max| accesses >= max) {
			return Err(DenyReason::AccessLimitReached);
		}
		Ok(())
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
		Self::evaluate_counted(patient, organization, purpose, category, action, now).0
	}

	/// [`Self::evaluate`], and how many consents it read (for the weight: the evaluation stops
	/// at the first consent that permits).
	pub fn evaluate_counted(
		patient: &T::AccountId,
		organization: OrganizationId,
		purpose: Purpose,
		category: DataCategory,
		action: Action,
		now: Moment,
	) -> (Decision, u32) {
		let mut best = DenyReason::NoConsent;
		let mut read = 0u32;
		for id in ConsentsOf::<T>::get(patient) {
			read = read.saturating_add(1);
			let Some(consent) = Consents::<T>::get(id) else { continue };
			if consent.organization != organization {
				continue;
			}
			match consent.terms.permits(purpose, category, action, now, consent.accesses) {
				Ok(()) => return (Decision::Permit(id), read),
				Err(reason) => best = best.max(reason),
			}
		}
		(Decision::Deny(best), read)
	}

	/// [`Self::evaluate`] at the current block's time for each category `categories` covers
	/// (a named category; `AllStandard` stands for every standard one), in category order: the
	/// one evaluation for a request that spans several classes of data, in one runtime call.
	/// Bounded: at most 14 evaluations, each reading at most `MaxConsentsPerPatient` consents.
	pub fn evaluate_categories(
		patient: &T::AccountId,
		organization: OrganizationId,
		purpose: Purpose,
		action: Action,
		categories: CategorySet,
	) -> CategoryDecisions {
		let now = T::Time::now();
		let items = DataCategory::ALL
			.into_iter()
			.filter(|category| categories.covers(*category))
			.map(|category| CategoryDecision {
				category,
				decision: Self::evaluate(patient, organization, purpose, category, action, now),
			})
			.collect();
		CategoryDecisions { items }
	}
}

impl<T: Config> ConsentInspect<T::AccountId> for Pallet<T> {
	fn evaluate_counted(
		patient: &T::AccountId,
		organization: OrganizationId,
		purpose: Purpose,
		category: DataCategory,
		action: Action,
	) -> (Decision, u32) {
		Self::evaluate_counted(patient, organization, purpose, category, action, T::Time::now())
	}

	fn max_consents_read() -> u32 {
		T::MaxConsentsPerPatient::get()
	}

	fn evaluation_weight(read: u32) -> frame_support::weights::Weight {
		T::WeightInfo::evaluate_consents(read)
	}

	fn registered_by(patient: &T::AccountId) -> Option<OrganizationId> {
		Patients::<T>::get(patient).map(|r| r.organization)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_permit(
		patient: &T::AccountId,
		organization: OrganizationId,
		purpose: Purpose,
		category: DataCategory,
		action: Action,
	) {
		use healthchain_primitives::{ActionSet, CategorySet, PurposeSet};
		let terms = ConsentTerms::new(
			PurposeSet::from_items(&[purpose]),
			CategorySet::from_items(&[category]),
			ActionSet::from_items(&[action]),
			sp_core::H256::zero(),
		);
		Self::benchmark_register(patient, organization);
		Self::do_grant(patient.clone(), organization, terms).expect("benchmark consent is granted");
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_fill(patient: &T::AccountId, organization: OrganizationId) {
		use healthchain_primitives::{ActionSet, CategorySet, PurposeSet};
		// Every purpose and category, read only: `permits` runs every check up to the action
		// and refuses a write with `ActionNotCovered`, the costliest denial.
		let terms = ConsentTerms::new(
			PurposeSet::from_items(&Purpose::ALL),
			CategorySet(CategorySet::VALID_BITS),
			ActionSet::from_items(&[Action::Read]),
			sp_core::H256::zero(),
		);
		Self::benchmark_register(patient, organization);
		let held = crate::ConsentsOf::<T>::decode_len(patient).unwrap_or(0) as u32;
		let max = <T::MaxConsentsPerPatient as frame_support::traits::Get<u32>>::get();
		for _ in held..max.saturating_sub(1) {
			Self::do_grant(patient.clone(), organization, terms)
				.expect("benchmark consent is granted");
		}
	}
}

impl<T: Config> Pallet<T> {
	/// For benchmarks: registers `patient` with `organization` (without a deposit) unless it is
	/// registered, so that it may grant consents.
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_register(patient: &T::AccountId, organization: OrganizationId) {
		if !crate::Patients::<T>::contains_key(patient) {
			frame_system::Pallet::<T>::inc_providers(patient);
			crate::Patients::<T>::insert(
				patient,
				crate::Registration {
					organization,
					by: patient.clone(),
					deposit: Default::default(),
					at: T::Time::now(),
				},
			);
		}
	}
}
