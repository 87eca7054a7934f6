//! What the research pallet tells the registry before it removes an organization
//! ([`OrganizationReferences`]): a research institution is in use while it has studies.
//!
//! Other references do not hold an organization: the ethics committee a study names recorded a
//! decision already taken, and a provider's grants give no access once it is gone
//! ([`Error::ProviderNotActive`]). Compensation pools are held on their funders' accounts, not
//! on the institution's.

use crate::*;

impl<T: Config> OrganizationReferences for Pallet<T> {
	/// [`OrganizationUse::Studies`] if the organization registered any study
	/// ([`StudiesOfInstitution`]), whatever the study's status: studies are never deleted, so an
	/// institution that registered one stays registered (suspended at most). Else `None`. One
	/// read, whatever the number of studies.
	fn in_use(org: OrganizationId) -> Option<OrganizationUse> {
		(StudiesOfInstitution::<T>::get(org) > 0).then_some(OrganizationUse::Studies)
	}
}
