//! The configuration of every pallet in the runtime, one `impl Config` block each, grouped as in
//! the `#[frame_support::runtime]` module: consensus, accounts and fees, account tools,
//! governance.

pub mod call_filter;
mod proxy_type;

pub use proxy_type::ProxyType;

use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{
		fungible::HoldConsideration, ConstBool, ConstU128, ConstU16, ConstU32, ConstU64, ConstU8,
		EitherOfDiverse, LinearStoragePrice, VariantCountOf,
	},
	weights::{constants::WEIGHT_REF_TIME_PER_SECOND, IdentityFee, Weight},
	PalletId,
};
use frame_system::{
	limits::{BlockLength, BlockWeights},
	EnsureRoot,
};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::{
	traits::{BlakeTwo256, ConvertInto, One, OpaqueKeys},
	Perbill,
};
use sp_version::RuntimeVersion;

use super::{
	opaque::SessionKeys, AccountId, Aura, Balance, Balances, Block, BlockNumber, Council, Hash,
	Nonce, OriginCaller, PalletInfo, Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason,
	RuntimeHoldReason, RuntimeOrigin, RuntimeTask, Session, System, Timestamp, ValidatorSet, DAYS,
	EXISTENTIAL_DEPOSIT, HOURS, MICRO_UNIT, MILLI_UNIT, SLOT_DURATION, SS58_PREFIX, VERSION,
};

// ---------------------------------------------------------------------------------------------
// Consensus and the chain's basics
// ---------------------------------------------------------------------------------------------

/// Normal (non-operational) transactions may fill 75% of a block; the rest is kept for
/// operational ones (e.g. governance) so they get in even when the chain is busy.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// Two seconds of execution per six-second block.
const MAXIMUM_BLOCK_WEIGHT: Weight =
	Weight::from_parts(2u64 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX);

parameter_types! {
	/// Block hashes kept in state for mortal transactions: 2400 blocks = 4 hours.
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: RuntimeVersion = VERSION;
	/// Two seconds of execution per six-second block, three quarters of it for normal
	/// transactions; the base weights of a block and of an extrinsic measured on this project's
	/// machine (`benchmark overhead`, `runtime/src/weights/`), not the template's.
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::builder()
		.base_block(crate::weights::BlockExecutionWeight::get())
		.for_class(DispatchClass::all(), |weights| {
			weights.base_extrinsic = crate::weights::ExtrinsicBaseWeight::get();
		})
		.for_class(DispatchClass::Normal, |weights| {
			weights.max_total = Some(NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT);
		})
		.for_class(DispatchClass::Operational, |weights| {
			weights.max_total = Some(MAXIMUM_BLOCK_WEIGHT);
			// Operational transactions (governance) always find this room.
			weights.reserved =
				Some(MAXIMUM_BLOCK_WEIGHT - NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT);
		})
		.avg_block_initialization(Perbill::from_percent(10))
		.build_or_panic();
	/// Blocks are at most 5 MiB.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(5 * 1024 * 1024)
		.modify_max_length_for_class(DispatchClass::Normal, |max| {
			*max = NORMAL_DISPATCH_RATIO * *max
		})
		.build();
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	/// No call that exists only to carry free text (`system.remark`, unrequested preimages).
	type BaseCallFilter = call_filter::NoFreeText;
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	/// The node stores state in ParityDB: its read/write costs measured on this project's machine
	/// (`benchmark storage`), neither RocksDB's nor the template's ParityDB constants.
	type DbWeight = crate::weights::ParityDbWeight;
	type SystemWeightInfo = crate::weights::frame_system::WeightInfo<Runtime>;
	/// The transaction extensions' weights, benchmarked for this runtime and database.
	type ExtensionsWeightInfo = crate::weights::frame_system_extensions::WeightInfo<Runtime>;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = ConstU16<SS58_PREFIX>;
	type MaxConsumers = ConstU32<16>;
}

impl pallet_timestamp::Config for Runtime {
	/// Milliseconds since the Unix epoch.
	type Moment = u64;
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = crate::weights::pallet_timestamp::WeightInfo<Runtime>;
}

impl crate::genesis_clock::Config for Runtime {}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	/// The consortium's validators: far fewer than 32.
	type MaxAuthorities = ConstU32<32>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<32>;
	/// No nominated proof-of-stake: validators are admitted by the consortium.
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	/// Equivocation reports need a session history (not kept): misbehaving validators are
	/// removed by governance instead.
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

// ---------------------------------------------------------------------------------------------
// Accounts and fees
// ---------------------------------------------------------------------------------------------

impl pallet_balances::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type WeightInfo = crate::weights::pallet_balances::WeightInfo<Runtime>;
	type Balance = Balance;
	type DustRemoval = ();
	type ExistentialDeposit = frame_support::traits::ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type ReserveIdentifier = [u8; 8];
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ConstU32<50>;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type DoneSlashHandler = ();
}

parameter_types! {
	/// Fees do not float with congestion: on a consortium chain they are an anti-spam price,
	/// and capacity is bounded by block weights.
	pub FeeMultiplier: Multiplier = Multiplier::one();
	/// Price of one byte of transaction: a millionth of a token.
	pub const TransactionByteFee: Balance = MICRO_UNIT;
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// Fees are burnt (no treasury yet); the chain's issuance shrinks by the fees paid.
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	/// One unit of weight (a picosecond of reference execution) costs one planck.
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = frame_support::weights::ConstantMultiplier<Balance, TransactionByteFee>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightInfo = crate::weights::pallet_transaction_payment::WeightInfo<Runtime>;
}

// ---------------------------------------------------------------------------------------------
// Account tools: batches, proxies (guardians, hot keys), multisig
// ---------------------------------------------------------------------------------------------

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = pallet_utility::weights::SubstrateWeight<Runtime>;
}

/// Deposit for `items` storage items taking `bytes` bytes: what state growth costs.
pub const fn deposit(items: u32, bytes: u32) -> Balance {
	items as Balance * 20 * MILLI_UNIT + (bytes as Balance) * 100 * MICRO_UNIT
}

parameter_types! {
	/// A proxy list: one item, an account key and a balance.
	pub const ProxyDepositBase: Balance = deposit(1, 8);
	/// Each proxy: an account id and a proxy type.
	pub const ProxyDepositFactor: Balance = deposit(0, 33);
	pub const AnnouncementDepositBase: Balance = deposit(1, 8);
	/// Each announcement: an account id, a call hash and a block number.
	pub const AnnouncementDepositFactor: Balance = deposit(0, 68);
	/// A multisig operation: one item, its key and its deposit record.
	pub const MultisigDepositBase: Balance = deposit(1, 88);
	/// Each signatory of a multisig operation.
	pub const MultisigDepositFactor: Balance = deposit(0, 32);
}

impl pallet_proxy::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type ProxyType = ProxyType;
	type ProxyDepositBase = ProxyDepositBase;
	type ProxyDepositFactor = ProxyDepositFactor;
	type MaxProxies = ConstU32<32>;
	type WeightInfo = pallet_proxy::weights::SubstrateWeight<Runtime>;
	type MaxPending = ConstU32<32>;
	type CallHasher = BlakeTwo256;
	type AnnouncementDepositBase = AnnouncementDepositBase;
	type AnnouncementDepositFactor = AnnouncementDepositFactor;
	type BlockNumberProvider = System;
}

impl pallet_multisig::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type DepositBase = MultisigDepositBase;
	type DepositFactor = MultisigDepositFactor;
	type MaxSignatories = ConstU32<100>;
	type WeightInfo = pallet_multisig::weights::SubstrateWeight<Runtime>;
	type BlockNumberProvider = System;
}

// ---------------------------------------------------------------------------------------------
// Governance
// ---------------------------------------------------------------------------------------------

/// Development convenience: the sudo key, set only in the `development` preset. The
/// `local_testnet` and `consortium` presets have none; there Root is reached only through the
/// council ([`EnsureCouncilSuperMajority`] and the whitelist).
impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

/// The council of member organizations (`pallet-collective`, instance 1).
pub type CouncilCollective = pallet_collective::Instance1;

/// The consortium's everyday governance origin: more than half of the council, or Root.
/// Registers, suspends and removes organizations, admits and removes validators and council
/// members, arbitrates claims.
pub type EnsureGovernance = EitherOfDiverse<
	EnsureRoot<AccountId>,
	pallet_collective::EnsureProportionMoreThan<AccountId, CouncilCollective, 1, 2>,
>;

/// At least three quarters of the council: the only origin that can make a call run as Root
/// (through [`pallet_whitelist`]).
///
/// Why three quarters: the consortium is founded by four kinds of member (provider, payer,
/// research institution, ethics committee). With four seats it takes three, so no single member
/// can block an upgrade or a recovery and no two can force one; with more seats it stays at
/// least the more-than-two-thirds that GRANDPA itself needs for finality. A Root call is the
/// most powerful thing the chain does (replace the runtime, move any account's funds), so it
/// needs more than the simple majority of [`EnsureGovernance`].
pub type EnsureCouncilSuperMajority =
	pallet_collective::EnsureProportionAtLeast<AccountId, CouncilCollective, 3, 4>;

/// Abstention is never a vote: when a motion's voting time ends, members who did not vote count
/// as nays, whatever the prime member voted. `pallet-collective`'s `PrimeDefaultVote` would count
/// them as the prime's vote (so with three seats a prime and one aye would pass a motion the third
/// member ignored), and `MoreThanMajorityThenPrimeDefaultVote` would count them as ayes once a
/// majority voted aye (turning a majority into the three quarters a Root call needs).
pub struct AbstentionIsNay;

impl pallet_collective::DefaultVote for AbstentionIsNay {
	fn default_vote(
		_prime_vote: Option<bool>,
		_yes_votes: pallet_collective::MemberCount,
		_no_votes: pallet_collective::MemberCount,
		_len: pallet_collective::MemberCount,
	) -> bool {
		false
	}
}

parameter_types! {
	/// A motion not closed within a day lapses (it closes as soon as its threshold is reached).
	pub const CouncilMotionDuration: BlockNumber = DAYS;
	/// A council motion may use at most half a block. A runtime upgrade fits: the motion only
	/// authorizes the new code's hash (`system.authorize_upgrade`); anyone then submits the code
	/// (`system.apply_authorized_upgrade`), which is free when it matches.
	pub MaxCollectivesProposalWeight: Weight =
		Perbill::from_percent(50) * RuntimeBlockWeights::get().max_block;
}

impl pallet_collective::Config<CouncilCollective> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = CouncilMotionDuration;
	type MaxProposals = ConstU32<100>;
	type MaxMembers = ConstU32<100>;
	type DefaultVote = AbstentionIsNay;
	type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
	/// Members change through `CouncilMembership` only (a council majority adds, removes or
	/// swaps a member; three quarters, as Root, reset them all). `council.setMembers` is refused
	/// even to Root: it would set the council's members apart from `CouncilMembership`'s list,
	/// and its weight trusts the caller's `oldCount` (the runtime fuzzer found a Root call whose
	/// actual weight exceeded its declared weight). Benchmarks still measure it. Disapproving or
	/// killing a motion needs Root, i.e. three quarters of the council through the whitelist.
	#[cfg(not(feature = "runtime-benchmarks"))]
	type SetMembersOrigin = frame_system::EnsureNever<()>;
	#[cfg(feature = "runtime-benchmarks")]
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxCollectivesProposalWeight;
	type DisapproveOrigin = EnsureRoot<AccountId>;
	type KillOrigin = EnsureRoot<AccountId>;
	/// Proposals cost no deposit: only council members may propose.
	type Consideration = ();
}

parameter_types! {
	/// A stored preimage: one item and its bookkeeping.
	pub const PreimageBaseDeposit: Balance = deposit(2, 64);
	/// Each byte of a stored preimage.
	pub const PreimageByteDeposit: Balance = deposit(0, 1);
	pub const PreimageHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
}

/// Preimages of calls that governance dispatches by hash (`pallet-whitelist` requests them).
/// Anyone may note one; its deposit is held until it is removed.
impl pallet_preimage::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_preimage::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<AccountId>;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
	>;
}

parameter_types! {
	/// A dispatch deferred until its call is whitelisted lapses after a week.
	pub const WhitelistDeferredDispatchExpiration: BlockNumber = 7 * DAYS;
}

/// Root through consortium governance: three quarters of the council whitelist a call's hash and
/// dispatch it as Root (one motion batches both: `utility.batch_all([whitelist.whitelist_call(h),
/// whitelist.dispatch_whitelisted_call_with_preimage(call)])`). `scripts/governance.js` builds,
/// votes, closes and verifies such motions; the README's governance section walks a runtime
/// upgrade through it.
impl pallet_whitelist::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WhitelistOrigin = EnsureCouncilSuperMajority;
	type DispatchWhitelistedOrigin = EnsureCouncilSuperMajority;
	type Preimages = crate::Preimage;
	type DeferredDispatchExpiration = WhitelistDeferredDispatchExpiration;
	type BlockNumberProvider = System;
	type WeightInfo = pallet_whitelist::weights::SubstrateWeight<Runtime>;
}

/// Who sits on the council: changed by the governance origin itself (a council majority
/// admits or removes a member organization's representative).
impl pallet_membership::Config<pallet_membership::Instance1> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = EnsureGovernance;
	type RemoveOrigin = EnsureGovernance;
	type SwapOrigin = EnsureGovernance;
	type ResetOrigin = EnsureGovernance;
	type PrimeOrigin = EnsureGovernance;
	type MembershipInitialized = Council;
	type MembershipChanged = Council;
	type MaxMembers = ConstU32<100>;
	type WeightInfo = pallet_membership::weights::SubstrateWeight<Runtime>;
}

// ---------------------------------------------------------------------------------------------
// Validators: a session-based set admitted by governance
// ---------------------------------------------------------------------------------------------

/// Sessions of [`pallet_validator_set::Pallet::session_length`] blocks: an hour unless the
/// chain's genesis sets another length (test networks set a minute). A validator set change
/// takes effect within two sessions; a rotation block carries no transactions (pallet-session
/// reserves the block), so an hour costs 1 block in 600.
pub type Sessions = pallet_validator_set::PeriodicSessions<Runtime>;

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = Sessions;
	type NextSessionRotation = Sessions;
	type SessionManager = ValidatorSet;
	type SessionHandler = <SessionKeys as OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	/// Validators are admitted by governance; misbehaving ones are removed by it too.
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	/// Registering session keys holds a deposit for the stored keys.
	type KeyDeposit = ConstU128<{ deposit(1, 64) }>;
}

impl pallet_validator_set::Config for Runtime {
	type GovernanceOrigin = EnsureGovernance;
	type ValidatorRegistration = Session;
	/// As many as Aura and GRANDPA accept.
	type MaxValidators = ConstU32<32>;
	type MinValidators = ConstU32<1>;
	/// Production sessions: an hour.
	type DefaultSessionLength = ConstU32<HOURS>;
	type WeightInfo = pallet_validator_set::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarks::ValidatorKeys;
}

parameter_types! {
	/// Four founding members with a validator, an RPC node and spares each fit many times over.
	pub const MaxConsortiumNodes: u32 = 64;
}

/// The nodes allowed to peer: admitted and removed by governance, each of a member
/// organization; a suspended or removed organization's nodes are refused.
impl pallet_consortium_nodes::Config for Runtime {
	type GovernanceOrigin = EnsureGovernance;
	type Organizations = crate::Organizations;
	type MaxNodes = MaxConsortiumNodes;
	type WeightInfo = pallet_consortium_nodes::weights::SubstrateWeight<Runtime>;
}

// ---------------------------------------------------------------------------------------------
// Healthcare pallets
// ---------------------------------------------------------------------------------------------

parameter_types! {
	/// Organizations' own accounts are sub-accounts of this id.
	pub const OrganizationsPalletId: PalletId = PalletId(*b"hc/orgns");
}

impl pallet_organizations::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type GovernanceOrigin = EnsureGovernance;
	type Time = Timestamp;
	type PalletId = OrganizationsPalletId;
	/// An organization record: about 160 bytes.
	type OrganizationDeposit = ConstU128<{ deposit(1, 160) }>;
	/// A membership (about 70 bytes, 48-byte key) and its reverse-index entry.
	type MemberDeposit = ConstU128<{ deposit(2, 130) }>;
	type MaxMembersPerOrganization = ConstU32<10_000>;
	type MaxOrganizationsPerAccount = ConstU32<16>;
	/// What else refers to organizations (members and funds the registry checks itself): a
	/// payer's escrow and plans, an institution's studies, the consents an organization holds.
	/// `remove_organization` is refused with the first answer.
	type References = (crate::Claims, crate::Research, crate::Consent);
	type WeightInfo = pallet_organizations::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// Access log entries are kept at least six years (the HIPAA retention of audit records),
	/// in milliseconds.
	pub const AccessLogRetention: u64 = 6 * 365 * 24 * 60 * 60 * 1000;
	/// Emergency accesses allow reads for four hours.
	pub const EmergencyAccessDuration: u64 = 4 * 60 * 60 * 1000;
}

impl pallet_consent::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Organizations = crate::Organizations;
	type Time = Timestamp;
	/// Every evaluation reads at most this many consents of the patient.
	type MaxConsentsPerPatient = ConstU32<32>;
	/// An entry: 164 bytes of state, key included (measured by `tests/state_growth.rs`).
	type AccessDeposit = ConstU128<{ deposit(1, 170) }>;
	type AccessLogRetention = AccessLogRetention;
	/// An emergency access (about 210 bytes), its key and its pending-review entry.
	type EmergencyDeposit = ConstU128<{ deposit(2, 260) }>;
	type EmergencyAccessDuration = EmergencyAccessDuration;
	/// At most five emergency accesses per clinician in any 24 hours.
	type MaxEmergencyAccesses = ConstU32<5>;
	type EmergencyWindow = ConstU32<DAYS>;
	/// Everything a registered patient can store without paying: the registration and the
	/// account record (2 items, 190 bytes), a guardian (1 item, 80 bytes), the feeless-grant
	/// allowance (1 item, 130 bytes), and `MaxConsentsPerPatient` consents, each stored three
	/// times (by id 150 bytes, in the patient's list 8 bytes, in the organization's index 30
	/// bytes): 4 + 3 × 32 items, 400 + 188 × 32 bytes.
	type PatientDeposit = ConstU128<{ deposit(4 + 3 * 32, 400 + 188 * 32) }>;
	/// Twenty feeless grants per registered patient in any hour.
	type FreeCalls = ConstU32<20>;
	type FreeCallWindow = ConstU32<HOURS>;
	/// A feeless transaction not included within 8 blocks (48 s) leaves the pool.
	type FreeCallLongevity = ConstU64<8>;
	/// A holder records a read it served within 15 minutes of the reader's request (gateways
	/// serve requests at most 2 minutes old and record within seconds; the rest is for a node
	/// or gateway restart).
	type DisclosureValidity = ConstU64<{ 15 * 60 * 1000 }>;
	/// 65,536 remembered requests: 72 disclosures a second sustained over 15 minutes, about
	/// 8 MB of state when full (a 32-byte key and 8-byte time, and a ring slot, per request).
	type DisclosureMemory = ConstU32<65_536>;
	type PatientSignature = crate::Signature;
	type PatientSigner = <crate::Signature as sp_runtime::traits::Verify>::Signer;
	/// A revocation ends the broad-consent participations that rested on it at once.
	type OnRevoke = crate::Research;
	type WeightInfo = pallet_consent::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarks::SetTime;
}

impl pallet_skip_feeless_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
}

impl pallet_records::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Organizations = crate::Organizations;
	type Consent = crate::Consent;
	type Time = Timestamp;
	/// A record version, its commitment index and its patient index entry: 393 bytes of state,
	/// keys included (measured by `tests/state_growth.rs`).
	type RecordDeposit = ConstU128<{ deposit(3, 400) }>;
	/// A batch and its root index: 229 bytes of state, keys included (measured by
	/// `tests/state_growth.rs`).
	type BatchDeposit = ConstU128<{ deposit(2, 230) }>;
	/// A record's history is read in one go: at most 64 versions.
	type MaxVersions = ConstU32<64>;
	type WeightInfo = pallet_records::weights::SubstrateWeight<Runtime>;
}

impl pallet_claims::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Organizations = crate::Organizations;
	type Records = crate::Records;
	/// Appeals are arbitrated by the consortium's governance (the council, or Root).
	type GovernanceOrigin = EnsureGovernance;
	type Time = Timestamp;
	type MaxRules = ConstU32<64>;
	type MaxPlanVersions = ConstU32<16>;
	type MaxLines = ConstU32<16>;
	type MaxEvidence = ConstU32<8>;
	type MaxLineAmount = ConstU128<{ 1_000_000_000 * MILLI_UNIT }>; // a million units a line
	/// A plan (about 120 bytes) and a version of its terms (up to 64 rules of about 35 bytes).
	type PlanDeposit = ConstU128<{ deposit(2, 2_400) }>;
	/// A claim (up to 16 adjudicated lines of about 70 bytes) and its three index entries, held
	/// while the claim is open (the settled claim stays as the payment record, paid for by the
	/// submission's length fee).
	type ClaimDeposit = ConstU128<{ deposit(4, 1_300) }>;
	/// A prior authorization (about 150 bytes), held until it is denied, used or withdrawn.
	type PriorAuthDeposit = ConstU128<{ deposit(1, 150) }>;
	/// An approved prior authorization authorizes services for 90 days.
	type PriorAuthValidity = ConstU64<{ 90 * 24 * 60 * 60 * 1_000 }>;
	/// Sixteen coverage periods per member and plan (leaving and joining again sixteen times).
	type MaxCoveragePeriods = ConstU32<16>;
	type WeightInfo = pallet_claims::weights::SubstrateWeight<Runtime>;
}

impl pallet_research::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Organizations = crate::Organizations;
	type Consent = crate::Consent;
	type Time = Timestamp;
	/// A study (about 200 bytes).
	type StudyDeposit = ConstU128<{ deposit(1, 200) }>;
	/// A grant (about 130 bytes) and its index entry.
	type GrantDeposit = ConstU128<{ deposit(2, 170) }>;
	/// A filtered study listing looks at no more than 10,000 study ids per call (a few
	/// milliseconds of reads); a page cut short says where to resume.
	type MaxStudyScan = ConstU32<10_000>;
	/// The council sets the consortium's minimum k.
	type GovernanceOrigin = EnsureGovernance;
	/// No data of fewer than five attested patients per provider until the council decides
	/// otherwise.
	type DefaultMinCohort = ConstU32<5>;
	/// Participants claim their shares within 180 days of the close.
	type ClaimWindow = ConstU64<{ 180 * 24 * 60 * 60 * 1_000 }>;
	/// A patient takes part in at most 32 studies at once.
	type MaxStudiesPerPatient = ConstU32<32>;
	type WeightInfo = pallet_research::weights::SubstrateWeight<Runtime>;
}
