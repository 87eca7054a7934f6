//! Storage migrations of `pallet-claims`. The runtime lists them in order among its
//! `Executive` migrations; each runs once, guarded by the on-chain storage version, and is a
//! no-op on a chain already past it.
//!
//! - [`MigrateToV2`] (1 → 2): the claim indexes ([`ClaimsOfPatient`], [`ClaimsOfProvider`],
//!   [`ClaimsOfPlan`]) are re-keyed from `Twox64Concat` claim ids to [`SortKey`] claim ids under
//!   `Identity`, so that a patient's, provider's or plan's claims iterate in id order.
//! - [`MigrateToV3`] (2 → 3): [`PlansOfPayer`] is filled by counting the existing plans per
//!   payer, so that the registry learns in one read whether plans refer to an organization.
//! - [`MigrateToV4`] (3 → 4, issue #14): each enrollment becomes a membership with one coverage
//!   period (the payer keeps it or ends it with `end_coverage`); prior authorizations get their
//!   requester, deposit (none), expiry (approval assumed at the request) and the claim that
//!   used them; [`ClaimedServices`] is re-keyed from the service's millisecond to its UTC day;
//!   the evidence of claims paid or waiting for review is recorded in [`ClaimEvidence`];
//!   services denied on review are marked in [`DeniedServices`]; settled claims return their
//!   deposits.

use core::marker::PhantomData;

use frame_support::{
	migrations::VersionedMigration,
	traits::{Get, PalletInfoAccess, UncheckedOnRuntimeUpgrade},
	weights::Weight,
	Blake2_128Concat, Twox64Concat,
};
use healthchain_primitives::rekey_second_key;

use crate::*;

/// Version 2: the claim indexes iterate in id order. Add it to the runtime's migrations; it runs
/// once, when the pallet's on-chain storage version is 1, and sets it to 2.
pub type MigrateToV2<T> = VersionedMigration<
	1,
	2,
	v2::RekeyClaimIndexes<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

/// The layout of storage version 1, for the migration's checks and tests.
pub mod v1 {
	use frame_support::{storage_alias, Blake2_128Concat, Twox64Concat};

	use crate::{ClaimId, Config, OrganizationId, Pallet, PlanId};

	/// Claims of each patient, by `Twox64Concat` claim id.
	#[storage_alias]
	pub type ClaimsOfPatient<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Blake2_128Concat,
		<T as frame_system::Config>::AccountId,
		Twox64Concat,
		ClaimId,
		(),
	>;

	/// Claims of each provider, by `Twox64Concat` claim id.
	#[storage_alias]
	pub type ClaimsOfProvider<T: Config> =
		StorageDoubleMap<Pallet<T>, Twox64Concat, OrganizationId, Twox64Concat, ClaimId, ()>;

	/// Claims against each plan, by `Twox64Concat` claim id.
	#[storage_alias]
	pub type ClaimsOfPlan<T: Config> =
		StorageDoubleMap<Pallet<T>, Twox64Concat, PlanId, Twox64Concat, ClaimId, ()>;
}

/// The body of the migration to version 2.
pub mod v2 {
	use super::*;

	/// Re-keys the three claim indexes in place, keeping every entry (use it through
	/// [`MigrateToV2`], which checks and sets the storage version).
	pub struct RekeyClaimIndexes<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for RekeyClaimIndexes<T> {
		fn on_runtime_upgrade() -> Weight {
			let pallet = <Pallet<T> as PalletInfoAccess>::name().as_bytes();
			let patients =
				rekey_second_key::<Blake2_128Concat, Twox64Concat, T::AccountId, ClaimId, (), _>(
					pallet,
					b"ClaimsOfPatient",
					SortKey,
				);
			let providers =
				rekey_second_key::<Twox64Concat, Twox64Concat, OrganizationId, ClaimId, (), _>(
					pallet,
					b"ClaimsOfProvider",
					SortKey,
				);
			let plans = rekey_second_key::<Twox64Concat, Twox64Concat, PlanId, ClaimId, (), _>(
				pallet,
				b"ClaimsOfPlan",
				SortKey,
			);
			let moved = patients.saturating_add(providers).saturating_add(plans);
			// Each entry is read, its old key removed and its new key written.
			T::DbWeight::get().reads_writes(moved, moved.saturating_mul(2))
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			use codec::Encode;
			let counts = (
				v1::ClaimsOfPatient::<T>::iter_keys().count() as u64,
				v1::ClaimsOfProvider::<T>::iter_keys().count() as u64,
				v1::ClaimsOfPlan::<T>::iter_keys().count() as u64,
			);
			Ok(counts.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			use codec::Decode;
			let before = <(u64, u64, u64)>::decode(&mut state.as_slice())
				.map_err(|_| "the pre-upgrade counts do not decode")?;
			let after = (
				ClaimsOfPatient::<T>::iter_keys().count() as u64,
				ClaimsOfProvider::<T>::iter_keys().count() as u64,
				ClaimsOfPlan::<T>::iter_keys().count() as u64,
			);
			frame_support::ensure!(before == after, "claim index entries were lost");
			Ok(())
		}
	}
}

/// Version 3: each payer's plans are counted in [`PlansOfPayer`]. Add it to the runtime's
/// migrations after [`MigrateToV2`]; it runs once, when the pallet's on-chain storage version is
/// 2, and sets it to 3.
pub type MigrateToV3<T> = VersionedMigration<
	2,
	3,
	v3::UncheckedMigrateToV3<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

/// The body of the migration to version 3.
pub mod v3 {
	use alloc::collections::btree_map::BTreeMap;

	use super::*;

	/// The number of plans of each payer, counted over [`Plans`] (one read per plan); payers
	/// without plans are absent. What [`PlansOfPayer`] must hold (`try_state` compares them).
	pub(crate) fn count_plans_per_payer<T: Config>() -> BTreeMap<OrganizationId, u32> {
		healthchain_primitives::count_per_organization(Plans::<T>::iter_values().map(|p| p.payer))
	}

	/// Writes each payer's number of plans into [`PlansOfPayer`]. It overwrites every counter
	/// it writes, so running it twice gives the same state. Unguarded: use it through
	/// [`MigrateToV3`], which checks and sets the storage version. One block: it reads every
	/// plan once.
	pub struct UncheckedMigrateToV3<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateToV3<T> {
		fn on_runtime_upgrade() -> Weight {
			let counts = count_plans_per_payer::<T>();
			let plans = counts.values().fold(0u64, |sum, n| sum.saturating_add(u64::from(*n)));
			let payers = counts.len() as u64;
			for (payer, count) in counts {
				PlansOfPayer::<T>::insert(payer, count);
			}
			// Each plan is read once; each payer's counter is written once.
			T::DbWeight::get().reads_writes(plans, payers)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			use codec::Encode;
			// Keys, not values: a plan that no longer decodes would be missed by the count.
			Ok((Plans::<T>::iter_keys().count() as u64).encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			use codec::Decode;
			use frame_support::traits::GetStorageVersion;
			let plans = u64::decode(&mut state.as_slice())
				.map_err(|_| "the pre-upgrade plan count does not decode")?;
			let counted =
				PlansOfPayer::<T>::iter_values().fold(0u64, |sum, n| sum.saturating_add(n.into()));
			frame_support::ensure!(counted == plans, "the counters do not add up to the plans");
			frame_support::ensure!(
				PlansOfPayer::<T>::iter().collect::<BTreeMap<_, _>>()
					== count_plans_per_payer::<T>(),
				"a payer's counter differs from its plans"
			);
			frame_support::ensure!(
				Pallet::<T>::on_chain_storage_version() == 3,
				"the storage version is not 3"
			);
			Ok(())
		}
	}
}

/// Version 4: coverage periods, service days, used prior authorizations and evidence, denied
/// services, deposits of settled claims returned. Add it to the runtime's migrations after
/// [`MigrateToV3`]; it runs once, when the pallet's on-chain storage version is 3, and sets it
/// to 4.
pub type MigrateToV4<T> = VersionedMigration<
	3,
	4,
	v4::UncheckedMigrateToV4<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

/// The layout of storage version 3, for the migration to version 4 and its tests.
pub mod v3_layout {
	use codec::{Decode, Encode, MaxEncodedLen};
	use frame_support::{storage_alias, Blake2_128Concat, Identity, Twox64Concat};
	use scale_info::TypeInfo;
	use sp_core::H256;

	use crate::{
		ClaimId, Config, Moment, OrganizationId, Pallet, PlanId, PriorAuthId, PriorAuthStatus,
		ServiceCode,
	};

	/// An enrollment of version 3: one period, overwritten by re-enrolling.
	#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
	pub struct Enrollment {
		/// The start of coverage.
		pub since: Moment,
		/// The end of coverage, once the patient left.
		pub until: Option<Moment>,
	}

	/// A prior authorization of version 3: no requester, deposit, expiry or use.
	#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo)]
	pub struct PriorAuth<AccountId> {
		/// The provider asking.
		pub provider: OrganizationId,
		/// The plan.
		pub plan: PlanId,
		/// The patient.
		pub patient: AccountId,
		/// The service.
		pub service_code: ServiceCode,
		/// Where it stands.
		pub status: PriorAuthStatus,
		/// When it was requested.
		pub requested_at: Moment,
	}

	/// Enrollments of version 3.
	#[storage_alias]
	pub type Enrollments<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Twox64Concat,
		PlanId,
		Blake2_128Concat,
		<T as frame_system::Config>::AccountId,
		Enrollment,
	>;

	/// Prior authorizations of version 3.
	#[storage_alias]
	pub type PriorAuths<T: Config> = StorageMap<
		Pallet<T>,
		Twox64Concat,
		PriorAuthId,
		PriorAuth<<T as frame_system::Config>::AccountId>,
	>;

	/// Claimed services of version 3, keyed by the hash of (patient, provider, service code,
	/// service date in milliseconds).
	#[storage_alias]
	pub type ClaimedServices<T: Config> = StorageMap<Pallet<T>, Identity, H256, ClaimId>;

	/// The key of version 3: the service date's millisecond, not its day.
	pub fn service_key<AccountId: Encode>(
		patient: &AccountId,
		provider: OrganizationId,
		service_code: ServiceCode,
		service_date: Moment,
	) -> H256 {
		use sp_runtime::traits::{BlakeTwo256, Hash};
		BlakeTwo256::hash_of(&(patient, provider, service_code, service_date))
	}
}

/// The body of the migration to version 4.
pub mod v4 {
	use alloc::{collections::btree_map::BTreeMap, vec::Vec};

	use frame_support::BoundedVec;
	use sp_runtime::traits::Zero;

	use super::*;

	/// Keeps the smaller claim id for `key` in `map` (the first claim holds what two old keys
	/// now share).
	fn keep_first<K: Ord>(map: &mut BTreeMap<K, ClaimId>, key: K, id: ClaimId) {
		let held = map.entry(key).or_insert(id);
		*held = (*held).min(id);
	}

	/// Rewrites the claims pallet's storage from version 3 to 4 (see [`MigrateToV4`]).
	/// Unguarded: use it through [`MigrateToV4`]. One block: it reads every enrollment, prior
	/// authorization, claimed service and claim once.
	pub struct UncheckedMigrateToV4<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateToV4<T> {
		fn on_runtime_upgrade() -> Weight {
			let (mut reads, mut writes) = (0u64, 0u64);
			let mut count = |r: u64, w: u64| {
				reads = reads.saturating_add(r);
				writes = writes.saturating_add(w);
			};

			// Memberships: the one period each enrollment had.
			Enrollments::<T>::translate::<v3_layout::Enrollment, _>(|_, _, old| {
				let period = CoveragePeriod { since: old.since, until: old.until };
				// One period, within any bound of at least one.
				let periods = BoundedVec::truncate_from(alloc::vec![period]);
				Some(Membership { periods, requested_at: None })
			});
			count(Enrollments::<T>::iter_keys().count() as u64, 0);

			// One pass over the claims: what each holds or used.
			let old_services: Vec<(H256, ClaimId)> =
				v3_layout::ClaimedServices::<T>::drain().collect();
			count(old_services.len() as u64, old_services.len() as u64);
			let mut services: BTreeMap<H256, ClaimId> = BTreeMap::new();
			for (old_key, id) in old_services {
				let Some(claim) = Claims::<T>::get(id) else { continue };
				count(1, 0);
				for line in claim.lines.iter() {
					let input = &line.input;
					let key = v3_layout::service_key(
						&claim.patient,
						claim.provider,
						input.service_code,
						input.service_date,
					);
					if key == old_key {
						keep_first(
							&mut services,
							Pallet::<T>::service_key(&claim.patient, claim.provider, input),
							id,
						);
					}
				}
			}
			let mut evidence: BTreeMap<RecordId, ClaimId> = BTreeMap::new();
			let mut denied: BTreeMap<H256, ClaimId> = BTreeMap::new();
			let mut auths_used: BTreeMap<PriorAuthId, ClaimId> = BTreeMap::new();
			let ids: Vec<ClaimId> = Claims::<T>::iter_keys().collect();
			for id in ids {
				let Some(mut claim) = Claims::<T>::get(id) else { continue };
				count(1, 0);
				let payable = |l: &&AdjudicatedLine<BalanceOf<T>>| !l.payer_amount.is_zero();
				for line in claim.lines.iter().filter(payable) {
					if let Some(auth) = line.input.prior_auth {
						keep_first(&mut auths_used, auth, id);
					}
				}
				match claim.status {
					ClaimStatus::Paid | ClaimStatus::PendingReview => {
						for record in claim.evidence.iter() {
							keep_first(&mut evidence, *record, id);
						}
					},
					// Denied with something payable: denied on review.
					_ if !claim.payer_total.is_zero() => {
						for line in claim.lines.iter().filter(payable) {
							let key = Pallet::<T>::service_key(
								&claim.patient,
								claim.provider,
								&line.input,
							);
							keep_first(&mut denied, key, id);
						}
					},
					_ => {},
				}
				let settled = matches!(claim.status, ClaimStatus::Paid | ClaimStatus::DenialUpheld);
				if settled && !claim.deposit.is_zero() {
					Pallet::<T>::release_deposit(&claim.submitter, claim.deposit);
					claim.deposit = Zero::zero();
					Claims::<T>::insert(id, claim);
					count(2, 3);
				}
			}
			for (key, id) in services {
				ClaimedServices::<T>::insert(key, id);
				count(0, 1);
			}
			for (record, id) in evidence {
				ClaimEvidence::<T>::insert(record, id);
				count(0, 1);
			}
			for (key, id) in denied {
				DeniedServices::<T>::insert(key, id);
				count(0, 1);
			}

			// Prior authorizations: requester (the provider's account, for withdrawing it),
			// no deposit, an expiry from the request, the claim that used it.
			let validity = T::PriorAuthValidity::get();
			PriorAuths::<T>::translate::<v3_layout::PriorAuth<T::AccountId>, _>(|id, old| {
				let requester = T::Organizations::organization(old.provider)
					.map(|o| o.account)
					.unwrap_or_else(|| old.patient.clone());
				let approved = old.status == PriorAuthStatus::Approved;
				Some(PriorAuth {
					provider: old.provider,
					plan: old.plan,
					patient: old.patient,
					service_code: old.service_code,
					status: old.status,
					requested_at: old.requested_at,
					requester,
					deposit: Zero::zero(),
					expires_at: approved.then(|| old.requested_at.saturating_add(validity)),
					used_by: auths_used.get(&id).copied(),
				})
			});
			count(PriorAuths::<T>::iter_keys().count() as u64, 0);

			// Each translated entry was read and written once.
			let translated = Enrollments::<T>::iter_keys()
				.count()
				.saturating_add(PriorAuths::<T>::iter_keys().count()) as u64;
			T::DbWeight::get()
				.reads_writes(reads.saturating_add(translated), writes.saturating_add(translated))
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			use codec::Encode;
			let counts = (
				v3_layout::Enrollments::<T>::iter_keys().count() as u64,
				v3_layout::PriorAuths::<T>::iter_keys().count() as u64,
				v3_layout::ClaimedServices::<T>::iter_keys().count() as u64,
			);
			Ok(counts.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			use codec::Decode;
			use frame_support::traits::GetStorageVersion;
			let (enrollments, auths, services) =
				<(u64, u64, u64)>::decode(&mut state.as_slice())
					.map_err(|_| "the pre-upgrade counts do not decode")?;
			frame_support::ensure!(
				Enrollments::<T>::iter_values().count() as u64 == enrollments,
				"an enrollment was lost or does not decode"
			);
			frame_support::ensure!(
				PriorAuths::<T>::iter_values().count() as u64 == auths,
				"a prior authorization was lost or does not decode"
			);
			frame_support::ensure!(
				ClaimedServices::<T>::iter_keys().count() as u64 <= services,
				"claimed services appeared"
			);
			frame_support::ensure!(
				Pallet::<T>::on_chain_storage_version() == 4,
				"the storage version is not 4"
			);
			Pallet::<T>::do_try_state()
		}
	}
}
