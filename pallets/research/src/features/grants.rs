//! Data grants: a Provider grants an active study a de-identified dataset once the study's
//! cohort reaches its minimum k; the provider may revoke it; researchers log each access, which
//! the grant counts. Grants expire without sweeps: logging compares with the current time.

use crate::*;
use healthchain_primitives::SortKey;

impl<T: Config> Pallet<T> {
	/// Grants `study` the dataset with commitment `dataset` (`record_count` records) of
	/// `provider` until `expires_at`, by the provider's member `who`, holding
	/// [`Config::GrantDeposit`] from them.
	///
	/// Emits [`Event::DataGranted`].
	///
	/// # Errors
	/// - [`Error::UnknownStudy`] if no study has the id `study`.
	/// - [`Error::AccessDenied`] if `who` is not an active member of the active `provider`, or
	///   `provider` is not a Provider (`WrongKind`).
	/// - [`Error::InstitutionNotActive`] if the study's institution is suspended or no longer
	///   registered.
	/// - [`Error::StudyNotActive`] if the study is not Active.
	/// - [`Error::CohortTooSmall`] if fewer patients consent to the current version than the
	///   study's minimum cohort.
	/// - [`Error::ExpiryInPast`] if `expires_at` is not in the future.
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
		let kind =
			T::Organizations::ensure_member(provider, &who).map_err(Error::<T>::AccessDenied)?;
		ensure!(
			kind == OrganizationKind::Provider,
			Error::<T>::AccessDenied(AccessDenied::WrongKind)
		);
		Self::ensure_institution_active(&entry)?;
		ensure!(entry.status == StudyStatus::Active, Error::<T>::StudyNotActive);
		ensure!(entry.cohort >= entry.min_cohort, Error::<T>::CohortTooSmall);
		ensure!(expires_at > T::Time::now(), Error::<T>::ExpiryInPast);
		let id = Self::take_id_with_deposit::<NextGrantId<T>, _>(&who, T::GrantDeposit::get())?;
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
			},
		);
		GrantsOfStudy::<T>::insert(study, SortKey(id), ());
		Self::deposit_event(Event::DataGranted { grant: id, study, provider });
		Ok(())
	}

	/// Revokes `grant`, by `who`, a member of its provider: no further accesses. Whatever the
	/// status of the study's institution.
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

		entry.revoked = true;
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
	/// - [`Error::GrantExpired`] if the grant has expired.
	pub(crate) fn do_log_access(researcher: T::AccountId, grant: GrantId) -> DispatchResult {
		let mut entry = Grants::<T>::get(grant).ok_or(Error::<T>::UnknownGrant)?;
		let study = Studies::<T>::get(entry.study).ok_or(Error::<T>::UnknownStudy)?;
		Self::ensure_institution_active(&study)?;
		Self::ensure_researcher(study.institution, &researcher)?;
		T::Organizations::ensure_active(entry.provider, OrganizationKind::Provider)
			.map_err(Error::<T>::ProviderNotActive)?;
		ensure!(study.status == StudyStatus::Active, Error::<T>::StudyNotActive);
		ensure!(!entry.revoked, Error::<T>::GrantRevoked);
		ensure!(T::Time::now() < entry.expires_at, Error::<T>::GrantExpired);

		let index = entry.accesses;
		entry.accesses = entry.accesses.saturating_add(1);
		Grants::<T>::insert(grant, entry);
		Self::deposit_event(Event::DataAccessed { grant, researcher, index });
		Ok(())
	}
}
