//! The kinds of proxy an account can appoint with `pallet-proxy`, and which calls each allows.
//!
//! A proxy acts for another account (a hot key for a cold one, a guardian for a patient). Each
//! kind is a filter over calls; `pallet-proxy` applies it to nested calls too (inside
//! `utility.batch`, `multisig`, `proxy.proxy`), so a restricted proxy cannot escape its filter.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::traits::{CallMetadata, GetCallMetadata, InstanceFilter};
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
	/// The healthcare and account-keeping calls that move no value: an allow-list,
	/// [`NON_TRANSFER_CALLS`].
	NonTransfer,
	/// Only rejecting announcements of other proxies (a safety key against a stolen proxy),
	/// [`CANCEL_PROXY_CALLS`].
	CancelProxy,
	/// Only the patient's own consent decisions (`grant_consent`, `revoke_consent`, and batches
	/// of them): a guardian or legal representative manages a patient's consents and nothing
	/// else, [`CONSENT_CALLS`].
	Consent,
}

/// A list of calls by pallet and call name, as the runtime's metadata names them.
type CallList = &'static [(&'static str, &'static [&'static str])];

/// Batches: their inner calls are checked against the same proxy filter one by one
/// (`pallet-utility` keeps the caller's filter), so a batch allows exactly what its calls allow.
const BATCHES: (&str, &[&str]) = ("Utility", &["batch", "batch_all", "force_batch"]);

/// What a [`ProxyType::NonTransfer`] proxy may call: everything the healthcare pallets offer a
/// member or a patient, except what moves value. Any call not listed is refused, so a call added
/// to the runtime later is refused until someone decides it belongs here (the table test in
/// `runtime/src/tests/proxy.rs` fails for any call that is in neither this list nor its list of
/// refused calls).
///
/// Refused, as value-moving: every `Balances` call, `Organizations::spend`, the claims calls
/// that move escrow (`fund_plan`, `withdraw_escrow`, and `review_claim`, whose approval pays a
/// provider), the research pool calls (`fund_pool`, `close_study` which shares the pool out,
/// `claim_compensation`, `reclaim_pool`), and the pallets that dispatch other calls in another name or with
/// more power (`Proxy`, `Multisig`, `Sudo`, `Whitelist`, `Utility::as_derivative`), besides
/// the calls only Root or the council's origin can make.
pub const NON_TRANSFER_CALLS: CallList = &[
	("System", &["remark", "remark_with_event"]),
	("Session", &["set_keys", "purge_keys"]),
	BATCHES,
	("Council", &["propose", "vote", "close"]),
	(
		"Organizations",
		&[
			"set_metadata",
			"add_member",
			"update_member",
			"remove_member",
			"leave_organization",
			"set_endpoint",
		],
	),
	(
		"Consent",
		&[
			"grant_consent",
			"revoke_consent",
			"record_access",
			"open_emergency_access",
			"review_emergency_access",
			"register_patient",
			"prune_access_log",
			"set_guardian",
			"grant_consent_for",
			"revoke_consent_for",
			"record_disclosure",
		],
	),
	(
		"Records",
		&[
			"anchor_record",
			"anchor_own_record",
			"amend_record",
			"mark_entered_in_error",
			"erase_record",
			"anchor_batch",
		],
	),
	(
		"Claims",
		&[
			"create_plan",
			"update_plan",
			"enroll",
			"leave_plan",
			"request_prior_auth",
			"decide_prior_auth",
			"submit_claim",
			"appeal_claim",
			"decide_enrollment",
			"end_coverage",
			"remove_prior_auth",
			"accept_denial",
		],
	),
	(
		"Research",
		&[
			"register_study",
			"decide_study",
			"activate_study",
			"amend_protocol",
			"set_research_profile",
			"opt_in",
			"join_by_broad_consent",
			"withdraw",
			"grant_data",
			"revoke_grant",
			"log_access",
			"attest_participant",
			"recheck_participant",
		],
	),
];

/// What a [`ProxyType::Consent`] proxy (a guardian, a legal representative) may call: the
/// patient's own consent decisions, alone or in batches. Not the clinician's calls of the same
/// pallet (recording an access, breaking the glass, reviewing one), not registering the patient
/// (which holds the patient's deposit), not pruning the access log.
pub const CONSENT_CALLS: CallList = &[("Consent", &["grant_consent", "revoke_consent"]), BATCHES];

/// What a [`ProxyType::CancelProxy`] proxy may call: rejecting another proxy's announcement.
pub const CANCEL_PROXY_CALLS: CallList =
	&[("Proxy", &["reject_announcement"]), ("Utility", &["batch", "batch_all"])];

/// Whether `list` names `call`.
fn lists(list: CallList, call: &RuntimeCall) -> bool {
	let CallMetadata { pallet_name, function_name } = call.get_call_metadata();
	list.iter().any(|(pallet, calls)| *pallet == pallet_name && calls.contains(&function_name))
}

impl ProxyType {
	/// The calls this kind allows, or `None` for [`ProxyType::Any`] (every call).
	pub fn allowed_calls(&self) -> Option<CallList> {
		match self {
			ProxyType::Any => None,
			ProxyType::NonTransfer => Some(NON_TRANSFER_CALLS),
			ProxyType::CancelProxy => Some(CANCEL_PROXY_CALLS),
			ProxyType::Consent => Some(CONSENT_CALLS),
		}
	}
}

impl InstanceFilter<RuntimeCall> for ProxyType {
	fn filter(&self, call: &RuntimeCall) -> bool {
		self.allowed_calls().is_none_or(|list| lists(list, call))
	}

	fn is_superset(&self, other: &Self) -> bool {
		match (self, other) {
			(ProxyType::Any, _) => true,
			(_, ProxyType::Any) => false,
			(ProxyType::NonTransfer, ProxyType::Consent) => true,
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
		// NonTransfer refuses every Proxy call, so it does not cover CancelProxy.
		assert!(!ProxyType::NonTransfer.is_superset(&ProxyType::CancelProxy));
		assert!(!ProxyType::CancelProxy.is_superset(&ProxyType::NonTransfer));
	}
}
