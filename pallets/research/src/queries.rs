//! The read-only queries clients use, each written once here and returning what a client shows:
//! the runtime API forwards them and the JSON-RPC serializes their results (serde).
//!
//! Lists are [`Page`]s in id order with exact cursors: pass a page's `next_cursor` as the next
//! call's `start_after` until it is `None`.

use crate::*;
use healthchain_primitives::{index_page, scan_page, Page, WithId};

impl<T: Config> Pallet<T> {
	/// A page of the studies that pass `filter`, in id order after `start_after`: at most
	/// `limit` of them (clamped to 1..=[`healthchain_primitives::MAX_PAGE`]).
	///
	/// One call looks at no more than [`Config::MaxStudyScan`] ids (10,000 in the runtime). When
	/// that budget runs out before `limit` matches while ids remain, the page holds fewer than
	/// `limit` items, possibly none, and its `next_cursor` is the last id looked at: a short or
	/// empty page does not mean the end. `next_cursor` is `None` only when no id is left after
	/// the page, so paging on until it is `None` returns every match once, in id order.
	pub fn studies(
		filter: StudyFilter,
		start_after: Option<StudyId>,
		limit: u32,
	) -> Page<WithId<StudyId, StudyOf<T>>, StudyId> {
		scan_page(start_after, NextStudyId::<T>::get(), limit, T::MaxStudyScan::get(), |id| {
			Studies::<T>::get(id).filter(|study| filter.admits(study)).map(|s| WithId::new(id, s))
		})
	}

	/// The study `id`, with its id.
	pub fn study(id: StudyId) -> Option<WithId<StudyId, StudyOf<T>>> {
		Studies::<T>::get(id).map(|study| WithId::new(id, study))
	}

	/// How many patients consent to the current protocol version of study `id` and were
	/// attested by a data-holding provider, with that version.
	pub fn cohort(id: StudyId) -> Option<Cohort> {
		Studies::<T>::get(id).map(|s| Cohort { study: id, version: s.version, cohort: s.cohort })
	}

	/// `provider`'s attested cohort of study `id`'s current protocol version, with that version:
	/// what k is checked against when it grants data; `None` if the study does not exist.
	pub fn cohort_of_provider(id: StudyId, provider: OrganizationId) -> Option<ProviderCohort> {
		Studies::<T>::get(id).map(|s| ProviderCohort {
			study: id,
			provider,
			version: s.version,
			cohort: Self::provider_cohort(id, provider, s.version),
		})
	}

	/// A page of the data grants of `study`, in grant id order after `start_after`: at most
	/// `limit` of them (clamped to 1..=[`healthchain_primitives::MAX_PAGE`]).
	pub fn grants_of_study(
		study: StudyId,
		start_after: Option<GrantId>,
		limit: u32,
	) -> Page<WithId<GrantId, DataGrantOf<T>>, GrantId> {
		index_page::<GrantsOfStudy<T>, _, _, _>(&study, start_after, limit, Grants::<T>::get)
	}

	/// Whether `patient`'s broad research consent covers study `id`, and if not why: their DUO
	/// profile must match the study's data use and their consents must let the study's
	/// institution read every requested category for research (the rule of
	/// [`Pallet::check_broad_consent`], which `join_by_broad_consent` applies).
	pub fn broad_consent_matches(id: StudyId, patient: &T::AccountId) -> ConsentMatch {
		Self::check_broad_consent(id, patient).into()
	}
}
