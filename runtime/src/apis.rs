//! The runtime APIs: everything the node and clients call into the runtime for.
//!
//! Besides the APIs every Substrate node needs (core, block building, transaction queue,
//! consensus, session keys, genesis presets), this is where the healthcare pallets' query APIs
//! (`OrganizationsApi`, `ConsentApi`, …) are implemented; with metadata V15+ clients see them
//! all, e.g. as `api.call.*` in Polkadot.js.

use alloc::vec::Vec;

use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	weights::Weight,
};
use pallet_grandpa::AuthorityId as GrandpaId;
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult, ExtrinsicInclusionMode,
};
use sp_version::RuntimeVersion;

use healthchain_primitives::{IdPage, OrganizationId, Page, WithId};

use crate::{
	genesis_config_presets, opaque, AccountId, Aura, Balance, Block, BlockNumber, Claims, Consent,
	ConsortiumNodes, Executive, Grandpa, InherentDataExt, Nonce, Organizations, Records, Research,
	Runtime, RuntimeCall, RuntimeGenesisConfig, System, TransactionPayment, VERSION,
};

impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
		}

		fn authorities() -> Vec<AuraId> {
			crate::aura_authorities()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			opaque::SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			opaque::SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			_equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			_key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			// No key-ownership proofs exist (`KeyOwnerProof = Void`): equivocations are handled
			// by governance removing the validator.
			None
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			_authority_id: GrandpaId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			None
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}

		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}

		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			genesis_config_presets::preset_names()
		}
	}

	// The healthcare pallets' queries: each lives once in its pallet (`queries.rs`); these
	// implementations only forward.

	impl pallet_organizations_runtime_api::OrganizationsApi<Block, AccountId, Balance> for Runtime {
		fn organization(id: OrganizationId) -> Option<WithId<OrganizationId, pallet_organizations::OrganizationOf<Runtime>>> {
			Organizations::organization(id)
		}

		fn organizations(
			start_after: Option<OrganizationId>,
			limit: u32,
		) -> IdPage<OrganizationId, pallet_organizations::OrganizationOf<Runtime>> {
			Organizations::organizations(start_after, limit)
		}

		fn members(
			organization: OrganizationId,
			start_after: Option<AccountId>,
			limit: u32,
		) -> IdPage<AccountId, pallet_organizations::MembershipOf<Runtime>> {
			Organizations::members(organization, start_after, limit)
		}

		fn memberships_of(who: AccountId) -> pallet_organizations::AccountMemberships<AccountId> {
			Organizations::memberships_of(who)
		}

		fn check_role(
			organization: OrganizationId,
			who: AccountId,
			kind: pallet_organizations::OrganizationKind,
			role: pallet_organizations::Role,
		) -> Result<(), pallet_organizations::AccessDenied> {
			Organizations::check_role(organization, &who, kind, role)
		}
	}

	impl pallet_consent_runtime_api::ConsentApi<Block, AccountId, Balance> for Runtime {
		fn evaluate(
			patient: AccountId,
			organization: OrganizationId,
			purpose: pallet_consent::Purpose,
			category: pallet_consent::DataCategory,
			action: pallet_consent::Action,
		) -> pallet_consent::Decision {
			use pallet_consent::ConsentInspect;
			<Consent as ConsentInspect<AccountId>>::evaluate(&patient, organization, purpose, category, action)
		}

		fn evaluate_categories(
			patient: AccountId,
			organization: OrganizationId,
			purpose: pallet_consent::Purpose,
			action: pallet_consent::Action,
			categories: pallet_consent_runtime_api::CategorySet,
		) -> pallet_consent_runtime_api::CategoryDecisions {
			Consent::evaluate_categories(&patient, organization, purpose, action, categories)
		}

		fn consents_of(patient: AccountId) -> pallet_consent::PatientConsents<AccountId> {
			Consent::consents_of(&patient)
		}

		fn grants_held_by(
			organization: OrganizationId,
			start_after: Option<pallet_consent::ConsentId>,
			limit: u32,
		) -> IdPage<pallet_consent::ConsentId, pallet_consent::Consent<AccountId>> {
			Consent::grants_held_by(organization, start_after, limit)
		}

		fn check_reads(
			accessor: AccountId,
			organization: OrganizationId,
			patient: AccountId,
			purpose: pallet_consent::Purpose,
			categories: pallet_consent_runtime_api::CategorySet,
			emergency: Option<pallet_consent::EmergencyId>,
		) -> pallet_consent::ReadChecks {
			Consent::check_reads(&accessor, organization, &patient, purpose, categories, emergency)
		}

		fn access_log(
			patient: AccountId,
			start_after: Option<pallet_consent::AccessIndex>,
			limit: u32,
		) -> Page<pallet_consent::AccessLogItem<AccountId, Balance>, pallet_consent::AccessIndex> {
			Consent::access_log(&patient, start_after, limit)
		}

		fn emergency_access(
			id: pallet_consent::EmergencyId,
		) -> Option<WithId<pallet_consent::EmergencyId, pallet_consent::EmergencyAccessOf<Runtime>>> {
			Consent::emergency_access(id)
		}

		fn pending_reviews(
			organization: OrganizationId,
			start_after: Option<pallet_consent::EmergencyId>,
			limit: u32,
		) -> IdPage<pallet_consent::EmergencyId, pallet_consent::EmergencyAccessOf<Runtime>> {
			Consent::pending_reviews(organization, start_after, limit)
		}

		fn patient(patient: AccountId) -> pallet_consent::PatientInfo<AccountId, Balance> {
			Consent::patient(&patient)
		}
	}

	impl pallet_records_runtime_api::RecordsApi<Block, AccountId, Balance> for Runtime {
		fn record(id: pallet_records::RecordId) -> Option<WithId<pallet_records::RecordId, pallet_records::RecordOf<Runtime>>> {
			Records::record(id)
		}

		fn record_by_commitment(
			patient: AccountId,
			commitment: sp_core::H256,
		) -> Option<WithId<pallet_records::RecordId, pallet_records::RecordOf<Runtime>>> {
			Records::record_by_commitment(&patient, commitment)
		}

		fn records_of(
			patient: AccountId,
			start_after: Option<pallet_records::RecordId>,
			limit: u32,
		) -> IdPage<pallet_records::RecordId, pallet_records::RecordOf<Runtime>> {
			Records::records_of(&patient, start_after, limit)
		}

		fn history(id: pallet_records::RecordId) -> pallet_records::RecordHistory<AccountId, Balance> {
			Records::history(id)
		}

		fn batch(id: pallet_records::BatchId) -> Option<WithId<pallet_records::BatchId, pallet_records::BatchOf<Runtime>>> {
			Records::batch(id)
		}

		fn verify_batch_leaf(
			batch: pallet_records::BatchId,
			leaf: sp_core::H256,
			leaf_index: u32,
			proof: Vec<sp_core::H256>,
		) -> pallet_records::LeafProof {
			Records::verify_batch_leaf(batch, leaf, leaf_index, proof)
		}

		fn check_anchor(
			author: AccountId,
			organization: OrganizationId,
			patient: AccountId,
			purpose: pallet_records::Purpose,
			category: pallet_records::DataCategory,
			commitment: sp_core::H256,
		) -> Result<(), pallet_records::WriteRefusal> {
			Records::check_anchor(&author, organization, &patient, purpose, category, commitment)
		}
	}

	impl pallet_claims_runtime_api::ClaimsApi<Block, AccountId, Balance> for Runtime {
		fn claim(id: pallet_claims::ClaimId) -> Option<WithId<pallet_claims::ClaimId, pallet_claims::ClaimInfo<AccountId, Balance>>> {
			Claims::claim(id)
		}

		fn claims_of_patient(
			patient: AccountId,
			start_after: Option<pallet_claims::ClaimId>,
			limit: u32,
		) -> IdPage<pallet_claims::ClaimId, pallet_claims::ClaimInfo<AccountId, Balance>> {
			Claims::claims_of_patient(&patient, start_after, limit)
		}

		fn claims_of_provider(
			provider: OrganizationId,
			start_after: Option<pallet_claims::ClaimId>,
			limit: u32,
		) -> IdPage<pallet_claims::ClaimId, pallet_claims::ClaimInfo<AccountId, Balance>> {
			Claims::claims_of_provider(provider, start_after, limit)
		}

		fn claims_of_plan(
			plan: pallet_claims::PlanId,
			start_after: Option<pallet_claims::ClaimId>,
			limit: u32,
		) -> IdPage<pallet_claims::ClaimId, pallet_claims::ClaimInfo<AccountId, Balance>> {
			Claims::claims_of_plan(plan, start_after, limit)
		}

		fn plan(id: pallet_claims::PlanId) -> Option<pallet_claims::PlanInfo<AccountId, Balance>> {
			Claims::plan(id)
		}

		fn remaining_annual_limit(
			plan: pallet_claims::PlanId,
			patient: AccountId,
		) -> Option<pallet_claims::AnnualLimit<AccountId, Balance>> {
			Claims::remaining_annual_limit(plan, &patient)
		}

		fn escrow(plan: pallet_claims::PlanId) -> Option<pallet_claims::Escrow<Balance>> {
			Claims::escrow(plan)
		}
	}

	impl pallet_consortium_nodes_runtime_api::ConsortiumNodesApi<Block> for Runtime {
		fn peering() -> pallet_consortium_nodes::Peering {
			ConsortiumNodes::peering()
		}

		fn nodes() -> Vec<(pallet_consortium_nodes::PeerId, pallet_consortium_nodes::NodeInfo<BlockNumber>)> {
			ConsortiumNodes::nodes()
		}
	}

	impl pallet_research_runtime_api::ResearchApi<Block, AccountId, Balance> for Runtime {
		fn studies(
			filter: pallet_research::StudyFilter,
			start_after: Option<pallet_research::StudyId>,
			limit: u32,
		) -> IdPage<pallet_research::StudyId, pallet_research::Study<AccountId, Balance>> {
			Research::studies(filter, start_after, limit)
		}

		fn study(id: pallet_research::StudyId) -> Option<WithId<pallet_research::StudyId, pallet_research::Study<AccountId, Balance>>> {
			Research::study(id)
		}

		fn cohort(id: pallet_research::StudyId) -> Option<pallet_research::Cohort> {
			Research::cohort(id)
		}

		fn cohort_of_provider(
			id: pallet_research::StudyId,
			provider: healthchain_primitives::OrganizationId,
		) -> Option<pallet_research::ProviderCohort> {
			Research::cohort_of_provider(id, provider)
		}

		fn grants_of_study(
			id: pallet_research::StudyId,
			start_after: Option<pallet_research::GrantId>,
			limit: u32,
		) -> IdPage<pallet_research::GrantId, pallet_research::DataGrant<AccountId, Balance>> {
			Research::grants_of_study(id, start_after, limit)
		}

		fn broad_consent_matches(
			id: pallet_research::StudyId,
			patient: AccountId,
		) -> pallet_research::ConsentMatch {
			Research::broad_consent_matches(id, &patient)
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::{Benchmarking, BenchmarkList};
			use frame_support::traits::StorageInfoTrait;
			use frame_system_benchmarking::{
				extensions::Pallet as SystemExtensionsBench, Pallet as SystemBench,
			};
			use frame_benchmarking::baseline::Pallet as BaselineBench;
			use crate::{
				Balances, Claims, Consent, Council, CouncilMembership, Multisig, Organizations, Preimage, Proxy, Records, Research,
				Sudo, Timestamp, TransactionPayment, Utility, ValidatorSet, Whitelist,
			};

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);

			let storage_info = crate::AllPalletsWithSystem::storage_info();
			(list, storage_info)
		}

		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig,
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::{baseline, Benchmarking, BenchmarkBatch};
			use frame_support::traits::{TrackedStorageKey, WhitelistedStorageKeys};
			use frame_system_benchmarking::{
				extensions::Pallet as SystemExtensionsBench, Pallet as SystemBench,
			};
			use frame_benchmarking::baseline::Pallet as BaselineBench;

			use crate::{
				Balances, Claims, Consent, Council, CouncilMembership, Multisig, Organizations, Preimage, Proxy, Records, Research,
				Sudo, Timestamp, TransactionPayment, Utility, ValidatorSet, Whitelist,
			};

			impl frame_system_benchmarking::Config for Runtime {}
			impl baseline::Config for Runtime {}
			// Fees are burnt: nothing to set up (no block author is paid).
			impl pallet_transaction_payment::BenchmarkConfig for Runtime {}

			let whitelist: Vec<TrackedStorageKey> = crate::AllPalletsWithSystem::whitelisted_storage_keys();

			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);

			Ok(batches)
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			// Failing checks are a broken upgrade: try-runtime reports them by panicking.
			let weight = Executive::try_runtime_upgrade(checks).unwrap();
			(weight, crate::configs::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select)
				.expect("execute-block failed")
		}
	}
}
