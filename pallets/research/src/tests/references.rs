//! What research tells the registry before it removes an organization (security review M-9):
//! an institution that registered studies is still in use; the study counter behind the answer
//! is kept by calls and genesis and checked by `try_state`.

use frame_support::{assert_ok, traits::BuildGenesisConfig};
use healthchain_primitives::{
	fakes::FakeOrganizations, OrganizationKind, OrganizationReferences, OrganizationUse, Role,
};

use super::*;
use crate::{GenesisConfig, GenesisStudy, StudiesOfInstitution};

/// A second institution, where the researcher also works.
const OTHER_INSTITUTE: u32 = 13;

/// What research answers for `org`.
fn in_use(org: u32) -> Option<OrganizationUse> {
	<Research as OrganizationReferences>::in_use(org)
}

/// Registers [`OTHER_INSTITUTE`] with the researcher as one of its researchers.
fn add_other_institute() {
	FakeOrganizations::add_organization(
		OTHER_INSTITUTE,
		OrganizationKind::ResearchInstitution,
		1003,
	);
	FakeOrganizations::add_member(OTHER_INSTITUTE, RESEARCHER, &[Role::Researcher]);
}

#[test]
fn nothing_refers_to_organizations_without_studies() {
	run_test(|| {
		assert_eq!(in_use(INSTITUTE), None, "an institution that registered nothing");
		assert_eq!(in_use(99), None, "an unknown organization");
		let id = active_with(1, &[P1]);
		assert_ok!(grant(NOW + YEAR));
		assert_ok!(fund(id, 1_000));
		// The committee that decided, the provider that granted: not held here.
		assert_eq!(in_use(BOARD), None);
		assert_eq!(in_use(HOSPITAL), None);
	});
}

#[test]
fn an_institution_with_studies_is_in_use_whatever_their_status() {
	run_test(|| {
		let proposed = register(1);
		assert_eq!(in_use(INSTITUTE), Some(OrganizationUse::Studies), "proposed");
		assert_ok!(decide(proposed, false));
		assert_eq!(in_use(INSTITUTE), Some(OrganizationUse::Studies), "rejected");
		let closed = active(1);
		assert_ok!(close(closed));
		assert_eq!(in_use(INSTITUTE), Some(OrganizationUse::Studies), "closed");
		FakeOrganizations::set_active(INSTITUTE, false);
		assert_eq!(in_use(INSTITUTE), Some(OrganizationUse::Studies), "suspended");
	});
}

#[test]
fn registering_studies_counts_them_per_institution() {
	run_test(|| {
		add_other_institute();
		for _ in 0..3 {
			register(1);
		}
		assert_ok!(Research::register_study(
			RuntimeOrigin::signed(RESEARCHER),
			OTHER_INSTITUTE,
			terms(1)
		));
		assert_eq!(StudiesOfInstitution::<Test>::get(INSTITUTE), 3);
		assert_eq!(StudiesOfInstitution::<Test>::get(OTHER_INSTITUTE), 1);
		assert!(!StudiesOfInstitution::<Test>::contains_key(BOARD));
		// A refused registration counts nothing.
		assert!(register_terms(terms(0)).is_err());
		assert_eq!(StudiesOfInstitution::<Test>::get(INSTITUTE), 3);
	});
}

#[test]
fn genesis_studies_are_counted_per_institution() {
	run_test(|| {
		add_other_institute();
		let study = |institution| GenesisStudy {
			researcher: RESEARCHER,
			institution,
			terms: terms(1),
			ethics_committee: BOARD,
			ethics_reviewer: ETHICIST,
		};
		GenesisConfig::<Test> {
			studies: vec![study(INSTITUTE), study(OTHER_INSTITUTE), study(INSTITUTE)],
			profiles: vec![],
			broad_consents: vec![],
			attestations: vec![],
			min_cohort_floor: None,
		}
		.build();
		assert_eq!(StudiesOfInstitution::<Test>::get(INSTITUTE), 2);
		assert_eq!(StudiesOfInstitution::<Test>::get(OTHER_INSTITUTE), 1);
		assert_eq!(in_use(OTHER_INSTITUTE), Some(OrganizationUse::Studies));
	});
}

#[test]
fn try_state_detects_a_miscounted_institution() {
	run_test(|| {
		register(1);
		StudiesOfInstitution::<Test>::insert(INSTITUTE, 2);
		assert!(Research::do_try_state().is_err(), "one study too many");
		StudiesOfInstitution::<Test>::remove(INSTITUTE);
		assert!(Research::do_try_state().is_err(), "an institution's studies uncounted");
		StudiesOfInstitution::<Test>::insert(INSTITUTE, 1);
		StudiesOfInstitution::<Test>::insert(BOARD, 1);
		assert!(Research::do_try_state().is_err(), "a counter without studies");
		StudiesOfInstitution::<Test>::remove(BOARD);
	});
}
