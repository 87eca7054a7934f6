//! Root through consortium governance: on a chain without a sudo key (the `local_testnet` and
//! `consortium` presets), no signed account and no council motion short of three quarters can
//! dispatch as Root; three quarters can, through `pallet-whitelist`.

use alloc::{boxed::Box, vec, vec::Vec};

use codec::Encode;
use frame_support::{assert_noop, assert_ok, dispatch::GetDispatchInfo};
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{self, *};
use sp_runtime::{
	traits::{BlakeTwo256, Dispatchable, Hash},
	DispatchError,
};

use super::build;
use crate::{
	configs::CouncilMotionDuration, genesis_config_presets::local_config_genesis, AccountId,
	Balances, Council, Organizations, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System,
	UNIT,
};

fn signed(who: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.to_account_id())
}

/// A call that only Root may make and whose effect is easy to read: authorizing a runtime
/// upgrade to the code with hash `code_hash`.
fn authorize_upgrade(code_hash: H256) -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::authorize_upgrade { code_hash })
}

fn authorized_upgrade() -> Option<H256> {
	System::authorized_upgrade().map(|a| *a.code_hash())
}

/// The one motion that dispatches `call` as Root: whitelist its hash and dispatch it, in one
/// batch (what `scripts/governance.js` proposes).
fn as_root(call: RuntimeCall) -> RuntimeCall {
	let call_hash = BlakeTwo256::hash_of(&call);
	RuntimeCall::Utility(pallet_utility::Call::batch_all {
		calls: vec![
			RuntimeCall::Whitelist(pallet_whitelist::Call::whitelist_call { call_hash }),
			RuntimeCall::Whitelist(
				pallet_whitelist::Call::dispatch_whitelisted_call_with_preimage {
					call: Box::new(call),
				},
			),
		],
	})
}

/// How a council motion ended.
#[derive(Debug, PartialEq)]
enum Outcome {
	/// Approved and dispatched with this result.
	Executed(Result<(), DispatchError>),
	/// Not approved.
	Disapproved,
}

/// `proposer` proposes `call` with `threshold` and votes aye, every one of `ayes` votes aye,
/// `nays` vote nay, and `proposer` closes it, after the voting time if
/// `wait` (so abstentions count).
fn motion(
	proposer: Sr25519Keyring,
	threshold: u32,
	call: RuntimeCall,
	ayes: &[Sr25519Keyring],
	nays: &[Sr25519Keyring],
	wait: bool,
) -> Outcome {
	let length = call.encoded_size() as u32;
	let weight = call.get_dispatch_info().call_weight;
	let hash = BlakeTwo256::hash_of(&call);
	let index = pallet_collective::ProposalCount::<Runtime, pallet_collective::Instance1>::get();
	System::reset_events();
	assert_ok!(Council::propose(signed(proposer), threshold, Box::new(call), length));
	if threshold < 2 {
		// A threshold of one executes at once, with the proposer's vote alone.
		return executed_or_disapproved();
	}
	for member in core::iter::once(&proposer).chain(ayes) {
		assert_ok!(Council::vote(signed(*member), hash, index, true));
	}
	for member in nays {
		assert_ok!(Council::vote(signed(*member), hash, index, false));
	}
	if wait {
		System::set_block_number(System::block_number() + CouncilMotionDuration::get() + 1);
	}
	System::reset_events();
	assert_ok!(Council::close(signed(proposer), hash, index, weight, length));
	executed_or_disapproved()
}

fn executed_or_disapproved() -> Outcome {
	System::events()
		.into_iter()
		.find_map(|record| match record.event {
			RuntimeEvent::Council(
				pallet_collective::Event::Executed { result, .. }
				| pallet_collective::Event::MemberExecuted { result, .. },
			) => Some(Outcome::Executed(result)),
			RuntimeEvent::Council(pallet_collective::Event::Disapproved { .. }) => {
				Some(Outcome::Disapproved)
			},
			_ => None,
		})
		.expect("a closed motion is executed or disapproved")
}

/// The result of the call a whitelisted dispatch ran as Root, if one ran.
fn root_dispatch_result() -> Option<Result<(), DispatchError>> {
	System::events().into_iter().find_map(|record| match record.event {
		RuntimeEvent::Whitelist(pallet_whitelist::Event::WhitelistedCallDispatched {
			result,
			..
		}) => Some(result.map(|_| ()).map_err(|e| e.error)),
		_ => None,
	})
}

/// Adds Ferdie as a fifth council member (by Root, as the membership pallet's reset would), so
/// that a majority (three) and three quarters (four) differ.
fn five_seats() {
	assert_ok!(crate::CouncilMembership::add_member(
		RuntimeOrigin::root(),
		Ferdie.to_account_id().into()
	));
	assert_eq!(pallet_collective::Members::<Runtime, pallet_collective::Instance1>::get().len(), 5);
}

#[test]
fn no_signed_account_reaches_root_on_a_chain_without_sudo() {
	build(local_config_genesis()).execute_with(|| {
		let hash = H256::repeat_byte(7);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);
		// The former sudo key, and every dev account, is refused by every Root path.
		for who in [Alice, Bob, Charlie, Dave, Eve, Ferdie] {
			let sudo = RuntimeCall::Sudo(pallet_sudo::Call::sudo {
				call: Box::new(authorize_upgrade(hash)),
			});
			assert_noop!(
				sudo.dispatch(signed(who)).map_err(|e| e.error),
				pallet_sudo::Error::<Runtime>::RequireSudo
			);
			assert_noop!(
				authorize_upgrade(hash).dispatch(signed(who)).map_err(|e| e.error),
				DispatchError::BadOrigin
			);
			let whitelist = RuntimeCall::Whitelist(pallet_whitelist::Call::whitelist_call {
				call_hash: BlakeTwo256::hash_of(&authorize_upgrade(hash)),
			});
			assert_noop!(
				whitelist.dispatch(signed(who)).map_err(|e| e.error),
				DispatchError::BadOrigin
			);
			// Dispatching a whitelisted call needs the council, or an earlier deferral by it.
			let dispatch = RuntimeCall::Whitelist(
				pallet_whitelist::Call::dispatch_whitelisted_call_with_preimage {
					call: Box::new(authorize_upgrade(hash)),
				},
			);
			assert_noop!(
				dispatch.dispatch(signed(who)).map_err(|e| e.error),
				pallet_whitelist::Error::<Runtime>::DeferredDispatchNotFound
			);
			let force = RuntimeCall::Balances(pallet_balances::Call::force_transfer {
				source: Organizations::organization_account(0).into(),
				dest: who.to_account_id().into(),
				value: UNIT,
			});
			assert_noop!(
				force.dispatch(signed(who)).map_err(|e| e.error),
				DispatchError::BadOrigin
			);
		}
		assert_eq!(authorized_upgrade(), None);
	});
}

#[test]
fn a_council_majority_short_of_three_quarters_cannot_reach_root() {
	build(local_config_genesis()).execute_with(|| {
		five_seats();
		let hash = H256::repeat_byte(7);
		// Three of five are a majority: enough for everyday governance ...
		let register =
			RuntimeCall::Organizations(pallet_organizations::Call::register_organization {
				kind: healthchain_primitives::OrganizationKind::Provider,
				admin: Dave.to_account_id(),
				metadata_hash: H256::repeat_byte(1),
			});
		assert_eq!(
			motion(Alice, 3, register, &[Bob, Charlie], &[], false),
			Outcome::Executed(Ok(()))
		);
		// ... but not for Root, whether through the whitelist or by calling a Root call directly.
		assert_eq!(
			motion(Alice, 3, as_root(authorize_upgrade(hash)), &[Bob, Charlie], &[], false),
			Outcome::Executed(Err(DispatchError::BadOrigin))
		);
		assert_eq!(
			motion(Alice, 3, authorize_upgrade(hash), &[Bob, Charlie], &[], false),
			Outcome::Executed(Err(DispatchError::BadOrigin))
		);
		// A motion asking for Root with the threshold set low does not help: the origin is the
		// number of ayes.
		assert_eq!(
			motion(Alice, 1, as_root(authorize_upgrade(hash)), &[], &[], false),
			Outcome::Executed(Err(DispatchError::BadOrigin))
		);
		assert_eq!(authorized_upgrade(), None);
		assert_eq!(pallet_whitelist::WhitelistedCall::<Runtime>::iter().count(), 0);
	});
}

#[test]
fn three_quarters_of_the_council_authorize_a_runtime_upgrade_as_root() {
	build(local_config_genesis()).execute_with(|| {
		let hash = H256::repeat_byte(7);
		// Four seats: three ayes are three quarters.
		assert_eq!(
			motion(Alice, 3, as_root(authorize_upgrade(hash)), &[Bob, Eve], &[Charlie], false),
			Outcome::Executed(Ok(()))
		);
		assert_eq!(root_dispatch_result(), Some(Ok(())));
		assert_eq!(authorized_upgrade(), Some(hash));
		// The whitelist entry is used up: the same call cannot be dispatched again without a
		// new motion.
		assert_eq!(pallet_whitelist::WhitelistedCall::<Runtime>::iter().count(), 0);
	});
}

#[test]
fn abstentions_never_count_as_votes_when_a_motion_times_out() {
	build(local_config_genesis()).execute_with(|| {
		// Alice is prime. With `PrimeDefaultVote` the two members who do not vote would count
		// as ayes (the prime's vote) once the voting time ends: two ayes would pass a motion
		// needing three.
		assert_ok!(crate::CouncilMembership::set_prime(
			RuntimeOrigin::root(),
			Alice.to_account_id().into()
		));
		let register =
			RuntimeCall::Organizations(pallet_organizations::Call::register_organization {
				kind: healthchain_primitives::OrganizationKind::Provider,
				admin: Dave.to_account_id(),
				metadata_hash: H256::repeat_byte(1),
			});
		let before = pallet_organizations::Organizations::<Runtime>::count();
		assert_eq!(motion(Alice, 3, register, &[Bob], &[], true), Outcome::Disapproved);
		assert_eq!(pallet_organizations::Organizations::<Runtime>::count(), before);
		// Nor can abstentions lift a majority to the three quarters Root needs.
		five_seats();
		assert_eq!(
			motion(
				Alice,
				4,
				as_root(authorize_upgrade(H256::repeat_byte(7))),
				&[Bob, Charlie],
				&[],
				true
			),
			Outcome::Disapproved
		);
		assert_eq!(authorized_upgrade(), None);
	});
}

#[test]
fn the_councils_own_root_calls_and_recovery_go_through_three_quarters() {
	build(local_config_genesis()).execute_with(|| {
		let members = |who: &[Sr25519Keyring]| -> Vec<AccountId> {
			who.iter().map(|k| k.to_account_id()).collect()
		};
		// Recovery: three quarters move funds out of an account nobody holds a key for.
		let stuck = Organizations::organization_account(0);
		assert_ok!(Balances::transfer_keep_alive(signed(Ferdie), stuck.clone().into(), 10 * UNIT));
		let dave_before = Balances::free_balance(Dave.to_account_id());
		let recover = RuntimeCall::Balances(pallet_balances::Call::force_transfer {
			source: stuck.clone().into(),
			dest: Dave.to_account_id().into(),
			value: 4 * UNIT,
		});
		assert_eq!(
			motion(Alice, 3, as_root(recover), &[Bob, Eve], &[], false),
			Outcome::Executed(Ok(()))
		);
		assert_eq!(root_dispatch_result(), Some(Ok(())));
		assert_eq!(Balances::free_balance(Dave.to_account_id()), dave_before + 4 * UNIT);
		assert_eq!(Balances::free_balance(&stuck), 6 * UNIT);

		// The seats change only through `CouncilMembership`: `council.setMembers` is refused even
		// to Root (it would set the council apart from the membership list, with a weight that
		// trusts the caller's `oldCount`) ...
		let set_members = RuntimeCall::Council(pallet_collective::Call::set_members {
			new_members: members(&[Alice, Bob, Charlie, Eve, Ferdie]),
			prime: None,
			old_count: 1,
		});
		assert_eq!(
			motion(Alice, 3, as_root(set_members), &[Bob, Eve], &[], false),
			Outcome::Executed(Ok(()))
		);
		assert_eq!(root_dispatch_result(), Some(Err(DispatchError::BadOrigin)));
		assert_eq!(
			pallet_collective::Members::<Runtime, pallet_collective::Instance1>::get().len(),
			4
		);
		// ... while a council majority resets them through `CouncilMembership`, and both lists
		// move together.
		let reset = RuntimeCall::CouncilMembership(pallet_membership::Call::reset_members {
			members: members(&[Alice, Bob, Charlie, Eve, Ferdie]),
		});
		assert_eq!(motion(Alice, 3, reset, &[Bob, Eve], &[], false), Outcome::Executed(Ok(())));
		assert_eq!(
			pallet_collective::Members::<Runtime, pallet_collective::Instance1>::get()
				.into_iter()
				.collect::<Vec<_>>(),
			pallet_membership::Members::<Runtime, pallet_membership::Instance1>::get().into_inner()
		);
		assert_eq!(
			pallet_collective::Members::<Runtime, pallet_collective::Instance1>::get().len(),
			5
		);

		// `KillOrigin` is Root too: three quarters of the five kill a pending motion.
		let pending = RuntimeCall::System(frame_system::Call::remark { remark: vec![1] });
		let pending_hash = BlakeTwo256::hash_of(&pending);
		assert_ok!(Council::propose(
			signed(Alice),
			5,
			Box::new(pending.clone()),
			pending.encoded_size() as u32
		));
		let kill =
			RuntimeCall::Council(pallet_collective::Call::kill { proposal_hash: pending_hash });
		assert_eq!(
			motion(Bob, 4, as_root(kill), &[Alice, Charlie, Eve], &[], false),
			Outcome::Executed(Ok(()))
		);
		assert!(pallet_collective::ProposalOf::<Runtime, pallet_collective::Instance1>::get(
			pending_hash
		)
		.is_none());
	});
}
