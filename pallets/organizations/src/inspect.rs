//! [`OrganizationInspect`] for the pallet: the checks every other pallet calls.

use frame_support::traits::Time;
use healthchain_primitives::{
	AccessDenied, OrganizationId, OrganizationInspect, OrganizationKind, OrganizationSummary, Role,
};

use crate::{Config, Members, OrganizationStatus, Organizations, Pallet};

impl<T: Config> OrganizationInspect<T::AccountId> for Pallet<T> {
	fn organization(org: OrganizationId) -> Option<OrganizationSummary<T::AccountId>> {
		Organizations::<T>::get(org).map(|o| OrganizationSummary {
			kind: o.kind,
			active: o.status == OrganizationStatus::Active,
			account: o.account,
		})
	}

	fn ensure_active(org: OrganizationId, kind: OrganizationKind) -> Result<(), AccessDenied> {
		let o = Organizations::<T>::get(org).ok_or(AccessDenied::UnknownOrganization)?;
		if o.status != OrganizationStatus::Active {
			return Err(AccessDenied::OrganizationSuspended);
		}
		if o.kind != kind {
			return Err(AccessDenied::WrongKind);
		}
		Ok(())
	}

	fn ensure_role(
		org: OrganizationId,
		who: &T::AccountId,
		kind: OrganizationKind,
		role: Role,
	) -> Result<(), AccessDenied> {
		Self::ensure_active(org, kind)?;
		let membership = Members::<T>::get(org, who).ok_or(AccessDenied::NotAMember)?;
		if Self::is_expired(membership.expires_at, T::Time::now()) {
			return Err(AccessDenied::CredentialExpired);
		}
		if !membership.roles.contains(role) {
			return Err(AccessDenied::MissingRole);
		}
		Ok(())
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_member(
		kind: OrganizationKind,
		admin: T::AccountId,
		member: T::AccountId,
		role: Role,
	) -> OrganizationId {
		use frame_support::traits::fungible::Mutate;
		use sp_runtime::traits::Bounded;
		let _ = <T::Currency as Mutate<T::AccountId>>::set_balance(
			&admin,
			crate::BalanceOf::<T>::max_value() / 4u32.into(),
		);
		let org = Self::do_register(kind, admin.clone(), Default::default())
			.expect("benchmark organization registers");
		Self::do_add_member(
			&admin,
			org,
			member,
			healthchain_primitives::RoleSet::from_roles(&[role]),
			None,
		)
		.expect("benchmark member is added");
		org
	}
}
