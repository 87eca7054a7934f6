//! The gateway endpoint: set by the organization's admin while it is active, or by governance
//! at any time; only well-formed base URLs, over TLS unless to this machine; removed with the
//! organization.

use healthchain_primitives::Role;

use super::*;
use crate::{Endpoint, Endpoints, Event};

fn url(text: &str) -> Endpoint {
	Endpoint::truncate_from(text.as_bytes().to_vec())
}

fn set_as(origin: RuntimeOrigin, org: u32, endpoint: Option<&str>) -> DispatchResult {
	Organizations::set_endpoint(origin, org, endpoint.map(url))
}

#[test]
fn the_admin_sets_and_clears_the_endpoint_other_gateways_use() {
	run_test(|| {
		let h = hospital_with(BOB, &[Role::Admin]);
		assert_ok!(set_as(RuntimeOrigin::signed(ALICE), h, Some("https://gw.hospital.example")));
		System::assert_last_event(
			Event::EndpointSet {
				organization: h,
				endpoint: Some(url("https://gw.hospital.example")),
			}
			.into(),
		);
		// A member holding the Admin role manages it too.
		assert_ok!(set_as(RuntimeOrigin::signed(BOB), h, Some("http://127.0.0.1:8080")));
		assert_eq!(Endpoints::<Test>::get(h), Some(url("http://127.0.0.1:8080")));
		assert_ok!(set_as(RuntimeOrigin::signed(ALICE), h, None));
		assert_eq!(Endpoints::<Test>::get(h), None);
	});
}

#[test]
fn nobody_else_can_redirect_an_organizations_exchange() {
	run_test(|| {
		let h = hospital_with(BOB, &[Role::Billing]);
		let other = hospital();
		assert_noop!(
			set_as(RuntimeOrigin::signed(BOB), h, Some("https://attacker.example")),
			Error::<Test>::NotAdmin
		);
		// An account that administers neither organization.
		assert_noop!(
			set_as(RuntimeOrigin::signed(CHARLIE), other, Some("https://attacker.example")),
			Error::<Test>::NotAdmin
		);
		assert_noop!(
			set_as(gov(), NextOrganizationId::<Test>::get(), Some("https://x.example")),
			Error::<Test>::UnknownOrganization
		);
	});
}

#[test]
fn governance_sets_or_clears_an_endpoint_even_while_suspended() {
	run_test(|| {
		let h = hospital();
		assert_ok!(set_as(RuntimeOrigin::signed(ALICE), h, Some("https://gw.example")));
		assert_ok!(Organizations::suspend_organization(gov(), h));
		// The admin of a suspended organization changes nothing ...
		assert_noop!(
			set_as(RuntimeOrigin::signed(ALICE), h, Some("https://elsewhere.example")),
			Error::<Test>::OrganizationSuspended
		);
		// ... governance clears a compromised endpoint.
		assert_ok!(set_as(gov(), h, None));
		assert_eq!(Endpoints::<Test>::get(h), None);
	});
}

#[test]
fn only_well_formed_base_urls_are_stored() {
	run_test(|| {
		let h = hospital();
		for bad in [
			"ftp://gw.example",
			"https://",
			"https:///path",
			"https://gw.example/",
			"https://gw example",
			"https://gw.example?x=1",
			"https://gw.example#frag",
			"gw.example",
			"https://gw.\u{e9}xample",
			"http://gw.example",
			"http://10.0.0.7:8080",
			"http://127.0.0.1.evil.example",
			"https://user@gw.example",
			"https://:443",
			// An empty or unclosed bracketed host, or something after it but a port.
			"https://[]",
			"https://[::1",
			"https://[::1]junk",
			"https://[gw.example]",
			// Ports: empty, not a number, 0, past 65535.
			"https://gw.example:",
			"https://gw.example:https",
			"https://gw.example:0",
			"https://gw.example:65536",
			"https://gw.example:8443:1",
			// Not a DNS name.
			"https://gw..example",
			"https://.gw.example",
			"https://gw_1.example",
			"https://-gw.example",
			"https://gw[1].example",
			"http://[::2]:8080",
		] {
			assert_noop!(
				set_as(RuntimeOrigin::signed(ALICE), h, Some(bad)),
				Error::<Test>::InvalidEndpoint
			);
		}
		for good in [
			"https://gw.example:8443/hc",
			"https://10.0.0.7",
			"http://127.0.0.1:8082",
			"http://localhost:8080/gateway",
			"http://[::1]:8080",
			"https://[2001:db8::7]:443/hc",
			"https://gw-1.hospital.example:65535",
			"https://xn--hpital-fsa.example",
		] {
			assert_ok!(set_as(RuntimeOrigin::signed(ALICE), h, Some(good)));
		}
	});
}

#[test]
fn the_endpoint_leaves_with_its_organization() {
	run_test(|| {
		let h = hospital();
		assert_ok!(set_as(RuntimeOrigin::signed(ALICE), h, Some("https://gw.example")));
		assert_ok!(Organizations::remove_organization(gov(), h));
		assert_eq!(Endpoints::<Test>::get(h), None);
	});
}
