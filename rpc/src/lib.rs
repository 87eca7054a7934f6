//! # HealthChain JSON-RPC
//!
//! The `healthchain_*` JSON-RPC methods: one thin skin over the pallets' runtime APIs, for
//! clients that prefer JSON to SCALE (researchers' Python scripts, `curl`, Polkadot.js with the
//! definitions in `clients/ts/src/interfaces/healthchain/definitions.json`, the client libraries in
//! `clients/`).
//!
//! Each query lives once, in its pallet (`queries.rs`); the runtime API forwards it; a method here
//! calls the runtime API at the block asked for (default: the best block) and serializes the
//! pallet's own result type (serde behind the pallets' `std` feature): no logic, no mirror types.
//! The method list, with parameters and results, is [`methods::METHODS`], from which the
//! Polkadot.js definitions and the README's table are generated (and tested to match).
//!
//! Conventions:
//! - Paged methods take `cursor` (the previous page's `nextCursor`; `null` for the first page)
//!   and `limit` (1 to [`MAX_PAGE`], default [`DEFAULT_PAGE`]) and return `{ items, nextCursor }`
//!   with items in id order; `nextCursor: null` means nothing follows.
//! - Every method takes an optional block hash `at` last.
//! - Accounts are SS58 strings, balances decimal strings, codes their names, times milliseconds
//!   since the Unix epoch.

pub mod methods;

use std::{fmt::Display, marker::PhantomData, sync::Arc};

use codec::Codec;
use healthchain_primitives::{
	Action, CategoryDecisions, CategorySet, DataCategory, Decision, IdPage, OrganizationId, Page,
	Purpose, WithId, DEFAULT_PAGE, MAX_PAGE,
};
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::error::{ErrorObject, ErrorObjectOwned},
};
use pallet_claims_runtime_api::{AnnualLimit, ClaimId, ClaimInfo, ClaimsApi, PlanId, PlanInfo};
use pallet_consent_runtime_api::{
	AccessIndex, AccessLogItem, Consent, ConsentApi, ConsentId, EmergencyAccess, EmergencyId,
	PatientConsents, PatientInfo,
};
use pallet_organizations_runtime_api::{
	AccountMemberships, Membership, Organization, OrganizationsApi,
};
use pallet_records_runtime_api::{
	Batch, BatchId, LeafProof, Record, RecordHistory, RecordId, RecordsApi, MAX_PROOF_HASHES,
};
use pallet_research_runtime_api::{
	Cohort, ConsentMatch, DataGrant, GrantId, ProviderCohort, ResearchApi, Study, StudyFilter,
	StudyId,
};
use serde::{de::DeserializeOwned, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::H256;
use sp_runtime::traits::Block as BlockT;

/// JSON-RPC error codes of these methods.
pub mod error {
	/// The runtime API call failed (e.g. an unknown or pruned block).
	pub const RUNTIME_ERROR: i32 = 1;
	/// Invalid parameters (e.g. a limit of 0 or above the largest page, an unknown code, a batch
	/// proof longer than [`super::MAX_PROOF_HASHES`] hashes).
	pub const INVALID_PARAMS: i32 = -32602;
}

/// The page size asked for, checked: 1 to [`MAX_PAGE`], [`DEFAULT_PAGE`] when none is given.
pub fn page_limit(limit: Option<u32>) -> RpcResult<u32> {
	match limit.unwrap_or(DEFAULT_PAGE) {
		0 => Err(invalid_params("limit must be at least 1".into())),
		l if l > MAX_PAGE => Err(invalid_params(format!("limit must be at most {MAX_PAGE}"))),
		l => Ok(l),
	}
}

/// A batch leaf's inclusion proof is at most [`MAX_PROOF_HASHES`] hashes (the depth of the
/// largest batch): a longer one is refused here, before it is passed into the runtime.
pub fn proof_length(proof: &[H256]) -> RpcResult<()> {
	if proof.len() > MAX_PROOF_HASHES {
		return Err(invalid_params(format!(
			"proof has {} hashes; a batch leaf's proof has at most {MAX_PROOF_HASHES}",
			proof.len()
		)));
	}
	Ok(())
}

/// An invalid-parameters error with `message`.
pub fn invalid_params(message: String) -> ErrorObjectOwned {
	ErrorObject::owned(error::INVALID_PARAMS, message, None::<()>)
}

/// The error of a failed runtime API call.
pub fn runtime_error(e: impl std::fmt::Debug) -> ErrorObjectOwned {
	ErrorObject::owned(error::RUNTIME_ERROR, "runtime API call failed", Some(format!("{e:?}")))
}

/// The `healthchain_*` methods. Documented per method in [`methods::METHODS`] and the README.
#[rpc(
	server,
	namespace = "healthchain",
	server_bounds(
		BlockHash: Send + Sync + 'static + DeserializeOwned + Serialize,
		AccountId: Send + Sync + 'static + DeserializeOwned + Serialize + Clone,
		Balance: Send + Sync + 'static + Display + Clone,
	)
)]
pub trait HealthchainApi<BlockHash, AccountId, Balance> {
	// --- organizations -------------------------------------------------------------------------
	#[method(name = "organization")]
	fn organization(
		&self,
		id: OrganizationId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<WithId<OrganizationId, Organization<AccountId, Balance>>>>;

	#[method(name = "organizations")]
	fn organizations(
		&self,
		cursor: Option<OrganizationId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<IdPage<OrganizationId, Organization<AccountId, Balance>>>;

	#[method(name = "members")]
	fn members(
		&self,
		organization: OrganizationId,
		cursor: Option<AccountId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<IdPage<AccountId, Membership<AccountId, Balance>>>;

	#[method(name = "rolesOf")]
	fn roles_of(
		&self,
		account: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<AccountMemberships<AccountId>>;

	// --- consent -------------------------------------------------------------------------------
	#[method(name = "evaluateConsent")]
	fn evaluate_consent(
		&self,
		patient: AccountId,
		organization: OrganizationId,
		purpose: Purpose,
		category: DataCategory,
		action: Action,
		at: Option<BlockHash>,
	) -> RpcResult<Decision>;

	#[method(name = "evaluateCategories")]
	fn evaluate_categories(
		&self,
		patient: AccountId,
		organization: OrganizationId,
		purpose: Purpose,
		action: Action,
		categories: CategorySet,
		at: Option<BlockHash>,
	) -> RpcResult<CategoryDecisions>;

	#[method(name = "consentsOf")]
	fn consents_of(
		&self,
		patient: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<PatientConsents<AccountId>>;

	#[method(name = "grantsHeldBy")]
	fn grants_held_by(
		&self,
		organization: OrganizationId,
		cursor: Option<ConsentId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<IdPage<ConsentId, Consent<AccountId>>>;

	#[method(name = "accessLog")]
	fn access_log(
		&self,
		patient: AccountId,
		cursor: Option<AccessIndex>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Page<AccessLogItem<AccountId, Balance>, AccessIndex>>;

	#[method(name = "emergencyAccess")]
	fn emergency_access(
		&self,
		id: EmergencyId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<WithId<EmergencyId, EmergencyAccess<AccountId, Balance>>>>;

	#[method(name = "pendingReviews")]
	fn pending_reviews(
		&self,
		organization: OrganizationId,
		cursor: Option<EmergencyId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<IdPage<EmergencyId, EmergencyAccess<AccountId, Balance>>>;

	#[method(name = "patient")]
	fn patient(
		&self,
		patient: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<PatientInfo<AccountId, Balance>>;

	// --- records -------------------------------------------------------------------------------
	#[method(name = "record")]
	fn record(
		&self,
		id: RecordId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<WithId<RecordId, Record<AccountId, Balance>>>>;

	#[method(name = "recordByCommitment")]
	fn record_by_commitment(
		&self,
		patient: AccountId,
		commitment: H256,
		at: Option<BlockHash>,
	) -> RpcResult<Option<WithId<RecordId, Record<AccountId, Balance>>>>;

	#[method(name = "recordsOf")]
	fn records_of(
		&self,
		patient: AccountId,
		cursor: Option<RecordId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<IdPage<RecordId, Record<AccountId, Balance>>>;

	#[method(name = "recordHistory")]
	fn record_history(
		&self,
		id: RecordId,
		at: Option<BlockHash>,
	) -> RpcResult<RecordHistory<AccountId, Balance>>;

	#[method(name = "batch")]
	fn batch(
		&self,
		id: BatchId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<WithId<BatchId, Batch<AccountId, Balance>>>>;

	#[method(name = "verifyBatchLeaf")]
	fn verify_batch_leaf(
		&self,
		batch: BatchId,
		leaf: H256,
		leaf_index: u32,
		proof: Vec<H256>,
		at: Option<BlockHash>,
	) -> RpcResult<LeafProof>;

	// --- claims --------------------------------------------------------------------------------
	#[method(name = "claim")]
	fn claim(
		&self,
		id: ClaimId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<WithId<ClaimId, ClaimInfo<AccountId, Balance>>>>;

	#[method(name = "claimsOfPatient")]
	fn claims_of_patient(
		&self,
		patient: AccountId,
		cursor: Option<ClaimId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<IdPage<ClaimId, ClaimInfo<AccountId, Balance>>>;

	#[method(name = "claimsOfProvider")]
	fn claims_of_provider(
		&self,
		provider: OrganizationId,
		cursor: Option<ClaimId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<IdPage<ClaimId, ClaimInfo<AccountId, Balance>>>;

	#[method(name = "claimsOfPlan")]
	fn claims_of_plan(
		&self,
		plan: PlanId,
		cursor: Option<ClaimId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<IdPage<ClaimId, ClaimInfo<AccountId, Balance>>>;

	#[method(name = "plan")]
	fn plan(
		&self,
		id: PlanId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<PlanInfo<AccountId, Balance>>>;

	#[method(name = "remainingAnnualLimit")]
	fn remaining_annual_limit(
		&self,
		plan: PlanId,
		patient: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<AnnualLimit<AccountId, Balance>>>;

	// --- research ------------------------------------------------------------------------------
	#[method(name = "studies")]
	fn studies(
		&self,
		status: Option<String>,
		duo: Option<String>,
		cursor: Option<StudyId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<IdPage<StudyId, Study<AccountId, Balance>>>;

	#[method(name = "study")]
	fn study(
		&self,
		id: StudyId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<WithId<StudyId, Study<AccountId, Balance>>>>;

	#[method(name = "cohortSize")]
	fn cohort_size(&self, id: StudyId, at: Option<BlockHash>) -> RpcResult<Option<Cohort>>;

	#[method(name = "cohortOfProvider")]
	fn cohort_of_provider(
		&self,
		id: StudyId,
		provider: OrganizationId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<ProviderCohort>>;

	#[method(name = "grantsOfStudy")]
	fn grants_of_study(
		&self,
		id: StudyId,
		cursor: Option<GrantId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<IdPage<GrantId, DataGrant<AccountId, Balance>>>;

	#[method(name = "broadConsentMatches")]
	fn broad_consent_matches(
		&self,
		id: StudyId,
		patient: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<ConsentMatch>;
}

/// The methods, served over a client that provides the five runtime APIs.
pub struct Healthchain<C, Block, Balance> {
	client: Arc<C>,
	_marker: PhantomData<(Block, Balance)>,
}

impl<C, Block, Balance> Healthchain<C, Block, Balance> {
	/// The methods over `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _marker: PhantomData }
	}
}

impl<C, Block, Balance> Healthchain<C, Block, Balance>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block>,
{
	/// The one helper of every method: calls `query` on the runtime API at `at` (default: the
	/// best block) and maps a failure to [`error::RUNTIME_ERROR`].
	fn call<R>(
		&self,
		at: Option<Block::Hash>,
		query: impl FnOnce(&C::Api, Block::Hash) -> Result<R, sp_api::ApiError>,
	) -> RpcResult<R> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		query(&self.client.runtime_api(), at).map_err(runtime_error)
	}
}

impl<C, Block, AccountId, Balance> HealthchainApiServer<Block::Hash, AccountId, Balance>
	for Healthchain<C, Block, Balance>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: OrganizationsApi<Block, AccountId, Balance>
		+ ConsentApi<Block, AccountId, Balance>
		+ RecordsApi<Block, AccountId, Balance>
		+ ClaimsApi<Block, AccountId, Balance>
		+ ResearchApi<Block, AccountId, Balance>,
	AccountId: Codec + Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
	Balance: Codec + Display + Clone + Send + Sync + 'static,
{
	fn organization(
		&self,
		id: OrganizationId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<WithId<OrganizationId, Organization<AccountId, Balance>>>> {
		self.call(at, |api, at| api.organization(at, id))
	}

	fn organizations(
		&self,
		cursor: Option<OrganizationId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<IdPage<OrganizationId, Organization<AccountId, Balance>>> {
		let limit = page_limit(limit)?;
		self.call(at, |api, at| api.organizations(at, cursor, limit))
	}

	fn members(
		&self,
		organization: OrganizationId,
		cursor: Option<AccountId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<IdPage<AccountId, Membership<AccountId, Balance>>> {
		let limit = page_limit(limit)?;
		self.call(at, |api, at| api.members(at, organization, cursor, limit))
	}

	fn roles_of(
		&self,
		account: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<AccountMemberships<AccountId>> {
		self.call(at, |api, at| api.memberships_of(at, account))
	}

	fn evaluate_consent(
		&self,
		patient: AccountId,
		organization: OrganizationId,
		purpose: Purpose,
		category: DataCategory,
		action: Action,
		at: Option<Block::Hash>,
	) -> RpcResult<Decision> {
		self.call(at, |api, at| api.evaluate(at, patient, organization, purpose, category, action))
	}

	fn evaluate_categories(
		&self,
		patient: AccountId,
		organization: OrganizationId,
		purpose: Purpose,
		action: Action,
		categories: CategorySet,
		at: Option<Block::Hash>,
	) -> RpcResult<CategoryDecisions> {
		self.call(at, |api, at| {
			api.evaluate_categories(at, patient, organization, purpose, action, categories)
		})
	}

	fn consents_of(
		&self,
		patient: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<PatientConsents<AccountId>> {
		self.call(at, |api, at| api.consents_of(at, patient))
	}

	fn grants_held_by(
		&self,
		organization: OrganizationId,
		cursor: Option<ConsentId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<IdPage<ConsentId, Consent<AccountId>>> {
		let limit = page_limit(limit)?;
		self.call(at, |api, at| api.grants_held_by(at, organization, cursor, limit))
	}

	fn access_log(
		&self,
		patient: AccountId,
		cursor: Option<AccessIndex>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Page<AccessLogItem<AccountId, Balance>, AccessIndex>> {
		let limit = page_limit(limit)?;
		self.call(at, |api, at| api.access_log(at, patient, cursor, limit))
	}

	fn emergency_access(
		&self,
		id: EmergencyId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<WithId<EmergencyId, EmergencyAccess<AccountId, Balance>>>> {
		self.call(at, |api, at| api.emergency_access(at, id))
	}

	fn pending_reviews(
		&self,
		organization: OrganizationId,
		cursor: Option<EmergencyId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<IdPage<EmergencyId, EmergencyAccess<AccountId, Balance>>> {
		let limit = page_limit(limit)?;
		self.call(at, |api, at| api.pending_reviews(at, organization, cursor, limit))
	}

	fn patient(
		&self,
		patient: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<PatientInfo<AccountId, Balance>> {
		self.call(at, |api, at| api.patient(at, patient))
	}

	fn record(
		&self,
		id: RecordId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<WithId<RecordId, Record<AccountId, Balance>>>> {
		self.call(at, |api, at| api.record(at, id))
	}

	fn record_by_commitment(
		&self,
		patient: AccountId,
		commitment: H256,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<WithId<RecordId, Record<AccountId, Balance>>>> {
		self.call(at, |api, at| api.record_by_commitment(at, patient, commitment))
	}

	fn records_of(
		&self,
		patient: AccountId,
		cursor: Option<RecordId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<IdPage<RecordId, Record<AccountId, Balance>>> {
		let limit = page_limit(limit)?;
		self.call(at, |api, at| api.records_of(at, patient, cursor, limit))
	}

	fn record_history(
		&self,
		id: RecordId,
		at: Option<Block::Hash>,
	) -> RpcResult<RecordHistory<AccountId, Balance>> {
		self.call(at, |api, at| api.history(at, id))
	}

	fn batch(
		&self,
		id: BatchId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<WithId<BatchId, Batch<AccountId, Balance>>>> {
		self.call(at, |api, at| api.batch(at, id))
	}

	fn verify_batch_leaf(
		&self,
		batch: BatchId,
		leaf: H256,
		leaf_index: u32,
		proof: Vec<H256>,
		at: Option<Block::Hash>,
	) -> RpcResult<LeafProof> {
		proof_length(&proof)?;
		self.call(at, |api, at| api.verify_batch_leaf(at, batch, leaf, leaf_index, proof))
	}

	fn claim(
		&self,
		id: ClaimId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<WithId<ClaimId, ClaimInfo<AccountId, Balance>>>> {
		self.call(at, |api, at| api.claim(at, id))
	}

	fn claims_of_patient(
		&self,
		patient: AccountId,
		cursor: Option<ClaimId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<IdPage<ClaimId, ClaimInfo<AccountId, Balance>>> {
		let limit = page_limit(limit)?;
		self.call(at, |api, at| api.claims_of_patient(at, patient, cursor, limit))
	}

	fn claims_of_provider(
		&self,
		provider: OrganizationId,
		cursor: Option<ClaimId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<IdPage<ClaimId, ClaimInfo<AccountId, Balance>>> {
		let limit = page_limit(limit)?;
		self.call(at, |api, at| api.claims_of_provider(at, provider, cursor, limit))
	}

	fn claims_of_plan(
		&self,
		plan: PlanId,
		cursor: Option<ClaimId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<IdPage<ClaimId, ClaimInfo<AccountId, Balance>>> {
		let limit = page_limit(limit)?;
		self.call(at, |api, at| api.claims_of_plan(at, plan, cursor, limit))
	}

	fn plan(
		&self,
		id: PlanId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<PlanInfo<AccountId, Balance>>> {
		self.call(at, |api, at| api.plan(at, id))
	}

	fn remaining_annual_limit(
		&self,
		plan: PlanId,
		patient: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<AnnualLimit<AccountId, Balance>>> {
		self.call(at, |api, at| api.remaining_annual_limit(at, plan, patient))
	}

	fn studies(
		&self,
		status: Option<String>,
		duo: Option<String>,
		cursor: Option<StudyId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<IdPage<StudyId, Study<AccountId, Balance>>> {
		let limit = page_limit(limit)?;
		let filter = StudyFilter::from_codes(status.as_deref(), duo.as_deref())
			.map_err(|code| invalid_params(format!("unknown status or DUO code {code:?}")))?;
		self.call(at, |api, at| api.studies(at, filter, cursor, limit))
	}

	fn study(
		&self,
		id: StudyId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<WithId<StudyId, Study<AccountId, Balance>>>> {
		self.call(at, |api, at| api.study(at, id))
	}

	fn cohort_size(&self, id: StudyId, at: Option<Block::Hash>) -> RpcResult<Option<Cohort>> {
		self.call(at, |api, at| api.cohort(at, id))
	}

	fn cohort_of_provider(
		&self,
		id: StudyId,
		provider: OrganizationId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<ProviderCohort>> {
		self.call(at, |api, at| api.cohort_of_provider(at, id, provider))
	}

	fn grants_of_study(
		&self,
		id: StudyId,
		cursor: Option<GrantId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<IdPage<GrantId, DataGrant<AccountId, Balance>>> {
		let limit = page_limit(limit)?;
		self.call(at, |api, at| api.grants_of_study(at, id, cursor, limit))
	}

	fn broad_consent_matches(
		&self,
		id: StudyId,
		patient: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<ConsentMatch> {
		self.call(at, |api, at| api.broad_consent_matches(at, id, patient))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn page_limits_are_checked() {
		assert_eq!(page_limit(None).unwrap(), DEFAULT_PAGE);
		assert_eq!(page_limit(Some(MAX_PAGE)).unwrap(), MAX_PAGE);
		assert_eq!(page_limit(Some(MAX_PAGE + 1)).unwrap_err().code(), error::INVALID_PARAMS);
		assert_eq!(page_limit(Some(0)).unwrap_err().code(), error::INVALID_PARAMS);
	}

	#[test]
	fn a_proof_longer_than_the_deepest_batch_is_refused_before_the_runtime() {
		assert!(proof_length(&[]).is_ok());
		assert!(proof_length(&vec![H256::zero(); MAX_PROOF_HASHES]).is_ok());
		let refused = proof_length(&vec![H256::zero(); MAX_PROOF_HASHES + 1]).unwrap_err();
		assert_eq!(refused.code(), error::INVALID_PARAMS);
		assert!(refused.message().contains("at most 24"), "{}", refused.message());
	}
}
