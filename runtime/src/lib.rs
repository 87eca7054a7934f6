//! # HealthChain runtime
//!
//! The FRAME runtime of HealthChain, a consortium chain for healthcare data. This crate composes
//! the pallets (consensus, accounts, fees, consortium governance with Root through three quarters
//! of the council, and the healthcare pallets), defines the chain's primitive types and token,
//! serves the runtime APIs that clients and the node call, and ships the genesis presets
//! (`development`, `local_testnet`, `consortium`).
//!
//! Layout, by concern:
//! - this file: primitive types, the token, the version, the `#[frame_support::runtime]` module;
//! - [`configs`]: one `Config` implementation per pallet;
//! - `apis.rs`: `impl_runtime_apis!` (everything the node and clients call);
//! - [`genesis_config_presets`]: the named genesis presets;
//! - [`feeless`]: feeless calls are not charged the weight of the fee they skip;
//! - [`weights`]: the weights measured on this project's machine (base weights, ParityDB, the
//!   FRAME pallets and transaction extensions);
//! - `benchmarks.rs`: the list of benchmarked pallets (feature `runtime-benchmarks`).

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime`-style macros expand to very deep types.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

use alloc::vec::Vec;

#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
mod apis;
pub mod configs;
pub mod feeless;
#[cfg(feature = "std")]
pub use apis::RuntimeApi;
pub mod genesis_clock;
pub mod genesis_config_presets;
#[cfg(test)]
mod tests;
pub mod weights;

#[cfg(feature = "std")]
pub use sp_runtime::BuildStorage;
use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::{runtime_version, RuntimeVersion};

pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
pub use pallet_timestamp::Call as TimestampCall;

/// A block number.
pub type BlockNumber = u32;
/// A transaction signature: sr25519, ed25519 or ecdsa.
pub type Signature = MultiSignature;
/// An account: the public key of the signing scheme. Accounts are pseudonyms; no personal data
/// is ever attached to them on chain.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// An amount of the chain's token, in its smallest unit (10^-[`TOKEN_DECIMALS`] [`TOKEN_SYMBOL`]).
pub type Balance = u128;
/// The number of transactions an account has sent.
pub type Nonce = u32;
/// A hash (block, state root, extrinsic).
pub type Hash = sp_core::H256;

/// The token's symbol, served in the chain properties (`tokenSymbol`).
pub const TOKEN_SYMBOL: &str = "HCT";
/// The token's decimals, served in the chain properties (`tokenDecimals`).
pub const TOKEN_DECIMALS: u8 = 12;
/// The SS58 address prefix: `System::SS58Prefix` and the chain properties' `ss58Format`.
/// 42 is the generic Substrate prefix, so dev keys (`//Alice`) have their familiar addresses; a
/// production consortium registers its own prefix and changes this one constant.
pub const SS58_PREFIX: u16 = 42;

/// One token: 10^12 of the smallest unit.
pub const UNIT: Balance = 10u128.pow(TOKEN_DECIMALS as u32);
/// A thousandth of a token.
pub const MILLI_UNIT: Balance = UNIT / 1_000;
/// A millionth of a token.
pub const MICRO_UNIT: Balance = UNIT / 1_000_000;
/// The minimum balance an account must keep to exist.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// Target time between blocks. Aura slots have this length; it cannot change once the chain runs.
pub const MILLISECS_PER_BLOCK: u64 = 6000;
/// The Aura slot duration (equal to the block time).
pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;
/// Blocks per minute.
pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
/// Blocks per hour.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Blocks per day.
pub const DAYS: BlockNumber = HOURS * 24;

/// Types the node needs without knowing the runtime's details (extrinsics stay opaque bytes), so
/// that it keeps syncing across runtime upgrades.
pub mod opaque {
	use super::*;
	use alloc::vec::Vec;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// An opaque block header.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// An opaque block.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// An opaque block hash.
	pub type BlockHash = <Header as sp_runtime::traits::Header>::Hash;

	impl_opaque_keys! {
		/// The session keys of a validator: an Aura key (block production) and a GRANDPA key
		/// (finality).
		pub struct SessionKeys {
			pub aura: Aura,
			pub grandpa: Grandpa,
		}
	}
}

/// The runtime's version. Bump `spec_version` with every runtime upgrade, and
/// `transaction_version` whenever call indices or argument types change.
#[runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("healthchain"),
	impl_name: alloc::borrow::Cow::Borrowed("healthchain-node"),
	authoring_version: 1,
	spec_version: 111,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 3,
	system_version: 1,
};

/// An account address: an account id (or an index, unused here).
pub type Address = MultiAddress<AccountId, ()>;
/// The block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// The block.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// The transaction extensions, checked and applied for every signed transaction, in order.
/// Every one has an explicit type of `()` or `Option<_>` so that generic clients (Polkadot.js,
/// PAPI, subxt, substrate-interface) can sign without knowing this chain.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	// The fee, except for calls that are feeless (`#[pallet::feeless_if]`): a patient's consent
	// calls within their free-call allowance, which are not charged the fee's weight either.
	// Its identifier and type stay those of `ChargeTransactionPayment` (the tip).
	feeless::RefundSkippedFee<
		Runtime,
		pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	>,
	// Counts those feeless calls against the allowance (type `()`).
	pallet_consent::CountFreeConsentCalls<Runtime>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// A transaction as it appears in a block.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// The payload a transaction's signature covers.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// The current Aura authorities, for the `AuraApi` (pallet-aura keeps them in storage and has no
/// getter; `apis.rs` only forwards).
pub fn aura_authorities() -> Vec<sp_consensus_aura::sr25519::AuthorityId> {
	pallet_aura::Authorities::<Runtime>::get().into_inner()
}

/// Runtime migrations not declared by the pallets themselves. Every storage change lands with
/// its migration here and a storage version bump in its pallet.
type Migrations = (
	pallet_organizations::migrations::MigrateToV2<Runtime>,
	pallet_organizations::migrations::MigrateToV3<Runtime>,
	pallet_consent::migrations::MigrateToV2<Runtime>,
	pallet_records::migrations::MigrateToV2<Runtime>,
	pallet_research::migrations::MigrateToV2<Runtime>,
	pallet_claims::migrations::MigrateToV2<Runtime>,
	// Release 103: counters of plans per payer and studies per institution.
	pallet_claims::migrations::MigrateToV3<Runtime>,
	pallet_research::migrations::MigrateToV3<Runtime>,
	// Release 104: rolling allowances; records bound to their patients, batch scopes.
	pallet_consent::migrations::MigrateToV3<Runtime>,
	pallet_records::migrations::MigrateToV3<Runtime>,
	// Release 105: payer-accepted coverage periods, service days, used prior authorizations and
	// evidence, denied services, deposits of settled claims returned.
	pallet_claims::migrations::MigrateToV4<Runtime>,
	// Release 106: attested cohorts, grants bound to the protocol, deposits recorded.
	pallet_research::migrations::MigrateToV4<Runtime>,
);

/// Dispatches blocks and transactions to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

/// The pallets of the runtime. Indices are part of the transaction format: never reuse one.
#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	// Consensus and the chain's basics: 0–9. Declaration order is genesis and hook order: the
	// validator set before the session, the session before Aura and GRANDPA (it gives them
	// their authorities).
	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;
	// Sets the clock the genesis of the pallets below reads (no calls, storage or hooks).
	#[runtime::pallet_index(6)]
	pub type GenesisClock = genesis_clock;
	#[runtime::pallet_index(5)]
	pub type ValidatorSet = pallet_validator_set;
	#[runtime::pallet_index(4)]
	pub type Session = pallet_session;
	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;
	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;
	// The nodes allowed to peer (applied by every node from finalized state).
	#[runtime::pallet_index(7)]
	pub type ConsortiumNodes = pallet_consortium_nodes;

	// Accounts and fees: 10–19.
	#[runtime::pallet_index(10)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(11)]
	pub type TransactionPayment = pallet_transaction_payment;
	#[runtime::pallet_index(12)]
	pub type SkipFeelessPayment = pallet_skip_feeless_payment;

	// Account tools: 20–29.
	#[runtime::pallet_index(20)]
	pub type Utility = pallet_utility;
	#[runtime::pallet_index(21)]
	pub type Proxy = pallet_proxy;
	#[runtime::pallet_index(22)]
	pub type Multisig = pallet_multisig;

	// Governance: 30–39. The council of member organizations is the governance origin (a
	// majority of it); three quarters of it reach Root through the whitelist (with the preimage
	// store behind it). Sudo holds a key only in the `development` preset.
	#[runtime::pallet_index(30)]
	pub type Sudo = pallet_sudo;
	#[runtime::pallet_index(31)]
	pub type Council = pallet_collective<Instance1>;
	#[runtime::pallet_index(32)]
	pub type CouncilMembership = pallet_membership<Instance1>;
	#[runtime::pallet_index(33)]
	pub type Preimage = pallet_preimage;
	#[runtime::pallet_index(34)]
	pub type Whitelist = pallet_whitelist;

	// Healthcare pallets: 50–69.
	#[runtime::pallet_index(50)]
	pub type Organizations = pallet_organizations;
	#[runtime::pallet_index(51)]
	pub type Consent = pallet_consent;
	#[runtime::pallet_index(52)]
	pub type Records = pallet_records;
	#[runtime::pallet_index(53)]
	pub type Claims = pallet_claims;
	#[runtime::pallet_index(54)]
	pub type Research = pallet_research;
}
