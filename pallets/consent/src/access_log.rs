//! The access log: recording a read of a patient's data (on a consent or an emergency access),
//! appending entries with their deposits, and pruning entries past the retention period.

use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, Get, Time},
};
use healthchain_primitives::{
	Action, CategorySet, DataCategory, Decision, Moment, OrganizationId, OrganizationInspect,
	Purpose,
};
use sp_runtime::DispatchError;

use crate::{
	AccessBasis, AccessEntry, AccessEntryOf, AccessIndex, AccessLog, AccessLogBounds, BalanceOf,
	Config, Consents, EmergencyAccesses, EmergencyId, Error, Event, HoldReason, LogBounds, Pallet,
	ReadCheck, ReadChecks, ReadRefusal, MAX_PRUNE,
};

/// Where the next entry of a patient's log goes: its index and the log's bounds once it is
/// stored. Taking a slot checks that an index is left; storing in it writes.
pub(crate) struct LogSlot {
	index: AccessIndex,
	bounds: LogBounds,
}

impl<T: Config> Pallet<T> {
	/// Checks the read and records it: the member `accessor` of `organization`, holding the
	/// role the purpose needs ([`Purpose::reader_role`]), read `patient`'s data of `category`
	/// for `purpose`, on a consent (`emergency` is `None`) or under the caller's emergency
	/// access `emergency`. Counts the read against its basis.
	///
	/// Returns how many consents the evaluation read (1 for an emergency read: its access).
	///
	/// # Errors
	/// [`Error::AccessDenied`], [`Error::ConsentDenied`], the errors of
	/// [`Pallet::ensure_emergency_read`], [`Error::AccessLogIndexOverflow`], or the hold's.
	pub(crate) fn do_record_access(
		accessor: T::AccountId,
		organization: OrganizationId,
		patient: T::AccountId,
		purpose: Purpose,
		category: DataCategory,
		emergency: Option<EmergencyId>,
	) -> Result<u32, DispatchError> {
		let now = T::Time::now();
		let (basis, read) =
			Self::check_read(&accessor, organization, &patient, purpose, category, emergency, now)
				.map_err(Error::<T>::from)?;
		let slot = Self::next_log_slot(&patient)?;

		let entry =
			Self::log_entry(organization, accessor.clone(), purpose, Some(category), basis, now);
		let index = Self::append_log(&patient, slot, entry)?;
		match basis {
			AccessBasis::Consent(id) => Consents::<T>::mutate(id, |consent| {
				if let Some(consent) = consent {
					consent.accesses = consent.accesses.saturating_add(1);
				}
			}),
			AccessBasis::Emergency(id) => EmergencyAccesses::<T>::mutate(id, |access| {
				if let Some(access) = access {
					access.reads = access.reads.saturating_add(1);
				}
			}),
		}
		Self::deposit_event(Event::AccessRecorded {
			patient,
			index,
			organization,
			accessor,
			basis,
		});
		Ok(read)
	}

	/// The checks a read passes before it is recorded, without recording it: `accessor` is an
	/// active member of the active `organization` with the role `purpose` needs
	/// ([`Purpose::reader_role`]), and a consent permits the read (counted evaluation) or, with
	/// `emergency`, the accessor's open emergency access to `patient` does. The basis it would
	/// be recorded on, and how many consents the evaluation read (1 for an emergency read).
	///
	/// One place for what [`Pallet::record_access`] enforces and
	/// [`Pallet::check_reads`] (the gateway's question) reports.
	pub fn check_read(
		accessor: &T::AccountId,
		organization: OrganizationId,
		patient: &T::AccountId,
		purpose: Purpose,
		category: DataCategory,
		emergency: Option<EmergencyId>,
		now: Moment,
	) -> Result<(AccessBasis, u32), ReadRefusal> {
		let kind = T::Organizations::ensure_member(organization, accessor)
			.map_err(ReadRefusal::AccessDenied)?;
		if let Some(role) = purpose.reader_role() {
			T::Organizations::ensure_role(organization, accessor, kind, role)
				.map_err(ReadRefusal::AccessDenied)?;
		}
		match emergency {
			None => match Self::evaluate_counted(
				patient,
				organization,
				purpose,
				category,
				Action::Read,
				now,
			) {
				(Decision::Permit(id), read) => Ok((AccessBasis::Consent(id), read)),
				(Decision::Deny(reason), _) => Err(ReadRefusal::ConsentDenied(reason)),
			},
			Some(id) => {
				Self::ensure_emergency_read(id, accessor, organization, patient, purpose, now)?;
				Ok((AccessBasis::Emergency(id), 1))
			},
		}
	}

	/// [`Pallet::check_read`] now for each category `categories` covers (`AllStandard`: every
	/// standard one), in category order: may `accessor` read `patient`'s data for
	/// `organization` and `purpose`, and on what basis would it be recorded? Bounded: at most
	/// 14 checks, each reading at most `MaxConsentsPerPatient` consents.
	pub fn check_reads(
		accessor: &T::AccountId,
		organization: OrganizationId,
		patient: &T::AccountId,
		purpose: Purpose,
		categories: CategorySet,
		emergency: Option<EmergencyId>,
	) -> ReadChecks {
		let now = T::Time::now();
		let items = DataCategory::ALL
			.into_iter()
			.filter(|category| categories.covers(*category))
			.map(|category| ReadCheck {
				category,
				result: Self::check_read(
					accessor,
					organization,
					patient,
					purpose,
					category,
					emergency,
					now,
				)
				.map(|(basis, _)| basis),
			})
			.collect();
		ReadChecks { items }
	}

	/// A log entry made now by `accessor`, with the deposit it holds.
	pub(crate) fn log_entry(
		organization: OrganizationId,
		accessor: T::AccountId,
		purpose: Purpose,
		category: Option<DataCategory>,
		basis: AccessBasis,
		at: Moment,
	) -> AccessEntryOf<T> {
		AccessEntry {
			organization,
			accessor,
			purpose,
			category,
			basis,
			at,
			deposit: T::AccessDeposit::get(),
		}
	}

	/// The slot of the next entry of `patient`'s log (no write).
	///
	/// # Errors
	/// [`Error::AccessLogIndexOverflow`] when the log has used every index.
	pub(crate) fn next_log_slot(patient: &T::AccountId) -> Result<LogSlot, DispatchError> {
		let mut bounds = AccessLogBounds::<T>::get(patient);
		let index = bounds.next;
		bounds.next = index.checked_add(1).ok_or(Error::<T>::AccessLogIndexOverflow)?;
		Ok(LogSlot { index, bounds })
	}

	/// Holds `entry`'s deposit from its accessor, then stores it in `slot` of `patient`'s log;
	/// returns its index. The hold is the only step that can fail, and it comes first.
	pub(crate) fn append_log(
		patient: &T::AccountId,
		slot: LogSlot,
		entry: AccessEntryOf<T>,
	) -> Result<AccessIndex, DispatchError> {
		T::Currency::hold(&HoldReason::AccessLog.into(), &entry.accessor, entry.deposit)?;
		AccessLog::<T>::insert(patient, slot.index, entry);
		AccessLogBounds::<T>::insert(patient, slot.bounds);
		Ok(slot.index)
	}

	/// Removes up to `max` (at most [`MAX_PRUNE`]) of the oldest entries of `patient`'s log
	/// that are past the retention period, releasing their deposits; returns how many left the
	/// log.
	///
	/// # Errors
	/// [`Error::NothingToPrune`] when the oldest entry is not past the retention period (or the
	/// log is empty).
	pub(crate) fn do_prune(patient: T::AccountId, max: u32) -> Result<u32, DispatchError> {
		let now = T::Time::now();
		let retention = T::AccessLogRetention::get();
		let mut bounds = AccessLogBounds::<T>::get(&patient);
		let mut expired = Vec::new();
		while (expired.len() as u32) < max.min(MAX_PRUNE) && bounds.first < bounds.next {
			let entry = AccessLog::<T>::get(&patient, bounds.first);
			if entry.as_ref().is_some_and(|entry| entry.at.saturating_add(retention) > now) {
				break;
			}
			expired.push((bounds.first, entry));
			bounds.first = bounds.first.saturating_add(1);
		}
		ensure!(!expired.is_empty(), Error::<T>::NothingToPrune);

		let removed = expired.len() as u32;
		for (index, entry) in expired {
			if let Some(entry) = entry {
				Self::release_deposit(HoldReason::AccessLog, &entry.accessor, entry.deposit)?;
				AccessLog::<T>::remove(&patient, index);
			}
		}
		AccessLogBounds::<T>::insert(&patient, bounds);
		Self::deposit_event(Event::AccessLogPruned { patient, removed, first: bounds.first });
		Ok(removed)
	}

	/// Releases `amount` held from `who` for `reason` (all of it, or what is left of it).
	pub(crate) fn release_deposit(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		T::Currency::release(&reason.into(), who, amount, Precision::BestEffort).map(|_| ())
	}
}
