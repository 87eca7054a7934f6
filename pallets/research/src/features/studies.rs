//! Studies: registration on [`StudyTerms`], the ethics committee's decision (never by the study's
//! own institution), activation, protocol amendments (a new version that everyone must consent
//! to again) and closing.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Registers a study of `institution` on `terms` with `researcher` as its principal
	/// investigator, holding [`Config::StudyDeposit`] from them. The study starts Proposed, at
	/// version 1, with an empty cohort. Counts it in [`StudiesOfInstitution`].
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
		let now = T::Time::now();
		ensure!(ends_at > now, Error::<T>::EndInPast);
		let id =
			Self::take_id_with_deposit::<NextStudyId<T>, _>(&researcher, T::StudyDeposit::get())?;
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
	/// study `id`: Approved if `approve`, else Rejected.
	///
	/// Emits [`Event::StudyDecided`].
	///
	/// # Errors
	/// - [`Error::UnknownStudy`] if no study has the id `id`.
	/// - [`Error::AccessDenied`] if `reviewer` is not a Reviewer of the active EthicsCommittee
	///   `committee`.
	/// - [`Error::InstitutionNotActive`] if the study's institution is suspended or no longer
	///   registered (whichever the decision).
	/// - [`Error::SelfApproval`] if `reviewer` is a member of the study's own institution.
	/// - [`Error::StudyNotProposed`] if the study was already decided.
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
		// Before the self-approval check, which a suspended institution would pass: its members
		// are no members while it is suspended.
		Self::ensure_institution_active(&study)?;
		ensure!(
			T::Organizations::ensure_member(study.institution, &reviewer).is_err(),
			Error::<T>::SelfApproval
		);
		ensure!(study.status == StudyStatus::Proposed, Error::<T>::StudyNotProposed);

		let status = if approve { StudyStatus::Approved } else { StudyStatus::Rejected };
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
	/// - [`Error::UnknownStudy`] if no study has the id `id`.
	/// - [`Error::NotResearcher`] if `who` is not the study's researcher.
	/// - [`Error::InstitutionNotActive`] if the study's institution is suspended or no longer
	///   registered.
	/// - [`Error::StudyNotApproved`] if the study is not Approved.
	pub(crate) fn do_activate_study(who: &T::AccountId, id: StudyId) -> DispatchResult {
		Self::move_study(
			who,
			id,
			(StudyStatus::Approved, Error::<T>::StudyNotApproved),
			StudyStatus::Active,
		)?;
		Self::deposit_event(Event::StudyStatusChanged { study: id, status: StudyStatus::Active });
		Ok(())
	}

	/// Amends the protocol of study `id` to `protocol_hash`, by its researcher `who`: the next
	/// version, whose cohort starts at zero (participants of earlier versions stop counting until
	/// they consent again). The ethics approval is kept.
	///
	/// Emits [`Event::ProtocolAmended`].
	///
	/// # Errors
	/// - [`Error::UnknownStudy`] if no study has the id `id`.
	/// - [`Error::NotResearcher`] if `who` is not the study's researcher.
	/// - [`Error::InstitutionNotActive`] if the study's institution is suspended or no longer
	///   registered.
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
		let version = study.version;
		Studies::<T>::insert(id, study);
		Self::deposit_event(Event::ProtocolAmended { study: id, version, protocol_hash });
		Ok(())
	}

	/// Closes the active study `id`, by its researcher `who`, and fixes each current
	/// participant's share of its pool ([`Pallet::share_pool`]).
	///
	/// Emits [`Event::StudyStatusChanged`].
	///
	/// # Errors
	/// - [`Error::UnknownStudy`] if no study has the id `id`.
	/// - [`Error::NotResearcher`] if `who` is not the study's researcher.
	/// - [`Error::InstitutionNotActive`] if the study's institution is suspended or no longer
	///   registered.
	/// - [`Error::StudyNotActive`] if the study is not Active.
	/// - The currency's error if the pool's remainder cannot be released.
	pub(crate) fn do_close_study(who: &T::AccountId, id: StudyId) -> DispatchResult {
		let study = Self::move_study(
			who,
			id,
			(StudyStatus::Active, Error::<T>::StudyNotActive),
			StudyStatus::Closed,
		)?;
		Self::share_pool(id, study.cohort)?;
		Self::deposit_event(Event::StudyStatusChanged { study: id, status: StudyStatus::Closed });
		Ok(())
	}

	/// Moves the study `id`, by its researcher `who`, from the status `from` to `to` and stores
	/// it; returns it as stored. Emits nothing: the caller finishes the move and emits.
	///
	/// # Errors
	/// - [`Error::UnknownStudy`] if no study has the id `id`.
	/// - [`Error::NotResearcher`] if `who` is not the study's researcher.
	/// - [`Error::InstitutionNotActive`] if the study's institution is suspended or no longer
	///   registered.
	/// - `not_from`, the error given with `from`, if the study's status is not `from`.
	fn move_study(
		who: &T::AccountId,
		id: StudyId,
		(from, not_from): (StudyStatus, Error<T>),
		to: StudyStatus,
	) -> Result<Study<T::AccountId>, DispatchError> {
		let mut study = Self::researchers_study(who, id)?;
		ensure!(study.status == from, not_from);

		study.status = to;
		Studies::<T>::insert(id, &study);
		Ok(study)
	}

	/// The study `id`, if `who` is its researcher and its institution is active.
	///
	/// # Errors
	/// - [`Error::UnknownStudy`] if no study has the id `id`.
	/// - [`Error::NotResearcher`] if `who` is not the study's researcher.
	/// - [`Error::InstitutionNotActive`] if the study's institution is suspended or no longer
	///   registered.
	fn researchers_study(
		who: &T::AccountId,
		id: StudyId,
	) -> Result<Study<T::AccountId>, DispatchError> {
		let study = Studies::<T>::get(id).ok_or(Error::<T>::UnknownStudy)?;
		ensure!(&study.researcher == who, Error::<T>::NotResearcher);
		Self::ensure_institution_active(&study)?;
		Ok(study)
	}
}
