//! The node's JSON-RPC methods beyond the standard ones sc-service provides (chain, state,
//! author, system): account nonces (`system_accountNextIndex`) and fee queries
//! (`payment_queryInfo`, `payment_queryFeeDetails`), and the healthcare pallets' `healthchain_*`
//! methods, each from its pallet's `rpc` crate over its runtime API:
//! - `healthchain_organization`, `healthchain_organizations`, `healthchain_members`,
//!   `healthchain_rolesOf` (`pallet-organizations-rpc`);
//! - `healthchain_evaluateConsent`, `healthchain_consentsOf`, `healthchain_grantsHeldBy`,
//!   `healthchain_accessLog`, `healthchain_emergencyAccess`, `healthchain_pendingReviews`,
//!   `healthchain_patient` (`pallet-consent-rpc`);
//! - `healthchain_record`, `healthchain_recordByCommitment`, `healthchain_recordsOf`,
//!   `healthchain_recordHistory`, `healthchain_batch`, `healthchain_verifyBatchLeaf`
//!   (`pallet-records-rpc`);
//! - `healthchain_claim`, `healthchain_claimsOfPatient`, `healthchain_claimsOfProvider`,
//!   `healthchain_claimsOfPlan`, `healthchain_plan`, `healthchain_remainingAnnualLimit`
//!   (`pallet-claims-rpc`);
//! - `healthchain_studies`, `healthchain_study`, `healthchain_cohortSize`,
//!   `healthchain_grantsOfStudy`, `healthchain_broadConsentMatches` (`pallet-research-rpc`).

use std::sync::Arc;

use healthchain_runtime::{opaque::Block, AccountId, Balance, Nonce};
use jsonrpsee::RpcModule;
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};

/// What the RPC methods need from the node.
pub struct FullDeps<C, P> {
	/// The client, to call runtime APIs and read state.
	pub client: Arc<C>,
	/// The transaction pool, for nonces that count pending transactions.
	pub pool: Arc<P>,
}

/// All the node's RPC methods besides sc-service's own.
pub fn create_full<C, P>(
	deps: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ HeaderMetadata<Block, Error = BlockChainError>
		+ Send
		+ Sync
		+ 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>,
	C::Api: pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>,
	C::Api: BlockBuilder<Block>,
	C::Api: pallet_organizations_runtime_api::OrganizationsApi<Block, AccountId, Balance>,
	C::Api: pallet_consent_runtime_api::ConsentApi<Block, AccountId, Balance>,
	C::Api: pallet_records_runtime_api::RecordsApi<Block, AccountId, Balance>,
	C::Api: pallet_research_runtime_api::ResearchApi<Block, AccountId>,
	C::Api: pallet_claims_runtime_api::ClaimsApi<
		Block,
		AccountId,
		Balance,
		pallet_claims::ClaimOf<healthchain_runtime::Runtime>,
		pallet_claims::PlanTermsOf<healthchain_runtime::Runtime>,
	>,
	P: TransactionPool + 'static,
{
	use pallet_claims_rpc::{ClaimsRpcHandler, ClaimsRpcServer};
	use pallet_consent_rpc::{ConsentRpcHandler, ConsentRpcServer};
	use pallet_organizations_rpc::{Organizations, OrganizationsRpcServer};
	use pallet_records_rpc::{RecordsRpcHandler, RecordsRpcServer};
	use pallet_research_rpc::{ResearchRpcHandler, ResearchRpcServer};
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool } = deps;

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(Organizations::<_, _, Balance>::new(client.clone()).into_rpc())?;
	module.merge(ConsentRpcHandler::<_, _, Balance>::new(client.clone()).into_rpc())?;
	module.merge(RecordsRpcHandler::<_, _, Balance>::new(client.clone()).into_rpc())?;
	module.merge(ResearchRpcHandler::<_, _>::new(client.clone()).into_rpc())?;
	type ClaimsConfig = healthchain_runtime::Runtime;
	module.merge(
		ClaimsRpcHandler::<
			_,
			_,
			Balance,
			<ClaimsConfig as pallet_claims::Config>::MaxLines,
			<ClaimsConfig as pallet_claims::Config>::MaxEvidence,
			<ClaimsConfig as pallet_claims::Config>::MaxRules,
		>::new(client)
		.into_rpc(),
	)?;

	Ok(module)
}
