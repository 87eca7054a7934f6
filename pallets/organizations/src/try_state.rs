//! The registry's invariants, checked by the `try_state` hook (try-runtime), after every unit
//! test, and by the runtime's genesis tests.

use crate::*;
use healthchain_primitives::RecordedHolds;

impl<T: Config> Pallet<T> {
	/// Checks the invariants: member counts equal the stored members; the reverse index matches
	/// the members exactly; ids are below the next id; every deposit is held; endpoints are valid
	/// and of registered organizations.
	///
	/// # Errors
	/// The first invariant that does not hold.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let next = NextOrganizationId::<T>::get();
		for (id, org) in Organizations::<T>::iter() {
			ensure!(id < next, "organization id not below NextOrganizationId");
			let members = Members::<T>::iter_prefix(id).count();
			ensure!(members == org.member_count as usize, "member_count differs from members");
			ensure!(
				org.member_count <= T::MaxMembersPerOrganization::get(),
				"more members than MaxMembersPerOrganization"
			);
			ensure!(org.account == Self::organization_account(id), "wrong organization account");
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
		let mut memberships = 0usize;
		for (org, who, membership) in Members::<T>::iter() {
			ensure!(Organizations::<T>::contains_key(org), "member of a removed organization");
			ensure!(
				MembershipsOf::<T>::get(&who).contains(&org),
				"membership missing from the reverse index"
			);
			ensure!(membership.roles.is_valid(), "invalid role bits stored");
			memberships = memberships.saturating_add(1);
		}
		ensure!(memberships == index_entries, "reverse index size differs from memberships");
		for (org, endpoint) in Endpoints::<T>::iter() {
			ensure!(Organizations::<T>::contains_key(org), "endpoint of a removed organization");
			ensure!(is_valid_endpoint(&endpoint), "invalid endpoint stored");
		}
		Self::recorded_holds()
			.ensure_held::<T::Currency>("deposits differ from the held balances")?;
		Ok(())
	}

	/// What the registry's items hold: each organization's and each membership's deposit, from
	/// whoever paid it.
	pub fn recorded_holds() -> RecordedHolds<HoldReason, T::AccountId, BalanceOf<T>> {
		let mut holds = RecordedHolds::default();
		for org in Organizations::<T>::iter_values() {
			holds.add(HoldReason::OrganizationDeposit, &org.depositor, org.deposit);
		}
		for membership in Members::<T>::iter_values() {
			holds.add(HoldReason::MemberDeposit, &membership.depositor, membership.deposit);
		}
		holds
	}
}
