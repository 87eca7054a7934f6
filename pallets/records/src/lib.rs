//! # Records
//!
//! Providers keep clinical records in their own systems (FHIR servers, EHRs); this pallet proves
//! that a record existed at a time, who wrote it, that it was not altered and which version is
//! current — without ever seeing its content.
//!
//! ## Terms
//! - *Commitment*: `blake2_256(salt ‖ document)`, 32 bytes, computed off chain with a 256-bit
//!   random salt the holder keeps. Without the salt the commitment reveals nothing and cannot be
//!   linked to the document; with both, anyone can check the document against the chain.
//! - *Anchoring*: a Clinician of an active Provider anchors a record of a patient when the
//!   patient's consent permits the Provider to *write* data of that category ([`ConsentInspect`],
//!   the one evaluation of `pallet-consent`), or the patient anchors their own. Clinical writes
//!   (anchoring, amending, marking in error a provider's record) need the `Clinician` role; any
//!   other role of the Provider (Billing, Admin, …) is refused.
//! - *Commitments are bound to their patient*: a commitment is anchored once per patient, and
//!   [`RecordByCommitment`] finds a record from its patient and commitment (proof of existence
//!   and integrity). Someone who copies a provider's commitment from the transaction pool can only
//!   anchor it as a record of their own: it neither blocks the provider's record nor changes what
//!   a lookup for the real patient finds.
//! - *Versions*: [`Pallet::amend_record`] anchors a new version that supersedes the current one;
//!   both directions are stored (`previous`, `superseded_by`); at most [`Config::MaxVersions`].
//! - *Status* ([`RecordStatus`]): current, superseded, entered in error, erased. Only a current
//!   version states what is true now (claims accept only current versions as evidence).
//!   *Erasure* records that the holder destroyed the document and its salt (crypto-shredding):
//!   the entry stays as a tombstone for audit, and the commitment can no longer be linked to
//!   anything. Erasure covers **one version**: the earlier versions of a record keep their own
//!   commitments, which stay linkable by whoever kept their salts, so each version must be erased
//!   (the patient, a Clinician or the Privacy Officer of the record's Provider erases).
//! - *Batches*: one extrinsic anchors the root of a binary Merkle tree (`binary-merkle-tree`,
//!   BLAKE2-256) over many 32-byte leaves with its leaf count; [`Pallet::verify_batch_leaf`]
//!   checks a leaf's inclusion proof against the anchored root. A batch has a [`BatchScope`]:
//!   *audit* events (no patient, no category; any active member of any active organization), or
//!   *records* of one patient and one category, which need exactly what a single record needs (a
//!   Clinician of an active Provider and the patient's consent to write that category for the
//!   purpose). A root is anchored once per organization ([`BatchByRoot`]), so a member of another
//!   organization cannot squat it. Batches anchored before storage version 3 that named a
//!   category had no patient: the migration keeps them as [`BatchScope::Unattributed`], a scope
//!   no call creates.
//! - Every record version and batch holds a deposit from whoever anchored it
//!   ([`Config::RecordDeposit`], [`Config::BatchDeposit`]): state growth is paid for.
//!
//! ## Dispatchables
//! - [`Pallet::anchor_record`]: a provider's Clinician anchors a record with the patient's consent.
//! - [`Pallet::anchor_own_record`]: a patient anchors a record of their own.
//! - [`Pallet::amend_record`]: a new version of a current record.
//! - [`Pallet::mark_entered_in_error`]: the current version was entered in error.
//! - [`Pallet::erase_record`]: the holder destroyed the data and salt.
//! - [`Pallet::anchor_batch`]: the Merkle root of many leaves (audit events, or one patient's
//!   records).
//!
//! ## For clients
//! The read-only queries the runtime API forwards are in `queries.rs`, each returning what a
//! client shows: [`Pallet::record`], [`Pallet::record_by_commitment`], [`Pallet::records_of`] (a
//! [`healthchain_primitives::Page`] in id order with an exact cursor), [`Pallet::history`],
//! [`Pallet::batch`], [`Pallet::verify_batch_leaf`] (a [`LeafProof`]). The invariants are in `try_state.rs`;
//! storage migrations in [`migrations`].

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod migrations;
#[cfg(test)]
mod mock;
mod queries;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", feature = "std"))]
mod try_state;
pub mod types;
pub mod weights;

use alloc::vec::Vec;

use frame_support::{
	dispatch::PostDispatchInfo,
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, Mutate, MutateHold},
		Time,
	},
};
use frame_system::pallet_prelude::*;
use healthchain_primitives::SortKey;
pub use healthchain_primitives::{
	AccessDenied, Action, ConsentInspect, DataCategory, Decision, DenyReason, Moment,
	OrganizationId, OrganizationInspect, OrganizationKind, Purpose, RecordFacts, RecordsInspect,
	Role,
};
use healthchain_primitives::{MerkleRoot, SaltedHash};
pub use pallet::*;
use sp_core::H256;
pub use types::*;
pub use weights::WeightInfo;

/// The balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// A record version with the runtime's types.
pub type RecordOf<T> = Record<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
/// A batch with the runtime's types.
pub type BatchOf<T> = Batch<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
/// A batch's scope with the runtime's types.
pub type BatchScopeOf<T> = BatchScope<<T as frame_system::Config>::AccountId>;
/// A record's version history with the runtime's types.
pub type RecordHistoryOf<T> = RecordHistory<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

/// A record anchored at genesis: `(author, organization, patient, purpose, category,
/// commitment)`.
pub type GenesisRecord<AccountId> =
	(AccountId, OrganizationId, AccountId, Purpose, DataCategory, H256);

/// The most leaves a batch may have (2^24, about 16.8 million): proofs stay at most
/// [`MAX_PROOF_HASHES`] hashes.
pub const MAX_BATCH_LEAVES: u32 = 1 << 24;

/// The most hashes an inclusion proof of a batch leaf has: the depth of a tree of
/// [`MAX_BATCH_LEAVES`] leaves. Longer proofs are refused before any is read.
pub const MAX_PROOF_HASHES: usize = 24;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version: 2 since [`RecordsOf`] keys record ids as
	/// [`SortKey`]s with the `Identity` hasher ([`crate::migrations::MigrateToV2`]); 3 since
	/// [`RecordByCommitment`] is keyed by patient and [`BatchByRoot`] by organization, and
	/// batches carry a [`BatchScope`] ([`crate::migrations::MigrateToV3`]).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(3);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The currency deposits are held in.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Mutate<Self::AccountId>;

		/// The organization registry: who may anchor for a provider (its Clinicians).
		type Organizations: OrganizationInspect<Self::AccountId>;

		/// The consent registry: may the provider write this patient's data of this category?
		type Consent: ConsentInspect<Self::AccountId>;

		/// The current time (milliseconds since the Unix epoch).
		type Time: Time<Moment = Moment>;

		/// Held from the author per record version.
		#[pallet::constant]
		type RecordDeposit: Get<BalanceOf<Self>>;

		/// Held from the submitter per batch.
		#[pallet::constant]
		type BatchDeposit: Get<BalanceOf<Self>>;

		/// The most versions a record has; bounds every walk of its history.
		#[pallet::constant]
		type MaxVersions: Get<u32>;

		/// Weights of the calls, from benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A record version.
		Record,
		/// A batch.
		Batch,
	}

	/// The id the next record version gets.
	#[pallet::storage]
	pub type NextRecordId<T> = StorageValue<_, RecordId, ValueQuery>;

	/// Record versions by id.
	#[pallet::storage]
	pub type Records<T: Config> = StorageMap<_, Twox64Concat, RecordId, RecordOf<T>>;

	/// The record version anchored with each commitment of each patient: a commitment is
	/// anchored once per patient, so a copy anchored by someone else (as their own record) is
	/// another entry and neither blocks nor hijacks the patient's. The commitment is a BLAKE2
	/// hash under the patient's hashed key, so the `Identity` hasher cannot unbalance the trie
	/// beyond the caller's own patient prefix.
	#[pallet::storage]
	pub type RecordByCommitment<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Identity, H256, RecordId>;

	/// The record versions of each patient (an index for listing them), in id order: the id
	/// is stored big-endian ([`SortKey`]) with the `Identity` hasher, so a patient's entries
	/// iterate in ascending id order. Ids are handed out by the chain, never chosen by a caller,
	/// so the unhashed key cannot be used to unbalance the trie.
	#[pallet::storage]
	pub type RecordsOf<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Identity, SortKey<RecordId>, ()>;

	/// The id the next batch gets.
	#[pallet::storage]
	pub type NextBatchId<T> = StorageValue<_, BatchId, ValueQuery>;

	/// Batches by id.
	#[pallet::storage]
	pub type Batches<T: Config> = StorageMap<_, Twox64Concat, BatchId, BatchOf<T>>;

	/// The batch each organization anchored with each root: a root is anchored once per
	/// organization, so a member of another organization cannot squat it.
	#[pallet::storage]
	pub type BatchByRoot<T: Config> =
		StorageDoubleMap<_, Twox64Concat, OrganizationId, Identity, H256, BatchId>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// `(author, organization, patient, purpose, category, commitment)`: records anchored
		/// at genesis by a provider's Clinician, with the patient's consent, in this order.
		pub records: Vec<GenesisRecord<T::AccountId>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (author, org, patient, purpose, category, commitment) in &self.records {
				Pallet::<T>::do_anchor(
					author,
					patient.clone(),
					Some((*org, *purpose)),
					*category,
					*commitment,
					None,
					None,
				)
				.expect("genesis records are consented and their authors can pay the deposit");
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A record version was anchored (`previous` is the version it amends).
		RecordAnchored {
			record: RecordId,
			patient: T::AccountId,
			organization: Option<OrganizationId>,
			commitment: SaltedHash,
			version: u32,
			previous: Option<RecordId>,
		},
		/// A record version was marked as entered in error.
		RecordEnteredInError { record: RecordId, patient: T::AccountId },
		/// The holder erased a record version (data and salt destroyed); a tombstone remains.
		RecordErased { record: RecordId, patient: T::AccountId, by: T::AccountId },
		/// A batch root was anchored (its scope is read from [`Batches`]: events name no patient
		/// or category).
		BatchAnchored {
			batch: BatchId,
			organization: OrganizationId,
			root: MerkleRoot,
			leaf_count: u32,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The caller may not act for the organization, or lacks the role the action needs
		/// (`MissingRole`: clinical writes need `Clinician`); the inner code says why.
		AccessDenied(AccessDenied),
		/// Only a Provider anchors, amends or corrects records.
		NotAProvider,
		/// The patient's consents do not permit the provider to write this category; the inner
		/// code is the most specific reason.
		ConsentDenied(DenyReason),
		/// This commitment is already anchored for this patient.
		DuplicateCommitment,
		/// No record version has this id.
		UnknownRecord,
		/// Only the current version can be amended or marked as entered in error.
		NotCurrentVersion,
		/// The record was erased.
		RecordErased,
		/// The caller is neither the record's patient nor a member of its provider with the role.
		NotYourRecord,
		/// The record has `MaxVersions` versions.
		TooManyVersions,
		/// This organization already anchored this root.
		DuplicateRoot,
		/// A batch needs at least one leaf.
		EmptyBatch,
		/// A batch has at most `MAX_BATCH_LEAVES` leaves.
		TooManyLeaves,
		/// No id is left.
		IdsExhausted,
		/// Only the migration to storage version 3 gives a batch the `Unattributed` scope.
		UnattributedScope,
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
		/// Anchors a record of `patient` held by the Provider `organization`: its `category`,
		/// `commitment` and optional FHIR resource type. The patient's consent must permit
		/// `organization` to write `category` data for `purpose`.
		///
		/// - Origin: signed by an active Clinician of the active Provider `organization` (the
		///   author).
		/// - Holds [`Config::RecordDeposit`] from the author.
		/// - Emits [`Event::RecordAnchored`].
		/// - Fails with [`Error::AccessDenied`] (`MissingRole` for a member who is not a
		///   Clinician), [`Error::NotAProvider`], [`Error::ConsentDenied`],
		///   [`Error::DuplicateCommitment`] (this patient already has this commitment) or
		///   [`Error::IdsExhausted`], or when the deposit cannot be held.
		/// - Weight: declared for a consent evaluation that reads every consent of the patient;
		///   the consents it did not read are not charged
		///   ([`ConsentInspect::unused_evaluation_weight`]). The same holds for
		///   [`Pallet::amend_record`] and [`Pallet::anchor_batch`] (an audit batch evaluates
		///   none).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::anchor_record())]
		pub fn anchor_record(
			origin: OriginFor<T>,
			organization: OrganizationId,
			patient: T::AccountId,
			purpose: Purpose,
			category: DataCategory,
			commitment: SaltedHash,
			fhir_type: Option<FhirResourceType>,
		) -> DispatchResultWithPostInfo {
			let author = ensure_signed(origin)?;
			let (_, read) = Self::do_anchor(
				&author,
				patient,
				Some((organization, purpose)),
				category,
				commitment,
				fhir_type,
				None,
			)?;
			Ok(Self::charged(T::WeightInfo::anchor_record(), read))
		}

		/// Anchors a record of the caller's own (e.g. from a wearable or a patient-held
		/// document). The commitment is bound to the caller: anchoring someone else's
		/// commitment makes it a record of the caller's, never of its real patient.
		///
		/// - Origin: signed by the patient.
		/// - Holds [`Config::RecordDeposit`] from the patient.
		/// - Emits [`Event::RecordAnchored`].
		/// - Fails with [`Error::DuplicateCommitment`] (the caller already anchored this
		///   commitment) or [`Error::IdsExhausted`], or when the deposit cannot be held.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::anchor_own_record())]
		pub fn anchor_own_record(
			origin: OriginFor<T>,
			category: DataCategory,
			commitment: SaltedHash,
			fhir_type: Option<FhirResourceType>,
		) -> DispatchResult {
			let patient = ensure_signed(origin)?;
			Self::do_anchor(&patient, patient.clone(), None, category, commitment, fhir_type, None)
				.map(|_| ())
		}

		/// Anchors `commitment` as the next version of `record`, which it supersedes. For a
		/// provider's record the same checks as [`Pallet::anchor_record`] apply (the consent for
		/// the record's purpose and category); the patient amends their own records.
		///
		/// - Origin: a Clinician of the record's Provider, or the patient for their own records.
		/// - Holds [`Config::RecordDeposit`] from the caller.
		/// - Emits [`Event::RecordAnchored`] with `previous`.
		/// - Fails with [`Error::UnknownRecord`], [`Error::RecordErased`],
		///   [`Error::NotCurrentVersion`], [`Error::NotYourRecord`], [`Error::TooManyVersions`],
		///   the errors of [`Pallet::anchor_record`], or when the deposit cannot be held.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::amend_record())]
		pub fn amend_record(
			origin: OriginFor<T>,
			record: RecordId,
			commitment: SaltedHash,
			fhir_type: Option<FhirResourceType>,
		) -> DispatchResultWithPostInfo {
			let author = ensure_signed(origin)?;
			let old = Self::current(record)?;
			let provider = match (old.organization, old.purpose) {
				(Some(org), Some(purpose)) => Some((org, purpose)),
				_ => {
					ensure!(author == old.patient, Error::<T>::NotYourRecord);
					None
				},
			};
			ensure!(old.version < T::MaxVersions::get(), Error::<T>::TooManyVersions);
			let (_, read) = Self::do_anchor(
				&author,
				old.patient,
				provider,
				old.category,
				commitment,
				fhir_type,
				Some((record, old.version)),
			)?;
			Ok(Self::charged(T::WeightInfo::amend_record(), read))
		}

		/// Marks the current version of a record as entered in error (a clinical judgement).
		///
		/// - Origin: an active Clinician of the record's active Provider, or the patient for
		///   their own records.
		/// - Emits [`Event::RecordEnteredInError`].
		/// - Fails with [`Error::UnknownRecord`], [`Error::RecordErased`],
		///   [`Error::NotCurrentVersion`], [`Error::NotYourRecord`] or [`Error::AccessDenied`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::mark_entered_in_error())]
		pub fn mark_entered_in_error(origin: OriginFor<T>, record: RecordId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut entry = Self::current(record)?;
			match entry.organization {
				Some(org) => Self::ensure_provider_role(org, &who, &[Role::Clinician])?,
				None => ensure!(who == entry.patient, Error::<T>::NotYourRecord),
			}
			entry.status = RecordStatus::EnteredInError;
			entry.status_changed_at = Some(T::Time::now());
			let patient = entry.patient.clone();
			Records::<T>::insert(record, entry);
			Self::deposit_event(Event::RecordEnteredInError { record, patient });
			Ok(())
		}

		/// Records that the holder erased a record version: the document and its salt are
		/// destroyed, so the commitment can no longer be linked to anything. The entry stays as
		/// a tombstone (status `Erased`) for audit; its deposit stays held. Erasure covers this
		/// version only: the earlier versions keep their own commitments, so each version of a
		/// record must be erased.
		///
		/// - Origin: the record's patient, or an active Clinician or Privacy Officer of its
		///   active Provider (erasure answers a data-protection request, the Privacy Officer's
		///   remit, as well as a clinical decision).
		/// - Emits [`Event::RecordErased`].
		/// - Fails with [`Error::UnknownRecord`], [`Error::RecordErased`],
		///   [`Error::NotYourRecord`] or [`Error::AccessDenied`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::erase_record())]
		pub fn erase_record(origin: OriginFor<T>, record: RecordId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut entry = Records::<T>::get(record).ok_or(Error::<T>::UnknownRecord)?;
			ensure!(entry.status != RecordStatus::Erased, Error::<T>::RecordErased);
			if who != entry.patient {
				let org = entry.organization.ok_or(Error::<T>::NotYourRecord)?;
				Self::ensure_provider_role(org, &who, &[Role::Clinician, Role::PrivacyOfficer])?;
			}
			entry.status = RecordStatus::Erased;
			entry.status_changed_at = Some(T::Time::now());
			let patient = entry.patient.clone();
			Records::<T>::insert(record, entry);
			Self::deposit_event(Event::RecordErased { record, patient, by: who });
			Ok(())
		}

		/// Anchors the `root` of a binary Merkle tree over `leaf_count` 32-byte leaves for
		/// `organization`, with its `scope`: audit events ([`BatchScope::Audit`]), or records of
		/// one patient and category ([`BatchScope::Records`]), which need what
		/// [`Pallet::anchor_record`] needs.
		///
		/// - Origin: for an audit batch, signed by an active member of the active
		///   `organization` (any kind); for a records batch, by an active Clinician of the
		///   active Provider `organization` whose write of `category` for `purpose` the
		///   patient's consent permits.
		/// - Holds [`Config::BatchDeposit`] from the caller.
		/// - Emits [`Event::BatchAnchored`].
		/// - Fails with [`Error::UnattributedScope`], [`Error::AccessDenied`],
		///   [`Error::NotAProvider`], [`Error::ConsentDenied`], [`Error::EmptyBatch`],
		///   [`Error::TooManyLeaves`], [`Error::DuplicateRoot`] (the organization already
		///   anchored this root) or [`Error::IdsExhausted`], or when the deposit cannot be held.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::anchor_batch())]
		pub fn anchor_batch(
			origin: OriginFor<T>,
			organization: OrganizationId,
			root: MerkleRoot,
			leaf_count: u32,
			scope: BatchScopeOf<T>,
		) -> DispatchResultWithPostInfo {
			let submitter = ensure_signed(origin)?;
			let read = match &scope {
				BatchScope::Audit => {
					T::Organizations::ensure_member(organization, &submitter)
						.map_err(Error::<T>::AccessDenied)?;
					0
				},
				BatchScope::Records { patient, purpose, category } => Self::ensure_clinical_write(
					organization,
					&submitter,
					patient,
					*purpose,
					*category,
				)?,
				BatchScope::Unattributed { .. } => return Err(Error::<T>::UnattributedScope.into()),
			};
			ensure!(leaf_count > 0, Error::<T>::EmptyBatch);
			ensure!(leaf_count <= MAX_BATCH_LEAVES, Error::<T>::TooManyLeaves);
			ensure!(!BatchByRoot::<T>::contains_key(organization, root), Error::<T>::DuplicateRoot);
			let id = NextBatchId::<T>::get();
			let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
			let deposit = T::BatchDeposit::get();
			T::Currency::hold(&HoldReason::Batch.into(), &submitter, deposit)?;
			Batches::<T>::insert(
				id,
				Batch {
					organization,
					submitter,
					root,
					leaf_count,
					scope,
					anchored_at: T::Time::now(),
					deposit,
				},
			);
			BatchByRoot::<T>::insert(organization, root, id);
			NextBatchId::<T>::put(next);
			Self::deposit_event(Event::BatchAnchored { batch: id, organization, root, leaf_count });
			Ok(Self::charged(T::WeightInfo::anchor_batch(), read))
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The actual weight of a call declared as `declared` for the worst-case consent
	/// evaluation, whose evaluation read `read` consents (none when it made none): the unread
	/// consents are not charged.
	fn charged(declared: Weight, read: u32) -> PostDispatchInfo {
		Some(declared.saturating_sub(T::Consent::unused_evaluation_weight(read))).into()
	}

	/// `who` is an active member of the active Provider `org` holding one of `roles` (an
	/// unexpired credential). A non-Provider is [`WriteRefusal::NotAProvider`]; every other
	/// refusal is [`WriteRefusal::AccessDenied`] with the registry's reason (`MissingRole` when
	/// `who` holds none of `roles`).
	fn provider_role(
		org: OrganizationId,
		who: &T::AccountId,
		roles: &[Role],
	) -> Result<(), WriteRefusal> {
		let mut denied = AccessDenied::MissingRole;
		for role in roles {
			match T::Organizations::ensure_role(org, who, OrganizationKind::Provider, *role) {
				Ok(()) => return Ok(()),
				Err(reason) => denied = reason,
			}
		}
		Err(match denied {
			AccessDenied::WrongKind => WriteRefusal::NotAProvider,
			reason => WriteRefusal::AccessDenied(reason),
		})
	}

	/// [`Self::provider_role`] as the pallet's error.
	fn ensure_provider_role(
		org: OrganizationId,
		who: &T::AccountId,
		roles: &[Role],
	) -> DispatchResult {
		Self::provider_role(org, who, roles).map_err(|refusal| Error::<T>::from(refusal).into())
	}

	/// `author` may write `patient`'s data of `category` for `purpose` for the Provider `org`:
	/// a Clinician of the active Provider, with the patient's consent. The one check of every
	/// clinical write (a record, its amendment, a records batch, and
	/// [`Pallet::check_anchor`] that gateways ask first).
	/// Returns how many consents the evaluation read.
	pub(crate) fn clinical_write(
		org: OrganizationId,
		author: &T::AccountId,
		patient: &T::AccountId,
		purpose: Purpose,
		category: DataCategory,
	) -> Result<u32, WriteRefusal> {
		Self::provider_role(org, author, &[Role::Clinician])?;
		match T::Consent::evaluate_counted(patient, org, purpose, category, Action::Write) {
			(Decision::Deny(reason), _) => Err(WriteRefusal::ConsentDenied(reason)),
			(Decision::Permit(_), read) => Ok(read),
		}
	}

	/// [`Self::clinical_write`] as the pallet's error.
	fn ensure_clinical_write(
		org: OrganizationId,
		author: &T::AccountId,
		patient: &T::AccountId,
		purpose: Purpose,
		category: DataCategory,
	) -> Result<u32, DispatchError> {
		Self::clinical_write(org, author, patient, purpose, category)
			.map_err(|refusal| Error::<T>::from(refusal).into())
	}

	/// `commitment` is not yet anchored for `patient`.
	pub(crate) fn new_commitment(
		patient: &T::AccountId,
		commitment: H256,
	) -> Result<(), WriteRefusal> {
		ensure!(
			!RecordByCommitment::<T>::contains_key(patient, commitment),
			WriteRefusal::DuplicateCommitment
		);
		Ok(())
	}

	/// The record version `record`, if it is current.
	fn current(record: RecordId) -> Result<RecordOf<T>, DispatchError> {
		let entry = Records::<T>::get(record).ok_or(Error::<T>::UnknownRecord)?;
		match entry.status {
			RecordStatus::Current => Ok(entry),
			RecordStatus::Erased => Err(Error::<T>::RecordErased.into()),
			_ => Err(Error::<T>::NotCurrentVersion.into()),
		}
	}

	/// Anchors a record version by `author`: for a provider (`Some((organization, purpose))`)
	/// after the role and consent checks ([`Self::ensure_clinical_write`]), else as the
	/// patient's own. `amends` is the version it supersedes and that version's number. Returns
	/// the new version's id and how many consents the check read (0 for a patient's own).
	pub(crate) fn do_anchor(
		author: &T::AccountId,
		patient: T::AccountId,
		provider: Option<(OrganizationId, Purpose)>,
		category: DataCategory,
		commitment: H256,
		fhir_type: Option<FhirResourceType>,
		amends: Option<(RecordId, u32)>,
	) -> Result<(RecordId, u32), DispatchError> {
		let read = match provider {
			Some((org, purpose)) => {
				Self::ensure_clinical_write(org, author, &patient, purpose, category)?
			},
			None => 0,
		};
		Self::new_commitment(&patient, commitment).map_err(Error::<T>::from)?;
		let id = NextRecordId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		let deposit = T::RecordDeposit::get();
		T::Currency::hold(&HoldReason::Record.into(), author, deposit)?;
		let now = T::Time::now();
		let (previous, version) = match amends {
			Some((old, old_version)) => {
				Records::<T>::mutate(old, |entry| {
					if let Some(entry) = entry {
						entry.status = RecordStatus::Superseded;
						entry.superseded_by = Some(id);
						entry.status_changed_at = Some(now);
					}
				});
				(Some(old), old_version.saturating_add(1))
			},
			None => (None, 1),
		};
		Records::<T>::insert(
			id,
			Record {
				patient: patient.clone(),
				organization: provider.map(|(org, _)| org),
				purpose: provider.map(|(_, purpose)| purpose),
				author: author.clone(),
				category,
				commitment,
				fhir_type,
				version,
				previous,
				superseded_by: None,
				status: RecordStatus::Current,
				anchored_at: now,
				status_changed_at: None,
				deposit,
			},
		);
		RecordByCommitment::<T>::insert(&patient, commitment, id);
		RecordsOf::<T>::insert(&patient, SortKey(id), ());
		NextRecordId::<T>::put(next);
		Self::deposit_event(Event::RecordAnchored {
			record: id,
			patient,
			organization: provider.map(|(org, _)| org),
			commitment,
			version,
			previous,
		});
		Ok((id, read))
	}
}

impl<T: Config> RecordsInspect<T::AccountId> for Pallet<T> {
	fn record_facts(id: RecordId) -> Option<RecordFacts<T::AccountId>> {
		Records::<T>::get(id).map(|r| RecordFacts {
			patient: r.patient,
			organization: r.organization,
			status: r.status,
		})
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_record(patient: &T::AccountId, organization: OrganizationId) -> RecordId {
		use sp_runtime::traits::Hash;
		let id = NextRecordId::<T>::get();
		let commitment = sp_runtime::traits::BlakeTwo256::hash_of(&(b"benchmark record", id));
		let author: T::AccountId = frame_benchmarking::account("record author", 0, 0);
		T::Consent::benchmark_permit(
			patient,
			organization,
			Purpose::Treatment,
			DataCategory::LabResults,
			Action::Write,
		);
		if T::Organizations::ensure_role(
			organization,
			&author,
			OrganizationKind::Provider,
			Role::Clinician,
		)
		.is_err()
		{
			T::Organizations::benchmark_add_member(organization, author.clone(), Role::Clinician);
		}
		use sp_runtime::traits::{Bounded, CheckedDiv};
		let _ = T::Currency::set_balance(
			&author,
			BalanceOf::<T>::max_value().checked_div(&1_000_000u32.into()).unwrap_or_default(),
		);
		Self::do_anchor(
			&author,
			patient.clone(),
			Some((organization, Purpose::Treatment)),
			DataCategory::LabResults,
			commitment,
			None,
			None,
		)
		.expect("benchmark record is anchored")
		.0
	}
}
