//! The kinds of proxy an account can appoint with `pallet-proxy`, and which calls each allows.
//!
//! A proxy acts for another account (a hot key for a cold one, a guardian for a patient). Each
//! kind is a filter over calls; `pallet-proxy` applies it to nested calls too (inside
//! `utility.batch`, `multisig`, `proxy.proxy`), so a restricted proxy cannot escape its filter.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::traits::InstanceFilter;
use scale_info::TypeInfo;

use crate::RuntimeCall;

/// The kind of a proxy. The encoding (variant index) is part of the transaction format: append
/// new kinds, never reorder.
#[derive(
	Copy,
	Clone,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	MaxEncodedLen,
	TypeInfo,
	Default,
)]
pub enum ProxyType {
	/// Every call.
	#[default]
	Any,
	/// Every call except those that move balances.
	NonTransfer,
	/// Only rejecting announcements of other proxies (a safety key against a stolen proxy).
	CancelProxy,
	/// Only consent calls (and batches of them): a guardian or legal representative manages a
	/// patient's consents and nothing else.
	Consent,
}

impl InstanceFilter<RuntimeCall> for ProxyType {
	fn filter(&self, call: &RuntimeCall) -> bool {
		match self {
			ProxyType::Any => true,
			ProxyType::NonTransfer => !matches!(call, RuntimeCall::Balances(..)),
			ProxyType::CancelProxy => matches!(
				call,
				RuntimeCall::Proxy(pallet_proxy::Call::reject_announcement { .. })
					| RuntimeCall::Utility(pallet_utility::Call::batch { .. })
					| RuntimeCall::Utility(pallet_utility::Call::batch_all { .. })
			),
			ProxyType::Consent => matches!(
				call,
				RuntimeCall::Consent(..)
					| RuntimeCall::Utility(pallet_utility::Call::batch { .. })
					| RuntimeCall::Utility(pallet_utility::Call::batch_all { .. })
			),
		}
	}

	fn is_superset(&self, other: &Self) -> bool {
		match (self, other) {
			(ProxyType::Any, _) => true,
			(_, ProxyType::Any) => false,
			(ProxyType::NonTransfer, ProxyType::CancelProxy | ProxyType::Consent) => true,
			(left, right) => left == right,
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn transfer() -> RuntimeCall {
		RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: sp_runtime::MultiAddress::Id([1u8; 32].into()),
			value: 1,
		})
	}

	fn remark() -> RuntimeCall {
		RuntimeCall::System(frame_system::Call::remark { remark: alloc::vec![1] })
	}

	#[test]
	fn non_transfer_proxy_cannot_move_balances() {
		assert!(!ProxyType::NonTransfer.filter(&transfer()));
		assert!(ProxyType::NonTransfer.filter(&remark()));
		assert!(ProxyType::Any.filter(&transfer()));
	}

	#[test]
	fn cancel_proxy_allows_only_rejections_and_batches() {
		assert!(!ProxyType::CancelProxy.filter(&remark()));
		assert!(!ProxyType::CancelProxy.filter(&transfer()));
		let reject = RuntimeCall::Proxy(pallet_proxy::Call::reject_announcement {
			delegate: sp_runtime::MultiAddress::Id([2u8; 32].into()),
			call_hash: Default::default(),
		});
		assert!(ProxyType::CancelProxy.filter(&reject));
	}

	#[test]
	fn consent_proxy_allows_only_consent_calls() {
		let revoke = RuntimeCall::Consent(pallet_consent::Call::revoke_consent { consent: 0 });
		assert!(ProxyType::Consent.filter(&revoke));
		assert!(!ProxyType::Consent.filter(&transfer()));
		assert!(!ProxyType::Consent.filter(&remark()));
		let batch =
			RuntimeCall::Utility(pallet_utility::Call::batch { calls: alloc::vec![revoke] });
		assert!(ProxyType::Consent.filter(&batch));
		assert!(ProxyType::NonTransfer.is_superset(&ProxyType::Consent));
		assert!(!ProxyType::Consent.is_superset(&ProxyType::NonTransfer));
	}

	#[test]
	fn any_is_a_superset_of_every_kind_and_no_kind_of_any() {
		for kind in
			[ProxyType::Any, ProxyType::NonTransfer, ProxyType::CancelProxy, ProxyType::Consent]
		{
			assert!(ProxyType::Any.is_superset(&kind));
		}
		assert!(!ProxyType::NonTransfer.is_superset(&ProxyType::Any));
		assert!(ProxyType::NonTransfer.is_superset(&ProxyType::CancelProxy));
		assert!(!ProxyType::CancelProxy.is_superset(&ProxyType::NonTransfer));
	}
}
