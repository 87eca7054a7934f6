//! Participation: patients' broad research profiles (DUO terms), opt-ins, joining on a broad
//! consent that matches the study by the DUOS rules, and withdrawal. A study's cohort is a
//! counter of the participants consented to its current version.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Sets (`Some`) or clears (`None`) `patient`'s broad research consent profile.
	///
	/// Emits [`Event::ResearchProfileSet`].
	///
	/// # Errors
	/// - [`Error::InvalidDataUse`] if the profile's DUO modifiers hold undefined bits.
	pub(crate) fn do_set_research_profile(
		patient: T::AccountId,
		profile: Option<DataUse>,
	) -> DispatchResult {
		if let Some(data_use) = profile {
			ensure!(data_use.modifiers.is_valid(), Error::<T>::InvalidDataUse);
		}

		match profile {
			Some(data_use) => ResearchProfiles::<T>::insert(&patient, data_use),
			None => ResearchProfiles::<T>::remove(&patient),
		}
		Self::deposit_event(Event::ResearchProfileSet { patient, profile });
		Ok(())
	}

	/// Counts `patient`, who opted in, in the current version of `study` ([`Pallet::join`]).
	///
	/// # Errors
	/// As [`Pallet::join`].
	pub(crate) fn do_opt_in(study: StudyId, patient: T::AccountId) -> DispatchResult {
		Self::join(study, patient, Basis::OptIn)
	}

	/// Counts `patient` in the current version of `study` on their broad research consent, if it
	/// covers the study ([`Pallet::check_broad_consent`]).
	///
	/// # Errors
	/// - [`Error::UnknownStudy`] if no study has the id `study`.
	/// - [`Error::NoResearchProfile`] if `patient` has no broad research profile.
	/// - [`Error::DuoMismatch`] if the profile does not match the study's data use.
	/// - [`Error::NoResearchConsent`] if `patient`'s consents do not let the institution read
	///   every requested category for research.
	/// - As [`Pallet::join`].
	pub(crate) fn do_join_by_broad_consent(
		study: StudyId,
		patient: T::AccountId,
	) -> DispatchResult {
		Self::check_broad_consent(study, &patient).map_err(|mismatch| match mismatch {
			BroadConsentMismatch::UnknownStudy => Error::<T>::UnknownStudy,
			BroadConsentMismatch::NoResearchProfile => Error::<T>::NoResearchProfile,
			BroadConsentMismatch::Duo(why) => Error::<T>::DuoMismatch(why),
			BroadConsentMismatch::NoResearchConsent => Error::<T>::NoResearchConsent,
		})?;
		Self::join(study, patient, Basis::BroadConsent)
	}

	/// Takes `patient` out of `study`. If they consented to the current version the cohort
	/// drops by one at once, so new grants need the minimum cohort again. Also from the study of
	/// a suspended institution: leaving never depends on the institution.
	///
	/// Emits [`Event::Withdrew`].
	///
	/// # Errors
	/// - [`Error::UnknownStudy`] if no study has the id `study`.
	/// - [`Error::NotParticipating`] if `patient` does not participate (in any version).
	pub(crate) fn do_withdraw(study: StudyId, patient: T::AccountId) -> DispatchResult {
		let mut entry = Studies::<T>::get(study).ok_or(Error::<T>::UnknownStudy)?;
		let participation =
			Participants::<T>::get(study, &patient).ok_or(Error::<T>::NotParticipating)?;

		if participation.version == entry.version {
			entry.cohort = entry.cohort.saturating_sub(1);
		}
		let cohort = entry.cohort;
		Participants::<T>::remove(study, &patient);
		Studies::<T>::insert(study, entry);
		Self::deposit_event(Event::Withdrew { study, patient, cohort });
		Ok(())
	}

	/// Counts `patient` in the current version of `study`, joined on `basis`: a participation at
	/// that version and one more in the cohort. A participation in an earlier version is
	/// replaced (re-consent after an amendment).
	///
	/// Emits [`Event::Joined`].
	///
	/// # Errors
	/// - [`Error::UnknownStudy`] if no study has the id `study`.
	/// - [`Error::InstitutionNotActive`] if the study's institution is suspended or no longer
	///   registered.
	/// - [`Error::StudyNotRecruiting`] if the study is neither Approved nor Active.
	/// - [`Error::AlreadyParticipating`] if `patient` already consented to the current version.
	pub(crate) fn join(study: StudyId, patient: T::AccountId, basis: Basis) -> DispatchResult {
		let mut entry = Studies::<T>::get(study).ok_or(Error::<T>::UnknownStudy)?;
		Self::ensure_institution_active(&entry)?;
		ensure!(
			matches!(entry.status, StudyStatus::Approved | StudyStatus::Active),
			Error::<T>::StudyNotRecruiting
		);
		if let Some(existing) = Participants::<T>::get(study, &patient) {
			ensure!(existing.version != entry.version, Error::<T>::AlreadyParticipating);
		}

		entry.cohort = entry.cohort.saturating_add(1);
		let (version, cohort) = (entry.version, entry.cohort);
		Participants::<T>::insert(
			study,
			&patient,
			Participation { version, basis, compensated: false },
		);
		Studies::<T>::insert(study, entry);
		Self::deposit_event(Event::Joined { study, patient, version, basis, cohort });
		Ok(())
	}

	/// Whether `patient`'s broad research consent covers `study`: their DUO profile matches the
	/// study's data use by the DUOS rules ([`duo_match`]; IRB counts an Approved or Active study
	/// as approved) and their consents let the study's institution read every requested category
	/// for research. Reads only; the query [`Pallet::broad_consent_matches`] serves it to clients.
	///
	/// # Errors
	/// The [`BroadConsentMismatch`] saying why not.
	pub fn check_broad_consent(
		study: StudyId,
		patient: &T::AccountId,
	) -> Result<(), BroadConsentMismatch> {
		let entry = Studies::<T>::get(study).ok_or(BroadConsentMismatch::UnknownStudy)?;
		let profile =
			ResearchProfiles::<T>::get(patient).ok_or(BroadConsentMismatch::NoResearchProfile)?;
		let approved = matches!(entry.status, StudyStatus::Approved | StudyStatus::Active);
		duo_match(
			&profile,
			&entry.data_use,
			&entry.purpose,
			approved,
			entry.ends_at.saturating_sub(entry.registered_at),
		)
		.map_err(BroadConsentMismatch::Duo)?;
		let every_category_permitted = entry.categories.items().all(|category| {
			matches!(
				T::Consent::evaluate(
					patient,
					entry.institution,
					Purpose::Research,
					category,
					Action::Read,
				),
				Decision::Permit(_)
			)
		});
		ensure!(every_category_permitted, BroadConsentMismatch::NoResearchConsent);
		Ok(())
	}
}
