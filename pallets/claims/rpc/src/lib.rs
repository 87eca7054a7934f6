//! `healthchain_*` JSON-RPC methods of plans and claims, served over the `ClaimsApi` runtime API
//! at the best block or at the block hash given (paging as in `pallet-organizations-rpc`).
//!
//! | method | params | result |
//! |---|---|---|
//! | `healthchain_claim` | `id`, `at?` | a claim with its adjudication, or `null` |
//! | `healthchain_claimsOfPatient` | `patient`, `cursor?`, `limit?`, `at?` | a page of claims |
//! | `healthchain_claimsOfProvider` | `provider`, `cursor?`, `limit?`, `at?` | a page of claims |
//! | `healthchain_claimsOfPlan` | `plan`, `cursor?`, `limit?`, `at?` | a page of claims |
//! | `healthchain_plan` | `id`, `at?` | a plan with its current terms and escrow, or `null` |
//! | `healthchain_remainingAnnualLimit` | `plan`, `patient`, `at?` | `{ plan, patient, remaining, enrolled }` or `null` |
//!
//! Amounts are decimal strings; statuses and adjustment reasons are names (with the X12 CARC).

use std::{fmt::Display, marker::PhantomData, sync::Arc};

use codec::Codec;
use healthchain_primitives::{Moment, OrganizationId, RecordId};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_claims_runtime_api::{Claim, ClaimId, ClaimsApi, Plan, PlanId, PlanTerms};
use pallet_organizations_rpc::{at_or_best, page_limit, runtime_error, Page};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::{Get, H256};
use sp_runtime::traits::Block as BlockT;

/// An adjustment of a line as JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AdjustmentView {
	pub reason: String,
	pub carc: u16,
}

/// An adjudicated line as JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LineView {
	pub service_code: u32,
	pub amount: String,
	pub service_date: Moment,
	pub prior_auth: Option<u64>,
	pub allowed: String,
	pub patient_responsibility: String,
	pub payer_amount: String,
	pub adjustments: Vec<AdjustmentView>,
}

/// A claim as JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClaimView<AccountId> {
	pub id: ClaimId,
	pub plan: PlanId,
	pub patient: AccountId,
	pub provider: OrganizationId,
	pub submitter: AccountId,
	pub evidence: Vec<RecordId>,
	pub lines: Vec<LineView>,
	pub payer_total: String,
	pub patient_total: String,
	pub paid: String,
	/// `Paid`, `PendingReview`, `Denied`, `Appealed` or `DenialUpheld`.
	pub status: String,
	pub eob_commitment: H256,
	pub submitted_at: Moment,
}

/// A coverage rule as JSON (`patientShare` in parts per million).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleView {
	pub service_code: u32,
	pub covered: bool,
	pub max_allowed: String,
	pub patient_share_ppm: u32,
	pub prior_auth_required: bool,
}

/// A plan with its current terms and escrow as JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanView<AccountId> {
	pub id: PlanId,
	pub payer: OrganizationId,
	pub escrow_account: AccountId,
	pub version: u32,
	pub effective_from: Moment,
	pub rules: Vec<RuleView>,
	pub annual_limit: String,
	pub auto_approve_up_to: String,
	pub funded: String,
	pub paid: String,
	pub withdrawn: String,
	pub reserved: String,
	pub held: String,
	pub available: String,
}

/// A member's remaining annual limit as JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LimitView<AccountId> {
	pub plan: PlanId,
	pub patient: AccountId,
	pub remaining: String,
	pub enrolled: bool,
}

/// The claims RPC methods.
#[rpc(client, server, namespace = "healthchain")]
pub trait ClaimsRpc<BlockHash, AccountId> {
	/// The claim `id` (or `null`).
	#[method(name = "claim")]
	fn claim(&self, id: ClaimId, at: Option<BlockHash>) -> RpcResult<Option<ClaimView<AccountId>>>;

	/// A page of `patient`'s claims.
	#[method(name = "claimsOfPatient")]
	fn claims_of_patient(
		&self,
		patient: AccountId,
		cursor: Option<ClaimId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Page<ClaimView<AccountId>, ClaimId>>;

	/// A page of `provider`'s claims.
	#[method(name = "claimsOfProvider")]
	fn claims_of_provider(
		&self,
		provider: OrganizationId,
		cursor: Option<ClaimId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Page<ClaimView<AccountId>, ClaimId>>;

	/// A page of the claims against `plan`.
	#[method(name = "claimsOfPlan")]
	fn claims_of_plan(
		&self,
		plan: PlanId,
		cursor: Option<ClaimId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Page<ClaimView<AccountId>, ClaimId>>;

	/// The plan `id` with its current terms and escrow (or `null`).
	#[method(name = "plan")]
	fn plan(&self, id: PlanId, at: Option<BlockHash>) -> RpcResult<Option<PlanView<AccountId>>>;

	/// What `plan` still pays for `patient` this calendar year (or `null`: no such plan).
	#[method(name = "remainingAnnualLimit")]
	fn remaining_annual_limit(
		&self,
		plan: PlanId,
		patient: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<LimitView<AccountId>>>;
}

/// The methods, over a client that provides the runtime API with the chain's types: `Balance`
/// and the bounds of claims (`MaxLines`, `MaxEvidence`) and of plan rules (`MaxRules`).
pub struct ClaimsRpcHandler<C, Block, Balance, MaxLines, MaxEvidence, MaxRules> {
	client: Arc<C>,
	_marker: PhantomData<(Block, Balance, MaxLines, MaxEvidence, MaxRules)>,
}

impl<C, Block, Balance, L, E, R> ClaimsRpcHandler<C, Block, Balance, L, E, R> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _marker: PhantomData }
	}
}

/// A claim as JSON.
pub fn claim_view<AccountId, Balance, L, E>(
	id: ClaimId,
	c: Claim<AccountId, Balance, L, E>,
) -> ClaimView<AccountId>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug + Display,
	L: Get<u32>,
	E: Get<u32>,
{
	let lines = c
		.lines
		.into_iter()
		.map(|l| LineView {
			service_code: l.input.service_code,
			amount: l.input.amount.to_string(),
			service_date: l.input.service_date,
			prior_auth: l.input.prior_auth,
			allowed: l.allowed.to_string(),
			patient_responsibility: l.patient_responsibility.to_string(),
			payer_amount: l.payer_amount.to_string(),
			adjustments: l
				.adjustments
				.into_iter()
				.map(|a| AdjustmentView { reason: format!("{a:?}"), carc: a.carc() })
				.collect(),
		})
		.collect();
	ClaimView {
		id,
		plan: c.plan,
		patient: c.patient,
		provider: c.provider,
		submitter: c.submitter,
		evidence: c.evidence.into_inner(),
		lines,
		payer_total: c.payer_total.to_string(),
		patient_total: c.patient_total.to_string(),
		paid: c.paid.to_string(),
		status: format!("{:?}", c.status),
		eob_commitment: c.eob_commitment,
		submitted_at: c.submitted_at,
	}
}

/// A plan with its current terms as JSON.
pub fn plan_view<AccountId, Balance, R>(
	id: PlanId,
	p: Plan<AccountId, Balance>,
	t: PlanTerms<Balance, R>,
) -> PlanView<AccountId>
where
	Balance: Clone + PartialEq + Eq + core::fmt::Debug + Display + sp_runtime::Saturating + Copy,
	R: Get<u32>,
{
	let held = p.funded.saturating_sub(p.paid).saturating_sub(p.withdrawn);
	PlanView {
		id,
		payer: p.payer,
		escrow_account: p.escrow_account,
		version: p.versions,
		effective_from: t.effective_from,
		rules: t
			.rules
			.into_iter()
			.map(|r| RuleView {
				service_code: r.service_code,
				covered: r.covered,
				max_allowed: r.max_allowed.to_string(),
				patient_share_ppm: r.patient_share.deconstruct(),
				prior_auth_required: r.prior_auth_required,
			})
			.collect(),
		annual_limit: t.annual_limit.to_string(),
		auto_approve_up_to: t.auto_approve_up_to.to_string(),
		funded: p.funded.to_string(),
		paid: p.paid.to_string(),
		withdrawn: p.withdrawn.to_string(),
		reserved: p.reserved.to_string(),
		held: held.to_string(),
		available: held.saturating_sub(p.reserved).to_string(),
	}
}

fn claims_page<AccountId, Balance, L, E>(
	list: Vec<(ClaimId, Claim<AccountId, Balance, L, E>)>,
	limit: u32,
) -> Page<ClaimView<AccountId>, ClaimId>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug + Display,
	L: Get<u32>,
	E: Get<u32>,
{
	let next_cursor =
		if list.len() == limit as usize { list.last().map(|(id, _)| *id) } else { None };
	Page { items: list.into_iter().map(|(id, c)| claim_view(id, c)).collect(), next_cursor }
}

impl<C, Block, AccountId, Balance, L, E, R> ClaimsRpcServer<Block::Hash, AccountId>
	for ClaimsRpcHandler<C, Block, Balance, L, E, R>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ClaimsApi<
		Block,
		AccountId,
		Balance,
		Claim<AccountId, Balance, L, E>,
		PlanTerms<Balance, R>,
	>,
	AccountId: Codec
		+ Clone
		+ PartialEq
		+ Eq
		+ core::fmt::Debug
		+ Serialize
		+ DeserializeOwned
		+ Send
		+ Sync
		+ 'static,
	Balance: Codec
		+ Clone
		+ Copy
		+ PartialEq
		+ Eq
		+ core::fmt::Debug
		+ Display
		+ sp_runtime::Saturating
		+ Send
		+ Sync
		+ 'static,
	L: Get<u32> + Send + Sync + 'static,
	E: Get<u32> + Send + Sync + 'static,
	R: Get<u32> + Send + Sync + 'static,
{
	fn claim(
		&self,
		id: ClaimId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<ClaimView<AccountId>>> {
		let at = at_or_best(&*self.client, at);
		let claim = self.client.runtime_api().claim(at, id).map_err(runtime_error)?;
		Ok(claim.map(|c| claim_view(id, c)))
	}

	fn claims_of_patient(
		&self,
		patient: AccountId,
		cursor: Option<ClaimId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Page<ClaimView<AccountId>, ClaimId>> {
		let limit = page_limit(limit)?;
		let at = at_or_best(&*self.client, at);
		let list = self
			.client
			.runtime_api()
			.claims_of_patient(at, patient, cursor, limit)
			.map_err(runtime_error)?;
		Ok(claims_page(list, limit))
	}

	fn claims_of_provider(
		&self,
		provider: OrganizationId,
		cursor: Option<ClaimId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Page<ClaimView<AccountId>, ClaimId>> {
		let limit = page_limit(limit)?;
		let at = at_or_best(&*self.client, at);
		let list = self
			.client
			.runtime_api()
			.claims_of_provider(at, provider, cursor, limit)
			.map_err(runtime_error)?;
		Ok(claims_page(list, limit))
	}

	fn claims_of_plan(
		&self,
		plan: PlanId,
		cursor: Option<ClaimId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Page<ClaimView<AccountId>, ClaimId>> {
		let limit = page_limit(limit)?;
		let at = at_or_best(&*self.client, at);
		let list = self
			.client
			.runtime_api()
			.claims_of_plan(at, plan, cursor, limit)
			.map_err(runtime_error)?;
		Ok(claims_page(list, limit))
	}

	fn plan(&self, id: PlanId, at: Option<Block::Hash>) -> RpcResult<Option<PlanView<AccountId>>> {
		let at = at_or_best(&*self.client, at);
		let plan = self.client.runtime_api().plan(at, id).map_err(runtime_error)?;
		Ok(plan.map(|(p, t)| plan_view(id, p, t)))
	}

	fn remaining_annual_limit(
		&self,
		plan: PlanId,
		patient: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<LimitView<AccountId>>> {
		let at = at_or_best(&*self.client, at);
		let limit = self
			.client
			.runtime_api()
			.remaining_annual_limit(at, plan, patient.clone())
			.map_err(runtime_error)?;
		Ok(limit.map(|(remaining, enrolled)| LimitView {
			plan,
			patient,
			remaining: remaining.to_string(),
			enrolled,
		}))
	}
}
