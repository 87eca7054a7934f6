//! The genesis clock: the time the chain's genesis state is built at (security review L-10).
//!
//! `pallet-timestamp` has no genesis configuration, so during genesis its clock reads 0 (1970),
//! and every item a genesis configuration creates — the demo registry's consents, records,
//! enrollments and studies — would be dated 1970: consents valid since then, a member covered
//! since then, a study registered then (which breaks time-limited consents). This pallet, built
//! right after `Timestamp` and before every pallet that reads the time, sets the clock to
//! `now` (milliseconds since the Unix epoch) when it is given one. The node gives the dev and
//! local chain specs the time they are built at, less an hour (so the first block's timestamp,
//! which must not be earlier than the genesis clock plus the minimum period, is always later).
//! It has no storage, calls or hooks of its own.

pub use pallet::*;

#[frame_support::pallet]
pub mod pallet {
	use frame_support::pallet_prelude::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config + pallet_timestamp::Config<Moment = u64> {}

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The time genesis is built at (milliseconds since the Unix epoch); 0 leaves the clock
		/// at 0.
		pub now: u64,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if self.now > 0 {
				pallet_timestamp::Now::<T>::put(self.now);
			}
		}
	}
}
