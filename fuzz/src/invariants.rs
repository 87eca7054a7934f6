//! What must hold after every call and every block, whatever the calls were.
//!
//! - After a call: its actual weight (what it refunds to) is within its declared weight, in
//!   both dimensions (a call that under-declares lets a block run past its limit). For the
//!   pallets that still use polkadot-sdk's reference weights ([`UPSTREAM_WEIGHTS`]) an excess
//!   is collected and reported, not failed.
//! - After a block: every HealthChain pallet's `try_state` invariants; the block's weight within
//!   the block limit (hooks included); the total issuance equal to the sum of all accounts'
//!   balances (no money created or destroyed outside accounts); every hold within its
//!   account's reserved balance; every hold of a HealthChain pallet's reason recorded by one of
//!   that pallet's items, for that account and amount ([`holds_recorded`]); and the issuance's change explained by the block's minting and
//!   burning events (`Minted`, `MintedCredit`, `Issued` against `Burned`, `BurnedDebt`,
//!   `BurnedHeld`, `Rescinded`): with no fees in the harness, HealthChain's calls move money
//!   between accounts and holds, and create or destroy none.

use anyhow::{ensure, Context};
use frame_support::dispatch::{DispatchClass, DispatchInfo, PostDispatchInfo};
use healthchain_runtime::{
	AccountId, Balance, Runtime, RuntimeCall, RuntimeEvent, RuntimeHoldReason,
};
use std::collections::BTreeMap;

type BlockWeights = <Runtime as frame_system::Config>::BlockWeights;

/// Whether a call of this declared weight still fits in the block's normal class (what
/// `CheckWeight` would accept).
pub fn fits(info: &DispatchInfo) -> bool {
	let limits = BlockWeights::get();
	let normal = limits.get(DispatchClass::Normal);
	let used = *frame_system::Pallet::<Runtime>::block_weight().get(DispatchClass::Normal);
	let next = used.saturating_add(info.total_weight()).saturating_add(normal.base_extrinsic);
	normal.max_total.is_none_or(|max| next.all_lte(max)) && next.all_lte(limits.max_block)
}

/// Pallets whose weights are polkadot-sdk's own (`SubstrateWeight`, measured on Parity's
/// reference machine), not benchmarks of this runtime: a call of theirs whose actual weight
/// exceeds its declared one is a finding to report (and to fix by benchmarking the pallet in
/// this runtime), not a failure of HealthChain's own weights.
pub const UPSTREAM_WEIGHTS: &[&str] = &[
	"Utility",
	"Proxy",
	"Multisig",
	"Sudo",
	"Council",
	"Preimage",
	"Whitelist",
	"CouncilMembership",
	"Session",
];

/// A call's actual weight above its declared weight, in a pallet of [`UPSTREAM_WEIGHTS`].
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct UpstreamOverweight {
	/// `Pallet.call`.
	pub call: String,
	/// How far over, in ref time (ps) and proof size (bytes), the largest seen.
	pub over: (u64, u64),
}

/// After each call: `Ok(None)`, or the overweight call of an upstream pallet; an error for an
/// overweight call of any other pallet.
pub fn after_call(
	call: &RuntimeCall,
	info: &DispatchInfo,
	post: &PostDispatchInfo,
) -> anyhow::Result<Option<UpstreamOverweight>> {
	use frame_support::traits::GetCallMetadata;
	let Some(actual) = post.actual_weight else { return Ok(None) };
	if actual.all_lte(info.call_weight) {
		return Ok(None);
	}
	let metadata = call.get_call_metadata();
	if UPSTREAM_WEIGHTS.contains(&metadata.pallet_name) {
		return Ok(Some(UpstreamOverweight {
			call: format!("{}.{}", metadata.pallet_name, metadata.function_name),
			over: (
				actual.ref_time().saturating_sub(info.call_weight.ref_time()),
				actual.proof_size().saturating_sub(info.call_weight.proof_size()),
			),
		}));
	}
	anyhow::bail!(
		"the call's actual weight {actual:?} exceeds its declared weight {:?}",
		info.call_weight
	)
}

/// After each block (before the next is initialized).
pub fn after_block(number: u32) -> anyhow::Result<()> {
	type Check = fn() -> Result<(), sp_runtime::TryRuntimeError>;
	let checks: [(&str, Check); 7] = [
		("organizations", pallet_organizations::Pallet::<Runtime>::do_try_state),
		("consent", pallet_consent::Pallet::<Runtime>::do_try_state),
		("records", pallet_records::Pallet::<Runtime>::do_try_state),
		("claims", pallet_claims::Pallet::<Runtime>::do_try_state),
		("research", pallet_research::Pallet::<Runtime>::do_try_state),
		("consortium-nodes", pallet_consortium_nodes::Pallet::<Runtime>::do_try_state),
		("validator-set", pallet_validator_set::Pallet::<Runtime>::do_try_state),
	];
	for (pallet, check) in checks {
		check().map_err(|e| anyhow::anyhow!("{pallet} try_state: {e:?}"))?;
	}

	if number > 0 {
		let weight = frame_system::Pallet::<Runtime>::block_weight();
		let max = BlockWeights::get().max_block;
		ensure!(
			weight.total().all_lte(max),
			"block weight {:?} exceeds the limit {max:?}",
			weight.total()
		);
	}

	let issuance = pallet_balances::TotalIssuance::<Runtime>::get();
	let mut accounts_total: Balance = 0;
	for (who, account) in frame_system::Account::<Runtime>::iter() {
		accounts_total = accounts_total
			.checked_add(account.data.free)
			.and_then(|t| t.checked_add(account.data.reserved))
			.context("the accounts' balances overflow")?;
		let held: Balance =
			pallet_balances::Holds::<Runtime>::get(&who).iter().map(|hold| hold.amount).sum();
		ensure!(
			held <= account.data.reserved,
			"{who}: {held} on hold but only {} reserved",
			account.data.reserved
		);
	}
	ensure!(
		issuance == accounts_total,
		"total issuance {issuance} differs from the sum of all balances {accounts_total}"
	);
	holds_recorded()
}

/// Every hold for a HealthChain pallet's reason is recorded by an item of that pallet, for that
/// account and exactly that amount (the pallets' `recorded_holds`). Each pallet's `try_state`
/// checks the other direction, that every recorded deposit is held; only a view of every
/// account's holds, which a pallet does not have, finds a hold that outlived its item.
pub fn holds_recorded() -> anyhow::Result<()> {
	use codec::Encode;
	let mut recorded: BTreeMap<(AccountId, Vec<u8>), Balance> = BTreeMap::new();
	let mut add = |reason: RuntimeHoldReason, who: &AccountId, amount: Balance| {
		let sum = recorded.entry((who.clone(), reason.encode())).or_default();
		*sum = sum.saturating_add(amount);
	};
	for (reason, who, amount) in pallet_organizations::Pallet::<Runtime>::recorded_holds().iter() {
		add(reason.into(), who, amount);
	}
	for (reason, who, amount) in pallet_consent::Pallet::<Runtime>::recorded_holds().iter() {
		add(reason.into(), who, amount);
	}
	for (reason, who, amount) in pallet_records::Pallet::<Runtime>::recorded_holds().iter() {
		add(reason.into(), who, amount);
	}
	for (reason, who, amount) in pallet_claims::Pallet::<Runtime>::recorded_holds().iter() {
		add(reason.into(), who, amount);
	}
	for (reason, who, amount) in pallet_research::Pallet::<Runtime>::recorded_holds().iter() {
		add(reason.into(), who, amount);
	}
	for (who, holds) in pallet_balances::Holds::<Runtime>::iter() {
		for hold in holds {
			use RuntimeHoldReason as R;
			let ours = matches!(
				hold.id,
				R::Organizations(_) | R::Consent(_) | R::Records(_) | R::Claims(_) | R::Research(_)
			);
			if !ours {
				continue;
			}
			let expected = recorded.remove(&(who.clone(), hold.id.encode())).unwrap_or_default();
			ensure!(
				expected == hold.amount,
				"{who} holds {} for {:?}, but the pallet's items record {expected}",
				hold.amount,
				hold.id
			);
		}
	}
	if let Some(((who, reason), amount)) = recorded.iter().find(|(_, amount)| **amount != 0) {
		anyhow::bail!(
			"{who}: items record {amount} held for reason {reason:?}, but nothing is held"
		);
	}
	Ok(())
}

/// The change of the total issuance over a block (from `before`, read before the block was
/// initialized) equals what its events minted less what they burned.
pub fn issuance_explained(before: Balance, events: &[RuntimeEvent]) -> anyhow::Result<()> {
	let after = pallet_balances::TotalIssuance::<Runtime>::get();
	let (mut minted, mut burned): (Balance, Balance) = (0, 0);
	for event in events {
		use pallet_balances::Event as B;
		if let RuntimeEvent::Balances(event) = event {
			match event {
				B::Minted { amount, .. } | B::MintedCredit { amount } | B::Issued { amount } => {
					minted = minted.saturating_add(*amount)
				},
				B::Burned { amount, .. }
				| B::BurnedDebt { amount }
				| B::BurnedHeld { amount, .. }
				| B::Rescinded { amount } => burned = burned.saturating_add(*amount),
				_ => {},
			}
		}
	}
	ensure!(
		before.saturating_add(minted).saturating_sub(burned) == after,
		"the total issuance went from {before} to {after}, but the block's events minted {minted} and burned {burned}"
	);
	Ok(())
}
