//! The pallet's logic, one file per feature, as `impl<T: Config> Pallet<T>` blocks of `do_*`
//! functions: the calls in `lib.rs` check the origin and hand over here.
//!
//! - `studies`: registration, the ethics decision, activation, amendments, closing.
//! - `participation`: broad research profiles, opt-ins, broad-consent matches, providers'
//!   attestations, withdrawals, the end of what a revoked or lapsed consent carried.
//! - `grants`: data grants to active studies, their revocation, access logging.
//! - `compensation`: pools, the share fixed at closing, participants' claims, the funder's
//!   reclaim.
//!
//! What more than one feature needs lives here: handing out the id of a new deposit-backed item,
//! the check that an account researches at an institution, and the check that a study's
//! institution is still active (suspension reaches every study at once, without a sweep).

mod compensation;
mod grants;
mod participation;
mod studies;

use crate::*;
use codec::FullCodec;
use healthchain_primitives::SequentialId;

impl<T: Config> Pallet<T> {
	/// Takes the id that `Counter` holds for a new item of `owner`, who pays `deposit` for it:
	/// checks that an id is left after it, then holds the deposit under [`HoldReason::Deposit`]
	/// and advances the counter. The caller stores the item under the returned id.
	///
	/// # Errors
	/// - [`Error::IdsExhausted`] if no id is left after the one taken.
	/// - The currency's error if the deposit cannot be held.
	fn take_id_with_deposit<Counter, Id>(
		owner: &T::AccountId,
		deposit: BalanceOf<T>,
	) -> Result<Id, DispatchError>
	where
		Counter: frame_support::storage::StorageValue<Id, Query = Id>,
		Id: SequentialId + FullCodec,
	{
		let id = Counter::get();
		let next = id.next().ok_or(Error::<T>::IdsExhausted)?;

		T::Currency::hold(&HoldReason::Deposit.into(), owner, deposit)?;
		Counter::put(next);
		Ok(id)
	}

	/// Checks that the institution of `study` is still an active ResearchInstitution: a study of
	/// an institution that is suspended or no longer registered does not progress (no ethics
	/// decision, activation, amendment, participant, data grant, access, funding or closing)
	/// until it is reinstated.
	///
	/// # Errors
	/// [`Error::InstitutionNotActive`]: suspended (`OrganizationSuspended`) or no longer
	/// registered (`UnknownOrganization`).
	fn ensure_institution_active(study: &StudyOf<T>) -> Result<(), Error<T>> {
		T::Organizations::ensure_active(study.institution, OrganizationKind::ResearchInstitution)
			.map_err(Error::<T>::InstitutionNotActive)
	}

	/// Checks that `who` is a Researcher of the active ResearchInstitution `institution`: who
	/// may register its studies and read the data granted to them.
	///
	/// # Errors
	/// [`Error::AccessDenied`] saying why not.
	fn ensure_researcher(institution: OrganizationId, who: &T::AccountId) -> Result<(), Error<T>> {
		T::Organizations::ensure_role(
			institution,
			who,
			OrganizationKind::ResearchInstitution,
			Role::Researcher,
		)
		.map_err(Error::<T>::AccessDenied)
	}
}
