//! `healthchain_*` JSON-RPC methods of the consent registry, served over the `ConsentApi`
//! runtime API at the best block or at the block hash given (paging as in
//! `pallet-organizations-rpc`: `cursor` + `limit` ≤ 1000, default 100, `{ items, nextCursor }`).
//!
//! | method | params | result |
//! |---|---|---|
//! | `healthchain_evaluateConsent` | `patient`, `organization`, `purpose`, `category`, `action`, `at?` | `{ permitted, consent, reason }` |
//! | `healthchain_consentsOf` | `patient`, `at?` | `{ patient, consents }`: the patient's consents |
//! | `healthchain_grantsHeldBy` | `organization`, `cursor?`, `limit?`, `at?` | a page of consents |
//! | `healthchain_accessLog` | `patient`, `cursor?`, `limit?`, `at?` | a page of the access log, oldest first |
//! | `healthchain_emergencyAccess` | `id`, `at?` | an emergency access or `null` |
//! | `healthchain_pendingReviews` | `organization`, `cursor?`, `limit?`, `at?` | a page of unreviewed emergency accesses |
//! | `healthchain_patient` | `patient`, `at?` | `{ registration, freeCallsLeft }` |
//!
//! Purposes, categories and actions are their names (`"Treatment"`, `"LabResults"`, `"Read"`;
//! the HL7 code of each purpose is in the README); accounts are SS58 strings; balances decimal
//! strings; times milliseconds since the epoch.

use std::{fmt::Display, sync::Arc};

use codec::Codec;
use healthchain_primitives::{
	Action, CategorySet, ConsentId, DataCategory, Decision, DenyReason, Moment, OrganizationId,
	Purpose,
};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_consent_runtime_api::{
	AccessEntry, AccessIndex, Consent, ConsentApi, EmergencyAccess, EmergencyId, Registration,
	Review,
};
use pallet_organizations_rpc::{at_or_best, page_limit, runtime_error, Page};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::H256;
use sp_runtime::traits::Block as BlockT;

/// The result of an evaluation as JSON: `permitted` with the consent that permits, or the
/// reason of the denial.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DecisionView {
	pub permitted: bool,
	pub consent: Option<ConsentId>,
	pub reason: Option<DenyReason>,
}

/// A consent as JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConsentView<AccountId> {
	pub id: ConsentId,
	pub patient: AccountId,
	pub organization: OrganizationId,
	pub purposes: Vec<Purpose>,
	/// The categories named one by one (sensitive ones are only ever covered this way).
	pub categories: Vec<DataCategory>,
	/// Whether every standard (non-sensitive) category is covered.
	pub all_standard_categories: bool,
	pub actions: Vec<Action>,
	pub valid_from: Moment,
	pub valid_until: Option<Moment>,
	pub max_accesses: Option<u32>,
	pub accesses: u32,
	pub erase_by: Option<Moment>,
	pub document_hash: H256,
	pub granted_at: Moment,
}

/// The review of an emergency access as JSON: `status` is `pending`, `justified` or `misuse`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReviewView<AccountId> {
	pub status: String,
	pub officer: Option<AccountId>,
	pub at: Option<Moment>,
	pub report_hash: Option<H256>,
}

/// An access log entry as JSON. Exactly one of `consent` and `emergency` is set: the basis.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AccessEntryView<AccountId> {
	pub index: AccessIndex,
	pub organization: OrganizationId,
	pub accessor: AccountId,
	pub purpose: Purpose,
	/// `null` for the opening of an emergency access.
	pub category: Option<DataCategory>,
	pub consent: Option<ConsentId>,
	pub emergency: Option<EmergencyId>,
	/// The emergency access's review, for entries on an emergency basis.
	pub review: Option<ReviewView<AccountId>>,
	pub at: Moment,
	pub deposit: String,
}

/// An emergency access as JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EmergencyView<AccountId> {
	pub id: EmergencyId,
	pub patient: AccountId,
	pub organization: OrganizationId,
	pub clinician: AccountId,
	pub reason: String,
	pub justification: H256,
	pub opened_at: Moment,
	pub expires_at: Moment,
	pub reads: u32,
	pub review: ReviewView<AccountId>,
	pub deposit: String,
}

/// A patient's consents as JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConsentsOfView<AccountId> {
	pub patient: AccountId,
	/// In the order granted.
	pub consents: Vec<ConsentView<AccountId>>,
}

/// A patient's onboarding and free-call allowance as JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PatientView<AccountId> {
	pub patient: AccountId,
	/// The organization that onboarded the patient, if any.
	pub registered_by_organization: Option<OrganizationId>,
	pub registered_at: Option<Moment>,
	/// Feeless consent calls left in the current window.
	pub free_calls_left: u32,
}

/// The consent registry's RPC methods.
#[rpc(client, server, namespace = "healthchain")]
pub trait ConsentRpc<BlockHash, AccountId> {
	/// Evaluates `patient`'s consents for `organization` doing `action` on `category` data for
	/// `purpose`, at the block's time.
	#[method(name = "evaluateConsent")]
	fn evaluate_consent(
		&self,
		patient: AccountId,
		organization: OrganizationId,
		purpose: Purpose,
		category: DataCategory,
		action: Action,
		at: Option<BlockHash>,
	) -> RpcResult<DecisionView>;

	/// A patient's consents, in the order granted.
	#[method(name = "consentsOf")]
	fn consents_of(
		&self,
		patient: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<ConsentsOfView<AccountId>>;

	/// A page of the consents held by `organization`.
	#[method(name = "grantsHeldBy")]
	fn grants_held_by(
		&self,
		organization: OrganizationId,
		cursor: Option<ConsentId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Page<ConsentView<AccountId>, ConsentId>>;

	/// A page of `patient`'s access log, oldest first.
	#[method(name = "accessLog")]
	fn access_log(
		&self,
		patient: AccountId,
		cursor: Option<AccessIndex>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Page<AccessEntryView<AccountId>, AccessIndex>>;

	/// The emergency access `id` (or `null`).
	#[method(name = "emergencyAccess")]
	fn emergency_access(
		&self,
		id: EmergencyId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<EmergencyView<AccountId>>>;

	/// A page of the emergency accesses `organization` has not reviewed.
	#[method(name = "pendingReviews")]
	fn pending_reviews(
		&self,
		organization: OrganizationId,
		cursor: Option<EmergencyId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Page<EmergencyView<AccountId>, EmergencyId>>;

	/// Whether an organization onboarded `patient`, and their feeless consent calls left.
	#[method(name = "patient")]
	fn patient(
		&self,
		patient: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<PatientView<AccountId>>;
}

/// The methods, over a client that provides the runtime API with the chain's `Balance` type.
pub struct ConsentRpcHandler<C, Block, Balance> {
	client: Arc<C>,
	_marker: std::marker::PhantomData<(Block, Balance)>,
}

impl<C, Block, Balance> ConsentRpcHandler<C, Block, Balance> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _marker: Default::default() }
	}
}

/// The decision as JSON.
pub fn decision_view(decision: Decision) -> DecisionView {
	match decision {
		Decision::Permit(id) => DecisionView { permitted: true, consent: Some(id), reason: None },
		Decision::Deny(reason) => {
			DecisionView { permitted: false, consent: None, reason: Some(reason) }
		},
	}
}

/// A consent as JSON.
pub fn consent_view<AccountId>(id: ConsentId, c: Consent<AccountId>) -> ConsentView<AccountId> {
	ConsentView {
		id,
		patient: c.patient,
		organization: c.organization,
		purposes: c.purposes.items().collect(),
		categories: c.categories.items().collect(),
		all_standard_categories: c.categories.0 & CategorySet::ALL_STANDARD != 0,
		actions: c.actions.items().collect(),
		valid_from: c.valid_from,
		valid_until: c.valid_until,
		max_accesses: c.max_accesses,
		accesses: c.accesses,
		erase_by: c.erase_by,
		document_hash: c.document_hash,
		granted_at: c.granted_at,
	}
}

/// A review as JSON.
pub fn review_view<AccountId>(review: Review<AccountId>) -> ReviewView<AccountId> {
	match review {
		Review::Pending => {
			ReviewView { status: "pending".into(), officer: None, at: None, report_hash: None }
		},
		Review::Done { verdict, officer, at, report_hash } => ReviewView {
			status: format!("{verdict:?}").to_lowercase(),
			officer: Some(officer),
			at: Some(at),
			report_hash: Some(report_hash),
		},
	}
}

/// An access log entry as JSON.
pub fn entry_view<AccountId, Balance: Display>(
	index: AccessIndex,
	e: AccessEntry<AccountId, Balance>,
	review: Option<Review<AccountId>>,
) -> AccessEntryView<AccountId> {
	let (consent, emergency) = match e.basis {
		pallet_consent_runtime_api::AccessBasis::Consent(id) => (Some(id), None),
		pallet_consent_runtime_api::AccessBasis::Emergency(id) => (None, Some(id)),
	};
	AccessEntryView {
		index,
		organization: e.organization,
		accessor: e.accessor,
		purpose: e.purpose,
		category: e.category,
		consent,
		emergency,
		review: review.map(review_view),
		at: e.at,
		deposit: e.deposit.to_string(),
	}
}

/// An emergency access as JSON.
pub fn emergency_view<AccountId, Balance: Display>(
	id: EmergencyId,
	e: EmergencyAccess<AccountId, Balance>,
) -> EmergencyView<AccountId> {
	EmergencyView {
		id,
		patient: e.patient,
		organization: e.organization,
		clinician: e.clinician,
		reason: format!("{:?}", e.reason),
		justification: e.justification,
		opened_at: e.opened_at,
		expires_at: e.expires_at,
		reads: e.reads,
		review: review_view(e.review),
		deposit: e.deposit.to_string(),
	}
}

/// A page of `items` asked for with `limit`: the next cursor is the last key when the page is
/// full.
fn page<K: Clone, I, V>(
	items: Vec<I>,
	limit: u32,
	key: impl Fn(&I) -> K,
	view: impl Fn(I) -> V,
) -> Page<V, K> {
	let next_cursor = if items.len() == limit as usize { items.last().map(&key) } else { None };
	Page { items: items.into_iter().map(view).collect(), next_cursor }
}

impl<C, Block, AccountId, Balance> ConsentRpcServer<Block::Hash, AccountId>
	for ConsentRpcHandler<C, Block, Balance>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ConsentApi<Block, AccountId, Balance>,
	AccountId: Codec + Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
	Balance: Codec + Display + Send + Sync + 'static,
{
	fn evaluate_consent(
		&self,
		patient: AccountId,
		organization: OrganizationId,
		purpose: Purpose,
		category: DataCategory,
		action: Action,
		at: Option<Block::Hash>,
	) -> RpcResult<DecisionView> {
		let at = at_or_best(&*self.client, at);
		let decision = self
			.client
			.runtime_api()
			.evaluate(at, patient, organization, purpose, category, action)
			.map_err(runtime_error)?;
		Ok(decision_view(decision))
	}

	fn consents_of(
		&self,
		patient: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<ConsentsOfView<AccountId>> {
		let at = at_or_best(&*self.client, at);
		let list =
			self.client.runtime_api().consents_of(at, patient.clone()).map_err(runtime_error)?;
		let consents = list.into_iter().map(|(id, c)| consent_view(id, c)).collect();
		Ok(ConsentsOfView { patient, consents })
	}

	fn grants_held_by(
		&self,
		organization: OrganizationId,
		cursor: Option<ConsentId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Page<ConsentView<AccountId>, ConsentId>> {
		let limit = page_limit(limit)?;
		let at = at_or_best(&*self.client, at);
		let list = self
			.client
			.runtime_api()
			.grants_held_by(at, organization, cursor, limit)
			.map_err(runtime_error)?;
		Ok(page(list, limit, |(id, _)| *id, |(id, c)| consent_view(id, c)))
	}

	fn access_log(
		&self,
		patient: AccountId,
		cursor: Option<AccessIndex>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Page<AccessEntryView<AccountId>, AccessIndex>> {
		let limit = page_limit(limit)?;
		let at = at_or_best(&*self.client, at);
		let list = self
			.client
			.runtime_api()
			.access_log(at, patient, cursor, limit)
			.map_err(runtime_error)?;
		Ok(page(list, limit, |(index, _, _)| *index, |(i, e, r)| entry_view(i, e, r)))
	}

	fn emergency_access(
		&self,
		id: EmergencyId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<EmergencyView<AccountId>>> {
		let at = at_or_best(&*self.client, at);
		let access = self.client.runtime_api().emergency_access(at, id).map_err(runtime_error)?;
		Ok(access.map(|e| emergency_view(id, e)))
	}

	fn pending_reviews(
		&self,
		organization: OrganizationId,
		cursor: Option<EmergencyId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Page<EmergencyView<AccountId>, EmergencyId>> {
		let limit = page_limit(limit)?;
		let at = at_or_best(&*self.client, at);
		let list = self
			.client
			.runtime_api()
			.pending_reviews(at, organization, cursor, limit)
			.map_err(runtime_error)?;
		Ok(page(list, limit, |(id, _)| *id, |(id, e)| emergency_view(id, e)))
	}

	fn patient(
		&self,
		patient: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<PatientView<AccountId>> {
		let at = at_or_best(&*self.client, at);
		let (registration, free_calls_left) =
			self.client.runtime_api().patient(at, patient.clone()).map_err(runtime_error)?;
		let (registered_by_organization, registered_at) = match registration {
			Some(Registration { organization, at, .. }) => (Some(organization), Some(at)),
			None => (None, None),
		};
		Ok(PatientView { patient, registered_by_organization, registered_at, free_calls_left })
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use healthchain_primitives::{ActionSet, PurposeSet};

	#[test]
	fn views_name_codes_and_keep_sensitive_categories_apart() {
		let consent = Consent {
			patient: 7u64,
			organization: 1,
			purposes: PurposeSet::from_items(&[Purpose::Treatment, Purpose::Payment]),
			categories: CategorySet(CategorySet::ALL_STANDARD | DataCategory::Genomics.bit()),
			actions: ActionSet::from_items(&[Action::Read]),
			valid_from: 5,
			valid_until: None,
			max_accesses: Some(3),
			accesses: 1,
			erase_by: None,
			document_hash: H256::zero(),
			granted_at: 5,
		};
		let json = serde_json::to_value(consent_view(4, consent)).expect("serializes");
		assert_eq!(json["purposes"], serde_json::json!(["Treatment", "Payment"]));
		assert_eq!(json["categories"], serde_json::json!(["Genomics"]));
		assert_eq!(json["allStandardCategories"], serde_json::json!(true));
		assert_eq!(json["maxAccesses"], serde_json::json!(3));

		let denied = serde_json::to_value(decision_view(Decision::Deny(DenyReason::Expired)))
			.expect("serializes");
		assert_eq!(
			denied,
			serde_json::json!({ "permitted": false, "consent": null, "reason": "Expired" })
		);
		assert_eq!(review_view::<u64>(Review::Pending).status, "pending");
	}

	#[test]
	fn a_full_page_has_a_next_cursor_and_a_short_one_has_none() {
		let full = page(vec![1u32, 2, 3], 3, |i| *i, |i| i * 10);
		assert_eq!((full.items, full.next_cursor), (vec![10, 20, 30], Some(3)));
		let short = page(vec![1u32, 2], 3, |i| *i, |i| i);
		assert_eq!(short.next_cursor, None);
	}
}
