//! Participation: patients' broad research profiles (DUO terms), opt-ins, joining on a broad
//! consent that matches the study by the DUOS rules, providers' attestations, and withdrawal.
//! Only attested participants count (security review H-2): a study's cohort counts the
//! participants consented to its current version whom a data-holding provider attested, and
//! each provider's cohort ([`ProviderCohorts`]) those it attested. Withdrawal sticks, and a
//! revoked research consent ends what rested on it (M-2).

use alloc::vec::Vec;

use frame_support::weights::Weight;
use healthchain_primitives::{ConsentRevoked, PurposeSet};

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

		let active = profile.is_some();
		match profile {
			Some(data_use) => ResearchProfiles::<T>::insert(&patient, data_use),
			None => ResearchProfiles::<T>::remove(&patient),
		}
		Self::deposit_event(Event::ResearchProfileSet { patient, active });
		Ok(())
	}

	/// `patient` opts in to study `id` (again after withdrawing: their own act lifts the
	/// withdrawal).
	///
	/// # Errors
	/// See [`Self::join`].
	pub(crate) fn do_opt_in(study: StudyId, patient: T::AccountId) -> DispatchResult {
		Self::join(study, patient.clone(), Basis::OptIn)?;
		Withdrawn::<T>::remove(study, &patient);
		Ok(())
	}

	/// Counts `patient` in study `id` on their broad consent ([`Self::check_broad_consent`]),
	/// unless they withdrew from it.
	///
	/// # Errors
	/// - [`Error::Withdrawn`]: the patient withdrew from the study; only they can join again.
	/// - [`Error::UnknownStudy`], [`Error::NoResearchProfile`], [`Error::DuoMismatch`],
	///   [`Error::NoResearchConsent`]: the broad consent does not cover the study.
	/// - The errors of [`Self::join`].
	pub(crate) fn do_join_by_broad_consent(
		study: StudyId,
		patient: T::AccountId,
	) -> DispatchResult {
		ensure!(!Withdrawn::<T>::contains_key(study, &patient), Error::<T>::Withdrawn);
		Self::check_broad_consent(study, &patient).map_err(|mismatch| match mismatch {
			BroadConsentMismatch::UnknownStudy => Error::<T>::UnknownStudy,
			BroadConsentMismatch::NoResearchProfile => Error::<T>::NoResearchProfile,
			BroadConsentMismatch::Duo(why) => Error::<T>::DuoMismatch(why),
			BroadConsentMismatch::NoResearchConsent => Error::<T>::NoResearchConsent,
		})?;
		Self::join(study, patient, Basis::BroadConsent)
	}

	/// `patient` withdraws from study `id`: they stop counting at once, and only they can join
	/// again ([`Withdrawn`]). A share of a closed study's pool they did not claim stays with
	/// the pool (the funder takes it back after the claim window).
	///
	/// Emits [`Event::Withdrew`].
	///
	/// # Errors
	/// - [`Error::UnknownStudy`]: no study `id`.
	/// - [`Error::NotParticipating`]: `patient` does not participate.
	pub(crate) fn do_withdraw(study: StudyId, patient: T::AccountId) -> DispatchResult {
		let cohort = Self::end_participation(study, &patient)?;
		Withdrawn::<T>::insert(study, &patient, ());
		Self::deposit_event(Event::Withdrew { study, patient, cohort });
		Ok(())
	}

	/// Counts `patient` in study `id`'s current version on `basis`: a new participant, or one
	/// consented to an earlier version (re-consent). They count towards k (and the study's
	/// cohort) once a provider attested them.
	///
	/// Emits [`Event::Joined`].
	///
	/// # Errors
	/// - [`Error::UnknownStudy`]: no study `id`.
	/// - [`Error::InstitutionNotActive`]: the study's institution is suspended or gone.
	/// - [`Error::StudyNotRecruiting`]: not approved or active.
	/// - [`Error::StudyEnded`]: its end passed.
	/// - [`Error::AlreadyParticipating`]: consented to the current version already.
	/// - [`Error::TooManyStudies`]: the patient is in [`Config::MaxStudiesPerPatient`] studies.
	pub(crate) fn join(study: StudyId, patient: T::AccountId, basis: Basis) -> DispatchResult {
		let mut entry = Self::recruiting_study(study)?;
		let participation = match Participants::<T>::get(study, &patient) {
			Some(existing) => {
				ensure!(existing.version != entry.version, Error::<T>::AlreadyParticipating);
				Participation { version: entry.version, basis, ..existing }
			},
			None => {
				StudiesOf::<T>::try_mutate(&patient, |studies| studies.try_push(study))
					.map_err(|_| Error::<T>::TooManyStudies)?;
				Participation {
					version: entry.version,
					basis,
					compensated: false,
					attested_by: BoundedVec::new(),
				}
			},
		};

		Self::count(study, &mut entry, &participation, true);
		let (version, cohort) = (entry.version, entry.cohort);
		Participants::<T>::insert(study, &patient, participation);
		Studies::<T>::insert(study, entry);
		Self::deposit_event(Event::Joined { study, patient, version, basis, cohort });
		Ok(())
	}

	/// `who`, a Clinician or PrivacyOfficer of the active Provider `provider`, attests that
	/// `patient`, a participant of study `id`'s current version, is the provider's patient:
	/// registered by it, or consenting to it using every requested category for research.
	///
	/// Emits [`Event::Attested`].
	///
	/// # Errors
	/// - [`Error::UnknownStudy`], [`Error::InstitutionNotActive`],
	///   [`Error::StudyNotRecruiting`], [`Error::StudyEnded`]: see [`Self::recruiting_study`].
	/// - [`Error::AccessDenied`]: `who` is neither a Clinician nor a PrivacyOfficer of the
	///   active Provider (the code is the PrivacyOfficer check's).
	/// - [`Error::NotParticipating`]: not consented to the current version.
	/// - [`Error::NotProvidersPatient`]: neither registered by the provider nor consenting to
	///   it for research.
	/// - [`Error::AlreadyAttested`], [`Error::TooManyAttestations`].
	pub(crate) fn do_attest(
		who: &T::AccountId,
		study: StudyId,
		provider: OrganizationId,
		patient: T::AccountId,
	) -> DispatchResult {
		let mut entry = Self::recruiting_study(study)?;
		let role =
			|role| T::Organizations::ensure_role(provider, who, OrganizationKind::Provider, role);
		if role(Role::Clinician).is_err() {
			role(Role::PrivacyOfficer).map_err(Error::<T>::AccessDenied)?;
		}
		let mut participation =
			Participants::<T>::get(study, &patient).ok_or(Error::<T>::NotParticipating)?;
		ensure!(participation.version == entry.version, Error::<T>::NotParticipating);
		ensure!(
			Self::is_providers_patient(&patient, provider, entry.categories),
			Error::<T>::NotProvidersPatient
		);
		ensure!(!participation.attested_by.contains(&provider), Error::<T>::AlreadyAttested);

		let first = !participation.is_attested();
		participation
			.attested_by
			.try_push(provider)
			.map_err(|_| Error::<T>::TooManyAttestations)?;
		if first {
			entry.attested = entry.attested.saturating_add(1);
			entry.cohort = entry.cohort.saturating_add(1);
		}
		Self::bump_provider(study, provider, entry.version, true);
		let cohort = Self::provider_cohort(study, provider, entry.version);
		Participants::<T>::insert(study, &patient, participation);
		Studies::<T>::insert(study, entry);
		Self::deposit_event(Event::Attested { study, provider, patient, cohort });
		Ok(())
	}

	/// Ends what no longer rests on a valid consent: `patient`'s broad-consent participation in
	/// study `id` when their broad consent no longer covers it, else each attestation of a
	/// provider that neither registered the patient nor has their research consent any more.
	/// A closed study is left alone (its shares are fixed).
	///
	/// Emits [`Event::ParticipationEnded`] or [`Event::AttestationEnded`]s.
	///
	/// # Errors
	/// - [`Error::UnknownStudy`]: no study `id`.
	/// - [`Error::StudyClosed`]: the study is closed.
	/// - [`Error::NotParticipating`]: `patient` does not participate.
	/// - [`Error::ParticipationStillValid`]: nothing lapsed.
	pub(crate) fn do_recheck(study: StudyId, patient: T::AccountId) -> DispatchResult {
		let entry = Studies::<T>::get(study).ok_or(Error::<T>::UnknownStudy)?;
		ensure!(entry.status != StudyStatus::Closed, Error::<T>::StudyClosed);
		let mut participation =
			Participants::<T>::get(study, &patient).ok_or(Error::<T>::NotParticipating)?;
		if participation.basis == Basis::BroadConsent
			&& Self::check_broad_consent(study, &patient).is_err()
		{
			let cohort = Self::end_participation(study, &patient)?;
			Self::deposit_event(Event::ParticipationEnded { study, patient, cohort });
			return Ok(());
		}
		let lapsed: Vec<OrganizationId> = participation
			.attested_by
			.iter()
			.copied()
			.filter(|p| !Self::is_providers_patient(&patient, *p, entry.categories))
			.collect();
		ensure!(!lapsed.is_empty(), Error::<T>::ParticipationStillValid);
		let mut entry = entry;
		for provider in lapsed {
			Self::end_attestation(study, &patient, &mut entry, &mut participation, provider);
		}
		Participants::<T>::insert(study, &patient, participation);
		Studies::<T>::insert(study, entry);
		Ok(())
	}

	/// The study `id`, if it recruits: its institution active, approved or active, its end not
	/// passed.
	///
	/// # Errors
	/// [`Error::UnknownStudy`], [`Error::InstitutionNotActive`], [`Error::StudyNotRecruiting`],
	/// [`Error::StudyEnded`].
	fn recruiting_study(id: StudyId) -> Result<StudyOf<T>, DispatchError> {
		let entry = Studies::<T>::get(id).ok_or(Error::<T>::UnknownStudy)?;
		Self::ensure_institution_active(&entry)?;
		ensure!(
			matches!(entry.status, StudyStatus::Approved | StudyStatus::Active),
			Error::<T>::StudyNotRecruiting
		);
		ensure!(T::Time::now() < entry.ends_at, Error::<T>::StudyEnded);
		Ok(entry)
	}

	/// Whether `patient` is `provider`'s patient for a study of `categories`: registered by it,
	/// or consenting to it reading every category for research.
	fn is_providers_patient(
		patient: &T::AccountId,
		provider: OrganizationId,
		categories: CategorySet,
	) -> bool {
		T::Consent::registered_by(patient) == Some(provider)
			|| categories.items().all(|category| {
				matches!(
					T::Consent::evaluate(
						patient,
						provider,
						Purpose::Research,
						category,
						Action::Read
					),
					Decision::Permit(_)
				)
			})
	}

	/// Removes `patient`'s participation in study `id` (withdrawal, or a consent that ended):
	/// uncounts it and drops it from [`StudiesOf`]. Returns the study's cohort after.
	///
	/// # Errors
	/// [`Error::UnknownStudy`], [`Error::NotParticipating`].
	fn end_participation(study: StudyId, patient: &T::AccountId) -> Result<u32, DispatchError> {
		let mut entry = Studies::<T>::get(study).ok_or(Error::<T>::UnknownStudy)?;
		let participation =
			Participants::<T>::get(study, patient).ok_or(Error::<T>::NotParticipating)?;
		Self::count(study, &mut entry, &participation, false);
		if participation.is_attested() {
			entry.attested = entry.attested.saturating_sub(1);
		}
		let cohort = entry.cohort;
		Participants::<T>::remove(study, patient);
		StudiesOf::<T>::mutate_exists(patient, |studies| {
			if let Some(list) = studies {
				list.retain(|s| *s != study);
				if list.is_empty() {
					*studies = None;
				}
			}
		});
		Studies::<T>::insert(study, entry);
		Ok(cohort)
	}

	/// Ends `provider`'s attestation of `patient` in study `study` (`entry`, with the patient's
	/// `participation`), with the counts; the caller stores `entry` and `participation` (once,
	/// after ending several). Emits [`Event::AttestationEnded`].
	fn end_attestation(
		study: StudyId,
		patient: &T::AccountId,
		entry: &mut StudyOf<T>,
		participation: &mut Participation,
		provider: OrganizationId,
	) {
		let current = participation.version == entry.version;
		participation.attested_by.retain(|p| *p != provider);
		if current {
			Self::bump_provider(study, provider, entry.version, false);
		}
		if !participation.is_attested() {
			entry.attested = entry.attested.saturating_sub(1);
			if current {
				entry.cohort = entry.cohort.saturating_sub(1);
			}
		}
		Self::deposit_event(Event::AttestationEnded { study, provider, patient: patient.clone() });
	}

	/// Adds (`add`) or removes a participant to or from the counts of study `study` (`entry`):
	/// when consented to its current version and attested, the study's cohort and each
	/// attesting provider's.
	fn count(study: StudyId, entry: &mut StudyOf<T>, participation: &Participation, add: bool) {
		if participation.version != entry.version || !participation.is_attested() {
			return;
		}
		entry.cohort =
			if add { entry.cohort.saturating_add(1) } else { entry.cohort.saturating_sub(1) };
		for provider in participation.attested_by.iter() {
			Self::bump_provider(study, *provider, entry.version, add);
		}
	}

	/// Adds one to (`add`) or removes one from `provider`'s cohort of `study` at `version`
	/// (a count of an older version counts as zero).
	fn bump_provider(study: StudyId, provider: OrganizationId, version: u32, add: bool) {
		ProviderCohorts::<T>::mutate(study, provider, |entry| {
			let count = match *entry {
				Some((v, n)) if v == version => n,
				_ => 0,
			};
			let count = if add { count.saturating_add(1) } else { count.saturating_sub(1) };
			*entry = Some((version, count));
		});
	}

	/// `provider`'s attested cohort of `study` at `version`: the participants consented to
	/// that version whom it attested.
	pub fn provider_cohort(study: StudyId, provider: OrganizationId, version: u32) -> u32 {
		match ProviderCohorts::<T>::get(study, provider) {
			Some((v, n)) if v == version => n,
			_ => 0,
		}
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

/// A revoked research consent ends what rested on it at once (security review M-2): the
/// patient's broad-consent participations in the studies of the institution it was given to,
/// and the attestations of the provider it was given to (unless that provider registered the
/// patient). Closed studies are left alone (their shares are fixed). At most
/// [`Config::MaxStudiesPerPatient`] studies are walked.
impl<T: Config> ConsentRevoked<T::AccountId> for Pallet<T> {
	fn consent_revoked(
		patient: &T::AccountId,
		organization: OrganizationId,
		purposes: PurposeSet,
	) -> Weight {
		if !purposes.names(Purpose::Research) {
			return Weight::zero();
		}
		let studies = StudiesOf::<T>::get(patient);
		// The benchmark's line through the studies walked (at least one: the index was read).
		let used = T::WeightInfo::consent_revoked((studies.len() as u32).max(1));
		for study in studies {
			let (Some(mut entry), Some(mut participation)) =
				(Studies::<T>::get(study), Participants::<T>::get(study, patient))
			else {
				continue;
			};
			if entry.status == StudyStatus::Closed {
				continue;
			}
			if participation.basis == Basis::BroadConsent && entry.institution == organization {
				if let Ok(cohort) = Self::end_participation(study, patient) {
					Self::deposit_event(Event::ParticipationEnded {
						study,
						patient: patient.clone(),
						cohort,
					});
				}
			} else if participation.attested_by.contains(&organization)
				&& T::Consent::registered_by(patient) != Some(organization)
			{
				Self::end_attestation(study, patient, &mut entry, &mut participation, organization);
				Participants::<T>::insert(study, patient, participation);
				Studies::<T>::insert(study, entry);
			}
		}
		used
	}

	fn weight() -> Weight {
		T::WeightInfo::consent_revoked(T::MaxStudiesPerPatient::get())
	}
}
