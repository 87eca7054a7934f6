//! The node set: who may change it, what it accepts, and whom nodes peer with.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use frame_support::{assert_noop, assert_ok};
use healthchain_primitives::fakes::FakeOrganizations;
use sp_runtime::DispatchError;

use crate::{mock::*, Error, Event, NodeInfo, Nodes, PeerId, Peering};

fn run(genesis_nodes: bool, test: impl FnOnce()) {
	new_test_ext_with(genesis_nodes).execute_with(|| {
		test();
		ConsortiumNodes::do_try_state().expect("invariants hold after the test");
	});
}

#[test]
fn governance_authorizes_a_members_node_and_every_node_then_peers_with_it() {
	run(true, || {
		assert_ok!(ConsortiumNodes::authorize_node(RuntimeOrigin::root(), peer(2), INSURER));
		System::assert_last_event(
			Event::NodeAuthorized { peer_id: peer(2), organization: INSURER }.into(),
		);
		assert_eq!(
			Nodes::<Test>::get(peer(2)),
			Some(NodeInfo { organization: INSURER, authorized_at: 1 })
		);
		let Peering::Only(mut peers) = ConsortiumNodes::peering() else { panic!("closed") };
		peers.sort();
		assert_eq!(peers, vec![peer(1), peer(2)]);
	});
}

#[test]
fn attack_a_signed_account_authorizes_its_own_node() {
	run(true, || {
		assert_noop!(
			ConsortiumNodes::authorize_node(RuntimeOrigin::signed(100), peer(9), HOSPITAL),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ConsortiumNodes::deauthorize_node(RuntimeOrigin::signed(100), peer(1)),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn attack_garbage_bytes_as_a_peer_id_are_refused() {
	run(true, || {
		for bytes in [
			&b""[..],
			&b"hello, this is not a peer id"[..],
			// identity multihash whose length byte lies
			&[0x00, 0x30, 0x08, 0x01][..],
			// sha2-256 multihash of the wrong length
			&[0x12, 0x20, 1, 2, 3][..],
		] {
			let peer_id = PeerId::from_bytes(bytes).expect("short enough");
			assert_noop!(
				ConsortiumNodes::authorize_node(RuntimeOrigin::root(), peer_id, HOSPITAL),
				Error::<Test>::MalformedPeerId
			);
		}
		// A SHA2-256 peer id (RSA keys) is well formed.
		let mut sha = vec![0x12, 0x20];
		sha.extend_from_slice(&[7; 32]);
		assert_ok!(ConsortiumNodes::authorize_node(
			RuntimeOrigin::root(),
			PeerId::from_bytes(&sha).unwrap(),
			HOSPITAL
		));
	});
}

#[test]
fn a_node_is_authorized_once_for_an_existing_active_organization() {
	run(true, || {
		assert_noop!(
			ConsortiumNodes::authorize_node(RuntimeOrigin::root(), peer(1), INSURER),
			Error::<Test>::AlreadyAuthorized
		);
		assert_noop!(
			ConsortiumNodes::authorize_node(RuntimeOrigin::root(), peer(2), 77),
			Error::<Test>::UnknownOrganization
		);
		FakeOrganizations::set_active(INSURER, false);
		assert_noop!(
			ConsortiumNodes::authorize_node(RuntimeOrigin::root(), peer(2), INSURER),
			Error::<Test>::OrganizationSuspended
		);
	});
}

#[test]
fn the_set_is_bounded() {
	run(true, || {
		for i in 2..=4 {
			assert_ok!(ConsortiumNodes::authorize_node(RuntimeOrigin::root(), peer(i), HOSPITAL));
		}
		assert_noop!(
			ConsortiumNodes::authorize_node(RuntimeOrigin::root(), peer(5), HOSPITAL),
			Error::<Test>::TooManyNodes
		);
	});
}

#[test]
fn a_deauthorized_node_is_refused_by_every_node() {
	run(true, || {
		assert_ok!(ConsortiumNodes::authorize_node(RuntimeOrigin::root(), peer(2), INSURER));
		assert_ok!(ConsortiumNodes::deauthorize_node(RuntimeOrigin::root(), peer(2)));
		System::assert_last_event(
			Event::NodeDeauthorized { peer_id: peer(2), organization: INSURER }.into(),
		);
		assert_eq!(ConsortiumNodes::peering(), Peering::Only(vec![peer(1)]));
		assert_noop!(
			ConsortiumNodes::deauthorize_node(RuntimeOrigin::root(), peer(2)),
			Error::<Test>::NotAuthorized
		);
	});
}

#[test]
fn attack_removing_the_last_node_to_reopen_the_network() {
	run(true, || {
		assert_noop!(
			ConsortiumNodes::deauthorize_node(RuntimeOrigin::root(), peer(1)),
			Error::<Test>::LastNode
		);
		assert!(matches!(ConsortiumNodes::peering(), Peering::Only(_)));
	});
}

#[test]
fn a_suspended_organizations_nodes_are_cut_off_and_come_back_on_reinstatement() {
	run(true, || {
		assert_ok!(ConsortiumNodes::authorize_node(RuntimeOrigin::root(), peer(2), INSURER));
		FakeOrganizations::set_active(INSURER, false);
		assert_eq!(ConsortiumNodes::peering(), Peering::Only(vec![peer(1)]));
		FakeOrganizations::set_active(HOSPITAL, false);
		// Closed and empty: nobody peers, the network does not reopen.
		assert_eq!(ConsortiumNodes::peering(), Peering::Only(vec![]));
		FakeOrganizations::set_active(INSURER, true);
		assert_eq!(ConsortiumNodes::peering(), Peering::Only(vec![peer(2)]));
	});
}

#[test]
fn an_empty_set_leaves_the_network_open_until_the_first_node_is_authorized() {
	run(false, || {
		assert_eq!(ConsortiumNodes::peering(), Peering::Open);
		assert_ok!(ConsortiumNodes::authorize_node(RuntimeOrigin::root(), peer(3), HOSPITAL));
		assert_eq!(ConsortiumNodes::peering(), Peering::Only(vec![peer(3)]));
	});
}
