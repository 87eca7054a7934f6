//! The pallet's invariants, checked after every unit test and by `try-runtime`.

use frame_support::ensure;
use healthchain_primitives::RecordedHolds;
use sp_runtime::TryRuntimeError;

use crate::{
	AccessLog, AccessLogBounds, BalanceOf, Config, Consents, ConsentsOf, DisclosureRing,
	Disclosures, EmergencyAccesses, EmergencyAllowance, FreeCallAllowance, GrantsHeldBy, Guardians,
	HoldReason, NextConsentId, NextDisclosureSlot, NextEmergencyId, Pallet, Patients,
	PendingReviews, Review, SortKey,
};
use frame_support::traits::Get;

impl<T: Config> Pallet<T> {
	/// Invariants: every consent is indexed under its patient and its organization, holds its
	/// start, and is used within its limit; the indexes hold nothing else, ids are below the
	/// next id; access logs hold exactly their bounds' entries; pending reviews are exactly the
	/// unreviewed emergency accesses; the deposits held equal the stored deposits; every
	/// registered patient's account is provided for by its registration, only registered
	/// patients have guardians, and no allowance remembers more uses than allowed; the
	/// remembered disclosure requests are exactly those of the ring's slots. (Consents of
	/// unregistered accounts granted before release 104 stay valid until revoked.)
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::check_consents()?;
		Self::check_patients()?;
		Self::check_disclosures()?;
		Self::check_logs_and_deposits()
	}

	/// The disclosure memory: every ring slot is below [`Config::DisclosureMemory`] and names a
	/// remembered request, each remembered request is in one slot, the next slot is in range.
	fn check_disclosures() -> Result<(), TryRuntimeError> {
		let memory = T::DisclosureMemory::get();
		ensure!(
			NextDisclosureSlot::<T>::get() < memory.max(1),
			"next disclosure slot out of range"
		);
		let mut slots = 0usize;
		for (slot, id) in DisclosureRing::<T>::iter() {
			ensure!(slot < memory, "disclosure ring slot out of range");
			ensure!(Disclosures::<T>::contains_key(id), "ring slot of a forgotten request");
			slots = slots.saturating_add(1);
		}
		ensure!(
			Disclosures::<T>::iter_keys().count() == slots,
			"a remembered disclosure request in no ring slot (or in two)"
		);
		Ok(())
	}

	/// The registered patients: their provider references, guardians and allowances.
	fn check_patients() -> Result<(), TryRuntimeError> {
		for (patient, _) in Patients::<T>::iter() {
			ensure!(
				frame_system::Pallet::<T>::providers(&patient) >= 1,
				"registered patient without the provider reference of its registration"
			);
		}
		for (patient, _) in Guardians::<T>::iter() {
			ensure!(Patients::<T>::contains_key(&patient), "guardian of an unregistered patient");
		}
		for (_, uses) in FreeCallAllowance::<T>::iter() {
			ensure!(
				uses.uses().len() as u32 <= T::FreeCalls::get(),
				"free calls beyond the allowance"
			);
			ensure!(uses.uses().is_sorted(), "free calls out of order");
		}
		for (_, uses) in EmergencyAllowance::<T>::iter() {
			ensure!(
				uses.uses().len() as u32 <= T::MaxEmergencyAccesses::get(),
				"emergency accesses beyond the rate limit"
			);
			ensure!(uses.uses().is_sorted(), "emergency accesses out of order");
		}
		Ok(())
	}

	/// The consents and their two indexes.
	fn check_consents() -> Result<(), TryRuntimeError> {
		let next = NextConsentId::<T>::get();
		let mut consents = 0usize;
		for (id, consent) in Consents::<T>::iter() {
			ensure!(id < next, "consent id not below NextConsentId");
			ensure!(
				ConsentsOf::<T>::get(&consent.patient).contains(&id),
				"consent not indexed by patient"
			);
			ensure!(
				GrantsHeldBy::<T>::contains_key(consent.organization, SortKey(id)),
				"consent not indexed by organization"
			);
			ensure!(consent.terms.valid_from.is_some(), "stored consent without its start");
			ensure!(
				consent.terms.max_accesses.is_none_or(|max| consent.accesses <= max),
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
		Ok(())
	}

	/// The access logs, the pending reviews, and every deposit they and the registrations hold.
	fn check_logs_and_deposits() -> Result<(), TryRuntimeError> {
		let mut entries = 0usize;
		for (patient, index, _) in AccessLog::<T>::iter() {
			let bounds = AccessLogBounds::<T>::get(&patient);
			ensure!(bounds.first <= index && index < bounds.next, "log entry outside its bounds");
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
			let listed = PendingReviews::<T>::contains_key(access.organization, SortKey(id));
			ensure!(listed == (access.review == Review::Pending), "pending review index wrong");
			if access.review == Review::Pending {
				pending = pending.saturating_add(1);
			}
		}
		ensure!(PendingReviews::<T>::iter_keys().count() == pending, "stray pending review");

		Self::recorded_holds()
			.ensure_held::<T::Currency>("held deposits differ from the stored deposits")?;
		Ok(())
	}

	/// The deposits the access log's entries (their accessors'), the pending emergency accesses
	/// (their clinicians') and the patients' registrations (whoever registered them) hold.
	pub fn recorded_holds() -> RecordedHolds<HoldReason, T::AccountId, BalanceOf<T>> {
		let mut holds = RecordedHolds::default();
		for entry in AccessLog::<T>::iter_values() {
			holds.add(HoldReason::AccessLog, &entry.accessor, entry.deposit);
		}
		for access in EmergencyAccesses::<T>::iter_values() {
			if access.review == Review::Pending {
				holds.add(HoldReason::EmergencyAccess, &access.clinician, access.deposit);
			}
		}
		for registration in Patients::<T>::iter_values() {
			holds.add(HoldReason::PatientRegistration, &registration.by, registration.deposit);
		}
		holds
	}
}
