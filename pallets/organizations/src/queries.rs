//! The registry's read-only queries, each written once here and returning what a client shows:
//! the runtime API forwards them and the JSON-RPC serializes their results (serde).
//!
//! Lists are [`Page`]s with exact cursors: pass a page's `next_cursor` as the next call's
//! `start_after` until it is `None`. Organizations come in id order, members in account order.

use crate::*;
use healthchain_primitives::{prefix_page, scan_page, Page, WithId, MAX_PAGE};

/// The most organization ids one call of [`Pallet::organizations`] looks at: ten full pages.
/// Removed organizations leave holes in the ids, so a page may need to look past some; when a
/// long run of holes uses up this budget, the page comes back short (even empty) with a cursor
/// that says where to resume.
pub const MAX_ORGANIZATION_SCAN: u32 = 10 * MAX_PAGE;

impl<T: Config> Pallet<T> {
	/// The organization `id`, with its id, if it is registered.
	pub fn organization(id: OrganizationId) -> Option<WithId<OrganizationId, OrganizationOf<T>>> {
		Organizations::<T>::get(id).map(|org| WithId::new(id, org))
	}

	/// A page of the registered organizations in id order after `start_after`: at most `limit`
	/// of them (clamped to 1..=[`MAX_PAGE`]), looking at no more than [`MAX_ORGANIZATION_SCAN`]
	/// ids.
	pub fn organizations(
		start_after: Option<OrganizationId>,
		limit: u32,
	) -> Page<WithId<OrganizationId, OrganizationOf<T>>, OrganizationId> {
		scan_page(
			start_after,
			NextOrganizationId::<T>::get(),
			limit,
			MAX_ORGANIZATION_SCAN,
			Self::organization,
		)
	}

	/// A page of the members of `organization` in account order after `start_after`: at most
	/// `limit` of them (clamped to 1..=[`MAX_PAGE`]), each with its account as id. Empty for an
	/// unknown organization.
	pub fn members(
		organization: OrganizationId,
		start_after: Option<T::AccountId>,
		limit: u32,
	) -> Page<WithId<T::AccountId, MembershipOf<T>>, T::AccountId> {
		prefix_page::<Members<T>, _, _, _, _>(&organization, start_after, limit, |who| {
			Members::<T>::get(organization, &who).map(|membership| WithId::new(who, membership))
		})
	}

	/// Every organization `who` serves, in the order it joined them, with its roles in each and
	/// whether they are usable now (organization active, credential unexpired).
	pub fn memberships_of(who: T::AccountId) -> AccountMemberships<T::AccountId> {
		let now = T::Time::now();
		let memberships = MembershipsOf::<T>::get(&who)
			.into_iter()
			.filter_map(|organization| {
				let org = Organizations::<T>::get(organization)?;
				let membership = Members::<T>::get(organization, &who)?;
				Some(AccountMembership {
					organization,
					kind: org.kind,
					organization_active: org.status == OrganizationStatus::Active,
					roles: membership.roles,
					expires_at: membership.expires_at,
					expired: Self::is_expired(membership.expires_at, now),
				})
			})
			.collect();
		AccountMemberships { account: who, memberships }
	}

	/// What still refers to `organization`, so that [`Pallet::remove_organization`] refuses to
	/// remove it; `None` once nothing does. Asked in this order, the first answer wins:
	/// - [`OrganizationUse::Members`]: it has members;
	/// - what [`Config::References`] answers: the other pallets' escrow, plans, studies or
	///   consents (asked before the balance, so that a payer's escrow held on its account is
	///   named as escrow);
	/// - [`OrganizationUse::Funds`]: its own account holds any balance, free or on hold.
	///
	/// For an id with no organization (never registered, or removed), the account and the other
	/// pallets are still asked.
	pub fn in_use(organization: OrganizationId) -> Option<OrganizationUse> {
		match Organizations::<T>::get(organization) {
			Some(org) => Self::use_of(organization, &org),
			None => Self::use_of_account(organization, &Self::organization_account(organization)),
		}
	}

	/// [`Pallet::in_use`] for the stored organization `org` of id `organization`.
	pub(crate) fn use_of(
		organization: OrganizationId,
		org: &OrganizationOf<T>,
	) -> Option<OrganizationUse> {
		if org.member_count > 0 {
			return Some(OrganizationUse::Members);
		}
		Self::use_of_account(organization, &org.account)
	}

	/// [`Pallet::in_use`] past the members: the other pallets first (so that a payer's escrow,
	/// held on its account, is named `Escrow` and not `Funds`), then any balance left on
	/// `account`.
	fn use_of_account(
		organization: OrganizationId,
		account: &T::AccountId,
	) -> Option<OrganizationUse> {
		T::References::in_use(organization).or_else(|| {
			(!T::Currency::total_balance(account).is_zero()).then_some(OrganizationUse::Funds)
		})
	}

	/// The check other pallets make ([`OrganizationInspect::ensure_role`]): `Ok` if `who` is a
	/// member of the active `organization` of kind `kind`, holds `role` and has an unexpired
	/// credential; else the reason.
	pub fn check_role(
		organization: OrganizationId,
		who: &T::AccountId,
		kind: OrganizationKind,
		role: Role,
	) -> Result<(), AccessDenied> {
		<Self as OrganizationInspect<T::AccountId>>::ensure_role(organization, who, kind, role)
	}
}
