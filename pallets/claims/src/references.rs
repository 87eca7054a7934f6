//! What the claims pallet tells the registry before it removes an organization
//! ([`OrganizationReferences`]): a payer is in use while its escrow is held or while it has
//! plans. Claims of a provider do not hold it: they name it, and its payments fail once it is
//! gone ([`Error::ProviderNotActive`]).

use frame_support::traits::fungible::InspectHold;
use sp_runtime::traits::Zero;

use crate::*;

impl<T: Config> OrganizationReferences for Pallet<T> {
	/// - [`OrganizationUse::Escrow`] if the payer's own account still holds plan escrow
	///   ([`HoldReason::PlanEscrow`], where every plan of the payer holds it): withdraw it
	///   first;
	/// - else [`OrganizationUse::Plans`] if the organization published any plan
	///   ([`PlansOfPayer`]): plans are never deleted, so a payer that published one stays
	///   registered;
	/// - else `None`.
	///
	/// At most three reads (the registry's entry, the hold, the counter), whatever the number
	/// of plans.
	fn in_use(org: OrganizationId) -> Option<OrganizationUse> {
		let escrow_held = T::Organizations::organization(org).is_some_and(|summary| {
			!T::Currency::balance_on_hold(&HoldReason::PlanEscrow.into(), &summary.account)
				.is_zero()
		});
		if escrow_held {
			return Some(OrganizationUse::Escrow);
		}
		if PlansOfPayer::<T>::get(org) > 0 {
			return Some(OrganizationUse::Plans);
		}
		None
	}
}
