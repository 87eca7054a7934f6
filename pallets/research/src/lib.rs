//! # Research
//!
//! Research-data grants with the patient in the loop. A Researcher of a ResearchInstitution
//! registers a study (protocol hash, data use in GA4GH DUO terms, requested categories, minimum
//! cohort k, end date); a member of an EthicsCommittee of another institution approves or rejects
//! it; patients opt in — or their broad research consent (a DUO profile here plus a consent for
//! HRESCH to the institution in the Consent pallet) matches the study by the DUOS rules
//! ([`duo_match`]); a Provider grants the active study a de-identified dataset only when at least
//! k patients consent to the current protocol version; researchers log each access; after the
//! study closes each participant pulls an equal share of the compensation pool.
//!
//! ## Rules
//! - *Dynamic consent*: amending the protocol bumps the study's version; participants consented
//!   to an older version stop counting (the cohort counter restarts at zero in O(1)) until they
//!   consent again.
//! - *Withdrawal* is immediate: the cohort counter drops, and new grants need k again.
//! - *Counters*: a study's cohort is a counter, so cohort queries are O(1); `try_state` checks it
//!   against the stored participants.
//! - *Pull payments*: closing fixes each participant's share; nobody loops over participants.
//! - Grants expire without sweeps: access logging compares with the current time.
//!
//! ## Dispatchables
//! [`Pallet::register_study`], [`Pallet::decide_study`], [`Pallet::activate_study`],
//! [`Pallet::amend_protocol`], [`Pallet::set_research_profile`], [`Pallet::opt_in`],
//! [`Pallet::join_by_broad_consent`], [`Pallet::withdraw`], [`Pallet::grant_data`],
//! [`Pallet::revoke_grant`], [`Pallet::log_access`], [`Pallet::close_study`],
//! [`Pallet::fund_pool`], [`Pallet::claim_compensation`].

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
// `register_study` takes a study's fields as its arguments.
#![allow(clippy::too_many_arguments)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, Mutate, MutateHold},
		tokens::{Fortitude, Precision, Restriction},
		Time,
	},
};
use frame_system::pallet_prelude::*;
pub use healthchain_primitives::{
	duo_match, AccessDenied, Action, CategorySet, ConsentInspect, DataCategory, DataUse, Decision,
	DuoMismatch, DuoModifiers, DuoPermission, Moment, OrganizationId, OrganizationInspect,
	OrganizationKind, Purpose, Role, StudyPurpose,
};
pub use pallet::*;
use sp_core::H256;
use sp_runtime::traits::{CheckedDiv, Saturating, Zero};
pub use types::*;
pub use weights::WeightInfo;

/// A study at genesis: `(researcher, institution, protocol_hash, data_use, purpose, categories,
/// min_cohort, ends_at, (ethics committee, reviewer))`.
pub type GenesisStudy<AccountId> = (
	AccountId,
	OrganizationId,
	H256,
	DataUse,
	StudyPurpose,
	CategorySet,
	u32,
	Moment,
	(OrganizationId, AccountId),
);

/// The balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The currency of pools and deposits.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Mutate<Self::AccountId>;

		/// The organization registry.
		type Organizations: OrganizationInspect<Self::AccountId>;

		/// The consent registry: broad research consents (HRESCH).
		type Consent: ConsentInspect<Self::AccountId>;

		/// The current time (milliseconds since the Unix epoch).
		type Time: Time<Moment = Moment>;

		/// Held from the researcher per study.
		#[pallet::constant]
		type StudyDeposit: Get<BalanceOf<Self>>;

		/// Held from the granting member per data grant.
		#[pallet::constant]
		type GrantDeposit: Get<BalanceOf<Self>>;

		/// Weights of the calls.
		type WeightInfo: WeightInfo;
	}

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A study's compensation pool, on its funder's account.
		CompensationPool,
		/// A study's or a grant's storage deposit.
		Deposit,
	}

	/// The id the next study gets.
	#[pallet::storage]
	pub type NextStudyId<T> = StorageValue<_, StudyId, ValueQuery>;

	/// Studies by id.
	#[pallet::storage]
	pub type Studies<T: Config> = StorageMap<_, Twox64Concat, StudyId, Study<T::AccountId>>;

	/// Participants of each study: `(study, patient)`.
	#[pallet::storage]
	pub type Participants<T: Config> =
		StorageDoubleMap<_, Twox64Concat, StudyId, Blake2_128Concat, T::AccountId, Participation>;

	/// Patients' broad research consent profiles, in DUO terms.
	#[pallet::storage]
	pub type ResearchProfiles<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, DataUse>;

	/// The id the next grant gets.
	#[pallet::storage]
	pub type NextGrantId<T> = StorageValue<_, GrantId, ValueQuery>;

	/// Data grants by id.
	#[pallet::storage]
	pub type Grants<T: Config> = StorageMap<_, Twox64Concat, GrantId, DataGrant<T::AccountId>>;

	/// The grants of each study.
	#[pallet::storage]
	pub type GrantsOfStudy<T: Config> =
		StorageDoubleMap<_, Twox64Concat, StudyId, Twox64Concat, GrantId, ()>;

	/// Compensation pools by study.
	#[pallet::storage]
	pub type Pools<T: Config> =
		StorageMap<_, Twox64Concat, StudyId, Pool<T::AccountId, BalanceOf<T>>>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Studies registered, approved by the given ethics reviewer and activated at genesis.
		pub studies: alloc::vec::Vec<GenesisStudy<T::AccountId>>,
		/// `(patient, profile)`: broad research consent profiles.
		pub profiles: alloc::vec::Vec<(T::AccountId, DataUse)>,
		/// `(study, patient)`: patients counted on their broad consent.
		pub broad_consents: alloc::vec::Vec<(StudyId, T::AccountId)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			use frame_system::RawOrigin;
			let signed = |who: &T::AccountId| RawOrigin::Signed(who.clone()).into();
			for (
				researcher,
				institution,
				protocol,
				data_use,
				purpose,
				categories,
				k,
				ends,
				ethics,
			) in &self.studies
			{
				let id = NextStudyId::<T>::get();
				Pallet::<T>::register_study(
					signed(researcher),
					*institution,
					*protocol,
					*data_use,
					*purpose,
					*categories,
					*k,
					*ends,
				)
				.expect("genesis studies are valid");
				Pallet::<T>::decide_study(signed(&ethics.1), id, ethics.0, true)
					.expect("genesis ethics reviewers may approve");
				Pallet::<T>::activate_study(signed(researcher), id).expect("approved");
			}
			for (patient, profile) in &self.profiles {
				Pallet::<T>::set_research_profile(signed(patient), Some(*profile))
					.expect("genesis profiles are valid");
			}
			for (study, patient) in &self.broad_consents {
				Pallet::<T>::join_by_broad_consent(signed(patient), *study, patient.clone())
					.expect("genesis broad consents match their studies");
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A study was registered (status Proposed).
		StudyRegistered { study: StudyId, institution: OrganizationId },
		/// An ethics committee decided a study.
		StudyDecided { study: StudyId, committee: OrganizationId, status: StudyStatus },
		/// A study's status changed (activated, closed).
		StudyStatusChanged { study: StudyId, status: StudyStatus },
		/// The protocol was amended: a new version; earlier consents stop counting.
		ProtocolAmended { study: StudyId, version: u32, protocol_hash: H256 },
		/// A patient set or cleared their broad research consent profile.
		ResearchProfileSet { patient: T::AccountId, profile: Option<DataUse> },
		/// A patient joined a study (or re-consented to its current version).
		Joined { study: StudyId, patient: T::AccountId, version: u32, basis: Basis, cohort: u32 },
		/// A patient withdrew from a study.
		Withdrew { study: StudyId, patient: T::AccountId, cohort: u32 },
		/// A provider granted a study a dataset.
		DataGranted { grant: GrantId, study: StudyId, provider: OrganizationId },
		/// A provider revoked a grant.
		GrantRevoked { grant: GrantId },
		/// A researcher accessed a granted dataset; `index` counts the grant's accesses from 0.
		DataAccessed { grant: GrantId, researcher: T::AccountId, index: u32 },
		/// Funds went into a study's compensation pool.
		PoolFunded { study: StudyId, amount: BalanceOf<T> },
		/// A participant claimed their share.
		CompensationClaimed { study: StudyId, patient: T::AccountId, amount: BalanceOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The caller may not act for the organization; the inner code says why.
		AccessDenied(AccessDenied),
		/// No study has this id.
		UnknownStudy,
		/// Data categories or DUO modifiers hold bits that name nothing, or no category.
		InvalidDataUse,
		/// The minimum cohort must be at least 1.
		ZeroMinCohort,
		/// The end date is not in the future.
		EndInPast,
		/// A member of the study's own institution cannot decide it.
		SelfApproval,
		/// The study is not in the status this needs.
		WrongStatus,
		/// Only the study's researcher may do this.
		NotResearcher,
		/// The patient already consented to the current version.
		AlreadyParticipating,
		/// The patient does not participate.
		NotParticipating,
		/// The patient has no broad research consent profile.
		NoResearchProfile,
		/// The patient's broad consent does not match the study; the inner code says why.
		DuoMismatch(DuoMismatch),
		/// The patient's consents do not let the institution read a requested category for
		/// research.
		NoResearchConsent,
		/// Fewer patients consent to the current version than the study's minimum cohort.
		CohortTooSmall,
		/// No grant has this id.
		UnknownGrant,
		/// The grant was revoked.
		GrantRevoked,
		/// The grant has expired.
		GrantExpired,
		/// The expiry is not in the future.
		ExpiryInPast,
		/// An amount of zero.
		ZeroAmount,
		/// The study has a pool from another funder.
		PoolOfAnotherFunder,
		/// No share to claim: no pool, or already claimed, or not a current participant.
		NothingToClaim,
		/// No id is left.
		IdsExhausted,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers a study of `institution`.
		///
		/// - Origin: a Researcher of the active ResearchInstitution `institution`.
		/// - Holds [`Config::StudyDeposit`].
		/// - Emits [`Event::StudyRegistered`].
		/// - Fails with [`Error::AccessDenied`], [`Error::InvalidDataUse`],
		///   [`Error::ZeroMinCohort`], [`Error::EndInPast`] or [`Error::IdsExhausted`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_study())]
		pub fn register_study(
			origin: OriginFor<T>,
			institution: OrganizationId,
			protocol_hash: H256,
			data_use: DataUse,
			purpose: StudyPurpose,
			categories: CategorySet,
			min_cohort: u32,
			ends_at: Moment,
		) -> DispatchResult {
			let researcher = ensure_signed(origin)?;
			T::Organizations::ensure_role(
				institution,
				&researcher,
				OrganizationKind::ResearchInstitution,
				Role::Researcher,
			)
			.map_err(Error::<T>::AccessDenied)?;
			ensure!(
				data_use.modifiers.0 & !DuoModifiers::VALID == 0
					&& categories.is_valid()
					&& !categories.is_empty(),
				Error::<T>::InvalidDataUse
			);
			ensure!(min_cohort > 0, Error::<T>::ZeroMinCohort);
			let now = T::Time::now();
			ensure!(ends_at > now, Error::<T>::EndInPast);
			let id = NextStudyId::<T>::get();
			let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
			T::Currency::hold(&HoldReason::Deposit.into(), &researcher, T::StudyDeposit::get())?;
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
			NextStudyId::<T>::put(next);
			Self::deposit_event(Event::StudyRegistered { study: id, institution });
			Ok(())
		}

		/// Approves or rejects a proposed study.
		///
		/// - Origin: a Reviewer of the active EthicsCommittee `committee`, not a member of the
		///   study's institution.
		/// - Emits [`Event::StudyDecided`].
		/// - Fails with [`Error::UnknownStudy`], [`Error::AccessDenied`],
		///   [`Error::SelfApproval`] or [`Error::WrongStatus`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::decide_study())]
		pub fn decide_study(
			origin: OriginFor<T>,
			study: StudyId,
			committee: OrganizationId,
			approve: bool,
		) -> DispatchResult {
			let reviewer = ensure_signed(origin)?;
			let mut entry = Studies::<T>::get(study).ok_or(Error::<T>::UnknownStudy)?;
			T::Organizations::ensure_role(
				committee,
				&reviewer,
				OrganizationKind::EthicsCommittee,
				Role::Reviewer,
			)
			.map_err(Error::<T>::AccessDenied)?;
			ensure!(
				T::Organizations::ensure_member(entry.institution, &reviewer).is_err(),
				Error::<T>::SelfApproval
			);
			ensure!(entry.status == StudyStatus::Proposed, Error::<T>::WrongStatus);
			entry.status = if approve { StudyStatus::Approved } else { StudyStatus::Rejected };
			entry.ethics = Some((committee, reviewer));
			let status = entry.status;
			Studies::<T>::insert(study, entry);
			Self::deposit_event(Event::StudyDecided { study, committee, status });
			Ok(())
		}

		/// Starts an approved study.
		///
		/// - Origin: the study's researcher.
		/// - Emits [`Event::StudyStatusChanged`].
		/// - Fails with [`Error::UnknownStudy`], [`Error::NotResearcher`] or
		///   [`Error::WrongStatus`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::activate_study())]
		pub fn activate_study(origin: OriginFor<T>, study: StudyId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::transition(&who, study, StudyStatus::Approved, StudyStatus::Active)
		}

		/// Amends the protocol: a new version of the study; participants consented to earlier
		/// versions stop counting until they consent again.
		///
		/// - Origin: the study's researcher.
		/// - Emits [`Event::ProtocolAmended`].
		/// - Fails with [`Error::UnknownStudy`], [`Error::NotResearcher`] or
		///   [`Error::WrongStatus`] (closed or rejected studies).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::amend_protocol())]
		pub fn amend_protocol(
			origin: OriginFor<T>,
			study: StudyId,
			protocol_hash: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut entry = Studies::<T>::get(study).ok_or(Error::<T>::UnknownStudy)?;
			ensure!(entry.researcher == who, Error::<T>::NotResearcher);
			ensure!(
				!matches!(entry.status, StudyStatus::Closed | StudyStatus::Rejected),
				Error::<T>::WrongStatus
			);
			entry.version = entry.version.saturating_add(1);
			entry.protocol_hash = protocol_hash;
			entry.cohort = 0;
			let version = entry.version;
			Studies::<T>::insert(study, entry);
			Self::deposit_event(Event::ProtocolAmended { study, version, protocol_hash });
			Ok(())
		}

		/// Sets (or with `None` clears) the caller's broad research consent profile in DUO terms.
		/// Together with a consent for research (HRESCH) to an institution in the Consent pallet,
		/// it lets matching studies of that institution count the caller in.
		///
		/// - Origin: signed by the patient.
		/// - Emits [`Event::ResearchProfileSet`].
		/// - Fails with [`Error::InvalidDataUse`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_research_profile())]
		pub fn set_research_profile(
			origin: OriginFor<T>,
			profile: Option<DataUse>,
		) -> DispatchResult {
			let patient = ensure_signed(origin)?;
			match profile {
				Some(p) => {
					ensure!(p.modifiers.0 & !DuoModifiers::VALID == 0, Error::<T>::InvalidDataUse);
					ResearchProfiles::<T>::insert(&patient, p);
				},
				None => ResearchProfiles::<T>::remove(&patient),
			}
			Self::deposit_event(Event::ResearchProfileSet { patient, profile });
			Ok(())
		}

		/// The caller opts in to the current version of an approved or active study (or
		/// re-consents after an amendment).
		///
		/// - Origin: signed by the patient.
		/// - Emits [`Event::Joined`].
		/// - Fails with [`Error::UnknownStudy`], [`Error::WrongStatus`] or
		///   [`Error::AlreadyParticipating`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::opt_in())]
		pub fn opt_in(origin: OriginFor<T>, study: StudyId) -> DispatchResult {
			let patient = ensure_signed(origin)?;
			Self::join(study, patient, Basis::OptIn)
		}

		/// Counts `patient` in `study` on their broad research consent: their DUO profile must
		/// match the study's data use (DUOS rules) and their consents must let the study's
		/// institution read every requested category for research (HRESCH). Anyone may submit it
		/// (e.g. the institution's recruiter).
		///
		/// - Emits [`Event::Joined`].
		/// - Fails with [`Error::UnknownStudy`], [`Error::WrongStatus`],
		///   [`Error::NoResearchProfile`], [`Error::DuoMismatch`], [`Error::NoResearchConsent`]
		///   or [`Error::AlreadyParticipating`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::join_by_broad_consent())]
		pub fn join_by_broad_consent(
			origin: OriginFor<T>,
			study: StudyId,
			patient: T::AccountId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::check_broad_consent(study, &patient).map_err(|e| match e {
				BroadConsentMismatch::UnknownStudy => Error::<T>::UnknownStudy,
				BroadConsentMismatch::NoResearchProfile => Error::<T>::NoResearchProfile,
				BroadConsentMismatch::Duo(why) => Error::<T>::DuoMismatch(why),
				BroadConsentMismatch::NoResearchConsent => Error::<T>::NoResearchConsent,
			})?;
			Self::join(study, patient, Basis::BroadConsent)
		}

		/// The caller withdraws from a study, with immediate effect for new grants.
		///
		/// - Origin: signed by the patient.
		/// - Emits [`Event::Withdrew`].
		/// - Fails with [`Error::UnknownStudy`] or [`Error::NotParticipating`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::withdraw())]
		pub fn withdraw(origin: OriginFor<T>, study: StudyId) -> DispatchResult {
			let patient = ensure_signed(origin)?;
			let mut entry = Studies::<T>::get(study).ok_or(Error::<T>::UnknownStudy)?;
			let participation =
				Participants::<T>::take(study, &patient).ok_or(Error::<T>::NotParticipating)?;
			if participation.version == entry.version {
				entry.cohort = entry.cohort.saturating_sub(1);
			}
			let cohort = entry.cohort;
			Studies::<T>::insert(study, entry);
			Self::deposit_event(Event::Withdrew { study, patient, cohort });
			Ok(())
		}

		/// Grants an active study a de-identified dataset (its commitment and record count)
		/// until `expires_at`, if at least the study's minimum cohort consents to its current
		/// version.
		///
		/// - Origin: an active member of the active Provider `provider`.
		/// - Holds [`Config::GrantDeposit`].
		/// - Emits [`Event::DataGranted`].
		/// - Fails with [`Error::UnknownStudy`], [`Error::AccessDenied`], [`Error::WrongStatus`],
		///   [`Error::CohortTooSmall`], [`Error::ExpiryInPast`] or [`Error::IdsExhausted`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::grant_data())]
		pub fn grant_data(
			origin: OriginFor<T>,
			study: StudyId,
			provider: OrganizationId,
			dataset: H256,
			record_count: u32,
			expires_at: Moment,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let entry = Studies::<T>::get(study).ok_or(Error::<T>::UnknownStudy)?;
			let kind = T::Organizations::ensure_member(provider, &who)
				.map_err(Error::<T>::AccessDenied)?;
			ensure!(
				kind == OrganizationKind::Provider,
				Error::<T>::AccessDenied(AccessDenied::WrongKind)
			);
			ensure!(entry.status == StudyStatus::Active, Error::<T>::WrongStatus);
			ensure!(entry.cohort >= entry.min_cohort, Error::<T>::CohortTooSmall);
			ensure!(expires_at > T::Time::now(), Error::<T>::ExpiryInPast);
			let id = NextGrantId::<T>::get();
			let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
			T::Currency::hold(&HoldReason::Deposit.into(), &who, T::GrantDeposit::get())?;
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
			GrantsOfStudy::<T>::insert(study, id, ());
			NextGrantId::<T>::put(next);
			Self::deposit_event(Event::DataGranted { grant: id, study, provider });
			Ok(())
		}

		/// Revokes a grant: no further accesses.
		///
		/// - Origin: an active member of the grant's Provider.
		/// - Emits [`Event::GrantRevoked`].
		/// - Fails with [`Error::UnknownGrant`], [`Error::AccessDenied`] or
		///   [`Error::GrantRevoked`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::revoke_grant())]
		pub fn revoke_grant(origin: OriginFor<T>, grant: GrantId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut entry = Grants::<T>::get(grant).ok_or(Error::<T>::UnknownGrant)?;
			T::Organizations::ensure_member(entry.provider, &who)
				.map_err(Error::<T>::AccessDenied)?;
			ensure!(!entry.revoked, Error::<T>::GrantRevoked);
			entry.revoked = true;
			Grants::<T>::insert(grant, entry);
			Self::deposit_event(Event::GrantRevoked { grant });
			Ok(())
		}

		/// Logs a researcher's access to a granted dataset (the event is the log entry; the grant
		/// counts them).
		///
		/// - Origin: a Researcher of the study's active institution.
		/// - Emits [`Event::DataAccessed`].
		/// - Fails with [`Error::UnknownGrant`], [`Error::UnknownStudy`],
		///   [`Error::AccessDenied`], [`Error::WrongStatus`], [`Error::GrantRevoked`] or
		///   [`Error::GrantExpired`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::log_access())]
		pub fn log_access(origin: OriginFor<T>, grant: GrantId) -> DispatchResult {
			let researcher = ensure_signed(origin)?;
			let mut entry = Grants::<T>::get(grant).ok_or(Error::<T>::UnknownGrant)?;
			let study = Studies::<T>::get(entry.study).ok_or(Error::<T>::UnknownStudy)?;
			T::Organizations::ensure_role(
				study.institution,
				&researcher,
				OrganizationKind::ResearchInstitution,
				Role::Researcher,
			)
			.map_err(Error::<T>::AccessDenied)?;
			ensure!(study.status == StudyStatus::Active, Error::<T>::WrongStatus);
			ensure!(!entry.revoked, Error::<T>::GrantRevoked);
			ensure!(T::Time::now() < entry.expires_at, Error::<T>::GrantExpired);
			let index = entry.accesses;
			entry.accesses = entry.accesses.saturating_add(1);
			Grants::<T>::insert(grant, entry);
			Self::deposit_event(Event::DataAccessed { grant, researcher, index });
			Ok(())
		}

		/// Closes an active study and fixes each current participant's share of the pool; what
		/// cannot be shared (no participants, or the remainder of the division) returns to the
		/// funder.
		///
		/// - Origin: the study's researcher.
		/// - Emits [`Event::StudyStatusChanged`].
		/// - Fails with [`Error::UnknownStudy`], [`Error::NotResearcher`] or
		///   [`Error::WrongStatus`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::close_study())]
		pub fn close_study(origin: OriginFor<T>, study: StudyId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::transition(&who, study, StudyStatus::Active, StudyStatus::Closed)?;
			let cohort = Studies::<T>::get(study).map(|s| s.cohort).unwrap_or_default();
			if let Some(mut pool) = Pools::<T>::get(study) {
				let (share, remainder) = if cohort == 0 {
					(Zero::zero(), pool.funded)
				} else {
					let share =
						pool.funded.checked_div(&BalanceOf::<T>::from(cohort)).unwrap_or_default();
					(share, pool.funded.saturating_sub(share.saturating_mul(cohort.into())))
				};
				if !remainder.is_zero() {
					T::Currency::release(
						&HoldReason::CompensationPool.into(),
						&pool.funder,
						remainder,
						Precision::BestEffort,
					)?;
					pool.paid = pool.paid.saturating_add(remainder);
				}
				pool.share = Some(share);
				Pools::<T>::insert(study, pool);
			}
			Ok(())
		}

		/// Puts `amount` into a study's compensation pool, held on the caller's account until
		/// participants claim it.
		///
		/// - Origin: an active member of the study's institution (one funder per study).
		/// - Emits [`Event::PoolFunded`].
		/// - Fails with [`Error::UnknownStudy`], [`Error::AccessDenied`], [`Error::WrongStatus`]
		///   (closed), [`Error::ZeroAmount`] or [`Error::PoolOfAnotherFunder`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::fund_pool())]
		pub fn fund_pool(
			origin: OriginFor<T>,
			study: StudyId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let entry = Studies::<T>::get(study).ok_or(Error::<T>::UnknownStudy)?;
			T::Organizations::ensure_member(entry.institution, &who)
				.map_err(Error::<T>::AccessDenied)?;
			ensure!(entry.status != StudyStatus::Closed, Error::<T>::WrongStatus);
			ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
			let mut pool = Pools::<T>::get(study).unwrap_or(Pool {
				funder: who.clone(),
				funded: Zero::zero(),
				paid: Zero::zero(),
				share: None,
			});
			ensure!(pool.funder == who, Error::<T>::PoolOfAnotherFunder);
			T::Currency::hold(&HoldReason::CompensationPool.into(), &who, amount)?;
			pool.funded = pool.funded.saturating_add(amount);
			Pools::<T>::insert(study, pool);
			Self::deposit_event(Event::PoolFunded { study, amount });
			Ok(())
		}

		/// The caller claims their share of a closed study's pool (once).
		///
		/// - Origin: a participant consented to the study's final version.
		/// - Emits [`Event::CompensationClaimed`].
		/// - Fails with [`Error::UnknownStudy`], [`Error::WrongStatus`] or
		///   [`Error::NothingToClaim`].
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::claim_compensation())]
		pub fn claim_compensation(origin: OriginFor<T>, study: StudyId) -> DispatchResult {
			let patient = ensure_signed(origin)?;
			let entry = Studies::<T>::get(study).ok_or(Error::<T>::UnknownStudy)?;
			ensure!(entry.status == StudyStatus::Closed, Error::<T>::WrongStatus);
			let mut participation =
				Participants::<T>::get(study, &patient).ok_or(Error::<T>::NothingToClaim)?;
			ensure!(
				participation.version == entry.version && !participation.compensated,
				Error::<T>::NothingToClaim
			);
			let mut pool = Pools::<T>::get(study).ok_or(Error::<T>::NothingToClaim)?;
			let share = pool.share.filter(|s| !s.is_zero()).ok_or(Error::<T>::NothingToClaim)?;
			T::Currency::transfer_on_hold(
				&HoldReason::CompensationPool.into(),
				&pool.funder,
				&patient,
				share,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Polite,
			)?;
			pool.paid = pool.paid.saturating_add(share);
			participation.compensated = true;
			Pools::<T>::insert(study, pool);
			Participants::<T>::insert(study, &patient, participation);
			Self::deposit_event(Event::CompensationClaimed { study, patient, amount: share });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Moves a study from `from` to `to`, by its researcher.
	fn transition(
		who: &T::AccountId,
		study: StudyId,
		from: StudyStatus,
		to: StudyStatus,
	) -> DispatchResult {
		let mut entry = Studies::<T>::get(study).ok_or(Error::<T>::UnknownStudy)?;
		ensure!(&entry.researcher == who, Error::<T>::NotResearcher);
		ensure!(entry.status == from, Error::<T>::WrongStatus);
		entry.status = to;
		Studies::<T>::insert(study, entry);
		Self::deposit_event(Event::StudyStatusChanged { study, status: to });
		Ok(())
	}

	/// Counts `patient` in the current version of `study`.
	fn join(study: StudyId, patient: T::AccountId, basis: Basis) -> DispatchResult {
		let mut entry = Studies::<T>::get(study).ok_or(Error::<T>::UnknownStudy)?;
		ensure!(
			matches!(entry.status, StudyStatus::Approved | StudyStatus::Active),
			Error::<T>::WrongStatus
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

	/// Whether `patient`'s broad research consent covers `study`: the DUO profile matches and
	/// the consents let the institution read every requested category for research.
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
		for category in entry.categories.items() {
			let decision = T::Consent::evaluate(
				patient,
				entry.institution,
				Purpose::Research,
				category,
				Action::Read,
			);
			if !matches!(decision, Decision::Permit(_)) {
				return Err(BroadConsentMismatch::NoResearchConsent);
			}
		}
		Ok(())
	}

	/// A page of studies in id order after `start_after`, at most `limit` (≤ 1000) that pass
	/// `filter`; reads at most 10,000 studies per call (a filtered page may come back short: ask
	/// again after its last id).
	pub fn studies(
		filter: StudyFilter,
		start_after: Option<StudyId>,
		limit: u32,
	) -> alloc::vec::Vec<(StudyId, Study<T::AccountId>)> {
		let limit = limit.min(1000) as usize;
		let first = start_after.map_or(0, |id| id.saturating_add(1));
		let end = NextStudyId::<T>::get().min(first.saturating_add(10_000));
		(first..end)
			.filter_map(|id| Studies::<T>::get(id).map(|s| (id, s)))
			.filter(|(_, s)| filter.admits(s))
			.take(limit)
			.collect()
	}

	/// A page of `study`'s data grants, in storage order after `start_after`.
	pub fn grants_of_study(
		study: StudyId,
		start_after: Option<GrantId>,
		limit: u32,
	) -> alloc::vec::Vec<(GrantId, DataGrant<T::AccountId>)> {
		let limit = limit.min(1000) as usize;
		let ids: alloc::vec::Vec<GrantId> = match start_after {
			Some(cursor) => GrantsOfStudy::<T>::iter_key_prefix_from(
				study,
				GrantsOfStudy::<T>::hashed_key_for(study, cursor),
			)
			.take(limit)
			.collect(),
			None => GrantsOfStudy::<T>::iter_key_prefix(study).take(limit).collect(),
		};
		ids.into_iter().filter_map(|id| Grants::<T>::get(id).map(|g| (id, g))).collect()
	}

	/// Invariants: each study's cohort equals its participants at the current version; pools
	/// hold what they were funded minus what they paid; deposits are held.
	#[cfg(any(feature = "try-runtime", feature = "std"))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use frame_support::traits::fungible::InspectHold;
		for (id, study) in Studies::<T>::iter() {
			let current = Participants::<T>::iter_prefix_values(id)
				.filter(|p| p.version == study.version)
				.count();
			ensure!(current == study.cohort as usize, "cohort counter differs from participants");
		}
		let mut pools: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (_, pool) in Pools::<T>::iter() {
			ensure!(pool.paid <= pool.funded, "a pool paid more than it was funded");
			let e = pools.entry(pool.funder.clone()).or_default();
			*e = e.saturating_add(pool.funded.saturating_sub(pool.paid));
		}
		for (who, amount) in pools {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::CompensationPool.into(), &who) == amount,
				"pool funds held differ from funded - paid"
			);
		}
		Ok(())
	}
}
