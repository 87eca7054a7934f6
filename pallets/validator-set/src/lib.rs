//! # Validator set
//!
//! The consortium decides who validates HealthChain. This pallet keeps the list of validator
//! accounts, lets the governance origin (the council, or Root in development) admit and remove
//! validators without a runtime upgrade, and hands the list to `pallet-session` as its
//! [`SessionManager`]: Aura and GRANDPA use the new set from the session after the change is
//! planned (pallet-session queues a set one session ahead).
//!
//! ## Terms
//! - *Validator*: an account whose session keys (Aura sr25519, GRANDPA ed25519) are registered
//!   with `pallet-session` (`session.setKeys`) and which governance admitted.
//! - *Session*: a fixed number of blocks after which a new set takes effect: the genesis
//!   configuration's `session_length`, else [`Config::DefaultSessionLength`]. Sessions end
//!   through [`PeriodicSessions`] (pallet-session's `ShouldEndSession` and
//!   `EstimateNextSessionRotation`): a production chain rotates every hour or so, while a test
//!   network that wants to see validator changes within a minute sets a short length in its own
//!   genesis. A rotation block carries no transactions (pallet-session reserves the whole block
//!   for it), so the length is also the share of blocks lost to rotations: 1 in 600 at an hour.
//!
//! ## Dispatchables
//! - [`Pallet::add_validator`]: governance admits a validator (its session keys must be set).
//! - [`Pallet::remove_validator`]: governance removes a validator (the set never falls below
//!   `MinValidators`).
//!
//! GRANDPA needs more than 2/3 of the validators online to finalize: operators keep the set at
//! four or more so that one validator can be down.
//!
//! A session rotation hands pallet-session a set only when governance changed it since the set
//! last planned ([`Planned`]): an unchanged set is no authority-set change, so GRANDPA's set id
//! (and the justifications stored at each change) grows with real changes only.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

use alloc::vec::Vec;

use core::marker::PhantomData;

use frame_support::{
	pallet_prelude::*,
	traits::{EstimateNextSessionRotation, ValidatorRegistration},
};
use frame_system::pallet_prelude::*;
pub use pallet::*;
use pallet_session::{SessionManager, ShouldEndSession};
use sp_runtime::{
	traits::{One, Saturating, Zero},
	Permill,
};
use sp_staking::SessionIndex;
pub use weights::WeightInfo;

const LOG_TARGET: &str = "runtime::validator-set";

/// Registers session keys for an account in benchmarks, so that it can be admitted.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Makes `who` a registered validator candidate (its session keys set).
	fn register_keys(who: &AccountId);
}

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
		/// Who admits and removes validators: the consortium council (or Root).
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Whether an account has registered session keys (`pallet-session`): only those can be
		/// admitted, or the next session would have a validator that cannot author or vote.
		type ValidatorRegistration: ValidatorRegistration<Self::AccountId>;

		/// The most validators the set holds; bounds storage and the session change's work.
		/// At most Aura's and GRANDPA's `MaxAuthorities`.
		#[pallet::constant]
		type MaxValidators: Get<u32>;

		/// The fewest validators the set may shrink to by removals.
		#[pallet::constant]
		type MinValidators: Get<u32>;

		/// The length of a session in blocks when the genesis configuration sets none: a
		/// production length (e.g. an hour).
		#[pallet::constant]
		type DefaultSessionLength: Get<BlockNumberFor<Self>>;

		/// Weights of the calls, from benchmarks.
		type WeightInfo: WeightInfo;

		/// Registers session keys for benchmark accounts.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// The validators admitted by governance, in admission order. The session after next uses
	/// exactly this set.
	#[pallet::storage]
	pub type Validators<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxValidators>, ValueQuery>;

	/// The set last handed to pallet-session ([`SessionManager::new_session`]). A session
	/// whose admitted set equals it plans no change: pallet-session counts any set it is handed
	/// as a change, and GRANDPA starts a new authority set (a new set id, a stored
	/// justification, more work for warp sync and light clients) for each. `None` until the
	/// first session is planned, or set at genesis to the genesis validators (after an upgrade
	/// from a runtime without it: one more change).
	#[pallet::storage]
	pub type Planned<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxValidators>, OptionQuery>;

	/// The length of a session in blocks, when the genesis configuration set one (else
	/// [`Config::DefaultSessionLength`]; see [`Pallet::session_length`]).
	#[pallet::storage]
	pub type SessionLength<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The validators of the first sessions. Their session keys come from `pallet-session`'s
		/// genesis (`session.keys`); an empty list leaves the choice to it.
		pub initial_validators: Vec<T::AccountId>,
		/// The length of a session in blocks; `None` keeps [`Config::DefaultSessionLength`].
		/// Test networks that must see validator changes quickly set a short one.
		#[serde(default)]
		pub session_length: Option<BlockNumberFor<T>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let mut validators = BoundedVec::<T::AccountId, T::MaxValidators>::default();
			for who in &self.initial_validators {
				assert!(!validators.contains(who), "duplicate genesis validator");
				validators
					.try_push(who.clone())
					.expect("more genesis validators than MaxValidators");
			}
			// pallet-session, built before this pallet, starts from the validators its genesis
			// gives keys to: in every preset, exactly these.
			if !validators.is_empty() {
				Planned::<T>::put(&validators);
			}
			Validators::<T>::put(validators);
			if let Some(length) = self.session_length {
				assert!(!length.is_zero(), "a session lasts at least one block");
				SessionLength::<T>::put(length);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `who` was admitted; it validates from the session after next.
		ValidatorAdded { who: T::AccountId },
		/// `who` was removed; it stops validating from the session after next.
		ValidatorRemoved { who: T::AccountId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already a validator.
		AlreadyValidator,
		/// The account is not a validator.
		NotValidator,
		/// The set already holds `MaxValidators` validators.
		TooManyValidators,
		/// Removing the validator would leave fewer than `MinValidators`.
		TooFewValidators,
		/// The account has not registered session keys (`session.setKeys`).
		NoSessionKeys,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(!T::DefaultSessionLength::get().is_zero(), "a session lasts at least a block");
			assert!(T::MinValidators::get() >= 1, "a chain needs at least one validator");
			assert!(T::MinValidators::get() <= T::MaxValidators::get());
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Admits `who` as a validator.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - `who` must have set session keys and must not be a validator already.
		/// - Takes effect from the session after next. Emits [`Event::ValidatorAdded`].
		/// - Fails with [`Error::AlreadyValidator`], [`Error::NoSessionKeys`] or
		///   [`Error::TooManyValidators`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_validator(T::MaxValidators::get()))]
		pub fn add_validator(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let mut validators = Validators::<T>::get();
			ensure!(!validators.contains(&who), Error::<T>::AlreadyValidator);
			ensure!(T::ValidatorRegistration::is_registered(&who), Error::<T>::NoSessionKeys);
			validators.try_push(who.clone()).map_err(|_| Error::<T>::TooManyValidators)?;

			Validators::<T>::put(validators);
			log::info!(target: LOG_TARGET, "validator admitted: {:?}", who);
			Self::deposit_event(Event::ValidatorAdded { who });
			Ok(())
		}

		/// Removes `who` from the validators.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Takes effect from the session after next. Emits [`Event::ValidatorRemoved`].
		/// - Fails with [`Error::NotValidator`] or [`Error::TooFewValidators`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_validator(T::MaxValidators::get()))]
		pub fn remove_validator(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let mut validators = Validators::<T>::get();
			let position =
				validators.iter().position(|v| v == &who).ok_or(Error::<T>::NotValidator)?;
			ensure!(
				validators.len() > T::MinValidators::get() as usize,
				Error::<T>::TooFewValidators
			);
			validators.remove(position);

			Validators::<T>::put(validators);
			log::info!(target: LOG_TARGET, "validator removed: {:?}", who);
			Self::deposit_event(Event::ValidatorRemoved { who });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The current list of admitted validators.
	pub fn validators() -> Vec<T::AccountId> {
		Validators::<T>::get().into_inner()
	}

	/// The length of a session in blocks: the genesis configuration's, else
	/// [`Config::DefaultSessionLength`]. Never zero.
	pub fn session_length() -> BlockNumberFor<T> {
		SessionLength::<T>::get()
			.filter(|length| !length.is_zero())
			.unwrap_or_else(T::DefaultSessionLength::get)
			.max(One::one())
	}

	/// Invariants: no validator twice; at least `MinValidators` once the set is in use.
	#[cfg(any(feature = "try-runtime", feature = "std"))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let validators = Validators::<T>::get();
		let mut sorted = validators.clone().into_inner();
		sorted.sort();
		sorted.dedup();
		ensure!(sorted.len() == validators.len(), "a validator is listed twice");
		ensure!(
			validators.is_empty() || validators.len() >= T::MinValidators::get() as usize,
			"fewer validators than MinValidators"
		);
		ensure!(
			SessionLength::<T>::get().is_none_or(|length| !length.is_zero()),
			"a session length of zero blocks"
		);
		let mut planned = Planned::<T>::get().unwrap_or_default().into_inner();
		planned.sort();
		let before = planned.len();
		planned.dedup();
		ensure!(planned.len() == before, "a validator is planned twice");
		Ok(())
	}
}

impl<T: Config> SessionManager<T::AccountId> for Pallet<T> {
	/// The set planned for session `new_index`: the admitted validators when they differ from
	/// the set planned last ([`Planned`]); `None` — no change — when they are the same, or while
	/// the set is empty (then pallet-session keeps the validators it has). A validator's new
	/// session keys are still a change: pallet-session sees those itself.
	fn new_session(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		let validators = Validators::<T>::get();
		if validators.is_empty() {
			return None;
		}
		if Planned::<T>::get().as_ref() == Some(&validators) {
			log::debug!(target: LOG_TARGET, "session {new_index}: the set is unchanged");
			return None;
		}
		log::info!(target: LOG_TARGET, "session {new_index}: a new set of {} validators", validators.len());
		Planned::<T>::put(&validators);
		Some(validators.into_inner())
	}

	/// The genesis sessions' set: always handed over (pallet-session has none yet).
	fn new_session_genesis(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		let validators = Validators::<T>::get();
		if validators.is_empty() {
			return None;
		}
		log::debug!(target: LOG_TARGET, "genesis session {new_index}: {} validators", validators.len());
		Planned::<T>::put(&validators);
		Some(validators.into_inner())
	}

	fn end_session(_end_index: SessionIndex) {}

	fn start_session(_start_index: SessionIndex) {}
}

/// Sessions of [`Pallet::session_length`] blocks, starting at block 0: a session ends at every
/// block number that is a multiple of the length. pallet-session's `ShouldEndSession` and
/// `EstimateNextSessionRotation` (the latter for anything that plans around rotations).
pub struct PeriodicSessions<T>(PhantomData<T>);

impl<T: Config> ShouldEndSession<BlockNumberFor<T>> for PeriodicSessions<T> {
	fn should_end_session(now: BlockNumberFor<T>) -> bool {
		(now % Pallet::<T>::session_length()).is_zero()
	}
}

impl<T: Config> EstimateNextSessionRotation<BlockNumberFor<T>> for PeriodicSessions<T> {
	fn average_session_length() -> BlockNumberFor<T> {
		Pallet::<T>::session_length()
	}

	fn estimate_current_session_progress(now: BlockNumberFor<T>) -> (Option<Permill>, Weight) {
		let length = Pallet::<T>::session_length();
		// The current block counts as elapsed: the last block of a session is at 100 %.
		let elapsed = (now % length).saturating_add(One::one());
		(Some(Permill::from_rational(elapsed, length)), T::DbWeight::get().reads(1))
	}

	fn estimate_next_session_rotation(
		now: BlockNumberFor<T>,
	) -> (Option<BlockNumberFor<T>>, Weight) {
		let length = Pallet::<T>::session_length();
		// A block at a multiple of the length rotates (or has rotated) itself: the next rotation
		// is a whole session later.
		let next = now.saturating_add(length.saturating_sub(now % length));
		(Some(next), T::DbWeight::get().reads(1))
	}
}
