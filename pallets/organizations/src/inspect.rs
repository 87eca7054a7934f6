//! [`OrganizationInspect`] for the pallet: the checks every other pallet calls.

use frame_support::traits::Time;
use healthchain_primitives::{
	evaluate_access, evaluate_member, evaluate_organization, AccessDenied, OrganizationId,
	OrganizationInspect, OrganizationKind, OrganizationSummary, Role, RoleSet,
};

use crate::{Config, Members, OrganizationStatus, Organizations, Pallet};

impl<T: Config> Pallet<T> {
	/// An organization's kind and whether it is active, if it exists.
	fn kind_and_status(org: OrganizationId) -> Option<(OrganizationKind, bool)> {
		Organizations::<T>::get(org).map(|o| (o.kind, o.status == OrganizationStatus::Active))
	}

	/// `who`'s roles in `org` and whether their credential has expired, if they are a member.
	fn credential(org: OrganizationId, who: &T::AccountId) -> Option<(RoleSet, bool)> {
		let now = T::Time::now();
		Members::<T>::get(org, who).map(|m| (m.roles, Self::is_expired(m.expires_at, now)))
	}
}

impl<T: Config> OrganizationInspect<T::AccountId> for Pallet<T> {
	fn organization(org: OrganizationId) -> Option<OrganizationSummary<T::AccountId>> {
		Organizations::<T>::get(org).map(|o| OrganizationSummary {
			kind: o.kind,
			active: o.status == OrganizationStatus::Active,
			payout: o.payout.unwrap_or_else(|| o.account.clone()),
			account: o.account,
		})
	}

	fn ensure_active(org: OrganizationId, kind: OrganizationKind) -> Result<(), AccessDenied> {
		evaluate_organization(Self::kind_and_status(org), kind)
	}

	fn ensure_role(
		org: OrganizationId,
		who: &T::AccountId,
		kind: OrganizationKind,
		role: Role,
	) -> Result<(), AccessDenied> {
		evaluate_access(Self::kind_and_status(org), kind, Self::credential(org, who), role)
	}

	fn ensure_role_even_if_suspended(
		org: OrganizationId,
		who: &T::AccountId,
		kind: OrganizationKind,
		role: Role,
	) -> Result<(), AccessDenied> {
		let registered = Self::kind_and_status(org).map(|(kind, _)| (kind, true));
		evaluate_access(registered, kind, Self::credential(org, who), role)
	}

	fn ensure_member(
		org: OrganizationId,
		who: &T::AccountId,
	) -> Result<OrganizationKind, AccessDenied> {
		evaluate_member(Self::kind_and_status(org), Self::credential(org, who))
	}

	fn is_or_was_member(org: OrganizationId, who: &T::AccountId) -> bool {
		Members::<T>::contains_key(org, who) || crate::FormerMembers::<T>::contains_key(org, who)
	}

	fn appointed_by(org: OrganizationId, who: &T::AccountId) -> Option<T::AccountId> {
		Members::<T>::get(org, who).map(|m| m.depositor)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_member(
		kind: OrganizationKind,
		admin: T::AccountId,
		member: T::AccountId,
		role: Role,
	) -> OrganizationId {
		use frame_support::traits::fungible::Mutate;
		use sp_runtime::traits::{Bounded, CheckedDiv};
		let _ = <T::Currency as Mutate<T::AccountId>>::set_balance(
			&admin,
			crate::BalanceOf::<T>::max_value().checked_div(&4u32.into()).unwrap_or_default(),
		);
		let org = Self::do_register(kind, admin, Default::default())
			.expect("benchmark organization registers");
		Self::benchmark_add_member(org, member, role);
		org
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_add_member(org: OrganizationId, member: T::AccountId, role: Role) {
		let admin = Organizations::<T>::get(org).expect("benchmark organization exists").admin;
		Self::do_add_member(
			&admin,
			org,
			member,
			healthchain_primitives::RoleSet::from_items(&[role]),
			None,
		)
		.expect("benchmark member is added");
	}
}
