//! Data grants: a Provider grants an active study a de-identified dataset for its current
//! protocol version once the provider's attested cohort reaches k (the study's minimum, at
//! least the consortium's floor) and covers the dataset's records; the provider may revoke it;
//! researchers log each access, which checks the grant again (version, k, the study's end) and
//! which the grant counts. Grants expire without sweeps: logging compares with the current
//! time.

use crate::*;
use healthchain_primitives::SortKey;
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// Grants `study` the dataset with commitment `dataset` (`record_count` records) of
	/// `provider` for its current protocol version until `expires_at`, by the provider's
	/// PrivacyOfficer `who`, holding [`Config::GrantDeposit`] from them.
	///
	/// Emits [`Event::DataGranted`].
	///
	/// # Errors
	/// - [`Error::UnknownStudy`] if no study has the id `study`.
	/// - [`Error::AccessDenied`] if `who` is not a PrivacyOfficer of the active Provider
	///   `provider`.
	/// - [`Error::InstitutionNotActive`] if the study's institution is suspended or no longer
	///   registered.
	/// - [`Error::StudyNotActive`] if the study is not Active.
	/// - [`Error::StudyEnded`] if the study's end passed.
	/// - [`Error::CohortTooSmall`] if the provider attested fewer participants consented to the
	///   current version than k ([`Self::ensure_k`]).
	/// - [`Error::RecordCountAboveCohort`] if `record_count` exceeds that cohort.
	/// - [`Error::ExpiryInPast`] if `expires_at` is not in the future.
	/// - [`Error::GrantBeyondStudyEnd`] if `expires_at` is after the study's end.
	/// - [`Error::IdsExhausted`] if no grant id is left.
	/// - The currency's error if the deposit cannot be held.
	pub(crate) fn do_grant_data(
		who: T::AccountId,
		study: StudyId,
		provider: OrganizationId,
		dataset: H256,
		record_count: u32,
		expires_at: Moment,
	) -> DispatchResult {
		let entry = Studies::<T>::get(study).ok_or(Error::<T>::UnknownStudy)?;
		T::Organizations::ensure_role(
			provider,
			&who,
			OrganizationKind::Provider,
			Role::PrivacyOfficer,
		)
		.map_err(Error::<T>::AccessDenied)?;
		Self::ensure_institution_active(&entry)?;
		ensure!(entry.status == StudyStatus::Active, Error::<T>::StudyNotActive);
		let now = T::Time::now();
		ensure!(now < entry.ends_at, Error::<T>::StudyEnded);
		let cohort = Self::ensure_k(study, &entry, provider)?;
		ensure!(record_count <= cohort, Error::<T>::RecordCountAboveCohort);
		ensure!(expires_at > now, Error::<T>::ExpiryInPast);
		ensure!(expires_at <= entry.ends_at, Error::<T>::GrantBeyondStudyEnd);
		let deposit = T::GrantDeposit::get();
		let id = Self::take_id_with_deposit::<NextGrantId<T>, _>(&who, deposit)?;
		Grants::<T>::insert(
			id,
			DataGrant {
				study,
				provider,
				granted_by: who,
				dataset,
				record_count,
				expires_at,
				revoked: false,
				accesses: 0,
				version: entry.version,
				deposit,
			},
		);
		GrantsOfStudy::<T>::insert(study, SortKey(id), ());
		Self::deposit_event(Event::DataGranted { grant: id, study, provider });
		Ok(())
	}

	/// `provider`'s attested cohort of the current version of `study` (`entry`), once checked
	/// to reach k: the study's minimum cohort, at least the consortium's [`MinCohortFloor`].
	///
	/// # Errors
	/// [`Error::CohortTooSmall`].
	fn ensure_k(
		study: StudyId,
		entry: &StudyOf<T>,
		provider: OrganizationId,
	) -> Result<u32, DispatchError> {
		let k = entry.min_cohort.max(MinCohortFloor::<T>::get());
		let cohort = Self::provider_cohort(study, provider, entry.version);
		ensure!(cohort >= k, Error::<T>::CohortTooSmall);
		Ok(cohort)
	}

	/// Revokes `grant`, by `who`, a member of its provider: no further accesses, and the
	/// deposit goes back to the member who granted it. Whatever the status of the study's
	/// institution, and also once the grant expired.
	///
	/// Emits [`Event::GrantRevoked`].
	///
	/// # Errors
	/// - [`Error::UnknownGrant`] if no grant has the id `grant`.
	/// - [`Error::AccessDenied`] if `who` is not an active member of the grant's active provider.
	/// - [`Error::GrantRevoked`] if the grant was already revoked.
	pub(crate) fn do_revoke_grant(who: &T::AccountId, grant: GrantId) -> DispatchResult {
		let mut entry = Grants::<T>::get(grant).ok_or(Error::<T>::UnknownGrant)?;
		T::Organizations::ensure_member(entry.provider, who).map_err(Error::<T>::AccessDenied)?;
		ensure!(!entry.revoked, Error::<T>::GrantRevoked);

		Self::release_deposit(&entry.granted_by, entry.deposit);
		entry.revoked = true;
		entry.deposit = Zero::zero();
		Grants::<T>::insert(grant, entry);
		Self::deposit_event(Event::GrantRevoked { grant });
		Ok(())
	}

	/// Logs an access of `researcher` to the dataset of `grant`: the event is the log entry and
	/// the grant counts it.
	///
	/// Emits [`Event::DataAccessed`] with the access's index (from 0).
	///
	/// # Errors
	/// - [`Error::UnknownGrant`] if no grant has the id `grant`.
	/// - [`Error::UnknownStudy`] if the grant's study is gone.
	/// - [`Error::InstitutionNotActive`] if the study's institution is suspended or no longer
	///   registered.
	/// - [`Error::AccessDenied`] if `researcher` is not a Researcher of the study's
	///   institution.
	/// - [`Error::ProviderNotActive`] if the grant's provider is suspended or no longer
	///   registered: its grants give no access until it is reinstated.
	/// - [`Error::StudyNotActive`] if the study is not Active.
	/// - [`Error::GrantRevoked`] if the grant was revoked.
	/// - [`Error::StudyEnded`] if the study's end passed.
	/// - [`Error::GrantExpired`] if the grant has expired.
	/// - [`Error::GrantOfOldProtocol`] if the protocol was amended since the grant.
	/// - [`Error::CohortTooSmall`] if the provider's attested cohort fell below k.
	pub(crate) fn do_log_access(researcher: T::AccountId, grant: GrantId) -> DispatchResult {
		let mut entry = Grants::<T>::get(grant).ok_or(Error::<T>::UnknownGrant)?;
		let study = Studies::<T>::get(entry.study).ok_or(Error::<T>::UnknownStudy)?;
		Self::ensure_institution_active(&study)?;
		Self::ensure_researcher(study.institution, &researcher)?;
		T::Organizations::ensure_active(entry.provider, OrganizationKind::Provider)
			.map_err(Error::<T>::ProviderNotActive)?;
		ensure!(study.status == StudyStatus::Active, Error::<T>::StudyNotActive);
		ensure!(!entry.revoked, Error::<T>::GrantRevoked);
		let now = T::Time::now();
		ensure!(now < study.ends_at, Error::<T>::StudyEnded);
		ensure!(now < entry.expires_at, Error::<T>::GrantExpired);
		ensure!(entry.version == study.version, Error::<T>::GrantOfOldProtocol);
		Self::ensure_k(entry.study, &study, entry.provider)?;

		let index = entry.accesses;
		entry.accesses = entry.accesses.saturating_add(1);
		Grants::<T>::insert(grant, entry);
		Self::deposit_event(Event::DataAccessed { grant, researcher, index });
		Ok(())
	}
}
