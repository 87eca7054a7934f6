//! The registry's invariants, checked by the `try_state` hook (try-runtime), after every unit
//! test, and by the runtime's genesis tests.

use crate::*;
use frame_support::traits::fungible::InspectHold;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Checks the invariants: member counts equal the stored members; the reverse index matches
	/// the members exactly; ids are below the next id; every deposit is held.
	///
	/// # Errors
	/// The first invariant that does not hold.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let next = NextOrganizationId::<T>::get();
		let mut held_orgs: BalanceOf<T> = Default::default();
		for (id, org) in Organizations::<T>::iter() {
			ensure!(id < next, "organization id not below NextOrganizationId");
			let members = Members::<T>::iter_prefix(id).count();
			ensure!(members == org.member_count as usize, "member_count differs from members");
			ensure!(
				org.member_count <= T::MaxMembersPerOrganization::get(),
				"more members than MaxMembersPerOrganization"
			);
			ensure!(org.account == Self::organization_account(id), "wrong organization account");
			held_orgs = held_orgs.saturating_add(org.deposit);
		}
		ensure!(
			Organizations::<T>::count() as usize == Organizations::<T>::iter_keys().count(),
			"organization counter differs"
		);
		let mut index_entries = 0usize;
		for (who, list) in MembershipsOf::<T>::iter() {
			ensure!(!list.is_empty(), "empty reverse index entry kept");
			for org in list.iter() {
				ensure!(Members::<T>::contains_key(org, &who), "reverse index without membership");
			}
			index_entries = index_entries.saturating_add(list.len());
		}
		let mut held_members: BalanceOf<T> = Default::default();
		let mut memberships = 0usize;
		for (org, who, membership) in Members::<T>::iter() {
			ensure!(Organizations::<T>::contains_key(org), "member of a removed organization");
			ensure!(
				MembershipsOf::<T>::get(&who).contains(&org),
				"membership missing from the reverse index"
			);
			ensure!(membership.roles.is_valid(), "invalid role bits stored");
			held_members = held_members.saturating_add(membership.deposit);
			memberships = memberships.saturating_add(1);
		}
		ensure!(memberships == index_entries, "reverse index size differs from memberships");
		// Every deposit recorded is held (the pallet's holds may be larger only if the currency
		// was held for the same reason by another path, which nothing does).
		let total_held = |reason: HoldReason| -> BalanceOf<T> {
			let reason: T::RuntimeHoldReason = reason.into();
			let mut payers: Vec<T::AccountId> = Organizations::<T>::iter_values()
				.map(|o| o.depositor)
				.chain(Members::<T>::iter_values().map(|m| m.depositor))
				.collect();
			payers.sort();
			payers.dedup();
			payers.iter().fold(Default::default(), |sum: BalanceOf<T>, who| {
				sum.saturating_add(T::Currency::balance_on_hold(&reason, who))
			})
		};
		ensure!(
			total_held(HoldReason::OrganizationDeposit) == held_orgs,
			"organization deposits differ from the held balance"
		);
		ensure!(
			total_held(HoldReason::MemberDeposit) == held_members,
			"member deposits differ from the held balance"
		);
		Ok(())
	}
}
