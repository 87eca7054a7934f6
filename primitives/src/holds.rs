//! What a pallet's items say it holds: the one comparison of stored deposits with the currency's
//! holds, used by every deposit-taking pallet's `try_state` and by the runtime's invariant fuzzer.

use alloc::{collections::btree_map::BTreeMap, vec::Vec};
use codec::Encode;
use frame_support::traits::fungible::InspectHold;
use sp_runtime::Saturating;

/// Per hold reason and account, the sum of the deposits a pallet's items record (its plans,
/// records, consents' log entries…). A pallet builds it from its storage alone.
///
/// - [`Self::ensure_held`] (the pallet's `try_state`): every recorded sum is exactly what the
///   currency holds from that account for that reason, so no item's deposit is missing.
/// - [`Self::iter`] (the runtime's fuzzer, which can list every hold of every account): each hold
///   of the pallet's reasons is recorded, so that no hold outlives the item that recorded it. A
///   pallet cannot check that direction itself: the currency does not list who holds funds.
pub struct RecordedHolds<R, A, B> {
	/// Keyed by the reason's encoding (hold reasons are field-less enums: one byte) and account.
	sums: BTreeMap<(Vec<u8>, A), (R, B)>,
}

impl<R, A, B> Default for RecordedHolds<R, A, B> {
	fn default() -> Self {
		Self { sums: BTreeMap::new() }
	}
}

impl<R: Encode + Copy, A: Ord + Clone, B: Saturating + Copy + Default + PartialEq>
	RecordedHolds<R, A, B>
{
	/// Records that an item holds `amount` from `who` for `reason` (sums per reason and account).
	pub fn add(&mut self, reason: R, who: &A, amount: B) {
		let entry =
			self.sums.entry((reason.encode(), who.clone())).or_insert((reason, B::default()));
		entry.1 = entry.1.saturating_add(amount);
	}

	/// Every recorded `(reason, account, sum)`, in reason then account order.
	pub fn iter(&self) -> impl Iterator<Item = (R, &A, B)> {
		self.sums.iter().map(|((_, who), (reason, amount))| (*reason, who, *amount))
	}

	/// Fails with `message` unless the currency `C` holds exactly each recorded sum.
	///
	/// # Errors
	/// `message`, at the first account whose hold differs.
	pub fn ensure_held<C>(&self, message: &'static str) -> Result<(), &'static str>
	where
		C: InspectHold<A, Balance = B>,
		R: Into<C::Reason>,
	{
		for (reason, who, amount) in self.iter() {
			if C::balance_on_hold(&reason.into(), who) != amount {
				return Err(message);
			}
		}
		Ok(())
	}
}
