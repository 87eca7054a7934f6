// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/consts';

import type { ApiTypes, AugmentedConst } from '@polkadot/api-base/types';
import type { u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { FrameSupportPalletId, FrameSystemLimitsBlockLength, FrameSystemLimitsBlockWeights, SpVersionRuntimeVersion, SpWeightsRuntimeDbWeight, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedConst<ApiType extends ApiTypes> = AugmentedConst<ApiType>;

declare module '@polkadot/api-base/types/consts' {
  interface AugmentedConsts<ApiType extends ApiTypes> {
    aura: {
      /**
       * The slot duration Aura should run with, expressed in milliseconds.
       * 
       * The effective value of this type can be changed with a runtime upgrade.
       * 
       * For backwards compatibility either use [`MinimumPeriodTimesTwo`] or a const.
       **/
      slotDuration: u64 & AugmentedConst<ApiType>;
    };
    balances: {
      /**
       * The minimum amount required to keep an account open. MUST BE GREATER THAN ZERO!
       * 
       * If you *really* need it to be zero, you can enable the feature `insecure_zero_ed` for
       * this pallet. However, you do so at your own risk: this will open up a major DoS vector.
       * In case you have multiple sources of provider references, you may also get unexpected
       * behaviour if you set this to zero.
       * 
       * Bottom line: Do yourself a favour and make it at least one!
       **/
      existentialDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The maximum number of individual freeze locks that can exist on an account at any time.
       **/
      maxFreezes: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of locks that should exist on an account.
       * Not strictly enforced, but used for weight estimation.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxLocks: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of named reserves that can exist on an account.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxReserves: u32 & AugmentedConst<ApiType>;
    };
    claims: {
      /**
       * Held from the submitter while a claim is open (waiting for review, denied or
       * appealed); returned when it is settled.
       **/
      claimDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The most coverage periods a patient has in one plan (each accepted enrollment opens
       * one; periods are never removed).
       **/
      maxCoveragePeriods: u32 & AugmentedConst<ApiType>;
      /**
       * The most evidence records a claim cites.
       **/
      maxEvidence: u32 & AugmentedConst<ApiType>;
      /**
       * The most a claim line may bill. Bounds what a claim can ask of a payer's escrow and
       * keeps every sum of a claim's amounts (at most [`Config::MaxLines`] of them) far below
       * the balance type's maximum (security review M-7).
       **/
      maxLineAmount: u128 & AugmentedConst<ApiType>;
      /**
       * The most lines a claim has.
       **/
      maxLines: u32 & AugmentedConst<ApiType>;
      /**
       * The most versions a plan has.
       **/
      maxPlanVersions: u32 & AugmentedConst<ApiType>;
      /**
       * The most coverage rules a plan version has.
       **/
      maxRules: u32 & AugmentedConst<ApiType>;
      /**
       * Held from the publisher per plan.
       **/
      planDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Held from the requester of a prior authorization until it is denied, used by a claim
       * line or withdrawn.
       **/
      priorAuthDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * How long an approved prior authorization authorizes services (milliseconds after
       * its approval).
       **/
      priorAuthValidity: u64 & AugmentedConst<ApiType>;
    };
    consent: {
      /**
       * Held from the recorder per access log entry until it is pruned.
       **/
      accessDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * How long (ms) an access log entry is kept at least; after that anyone may prune it.
       **/
      accessLogRetention: u64 & AugmentedConst<ApiType>;
      /**
       * How many recorded disclosure requests the chain remembers, so that none is recorded
       * twice: more than are recorded in any [`Config::DisclosureValidity`] (a request is
       * forgotten only once it is no longer valid; until then a full memory refuses new ones
       * with [`Error::DisclosureMemoryFull`]). Only ever raise it: slots beyond a lowered
       * memory would stay occupied (a lower value needs a migration that empties them).
       **/
      disclosureMemory: u32 & AugmentedConst<ApiType>;
      /**
       * How long (ms) after it was issued a reader's disclosure request can be recorded
       * ([`Pallet::record_disclosure`]); holders serve only fresh requests, and record them
       * within this time.
       **/
      disclosureValidity: u64 & AugmentedConst<ApiType>;
      /**
       * How long (ms) an emergency access allows reads.
       **/
      emergencyAccessDuration: u64 & AugmentedConst<ApiType>;
      /**
       * Held from the clinician per emergency access until it is reviewed.
       **/
      emergencyDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The rolling window (blocks) of the emergency rate limit.
       **/
      emergencyWindow: u32 & AugmentedConst<ApiType>;
      /**
       * How many blocks a feeless consent transaction stays valid in the pool (its
       * `longevity`); after that it must be signed and submitted again.
       **/
      freeCallLongevity: u64 & AugmentedConst<ApiType>;
      /**
       * Feeless grants per registered patient in any [`Config::FreeCallWindow`] consecutive
       * blocks (at most [`MAX_RECENT_USES`]).
       **/
      freeCalls: u32 & AugmentedConst<ApiType>;
      /**
       * The rolling window (blocks) of the free-call allowance.
       **/
      freeCallWindow: u32 & AugmentedConst<ApiType>;
      /**
       * The most consents a patient holds at once; bounds every evaluation's work and the
       * patient's storage.
       **/
      maxConsentsPerPatient: u32 & AugmentedConst<ApiType>;
      /**
       * The most emergency accesses a clinician opens in any [`Config::EmergencyWindow`]
       * consecutive blocks (at most [`MAX_RECENT_USES`]).
       **/
      maxEmergencyAccesses: u32 & AugmentedConst<ApiType>;
      /**
       * Held from the member who onboards a patient. It pays for all the patient's consent
       * storage ([`Config::MaxConsentsPerPatient`] consents and their indexes) and a guardian:
       * only registered patients grant consents.
       **/
      patientDeposit: u128 & AugmentedConst<ApiType>;
    };
    consortiumNodes: {
      /**
       * The most nodes the set holds; bounds storage and every node's peer list.
       **/
      maxNodes: u32 & AugmentedConst<ApiType>;
    };
    council: {
      /**
       * The maximum weight of a dispatch call that can be proposed and executed.
       **/
      maxProposalWeight: SpWeightsWeightV2Weight & AugmentedConst<ApiType>;
    };
    grandpa: {
      /**
       * Max Authorities in use
       **/
      maxAuthorities: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of nominators for each validator.
       **/
      maxNominators: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of entries to keep in the set id to session index mapping.
       * 
       * Since the `SetIdSession` map is only used for validating equivocations this
       * value should relate to the bonding duration of whatever staking system is
       * being used (if any). If equivocation handling is not enabled then this value
       * can be zero.
       **/
      maxSetIdSessionEntries: u64 & AugmentedConst<ApiType>;
    };
    multisig: {
      /**
       * The base amount of currency needed to reserve for creating a multisig execution or to
       * store a dispatch call for later.
       * 
       * This is held for an additional storage item whose value size is
       * `4 + sizeof((BlockNumber, Balance, AccountId))` bytes and whose key size is
       * `32 + sizeof(AccountId)` bytes.
       **/
      depositBase: u128 & AugmentedConst<ApiType>;
      /**
       * The amount of currency needed per unit threshold when creating a multisig execution.
       * 
       * This is held for adding 32 bytes more into a pre-existing storage value.
       **/
      depositFactor: u128 & AugmentedConst<ApiType>;
      /**
       * The maximum amount of signatories allowed in the multisig.
       **/
      maxSignatories: u32 & AugmentedConst<ApiType>;
    };
    organizations: {
      /**
       * The most members one organization may have; bounds its removal work and storage.
       **/
      maxMembersPerOrganization: u32 & AugmentedConst<ApiType>;
      /**
       * The most organizations one account may serve; bounds the reverse index an account's
       * roles are read from.
       **/
      maxOrganizationsPerAccount: u32 & AugmentedConst<ApiType>;
      /**
       * Held from the admin who adds a member: pays for the membership and its index entry.
       **/
      memberDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Held from the admin when an organization is registered: pays for its storage item.
       **/
      organizationDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Derives each organization's own account: `PalletId` sub-account of its id.
       **/
      palletId: FrameSupportPalletId & AugmentedConst<ApiType>;
    };
    proxy: {
      /**
       * The base amount of currency needed to reserve for creating an announcement.
       * 
       * This is held when a new storage item holding a `Balance` is created (typically 16
       * bytes).
       **/
      announcementDepositBase: u128 & AugmentedConst<ApiType>;
      /**
       * The amount of currency needed per announcement made.
       * 
       * This is held for adding an `AccountId`, `Hash` and `BlockNumber` (typically 68 bytes)
       * into a pre-existing storage value.
       **/
      announcementDepositFactor: u128 & AugmentedConst<ApiType>;
      /**
       * The maximum amount of time-delayed announcements that are allowed to be pending.
       **/
      maxPending: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum amount of proxies allowed for a single account.
       **/
      maxProxies: u32 & AugmentedConst<ApiType>;
      /**
       * The base amount of currency needed to reserve for creating a proxy.
       * 
       * This is held for an additional storage item whose value size is
       * `sizeof(Balance)` bytes and whose key size is `sizeof(AccountId)` bytes.
       **/
      proxyDepositBase: u128 & AugmentedConst<ApiType>;
      /**
       * The amount of currency needed per proxy added.
       * 
       * This is held for adding 32 bytes plus an instance of `ProxyType` more into a
       * pre-existing storage value. Thus, when configuring `ProxyDepositFactor` one should take
       * into account `32 + proxy_type.encode().len()` bytes of data.
       **/
      proxyDepositFactor: u128 & AugmentedConst<ApiType>;
    };
    records: {
      /**
       * Held from the submitter per batch.
       **/
      batchDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The most versions a record has; bounds every walk of its history.
       **/
      maxVersions: u32 & AugmentedConst<ApiType>;
      /**
       * Held from the author per record version.
       **/
      recordDeposit: u128 & AugmentedConst<ApiType>;
    };
    research: {
      /**
       * How long after a study closes its participants claim their shares (milliseconds);
       * then the funder takes back what nobody claimed ([`Pallet::reclaim_pool`]).
       **/
      claimWindow: u64 & AugmentedConst<ApiType>;
      /**
       * The consortium's minimum k until governance sets one ([`MinCohortFloor`]).
       **/
      defaultMinCohort: u32 & AugmentedConst<ApiType>;
      /**
       * Held from the granting member per data grant.
       **/
      grantDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The most studies a patient participates in at once (it bounds what a revocation of
       * their research consent walks).
       **/
      maxStudiesPerPatient: u32 & AugmentedConst<ApiType>;
      /**
       * The most study ids one call of [`Pallet::studies`] looks at: it bounds the work of a
       * filtered listing (one storage read per id). A page that reaches it before it is full
       * comes back short, even empty, with a cursor to resume from, so no match is missed.
       * At least 1 (checked by `integrity_test`).
       **/
      maxStudyScan: u32 & AugmentedConst<ApiType>;
      /**
       * Held from the researcher per study.
       **/
      studyDeposit: u128 & AugmentedConst<ApiType>;
    };
    session: {
      /**
       * The amount to be held when setting keys.
       **/
      keyDeposit: u128 & AugmentedConst<ApiType>;
    };
    system: {
      /**
       * Maximum number of block number to block hash mappings to keep (oldest pruned first).
       **/
      blockHashCount: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum length of a block (in bytes).
       **/
      blockLength: FrameSystemLimitsBlockLength & AugmentedConst<ApiType>;
      /**
       * Block & extrinsics weights: base values and limits.
       **/
      blockWeights: FrameSystemLimitsBlockWeights & AugmentedConst<ApiType>;
      /**
       * The weight of runtime database operations the runtime can invoke.
       **/
      dbWeight: SpWeightsRuntimeDbWeight & AugmentedConst<ApiType>;
      /**
       * The designated SS58 prefix of this chain.
       * 
       * This replaces the "ss58Format" property declared in the chain spec. Reason is
       * that the runtime should know about the prefix in order to make use of it as
       * an identifier of the chain.
       **/
      ss58Prefix: u16 & AugmentedConst<ApiType>;
      /**
       * Get the chain's in-code version.
       **/
      version: SpVersionRuntimeVersion & AugmentedConst<ApiType>;
    };
    timestamp: {
      /**
       * The minimum period between blocks.
       * 
       * Be aware that this is different to the *expected* period that the block production
       * apparatus provides. Your chosen consensus system will generally work with this to
       * determine a sensible block time. For example, in the Aura pallet it will be double this
       * period on default settings.
       **/
      minimumPeriod: u64 & AugmentedConst<ApiType>;
    };
    transactionPayment: {
      /**
       * A fee multiplier for `Operational` extrinsics to compute "virtual tip" to boost their
       * `priority`
       * 
       * This value is multiplied by the `final_fee` to obtain a "virtual tip" that is later
       * added to a tip component in regular `priority` calculations.
       * It means that a `Normal` transaction can front-run a similarly-sized `Operational`
       * extrinsic (with no tip), by including a tip value greater than the virtual tip.
       * 
       * ```rust,ignore
       * // For `Normal`
       * let priority = priority_calc(tip);
       * 
       * // For `Operational`
       * let virtual_tip = (inclusion_fee + tip) * OperationalFeeMultiplier;
       * let priority = priority_calc(tip + virtual_tip);
       * ```
       * 
       * Note that since we use `final_fee` the multiplier applies also to the regular `tip`
       * sent with the transaction. So, not only does the transaction get a priority bump based
       * on the `inclusion_fee`, but we also amplify the impact of tips applied to `Operational`
       * transactions.
       **/
      operationalFeeMultiplier: u8 & AugmentedConst<ApiType>;
    };
    utility: {
      /**
       * The limit on the number of batched calls.
       **/
      batchedCallsLimit: u32 & AugmentedConst<ApiType>;
    };
    validatorSet: {
      /**
       * The length of a session in blocks when the genesis configuration sets none: a
       * production length (e.g. an hour).
       **/
      defaultSessionLength: u32 & AugmentedConst<ApiType>;
      /**
       * The most validators the set holds; bounds storage and the session change's work.
       * At most Aura's and GRANDPA's `MaxAuthorities`.
       **/
      maxValidators: u32 & AugmentedConst<ApiType>;
      /**
       * The fewest validators the set may shrink to by removals.
       **/
      minValidators: u32 & AugmentedConst<ApiType>;
    };
  } // AugmentedConsts
} // declare module
