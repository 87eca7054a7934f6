// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/storage';

import type { ApiTypes, AugmentedQuery, QueryableStorageEntry } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Struct, U8aFixed, Vec, bool, u128, u32, u64, u8 } from '@polkadot/types-codec';
import type { AnyNumber, ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H256, Perbill } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportDispatchPerDispatchClassWeight, FrameSupportTokensFungibleImbalance, FrameSupportTokensMiscIdAmountRuntimeFreezeReason, FrameSupportTokensMiscIdAmountRuntimeHoldReason, FrameSystemAccountInfo, FrameSystemCodeUpgradeAuthorization, FrameSystemEventRecord, FrameSystemLastRuntimeUpgradeInfo, FrameSystemPhase, HealthchainPrimitivesDuoDataUse, HealthchainPrimitivesPagingSortKey, HealthchainRuntimeOpaqueSessionKeys, PalletBalancesAccountData, PalletBalancesBalanceLock, PalletBalancesReserveData, PalletClaimsAdjudicatedLine, PalletClaimsClaimStatus, PalletClaimsMembership, PalletClaimsPlan, PalletClaimsPlanTerms, PalletClaimsPriorAuth, PalletCollectiveVotes, PalletConsentAccessEntry, PalletConsentConsent, PalletConsentEmergencyAccess, PalletConsentLogBounds, PalletConsentRecentUses, PalletConsentRegistration, PalletConsortiumNodesNodeInfo, PalletGrandpaStoredPendingChange, PalletGrandpaStoredState, PalletMultisigMultisig, PalletOrganizationsMembership, PalletOrganizationsOrganization, PalletPreimageOldRequestStatus, PalletPreimageRequestStatus, PalletProxyAnnouncement, PalletProxyProxyDefinition, PalletRecordsBatch, PalletRecordsRecord, PalletResearchDataGrant, PalletResearchParticipation, PalletResearchPool, PalletResearchStudy, PalletTransactionPaymentReleases, SpConsensusAuraSr25519AppSr25519Public, SpConsensusGrandpaAppPublic, SpCoreCryptoKeyTypeId, SpRuntimeDigest, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';
import type { Observable } from '@polkadot/types/types';

export type __AugmentedQuery<ApiType extends ApiTypes> = AugmentedQuery<ApiType, () => unknown>;
export type __QueryableStorageEntry<ApiType extends ApiTypes> = QueryableStorageEntry<ApiType>;

declare module '@polkadot/api-base/types/storage' {
  interface AugmentedQueries<ApiType extends ApiTypes> {
    aura: {
      /**
       * The current authority set.
       **/
      authorities: AugmentedQuery<ApiType, () => Observable<Vec<SpConsensusAuraSr25519AppSr25519Public>>, []>;
      /**
       * The current slot of this block.
       * 
       * This will be set in `on_initialize`.
       **/
      currentSlot: AugmentedQuery<ApiType, () => Observable<u64>, []>;
    };
    balances: {
      /**
       * The Balances pallet example of storing the balance of an account.
       * 
       * # Example
       * 
       * ```nocompile
       * impl pallet_balances::Config for Runtime {
       * type AccountStore = StorageMapShim<Self::Account<Runtime>, frame_system::Provider<Runtime>, AccountId, Self::AccountData<Balance>>
       * }
       * ```
       * 
       * You can also store the balance of an account in the `System` pallet.
       * 
       * # Example
       * 
       * ```nocompile
       * impl pallet_balances::Config for Runtime {
       * type AccountStore = System
       * }
       * ```
       * 
       * But this comes with tradeoffs, storing account balances in the system pallet stores
       * `frame_system` data alongside the account data contrary to storing account balances in the
       * `Balances` pallet, which uses a `StorageMap` to store balances data only.
       * NOTE: This is only used in the case that this pallet is used to store balances.
       **/
      account: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<PalletBalancesAccountData>, [AccountId32]>;
      /**
       * Freeze locks on account balances.
       **/
      freezes: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<FrameSupportTokensMiscIdAmountRuntimeFreezeReason>>, [AccountId32]>;
      /**
       * Holds on account balances.
       **/
      holds: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<FrameSupportTokensMiscIdAmountRuntimeHoldReason>>, [AccountId32]>;
      /**
       * The total units of outstanding deactivated balance in the system.
       * 
       * This is not guaranteed to be less than or equal to [`TotalIssuance`]. Total issuance may be
       * reduced independently of this value, including while a reversible imbalance is outstanding.
       * Active issuance is therefore derived using saturating subtraction.
       **/
      inactiveIssuance: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * Any liquidity locks on some account balances.
       * NOTE: Should only be accessed when setting, changing and freeing a lock.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      locks: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<PalletBalancesBalanceLock>>, [AccountId32]>;
      /**
       * Named reserves on some account balances.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      reserves: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<PalletBalancesReserveData>>, [AccountId32]>;
      /**
       * The total units issued in the system.
       **/
      totalIssuance: AugmentedQuery<ApiType, () => Observable<u128>, []>;
    };
    claims: {
      /**
       * What each plan paid (or reserved) per member per calendar year: `((plan, patient), year)`.
       **/
      annualUsage: AugmentedQuery<ApiType, (arg1: ITuple<[u32, AccountId32]> | [u32 | AnyNumber | Uint8Array, AccountId32 | string | Uint8Array], arg2: u32 | AnyNumber | Uint8Array) => Observable<u128>, [ITuple<[u32, AccountId32]>, u32]>;
      /**
       * What each appealed claim reserved in its plan's escrow when it was appealed
       * ([`Pallet::appeal_reserve`]): at most what the plan could pay for its lines under its
       * rules, never its billed total. Removed when the claim is arbitrated. An appealed claim
       * without an entry was appealed before this map existed, under the old rule that reserved
       * the billed total, and still reserves that ([`Pallet::appeal_reservation`]).
       **/
      appealReserves: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<u128>>, [u64]>;
      /**
       * Services claimed with a payable amount, by [`Pallet::service_key`] (the hash of patient,
       * provider, service code and UTC service day): the claim that holds each. A service is
       * never paid twice. Held while the claim waits for review or is paid; a denial frees it.
       **/
      claimedServices: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<u64>>, [H256]>;
      /**
       * Evidence records in use: the claim each backs. A record backs one claim: held, like the
       * claim's services, while the claim waits for review or is paid; a denial frees it.
       **/
      claimEvidence: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<u64>>, [u64]>;
      /**
       * Claims by id.
       **/
      claims: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<{
    readonly plan: u32;
    readonly patient: AccountId32;
    readonly provider: u32;
    readonly submitter: AccountId32;
    readonly evidence: Vec<u64>;
    readonly lines: Vec<PalletClaimsAdjudicatedLine>;
    readonly payerTotal: u128;
    readonly patientTotal: u128;
    readonly paid: u128;
    readonly status: PalletClaimsClaimStatus;
    readonly eobCommitment: H256;
    readonly submittedAt: u64;
    readonly deposit: u128;
  } & Struct>>, [u64]>;
      /**
       * Claims of each patient, in id order (the claim id big-endian under `Identity`).
       **/
      claimsOfPatient: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: HealthchainPrimitivesPagingSortKey | string | Uint8Array) => Observable<Option<Null>>, [AccountId32, HealthchainPrimitivesPagingSortKey]>;
      /**
       * Claims against each plan, in id order.
       **/
      claimsOfPlan: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: HealthchainPrimitivesPagingSortKey | string | Uint8Array) => Observable<Option<Null>>, [u32, HealthchainPrimitivesPagingSortKey]>;
      /**
       * Claims of each provider, in id order.
       **/
      claimsOfProvider: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: HealthchainPrimitivesPagingSortKey | string | Uint8Array) => Observable<Option<Null>>, [u32, HealthchainPrimitivesPagingSortKey]>;
      /**
       * Services a payer's reviewer denied, by [`Pallet::service_key`]: the claim denied. A claim
       * with such a service is never paid at submission: it waits for review, however small.
       * Permanent (one entry per denied line, written by the payer's own reviewers).
       **/
      deniedServices: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<u64>>, [H256]>;
      /**
       * Memberships: `(plan, patient)`: the coverage periods the payer accepted and a request to
       * join waiting for it. An entry without periods is a first request.
       **/
      enrollments: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<PalletClaimsMembership>>, [u32, AccountId32]>;
      /**
       * The id the next claim gets.
       **/
      nextClaimId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The id the next plan gets.
       **/
      nextPlanId: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The id the next prior authorization gets.
       **/
      nextPriorAuthId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * Plans by id.
       **/
      plans: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletClaimsPlan>>, [u32]>;
      /**
       * How many plans each Payer published (plans are never deleted), so that the registry
       * learns in one read whether plans still refer to an organization
       * ([`OrganizationReferences`]). Counted by every plan creation (call and genesis), checked
       * against [`Plans`] by `try_state`; filled for the plans before it by
       * [`migrations::MigrateToV3`]. A payer without plans has no entry.
       **/
      plansOfPayer: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<u32>, [u32]>;
      /**
       * Each plan's versions of its terms: `(plan, version)`, versions from 1.
       **/
      planVersions: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletClaimsPlanTerms>>, [u32, u32]>;
      /**
       * Prior authorizations by id.
       **/
      priorAuths: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletClaimsPriorAuth>>, [u64]>;
    };
    consent: {
      /**
       * Each patient's access log: entry `index` of `patient`.
       **/
      accessLog: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletConsentAccessEntry>>, [AccountId32, u32]>;
      /**
       * Which entries of each patient's log are stored (`first..next`).
       **/
      accessLogBounds: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<PalletConsentLogBounds>, [AccountId32]>;
      /**
       * Consents by id.
       **/
      consents: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletConsentConsent>>, [u64]>;
      /**
       * The consents of each patient, in the order granted.
       **/
      consentsOf: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<u64>>, [AccountId32]>;
      /**
       * The ring of remembered disclosure requests ([`Config::DisclosureMemory`] slots): slot →
       * request. Recording a request takes the next slot and forgets the request there, which
       * must no longer be valid; this bounds [`Disclosures`] without a sweep.
       **/
      disclosureRing: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<H256>>, [u32]>;
      /**
       * The disclosure requests recorded and still remembered, with when each was issued: a
       * request is recorded once ([`Pallet::record_disclosure`]).
       * 
       * The key is the request's BLAKE2b-256 hash (`Identity`: already uniform).
       **/
      disclosures: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<u64>>, [H256]>;
      /**
       * Emergency accesses by id (kept after review, for audit).
       **/
      emergencyAccesses: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletConsentEmergencyAccess>>, [u64]>;
      /**
       * Each clinician's emergency accesses in the current rolling window.
       **/
      emergencyAllowance: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<PalletConsentRecentUses>, [AccountId32]>;
      /**
       * Each patient's feeless grants in the current rolling window.
       **/
      freeCallAllowance: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<PalletConsentRecentUses>, [AccountId32]>;
      /**
       * The consents held by each organization (an index for listing them, in id order).
       **/
      grantsHeldBy: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: HealthchainPrimitivesPagingSortKey | string | Uint8Array) => Observable<Option<Null>>, [u32, HealthchainPrimitivesPagingSortKey]>;
      /**
       * The guardian of a registered patient: the account that manages the patient's consents
       * for them ([`Pallet::grant_consent_for`], [`Pallet::revoke_consent_for`]).
       **/
      guardians: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<AccountId32>>, [AccountId32]>;
      /**
       * The id the next consent gets.
       **/
      nextConsentId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The ring slot the next recorded disclosure request takes.
       **/
      nextDisclosureSlot: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The id the next emergency access gets.
       **/
      nextEmergencyId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * Patients onboarded by an organization.
       **/
      patients: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletConsentRegistration>>, [AccountId32]>;
      /**
       * The emergency accesses each organization has not reviewed yet (in id order).
       **/
      pendingReviews: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: HealthchainPrimitivesPagingSortKey | string | Uint8Array) => Observable<Option<Null>>, [u32, HealthchainPrimitivesPagingSortKey]>;
    };
    consortiumNodes: {
      /**
       * Counter for the related counted storage map
       **/
      counterForNodes: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The authorized nodes, by peer id.
       **/
      nodes: AugmentedQuery<ApiType, (arg: Bytes | string | Uint8Array) => Observable<Option<PalletConsortiumNodesNodeInfo>>, [Bytes]>;
    };
    council: {
      /**
       * Consideration cost created for publishing and storing a proposal.
       * 
       * Determined by [Config::Consideration] and may be not present for certain proposals (e.g. if
       * the proposal count at the time of creation was below threshold N).
       **/
      costOf: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<ITuple<[AccountId32, Null]>>>, [H256]>;
      /**
       * The current members of the collective. This is stored sorted (just by value).
       **/
      members: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
      /**
       * The prime member that helps determine the default vote behavior in case of abstentions.
       **/
      prime: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
      /**
       * Proposals so far.
       **/
      proposalCount: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Actual proposal for a given hash, if it's current.
       **/
      proposalOf: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<Call>>, [H256]>;
      /**
       * The hashes of the active proposals.
       **/
      proposals: AugmentedQuery<ApiType, () => Observable<Vec<H256>>, []>;
      /**
       * Votes on a given proposal, if it is ongoing.
       **/
      voting: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<PalletCollectiveVotes>>, [H256]>;
    };
    councilMembership: {
      /**
       * The current membership, stored as an ordered Vec.
       **/
      members: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
      /**
       * The current prime member, if one exists.
       **/
      prime: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    grandpa: {
      /**
       * The current list of authorities.
       **/
      authorities: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>>, []>;
      /**
       * The number of changes (both in terms of keys and underlying economic responsibilities)
       * in the "set" of Grandpa validators from genesis.
       **/
      currentSetId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * next block number where we can force a change.
       **/
      nextForced: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Pending change: (signaled at, scheduled change).
       **/
      pendingChange: AugmentedQuery<ApiType, () => Observable<Option<PalletGrandpaStoredPendingChange>>, []>;
      /**
       * A mapping from grandpa set ID to the index of the *most recent* session for which its
       * members were responsible.
       * 
       * This is only used for validating equivocation proofs. An equivocation proof must
       * contains a key-ownership proof for a given session, therefore we need a way to tie
       * together sessions and GRANDPA set ids, i.e. we need to validate that a validator
       * was the owner of a given key on a given session, and what the active set ID was
       * during that session.
       * 
       * TWOX-NOTE: `SetId` is not under user control.
       **/
      setIdSession: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<u32>>, [u64]>;
      /**
       * `true` if we are currently stalled.
       **/
      stalled: AugmentedQuery<ApiType, () => Observable<Option<ITuple<[u32, u32]>>>, []>;
      /**
       * State of the current authority set.
       **/
      state: AugmentedQuery<ApiType, () => Observable<PalletGrandpaStoredState>, []>;
    };
    multisig: {
      /**
       * The set of open multisig operations.
       **/
      multisigs: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: U8aFixed | string | Uint8Array) => Observable<Option<PalletMultisigMultisig>>, [AccountId32, U8aFixed]>;
    };
    organizations: {
      /**
       * Counter for the related counted storage map
       **/
      counterForOrganizations: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Each organization's gateway endpoint, where other organizations' gateways fetch the
       * records it holds ([`Pallet::set_endpoint`]). Set by its admin or by governance; removed
       * with the organization.
       **/
      endpoints: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<Bytes>>, [u32]>;
      /**
       * Former members: `(organization, account)` for every account removed from an
       * organization (or that left it), kept so that a conflict of interest outlives the
       * membership ([`OrganizationInspect::is_or_was_member`]). Written by every removal since
       * runtime 106; earlier removals are not known.
       **/
      formerMembers: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<Null>>, [u32, AccountId32]>;
      /**
       * Members of each organization: organization id, then account. An organization's members
       * iterate in account order (the account's encoded bytes), the order [`Pallet::members`]
       * pages in.
       * 
       * The account is the raw key (`Identity` hasher), which is safe here. Keys a caller could
       * choose freely would let them pile entries under one long shared prefix and deepen the trie
       * (longer reads and proofs for every key below it); but members are chosen by the
       * organization's admin, each one costs a [`Config::MemberDeposit`], and
       * [`Config::MaxMembersPerOrganization`] bounds them, so an organization's subtree stays
       * small. The first key (`Twox64Concat` of an id the chain hands out) keeps each
       * organization's members under its own prefix.
       **/
      members: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<PalletOrganizationsMembership>>, [u32, AccountId32]>;
      /**
       * The organizations an account serves (reverse index of [`Members`]), in the order it
       * joined them.
       **/
      membershipsOf: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<u32>>, [AccountId32]>;
      /**
       * The id the next registered organization gets.
       **/
      nextOrganizationId: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Registered organizations by id.
       **/
      organizations: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletOrganizationsOrganization>>, [u32]>;
    };
    preimage: {
      preimageFor: AugmentedQuery<ApiType, (arg: ITuple<[H256, u32]> | [H256 | string | Uint8Array, u32 | AnyNumber | Uint8Array]) => Observable<Option<Bytes>>, [ITuple<[H256, u32]>]>;
      /**
       * The request status of a given hash.
       **/
      requestStatusFor: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<PalletPreimageRequestStatus>>, [H256]>;
      /**
       * The request status of a given hash.
       * 
       * @deprecated RequestStatusFor
       **/
      statusFor: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<PalletPreimageOldRequestStatus>>, [H256]>;
    };
    proxy: {
      /**
       * The announcements made by the proxy (key).
       **/
      announcements: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<ITuple<[Vec<PalletProxyAnnouncement>, u128]>>, [AccountId32]>;
      /**
       * The set of account proxies. Maps the account which has delegated to the accounts
       * which are being delegated to, together with the amount held on deposit.
       **/
      proxies: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<ITuple<[Vec<PalletProxyProxyDefinition>, u128]>>, [AccountId32]>;
    };
    records: {
      /**
       * The batch each organization anchored with each root: a root is anchored once per
       * organization, so a member of another organization cannot squat it.
       **/
      batchByRoot: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: H256 | string | Uint8Array) => Observable<Option<u64>>, [u32, H256]>;
      /**
       * Batches by id.
       **/
      batches: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletRecordsBatch>>, [u64]>;
      /**
       * The id the next batch gets.
       **/
      nextBatchId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The id the next record version gets.
       **/
      nextRecordId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The record version anchored with each commitment of each patient: a commitment is
       * anchored once per patient, so a copy anchored by someone else (as their own record) is
       * another entry and neither blocks nor hijacks the patient's. The commitment is a BLAKE2
       * hash under the patient's hashed key, so the `Identity` hasher cannot unbalance the trie
       * beyond the caller's own patient prefix.
       **/
      recordByCommitment: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: H256 | string | Uint8Array) => Observable<Option<u64>>, [AccountId32, H256]>;
      /**
       * Record versions by id.
       **/
      records: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletRecordsRecord>>, [u64]>;
      /**
       * The record versions of each patient (an index for listing them), in id order: the id
       * is stored big-endian ([`SortKey`]) with the `Identity` hasher, so a patient's entries
       * iterate in ascending id order. Ids are handed out by the chain, never chosen by a caller,
       * so the unhashed key cannot be used to unbalance the trie.
       **/
      recordsOf: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: HealthchainPrimitivesPagingSortKey | string | Uint8Array) => Observable<Option<Null>>, [AccountId32, HealthchainPrimitivesPagingSortKey]>;
    };
    research: {
      /**
       * Data grants by id.
       **/
      grants: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletResearchDataGrant>>, [u64]>;
      /**
       * The grants of each study, keyed so that they iterate in grant id order.
       **/
      grantsOfStudy: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: HealthchainPrimitivesPagingSortKey | string | Uint8Array) => Observable<Option<Null>>, [u32, HealthchainPrimitivesPagingSortKey]>;
      /**
       * The consortium's minimum k: no study is registered with a smaller `min_cohort`, and no
       * data is granted or accessed on a smaller provider cohort, whatever the study says. Set
       * by governance ([`Pallet::set_min_cohort_floor`]).
       **/
      minCohortFloor: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The id the next grant gets.
       **/
      nextGrantId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The id the next study gets.
       **/
      nextStudyId: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Participants of each study: `(study, patient)`.
       **/
      participants: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<PalletResearchParticipation>>, [u32, AccountId32]>;
      /**
       * Compensation pools by study.
       **/
      pools: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletResearchPool>>, [u32]>;
      /**
       * Each study's cohort per data-holding provider: `(study, provider) → (version, count)`,
       * the participants consented to `version` whom the provider attested. A count of an older
       * version than the study's is zero (amendments restart every provider's count in O(1)).
       * k is checked against the granting provider's count (security review H-2).
       **/
      providerCohorts: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Option<ITuple<[u32, u32]>>>, [u32, u32]>;
      /**
       * Patients' broad research consent profiles, in DUO terms.
       **/
      researchProfiles: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<HealthchainPrimitivesDuoDataUse>>, [AccountId32]>;
      /**
       * Studies by id.
       **/
      studies: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletResearchStudy>>, [u32]>;
      /**
       * The studies each patient participates in (an index of [`Participants`], at most
       * [`Config::MaxStudiesPerPatient`]), walked when they revoke a research consent.
       **/
      studiesOf: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<u32>>, [AccountId32]>;
      /**
       * How many studies each ResearchInstitution registered (studies are never deleted), so
       * that the registry learns in one read whether studies still refer to an organization
       * ([`OrganizationReferences`]). Counted by every registration (call and genesis), checked
       * against [`Studies`] by `try_state`; filled for the studies before it by
       * [`crate::migrations::MigrateToV3`]. An institution without studies has no entry.
       **/
      studiesOfInstitution: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<u32>, [u32]>;
      /**
       * Patients who withdrew from a study: only they can join it again ([`Pallet::opt_in`]),
       * nobody counts them in on their broad consent (security review M-2).
       **/
      withdrawn: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<Null>>, [u32, AccountId32]>;
    };
    session: {
      /**
       * Current index of the session.
       **/
      currentIndex: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Indices of disabled validators.
       * 
       * The vec is always kept sorted so that we can find whether a given validator is
       * disabled using binary search. It gets cleared when `on_session_ending` returns
       * a new set of identities.
       **/
      disabledValidators: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[u32, Perbill]>>>, []>;
      /**
       * Accounts whose keys were set via `SessionInterface` (external path) without
       * incrementing the consumer reference or placing a key deposit. `do_purge_keys`
       * only decrements consumers for accounts that were registered through the local
       * session pallet.
       **/
      externallySetKeys: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<Null>>, [AccountId32]>;
      /**
       * The owner of a key. The key is the `KeyTypeId` + the encoded key.
       **/
      keyOwner: AugmentedQuery<ApiType, (arg: ITuple<[SpCoreCryptoKeyTypeId, Bytes]> | [SpCoreCryptoKeyTypeId | string | Uint8Array, Bytes | string | Uint8Array]) => Observable<Option<AccountId32>>, [ITuple<[SpCoreCryptoKeyTypeId, Bytes]>]>;
      /**
       * The next session keys for a validator.
       **/
      nextKeys: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<HealthchainRuntimeOpaqueSessionKeys>>, [AccountId32]>;
      /**
       * True if the underlying economic identities or weighting behind the validators
       * has changed in the queued validator set.
       **/
      queuedChanged: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * The queued keys for the next session. When the next session begins, these keys
       * will be used to determine the validator's session keys.
       **/
      queuedKeys: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[AccountId32, HealthchainRuntimeOpaqueSessionKeys]>>>, []>;
      /**
       * The current set of validators.
       **/
      validators: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
    };
    sudo: {
      /**
       * The `AccountId` of the sudo key.
       **/
      key: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    system: {
      /**
       * The full account information for a particular account ID.
       **/
      account: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<FrameSystemAccountInfo>, [AccountId32]>;
      /**
       * `Some` if a code upgrade has been authorized.
       **/
      authorizedUpgrade: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemCodeUpgradeAuthorization>>, []>;
      /**
       * Map of block numbers to block hashes.
       **/
      blockHash: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<H256>, [u32]>;
      /**
       * Total size (in bytes) of the current block.
       * 
       * Tracks the size of the header and all extrinsics.
       **/
      blockSize: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Number of blocks till the pending code upgrade is applied.
       **/
      blocksTillUpgrade: AugmentedQuery<ApiType, () => Observable<Option<u8>>, []>;
      /**
       * The current weight for the block.
       **/
      blockWeight: AugmentedQuery<ApiType, () => Observable<FrameSupportDispatchPerDispatchClassWeight>, []>;
      /**
       * Digest of the current block, also part of the block header.
       **/
      digest: AugmentedQuery<ApiType, () => Observable<SpRuntimeDigest>, []>;
      /**
       * The number of events in the `Events<T>` list.
       **/
      eventCount: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Events deposited for the current block.
       * 
       * NOTE: The item is unbound and should therefore never be read on chain.
       * It could otherwise inflate the PoV size of a block.
       * 
       * Events have a large in-memory size. Box the events to not go out-of-memory
       * just in case someone still reads them from within the runtime.
       **/
      events: AugmentedQuery<ApiType, () => Observable<Vec<FrameSystemEventRecord>>, []>;
      /**
       * Mapping between a topic (represented by T::Hash) and a vector of indexes
       * of events in the `<Events<T>>` list.
       * 
       * All topic vectors have deterministic storage locations depending on the topic. This
       * allows light-clients to leverage the changes trie storage tracking mechanism and
       * in case of changes fetch the list of events of interest.
       * 
       * The value has the type `(BlockNumberFor<T>, EventIndex)` because if we used only just
       * the `EventIndex` then in case if the topic has the same contents on the next block
       * no notification will be triggered thus the event might be lost.
       **/
      eventTopics: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Vec<ITuple<[u32, u32]>>>, [H256]>;
      /**
       * The execution phase of the block.
       **/
      executionPhase: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemPhase>>, []>;
      /**
       * Total extrinsics count for the current block.
       **/
      extrinsicCount: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Extrinsics data for the current block (maps an extrinsic's index to its data).
       **/
      extrinsicData: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Bytes>, [u32]>;
      /**
       * The weight reclaimed for the extrinsic.
       * 
       * This information is available until the end of the extrinsic execution.
       * More precisely this information is removed in `note_applied_extrinsic`.
       * 
       * Logic doing some post dispatch weight reduction must update this storage to avoid duplicate
       * reduction.
       **/
      extrinsicWeightReclaimed: AugmentedQuery<ApiType, () => Observable<SpWeightsWeightV2Weight>, []>;
      /**
       * Whether all inherents have been applied.
       **/
      inherentsApplied: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * Stores the `spec_version` and `spec_name` of when the last runtime upgrade happened.
       **/
      lastRuntimeUpgrade: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemLastRuntimeUpgradeInfo>>, []>;
      /**
       * The current block number being processed. Set by `execute_block`.
       **/
      number: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Hash of the previous block.
       **/
      parentHash: AugmentedQuery<ApiType, () => Observable<H256>, []>;
      /**
       * True if we have upgraded so that AccountInfo contains three types of `RefCount`. False
       * (default) if not.
       **/
      upgradedToTripleRefCount: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * True if we have upgraded so that `type RefCount` is `u32`. False (default) if not.
       **/
      upgradedToU32RefCount: AugmentedQuery<ApiType, () => Observable<bool>, []>;
    };
    timestamp: {
      /**
       * Whether the timestamp has been updated in this block.
       * 
       * This value is updated to `true` upon successful submission of a timestamp by a node.
       * It is then checked at the end of each block execution in the `on_finalize` hook.
       **/
      didUpdate: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * The current time for the current block.
       **/
      now: AugmentedQuery<ApiType, () => Observable<u64>, []>;
    };
    transactionPayment: {
      nextFeeMultiplier: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      storageVersion: AugmentedQuery<ApiType, () => Observable<PalletTransactionPaymentReleases>, []>;
      /**
       * The `OnChargeTransaction` stores the withdrawn tx fee here.
       * 
       * Use `withdraw_txfee` and `remaining_txfee` to access from outside the crate.
       **/
      txPaymentCredit: AugmentedQuery<ApiType, () => Observable<Option<FrameSupportTokensFungibleImbalance>>, []>;
    };
    validatorSet: {
      /**
       * The set last handed to pallet-session ([`SessionManager::new_session`]). A session
       * whose admitted set equals it plans no change: pallet-session counts any set it is handed
       * as a change, and GRANDPA starts a new authority set (a new set id, a stored
       * justification, more work for warp sync and light clients) for each. `None` until the
       * first session is planned, or set at genesis to the genesis validators (after an upgrade
       * from a runtime without it: one more change).
       **/
      planned: AugmentedQuery<ApiType, () => Observable<Option<Vec<AccountId32>>>, []>;
      /**
       * The length of a session in blocks, when the genesis configuration set one (else
       * [`Config::DefaultSessionLength`]; see [`Pallet::session_length`]).
       **/
      sessionLength: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * The validators admitted by governance, in admission order. The session after next uses
       * exactly this set.
       **/
      validators: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
    };
    whitelist: {
      /**
       * Deferred dispatches, mapping a call hash to the provided block number at which the deferral
       * expires and the entry can be permissionlessly removed.
       **/
      deferredDispatch: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<u32>>, [H256]>;
      whitelistedCall: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<Null>>, [H256]>;
    };
  } // AugmentedQueries
} // declare module
