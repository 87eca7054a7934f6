//! Proxy kinds are allow-lists: a table over every call of the runtime shows that each kind
//! refuses every value-moving call, and real calls through `pallet-proxy` show the filter at
//! work (also inside batches).

use alloc::{boxed::Box, vec, vec::Vec};

use frame_support::{
	assert_ok,
	traits::{GetCallMetadata, InstanceFilter},
};
use sp_keyring::Sr25519Keyring::*;
use sp_runtime::traits::Dispatchable;

use super::build;
use crate::{
	configs::ProxyType, genesis_config_presets::development_config_genesis, Balances, Proxy,
	Runtime, RuntimeCall, RuntimeOrigin, System, UNIT,
};

/// Every call of the runtime that moves value, or dispatches other calls with more power or in
/// another account's name, with the reason. No restricted proxy kind may allow any of them.
const VALUE_MOVING: &[(&str, &[&str], &str)] = &[
	(
		"Balances",
		&[
			"transfer_allow_death",
			"force_transfer",
			"transfer_keep_alive",
			"transfer_all",
			"force_unreserve",
			"upgrade_accounts",
			"force_set_balance",
			"force_adjust_total_issuance",
			"burn",
		],
		"moves or burns balance",
	),
	(
		"Organizations",
		&["spend", "set_payout_account"],
		"moves or redirects the organization's funds",
	),
	("Claims", &["fund_plan", "withdraw_escrow"], "moves funds into or out of escrow"),
	("Claims", &["review_claim", "arbitrate_claim"], "pays a provider from escrow"),
	(
		"Research",
		&["fund_pool", "close_study", "claim_compensation", "reclaim_pool"],
		"funds, shares out or takes back a pool",
	),
	(
		"Utility",
		&["as_derivative", "dispatch_as", "dispatch_as_fallible", "with_weight", "if_else"],
		"dispatches in another account's name or as another origin",
	),
	(
		"Proxy",
		&[
			"proxy",
			"add_proxy",
			"remove_proxy",
			"remove_proxies",
			"create_pure",
			"kill_pure",
			"announce",
			"remove_announcement",
			"reject_announcement",
			"proxy_announced",
			"poke_deposit",
		],
		"acts for, or hands power over, an account",
	),
	(
		"Multisig",
		&[
			"as_multi_threshold_1",
			"as_multi",
			"approve_as_multi",
			"cancel_as_multi",
			"poke_deposit",
		],
		"moves a shared account's funds",
	),
	("Sudo", &["sudo", "sudo_unchecked_weight", "set_key", "sudo_as", "remove_key"], "Root"),
	(
		"Whitelist",
		&[
			"whitelist_call",
			"remove_whitelisted_call",
			"dispatch_whitelisted_call",
			"dispatch_whitelisted_call_with_preimage",
			"remove_deferred_dispatch",
		],
		"Root",
	),
];

/// Calls that move no value but that no restricted proxy needs: Root or governance-only calls
/// (a signed proxy could never pass their origin check anyway), inherents, and calls that hold
/// deposits for storage a proxy has no business creating.
const NOT_FOR_PROXIES: &[(&str, &[&str])] = &[
	(
		"System",
		&[
			"set_heap_pages",
			"set_code",
			"set_code_without_checks",
			"set_storage",
			"kill_storage",
			"kill_prefix",
			"authorize_upgrade",
			"authorize_upgrade_without_checks",
			"apply_authorized_upgrade",
		],
	),
	("Timestamp", &["set"]),
	("ValidatorSet", &["add_validator", "remove_validator"]),
	("ConsortiumNodes", &["authorize_node", "deauthorize_node"]),
	("Grandpa", &["report_equivocation", "report_equivocation_unsigned", "note_stalled"]),
	(
		"Council",
		&["set_members", "execute", "disapprove_proposal", "kill", "release_proposal_cost"],
	),
	(
		"CouncilMembership",
		&[
			"add_member",
			"remove_member",
			"swap_member",
			"reset_members",
			"change_key",
			"set_prime",
			"clear_prime",
		],
	),
	(
		"Preimage",
		&[
			"note_preimage",
			"unnote_preimage",
			"request_preimage",
			"unrequest_preimage",
			"ensure_updated",
		],
	),
	(
		"Organizations",
		&[
			"register_organization",
			"suspend_organization",
			"reinstate_organization",
			"remove_organization",
			"set_admin",
		],
	),
	("Research", &["set_min_cohort_floor"]),
];

fn listed(list: &[(&str, &[&str])], pallet: &str, call: &str) -> bool {
	list.iter().any(|(p, calls)| *p == pallet && calls.contains(&call))
}

fn value_moving(pallet: &str, call: &str) -> bool {
	VALUE_MOVING.iter().any(|(p, calls, _)| *p == pallet && calls.contains(&call))
}

/// Every `(pallet, call)` of the runtime, from its metadata.
fn every_call() -> Vec<(&'static str, &'static str)> {
	RuntimeCall::get_module_names()
		.iter()
		.flat_map(|pallet| {
			RuntimeCall::get_call_names(pallet).iter().map(move |call| (*pallet, *call))
		})
		.collect()
}

#[test]
fn every_call_of_the_runtime_is_classified_and_no_restricted_proxy_allows_a_value_moving_one() {
	let calls = every_call();
	assert!(calls.len() > 100, "the metadata lists the runtime's calls ({})", calls.len());
	let mut unclassified = Vec::new();
	for (pallet, call) in &calls {
		let moves_value = value_moving(pallet, call);
		let allowed_somewhere =
			[ProxyType::NonTransfer, ProxyType::Consent, ProxyType::CancelProxy]
				.iter()
				.any(|kind| listed(kind.allowed_calls().unwrap_or_default(), pallet, call));
		if !moves_value && !allowed_somewhere && !listed(NOT_FOR_PROXIES, pallet, call) {
			unclassified.push(format!("{pallet}::{call}"));
		}
		for kind in [ProxyType::NonTransfer, ProxyType::Consent] {
			let list = kind.allowed_calls().expect("a restricted kind");
			assert!(
				!(moves_value && listed(list, pallet, call)),
				"{kind:?} allows the value-moving {pallet}::{call}"
			);
		}
	}
	assert!(
		unclassified.is_empty(),
		"calls in no list (decide whether NonTransfer may make them): {unclassified:?}"
	);
	// Every name the allow-lists and the tables use is a real call: a renamed call cannot slip
	// out of a list unnoticed.
	let tables = VALUE_MOVING
		.iter()
		.map(|(p, c, _)| (*p, *c))
		.chain(NOT_FOR_PROXIES.iter().copied())
		.chain(ProxyType::NonTransfer.allowed_calls().unwrap_or_default().iter().copied())
		.chain(ProxyType::Consent.allowed_calls().unwrap_or_default().iter().copied())
		.chain(ProxyType::CancelProxy.allowed_calls().unwrap_or_default().iter().copied());
	for (pallet, names) in tables {
		for name in names {
			assert!(
				calls.contains(&(pallet, *name)),
				"{pallet}::{name} is not a call of the runtime"
			);
		}
	}
}

#[test]
fn the_consent_proxy_allows_only_the_patients_own_consent_decisions() {
	let allowed: Vec<_> = every_call()
		.into_iter()
		.filter(|(pallet, call)| {
			listed(ProxyType::Consent.allowed_calls().unwrap_or_default(), pallet, call)
		})
		.collect();
	assert_eq!(
		allowed,
		vec![
			("Utility", "batch"),
			("Utility", "batch_all"),
			("Utility", "force_batch"),
			("Consent", "grant_consent"),
			("Consent", "revoke_consent"),
		]
	);
}

fn fund_plan() -> RuntimeCall {
	RuntimeCall::Claims(pallet_claims::Call::fund_plan { plan: 0, amount: UNIT })
}

#[test]
fn the_reviews_bypasses_are_refused_by_the_filters() {
	// Security review M-6: each of these passed the old deny-lists.
	assert!(!ProxyType::NonTransfer.filter(&fund_plan()));
	let sudo = RuntimeCall::Sudo(pallet_sudo::Call::sudo {
		call: Box::new(RuntimeCall::Balances(pallet_balances::Call::force_transfer {
			source: Alice.to_account_id().into(),
			dest: Bob.to_account_id().into(),
			value: UNIT,
		})),
	});
	assert!(!ProxyType::NonTransfer.filter(&sudo));
	let pool = RuntimeCall::Research(pallet_research::Call::fund_pool { study: 0, amount: UNIT });
	assert!(!ProxyType::NonTransfer.filter(&pool));
	let emergency = RuntimeCall::Consent(pallet_consent::Call::prune_access_log {
		patient: Ferdie.to_account_id(),
		max: 1,
	});
	assert!(!ProxyType::Consent.filter(&emergency));
	assert!(ProxyType::Consent
		.filter(&RuntimeCall::Consent(pallet_consent::Call::revoke_consent { consent: 0 })));
	assert!(ProxyType::NonTransfer
		.filter(&RuntimeCall::Consent(pallet_consent::Call::revoke_consent { consent: 0 })));
}

#[test]
fn a_non_transfer_proxy_cannot_fund_a_plan_even_inside_a_batch() {
	build(development_config_genesis()).execute_with(|| {
		// Bob administers the demo insurer (plan 0); Eve holds a NonTransfer proxy of his account.
		let (bob, eve) = (Bob.to_account_id(), Eve.to_account_id());
		assert_ok!(Proxy::add_proxy(
			RuntimeOrigin::signed(bob.clone()),
			eve.clone().into(),
			ProxyType::NonTransfer,
			0
		));
		let via_eve = |call: RuntimeCall| {
			RuntimeCall::Proxy(pallet_proxy::Call::proxy {
				real: bob.clone().into(),
				force_proxy_type: None,
				call: Box::new(call),
			})
		};
		let before = Balances::free_balance(&bob);
		let held = pallet_claims::Plans::<Runtime>::get(0).map(|p| p.funded);
		for call in [
			fund_plan(),
			RuntimeCall::Utility(pallet_utility::Call::batch_all { calls: vec![fund_plan()] }),
		] {
			System::reset_events();
			assert_ok!(via_eve(call).dispatch(RuntimeOrigin::signed(eve.clone())));
			let filtered = System::events().iter().any(|r| match &r.event {
				crate::RuntimeEvent::Proxy(pallet_proxy::Event::ProxyExecuted {
					result: Err(e),
				}) => *e == frame_system::Error::<Runtime>::CallFiltered.into(),
				crate::RuntimeEvent::Utility(pallet_utility::Event::BatchInterrupted {
					error,
					..
				}) => *error == frame_system::Error::<Runtime>::CallFiltered.into(),
				_ => false,
			});
			assert!(filtered, "the call was filtered: {:?}", System::events());
		}
		assert_eq!(pallet_claims::Plans::<Runtime>::get(0).map(|p| p.funded), held);
		assert!(Balances::free_balance(&bob) <= before);
		assert_eq!(Balances::free_balance(&bob), before, "nothing left Bob's account");
	});
}
