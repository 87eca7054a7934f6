//! The pallets benchmarked by `healthchain-node benchmark pallet` (feature `runtime-benchmarks`),
//! and the helpers their benchmarks need from the runtime.

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_transaction_payment, TransactionPayment]
	[pallet_timestamp, Timestamp]
	[pallet_utility, Utility]
	[pallet_proxy, Proxy]
	[pallet_multisig, Multisig]
	[pallet_sudo, Sudo]
	[pallet_collective, Council]
	[pallet_membership, CouncilMembership]
	[pallet_preimage, Preimage]
	[pallet_whitelist, Whitelist]
	[pallet_validator_set, ValidatorSet]
	[pallet_consortium_nodes, ConsortiumNodes]
	[pallet_organizations, Organizations]
	[pallet_consent, Consent]
	[pallet_records, Records]
	[pallet_claims, Claims]
	[pallet_research, Research]
);

/// Registers session keys for validator-set benchmarks, as `session.setKeys` would.
pub struct ValidatorKeys;

impl pallet_validator_set::BenchmarkHelper<crate::AccountId> for ValidatorKeys {
	fn register_keys(who: &crate::AccountId) {
		use codec::Decode;
		let raw: &[u8; 32] = who.as_ref();
		let keys = crate::opaque::SessionKeys {
			aura: sp_consensus_aura::sr25519::AuthorityId::decode(&mut &raw[..])
				.expect("32 bytes decode to a public key"),
			grandpa: sp_consensus_grandpa::AuthorityId::decode(&mut &raw[..])
				.expect("32 bytes decode to a public key"),
		};
		pallet_session::NextKeys::<crate::Runtime>::insert(who, keys);
	}
}

/// Sets the time for consent benchmarks (pruning past the retention period).
pub struct SetTime;

/// The benchmark keystore's key type for the accounts that sign (patients, readers).
const BENCHMARK_KEYS: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"hcbp");

impl pallet_consent::BenchmarkHelper<crate::AccountId, crate::Signature> for SetTime {
	fn set_time(now: u64) {
		pallet_timestamp::Now::<crate::Runtime>::put(now);
	}

	fn new_signer() -> crate::AccountId {
		use sp_runtime::traits::IdentifyAccount;
		let public = sp_io::crypto::sr25519_generate(BENCHMARK_KEYS, None);
		sp_runtime::MultiSigner::from(public).into_account()
	}

	fn sign_as(signer: &crate::AccountId, message: &[u8]) -> crate::Signature {
		let raw: [u8; 32] = signer.clone().into();
		let public = sp_core::sr25519::Public::from_raw(raw);
		sp_io::crypto::sr25519_sign(BENCHMARK_KEYS, &public, message)
			.expect("the key was generated in the benchmark keystore by new_signer")
			.into()
	}
}
