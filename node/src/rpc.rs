//! The node's JSON-RPC methods beyond the standard ones sc-service provides (chain, state,
//! author, system): account nonces (`system_accountNextIndex`), fee queries
//! (`payment_queryInfo`, `payment_queryFeeDetails`), and the healthcare pallets' `healthchain_*`
//! methods from the one `healthchain-rpc` crate (listed in its `methods::METHODS` and the
//! README). The node knows only the runtime's opaque types and the runtime APIs.

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
	C::Api: pallet_research_runtime_api::ResearchApi<Block, AccountId, Balance>,
	C::Api: pallet_claims_runtime_api::ClaimsApi<Block, AccountId, Balance>,
	P: TransactionPool + 'static,
{
	use healthchain_rpc::{Healthchain, HealthchainApiServer};
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool } = deps;

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(Healthchain::<_, _, Balance>::new(client).into_rpc())?;

	Ok(module)
}
