//! The queries clients use: items in id (or account) order across pages with exact cursors, and
//! their JSON as the `healthchain_*` RPC serves it.

use frame_support::assert_ok;
use healthchain_primitives::{Role, WithId};

use super::*;
use crate::{MembershipOf, OrganizationOf, MAX_ORGANIZATION_SCAN};

#[test]
fn organizations_come_in_id_order_across_pages() {
	run_test(|| {
		for _ in 0..20 {
			hospital();
		}
		for removed in [3, 7, 11] {
			assert_ok!(Organizations::remove_organization(gov(), removed));
		}
		let expected: Vec<u32> = (0..20).filter(|id| ![3, 7, 11].contains(id)).collect();
		// Storage (hash) order is not id order: paging by it served `[1, 2, 0, 3]`.
		let storage_order: Vec<u32> = crate::Organizations::<Test>::iter_keys().collect();
		assert_ne!(storage_order, expected);

		let first = Organizations::organizations(None, 3);
		let first_ids: Vec<u32> = first.items.iter().map(|o| o.id).collect();
		assert_eq!((first_ids, first.next_cursor), (vec![0, 1, 2], Some(2)));
		assert_eq!(all_pages(3, |cursor| Organizations::organizations(cursor, 3)), expected);
		let after_the_last = Organizations::organizations(Some(19), 3);
		assert_eq!((after_the_last.items.len(), after_the_last.next_cursor), (0, None));
	});
}

#[test]
fn a_long_run_of_removed_ids_costs_pages_but_loses_no_organization() {
	run_test(|| {
		hospital();
		// Ids 1 ..= 2 × the scan budget are holes (as if registered and removed).
		NextOrganizationId::<Test>::put(2 * MAX_ORGANIZATION_SCAN + 1);
		let last = hospital();
		let page = Organizations::organizations(Some(0), 10);
		assert_eq!((page.items.len(), page.next_cursor), (0, Some(MAX_ORGANIZATION_SCAN)));
		let page = Organizations::organizations(page.next_cursor, 10);
		assert_eq!((page.items.len(), page.next_cursor), (0, Some(2 * MAX_ORGANIZATION_SCAN)));
		let page = Organizations::organizations(page.next_cursor, 10);
		assert_eq!(page.items.iter().map(|o| o.id).collect::<Vec<_>>(), vec![last]);
		assert_eq!(page.next_cursor, None);
	});
}

#[test]
fn members_come_in_account_order_across_pages() {
	run_test(|| {
		let accounts = scattered_accounts();
		let h = hospital_with_members(accounts.clone());
		let mut expected = accounts.clone();
		expected.sort();
		assert_ne!(accounts, expected);
		assert_eq!(all_pages(3, |cursor| Organizations::members(h, cursor, 3)), expected);
		let unknown = Organizations::members(h + 1, None, 10);
		assert_eq!((unknown.items.len(), unknown.next_cursor), (0, None));
	});
}

#[test]
fn an_organization_serializes_as_the_rpc_shows_it() {
	run_test(|| {
		let h = hospital();
		add_by_alice(h, BOB, &[Role::Clinician, Role::Billing]);
		let org: WithId<u32, OrganizationOf<Test>> =
			Organizations::organization(h).expect("registered");
		assert_eq!(org.id, h);
		let account = Organizations::organization_account(h);
		assert_eq!(
			serde_json::to_string(&org).expect("serializes"),
			format!(
				"{{\"id\":0,\"kind\":\"Provider\",\"admin\":1,\"metadataHash\":\"0x{}\",\
				 \"status\":\"Active\",\"account\":{account},\"depositor\":1,\"deposit\":\"100\",\
				 \"memberCount\":1,\"registeredAt\":1000000,\"payout\":null}}",
				"ab".repeat(32)
			)
		);
		// A payout account named by the admin comes last.
		assert_ok!(Organizations::set_payout_account(RuntimeOrigin::signed(ALICE), h, Some(DAVE)));
		let json = serde_json::to_value(Organizations::organization(h)).expect("serializes");
		assert_eq!(json["payout"], serde_json::json!(DAVE));
		assert!(Organizations::organization(h + 1).is_none());
	});
}

#[test]
fn members_and_memberships_serialize_as_the_rpc_shows_them() {
	run_test(|| {
		let h = hospital();
		assert_ok!(add(ALICE, h, DAVE, roles(&[Role::Clinician, Role::Billing]), Some(NOW + 9)));
		let member: WithId<u128, MembershipOf<Test>> =
			Organizations::members(h, None, 1).items.pop().expect("one member");
		assert_eq!(
			serde_json::to_value(&member).expect("serializes"),
			serde_json::json!({
				"id": DAVE,
				"roles": ["Clinician", "Billing"],
				"expiresAt": NOW + 9,
				"depositor": ALICE,
				"deposit": "10",
				"since": NOW,
			})
		);
		assert_eq!(
			serde_json::to_value(Organizations::memberships_of(DAVE)).expect("serializes"),
			serde_json::json!({
				"account": DAVE,
				"memberships": [{
					"organization": h,
					"kind": "Provider",
					"organizationActive": true,
					"roles": ["Clinician", "Billing"],
					"expiresAt": NOW + 9,
					"expired": false,
				}],
			})
		);
		let nobody = Organizations::memberships_of(CHARLIE);
		assert_eq!((nobody.account, nobody.memberships.len()), (CHARLIE, 0));
	});
}
