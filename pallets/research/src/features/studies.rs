//! Studies: registration on [`StudyTerms`] (k at least the consortium's floor), the ethics
//! committee's decision (never by the study's researcher or a present or former member of its
//! institution), activation, protocol amendments (a new version that goes back to its ethics
//! committee and that everyone must consent to again) and closing. The researcher must still
//! be a Researcher of the institution for each step (security review M-5).

use sp_runtime::traits::Zero;

use crate::*;

impl<T: Config> Pallet<T> {
	/// Registers a study of `institution` on `terms` with `researcher` as its principal
	/// investigator, holding [`Config::StudyDeposit`] from them (recorded in the study until it
	/// ends). The study starts Proposed, at version 1, with an empty cohort. Counts it in
	/// [`StudiesOfInstitution`].
	///
	/// - `researcher`: the caller, a Researcher of `institution`.
	/// - `institution`: the active ResearchInstitution running the study.
	/// - `terms`: the protocol hash, DUO data use, purpose, categories, minimum cohort and end.
	///
	/// Emits [`Event::StudyRegistered`].
	///
	/// # Errors
	/// - [`Error::AccessDenied`] if `researcher` is not a Researcher of the active
	///   ResearchInstitution `institution`.
	/// - [`Error::InvalidDataUse`] if the DUO modifiers or the categories hold undefined bits, or
	///   no category is asked for.
	/// - [`Error::ZeroMinCohort`] if `terms.min_cohort` is 0.
	/// - [`Error::MinCohortBelowFloor`] if it is below the consortium's [`MinCohortFloor`].
	/// - [`Error::EndInPast`] if `terms.ends_at` is not in the future.
	/// - [`Error::IdsExhausted`] if no study id is left.
	/// - The currency's error if the deposit cannot be held.
	pub(crate) fn do_register_study(
		researcher: T::AccountId,
		institution: OrganizationId,
		terms: StudyTerms,
	) -> DispatchResult {
		Self::ensure_researcher(institution, &researcher)?;
		let StudyTerms { protocol_hash, data_use, purpose, categories, min_cohort, ends_at } =
			terms;
		ensure!(
			data_use.modifiers.is_valid() && categories.is_valid() && !categories.is_empty(),
			Error::<T>::InvalidDataUse
		);
		ensure!(min_cohort > 0, Error::<T>::ZeroMinCohort);
		ensure!(min_cohort >= MinCohortFloor::<T>::get(), Error::<T>::MinCohortBelowFloor);
		let now = T::Time::now();
		ensure!(ends_at > now, Error::<T>::EndInPast);
		let deposit = T::StudyDeposit::get();
		let id = Self::take_id_with_deposit::<NextStudyId<T>, _>(&researcher, deposit)?;
		Studies::<T>::insert(
			id,
			Study {
				institution,
				researcher,
				protocol_hash,
				version: 1,
				data_use,
				purpose,
				categories,
				min_cohort,
				registered_at: now,
				ends_at,
				status: StudyStatus::Proposed,
				ethics: None,
				cohort: 0,
				attested: 0,
				deposit,
			},
		);
		// At most one study per id, so the count cannot overflow.
		StudiesOfInstitution::<T>::mutate(institution, |studies| {
			*studies = studies.saturating_add(1)
		});
		Self::deposit_event(Event::StudyRegistered { study: id, institution });
		Ok(())
	}

	/// Records the decision of `reviewer`, for the ethics committee `committee`, on the proposed
	/// study `id` (a new study, or an amended protocol): Approved if `approve`, else Rejected,
	/// which ends the study and returns its deposit.
	///
	/// Emits [`Event::StudyDecided`].
	///
	/// # Errors
	/// - [`Error::UnknownStudy`] if no study has the id `id`.
	/// - [`Error::AccessDenied`] if `reviewer` is not a Reviewer of the active EthicsCommittee
	///   `committee`.
	/// - [`Error::InstitutionNotActive`] if the study's institution is suspended or no longer
	///   registered (whichever the decision).
	/// - [`Error::SelfApproval`] if `reviewer` is the study's researcher, or is or was a member
	///   of the study's own institution (whatever their membership now).
	/// - [`Error::StudyNotProposed`] if the study is not waiting for a decision.
	pub(crate) fn do_decide_study(
		reviewer: T::AccountId,
		id: StudyId,
		committee: OrganizationId,
		approve: bool,
	) -> DispatchResult {
		let mut study = Studies::<T>::get(id).ok_or(Error::<T>::UnknownStudy)?;
		T::Organizations::ensure_role(
			committee,
			&reviewer,
			OrganizationKind::EthicsCommittee,
			Role::Reviewer,
		)
		.map_err(Error::<T>::AccessDenied)?;
		Self::ensure_institution_active(&study)?;
		ensure!(
			reviewer != study.researcher
				&& !T::Organizations::is_or_was_member(study.institution, &reviewer),
			Error::<T>::SelfApproval
		);
		ensure!(study.status == StudyStatus::Proposed, Error::<T>::StudyNotProposed);

		let status = if approve { StudyStatus::Approved } else { StudyStatus::Rejected };
		if !approve {
			Self::release_study_deposit(&mut study);
		}
		study.status = status;
		study.ethics = Some((committee, reviewer));
		Studies::<T>::insert(id, study);
		Self::deposit_event(Event::StudyDecided { study: id, committee, status });
		Ok(())
	}

	/// Starts the approved study `id`, by its researcher `who`.
	///
	/// Emits [`Event::StudyStatusChanged`].
	///
	/// # Errors
	/// - The errors of [`Self::researchers_study`].
	/// - [`Error::StudyNotApproved`] if the study is not Approved.
	pub(crate) fn do_activate_study(who: &T::AccountId, id: StudyId) -> DispatchResult {
		let mut study = Self::researchers_study(who, id)?;
		ensure!(study.status == StudyStatus::Approved, Error::<T>::StudyNotApproved);

		study.status = StudyStatus::Active;
		Studies::<T>::insert(id, study);
		Self::deposit_event(Event::StudyStatusChanged { study: id, status: StudyStatus::Active });
		Ok(())
	}

	/// Amends the protocol of study `id` to `protocol_hash`, by its researcher `who`: the next
	/// version, back to Proposed for its ethics committee to decide again (then the researcher
	/// activates it again); its cohort starts at zero (participants of earlier versions stop
	/// counting until they consent again) and grants of earlier versions give no access. The
	/// pool is untouched.
	///
	/// Emits [`Event::ProtocolAmended`].
	///
	/// # Errors
	/// - The errors of [`Self::researchers_study`].
	/// - [`Error::StudyClosed`] if the study is closed.
	/// - [`Error::StudyRejected`] if the study was rejected.
	pub(crate) fn do_amend_protocol(
		who: &T::AccountId,
		id: StudyId,
		protocol_hash: H256,
	) -> DispatchResult {
		let mut study = Self::researchers_study(who, id)?;
		ensure!(study.status != StudyStatus::Closed, Error::<T>::StudyClosed);
		ensure!(study.status != StudyStatus::Rejected, Error::<T>::StudyRejected);

		study.version = study.version.saturating_add(1);
		study.protocol_hash = protocol_hash;
		study.cohort = 0;
		study.status = StudyStatus::Proposed;
		study.ethics = None;
		let version = study.version;
		Studies::<T>::insert(id, study);
		Self::deposit_event(Event::ProtocolAmended { study: id, version, protocol_hash });
		Ok(())
	}

	/// Closes the active study `id`, by its researcher `who` (or by anyone once its end
	/// passed), returns its deposit and fixes each attested participant's share of its pool
	/// ([`Pallet::share_pool`]).
	///
	/// Emits [`Event::StudyStatusChanged`].
	///
	/// # Errors
	/// - [`Error::UnknownStudy`] if no study has the id `id`.
	/// - Before the study's end, the errors of [`Self::researchers_study`].
	/// - [`Error::StudyNotActive`] if the study is not Active.
	/// - The currency's error if the pool's remainder cannot be released.
	pub(crate) fn do_close_study(who: &T::AccountId, id: StudyId) -> DispatchResult {
		let entry = Studies::<T>::get(id).ok_or(Error::<T>::UnknownStudy)?;
		let mut study =
			if T::Time::now() >= entry.ends_at { entry } else { Self::researchers_study(who, id)? };
		ensure!(study.status == StudyStatus::Active, Error::<T>::StudyNotActive);

		study.status = StudyStatus::Closed;
		Self::release_study_deposit(&mut study);
		let attested = study.attested;
		Studies::<T>::insert(id, study);
		Self::share_pool(id, attested)?;
		Self::deposit_event(Event::StudyStatusChanged { study: id, status: StudyStatus::Closed });
		Ok(())
	}

	/// Returns `study`'s deposit to its researcher (the study ended); the caller stores it.
	fn release_study_deposit(study: &mut StudyOf<T>) {
		Self::release_deposit(&study.researcher, study.deposit);
		study.deposit = Zero::zero();
	}

	/// The study `id`, if `who` is its researcher, its institution is active and `who` is still
	/// a Researcher of it.
	///
	/// # Errors
	/// - [`Error::UnknownStudy`] if no study has the id `id`.
	/// - [`Error::NotResearcher`] if `who` is not the study's researcher.
	/// - [`Error::InstitutionNotActive`] if the study's institution is suspended or no longer
	///   registered.
	/// - [`Error::AccessDenied`] if `who` is no longer a Researcher of the institution (removed,
	///   the role taken away, or the credential expired).
	fn researchers_study(who: &T::AccountId, id: StudyId) -> Result<StudyOf<T>, DispatchError> {
		let study = Studies::<T>::get(id).ok_or(Error::<T>::UnknownStudy)?;
		ensure!(&study.researcher == who, Error::<T>::NotResearcher);
		Self::ensure_institution_active(&study)?;
		Self::ensure_researcher(study.institution, who)?;
		Ok(study)
	}
}
