//! What the consent pallet tells the registry before it removes an organization
//! ([`OrganizationReferences`]): an organization is in use while it holds any patient's consent.

use healthchain_primitives::{OrganizationId, OrganizationReferences, OrganizationUse};

use crate::{Config, GrantsHeldBy, Pallet};

impl<T: Config> OrganizationReferences for Pallet<T> {
	/// [`OrganizationUse::Consents`] if the organization holds any consent, else `None`.
	///
	/// What counts is every consent stored for it ([`GrantsHeldBy`]): a revoked consent is
	/// removed at once and no longer counts, but one that has expired, has not started yet or
	/// has used up its accesses stays stored (there is no sweep) and counts until its patient
	/// revokes it. One read (the first key under the organization's prefix), however many
	/// consents it holds.
	fn in_use(org: OrganizationId) -> Option<OrganizationUse> {
		GrantsHeldBy::<T>::iter_key_prefix(org).next().map(|_| OrganizationUse::Consents)
	}
}
