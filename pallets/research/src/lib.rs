//! # Research
//!
//! Research-data grants with the patient in the loop. A Researcher of a ResearchInstitution
//! registers a study (its [`StudyTerms`]: protocol hash, data use in GA4GH DUO terms, requested
//! categories, minimum cohort k, end date); a member of an EthicsCommittee of another institution
//! approves or rejects it; patients opt in — or their broad research consent (a DUO profile here
//! plus a consent for HRESCH to the institution in the Consent pallet) matches the study by the
//! DUOS rules ([`duo_match`]); a data-holding Provider attests the participants who are its
//! patients; it grants the active study a de-identified dataset only when it attested at least k
//! participants consenting to the current protocol version (k at least the consortium's floor)
//! and the dataset counts no more records than them; researchers log each access, checked again
//! each time; after the study closes each attested participant pulls an equal share of the
//! compensation pool, free of fees, within the claim window.
//!
//! ## Rules
//! - *Attested cohorts* (security review H-2): only participants a data-holding provider attested
//!   ([`Pallet::attest_participant`]: its registered patient, or consenting to it for research)
//!   count; k is checked per granting provider ([`ProviderCohorts`]) against the larger of the
//!   study's `min_cohort` and the consortium's [`MinCohortFloor`], at each grant and access.
//! - *Dynamic consent*: amending the protocol bumps the study's version and sends it back to its
//!   ethics committee; participants consented to an older version stop counting (the counters
//!   restart at zero in O(1)) until they consent again, and grants of older versions give no
//!   access. Nothing is joined, granted or accessed after the study's end.
//! - *Withdrawal* is immediate and sticks ([`Withdrawn`]): only the patient joins again. A
//!   revoked research consent ends what rested on it at once (the Consent pallet's `OnRevoke`
//!   reaches [`healthchain_primitives::ConsentRevoked`]); a lapsed one is ended by [`Pallet::recheck_participant`].
//! - *Counters*: cohorts are counters, so cohort queries are O(1); `try_state` checks them
//!   against the stored participants and attestations.
//! - *Deposits* are recorded in studies and grants and returned when they end (close or
//!   rejection, revocation); pools come back to their funder when nobody can claim them
//!   ([`Pallet::reclaim_pool`]).
//! - *Pull payments*: closing fixes each participant's share; nobody loops over participants.
//! - Grants expire without sweeps: access logging compares with the current time.
//! - *Suspension* (or removal from the registry) takes effect at the next call, without a sweep,
//!   and ends when the organization is reinstated:
//!   - the study of a research institution that is suspended or no longer registered does not
//!     progress: an ethics decision (approval or rejection), activation, amendment, opt-in,
//!     joining on broad consent, a data grant, an access, funding its pool and closing it fail
//!     with [`Error::InstitutionNotActive`]; registering a new study fails with
//!     [`Error::AccessDenied`] (the researcher's own institution);
//!   - the grants of a provider that is suspended or no longer registered give no access
//!     ([`Error::ProviderNotActive`]), and it grants nothing new ([`Error::AccessDenied`]);
//!   - what protects or pays patients stays possible: a patient withdraws, and claims the share
//!     fixed when the study closed, whatever the institution's status. Revoking a grant is the
//!     provider's own act, so a suspended provider cannot revoke; its grants are unusable
//!     anyway.
//!
//!   A study of a suspended institution keeps its pool held on the funder's account until the
//!   institution is reinstated and closes the study.
//! - *Removal*: the registry asks every pallet before it removes an organization
//!   ([`OrganizationReferences`], answered in O(1) reads): research answers
//!   [`OrganizationUse::Studies`] while the institution has studies, of any status
//!   ([`StudiesOfInstitution`] counts them; studies are never deleted, so an institution that
//!   registered one stays registered, suspended at most). So no pool is ever left behind by a
//!   removed institution. The ethics committee a study names and the providers of its grants
//!   are not held: the decision is taken, and a removed provider's grants give no access.
//!
//! ## Layout
//! The calls below only check the origin and hand over to the `do_*` functions of the feature
//! they belong to (`features/`: studies, participation, grants, compensation). The read-only
//! queries clients use live in `queries.rs` ([`Pallet::studies`], [`Pallet::study`],
//! [`Pallet::cohort`], [`Pallet::grants_of_study`], [`Pallet::broad_consent_matches`]); the
//! registry's removal check in `references.rs`; the invariants in `try_state.rs`; the storage
//! migrations in [`migrations`] (storage version 4: [`migrations::MigrateToV2`],
//! [`migrations::MigrateToV3`], [`migrations::MigrateToV4`]).
//!
//! ## Dispatchables
//! [`Pallet::register_study`], [`Pallet::decide_study`], [`Pallet::activate_study`],
//! [`Pallet::amend_protocol`], [`Pallet::set_research_profile`], [`Pallet::opt_in`],
//! [`Pallet::join_by_broad_consent`], [`Pallet::withdraw`], [`Pallet::grant_data`],
//! [`Pallet::revoke_grant`], [`Pallet::log_access`], [`Pallet::close_study`],
//! [`Pallet::fund_pool`], [`Pallet::claim_compensation`], [`Pallet::attest_participant`],
//! [`Pallet::recheck_participant`], [`Pallet::reclaim_pool`], [`Pallet::set_min_cohort_floor`].

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
pub mod migrations;
#[cfg(test)]
mod mock;
mod queries;
mod references;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", feature = "std"))]
mod try_state;
pub mod types;
pub mod weights;

use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, Mutate, MutateHold},
		Time,
	},
};
use frame_system::pallet_prelude::*;
use healthchain_primitives::SaltedHash;
pub use healthchain_primitives::{
	duo_match, AccessDenied, Action, CategorySet, ConsentInspect, DataCategory, DataUse, Decision,
	DuoMismatch, DuoModifiers, DuoPermission, Moment, OrganizationId, OrganizationInspect,
	OrganizationKind, OrganizationReferences, OrganizationUse, Purpose, Role, StudyPurpose,
};
pub use pallet::*;
use sp_core::H256;
pub use types::*;
pub use weights::WeightInfo;

/// The balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// A study with the runtime's types.
pub type StudyOf<T> = Study<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
/// A data grant with the runtime's types.
pub type DataGrantOf<T> = DataGrant<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version. Version 2 keys [`GrantsOfStudy`] by [`SortKey`], in grant id
	/// order ([`crate::migrations::MigrateToV2`]); version 3 counts each institution's studies in
	/// [`StudiesOfInstitution`] ([`crate::migrations::MigrateToV3`]); version 4 records deposits
	/// and protocol versions in the items, attestations and the studies of each participant
	/// ([`crate::migrations::MigrateToV4`]).
	///
	/// [`SortKey`]: healthchain_primitives::SortKey
	pub(crate) const STORAGE_VERSION: StorageVersion = StorageVersion::new(4);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
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

		/// Sets the consortium's minimum k ([`Pallet::set_min_cohort_floor`]).
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The consortium's minimum k until governance sets one ([`MinCohortFloor`]).
		#[pallet::constant]
		type DefaultMinCohort: Get<u32>;

		/// How long after a study closes its participants claim their shares (milliseconds);
		/// then the funder takes back what nobody claimed ([`Pallet::reclaim_pool`]).
		#[pallet::constant]
		type ClaimWindow: Get<Moment>;

		/// The most studies a patient participates in at once (it bounds what a revocation of
		/// their research consent walks).
		#[pallet::constant]
		type MaxStudiesPerPatient: Get<u32>;

		/// The most study ids one call of [`Pallet::studies`] looks at: it bounds the work of a
		/// filtered listing (one storage read per id). A page that reaches it before it is full
		/// comes back short, even empty, with a cursor to resume from, so no match is missed.
		/// At least 1 (checked by `integrity_test`).
		#[pallet::constant]
		type MaxStudyScan: Get<u32>;

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
	pub type Studies<T: Config> = StorageMap<_, Twox64Concat, StudyId, StudyOf<T>>;

	/// The consortium's minimum k: no study is registered with a smaller `min_cohort`, and no
	/// data is granted or accessed on a smaller provider cohort, whatever the study says. Set
	/// by governance ([`Pallet::set_min_cohort_floor`]).
	#[pallet::storage]
	pub type MinCohortFloor<T: Config> = StorageValue<_, u32, ValueQuery, T::DefaultMinCohort>;

	/// Each study's cohort per data-holding provider: `(study, provider) → (version, count)`,
	/// the participants consented to `version` whom the provider attested. A count of an older
	/// version than the study's is zero (amendments restart every provider's count in O(1)).
	/// k is checked against the granting provider's count (security review H-2).
	#[pallet::storage]
	pub type ProviderCohorts<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		StudyId,
		Twox64Concat,
		OrganizationId,
		(u32, u32),
		OptionQuery,
	>;

	/// Patients who withdrew from a study: only they can join it again ([`Pallet::opt_in`]),
	/// nobody counts them in on their broad consent (security review M-2).
	#[pallet::storage]
	pub type Withdrawn<T: Config> =
		StorageDoubleMap<_, Twox64Concat, StudyId, Blake2_128Concat, T::AccountId, ()>;

	/// The studies each patient participates in (an index of [`Participants`], at most
	/// [`Config::MaxStudiesPerPatient`]), walked when they revoke a research consent.
	#[pallet::storage]
	pub type StudiesOf<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<StudyId, T::MaxStudiesPerPatient>,
		ValueQuery,
	>;

	/// How many studies each ResearchInstitution registered (studies are never deleted), so
	/// that the registry learns in one read whether studies still refer to an organization
	/// ([`OrganizationReferences`]). Counted by every registration (call and genesis), checked
	/// against [`Studies`] by `try_state`; filled for the studies before it by
	/// [`crate::migrations::MigrateToV3`]. An institution without studies has no entry.
	#[pallet::storage]
	pub type StudiesOfInstitution<T: Config> =
		StorageMap<_, Twox64Concat, OrganizationId, u32, ValueQuery>;

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
	pub type Grants<T: Config> = StorageMap<_, Twox64Concat, GrantId, DataGrantOf<T>>;

	/// The grants of each study, keyed so that they iterate in grant id order.
	#[pallet::storage]
	pub type GrantsOfStudy<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		StudyId,
		Identity,
		healthchain_primitives::SortKey<GrantId>,
		(),
	>;

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
		/// `(study, provider, attester, patient)`: participants attested by a provider's member
		/// (`attester`, a Clinician or PrivacyOfficer of it).
		pub attestations: alloc::vec::Vec<(StudyId, OrganizationId, T::AccountId, T::AccountId)>,
		/// The consortium's minimum k from genesis, if not [`Config::DefaultMinCohort`].
		pub min_cohort_floor: Option<u32>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if let Some(k) = self.min_cohort_floor {
				assert!(k > 0, "the minimum k is at least 1");
				MinCohortFloor::<T>::put(k);
			}
			for study in &self.studies {
				let id = NextStudyId::<T>::get();
				Pallet::<T>::do_register_study(
					study.researcher.clone(),
					study.institution,
					study.terms,
				)
				.expect("genesis studies are valid");
				Pallet::<T>::do_decide_study(
					study.ethics_reviewer.clone(),
					id,
					study.ethics_committee,
					true,
				)
				.expect("genesis ethics reviewers may approve");
				Pallet::<T>::do_activate_study(&study.researcher, id).expect("approved");
			}
			for (patient, profile) in &self.profiles {
				Pallet::<T>::do_set_research_profile(patient.clone(), Some(*profile))
					.expect("genesis profiles are valid");
			}
			for (study, patient) in &self.broad_consents {
				Pallet::<T>::do_join_by_broad_consent(*study, patient.clone())
					.expect("genesis broad consents match their studies");
			}
			for (study, provider, attester, patient) in &self.attestations {
				Pallet::<T>::do_attest(attester, *study, *provider, patient.clone())
					.expect("genesis attestations are of participants the provider knows");
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
		ProtocolAmended { study: StudyId, version: u32, protocol_hash: SaltedHash },
		/// A patient set (`active`) or cleared their broad research consent profile. The profile
		/// itself (DUO codes, disease-specific ones included) is not in the event: events stay in
		/// the blocks forever, the profile is in state while it is set.
		ResearchProfileSet { patient: T::AccountId, active: bool },
		/// A patient joined a study (or re-consented to its current version).
		Joined { study: StudyId, patient: T::AccountId, version: u32, basis: Basis, cohort: u32 },
		/// A patient withdrew from a study (only they can join it again).
		Withdrew { study: StudyId, patient: T::AccountId, cohort: u32 },
		/// A data-holding provider attested a participant as its patient: they count towards k
		/// for that provider.
		Attested { study: StudyId, provider: OrganizationId, patient: T::AccountId, cohort: u32 },
		/// A participation ended because the consent it rested on was revoked or lapsed.
		ParticipationEnded { study: StudyId, patient: T::AccountId, cohort: u32 },
		/// A provider's attestation ended because the research consent it rested on was
		/// revoked or lapsed.
		AttestationEnded { study: StudyId, provider: OrganizationId, patient: T::AccountId },
		/// The funder took back what participants can no longer claim.
		PoolReclaimed { study: StudyId, amount: BalanceOf<T> },
		/// Governance set the consortium's minimum k.
		MinCohortFloorSet { k: u32 },
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
		/// The study was already decided: only a proposed study can be approved or rejected.
		StudyNotProposed,
		/// Only an approved study can be activated (this one is proposed, rejected, already
		/// active or closed).
		StudyNotApproved,
		/// The study is not active: grants, accesses and closing need an active study.
		StudyNotActive,
		/// Patients can join only an approved or active study (this one is proposed, rejected
		/// or closed).
		StudyNotRecruiting,
		/// The study is closed: its protocol and its pool can no longer change.
		StudyClosed,
		/// The study was rejected by its ethics committee: its protocol can no longer change.
		StudyRejected,
		/// Compensation is claimed only once the study is closed.
		StudyNotClosed,
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
		/// The study's institution is not an active ResearchInstitution: suspended
		/// (`OrganizationSuspended`) or no longer registered (`UnknownOrganization`). Its study
		/// is not decided, activated, amended, joined, granted data, accessed, funded or closed
		/// until the institution is reinstated.
		InstitutionNotActive(AccessDenied),
		/// The grant's provider is not an active Provider: suspended (`OrganizationSuspended`) or
		/// no longer registered (`UnknownOrganization`). Its grants give no access until it is
		/// reinstated.
		ProviderNotActive(AccessDenied),
		/// The study's minimum cohort is below the consortium's ([`MinCohortFloor`]).
		MinCohortBelowFloor,
		/// The patient withdrew from the study: only they can join it again.
		Withdrawn,
		/// The patient is neither registered by the provider nor consents to it using their
		/// data for research: the provider cannot attest them.
		NotProvidersPatient,
		/// The provider already attested the participant.
		AlreadyAttested,
		/// The participant has [`MaxAttestations`] attestations.
		TooManyAttestations,
		/// The patient participates in [`Config::MaxStudiesPerPatient`] studies.
		TooManyStudies,
		/// The dataset counts more records than the provider's attested cohort.
		RecordCountAboveCohort,
		/// The grant would outlive the study's end.
		GrantBeyondStudyEnd,
		/// The study has ended (its `ends_at` passed): nothing is joined, granted or accessed.
		StudyEnded,
		/// The grant was made for an earlier protocol version: the provider grants again once
		/// the cohort consents to the current one.
		GrantOfOldProtocol,
		/// The participation still rests on a valid consent.
		ParticipationStillValid,
		/// Nothing in the pool can be taken back now: the study is running, or participants may
		/// still claim.
		PoolNotReclaimable,
		/// Only the pool's funder may do this.
		NotFunder,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxStudyScan::get() > 0, "MaxStudyScan must let a listing look at one id");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers a study of `institution` on `terms`, counted in [`StudiesOfInstitution`].
		///
		/// - Origin: a Researcher of the active ResearchInstitution `institution`.
		/// - Holds [`Config::StudyDeposit`] until the study ends (closed or rejected).
		/// - Emits [`Event::StudyRegistered`].
		/// - Fails with [`Error::AccessDenied`], [`Error::InvalidDataUse`],
		///   [`Error::ZeroMinCohort`], [`Error::MinCohortBelowFloor`], [`Error::EndInPast`] or
		///   [`Error::IdsExhausted`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_study())]
		pub fn register_study(
			origin: OriginFor<T>,
			institution: OrganizationId,
			terms: StudyTerms,
		) -> DispatchResult {
			let researcher = ensure_signed(origin)?;
			Self::do_register_study(researcher, institution, terms)
		}

		/// Approves or rejects a proposed study (or an amended protocol). A rejection ends the
		/// study and returns its deposit.
		///
		/// - Origin: a Reviewer of the active EthicsCommittee `committee` who is not the study's
		///   researcher and is not, and never was, a member of the study's institution.
		/// - Emits [`Event::StudyDecided`].
		/// - Fails with [`Error::UnknownStudy`], [`Error::AccessDenied`],
		///   [`Error::InstitutionNotActive`] (the study's institution is suspended or no longer
		///   registered), [`Error::SelfApproval`] or [`Error::StudyNotProposed`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::decide_study())]
		pub fn decide_study(
			origin: OriginFor<T>,
			study: StudyId,
			committee: OrganizationId,
			approve: bool,
		) -> DispatchResult {
			let reviewer = ensure_signed(origin)?;
			Self::do_decide_study(reviewer, study, committee, approve)
		}

		/// Starts an approved study.
		///
		/// - Origin: the study's researcher, still a Researcher of its institution.
		/// - Emits [`Event::StudyStatusChanged`].
		/// - Fails with [`Error::UnknownStudy`], [`Error::NotResearcher`],
		///   [`Error::InstitutionNotActive`] or [`Error::StudyNotApproved`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::activate_study())]
		pub fn activate_study(origin: OriginFor<T>, study: StudyId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_activate_study(&who, study)
		}

		/// Amends the protocol: a new version of the study, back to `Proposed` until its ethics
		/// committee approves it again (then the researcher activates it again); participants
		/// consented to earlier versions stop counting until they consent again, and grants of
		/// earlier versions give no access. The compensation pool is not touched: it is shared
		/// among the attested participants of every version.
		///
		/// - Origin: the study's researcher, still a Researcher of its institution.
		/// - Emits [`Event::ProtocolAmended`].
		/// - Fails with [`Error::UnknownStudy`], [`Error::NotResearcher`],
		///   [`Error::InstitutionNotActive`], [`Error::StudyClosed`] or [`Error::StudyRejected`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::amend_protocol())]
		pub fn amend_protocol(
			origin: OriginFor<T>,
			study: StudyId,
			protocol_hash: SaltedHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_amend_protocol(&who, study, protocol_hash)
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
			Self::do_set_research_profile(patient, profile)
		}

		/// The caller opts in to the current version of an approved or active study (or
		/// re-consents after an amendment, or joins again after withdrawing). They count
		/// towards k once a data-holding provider attests them ([`Pallet::attest_participant`]).
		///
		/// - Origin: signed by the patient.
		/// - Emits [`Event::Joined`].
		/// - Fails with [`Error::UnknownStudy`], [`Error::InstitutionNotActive`],
		///   [`Error::StudyNotRecruiting`], [`Error::StudyEnded`],
		///   [`Error::AlreadyParticipating`] or [`Error::TooManyStudies`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::opt_in())]
		pub fn opt_in(origin: OriginFor<T>, study: StudyId) -> DispatchResult {
			let patient = ensure_signed(origin)?;
			Self::do_opt_in(study, patient)
		}

		/// Counts `patient` in `study` on their broad research consent: their DUO profile must
		/// match the study's data use (DUOS rules) and their consents must let the study's
		/// institution read every requested category for research (HRESCH). Anyone may submit it
		/// (e.g. the institution's recruiter), except for a patient who withdrew from the study.
		/// Revoking the research consent ends the participation at once.
		///
		/// - Origin: signed, by anyone.
		/// - Emits [`Event::Joined`].
		/// - Fails with [`Error::UnknownStudy`], [`Error::Withdrawn`],
		///   [`Error::NoResearchProfile`], [`Error::DuoMismatch`], [`Error::NoResearchConsent`],
		///   [`Error::InstitutionNotActive`], [`Error::StudyNotRecruiting`],
		///   [`Error::StudyEnded`], [`Error::AlreadyParticipating`] or
		///   [`Error::TooManyStudies`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::join_by_broad_consent())]
		pub fn join_by_broad_consent(
			origin: OriginFor<T>,
			study: StudyId,
			patient: T::AccountId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_join_by_broad_consent(study, patient)
		}

		/// The caller withdraws from a study, with immediate effect for new grants and accesses
		/// (also from a study of a suspended institution). Only they can join it again.
		///
		/// - Origin: signed by the patient.
		/// - Emits [`Event::Withdrew`].
		/// - Fails with [`Error::UnknownStudy`] or [`Error::NotParticipating`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::withdraw())]
		pub fn withdraw(origin: OriginFor<T>, study: StudyId) -> DispatchResult {
			let patient = ensure_signed(origin)?;
			Self::do_withdraw(study, patient)
		}

		/// Grants an active study a de-identified dataset (its commitment and record count)
		/// for its current protocol version until `expires_at` (at the latest the study's end),
		/// if the provider attested at least k participants consented to that version (k: the
		/// study's minimum cohort, at least the consortium's [`MinCohortFloor`]) and the dataset
		/// counts no more records than that cohort.
		///
		/// - Origin: a PrivacyOfficer of the active Provider `provider`.
		/// - Holds [`Config::GrantDeposit`] until the grant is revoked.
		/// - Emits [`Event::DataGranted`].
		/// - Fails with [`Error::UnknownStudy`], [`Error::AccessDenied`],
		///   [`Error::InstitutionNotActive`] (the study's institution is suspended or no longer
		///   registered), [`Error::StudyNotActive`], [`Error::StudyEnded`],
		///   [`Error::CohortTooSmall`], [`Error::RecordCountAboveCohort`],
		///   [`Error::ExpiryInPast`], [`Error::GrantBeyondStudyEnd`] or [`Error::IdsExhausted`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::grant_data())]
		pub fn grant_data(
			origin: OriginFor<T>,
			study: StudyId,
			provider: OrganizationId,
			dataset: SaltedHash,
			record_count: u32,
			expires_at: Moment,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_grant_data(who, study, provider, dataset, record_count, expires_at)
		}

		/// Revokes a grant (also an expired one): no further accesses; its deposit is returned.
		///
		/// - Origin: an active member of the grant's Provider.
		/// - Emits [`Event::GrantRevoked`].
		/// - Fails with [`Error::UnknownGrant`], [`Error::AccessDenied`] or
		///   [`Error::GrantRevoked`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::revoke_grant())]
		pub fn revoke_grant(origin: OriginFor<T>, grant: GrantId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_revoke_grant(&who, grant)
		}

		/// Logs a researcher's access to a granted dataset (the event is the log entry; the grant
		/// counts them). The grant is checked again at each access: the study active and not
		/// ended, the grant of its current protocol version, and the provider's attested cohort
		/// still at least k (withdrawals and revocations take effect at the next access).
		///
		/// - Origin: a Researcher of the study's active institution.
		/// - Emits [`Event::DataAccessed`].
		/// - Fails with [`Error::UnknownGrant`], [`Error::UnknownStudy`],
		///   [`Error::InstitutionNotActive`], [`Error::AccessDenied`],
		///   [`Error::ProviderNotActive`] (the grant's provider is suspended or no longer
		///   registered), [`Error::StudyNotActive`], [`Error::StudyEnded`],
		///   [`Error::GrantOfOldProtocol`], [`Error::CohortTooSmall`], [`Error::GrantRevoked`] or
		///   [`Error::GrantExpired`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::log_access())]
		pub fn log_access(origin: OriginFor<T>, grant: GrantId) -> DispatchResult {
			let researcher = ensure_signed(origin)?;
			Self::do_log_access(researcher, grant)
		}

		/// Closes an active study, returns its deposit and fixes each attested participant's
		/// share of the pool (participants of any protocol version who did not withdraw); what
		/// cannot be shared (no attested participants, or the remainder of the division)
		/// returns to the funder. Shares are claimed within [`Config::ClaimWindow`].
		///
		/// - Origin: the study's researcher, still a Researcher of its institution; or anyone
		///   once the study's end passed.
		/// - Emits [`Event::StudyStatusChanged`].
		/// - Fails with [`Error::UnknownStudy`], [`Error::NotResearcher`], [`Error::AccessDenied`],
		///   [`Error::InstitutionNotActive`] or [`Error::StudyNotActive`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::close_study())]
		pub fn close_study(origin: OriginFor<T>, study: StudyId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_close_study(&who, study)
		}

		/// Puts `amount` into a study's compensation pool, held on the caller's account until
		/// participants claim it (or the funder takes back what they can no longer claim,
		/// [`Pallet::reclaim_pool`]).
		///
		/// - Origin: an active member of the study's institution (one funder per study).
		/// - Emits [`Event::PoolFunded`].
		/// - Fails with [`Error::UnknownStudy`], [`Error::InstitutionNotActive`],
		///   [`Error::AccessDenied`], [`Error::StudyClosed`], [`Error::StudyRejected`],
		///   [`Error::ZeroAmount`] or [`Error::PoolOfAnotherFunder`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::fund_pool())]
		pub fn fund_pool(
			origin: OriginFor<T>,
			study: StudyId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_fund_pool(who, study, amount)
		}

		/// The caller claims their share of a closed study's pool (once, within the claim
		/// window), whatever the institution's status since. Free of fees for a participant with
		/// a share to claim, so that a patient without tokens gets paid.
		///
		/// - Origin: an attested participant of the study (of any protocol version).
		/// - Emits [`Event::CompensationClaimed`].
		/// - Fails with [`Error::UnknownStudy`], [`Error::StudyNotClosed`] or
		///   [`Error::NothingToClaim`] (also after the claim window).
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::claim_compensation())]
		#[pallet::feeless_if(|origin: &OriginFor<T>, study: &StudyId| -> bool {
			ensure_signed(origin.clone())
				.is_ok_and(|patient| Pallet::<T>::has_claim(*study, &patient))
		})]
		pub fn claim_compensation(origin: OriginFor<T>, study: StudyId) -> DispatchResult {
			let patient = ensure_signed(origin)?;
			Self::do_claim_compensation(study, patient)
		}

		/// Attests that `patient`, a participant of `study`'s current version, is `provider`'s
		/// patient: registered by it (onboarded with their signature), or consenting to it
		/// using their data of every requested category for research. From then on they count
		/// towards k for `provider`'s grants (security review H-2).
		///
		/// - Origin: a Clinician or PrivacyOfficer of the active Provider `provider`.
		/// - Emits [`Event::Attested`].
		/// - Fails with [`Error::UnknownStudy`], [`Error::AccessDenied`],
		///   [`Error::InstitutionNotActive`], [`Error::StudyNotRecruiting`],
		///   [`Error::StudyEnded`], [`Error::NotParticipating`] (not consented to the current
		///   version), [`Error::NotProvidersPatient`], [`Error::AlreadyAttested`] or
		///   [`Error::TooManyAttestations`].
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::attest_participant())]
		pub fn attest_participant(
			origin: OriginFor<T>,
			study: StudyId,
			provider: OrganizationId,
			patient: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_attest(&who, study, provider, patient)
		}

		/// Ends `patient`'s participation in `study` if the broad consent it rested on no longer
		/// holds (it expired, or the profile changed), and the attestations that rested on a
		/// research consent to a provider that no longer permits it. A revocation does this at
		/// once; an expiry needs this call, which anyone may make (a provider before granting,
		/// the patient's app, an auditor).
		///
		/// - Origin: signed, by anyone.
		/// - Emits [`Event::ParticipationEnded`] or [`Event::AttestationEnded`].
		/// - Fails with [`Error::UnknownStudy`], [`Error::NotParticipating`] or
		///   [`Error::ParticipationStillValid`].
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::recheck_participant())]
		pub fn recheck_participant(
			origin: OriginFor<T>,
			study: StudyId,
			patient: T::AccountId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_recheck(study, patient)
		}

		/// The funder takes back what participants can no longer claim: the whole pool of a
		/// rejected study, or of a study that reached its end without being activated; what
		/// nobody claimed within the claim window after the close.
		///
		/// - Origin: the pool's funder.
		/// - Emits [`Event::PoolReclaimed`].
		/// - Fails with [`Error::UnknownStudy`], [`Error::NothingToClaim`] (no pool, or nothing
		///   left), [`Error::NotFunder`] or [`Error::PoolNotReclaimable`].
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::reclaim_pool())]
		pub fn reclaim_pool(origin: OriginFor<T>, study: StudyId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reclaim_pool(&who, study)
		}

		/// Sets the consortium's minimum k ([`MinCohortFloor`]), at least 1. Studies registered
		/// before keep their `min_cohort`, but no grant or access goes below the floor.
		///
		/// - Origin: the governance origin.
		/// - Emits [`Event::MinCohortFloorSet`].
		/// - Fails with [`Error::ZeroMinCohort`].
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::set_min_cohort_floor())]
		pub fn set_min_cohort_floor(origin: OriginFor<T>, k: u32) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(k > 0, Error::<T>::ZeroMinCohort);
			MinCohortFloor::<T>::put(k);
			Self::deposit_event(Event::MinCohortFloorSet { k });
			Ok(())
		}
	}
}
