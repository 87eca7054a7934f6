// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/events';

import type { ApiTypes, AugmentedEvent } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, H256 } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportDispatchPostDispatchInfo, FrameSupportTokensMiscBalanceStatus, FrameSystemDispatchEventInfo, HealthchainPrimitivesOrganizationsOrganizationKind, HealthchainRuntimeConfigsProxyType, HealthchainRuntimeOriginCaller, HealthchainRuntimeRuntimeHoldReason, PalletBalancesUnexpectedKind, PalletClaimsClaimStatus, PalletClaimsPriorAuthStatus, PalletConsentAccessBasis, PalletConsentReviewVerdict, PalletMultisigTimepoint, PalletProxyDepositKind, PalletResearchBasis, PalletResearchStudyStatus, SpConsensusGrandpaAppPublic, SpRuntimeDispatchError, SpRuntimeDispatchErrorWithPostInfo } from '@polkadot/types/lookup';

export type __AugmentedEvent<ApiType extends ApiTypes> = AugmentedEvent<ApiType>;

declare module '@polkadot/api-base/types/events' {
  interface AugmentedEvents<ApiType extends ApiTypes> {
    balances: {
      /**
       * A balance was set by root.
       **/
      BalanceSet: AugmentedEvent<ApiType, [who: AccountId32, free: u128], { who: AccountId32, free: u128 }>;
      /**
       * Some amount was burned from an account.
       **/
      Burned: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some debt has been dropped from the Total Issuance.
       **/
      BurnedDebt: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Held balance was burned from an account.
       **/
      BurnedHeld: AugmentedEvent<ApiType, [reason: HealthchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: HealthchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Some amount was deposited (e.g. for transaction fees).
       **/
      Deposit: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was removed whose balance was non-zero but below ExistentialDeposit,
       * resulting in an outright loss.
       **/
      DustLost: AugmentedEvent<ApiType, [account: AccountId32, amount: u128], { account: AccountId32, amount: u128 }>;
      /**
       * An account was created with some free balance.
       **/
      Endowed: AugmentedEvent<ApiType, [account: AccountId32, freeBalance: u128], { account: AccountId32, freeBalance: u128 }>;
      /**
       * Some balance was frozen.
       **/
      Frozen: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was placed on hold.
       **/
      Held: AugmentedEvent<ApiType, [reason: HealthchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: HealthchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was increased by `amount`, creating a credit to be balanced.
       **/
      Issued: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was locked.
       **/
      Locked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was minted into an account.
       **/
      Minted: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some credit was balanced and added to the TotalIssuance.
       **/
      MintedCredit: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was released from hold.
       **/
      Released: AugmentedEvent<ApiType, [reason: HealthchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: HealthchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was decreased by `amount`, creating a debt to be balanced.
       **/
      Rescinded: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was reserved (moved from free to reserved).
       **/
      Reserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was moved from the reserve of the first account to the second account.
       * Final argument indicates the destination balance type.
       **/
      ReserveRepatriated: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus], { from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus }>;
      /**
       * Some amount was restored into an account.
       **/
      Restored: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was removed from the account (e.g. for misbehavior).
       **/
      Slashed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was suspended from an account (it can be restored later).
       **/
      Suspended: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was thawed.
       **/
      Thawed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * The `TotalIssuance` was forcefully changed.
       **/
      TotalIssuanceForced: AugmentedEvent<ApiType, [old: u128, new_: u128], { old: u128, new_: u128 }>;
      /**
       * Transfer succeeded.
       **/
      Transfer: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128], { from: AccountId32, to: AccountId32, amount: u128 }>;
      /**
       * The `transferred` balance is placed on hold at the `dest` account.
       **/
      TransferAndHold: AugmentedEvent<ApiType, [reason: HealthchainRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128], { reason: HealthchainRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128 }>;
      /**
       * A transfer of `amount` on hold from `source` to `dest` was initiated.
       **/
      TransferOnHold: AugmentedEvent<ApiType, [reason: HealthchainRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128], { reason: HealthchainRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128 }>;
      /**
       * An unexpected/defensive event was triggered.
       **/
      Unexpected: AugmentedEvent<ApiType, [PalletBalancesUnexpectedKind]>;
      /**
       * Some balance was unlocked.
       **/
      Unlocked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was unreserved (moved from reserved to free).
       **/
      Unreserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was upgraded.
       **/
      Upgraded: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Some amount was withdrawn from the account (e.g. for transaction fees).
       **/
      Withdraw: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
    };
    claims: {
      /**
       * A provider was paid from a plan's escrow for a claim, to its payout account.
       **/
      ClaimPaid: AugmentedEvent<ApiType, [claim: u64, provider: u32, amount: u128], { claim: u64, provider: u32, amount: u128 }>;
      /**
       * A claim's status changed (review, appeal, arbitration).
       **/
      ClaimStatusChanged: AugmentedEvent<ApiType, [claim: u64, status: PalletClaimsClaimStatus], { claim: u64, status: PalletClaimsClaimStatus }>;
      /**
       * A claim was submitted and adjudicated; `status` is where it stands now.
       **/
      ClaimSubmitted: AugmentedEvent<ApiType, [claim: u64, plan: u32, provider: u32, payerTotal: u128, patientTotal: u128, status: PalletClaimsClaimStatus], { claim: u64, plan: u32, provider: u32, payerTotal: u128, patientTotal: u128, status: PalletClaimsClaimStatus }>;
      /**
       * The payer ended a patient's coverage.
       **/
      CoverageEnded: AugmentedEvent<ApiType, [plan: u32, patient: AccountId32], { plan: u32, patient: AccountId32 }>;
      /**
       * The payer accepted a patient: covered from now.
       **/
      Enrolled: AugmentedEvent<ApiType, [plan: u32, patient: AccountId32], { plan: u32, patient: AccountId32 }>;
      /**
       * The payer refused a patient's request to join.
       **/
      EnrollmentRefused: AugmentedEvent<ApiType, [plan: u32, patient: AccountId32], { plan: u32, patient: AccountId32 }>;
      /**
       * A patient asked to join a plan; the payer decides.
       **/
      EnrollmentRequested: AugmentedEvent<ApiType, [plan: u32, patient: AccountId32], { plan: u32, patient: AccountId32 }>;
      /**
       * The payer took funds out of a plan's escrow.
       **/
      EscrowWithdrawn: AugmentedEvent<ApiType, [plan: u32, amount: u128, held: u128], { plan: u32, amount: u128, held: u128 }>;
      /**
       * A patient left a plan (or withdrew their request to join).
       **/
      LeftPlan: AugmentedEvent<ApiType, [plan: u32, patient: AccountId32], { plan: u32, patient: AccountId32 }>;
      /**
       * A payer published a plan (version 1).
       **/
      PlanCreated: AugmentedEvent<ApiType, [plan: u32, payer: u32], { plan: u32, payer: u32 }>;
      /**
       * Funds went into a plan's escrow.
       **/
      PlanFunded: AugmentedEvent<ApiType, [plan: u32, amount: u128, held: u128], { plan: u32, amount: u128, held: u128 }>;
      /**
       * A plan got a new version of its terms.
       **/
      PlanUpdated: AugmentedEvent<ApiType, [plan: u32, version: u32, effectiveFrom: u64], { plan: u32, version: u32, effectiveFrom: u64 }>;
      /**
       * The payer decided a prior authorization (a denied one is removed, its deposit
       * returned).
       **/
      PriorAuthDecided: AugmentedEvent<ApiType, [id: u64, status: PalletClaimsPriorAuthStatus], { id: u64, status: PalletClaimsPriorAuthStatus }>;
      /**
       * An unused prior authorization was withdrawn; its deposit was returned.
       **/
      PriorAuthRemoved: AugmentedEvent<ApiType, [id: u64], { id: u64 }>;
      /**
       * A provider asked for a prior authorization.
       **/
      PriorAuthRequested: AugmentedEvent<ApiType, [id: u64, plan: u32, provider: u32], { id: u64, plan: u32, provider: u32 }>;
      /**
       * A claim's line used a prior authorization; its deposit was returned.
       **/
      PriorAuthUsed: AugmentedEvent<ApiType, [id: u64, claim: u64], { id: u64, claim: u64 }>;
    };
    consent: {
      /**
       * `removed` entries past the retention period left `patient`'s log; it now starts at
       * `first`.
       **/
      AccessLogPruned: AugmentedEvent<ApiType, [patient: AccountId32, removed: u32, first: u32], { patient: AccountId32, removed: u32, first: u32 }>;
      /**
       * `accessor` read `patient`'s data on behalf of `organization` on `basis`; the entry is
       * `index` in the patient's log. What was read and why (purpose, category) are in the
       * entry, not in the event: events stay in the blocks forever.
       **/
      AccessRecorded: AugmentedEvent<ApiType, [patient: AccountId32, index: u32, organization: u32, accessor: AccountId32, basis: PalletConsentAccessBasis], { patient: AccountId32, index: u32, organization: u32, accessor: AccountId32, basis: PalletConsentAccessBasis }>;
      /**
       * A patient granted a consent.
       **/
      ConsentGranted: AugmentedEvent<ApiType, [consent: u64, patient: AccountId32, organization: u32], { consent: u64, patient: AccountId32, organization: u32 }>;
      /**
       * A patient revoked a consent; it no longer permits anything.
       **/
      ConsentRevoked: AugmentedEvent<ApiType, [consent: u64, patient: AccountId32, organization: u32], { consent: u64, patient: AccountId32, organization: u32 }>;
      /**
       * `by`, a member of `holder`, recorded the read it served to another organization's
       * member on their signed disclosure request `request` (its hash); the entry itself is
       * announced by the [`Event::AccessRecorded`] before this event.
       **/
      Disclosed: AugmentedEvent<ApiType, [request: H256, holder: u32, by: AccountId32], { request: H256, holder: u32, by: AccountId32 }>;
      /**
       * A clinician opened an emergency access to `patient`'s data, readable until
       * `expires_at`. The patient's notification; the coded reason is in the stored access.
       **/
      EmergencyAccessOpened: AugmentedEvent<ApiType, [emergency: u64, patient: AccountId32, organization: u32, clinician: AccountId32, expiresAt: u64], { emergency: u64, patient: AccountId32, organization: u32, clinician: AccountId32, expiresAt: u64 }>;
      /**
       * The privacy officer reviewed an emergency access; `slashed` is the clinician's deposit
       * burnt for a `Misuse` verdict (zero when justified, the deposit returned).
       **/
      EmergencyAccessReviewed: AugmentedEvent<ApiType, [emergency: u64, patient: AccountId32, organization: u32, officer: AccountId32, verdict: PalletConsentReviewVerdict, slashed: u128], { emergency: u64, patient: AccountId32, organization: u32, officer: AccountId32, verdict: PalletConsentReviewVerdict, slashed: u128 }>;
      /**
       * `guardian` now manages `patient`'s consents (`None`: nobody does), set by `by`.
       **/
      GuardianSet: AugmentedEvent<ApiType, [patient: AccountId32, guardian: Option<AccountId32>, by: AccountId32], { patient: AccountId32, guardian: Option<AccountId32>, by: AccountId32 }>;
      /**
       * A member onboarded a patient, whose account now exists without tokens.
       **/
      PatientRegistered: AugmentedEvent<ApiType, [patient: AccountId32, organization: u32, by: AccountId32], { patient: AccountId32, organization: u32, by: AccountId32 }>;
    };
    consortiumNodes: {
      /**
       * The node `peer_id` of `organization` may peer from the block in which this is
       * finalized.
       **/
      NodeAuthorized: AugmentedEvent<ApiType, [peerId: Bytes, organization: u32], { peerId: Bytes, organization: u32 }>;
      /**
       * The node `peer_id` of `organization` is refused from the block in which this is
       * finalized.
       **/
      NodeDeauthorized: AugmentedEvent<ApiType, [peerId: Bytes, organization: u32], { peerId: Bytes, organization: u32 }>;
    };
    council: {
      /**
       * A motion was approved by the required threshold.
       **/
      Approved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A proposal was closed because its threshold was reached or after its duration was up.
       **/
      Closed: AugmentedEvent<ApiType, [proposalHash: H256, yes: u32, no: u32], { proposalHash: H256, yes: u32, no: u32 }>;
      /**
       * A motion was not approved by the required threshold.
       **/
      Disapproved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A motion was executed; result will be `Ok` if it returned without error.
       **/
      Executed: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A proposal was killed.
       **/
      Killed: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A single member did some action; result will be `Ok` if it returned without error.
       **/
      MemberExecuted: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * Some cost for storing a proposal was burned.
       **/
      ProposalCostBurned: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * Some cost for storing a proposal was released.
       **/
      ProposalCostReleased: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * A motion (given hash) has been proposed (by given account) with a threshold (given
       * `MemberCount`).
       **/
      Proposed: AugmentedEvent<ApiType, [account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32], { account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32 }>;
      /**
       * A motion (given hash) has been voted on by given account, leaving
       * a tally (yes votes and no votes given respectively as `MemberCount`).
       **/
      Voted: AugmentedEvent<ApiType, [account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32], { account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32 }>;
    };
    councilMembership: {
      /**
       * Phantom member, never used.
       **/
      Dummy: AugmentedEvent<ApiType, []>;
      /**
       * One of the members' keys changed.
       **/
      KeyChanged: AugmentedEvent<ApiType, []>;
      /**
       * The given member was added; see the transaction for who.
       **/
      MemberAdded: AugmentedEvent<ApiType, []>;
      /**
       * The given member was removed; see the transaction for who.
       **/
      MemberRemoved: AugmentedEvent<ApiType, []>;
      /**
       * The membership was reset; see the transaction for who the new set is.
       **/
      MembersReset: AugmentedEvent<ApiType, []>;
      /**
       * Two members were swapped; see the transaction for who.
       **/
      MembersSwapped: AugmentedEvent<ApiType, []>;
    };
    grandpa: {
      /**
       * New authority set has been applied.
       **/
      NewAuthorities: AugmentedEvent<ApiType, [authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>], { authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>> }>;
      /**
       * Current authority set has been paused.
       **/
      Paused: AugmentedEvent<ApiType, []>;
      /**
       * Current authority set has been resumed.
       **/
      Resumed: AugmentedEvent<ApiType, []>;
    };
    multisig: {
      /**
       * The deposit for a multisig operation has been updated/poked.
       **/
      DepositPoked: AugmentedEvent<ApiType, [who: AccountId32, callHash: U8aFixed, oldDeposit: u128, newDeposit: u128], { who: AccountId32, callHash: U8aFixed, oldDeposit: u128, newDeposit: u128 }>;
      /**
       * A multisig operation has been approved by someone.
       **/
      MultisigApproval: AugmentedEvent<ApiType, [approving: AccountId32, timepoint: PalletMultisigTimepoint, multisig: AccountId32, callHash: U8aFixed], { approving: AccountId32, timepoint: PalletMultisigTimepoint, multisig: AccountId32, callHash: U8aFixed }>;
      /**
       * A multisig operation has been cancelled.
       **/
      MultisigCancelled: AugmentedEvent<ApiType, [cancelling: AccountId32, timepoint: PalletMultisigTimepoint, multisig: AccountId32, callHash: U8aFixed], { cancelling: AccountId32, timepoint: PalletMultisigTimepoint, multisig: AccountId32, callHash: U8aFixed }>;
      /**
       * A multisig operation has been executed.
       **/
      MultisigExecuted: AugmentedEvent<ApiType, [approving: AccountId32, timepoint: PalletMultisigTimepoint, multisig: AccountId32, callHash: U8aFixed, result: Result<Null, SpRuntimeDispatchError>], { approving: AccountId32, timepoint: PalletMultisigTimepoint, multisig: AccountId32, callHash: U8aFixed, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A new multisig operation has begun.
       **/
      NewMultisig: AugmentedEvent<ApiType, [approving: AccountId32, multisig: AccountId32, callHash: U8aFixed], { approving: AccountId32, multisig: AccountId32, callHash: U8aFixed }>;
    };
    organizations: {
      /**
       * An organization has a new admin account.
       **/
      AdminChanged: AugmentedEvent<ApiType, [organization: u32, admin: AccountId32], { organization: u32, admin: AccountId32 }>;
      /**
       * The organization's gateway endpoint changed (`None`: it has none).
       **/
      EndpointSet: AugmentedEvent<ApiType, [organization: u32, endpoint: Option<Bytes>], { organization: u32, endpoint: Option<Bytes> }>;
      /**
       * A member was added.
       **/
      MemberAdded: AugmentedEvent<ApiType, [organization: u32, who: AccountId32, roles: u8, expiresAt: Option<u64>], { organization: u32, who: AccountId32, roles: u8, expiresAt: Option<u64> }>;
      /**
       * A member was removed (by an admin, by governance or by leaving).
       **/
      MemberRemoved: AugmentedEvent<ApiType, [organization: u32, who: AccountId32], { organization: u32, who: AccountId32 }>;
      /**
       * A member's roles or expiry changed.
       **/
      MemberUpdated: AugmentedEvent<ApiType, [organization: u32, who: AccountId32, roles: u8, expiresAt: Option<u64>], { organization: u32, who: AccountId32, roles: u8, expiresAt: Option<u64> }>;
      /**
       * An organization's metadata hash changed.
       **/
      MetadataUpdated: AugmentedEvent<ApiType, [organization: u32, metadataHash: H256], { organization: u32, metadataHash: H256 }>;
      /**
       * An organization was registered.
       **/
      OrganizationRegistered: AugmentedEvent<ApiType, [organization: u32, kind: HealthchainPrimitivesOrganizationsOrganizationKind, admin: AccountId32, account: AccountId32], { organization: u32, kind: HealthchainPrimitivesOrganizationsOrganizationKind, admin: AccountId32, account: AccountId32 }>;
      /**
       * A suspended organization was reinstated.
       **/
      OrganizationReinstated: AugmentedEvent<ApiType, [organization: u32], { organization: u32 }>;
      /**
       * An organization was removed and its deposit released.
       **/
      OrganizationRemoved: AugmentedEvent<ApiType, [organization: u32], { organization: u32 }>;
      /**
       * An organization was suspended: its members cannot act for it.
       **/
      OrganizationSuspended: AugmentedEvent<ApiType, [organization: u32], { organization: u32 }>;
      /**
       * The organization's admin named the account it is paid to (`None`: its own account).
       **/
      PayoutAccountSet: AugmentedEvent<ApiType, [organization: u32, payout: Option<AccountId32>], { organization: u32, payout: Option<AccountId32> }>;
      /**
       * The organization's admin paid `amount` from the organization's account to `to`.
       **/
      Spent: AugmentedEvent<ApiType, [organization: u32, to: AccountId32, amount: u128], { organization: u32, to: AccountId32, amount: u128 }>;
    };
    preimage: {
      /**
       * A preimage has ben cleared.
       **/
      Cleared: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * A preimage has been noted.
       **/
      Noted: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * A preimage has been requested.
       **/
      Requested: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
    };
    proxy: {
      /**
       * An announcement was placed to make a call in the future.
       **/
      Announced: AugmentedEvent<ApiType, [real: AccountId32, proxy: AccountId32, callHash: H256], { real: AccountId32, proxy: AccountId32, callHash: H256 }>;
      /**
       * A deposit stored for proxies or announcements was poked / updated.
       **/
      DepositPoked: AugmentedEvent<ApiType, [who: AccountId32, kind: PalletProxyDepositKind, oldDeposit: u128, newDeposit: u128], { who: AccountId32, kind: PalletProxyDepositKind, oldDeposit: u128, newDeposit: u128 }>;
      /**
       * A proxy was added.
       **/
      ProxyAdded: AugmentedEvent<ApiType, [delegator: AccountId32, delegatee: AccountId32, proxyType: HealthchainRuntimeConfigsProxyType, delay: u32], { delegator: AccountId32, delegatee: AccountId32, proxyType: HealthchainRuntimeConfigsProxyType, delay: u32 }>;
      /**
       * A proxy was executed correctly, with the given.
       **/
      ProxyExecuted: AugmentedEvent<ApiType, [result: Result<Null, SpRuntimeDispatchError>], { result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A proxy was removed.
       **/
      ProxyRemoved: AugmentedEvent<ApiType, [delegator: AccountId32, delegatee: AccountId32, proxyType: HealthchainRuntimeConfigsProxyType, delay: u32], { delegator: AccountId32, delegatee: AccountId32, proxyType: HealthchainRuntimeConfigsProxyType, delay: u32 }>;
      /**
       * A pure account has been created by new proxy with given
       * disambiguation index and proxy type.
       **/
      PureCreated: AugmentedEvent<ApiType, [pure: AccountId32, who: AccountId32, proxyType: HealthchainRuntimeConfigsProxyType, disambiguationIndex: u16, at: u32, extrinsicIndex: u32], { pure: AccountId32, who: AccountId32, proxyType: HealthchainRuntimeConfigsProxyType, disambiguationIndex: u16, at: u32, extrinsicIndex: u32 }>;
      /**
       * A pure proxy was killed by its spawner.
       **/
      PureKilled: AugmentedEvent<ApiType, [pure: AccountId32, spawner: AccountId32, proxyType: HealthchainRuntimeConfigsProxyType, disambiguationIndex: u16], { pure: AccountId32, spawner: AccountId32, proxyType: HealthchainRuntimeConfigsProxyType, disambiguationIndex: u16 }>;
    };
    records: {
      /**
       * A batch root was anchored (its scope is read from [`Batches`]: events name no patient
       * or category).
       **/
      BatchAnchored: AugmentedEvent<ApiType, [batch: u64, organization: u32, root: H256, leafCount: u32], { batch: u64, organization: u32, root: H256, leafCount: u32 }>;
      /**
       * A record version was anchored (`previous` is the version it amends).
       **/
      RecordAnchored: AugmentedEvent<ApiType, [record: u64, patient: AccountId32, organization: Option<u32>, commitment: H256, version: u32, previous: Option<u64>], { record: u64, patient: AccountId32, organization: Option<u32>, commitment: H256, version: u32, previous: Option<u64> }>;
      /**
       * A record version was marked as entered in error.
       **/
      RecordEnteredInError: AugmentedEvent<ApiType, [record: u64, patient: AccountId32], { record: u64, patient: AccountId32 }>;
      /**
       * The holder erased a record version (data and salt destroyed); a tombstone remains.
       **/
      RecordErased: AugmentedEvent<ApiType, [record: u64, patient: AccountId32, by: AccountId32], { record: u64, patient: AccountId32, by: AccountId32 }>;
    };
    research: {
      /**
       * A provider's attestation ended because the research consent it rested on was
       * revoked or lapsed.
       **/
      AttestationEnded: AugmentedEvent<ApiType, [study: u32, provider: u32, patient: AccountId32], { study: u32, provider: u32, patient: AccountId32 }>;
      /**
       * A data-holding provider attested a participant as its patient: they count towards k
       * for that provider.
       **/
      Attested: AugmentedEvent<ApiType, [study: u32, provider: u32, patient: AccountId32, cohort: u32], { study: u32, provider: u32, patient: AccountId32, cohort: u32 }>;
      /**
       * A participant claimed their share.
       **/
      CompensationClaimed: AugmentedEvent<ApiType, [study: u32, patient: AccountId32, amount: u128], { study: u32, patient: AccountId32, amount: u128 }>;
      /**
       * A researcher accessed a granted dataset; `index` counts the grant's accesses from 0.
       **/
      DataAccessed: AugmentedEvent<ApiType, [grant: u64, researcher: AccountId32, index: u32], { grant: u64, researcher: AccountId32, index: u32 }>;
      /**
       * A provider granted a study a dataset.
       **/
      DataGranted: AugmentedEvent<ApiType, [grant: u64, study: u32, provider: u32], { grant: u64, study: u32, provider: u32 }>;
      /**
       * A provider revoked a grant.
       **/
      GrantRevoked: AugmentedEvent<ApiType, [grant: u64], { grant: u64 }>;
      /**
       * A patient joined a study (or re-consented to its current version).
       **/
      Joined: AugmentedEvent<ApiType, [study: u32, patient: AccountId32, version: u32, basis: PalletResearchBasis, cohort: u32], { study: u32, patient: AccountId32, version: u32, basis: PalletResearchBasis, cohort: u32 }>;
      /**
       * Governance set the consortium's minimum k.
       **/
      MinCohortFloorSet: AugmentedEvent<ApiType, [k: u32], { k: u32 }>;
      /**
       * A participation ended because the consent it rested on was revoked or lapsed.
       **/
      ParticipationEnded: AugmentedEvent<ApiType, [study: u32, patient: AccountId32, cohort: u32], { study: u32, patient: AccountId32, cohort: u32 }>;
      /**
       * Funds went into a study's compensation pool.
       **/
      PoolFunded: AugmentedEvent<ApiType, [study: u32, amount: u128], { study: u32, amount: u128 }>;
      /**
       * The funder took back what participants can no longer claim.
       **/
      PoolReclaimed: AugmentedEvent<ApiType, [study: u32, amount: u128], { study: u32, amount: u128 }>;
      /**
       * The protocol was amended: a new version; earlier consents stop counting.
       **/
      ProtocolAmended: AugmentedEvent<ApiType, [study: u32, version: u32, protocolHash: H256], { study: u32, version: u32, protocolHash: H256 }>;
      /**
       * A patient set (`active`) or cleared their broad research consent profile. The profile
       * itself (DUO codes, disease-specific ones included) is not in the event: events stay in
       * the blocks forever, the profile is in state while it is set.
       **/
      ResearchProfileSet: AugmentedEvent<ApiType, [patient: AccountId32, active: bool], { patient: AccountId32, active: bool }>;
      /**
       * An ethics committee decided a study.
       **/
      StudyDecided: AugmentedEvent<ApiType, [study: u32, committee: u32, status: PalletResearchStudyStatus], { study: u32, committee: u32, status: PalletResearchStudyStatus }>;
      /**
       * A study was registered (status Proposed).
       **/
      StudyRegistered: AugmentedEvent<ApiType, [study: u32, institution: u32], { study: u32, institution: u32 }>;
      /**
       * A study's status changed (activated, closed).
       **/
      StudyStatusChanged: AugmentedEvent<ApiType, [study: u32, status: PalletResearchStudyStatus], { study: u32, status: PalletResearchStudyStatus }>;
      /**
       * A patient withdrew from a study (only they can join it again).
       **/
      Withdrew: AugmentedEvent<ApiType, [study: u32, patient: AccountId32, cohort: u32], { study: u32, patient: AccountId32, cohort: u32 }>;
    };
    session: {
      /**
       * The `NewSession` event in the current block also implies a new validator set to be
       * queued.
       **/
      NewQueued: AugmentedEvent<ApiType, []>;
      /**
       * New session has happened. Note that the argument is the session index, not the
       * block number as the type might suggest.
       **/
      NewSession: AugmentedEvent<ApiType, [sessionIndex: u32], { sessionIndex: u32 }>;
      /**
       * Validator has been disabled.
       **/
      ValidatorDisabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * Validator has been re-enabled.
       **/
      ValidatorReenabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
    };
    skipFeelessPayment: {
      /**
       * A transaction fee was skipped.
       **/
      FeeSkipped: AugmentedEvent<ApiType, [origin: HealthchainRuntimeOriginCaller], { origin: HealthchainRuntimeOriginCaller }>;
    };
    sudo: {
      /**
       * The sudo key has been updated.
       **/
      KeyChanged: AugmentedEvent<ApiType, [old: Option<AccountId32>, new_: AccountId32], { old: Option<AccountId32>, new_: AccountId32 }>;
      /**
       * The key was permanently removed.
       **/
      KeyRemoved: AugmentedEvent<ApiType, []>;
      /**
       * A sudo call just took place.
       **/
      Sudid: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A [sudo_as](Pallet::sudo_as) call just took place.
       **/
      SudoAsDone: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
    };
    system: {
      /**
       * `:code` was updated to the code with the given hash.
       **/
      CodeUpdated: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * An extrinsic failed.
       **/
      ExtrinsicFailed: AugmentedEvent<ApiType, [dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo], { dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An extrinsic completed successfully.
       **/
      ExtrinsicSuccess: AugmentedEvent<ApiType, [dispatchInfo: FrameSystemDispatchEventInfo], { dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An account was reaped.
       **/
      KilledAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * A new account was created.
       **/
      NewAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * An invalid authorized upgrade was rejected while trying to apply it.
       **/
      RejectedInvalidAuthorizedUpgrade: AugmentedEvent<ApiType, [codeHash: H256, error: SpRuntimeDispatchError], { codeHash: H256, error: SpRuntimeDispatchError }>;
      /**
       * On on-chain remark happened.
       **/
      Remarked: AugmentedEvent<ApiType, [sender: AccountId32, hash_: H256], { sender: AccountId32, hash_: H256 }>;
      /**
       * An upgrade was authorized.
       **/
      UpgradeAuthorized: AugmentedEvent<ApiType, [codeHash: H256, checkVersion: bool], { codeHash: H256, checkVersion: bool }>;
    };
    transactionPayment: {
      /**
       * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
       * has been paid by `who`.
       **/
      TransactionFeePaid: AugmentedEvent<ApiType, [who: AccountId32, actualFee: u128, tip: u128], { who: AccountId32, actualFee: u128, tip: u128 }>;
    };
    utility: {
      /**
       * Batch of dispatches completed fully with no error.
       **/
      BatchCompleted: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches completed but has errors.
       **/
      BatchCompletedWithErrors: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches did not complete fully. Index of first failing dispatch given, as
       * well as the error.
       **/
      BatchInterrupted: AugmentedEvent<ApiType, [index: u32, error: SpRuntimeDispatchError], { index: u32, error: SpRuntimeDispatchError }>;
      /**
       * A call was dispatched.
       **/
      DispatchedAs: AugmentedEvent<ApiType, [result: Result<Null, SpRuntimeDispatchError>], { result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * The fallback call was dispatched.
       **/
      IfElseFallbackCalled: AugmentedEvent<ApiType, [mainError: SpRuntimeDispatchError], { mainError: SpRuntimeDispatchError }>;
      /**
       * Main call was dispatched.
       **/
      IfElseMainSuccess: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with no error.
       **/
      ItemCompleted: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with error.
       **/
      ItemFailed: AugmentedEvent<ApiType, [error: SpRuntimeDispatchError], { error: SpRuntimeDispatchError }>;
    };
    validatorSet: {
      /**
       * `who` was admitted; it validates from the session after next.
       **/
      ValidatorAdded: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * `who` was removed; it stops validating from the session after next.
       **/
      ValidatorRemoved: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
    };
    whitelist: {
      CallWhitelisted: AugmentedEvent<ApiType, [callHash: H256], { callHash: H256 }>;
      /**
       * A relayer (signed origin) executed a deferred dispatch.
       * 
       * Emitted whenever the deferred entry is consumed by a relayer, regardless of whether the
       * inner call itself succeeded; the inner call's outcome is reported separately by
       * [`Event::WhitelistedCallDispatched`].
       **/
      DeferredDispatchExecuted: AugmentedEvent<ApiType, [callHash: H256, who: AccountId32], { callHash: H256, who: AccountId32 }>;
      /**
       * A deferred dispatch entry has been removed after expiration.
       **/
      DeferredDispatchRemoved: AugmentedEvent<ApiType, [callHash: H256], { callHash: H256 }>;
      /**
       * A call dispatch has been deferred to a future provided block.
       **/
      DispatchDeferred: AugmentedEvent<ApiType, [callHash: H256], { callHash: H256 }>;
      WhitelistedCallDispatched: AugmentedEvent<ApiType, [callHash: H256, result: Result<FrameSupportDispatchPostDispatchInfo, SpRuntimeDispatchErrorWithPostInfo>], { callHash: H256, result: Result<FrameSupportDispatchPostDispatchInfo, SpRuntimeDispatchErrorWithPostInfo> }>;
      WhitelistedCallRemoved: AugmentedEvent<ApiType, [callHash: H256], { callHash: H256 }>;
    };
  } // AugmentedEvents
} // declare module
