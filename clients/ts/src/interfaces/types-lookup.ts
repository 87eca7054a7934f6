// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/types/lookup';

import type { BTreeMap, Bytes, Compact, Enum, Null, Option, Result, Struct, Text, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H256, MultiAddress, Permill } from '@polkadot/types/interfaces/runtime';
import type { Event } from '@polkadot/types/interfaces/system';

declare module '@polkadot/types/lookup' {
  /** @name FrameSystemCall (9) */
  interface FrameSystemCall extends Enum {
    readonly isRemark: boolean;
    readonly asRemark: {
      readonly remark: Bytes;
    } & Struct;
    readonly isSetHeapPages: boolean;
    readonly asSetHeapPages: {
      readonly pages: u64;
    } & Struct;
    readonly isSetCode: boolean;
    readonly asSetCode: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetCodeWithoutChecks: boolean;
    readonly asSetCodeWithoutChecks: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetStorage: boolean;
    readonly asSetStorage: {
      readonly items: Vec<ITuple<[Bytes, Bytes]>>;
    } & Struct;
    readonly isKillStorage: boolean;
    readonly asKillStorage: {
      readonly keys_: Vec<Bytes>;
    } & Struct;
    readonly isKillPrefix: boolean;
    readonly asKillPrefix: {
      readonly prefix: Bytes;
      readonly subkeys: u32;
    } & Struct;
    readonly isRemarkWithEvent: boolean;
    readonly asRemarkWithEvent: {
      readonly remark: Bytes;
    } & Struct;
    readonly isAuthorizeUpgrade: boolean;
    readonly asAuthorizeUpgrade: {
      readonly codeHash: H256;
    } & Struct;
    readonly isAuthorizeUpgradeWithoutChecks: boolean;
    readonly asAuthorizeUpgradeWithoutChecks: {
      readonly codeHash: H256;
    } & Struct;
    readonly isApplyAuthorizedUpgrade: boolean;
    readonly asApplyAuthorizedUpgrade: {
      readonly code: Bytes;
    } & Struct;
    readonly type: 'Remark' | 'SetHeapPages' | 'SetCode' | 'SetCodeWithoutChecks' | 'SetStorage' | 'KillStorage' | 'KillPrefix' | 'RemarkWithEvent' | 'AuthorizeUpgrade' | 'AuthorizeUpgradeWithoutChecks' | 'ApplyAuthorizedUpgrade';
  }

  /** @name PalletTimestampCall (16) */
  interface PalletTimestampCall extends Enum {
    readonly isSet: boolean;
    readonly asSet: {
      readonly now: Compact<u64>;
    } & Struct;
    readonly type: 'Set';
  }

  /** @name PalletGrandpaCall (18) */
  interface PalletGrandpaCall extends Enum {
    readonly isReportEquivocation: boolean;
    readonly asReportEquivocation: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isReportEquivocationUnsigned: boolean;
    readonly asReportEquivocationUnsigned: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isNoteStalled: boolean;
    readonly asNoteStalled: {
      readonly delay: u32;
      readonly bestFinalizedBlockNumber: u32;
    } & Struct;
    readonly type: 'ReportEquivocation' | 'ReportEquivocationUnsigned' | 'NoteStalled';
  }

  /** @name SpConsensusGrandpaEquivocationProof (19) */
  interface SpConsensusGrandpaEquivocationProof extends Struct {
    readonly setId: u64;
    readonly equivocation: SpConsensusGrandpaEquivocation;
  }

  /** @name SpConsensusGrandpaEquivocation (20) */
  interface SpConsensusGrandpaEquivocation extends Enum {
    readonly isPrevote: boolean;
    readonly asPrevote: FinalityGrandpaEquivocationPrevote;
    readonly isPrecommit: boolean;
    readonly asPrecommit: FinalityGrandpaEquivocationPrecommit;
    readonly type: 'Prevote' | 'Precommit';
  }

  /** @name FinalityGrandpaEquivocationPrevote (21) */
  interface FinalityGrandpaEquivocationPrevote extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
  }

  /** @name SpConsensusGrandpaAppPublic (22) */
  interface SpConsensusGrandpaAppPublic extends U8aFixed {}

  /** @name FinalityGrandpaPrevote (23) */
  interface FinalityGrandpaPrevote extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpConsensusGrandpaAppSignature (24) */
  interface SpConsensusGrandpaAppSignature extends U8aFixed {}

  /** @name FinalityGrandpaEquivocationPrecommit (27) */
  interface FinalityGrandpaEquivocationPrecommit extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
  }

  /** @name FinalityGrandpaPrecommit (28) */
  interface FinalityGrandpaPrecommit extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpCoreVoid (30) */
  type SpCoreVoid = Null;

  /** @name PalletSessionCall (31) */
  interface PalletSessionCall extends Enum {
    readonly isSetKeys: boolean;
    readonly asSetKeys: {
      readonly keys_: HealthchainRuntimeOpaqueSessionKeys;
      readonly proof: Bytes;
    } & Struct;
    readonly isPurgeKeys: boolean;
    readonly type: 'SetKeys' | 'PurgeKeys';
  }

  /** @name HealthchainRuntimeOpaqueSessionKeys (32) */
  interface HealthchainRuntimeOpaqueSessionKeys extends Struct {
    readonly aura: SpConsensusAuraSr25519AppSr25519Public;
    readonly grandpa: SpConsensusGrandpaAppPublic;
  }

  /** @name SpConsensusAuraSr25519AppSr25519Public (33) */
  interface SpConsensusAuraSr25519AppSr25519Public extends U8aFixed {}

  /** @name PalletValidatorSetCall (34) */
  interface PalletValidatorSetCall extends Enum {
    readonly isAddValidator: boolean;
    readonly asAddValidator: {
      readonly who: AccountId32;
    } & Struct;
    readonly isRemoveValidator: boolean;
    readonly asRemoveValidator: {
      readonly who: AccountId32;
    } & Struct;
    readonly type: 'AddValidator' | 'RemoveValidator';
  }

  /** @name PalletConsortiumNodesCall (35) */
  interface PalletConsortiumNodesCall extends Enum {
    readonly isAuthorizeNode: boolean;
    readonly asAuthorizeNode: {
      readonly peerId: Bytes;
      readonly organization: u32;
    } & Struct;
    readonly isDeauthorizeNode: boolean;
    readonly asDeauthorizeNode: {
      readonly peerId: Bytes;
    } & Struct;
    readonly type: 'AuthorizeNode' | 'DeauthorizeNode';
  }

  /** @name PalletBalancesCall (38) */
  interface PalletBalancesCall extends Enum {
    readonly isTransferAllowDeath: boolean;
    readonly asTransferAllowDeath: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isForceTransfer: boolean;
    readonly asForceTransfer: {
      readonly source: MultiAddress;
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferKeepAlive: boolean;
    readonly asTransferKeepAlive: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferAll: boolean;
    readonly asTransferAll: {
      readonly dest: MultiAddress;
      readonly keepAlive: bool;
    } & Struct;
    readonly isForceUnreserve: boolean;
    readonly asForceUnreserve: {
      readonly who: MultiAddress;
      readonly amount: u128;
    } & Struct;
    readonly isUpgradeAccounts: boolean;
    readonly asUpgradeAccounts: {
      readonly who: Vec<AccountId32>;
    } & Struct;
    readonly isForceSetBalance: boolean;
    readonly asForceSetBalance: {
      readonly who: MultiAddress;
      readonly newFree: Compact<u128>;
    } & Struct;
    readonly isForceAdjustTotalIssuance: boolean;
    readonly asForceAdjustTotalIssuance: {
      readonly direction: PalletBalancesAdjustmentDirection;
      readonly delta: Compact<u128>;
    } & Struct;
    readonly isBurn: boolean;
    readonly asBurn: {
      readonly value: Compact<u128>;
      readonly keepAlive: bool;
    } & Struct;
    readonly type: 'TransferAllowDeath' | 'ForceTransfer' | 'TransferKeepAlive' | 'TransferAll' | 'ForceUnreserve' | 'UpgradeAccounts' | 'ForceSetBalance' | 'ForceAdjustTotalIssuance' | 'Burn';
  }

  /** @name PalletBalancesAdjustmentDirection (43) */
  interface PalletBalancesAdjustmentDirection extends Enum {
    readonly isIncrease: boolean;
    readonly isDecrease: boolean;
    readonly type: 'Increase' | 'Decrease';
  }

  /** @name PalletUtilityCall (44) */
  interface PalletUtilityCall extends Enum {
    readonly isBatch: boolean;
    readonly asBatch: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isAsDerivative: boolean;
    readonly asAsDerivative: {
      readonly index: u16;
      readonly call: Call;
    } & Struct;
    readonly isBatchAll: boolean;
    readonly asBatchAll: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isDispatchAs: boolean;
    readonly asDispatchAs: {
      readonly asOrigin: HealthchainRuntimeOriginCaller;
      readonly call: Call;
    } & Struct;
    readonly isForceBatch: boolean;
    readonly asForceBatch: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isWithWeight: boolean;
    readonly asWithWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isIfElse: boolean;
    readonly asIfElse: {
      readonly main: Call;
      readonly fallback: Call;
    } & Struct;
    readonly isDispatchAsFallible: boolean;
    readonly asDispatchAsFallible: {
      readonly asOrigin: HealthchainRuntimeOriginCaller;
      readonly call: Call;
    } & Struct;
    readonly type: 'Batch' | 'AsDerivative' | 'BatchAll' | 'DispatchAs' | 'ForceBatch' | 'WithWeight' | 'IfElse' | 'DispatchAsFallible';
  }

  /** @name HealthchainRuntimeOriginCaller (47) */
  interface HealthchainRuntimeOriginCaller extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSupportDispatchRawOrigin;
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveRawOrigin;
    readonly type: 'System' | 'Council';
  }

  /** @name FrameSupportDispatchRawOrigin (48) */
  interface FrameSupportDispatchRawOrigin extends Enum {
    readonly isRoot: boolean;
    readonly isSigned: boolean;
    readonly asSigned: AccountId32;
    readonly isNone: boolean;
    readonly isAuthorized: boolean;
    readonly type: 'Root' | 'Signed' | 'None' | 'Authorized';
  }

  /** @name PalletCollectiveRawOrigin (49) */
  interface PalletCollectiveRawOrigin extends Enum {
    readonly isMembers: boolean;
    readonly asMembers: ITuple<[u32, u32]>;
    readonly isMember: boolean;
    readonly asMember: AccountId32;
    readonly isPhantom: boolean;
    readonly type: 'Members' | 'Member' | 'Phantom';
  }

  /** @name SpWeightsWeightV2Weight (50) */
  interface SpWeightsWeightV2Weight extends Struct {
    readonly refTime: Compact<u64>;
    readonly proofSize: Compact<u64>;
  }

  /** @name PalletProxyCall (51) */
  interface PalletProxyCall extends Enum {
    readonly isProxy: boolean;
    readonly asProxy: {
      readonly real: MultiAddress;
      readonly forceProxyType: Option<HealthchainRuntimeConfigsProxyType>;
      readonly call: Call;
    } & Struct;
    readonly isAddProxy: boolean;
    readonly asAddProxy: {
      readonly delegate: MultiAddress;
      readonly proxyType: HealthchainRuntimeConfigsProxyType;
      readonly delay: u32;
    } & Struct;
    readonly isRemoveProxy: boolean;
    readonly asRemoveProxy: {
      readonly delegate: MultiAddress;
      readonly proxyType: HealthchainRuntimeConfigsProxyType;
      readonly delay: u32;
    } & Struct;
    readonly isRemoveProxies: boolean;
    readonly isCreatePure: boolean;
    readonly asCreatePure: {
      readonly proxyType: HealthchainRuntimeConfigsProxyType;
      readonly delay: u32;
      readonly index: u16;
    } & Struct;
    readonly isKillPure: boolean;
    readonly asKillPure: {
      readonly spawner: MultiAddress;
      readonly proxyType: HealthchainRuntimeConfigsProxyType;
      readonly index: u16;
      readonly height: Compact<u32>;
      readonly extIndex: Compact<u32>;
    } & Struct;
    readonly isAnnounce: boolean;
    readonly asAnnounce: {
      readonly real: MultiAddress;
      readonly callHash: H256;
    } & Struct;
    readonly isRemoveAnnouncement: boolean;
    readonly asRemoveAnnouncement: {
      readonly real: MultiAddress;
      readonly callHash: H256;
    } & Struct;
    readonly isRejectAnnouncement: boolean;
    readonly asRejectAnnouncement: {
      readonly delegate: MultiAddress;
      readonly callHash: H256;
    } & Struct;
    readonly isProxyAnnounced: boolean;
    readonly asProxyAnnounced: {
      readonly delegate: MultiAddress;
      readonly real: MultiAddress;
      readonly forceProxyType: Option<HealthchainRuntimeConfigsProxyType>;
      readonly call: Call;
    } & Struct;
    readonly isPokeDeposit: boolean;
    readonly type: 'Proxy' | 'AddProxy' | 'RemoveProxy' | 'RemoveProxies' | 'CreatePure' | 'KillPure' | 'Announce' | 'RemoveAnnouncement' | 'RejectAnnouncement' | 'ProxyAnnounced' | 'PokeDeposit';
  }

  /** @name HealthchainRuntimeConfigsProxyType (53) */
  interface HealthchainRuntimeConfigsProxyType extends Enum {
    readonly isAny: boolean;
    readonly isNonTransfer: boolean;
    readonly isCancelProxy: boolean;
    readonly isConsent: boolean;
    readonly type: 'Any' | 'NonTransfer' | 'CancelProxy' | 'Consent';
  }

  /** @name PalletMultisigCall (55) */
  interface PalletMultisigCall extends Enum {
    readonly isAsMultiThreshold1: boolean;
    readonly asAsMultiThreshold1: {
      readonly otherSignatories: Vec<AccountId32>;
      readonly call: Call;
    } & Struct;
    readonly isAsMulti: boolean;
    readonly asAsMulti: {
      readonly threshold: u16;
      readonly otherSignatories: Vec<AccountId32>;
      readonly maybeTimepoint: Option<PalletMultisigTimepoint>;
      readonly call: Call;
      readonly maxWeight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isApproveAsMulti: boolean;
    readonly asApproveAsMulti: {
      readonly threshold: u16;
      readonly otherSignatories: Vec<AccountId32>;
      readonly maybeTimepoint: Option<PalletMultisigTimepoint>;
      readonly callHash: U8aFixed;
      readonly maxWeight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isCancelAsMulti: boolean;
    readonly asCancelAsMulti: {
      readonly threshold: u16;
      readonly otherSignatories: Vec<AccountId32>;
      readonly timepoint: PalletMultisigTimepoint;
      readonly callHash: U8aFixed;
    } & Struct;
    readonly isPokeDeposit: boolean;
    readonly asPokeDeposit: {
      readonly threshold: u16;
      readonly otherSignatories: Vec<AccountId32>;
      readonly callHash: U8aFixed;
    } & Struct;
    readonly type: 'AsMultiThreshold1' | 'AsMulti' | 'ApproveAsMulti' | 'CancelAsMulti' | 'PokeDeposit';
  }

  /** @name PalletMultisigTimepoint (57) */
  interface PalletMultisigTimepoint extends Struct {
    readonly height: u32;
    readonly index: u32;
  }

  /** @name PalletSudoCall (58) */
  interface PalletSudoCall extends Enum {
    readonly isSudo: boolean;
    readonly asSudo: {
      readonly call: Call;
    } & Struct;
    readonly isSudoUncheckedWeight: boolean;
    readonly asSudoUncheckedWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isSetKey: boolean;
    readonly asSetKey: {
      readonly new_: MultiAddress;
    } & Struct;
    readonly isSudoAs: boolean;
    readonly asSudoAs: {
      readonly who: MultiAddress;
      readonly call: Call;
    } & Struct;
    readonly isRemoveKey: boolean;
    readonly type: 'Sudo' | 'SudoUncheckedWeight' | 'SetKey' | 'SudoAs' | 'RemoveKey';
  }

  /** @name PalletCollectiveCall (59) */
  interface PalletCollectiveCall extends Enum {
    readonly isSetMembers: boolean;
    readonly asSetMembers: {
      readonly newMembers: Vec<AccountId32>;
      readonly prime: Option<AccountId32>;
      readonly oldCount: u32;
    } & Struct;
    readonly isExecute: boolean;
    readonly asExecute: {
      readonly proposal: Call;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isPropose: boolean;
    readonly asPropose: {
      readonly threshold: Compact<u32>;
      readonly proposal: Call;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isVote: boolean;
    readonly asVote: {
      readonly proposal: H256;
      readonly index: Compact<u32>;
      readonly approve: bool;
    } & Struct;
    readonly isDisapproveProposal: boolean;
    readonly asDisapproveProposal: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isClose: boolean;
    readonly asClose: {
      readonly proposalHash: H256;
      readonly index: Compact<u32>;
      readonly proposalWeightBound: SpWeightsWeightV2Weight;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isKill: boolean;
    readonly asKill: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isReleaseProposalCost: boolean;
    readonly asReleaseProposalCost: {
      readonly proposalHash: H256;
    } & Struct;
    readonly type: 'SetMembers' | 'Execute' | 'Propose' | 'Vote' | 'DisapproveProposal' | 'Close' | 'Kill' | 'ReleaseProposalCost';
  }

  /** @name PalletMembershipCall (61) */
  interface PalletMembershipCall extends Enum {
    readonly isAddMember: boolean;
    readonly asAddMember: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isRemoveMember: boolean;
    readonly asRemoveMember: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isSwapMember: boolean;
    readonly asSwapMember: {
      readonly remove: MultiAddress;
      readonly add: MultiAddress;
    } & Struct;
    readonly isResetMembers: boolean;
    readonly asResetMembers: {
      readonly members: Vec<AccountId32>;
    } & Struct;
    readonly isChangeKey: boolean;
    readonly asChangeKey: {
      readonly new_: MultiAddress;
    } & Struct;
    readonly isSetPrime: boolean;
    readonly asSetPrime: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isClearPrime: boolean;
    readonly type: 'AddMember' | 'RemoveMember' | 'SwapMember' | 'ResetMembers' | 'ChangeKey' | 'SetPrime' | 'ClearPrime';
  }

  /** @name PalletPreimageCall (62) */
  interface PalletPreimageCall extends Enum {
    readonly isNotePreimage: boolean;
    readonly asNotePreimage: {
      readonly bytes: Bytes;
    } & Struct;
    readonly isUnnotePreimage: boolean;
    readonly asUnnotePreimage: {
      readonly hash_: H256;
    } & Struct;
    readonly isRequestPreimage: boolean;
    readonly asRequestPreimage: {
      readonly hash_: H256;
    } & Struct;
    readonly isUnrequestPreimage: boolean;
    readonly asUnrequestPreimage: {
      readonly hash_: H256;
    } & Struct;
    readonly isEnsureUpdated: boolean;
    readonly asEnsureUpdated: {
      readonly hashes: Vec<H256>;
    } & Struct;
    readonly type: 'NotePreimage' | 'UnnotePreimage' | 'RequestPreimage' | 'UnrequestPreimage' | 'EnsureUpdated';
  }

  /** @name PalletWhitelistCall (64) */
  interface PalletWhitelistCall extends Enum {
    readonly isWhitelistCall: boolean;
    readonly asWhitelistCall: {
      readonly callHash: H256;
    } & Struct;
    readonly isRemoveWhitelistedCall: boolean;
    readonly asRemoveWhitelistedCall: {
      readonly callHash: H256;
    } & Struct;
    readonly isDispatchWhitelistedCall: boolean;
    readonly asDispatchWhitelistedCall: {
      readonly callHash: H256;
      readonly callEncodedLen: u32;
      readonly callWeightWitness: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isDispatchWhitelistedCallWithPreimage: boolean;
    readonly asDispatchWhitelistedCallWithPreimage: {
      readonly call: Call;
    } & Struct;
    readonly isRemoveDeferredDispatch: boolean;
    readonly asRemoveDeferredDispatch: {
      readonly callHash: H256;
    } & Struct;
    readonly type: 'WhitelistCall' | 'RemoveWhitelistedCall' | 'DispatchWhitelistedCall' | 'DispatchWhitelistedCallWithPreimage' | 'RemoveDeferredDispatch';
  }

  /** @name PalletOrganizationsCall (65) */
  interface PalletOrganizationsCall extends Enum {
    readonly isRegisterOrganization: boolean;
    readonly asRegisterOrganization: {
      readonly kind: HealthchainPrimitivesOrganizationsOrganizationKind;
      readonly admin: AccountId32;
      readonly metadataHash: H256;
    } & Struct;
    readonly isSuspendOrganization: boolean;
    readonly asSuspendOrganization: {
      readonly organization: u32;
    } & Struct;
    readonly isReinstateOrganization: boolean;
    readonly asReinstateOrganization: {
      readonly organization: u32;
    } & Struct;
    readonly isRemoveOrganization: boolean;
    readonly asRemoveOrganization: {
      readonly organization: u32;
    } & Struct;
    readonly isSetAdmin: boolean;
    readonly asSetAdmin: {
      readonly organization: u32;
      readonly admin: AccountId32;
    } & Struct;
    readonly isSetMetadata: boolean;
    readonly asSetMetadata: {
      readonly organization: u32;
      readonly metadataHash: H256;
    } & Struct;
    readonly isAddMember: boolean;
    readonly asAddMember: {
      readonly organization: u32;
      readonly who: AccountId32;
      readonly roles: u8;
      readonly expiresAt: Option<u64>;
    } & Struct;
    readonly isUpdateMember: boolean;
    readonly asUpdateMember: {
      readonly organization: u32;
      readonly who: AccountId32;
      readonly roles: u8;
      readonly expiresAt: Option<u64>;
    } & Struct;
    readonly isRemoveMember: boolean;
    readonly asRemoveMember: {
      readonly organization: u32;
      readonly who: AccountId32;
    } & Struct;
    readonly isLeaveOrganization: boolean;
    readonly asLeaveOrganization: {
      readonly organization: u32;
    } & Struct;
    readonly isSpend: boolean;
    readonly asSpend: {
      readonly organization: u32;
      readonly dest: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isSetPayoutAccount: boolean;
    readonly asSetPayoutAccount: {
      readonly organization: u32;
      readonly payout: Option<AccountId32>;
    } & Struct;
    readonly isSetEndpoint: boolean;
    readonly asSetEndpoint: {
      readonly organization: u32;
      readonly endpoint: Option<Bytes>;
    } & Struct;
    readonly type: 'RegisterOrganization' | 'SuspendOrganization' | 'ReinstateOrganization' | 'RemoveOrganization' | 'SetAdmin' | 'SetMetadata' | 'AddMember' | 'UpdateMember' | 'RemoveMember' | 'LeaveOrganization' | 'Spend' | 'SetPayoutAccount' | 'SetEndpoint';
  }

  /** @name HealthchainPrimitivesOrganizationsOrganizationKind (66) */
  interface HealthchainPrimitivesOrganizationsOrganizationKind extends Enum {
    readonly isProvider: boolean;
    readonly isPayer: boolean;
    readonly isResearchInstitution: boolean;
    readonly isEthicsCommittee: boolean;
    readonly isRegulator: boolean;
    readonly type: 'Provider' | 'Payer' | 'ResearchInstitution' | 'EthicsCommittee' | 'Regulator';
  }

  /** @name PalletConsentCall (71) */
  interface PalletConsentCall extends Enum {
    readonly isGrantConsent: boolean;
    readonly asGrantConsent: {
      readonly organization: u32;
      readonly terms: PalletConsentConsentTerms;
    } & Struct;
    readonly isRevokeConsent: boolean;
    readonly asRevokeConsent: {
      readonly consent: u64;
    } & Struct;
    readonly isRecordAccess: boolean;
    readonly asRecordAccess: {
      readonly organization: u32;
      readonly patient: AccountId32;
      readonly purpose: HealthchainPrimitivesConsentPurpose;
      readonly category: HealthchainPrimitivesConsentDataCategory;
      readonly emergency: Option<u64>;
    } & Struct;
    readonly isOpenEmergencyAccess: boolean;
    readonly asOpenEmergencyAccess: {
      readonly organization: u32;
      readonly patient: AccountId32;
      readonly reason: PalletConsentEmergencyReason;
      readonly justification: H256;
    } & Struct;
    readonly isReviewEmergencyAccess: boolean;
    readonly asReviewEmergencyAccess: {
      readonly emergency: u64;
      readonly verdict: PalletConsentReviewVerdict;
      readonly reportHash: H256;
    } & Struct;
    readonly isRegisterPatient: boolean;
    readonly asRegisterPatient: {
      readonly organization: u32;
      readonly patient: AccountId32;
      readonly signature: SpRuntimeMultiSignature;
    } & Struct;
    readonly isPruneAccessLog: boolean;
    readonly asPruneAccessLog: {
      readonly patient: AccountId32;
      readonly max: u32;
    } & Struct;
    readonly isSetGuardian: boolean;
    readonly asSetGuardian: {
      readonly patient: AccountId32;
      readonly guardian: Option<AccountId32>;
    } & Struct;
    readonly isGrantConsentFor: boolean;
    readonly asGrantConsentFor: {
      readonly patient: AccountId32;
      readonly organization: u32;
      readonly terms: PalletConsentConsentTerms;
    } & Struct;
    readonly isRevokeConsentFor: boolean;
    readonly asRevokeConsentFor: {
      readonly patient: AccountId32;
      readonly consent: u64;
    } & Struct;
    readonly isRecordDisclosure: boolean;
    readonly asRecordDisclosure: {
      readonly request: PalletConsentDisclosureRequest;
      readonly signature: SpRuntimeMultiSignature;
    } & Struct;
    readonly type: 'GrantConsent' | 'RevokeConsent' | 'RecordAccess' | 'OpenEmergencyAccess' | 'ReviewEmergencyAccess' | 'RegisterPatient' | 'PruneAccessLog' | 'SetGuardian' | 'GrantConsentFor' | 'RevokeConsentFor' | 'RecordDisclosure';
  }

  /** @name PalletConsentConsentTerms (72) */
  interface PalletConsentConsentTerms extends Struct {
    readonly purposes: u8;
    readonly categories: u32;
    readonly actions: u8;
    readonly validFrom: Option<u64>;
    readonly validUntil: Option<u64>;
    readonly maxAccesses: Option<u32>;
    readonly eraseBy: Option<u64>;
    readonly documentHash: H256;
  }

  /** @name HealthchainPrimitivesConsentPurpose (77) */
  interface HealthchainPrimitivesConsentPurpose extends Enum {
    readonly isTreatment: boolean;
    readonly isEmergencyTreatment: boolean;
    readonly isPayment: boolean;
    readonly isOperations: boolean;
    readonly isResearch: boolean;
    readonly isPublicHealth: boolean;
    readonly type: 'Treatment' | 'EmergencyTreatment' | 'Payment' | 'Operations' | 'Research' | 'PublicHealth';
  }

  /** @name HealthchainPrimitivesConsentDataCategory (78) */
  interface HealthchainPrimitivesConsentDataCategory extends Enum {
    readonly isDemographics: boolean;
    readonly isConditions: boolean;
    readonly isMedications: boolean;
    readonly isAllergies: boolean;
    readonly isLabResults: boolean;
    readonly isImaging: boolean;
    readonly isClinicalNotes: boolean;
    readonly isImmunizations: boolean;
    readonly isProcedures: boolean;
    readonly isVitalSigns: boolean;
    readonly isGenomics: boolean;
    readonly isMentalHealth: boolean;
    readonly isSubstanceUse: boolean;
    readonly isSexualReproductiveHealth: boolean;
    readonly type: 'Demographics' | 'Conditions' | 'Medications' | 'Allergies' | 'LabResults' | 'Imaging' | 'ClinicalNotes' | 'Immunizations' | 'Procedures' | 'VitalSigns' | 'Genomics' | 'MentalHealth' | 'SubstanceUse' | 'SexualReproductiveHealth';
  }

  /** @name PalletConsentEmergencyReason (79) */
  interface PalletConsentEmergencyReason extends Enum {
    readonly isPatientIncapacitated: boolean;
    readonly isLifeThreatening: boolean;
    readonly isSeriousHarmRisk: boolean;
    readonly isOther: boolean;
    readonly type: 'PatientIncapacitated' | 'LifeThreatening' | 'SeriousHarmRisk' | 'Other';
  }

  /** @name PalletConsentReviewVerdict (80) */
  interface PalletConsentReviewVerdict extends Enum {
    readonly isJustified: boolean;
    readonly isMisuse: boolean;
    readonly type: 'Justified' | 'Misuse';
  }

  /** @name SpRuntimeMultiSignature (81) */
  interface SpRuntimeMultiSignature extends Enum {
    readonly isEd25519: boolean;
    readonly asEd25519: U8aFixed;
    readonly isSr25519: boolean;
    readonly asSr25519: U8aFixed;
    readonly isEcdsa: boolean;
    readonly asEcdsa: U8aFixed;
    readonly isEth: boolean;
    readonly asEth: U8aFixed;
    readonly type: 'Ed25519' | 'Sr25519' | 'Ecdsa' | 'Eth';
  }

  /** @name PalletConsentDisclosureRequest (83) */
  interface PalletConsentDisclosureRequest extends Struct {
    readonly holder: u32;
    readonly reader: AccountId32;
    readonly organization: u32;
    readonly patient: AccountId32;
    readonly purpose: HealthchainPrimitivesConsentPurpose;
    readonly category: HealthchainPrimitivesConsentDataCategory;
    readonly record: H256;
    readonly issuedAt: u64;
    readonly nonce: u64;
  }

  /** @name PalletRecordsCall (84) */
  interface PalletRecordsCall extends Enum {
    readonly isAnchorRecord: boolean;
    readonly asAnchorRecord: {
      readonly organization: u32;
      readonly patient: AccountId32;
      readonly purpose: HealthchainPrimitivesConsentPurpose;
      readonly category: HealthchainPrimitivesConsentDataCategory;
      readonly commitment: H256;
      readonly fhirType: Option<PalletRecordsFhirResourceType>;
    } & Struct;
    readonly isAnchorOwnRecord: boolean;
    readonly asAnchorOwnRecord: {
      readonly category: HealthchainPrimitivesConsentDataCategory;
      readonly commitment: H256;
      readonly fhirType: Option<PalletRecordsFhirResourceType>;
    } & Struct;
    readonly isAmendRecord: boolean;
    readonly asAmendRecord: {
      readonly record: u64;
      readonly commitment: H256;
      readonly fhirType: Option<PalletRecordsFhirResourceType>;
    } & Struct;
    readonly isMarkEnteredInError: boolean;
    readonly asMarkEnteredInError: {
      readonly record: u64;
    } & Struct;
    readonly isEraseRecord: boolean;
    readonly asEraseRecord: {
      readonly record: u64;
    } & Struct;
    readonly isAnchorBatch: boolean;
    readonly asAnchorBatch: {
      readonly organization: u32;
      readonly root: H256;
      readonly leafCount: u32;
      readonly scope: PalletRecordsBatchScope;
    } & Struct;
    readonly type: 'AnchorRecord' | 'AnchorOwnRecord' | 'AmendRecord' | 'MarkEnteredInError' | 'EraseRecord' | 'AnchorBatch';
  }

  /** @name PalletRecordsFhirResourceType (86) */
  interface PalletRecordsFhirResourceType extends Enum {
    readonly isObservation: boolean;
    readonly isCondition: boolean;
    readonly isMedicationRequest: boolean;
    readonly isMedicationStatement: boolean;
    readonly isAllergyIntolerance: boolean;
    readonly isDiagnosticReport: boolean;
    readonly isImagingStudy: boolean;
    readonly isProcedure: boolean;
    readonly isImmunization: boolean;
    readonly isEncounter: boolean;
    readonly isCarePlan: boolean;
    readonly isDocumentReference: boolean;
    readonly isBundle: boolean;
    readonly type: 'Observation' | 'Condition' | 'MedicationRequest' | 'MedicationStatement' | 'AllergyIntolerance' | 'DiagnosticReport' | 'ImagingStudy' | 'Procedure' | 'Immunization' | 'Encounter' | 'CarePlan' | 'DocumentReference' | 'Bundle';
  }

  /** @name PalletRecordsBatchScope (87) */
  interface PalletRecordsBatchScope extends Enum {
    readonly isAudit: boolean;
    readonly isRecords: boolean;
    readonly asRecords: {
      readonly patient: AccountId32;
      readonly purpose: HealthchainPrimitivesConsentPurpose;
      readonly category: HealthchainPrimitivesConsentDataCategory;
    } & Struct;
    readonly isUnattributed: boolean;
    readonly asUnattributed: {
      readonly category: HealthchainPrimitivesConsentDataCategory;
    } & Struct;
    readonly type: 'Audit' | 'Records' | 'Unattributed';
  }

  /** @name PalletClaimsCall (88) */
  interface PalletClaimsCall extends Enum {
    readonly isCreatePlan: boolean;
    readonly asCreatePlan: {
      readonly payer: u32;
      readonly terms: PalletClaimsPlanTerms;
    } & Struct;
    readonly isUpdatePlan: boolean;
    readonly asUpdatePlan: {
      readonly plan: u32;
      readonly terms: PalletClaimsPlanTerms;
    } & Struct;
    readonly isFundPlan: boolean;
    readonly asFundPlan: {
      readonly plan: u32;
      readonly amount: u128;
    } & Struct;
    readonly isWithdrawEscrow: boolean;
    readonly asWithdrawEscrow: {
      readonly plan: u32;
      readonly amount: u128;
    } & Struct;
    readonly isEnroll: boolean;
    readonly asEnroll: {
      readonly plan: u32;
    } & Struct;
    readonly isLeavePlan: boolean;
    readonly asLeavePlan: {
      readonly plan: u32;
    } & Struct;
    readonly isRequestPriorAuth: boolean;
    readonly asRequestPriorAuth: {
      readonly provider: u32;
      readonly plan: u32;
      readonly patient: AccountId32;
      readonly serviceCode: u32;
    } & Struct;
    readonly isDecidePriorAuth: boolean;
    readonly asDecidePriorAuth: {
      readonly id: u64;
      readonly approve: bool;
    } & Struct;
    readonly isSubmitClaim: boolean;
    readonly asSubmitClaim: {
      readonly provider: u32;
      readonly plan: u32;
      readonly patient: AccountId32;
      readonly evidence: Vec<u64>;
      readonly lines: Vec<PalletClaimsClaimLineInput>;
    } & Struct;
    readonly isReviewClaim: boolean;
    readonly asReviewClaim: {
      readonly claim: u64;
      readonly decision: PalletClaimsReviewDecision;
    } & Struct;
    readonly isAppealClaim: boolean;
    readonly asAppealClaim: {
      readonly claim: u64;
    } & Struct;
    readonly isArbitrateClaim: boolean;
    readonly asArbitrateClaim: {
      readonly claim: u64;
      readonly award: u128;
    } & Struct;
    readonly isDecideEnrollment: boolean;
    readonly asDecideEnrollment: {
      readonly plan: u32;
      readonly patient: AccountId32;
      readonly accept: bool;
    } & Struct;
    readonly isEndCoverage: boolean;
    readonly asEndCoverage: {
      readonly plan: u32;
      readonly patient: AccountId32;
    } & Struct;
    readonly isRemovePriorAuth: boolean;
    readonly asRemovePriorAuth: {
      readonly id: u64;
    } & Struct;
    readonly isAcceptDenial: boolean;
    readonly asAcceptDenial: {
      readonly claim: u64;
    } & Struct;
    readonly type: 'CreatePlan' | 'UpdatePlan' | 'FundPlan' | 'WithdrawEscrow' | 'Enroll' | 'LeavePlan' | 'RequestPriorAuth' | 'DecidePriorAuth' | 'SubmitClaim' | 'ReviewClaim' | 'AppealClaim' | 'ArbitrateClaim' | 'DecideEnrollment' | 'EndCoverage' | 'RemovePriorAuth' | 'AcceptDenial';
  }

  /** @name PalletClaimsPlanTerms (89) */
  interface PalletClaimsPlanTerms extends Struct {
    readonly rules: Vec<PalletClaimsCoverageRule>;
    readonly annualLimit: u128;
    readonly autoApproveUpTo: u128;
    readonly effectiveFrom: u64;
  }

  /** @name PalletClaimsCoverageRule (91) */
  interface PalletClaimsCoverageRule extends Struct {
    readonly serviceCode: u32;
    readonly covered: bool;
    readonly maxAllowed: u128;
    readonly patientShare: Permill;
    readonly priorAuthRequired: bool;
  }

  /** @name PalletClaimsClaimLineInput (97) */
  interface PalletClaimsClaimLineInput extends Struct {
    readonly serviceCode: u32;
    readonly amount: u128;
    readonly serviceDate: u64;
    readonly priorAuth: Option<u64>;
  }

  /** @name PalletClaimsReviewDecision (99) */
  interface PalletClaimsReviewDecision extends Enum {
    readonly isApprove: boolean;
    readonly isAdjust: boolean;
    readonly asAdjust: u128;
    readonly isDeny: boolean;
    readonly type: 'Approve' | 'Adjust' | 'Deny';
  }

  /** @name PalletResearchCall (100) */
  interface PalletResearchCall extends Enum {
    readonly isRegisterStudy: boolean;
    readonly asRegisterStudy: {
      readonly institution: u32;
      readonly terms: PalletResearchStudyTerms;
    } & Struct;
    readonly isDecideStudy: boolean;
    readonly asDecideStudy: {
      readonly study: u32;
      readonly committee: u32;
      readonly approve: bool;
    } & Struct;
    readonly isActivateStudy: boolean;
    readonly asActivateStudy: {
      readonly study: u32;
    } & Struct;
    readonly isAmendProtocol: boolean;
    readonly asAmendProtocol: {
      readonly study: u32;
      readonly protocolHash: H256;
    } & Struct;
    readonly isSetResearchProfile: boolean;
    readonly asSetResearchProfile: {
      readonly profile: Option<HealthchainPrimitivesDuoDataUse>;
    } & Struct;
    readonly isOptIn: boolean;
    readonly asOptIn: {
      readonly study: u32;
    } & Struct;
    readonly isJoinByBroadConsent: boolean;
    readonly asJoinByBroadConsent: {
      readonly study: u32;
      readonly patient: AccountId32;
    } & Struct;
    readonly isWithdraw: boolean;
    readonly asWithdraw: {
      readonly study: u32;
    } & Struct;
    readonly isGrantData: boolean;
    readonly asGrantData: {
      readonly study: u32;
      readonly provider: u32;
      readonly dataset: H256;
      readonly recordCount: u32;
      readonly expiresAt: u64;
    } & Struct;
    readonly isRevokeGrant: boolean;
    readonly asRevokeGrant: {
      readonly grant: u64;
    } & Struct;
    readonly isLogAccess: boolean;
    readonly asLogAccess: {
      readonly grant: u64;
    } & Struct;
    readonly isCloseStudy: boolean;
    readonly asCloseStudy: {
      readonly study: u32;
    } & Struct;
    readonly isFundPool: boolean;
    readonly asFundPool: {
      readonly study: u32;
      readonly amount: u128;
    } & Struct;
    readonly isClaimCompensation: boolean;
    readonly asClaimCompensation: {
      readonly study: u32;
    } & Struct;
    readonly isAttestParticipant: boolean;
    readonly asAttestParticipant: {
      readonly study: u32;
      readonly provider: u32;
      readonly patient: AccountId32;
    } & Struct;
    readonly isRecheckParticipant: boolean;
    readonly asRecheckParticipant: {
      readonly study: u32;
      readonly patient: AccountId32;
    } & Struct;
    readonly isReclaimPool: boolean;
    readonly asReclaimPool: {
      readonly study: u32;
    } & Struct;
    readonly isSetMinCohortFloor: boolean;
    readonly asSetMinCohortFloor: {
      readonly k: u32;
    } & Struct;
    readonly type: 'RegisterStudy' | 'DecideStudy' | 'ActivateStudy' | 'AmendProtocol' | 'SetResearchProfile' | 'OptIn' | 'JoinByBroadConsent' | 'Withdraw' | 'GrantData' | 'RevokeGrant' | 'LogAccess' | 'CloseStudy' | 'FundPool' | 'ClaimCompensation' | 'AttestParticipant' | 'RecheckParticipant' | 'ReclaimPool' | 'SetMinCohortFloor';
  }

  /** @name PalletResearchStudyTerms (101) */
  interface PalletResearchStudyTerms extends Struct {
    readonly protocolHash: H256;
    readonly dataUse: HealthchainPrimitivesDuoDataUse;
    readonly purpose: HealthchainPrimitivesDuoStudyPurpose;
    readonly categories: u32;
    readonly minCohort: u32;
    readonly endsAt: u64;
  }

  /** @name HealthchainPrimitivesDuoDataUse (102) */
  interface HealthchainPrimitivesDuoDataUse extends Struct {
    readonly permission: HealthchainPrimitivesDuoDuoPermission;
    readonly modifiers: u16;
    readonly timeLimit: Option<u64>;
  }

  /** @name HealthchainPrimitivesDuoDuoPermission (103) */
  interface HealthchainPrimitivesDuoDuoPermission extends Enum {
    readonly isGeneralResearchUse: boolean;
    readonly isHealthMedicalBiomedical: boolean;
    readonly isDiseaseSpecific: boolean;
    readonly asDiseaseSpecific: u32;
    readonly isPopulationOriginsAncestry: boolean;
    readonly isNoRestriction: boolean;
    readonly type: 'GeneralResearchUse' | 'HealthMedicalBiomedical' | 'DiseaseSpecific' | 'PopulationOriginsAncestry' | 'NoRestriction';
  }

  /** @name HealthchainPrimitivesDuoStudyPurpose (105) */
  interface HealthchainPrimitivesDuoStudyPurpose extends Struct {
    readonly commercial: bool;
    readonly forProfit: bool;
    readonly methodsResearch: bool;
  }

  /** @name FrameSystemExtensionsCheckNonZeroSender (107) */
  type FrameSystemExtensionsCheckNonZeroSender = Null;

  /** @name FrameSystemExtensionsCheckSpecVersion (108) */
  type FrameSystemExtensionsCheckSpecVersion = Null;

  /** @name FrameSystemExtensionsCheckTxVersion (109) */
  type FrameSystemExtensionsCheckTxVersion = Null;

  /** @name FrameSystemExtensionsCheckGenesis (110) */
  type FrameSystemExtensionsCheckGenesis = Null;

  /** @name FrameSystemExtensionsCheckNonce (113) */
  interface FrameSystemExtensionsCheckNonce extends Compact<u32> {}

  /** @name FrameSystemExtensionsCheckWeight (114) */
  type FrameSystemExtensionsCheckWeight = Null;

  /** @name PalletTransactionPaymentChargeTransactionPayment (115) */
  interface PalletTransactionPaymentChargeTransactionPayment extends Compact<u128> {}

  /** @name FrameMetadataHashExtensionCheckMetadataHash (116) */
  interface FrameMetadataHashExtensionCheckMetadataHash extends Struct {
    readonly mode: FrameMetadataHashExtensionMode;
  }

  /** @name FrameMetadataHashExtensionMode (117) */
  interface FrameMetadataHashExtensionMode extends Enum {
    readonly isDisabled: boolean;
    readonly isEnabled: boolean;
    readonly type: 'Disabled' | 'Enabled';
  }

  /** @name FrameSystemExtensionsWeightReclaim (119) */
  type FrameSystemExtensionsWeightReclaim = Null;

  /** @name FrameSystemAccountInfo (120) */
  interface FrameSystemAccountInfo extends Struct {
    readonly nonce: u32;
    readonly consumers: u32;
    readonly providers: u32;
    readonly sufficients: u32;
    readonly data: PalletBalancesAccountData;
  }

  /** @name PalletBalancesAccountData (121) */
  interface PalletBalancesAccountData extends Struct {
    readonly free: u128;
    readonly reserved: u128;
    readonly frozen: u128;
    readonly flags: u128;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeight (123) */
  interface FrameSupportDispatchPerDispatchClassWeight extends Struct {
    readonly normal: SpWeightsWeightV2Weight;
    readonly operational: SpWeightsWeightV2Weight;
    readonly mandatory: SpWeightsWeightV2Weight;
  }

  /** @name SpRuntimeDigest (124) */
  interface SpRuntimeDigest extends Struct {
    readonly logs: Vec<SpRuntimeDigestDigestItem>;
  }

  /** @name SpRuntimeDigestDigestItem (126) */
  interface SpRuntimeDigestDigestItem extends Enum {
    readonly isOther: boolean;
    readonly asOther: Bytes;
    readonly isConsensus: boolean;
    readonly asConsensus: ITuple<[U8aFixed, Bytes]>;
    readonly isSeal: boolean;
    readonly asSeal: ITuple<[U8aFixed, Bytes]>;
    readonly isPreRuntime: boolean;
    readonly asPreRuntime: ITuple<[U8aFixed, Bytes]>;
    readonly isRuntimeEnvironmentUpdated: boolean;
    readonly type: 'Other' | 'Consensus' | 'Seal' | 'PreRuntime' | 'RuntimeEnvironmentUpdated';
  }

  /** @name FrameSystemEventRecord (129) */
  interface FrameSystemEventRecord extends Struct {
    readonly phase: FrameSystemPhase;
    readonly event: Event;
    readonly topics: Vec<H256>;
  }

  /** @name FrameSystemEvent (131) */
  interface FrameSystemEvent extends Enum {
    readonly isExtrinsicSuccess: boolean;
    readonly asExtrinsicSuccess: {
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isExtrinsicFailed: boolean;
    readonly asExtrinsicFailed: {
      readonly dispatchError: SpRuntimeDispatchError;
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isCodeUpdated: boolean;
    readonly asCodeUpdated: {
      readonly hash_: H256;
    } & Struct;
    readonly isNewAccount: boolean;
    readonly asNewAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isKilledAccount: boolean;
    readonly asKilledAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isRemarked: boolean;
    readonly asRemarked: {
      readonly sender: AccountId32;
      readonly hash_: H256;
    } & Struct;
    readonly isUpgradeAuthorized: boolean;
    readonly asUpgradeAuthorized: {
      readonly codeHash: H256;
      readonly checkVersion: bool;
    } & Struct;
    readonly isRejectedInvalidAuthorizedUpgrade: boolean;
    readonly asRejectedInvalidAuthorizedUpgrade: {
      readonly codeHash: H256;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'ExtrinsicSuccess' | 'ExtrinsicFailed' | 'CodeUpdated' | 'NewAccount' | 'KilledAccount' | 'Remarked' | 'UpgradeAuthorized' | 'RejectedInvalidAuthorizedUpgrade';
  }

  /** @name FrameSystemDispatchEventInfo (132) */
  interface FrameSystemDispatchEventInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly paysFee: FrameSupportDispatchPays;
  }

  /** @name FrameSupportDispatchDispatchClass (133) */
  interface FrameSupportDispatchDispatchClass extends Enum {
    readonly isNormal: boolean;
    readonly isOperational: boolean;
    readonly isMandatory: boolean;
    readonly type: 'Normal' | 'Operational' | 'Mandatory';
  }

  /** @name FrameSupportDispatchPays (134) */
  interface FrameSupportDispatchPays extends Enum {
    readonly isYes: boolean;
    readonly isNo: boolean;
    readonly type: 'Yes' | 'No';
  }

  /** @name SpRuntimeDispatchError (135) */
  interface SpRuntimeDispatchError extends Enum {
    readonly isOther: boolean;
    readonly isCannotLookup: boolean;
    readonly isBadOrigin: boolean;
    readonly isModule: boolean;
    readonly asModule: SpRuntimeModuleError;
    readonly isConsumerRemaining: boolean;
    readonly isNoProviders: boolean;
    readonly isTooManyConsumers: boolean;
    readonly isToken: boolean;
    readonly asToken: SpRuntimeTokenError;
    readonly isArithmetic: boolean;
    readonly asArithmetic: SpArithmeticArithmeticError;
    readonly isTransactional: boolean;
    readonly asTransactional: SpRuntimeTransactionalError;
    readonly isExhausted: boolean;
    readonly isCorruption: boolean;
    readonly isUnavailable: boolean;
    readonly isRootNotAllowed: boolean;
    readonly isTrie: boolean;
    readonly asTrie: SpRuntimeProvingTrieTrieError;
    readonly type: 'Other' | 'CannotLookup' | 'BadOrigin' | 'Module' | 'ConsumerRemaining' | 'NoProviders' | 'TooManyConsumers' | 'Token' | 'Arithmetic' | 'Transactional' | 'Exhausted' | 'Corruption' | 'Unavailable' | 'RootNotAllowed' | 'Trie';
  }

  /** @name SpRuntimeModuleError (136) */
  interface SpRuntimeModuleError extends Struct {
    readonly index: u8;
    readonly error: U8aFixed;
  }

  /** @name SpRuntimeTokenError (137) */
  interface SpRuntimeTokenError extends Enum {
    readonly isFundsUnavailable: boolean;
    readonly isOnlyProvider: boolean;
    readonly isBelowMinimum: boolean;
    readonly isCannotCreate: boolean;
    readonly isUnknownAsset: boolean;
    readonly isFrozen: boolean;
    readonly isUnsupported: boolean;
    readonly isCannotCreateHold: boolean;
    readonly isNotExpendable: boolean;
    readonly isBlocked: boolean;
    readonly type: 'FundsUnavailable' | 'OnlyProvider' | 'BelowMinimum' | 'CannotCreate' | 'UnknownAsset' | 'Frozen' | 'Unsupported' | 'CannotCreateHold' | 'NotExpendable' | 'Blocked';
  }

  /** @name SpArithmeticArithmeticError (138) */
  interface SpArithmeticArithmeticError extends Enum {
    readonly isUnderflow: boolean;
    readonly isOverflow: boolean;
    readonly isDivisionByZero: boolean;
    readonly type: 'Underflow' | 'Overflow' | 'DivisionByZero';
  }

  /** @name SpRuntimeTransactionalError (139) */
  interface SpRuntimeTransactionalError extends Enum {
    readonly isLimitReached: boolean;
    readonly isNoLayer: boolean;
    readonly type: 'LimitReached' | 'NoLayer';
  }

  /** @name SpRuntimeProvingTrieTrieError (140) */
  interface SpRuntimeProvingTrieTrieError extends Enum {
    readonly isInvalidStateRoot: boolean;
    readonly isIncompleteDatabase: boolean;
    readonly isValueAtIncompleteKey: boolean;
    readonly isDecoderError: boolean;
    readonly isInvalidHash: boolean;
    readonly isDuplicateKey: boolean;
    readonly isExtraneousNode: boolean;
    readonly isExtraneousValue: boolean;
    readonly isExtraneousHashReference: boolean;
    readonly isInvalidChildReference: boolean;
    readonly isValueMismatch: boolean;
    readonly isIncompleteProof: boolean;
    readonly isRootMismatch: boolean;
    readonly isDecodeError: boolean;
    readonly type: 'InvalidStateRoot' | 'IncompleteDatabase' | 'ValueAtIncompleteKey' | 'DecoderError' | 'InvalidHash' | 'DuplicateKey' | 'ExtraneousNode' | 'ExtraneousValue' | 'ExtraneousHashReference' | 'InvalidChildReference' | 'ValueMismatch' | 'IncompleteProof' | 'RootMismatch' | 'DecodeError';
  }

  /** @name PalletGrandpaEvent (141) */
  interface PalletGrandpaEvent extends Enum {
    readonly isNewAuthorities: boolean;
    readonly asNewAuthorities: {
      readonly authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    } & Struct;
    readonly isPaused: boolean;
    readonly isResumed: boolean;
    readonly type: 'NewAuthorities' | 'Paused' | 'Resumed';
  }

  /** @name PalletSessionEvent (144) */
  interface PalletSessionEvent extends Enum {
    readonly isNewSession: boolean;
    readonly asNewSession: {
      readonly sessionIndex: u32;
    } & Struct;
    readonly isNewQueued: boolean;
    readonly isValidatorDisabled: boolean;
    readonly asValidatorDisabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isValidatorReenabled: boolean;
    readonly asValidatorReenabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly type: 'NewSession' | 'NewQueued' | 'ValidatorDisabled' | 'ValidatorReenabled';
  }

  /** @name PalletValidatorSetEvent (145) */
  interface PalletValidatorSetEvent extends Enum {
    readonly isValidatorAdded: boolean;
    readonly asValidatorAdded: {
      readonly who: AccountId32;
    } & Struct;
    readonly isValidatorRemoved: boolean;
    readonly asValidatorRemoved: {
      readonly who: AccountId32;
    } & Struct;
    readonly type: 'ValidatorAdded' | 'ValidatorRemoved';
  }

  /** @name PalletConsortiumNodesEvent (146) */
  interface PalletConsortiumNodesEvent extends Enum {
    readonly isNodeAuthorized: boolean;
    readonly asNodeAuthorized: {
      readonly peerId: Bytes;
      readonly organization: u32;
    } & Struct;
    readonly isNodeDeauthorized: boolean;
    readonly asNodeDeauthorized: {
      readonly peerId: Bytes;
      readonly organization: u32;
    } & Struct;
    readonly type: 'NodeAuthorized' | 'NodeDeauthorized';
  }

  /** @name PalletBalancesEvent (147) */
  interface PalletBalancesEvent extends Enum {
    readonly isEndowed: boolean;
    readonly asEndowed: {
      readonly account: AccountId32;
      readonly freeBalance: u128;
    } & Struct;
    readonly isDustLost: boolean;
    readonly asDustLost: {
      readonly account: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransfer: boolean;
    readonly asTransfer: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBalanceSet: boolean;
    readonly asBalanceSet: {
      readonly who: AccountId32;
      readonly free: u128;
    } & Struct;
    readonly isReserved: boolean;
    readonly asReserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnreserved: boolean;
    readonly asUnreserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isReserveRepatriated: boolean;
    readonly asReserveRepatriated: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
      readonly destinationStatus: FrameSupportTokensMiscBalanceStatus;
    } & Struct;
    readonly isDeposit: boolean;
    readonly asDeposit: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isWithdraw: boolean;
    readonly asWithdraw: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isSlashed: boolean;
    readonly asSlashed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMinted: boolean;
    readonly asMinted: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMintedCredit: boolean;
    readonly asMintedCredit: {
      readonly amount: u128;
    } & Struct;
    readonly isBurned: boolean;
    readonly asBurned: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedDebt: boolean;
    readonly asBurnedDebt: {
      readonly amount: u128;
    } & Struct;
    readonly isSuspended: boolean;
    readonly asSuspended: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isRestored: boolean;
    readonly asRestored: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUpgraded: boolean;
    readonly asUpgraded: {
      readonly who: AccountId32;
    } & Struct;
    readonly isIssued: boolean;
    readonly asIssued: {
      readonly amount: u128;
    } & Struct;
    readonly isRescinded: boolean;
    readonly asRescinded: {
      readonly amount: u128;
    } & Struct;
    readonly isLocked: boolean;
    readonly asLocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnlocked: boolean;
    readonly asUnlocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isFrozen: boolean;
    readonly asFrozen: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isThawed: boolean;
    readonly asThawed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTotalIssuanceForced: boolean;
    readonly asTotalIssuanceForced: {
      readonly old: u128;
      readonly new_: u128;
    } & Struct;
    readonly isHeld: boolean;
    readonly asHeld: {
      readonly reason: HealthchainRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedHeld: boolean;
    readonly asBurnedHeld: {
      readonly reason: HealthchainRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferOnHold: boolean;
    readonly asTransferOnHold: {
      readonly reason: HealthchainRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferAndHold: boolean;
    readonly asTransferAndHold: {
      readonly reason: HealthchainRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly transferred: u128;
    } & Struct;
    readonly isReleased: boolean;
    readonly asReleased: {
      readonly reason: HealthchainRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnexpected: boolean;
    readonly asUnexpected: PalletBalancesUnexpectedKind;
    readonly type: 'Endowed' | 'DustLost' | 'Transfer' | 'BalanceSet' | 'Reserved' | 'Unreserved' | 'ReserveRepatriated' | 'Deposit' | 'Withdraw' | 'Slashed' | 'Minted' | 'MintedCredit' | 'Burned' | 'BurnedDebt' | 'Suspended' | 'Restored' | 'Upgraded' | 'Issued' | 'Rescinded' | 'Locked' | 'Unlocked' | 'Frozen' | 'Thawed' | 'TotalIssuanceForced' | 'Held' | 'BurnedHeld' | 'TransferOnHold' | 'TransferAndHold' | 'Released' | 'Unexpected';
  }

  /** @name FrameSupportTokensMiscBalanceStatus (148) */
  interface FrameSupportTokensMiscBalanceStatus extends Enum {
    readonly isFree: boolean;
    readonly isReserved: boolean;
    readonly type: 'Free' | 'Reserved';
  }

  /** @name HealthchainRuntimeRuntimeHoldReason (149) */
  interface HealthchainRuntimeRuntimeHoldReason extends Enum {
    readonly isSession: boolean;
    readonly asSession: PalletSessionHoldReason;
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveHoldReason;
    readonly isPreimage: boolean;
    readonly asPreimage: PalletPreimageHoldReason;
    readonly isOrganizations: boolean;
    readonly asOrganizations: PalletOrganizationsHoldReason;
    readonly isConsent: boolean;
    readonly asConsent: PalletConsentHoldReason;
    readonly isRecords: boolean;
    readonly asRecords: PalletRecordsHoldReason;
    readonly isClaims: boolean;
    readonly asClaims: PalletClaimsHoldReason;
    readonly isResearch: boolean;
    readonly asResearch: PalletResearchHoldReason;
    readonly type: 'Session' | 'Council' | 'Preimage' | 'Organizations' | 'Consent' | 'Records' | 'Claims' | 'Research';
  }

  /** @name PalletSessionHoldReason (150) */
  interface PalletSessionHoldReason extends Enum {
    readonly isKeys: boolean;
    readonly type: 'Keys';
  }

  /** @name PalletCollectiveHoldReason (151) */
  interface PalletCollectiveHoldReason extends Enum {
    readonly isProposalSubmission: boolean;
    readonly type: 'ProposalSubmission';
  }

  /** @name PalletPreimageHoldReason (152) */
  interface PalletPreimageHoldReason extends Enum {
    readonly isPreimage: boolean;
    readonly type: 'Preimage';
  }

  /** @name PalletOrganizationsHoldReason (153) */
  interface PalletOrganizationsHoldReason extends Enum {
    readonly isOrganizationDeposit: boolean;
    readonly isMemberDeposit: boolean;
    readonly type: 'OrganizationDeposit' | 'MemberDeposit';
  }

  /** @name PalletConsentHoldReason (154) */
  interface PalletConsentHoldReason extends Enum {
    readonly isAccessLog: boolean;
    readonly isEmergencyAccess: boolean;
    readonly isPatientRegistration: boolean;
    readonly type: 'AccessLog' | 'EmergencyAccess' | 'PatientRegistration';
  }

  /** @name PalletRecordsHoldReason (155) */
  interface PalletRecordsHoldReason extends Enum {
    readonly isRecord: boolean;
    readonly isBatch: boolean;
    readonly type: 'Record' | 'Batch';
  }

  /** @name PalletClaimsHoldReason (156) */
  interface PalletClaimsHoldReason extends Enum {
    readonly isPlanEscrow: boolean;
    readonly isDeposit: boolean;
    readonly type: 'PlanEscrow' | 'Deposit';
  }

  /** @name PalletResearchHoldReason (157) */
  interface PalletResearchHoldReason extends Enum {
    readonly isCompensationPool: boolean;
    readonly isDeposit: boolean;
    readonly type: 'CompensationPool' | 'Deposit';
  }

  /** @name PalletBalancesUnexpectedKind (158) */
  interface PalletBalancesUnexpectedKind extends Enum {
    readonly isBalanceUpdated: boolean;
    readonly isFailedToMutateAccount: boolean;
    readonly type: 'BalanceUpdated' | 'FailedToMutateAccount';
  }

  /** @name PalletTransactionPaymentEvent (159) */
  interface PalletTransactionPaymentEvent extends Enum {
    readonly isTransactionFeePaid: boolean;
    readonly asTransactionFeePaid: {
      readonly who: AccountId32;
      readonly actualFee: u128;
      readonly tip: u128;
    } & Struct;
    readonly type: 'TransactionFeePaid';
  }

  /** @name PalletSkipFeelessPaymentEvent (160) */
  interface PalletSkipFeelessPaymentEvent extends Enum {
    readonly isFeeSkipped: boolean;
    readonly asFeeSkipped: {
      readonly origin: HealthchainRuntimeOriginCaller;
    } & Struct;
    readonly type: 'FeeSkipped';
  }

  /** @name PalletUtilityEvent (161) */
  interface PalletUtilityEvent extends Enum {
    readonly isBatchInterrupted: boolean;
    readonly asBatchInterrupted: {
      readonly index: u32;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isBatchCompleted: boolean;
    readonly isBatchCompletedWithErrors: boolean;
    readonly isItemCompleted: boolean;
    readonly isItemFailed: boolean;
    readonly asItemFailed: {
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isDispatchedAs: boolean;
    readonly asDispatchedAs: {
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isIfElseMainSuccess: boolean;
    readonly isIfElseFallbackCalled: boolean;
    readonly asIfElseFallbackCalled: {
      readonly mainError: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'BatchInterrupted' | 'BatchCompleted' | 'BatchCompletedWithErrors' | 'ItemCompleted' | 'ItemFailed' | 'DispatchedAs' | 'IfElseMainSuccess' | 'IfElseFallbackCalled';
  }

  /** @name PalletProxyEvent (163) */
  interface PalletProxyEvent extends Enum {
    readonly isProxyExecuted: boolean;
    readonly asProxyExecuted: {
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isPureCreated: boolean;
    readonly asPureCreated: {
      readonly pure: AccountId32;
      readonly who: AccountId32;
      readonly proxyType: HealthchainRuntimeConfigsProxyType;
      readonly disambiguationIndex: u16;
      readonly at: u32;
      readonly extrinsicIndex: u32;
    } & Struct;
    readonly isPureKilled: boolean;
    readonly asPureKilled: {
      readonly pure: AccountId32;
      readonly spawner: AccountId32;
      readonly proxyType: HealthchainRuntimeConfigsProxyType;
      readonly disambiguationIndex: u16;
    } & Struct;
    readonly isAnnounced: boolean;
    readonly asAnnounced: {
      readonly real: AccountId32;
      readonly proxy: AccountId32;
      readonly callHash: H256;
    } & Struct;
    readonly isProxyAdded: boolean;
    readonly asProxyAdded: {
      readonly delegator: AccountId32;
      readonly delegatee: AccountId32;
      readonly proxyType: HealthchainRuntimeConfigsProxyType;
      readonly delay: u32;
    } & Struct;
    readonly isProxyRemoved: boolean;
    readonly asProxyRemoved: {
      readonly delegator: AccountId32;
      readonly delegatee: AccountId32;
      readonly proxyType: HealthchainRuntimeConfigsProxyType;
      readonly delay: u32;
    } & Struct;
    readonly isDepositPoked: boolean;
    readonly asDepositPoked: {
      readonly who: AccountId32;
      readonly kind: PalletProxyDepositKind;
      readonly oldDeposit: u128;
      readonly newDeposit: u128;
    } & Struct;
    readonly type: 'ProxyExecuted' | 'PureCreated' | 'PureKilled' | 'Announced' | 'ProxyAdded' | 'ProxyRemoved' | 'DepositPoked';
  }

  /** @name PalletProxyDepositKind (164) */
  interface PalletProxyDepositKind extends Enum {
    readonly isProxies: boolean;
    readonly isAnnouncements: boolean;
    readonly type: 'Proxies' | 'Announcements';
  }

  /** @name PalletMultisigEvent (165) */
  interface PalletMultisigEvent extends Enum {
    readonly isNewMultisig: boolean;
    readonly asNewMultisig: {
      readonly approving: AccountId32;
      readonly multisig: AccountId32;
      readonly callHash: U8aFixed;
    } & Struct;
    readonly isMultisigApproval: boolean;
    readonly asMultisigApproval: {
      readonly approving: AccountId32;
      readonly timepoint: PalletMultisigTimepoint;
      readonly multisig: AccountId32;
      readonly callHash: U8aFixed;
    } & Struct;
    readonly isMultisigExecuted: boolean;
    readonly asMultisigExecuted: {
      readonly approving: AccountId32;
      readonly timepoint: PalletMultisigTimepoint;
      readonly multisig: AccountId32;
      readonly callHash: U8aFixed;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isMultisigCancelled: boolean;
    readonly asMultisigCancelled: {
      readonly cancelling: AccountId32;
      readonly timepoint: PalletMultisigTimepoint;
      readonly multisig: AccountId32;
      readonly callHash: U8aFixed;
    } & Struct;
    readonly isDepositPoked: boolean;
    readonly asDepositPoked: {
      readonly who: AccountId32;
      readonly callHash: U8aFixed;
      readonly oldDeposit: u128;
      readonly newDeposit: u128;
    } & Struct;
    readonly type: 'NewMultisig' | 'MultisigApproval' | 'MultisigExecuted' | 'MultisigCancelled' | 'DepositPoked';
  }

  /** @name PalletSudoEvent (166) */
  interface PalletSudoEvent extends Enum {
    readonly isSudid: boolean;
    readonly asSudid: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isKeyChanged: boolean;
    readonly asKeyChanged: {
      readonly old: Option<AccountId32>;
      readonly new_: AccountId32;
    } & Struct;
    readonly isKeyRemoved: boolean;
    readonly isSudoAsDone: boolean;
    readonly asSudoAsDone: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly type: 'Sudid' | 'KeyChanged' | 'KeyRemoved' | 'SudoAsDone';
  }

  /** @name PalletCollectiveEvent (167) */
  interface PalletCollectiveEvent extends Enum {
    readonly isProposed: boolean;
    readonly asProposed: {
      readonly account: AccountId32;
      readonly proposalIndex: u32;
      readonly proposalHash: H256;
      readonly threshold: u32;
    } & Struct;
    readonly isVoted: boolean;
    readonly asVoted: {
      readonly account: AccountId32;
      readonly proposalHash: H256;
      readonly voted: bool;
      readonly yes: u32;
      readonly no: u32;
    } & Struct;
    readonly isApproved: boolean;
    readonly asApproved: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isDisapproved: boolean;
    readonly asDisapproved: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isExecuted: boolean;
    readonly asExecuted: {
      readonly proposalHash: H256;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isMemberExecuted: boolean;
    readonly asMemberExecuted: {
      readonly proposalHash: H256;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isClosed: boolean;
    readonly asClosed: {
      readonly proposalHash: H256;
      readonly yes: u32;
      readonly no: u32;
    } & Struct;
    readonly isKilled: boolean;
    readonly asKilled: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isProposalCostBurned: boolean;
    readonly asProposalCostBurned: {
      readonly proposalHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly isProposalCostReleased: boolean;
    readonly asProposalCostReleased: {
      readonly proposalHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly type: 'Proposed' | 'Voted' | 'Approved' | 'Disapproved' | 'Executed' | 'MemberExecuted' | 'Closed' | 'Killed' | 'ProposalCostBurned' | 'ProposalCostReleased';
  }

  /** @name PalletMembershipEvent (168) */
  interface PalletMembershipEvent extends Enum {
    readonly isMemberAdded: boolean;
    readonly isMemberRemoved: boolean;
    readonly isMembersSwapped: boolean;
    readonly isMembersReset: boolean;
    readonly isKeyChanged: boolean;
    readonly isDummy: boolean;
    readonly type: 'MemberAdded' | 'MemberRemoved' | 'MembersSwapped' | 'MembersReset' | 'KeyChanged' | 'Dummy';
  }

  /** @name PalletPreimageEvent (169) */
  interface PalletPreimageEvent extends Enum {
    readonly isNoted: boolean;
    readonly asNoted: {
      readonly hash_: H256;
    } & Struct;
    readonly isRequested: boolean;
    readonly asRequested: {
      readonly hash_: H256;
    } & Struct;
    readonly isCleared: boolean;
    readonly asCleared: {
      readonly hash_: H256;
    } & Struct;
    readonly type: 'Noted' | 'Requested' | 'Cleared';
  }

  /** @name PalletWhitelistEvent (170) */
  interface PalletWhitelistEvent extends Enum {
    readonly isCallWhitelisted: boolean;
    readonly asCallWhitelisted: {
      readonly callHash: H256;
    } & Struct;
    readonly isWhitelistedCallRemoved: boolean;
    readonly asWhitelistedCallRemoved: {
      readonly callHash: H256;
    } & Struct;
    readonly isWhitelistedCallDispatched: boolean;
    readonly asWhitelistedCallDispatched: {
      readonly callHash: H256;
      readonly result: Result<FrameSupportDispatchPostDispatchInfo, SpRuntimeDispatchErrorWithPostInfo>;
    } & Struct;
    readonly isDispatchDeferred: boolean;
    readonly asDispatchDeferred: {
      readonly callHash: H256;
    } & Struct;
    readonly isDeferredDispatchRemoved: boolean;
    readonly asDeferredDispatchRemoved: {
      readonly callHash: H256;
    } & Struct;
    readonly isDeferredDispatchExecuted: boolean;
    readonly asDeferredDispatchExecuted: {
      readonly callHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly type: 'CallWhitelisted' | 'WhitelistedCallRemoved' | 'WhitelistedCallDispatched' | 'DispatchDeferred' | 'DeferredDispatchRemoved' | 'DeferredDispatchExecuted';
  }

  /** @name FrameSupportDispatchPostDispatchInfo (172) */
  interface FrameSupportDispatchPostDispatchInfo extends Struct {
    readonly actualWeight: Option<SpWeightsWeightV2Weight>;
    readonly paysFee: FrameSupportDispatchPays;
  }

  /** @name SpRuntimeDispatchErrorWithPostInfo (174) */
  interface SpRuntimeDispatchErrorWithPostInfo extends Struct {
    readonly postInfo: FrameSupportDispatchPostDispatchInfo;
    readonly error: SpRuntimeDispatchError;
  }

  /** @name PalletOrganizationsEvent (175) */
  interface PalletOrganizationsEvent extends Enum {
    readonly isOrganizationRegistered: boolean;
    readonly asOrganizationRegistered: {
      readonly organization: u32;
      readonly kind: HealthchainPrimitivesOrganizationsOrganizationKind;
      readonly admin: AccountId32;
      readonly account: AccountId32;
    } & Struct;
    readonly isOrganizationSuspended: boolean;
    readonly asOrganizationSuspended: {
      readonly organization: u32;
    } & Struct;
    readonly isOrganizationReinstated: boolean;
    readonly asOrganizationReinstated: {
      readonly organization: u32;
    } & Struct;
    readonly isOrganizationRemoved: boolean;
    readonly asOrganizationRemoved: {
      readonly organization: u32;
    } & Struct;
    readonly isAdminChanged: boolean;
    readonly asAdminChanged: {
      readonly organization: u32;
      readonly admin: AccountId32;
    } & Struct;
    readonly isMetadataUpdated: boolean;
    readonly asMetadataUpdated: {
      readonly organization: u32;
      readonly metadataHash: H256;
    } & Struct;
    readonly isMemberAdded: boolean;
    readonly asMemberAdded: {
      readonly organization: u32;
      readonly who: AccountId32;
      readonly roles: u8;
      readonly expiresAt: Option<u64>;
    } & Struct;
    readonly isMemberUpdated: boolean;
    readonly asMemberUpdated: {
      readonly organization: u32;
      readonly who: AccountId32;
      readonly roles: u8;
      readonly expiresAt: Option<u64>;
    } & Struct;
    readonly isMemberRemoved: boolean;
    readonly asMemberRemoved: {
      readonly organization: u32;
      readonly who: AccountId32;
    } & Struct;
    readonly isSpent: boolean;
    readonly asSpent: {
      readonly organization: u32;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isPayoutAccountSet: boolean;
    readonly asPayoutAccountSet: {
      readonly organization: u32;
      readonly payout: Option<AccountId32>;
    } & Struct;
    readonly isEndpointSet: boolean;
    readonly asEndpointSet: {
      readonly organization: u32;
      readonly endpoint: Option<Bytes>;
    } & Struct;
    readonly type: 'OrganizationRegistered' | 'OrganizationSuspended' | 'OrganizationReinstated' | 'OrganizationRemoved' | 'AdminChanged' | 'MetadataUpdated' | 'MemberAdded' | 'MemberUpdated' | 'MemberRemoved' | 'Spent' | 'PayoutAccountSet' | 'EndpointSet';
  }

  /** @name PalletConsentEvent (176) */
  interface PalletConsentEvent extends Enum {
    readonly isConsentGranted: boolean;
    readonly asConsentGranted: {
      readonly consent: u64;
      readonly patient: AccountId32;
      readonly organization: u32;
    } & Struct;
    readonly isConsentRevoked: boolean;
    readonly asConsentRevoked: {
      readonly consent: u64;
      readonly patient: AccountId32;
      readonly organization: u32;
    } & Struct;
    readonly isAccessRecorded: boolean;
    readonly asAccessRecorded: {
      readonly patient: AccountId32;
      readonly index: u32;
      readonly organization: u32;
      readonly accessor: AccountId32;
      readonly basis: PalletConsentAccessBasis;
    } & Struct;
    readonly isEmergencyAccessOpened: boolean;
    readonly asEmergencyAccessOpened: {
      readonly emergency: u64;
      readonly patient: AccountId32;
      readonly organization: u32;
      readonly clinician: AccountId32;
      readonly expiresAt: u64;
    } & Struct;
    readonly isEmergencyAccessReviewed: boolean;
    readonly asEmergencyAccessReviewed: {
      readonly emergency: u64;
      readonly patient: AccountId32;
      readonly organization: u32;
      readonly officer: AccountId32;
      readonly verdict: PalletConsentReviewVerdict;
      readonly slashed: u128;
    } & Struct;
    readonly isGuardianSet: boolean;
    readonly asGuardianSet: {
      readonly patient: AccountId32;
      readonly guardian: Option<AccountId32>;
      readonly by: AccountId32;
    } & Struct;
    readonly isPatientRegistered: boolean;
    readonly asPatientRegistered: {
      readonly patient: AccountId32;
      readonly organization: u32;
      readonly by: AccountId32;
    } & Struct;
    readonly isAccessLogPruned: boolean;
    readonly asAccessLogPruned: {
      readonly patient: AccountId32;
      readonly removed: u32;
      readonly first: u32;
    } & Struct;
    readonly isDisclosed: boolean;
    readonly asDisclosed: {
      readonly request: H256;
      readonly holder: u32;
      readonly by: AccountId32;
    } & Struct;
    readonly type: 'ConsentGranted' | 'ConsentRevoked' | 'AccessRecorded' | 'EmergencyAccessOpened' | 'EmergencyAccessReviewed' | 'GuardianSet' | 'PatientRegistered' | 'AccessLogPruned' | 'Disclosed';
  }

  /** @name PalletConsentAccessBasis (177) */
  interface PalletConsentAccessBasis extends Enum {
    readonly isConsent: boolean;
    readonly asConsent: u64;
    readonly isEmergency: boolean;
    readonly asEmergency: u64;
    readonly type: 'Consent' | 'Emergency';
  }

  /** @name PalletRecordsEvent (178) */
  interface PalletRecordsEvent extends Enum {
    readonly isRecordAnchored: boolean;
    readonly asRecordAnchored: {
      readonly record: u64;
      readonly patient: AccountId32;
      readonly organization: Option<u32>;
      readonly commitment: H256;
      readonly version: u32;
      readonly previous: Option<u64>;
    } & Struct;
    readonly isRecordEnteredInError: boolean;
    readonly asRecordEnteredInError: {
      readonly record: u64;
      readonly patient: AccountId32;
    } & Struct;
    readonly isRecordErased: boolean;
    readonly asRecordErased: {
      readonly record: u64;
      readonly patient: AccountId32;
      readonly by: AccountId32;
    } & Struct;
    readonly isBatchAnchored: boolean;
    readonly asBatchAnchored: {
      readonly batch: u64;
      readonly organization: u32;
      readonly root: H256;
      readonly leafCount: u32;
    } & Struct;
    readonly type: 'RecordAnchored' | 'RecordEnteredInError' | 'RecordErased' | 'BatchAnchored';
  }

  /** @name PalletClaimsEvent (179) */
  interface PalletClaimsEvent extends Enum {
    readonly isPlanCreated: boolean;
    readonly asPlanCreated: {
      readonly plan: u32;
      readonly payer: u32;
    } & Struct;
    readonly isPlanUpdated: boolean;
    readonly asPlanUpdated: {
      readonly plan: u32;
      readonly version: u32;
      readonly effectiveFrom: u64;
    } & Struct;
    readonly isPlanFunded: boolean;
    readonly asPlanFunded: {
      readonly plan: u32;
      readonly amount: u128;
      readonly held: u128;
    } & Struct;
    readonly isEscrowWithdrawn: boolean;
    readonly asEscrowWithdrawn: {
      readonly plan: u32;
      readonly amount: u128;
      readonly held: u128;
    } & Struct;
    readonly isEnrollmentRequested: boolean;
    readonly asEnrollmentRequested: {
      readonly plan: u32;
      readonly patient: AccountId32;
    } & Struct;
    readonly isEnrolled: boolean;
    readonly asEnrolled: {
      readonly plan: u32;
      readonly patient: AccountId32;
    } & Struct;
    readonly isEnrollmentRefused: boolean;
    readonly asEnrollmentRefused: {
      readonly plan: u32;
      readonly patient: AccountId32;
    } & Struct;
    readonly isLeftPlan: boolean;
    readonly asLeftPlan: {
      readonly plan: u32;
      readonly patient: AccountId32;
    } & Struct;
    readonly isCoverageEnded: boolean;
    readonly asCoverageEnded: {
      readonly plan: u32;
      readonly patient: AccountId32;
    } & Struct;
    readonly isPriorAuthRequested: boolean;
    readonly asPriorAuthRequested: {
      readonly id: u64;
      readonly plan: u32;
      readonly provider: u32;
    } & Struct;
    readonly isPriorAuthDecided: boolean;
    readonly asPriorAuthDecided: {
      readonly id: u64;
      readonly status: PalletClaimsPriorAuthStatus;
    } & Struct;
    readonly isPriorAuthUsed: boolean;
    readonly asPriorAuthUsed: {
      readonly id: u64;
      readonly claim: u64;
    } & Struct;
    readonly isPriorAuthRemoved: boolean;
    readonly asPriorAuthRemoved: {
      readonly id: u64;
    } & Struct;
    readonly isClaimSubmitted: boolean;
    readonly asClaimSubmitted: {
      readonly claim: u64;
      readonly plan: u32;
      readonly provider: u32;
      readonly payerTotal: u128;
      readonly patientTotal: u128;
      readonly status: PalletClaimsClaimStatus;
    } & Struct;
    readonly isClaimStatusChanged: boolean;
    readonly asClaimStatusChanged: {
      readonly claim: u64;
      readonly status: PalletClaimsClaimStatus;
    } & Struct;
    readonly isClaimPaid: boolean;
    readonly asClaimPaid: {
      readonly claim: u64;
      readonly provider: u32;
      readonly amount: u128;
    } & Struct;
    readonly type: 'PlanCreated' | 'PlanUpdated' | 'PlanFunded' | 'EscrowWithdrawn' | 'EnrollmentRequested' | 'Enrolled' | 'EnrollmentRefused' | 'LeftPlan' | 'CoverageEnded' | 'PriorAuthRequested' | 'PriorAuthDecided' | 'PriorAuthUsed' | 'PriorAuthRemoved' | 'ClaimSubmitted' | 'ClaimStatusChanged' | 'ClaimPaid';
  }

  /** @name PalletClaimsPriorAuthStatus (180) */
  interface PalletClaimsPriorAuthStatus extends Enum {
    readonly isRequested: boolean;
    readonly isApproved: boolean;
    readonly isDenied: boolean;
    readonly type: 'Requested' | 'Approved' | 'Denied';
  }

  /** @name PalletClaimsClaimStatus (181) */
  interface PalletClaimsClaimStatus extends Enum {
    readonly isPaid: boolean;
    readonly isPendingReview: boolean;
    readonly isDenied: boolean;
    readonly isAppealed: boolean;
    readonly isDenialUpheld: boolean;
    readonly type: 'Paid' | 'PendingReview' | 'Denied' | 'Appealed' | 'DenialUpheld';
  }

  /** @name PalletResearchEvent (182) */
  interface PalletResearchEvent extends Enum {
    readonly isStudyRegistered: boolean;
    readonly asStudyRegistered: {
      readonly study: u32;
      readonly institution: u32;
    } & Struct;
    readonly isStudyDecided: boolean;
    readonly asStudyDecided: {
      readonly study: u32;
      readonly committee: u32;
      readonly status: PalletResearchStudyStatus;
    } & Struct;
    readonly isStudyStatusChanged: boolean;
    readonly asStudyStatusChanged: {
      readonly study: u32;
      readonly status: PalletResearchStudyStatus;
    } & Struct;
    readonly isProtocolAmended: boolean;
    readonly asProtocolAmended: {
      readonly study: u32;
      readonly version: u32;
      readonly protocolHash: H256;
    } & Struct;
    readonly isResearchProfileSet: boolean;
    readonly asResearchProfileSet: {
      readonly patient: AccountId32;
      readonly active: bool;
    } & Struct;
    readonly isJoined: boolean;
    readonly asJoined: {
      readonly study: u32;
      readonly patient: AccountId32;
      readonly version: u32;
      readonly basis: PalletResearchBasis;
      readonly cohort: u32;
    } & Struct;
    readonly isWithdrew: boolean;
    readonly asWithdrew: {
      readonly study: u32;
      readonly patient: AccountId32;
      readonly cohort: u32;
    } & Struct;
    readonly isAttested: boolean;
    readonly asAttested: {
      readonly study: u32;
      readonly provider: u32;
      readonly patient: AccountId32;
      readonly cohort: u32;
    } & Struct;
    readonly isParticipationEnded: boolean;
    readonly asParticipationEnded: {
      readonly study: u32;
      readonly patient: AccountId32;
      readonly cohort: u32;
    } & Struct;
    readonly isAttestationEnded: boolean;
    readonly asAttestationEnded: {
      readonly study: u32;
      readonly provider: u32;
      readonly patient: AccountId32;
    } & Struct;
    readonly isPoolReclaimed: boolean;
    readonly asPoolReclaimed: {
      readonly study: u32;
      readonly amount: u128;
    } & Struct;
    readonly isMinCohortFloorSet: boolean;
    readonly asMinCohortFloorSet: {
      readonly k: u32;
    } & Struct;
    readonly isDataGranted: boolean;
    readonly asDataGranted: {
      readonly grant: u64;
      readonly study: u32;
      readonly provider: u32;
    } & Struct;
    readonly isGrantRevoked: boolean;
    readonly asGrantRevoked: {
      readonly grant: u64;
    } & Struct;
    readonly isDataAccessed: boolean;
    readonly asDataAccessed: {
      readonly grant: u64;
      readonly researcher: AccountId32;
      readonly index: u32;
    } & Struct;
    readonly isPoolFunded: boolean;
    readonly asPoolFunded: {
      readonly study: u32;
      readonly amount: u128;
    } & Struct;
    readonly isCompensationClaimed: boolean;
    readonly asCompensationClaimed: {
      readonly study: u32;
      readonly patient: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly type: 'StudyRegistered' | 'StudyDecided' | 'StudyStatusChanged' | 'ProtocolAmended' | 'ResearchProfileSet' | 'Joined' | 'Withdrew' | 'Attested' | 'ParticipationEnded' | 'AttestationEnded' | 'PoolReclaimed' | 'MinCohortFloorSet' | 'DataGranted' | 'GrantRevoked' | 'DataAccessed' | 'PoolFunded' | 'CompensationClaimed';
  }

  /** @name PalletResearchStudyStatus (183) */
  interface PalletResearchStudyStatus extends Enum {
    readonly isProposed: boolean;
    readonly isApproved: boolean;
    readonly isRejected: boolean;
    readonly isActive: boolean;
    readonly isClosed: boolean;
    readonly type: 'Proposed' | 'Approved' | 'Rejected' | 'Active' | 'Closed';
  }

  /** @name PalletResearchBasis (184) */
  interface PalletResearchBasis extends Enum {
    readonly isOptIn: boolean;
    readonly isBroadConsent: boolean;
    readonly type: 'OptIn' | 'BroadConsent';
  }

  /** @name FrameSystemPhase (185) */
  interface FrameSystemPhase extends Enum {
    readonly isApplyExtrinsic: boolean;
    readonly asApplyExtrinsic: u32;
    readonly isFinalization: boolean;
    readonly isInitialization: boolean;
    readonly type: 'ApplyExtrinsic' | 'Finalization' | 'Initialization';
  }

  /** @name FrameSystemLastRuntimeUpgradeInfo (188) */
  interface FrameSystemLastRuntimeUpgradeInfo extends Struct {
    readonly specVersion: Compact<u32>;
    readonly specName: Text;
  }

  /** @name FrameSystemCodeUpgradeAuthorization (191) */
  interface FrameSystemCodeUpgradeAuthorization extends Struct {
    readonly codeHash: H256;
    readonly checkVersion: bool;
  }

  /** @name FrameSystemLimitsBlockWeights (192) */
  interface FrameSystemLimitsBlockWeights extends Struct {
    readonly baseBlock: SpWeightsWeightV2Weight;
    readonly maxBlock: SpWeightsWeightV2Weight;
    readonly perClass: FrameSupportDispatchPerDispatchClassWeightsPerClass;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeightsPerClass (193) */
  interface FrameSupportDispatchPerDispatchClassWeightsPerClass extends Struct {
    readonly normal: FrameSystemLimitsWeightsPerClass;
    readonly operational: FrameSystemLimitsWeightsPerClass;
    readonly mandatory: FrameSystemLimitsWeightsPerClass;
  }

  /** @name FrameSystemLimitsWeightsPerClass (194) */
  interface FrameSystemLimitsWeightsPerClass extends Struct {
    readonly baseExtrinsic: SpWeightsWeightV2Weight;
    readonly maxExtrinsic: Option<SpWeightsWeightV2Weight>;
    readonly maxTotal: Option<SpWeightsWeightV2Weight>;
    readonly reserved: Option<SpWeightsWeightV2Weight>;
  }

  /** @name FrameSystemLimitsBlockLength (195) */
  interface FrameSystemLimitsBlockLength extends Struct {
    readonly max: FrameSupportDispatchPerDispatchClassU32;
    readonly maxHeaderSize: Option<u32>;
  }

  /** @name FrameSupportDispatchPerDispatchClassU32 (196) */
  interface FrameSupportDispatchPerDispatchClassU32 extends Struct {
    readonly normal: u32;
    readonly operational: u32;
    readonly mandatory: u32;
  }

  /** @name SpWeightsRuntimeDbWeight (197) */
  interface SpWeightsRuntimeDbWeight extends Struct {
    readonly read: u64;
    readonly write: u64;
  }

  /** @name SpVersionRuntimeVersion (198) */
  interface SpVersionRuntimeVersion extends Struct {
    readonly specName: Text;
    readonly implName: Text;
    readonly authoringVersion: u32;
    readonly specVersion: u32;
    readonly implVersion: u32;
    readonly apis: Vec<ITuple<[U8aFixed, u32]>>;
    readonly transactionVersion: u32;
    readonly systemVersion: u8;
  }

  /** @name FrameSystemError (203) */
  interface FrameSystemError extends Enum {
    readonly isInvalidSpecName: boolean;
    readonly isSpecVersionNeedsToIncrease: boolean;
    readonly isFailedToExtractRuntimeVersion: boolean;
    readonly isNonDefaultComposite: boolean;
    readonly isNonZeroRefCount: boolean;
    readonly isCallFiltered: boolean;
    readonly isMultiBlockMigrationsOngoing: boolean;
    readonly isNothingAuthorized: boolean;
    readonly isUnauthorized: boolean;
    readonly type: 'InvalidSpecName' | 'SpecVersionNeedsToIncrease' | 'FailedToExtractRuntimeVersion' | 'NonDefaultComposite' | 'NonZeroRefCount' | 'CallFiltered' | 'MultiBlockMigrationsOngoing' | 'NothingAuthorized' | 'Unauthorized';
  }

  /** @name SpRuntimeBlakeTwo256 (204) */
  type SpRuntimeBlakeTwo256 = Null;

  /** @name SpRuntimeBlock (205) */
  interface SpRuntimeBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name SpRuntimeHeader (206) */
  interface SpRuntimeHeader extends Struct {
    readonly parentHash: H256;
    readonly number: Compact<u32>;
    readonly stateRoot: H256;
    readonly extrinsicsRoot: H256;
    readonly digest: SpRuntimeDigest;
  }

  /** @name PalletGrandpaStoredState (213) */
  interface PalletGrandpaStoredState extends Enum {
    readonly isLive: boolean;
    readonly isPendingPause: boolean;
    readonly asPendingPause: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly isPaused: boolean;
    readonly isPendingResume: boolean;
    readonly asPendingResume: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly type: 'Live' | 'PendingPause' | 'Paused' | 'PendingResume';
  }

  /** @name PalletGrandpaStoredPendingChange (214) */
  interface PalletGrandpaStoredPendingChange extends Struct {
    readonly scheduledAt: u32;
    readonly delay: u32;
    readonly nextAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    readonly forced: Option<u32>;
  }

  /** @name PalletGrandpaError (216) */
  interface PalletGrandpaError extends Enum {
    readonly isPauseFailed: boolean;
    readonly isResumeFailed: boolean;
    readonly isChangePending: boolean;
    readonly isTooSoon: boolean;
    readonly isInvalidKeyOwnershipProof: boolean;
    readonly isInvalidEquivocationProof: boolean;
    readonly isDuplicateOffenceReport: boolean;
    readonly type: 'PauseFailed' | 'ResumeFailed' | 'ChangePending' | 'TooSoon' | 'InvalidKeyOwnershipProof' | 'InvalidEquivocationProof' | 'DuplicateOffenceReport';
  }

  /** @name SpCoreCryptoKeyTypeId (224) */
  interface SpCoreCryptoKeyTypeId extends U8aFixed {}

  /** @name PalletSessionError (225) */
  interface PalletSessionError extends Enum {
    readonly isInvalidProof: boolean;
    readonly isNoAssociatedValidatorId: boolean;
    readonly isDuplicatedKey: boolean;
    readonly isNoKeys: boolean;
    readonly isNoAccount: boolean;
    readonly type: 'InvalidProof' | 'NoAssociatedValidatorId' | 'DuplicatedKey' | 'NoKeys' | 'NoAccount';
  }

  /** @name PalletValidatorSetError (227) */
  interface PalletValidatorSetError extends Enum {
    readonly isAlreadyValidator: boolean;
    readonly isNotValidator: boolean;
    readonly isTooManyValidators: boolean;
    readonly isTooFewValidators: boolean;
    readonly isNoSessionKeys: boolean;
    readonly type: 'AlreadyValidator' | 'NotValidator' | 'TooManyValidators' | 'TooFewValidators' | 'NoSessionKeys';
  }

  /** @name PalletConsortiumNodesNodeInfo (228) */
  interface PalletConsortiumNodesNodeInfo extends Struct {
    readonly organization: u32;
    readonly authorizedAt: u32;
  }

  /** @name PalletConsortiumNodesError (229) */
  interface PalletConsortiumNodesError extends Enum {
    readonly isMalformedPeerId: boolean;
    readonly isAlreadyAuthorized: boolean;
    readonly isNotAuthorized: boolean;
    readonly isTooManyNodes: boolean;
    readonly isLastNode: boolean;
    readonly isUnknownOrganization: boolean;
    readonly isOrganizationSuspended: boolean;
    readonly type: 'MalformedPeerId' | 'AlreadyAuthorized' | 'NotAuthorized' | 'TooManyNodes' | 'LastNode' | 'UnknownOrganization' | 'OrganizationSuspended';
  }

  /** @name PalletBalancesBalanceLock (231) */
  interface PalletBalancesBalanceLock extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
    readonly reasons: PalletBalancesReasons;
  }

  /** @name PalletBalancesReasons (232) */
  interface PalletBalancesReasons extends Enum {
    readonly isFee: boolean;
    readonly isMisc: boolean;
    readonly isAll: boolean;
    readonly type: 'Fee' | 'Misc' | 'All';
  }

  /** @name PalletBalancesReserveData (235) */
  interface PalletBalancesReserveData extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeHoldReason (238) */
  interface FrameSupportTokensMiscIdAmountRuntimeHoldReason extends Struct {
    readonly id: HealthchainRuntimeRuntimeHoldReason;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeFreezeReason (241) */
  interface FrameSupportTokensMiscIdAmountRuntimeFreezeReason extends Struct {
    readonly id: HealthchainRuntimeRuntimeFreezeReason;
    readonly amount: u128;
  }

  /** @name HealthchainRuntimeRuntimeFreezeReason (242) */
  type HealthchainRuntimeRuntimeFreezeReason = Null;

  /** @name PalletBalancesError (244) */
  interface PalletBalancesError extends Enum {
    readonly isVestingBalance: boolean;
    readonly isLiquidityRestrictions: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isExistentialDeposit: boolean;
    readonly isExpendability: boolean;
    readonly isExistingVestingSchedule: boolean;
    readonly isDeadAccount: boolean;
    readonly isTooManyReserves: boolean;
    readonly isTooManyHolds: boolean;
    readonly isTooManyFreezes: boolean;
    readonly isIssuanceDeactivated: boolean;
    readonly isDeltaZero: boolean;
    readonly type: 'VestingBalance' | 'LiquidityRestrictions' | 'InsufficientBalance' | 'ExistentialDeposit' | 'Expendability' | 'ExistingVestingSchedule' | 'DeadAccount' | 'TooManyReserves' | 'TooManyHolds' | 'TooManyFreezes' | 'IssuanceDeactivated' | 'DeltaZero';
  }

  /** @name PalletTransactionPaymentReleases (246) */
  interface PalletTransactionPaymentReleases extends Enum {
    readonly isV1Ancient: boolean;
    readonly isV2: boolean;
    readonly type: 'V1Ancient' | 'V2';
  }

  /** @name FrameSupportStorageNoDrop (247) */
  interface FrameSupportStorageNoDrop extends FrameSupportTokensFungibleImbalance {}

  /** @name FrameSupportTokensFungibleImbalance (248) */
  interface FrameSupportTokensFungibleImbalance extends Struct {
    readonly amount: u128;
  }

  /** @name PalletUtilityError (249) */
  interface PalletUtilityError extends Enum {
    readonly isTooManyCalls: boolean;
    readonly type: 'TooManyCalls';
  }

  /** @name PalletProxyProxyDefinition (252) */
  interface PalletProxyProxyDefinition extends Struct {
    readonly delegate: AccountId32;
    readonly proxyType: HealthchainRuntimeConfigsProxyType;
    readonly delay: u32;
  }

  /** @name PalletProxyAnnouncement (256) */
  interface PalletProxyAnnouncement extends Struct {
    readonly real: AccountId32;
    readonly callHash: H256;
    readonly height: u32;
  }

  /** @name PalletProxyError (258) */
  interface PalletProxyError extends Enum {
    readonly isTooMany: boolean;
    readonly isNotFound: boolean;
    readonly isNotProxy: boolean;
    readonly isUnproxyable: boolean;
    readonly isDuplicate: boolean;
    readonly isNoPermission: boolean;
    readonly isUnannounced: boolean;
    readonly isNoSelfProxy: boolean;
    readonly type: 'TooMany' | 'NotFound' | 'NotProxy' | 'Unproxyable' | 'Duplicate' | 'NoPermission' | 'Unannounced' | 'NoSelfProxy';
  }

  /** @name PalletMultisigMultisig (260) */
  interface PalletMultisigMultisig extends Struct {
    readonly when: PalletMultisigTimepoint;
    readonly deposit: u128;
    readonly depositor: AccountId32;
    readonly approvals: Vec<AccountId32>;
  }

  /** @name PalletMultisigError (262) */
  interface PalletMultisigError extends Enum {
    readonly isMinimumThreshold: boolean;
    readonly isAlreadyApproved: boolean;
    readonly isNoApprovalsNeeded: boolean;
    readonly isTooFewSignatories: boolean;
    readonly isTooManySignatories: boolean;
    readonly isSignatoriesOutOfOrder: boolean;
    readonly isSenderInSignatories: boolean;
    readonly isNotFound: boolean;
    readonly isNotOwner: boolean;
    readonly isNoTimepoint: boolean;
    readonly isWrongTimepoint: boolean;
    readonly isUnexpectedTimepoint: boolean;
    readonly isMaxWeightTooLow: boolean;
    readonly isAlreadyStored: boolean;
    readonly type: 'MinimumThreshold' | 'AlreadyApproved' | 'NoApprovalsNeeded' | 'TooFewSignatories' | 'TooManySignatories' | 'SignatoriesOutOfOrder' | 'SenderInSignatories' | 'NotFound' | 'NotOwner' | 'NoTimepoint' | 'WrongTimepoint' | 'UnexpectedTimepoint' | 'MaxWeightTooLow' | 'AlreadyStored';
  }

  /** @name PalletSudoError (263) */
  interface PalletSudoError extends Enum {
    readonly isRequireSudo: boolean;
    readonly type: 'RequireSudo';
  }

  /** @name PalletCollectiveVotes (266) */
  interface PalletCollectiveVotes extends Struct {
    readonly index: u32;
    readonly threshold: u32;
    readonly ayes: Vec<AccountId32>;
    readonly nays: Vec<AccountId32>;
    readonly end: u32;
  }

  /** @name PalletCollectiveError (267) */
  interface PalletCollectiveError extends Enum {
    readonly isNotMember: boolean;
    readonly isDuplicateProposal: boolean;
    readonly isProposalMissing: boolean;
    readonly isWrongIndex: boolean;
    readonly isDuplicateVote: boolean;
    readonly isAlreadyInitialized: boolean;
    readonly isTooEarly: boolean;
    readonly isTooManyProposals: boolean;
    readonly isWrongProposalWeight: boolean;
    readonly isWrongProposalLength: boolean;
    readonly isPrimeAccountNotMember: boolean;
    readonly isProposalActive: boolean;
    readonly type: 'NotMember' | 'DuplicateProposal' | 'ProposalMissing' | 'WrongIndex' | 'DuplicateVote' | 'AlreadyInitialized' | 'TooEarly' | 'TooManyProposals' | 'WrongProposalWeight' | 'WrongProposalLength' | 'PrimeAccountNotMember' | 'ProposalActive';
  }

  /** @name PalletMembershipError (268) */
  interface PalletMembershipError extends Enum {
    readonly isAlreadyMember: boolean;
    readonly isNotMember: boolean;
    readonly isTooManyMembers: boolean;
    readonly type: 'AlreadyMember' | 'NotMember' | 'TooManyMembers';
  }

  /** @name PalletPreimageOldRequestStatus (269) */
  interface PalletPreimageOldRequestStatus extends Enum {
    readonly isUnrequested: boolean;
    readonly asUnrequested: {
      readonly deposit: ITuple<[AccountId32, u128]>;
      readonly len: u32;
    } & Struct;
    readonly isRequested: boolean;
    readonly asRequested: {
      readonly deposit: Option<ITuple<[AccountId32, u128]>>;
      readonly count: u32;
      readonly len: Option<u32>;
    } & Struct;
    readonly type: 'Unrequested' | 'Requested';
  }

  /** @name PalletPreimageRequestStatus (272) */
  interface PalletPreimageRequestStatus extends Enum {
    readonly isUnrequested: boolean;
    readonly asUnrequested: {
      readonly ticket: ITuple<[AccountId32, u128]>;
      readonly len: u32;
    } & Struct;
    readonly isRequested: boolean;
    readonly asRequested: {
      readonly maybeTicket: Option<ITuple<[AccountId32, u128]>>;
      readonly count: u32;
      readonly maybeLen: Option<u32>;
    } & Struct;
    readonly type: 'Unrequested' | 'Requested';
  }

  /** @name PalletPreimageError (278) */
  interface PalletPreimageError extends Enum {
    readonly isTooBig: boolean;
    readonly isAlreadyNoted: boolean;
    readonly isNotAuthorized: boolean;
    readonly isNotNoted: boolean;
    readonly isRequested: boolean;
    readonly isNotRequested: boolean;
    readonly isTooMany: boolean;
    readonly isTooFew: boolean;
    readonly type: 'TooBig' | 'AlreadyNoted' | 'NotAuthorized' | 'NotNoted' | 'Requested' | 'NotRequested' | 'TooMany' | 'TooFew';
  }

  /** @name PalletWhitelistError (279) */
  interface PalletWhitelistError extends Enum {
    readonly isUnavailablePreImage: boolean;
    readonly isUndecodableCall: boolean;
    readonly isInvalidCallWeightWitness: boolean;
    readonly isCallIsNotWhitelisted: boolean;
    readonly isCallAlreadyWhitelisted: boolean;
    readonly isDeferredDispatchNotFound: boolean;
    readonly isDeferredDispatchNotExpired: boolean;
    readonly isAlreadyDeferred: boolean;
    readonly isDeferredDispatchExpired: boolean;
    readonly type: 'UnavailablePreImage' | 'UndecodableCall' | 'InvalidCallWeightWitness' | 'CallIsNotWhitelisted' | 'CallAlreadyWhitelisted' | 'DeferredDispatchNotFound' | 'DeferredDispatchNotExpired' | 'AlreadyDeferred' | 'DeferredDispatchExpired';
  }

  /** @name PalletOrganizationsOrganization (280) */
  interface PalletOrganizationsOrganization extends Struct {
    readonly kind: HealthchainPrimitivesOrganizationsOrganizationKind;
    readonly admin: AccountId32;
    readonly metadataHash: H256;
    readonly status: PalletOrganizationsOrganizationStatus;
    readonly account: AccountId32;
    readonly depositor: AccountId32;
    readonly deposit: u128;
    readonly memberCount: u32;
    readonly registeredAt: u64;
    readonly payout: Option<AccountId32>;
  }

  /** @name PalletOrganizationsOrganizationStatus (281) */
  interface PalletOrganizationsOrganizationStatus extends Enum {
    readonly isActive: boolean;
    readonly isSuspended: boolean;
    readonly type: 'Active' | 'Suspended';
  }

  /** @name PalletOrganizationsMembership (283) */
  interface PalletOrganizationsMembership extends Struct {
    readonly roles: u8;
    readonly expiresAt: Option<u64>;
    readonly depositor: AccountId32;
    readonly deposit: u128;
    readonly since: u64;
  }

  /** @name FrameSupportPalletId (286) */
  interface FrameSupportPalletId extends U8aFixed {}

  /** @name PalletOrganizationsError (287) */
  interface PalletOrganizationsError extends Enum {
    readonly isUnknownOrganization: boolean;
    readonly isNotAdmin: boolean;
    readonly isOrganizationSuspended: boolean;
    readonly isAlreadySuspended: boolean;
    readonly isNotSuspended: boolean;
    readonly isHasMembers: boolean;
    readonly isAlreadyMember: boolean;
    readonly isNotMember: boolean;
    readonly isNoRoles: boolean;
    readonly isInvalidRoles: boolean;
    readonly isExpiryInPast: boolean;
    readonly isTooManyMembers: boolean;
    readonly isTooManyMemberships: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isSameAdmin: boolean;
    readonly isIdsExhausted: boolean;
    readonly isNotAdminAccount: boolean;
    readonly isZeroAmount: boolean;
    readonly isInsufficientFunds: boolean;
    readonly isInUse: boolean;
    readonly asInUse: HealthchainPrimitivesOrganizationsOrganizationUse;
    readonly isInvalidEndpoint: boolean;
    readonly type: 'UnknownOrganization' | 'NotAdmin' | 'OrganizationSuspended' | 'AlreadySuspended' | 'NotSuspended' | 'HasMembers' | 'AlreadyMember' | 'NotMember' | 'NoRoles' | 'InvalidRoles' | 'ExpiryInPast' | 'TooManyMembers' | 'TooManyMemberships' | 'InsufficientBalance' | 'SameAdmin' | 'IdsExhausted' | 'NotAdminAccount' | 'ZeroAmount' | 'InsufficientFunds' | 'InUse' | 'InvalidEndpoint';
  }

  /** @name HealthchainPrimitivesOrganizationsOrganizationUse (288) */
  interface HealthchainPrimitivesOrganizationsOrganizationUse extends Enum {
    readonly isMembers: boolean;
    readonly isFunds: boolean;
    readonly isPlans: boolean;
    readonly isEscrow: boolean;
    readonly isStudies: boolean;
    readonly isConsents: boolean;
    readonly type: 'Members' | 'Funds' | 'Plans' | 'Escrow' | 'Studies' | 'Consents';
  }

  /** @name PalletConsentConsent (289) */
  interface PalletConsentConsent extends Struct {
    readonly patient: AccountId32;
    readonly organization: u32;
    readonly terms: PalletConsentConsentTerms;
    readonly accesses: u32;
    readonly grantedAt: u64;
  }

  /** @name HealthchainPrimitivesPagingSortKey (292) */
  interface HealthchainPrimitivesPagingSortKey extends U8aFixed {}

  /** @name PalletConsentAccessEntry (294) */
  interface PalletConsentAccessEntry extends Struct {
    readonly organization: u32;
    readonly accessor: AccountId32;
    readonly purpose: HealthchainPrimitivesConsentPurpose;
    readonly category: Option<HealthchainPrimitivesConsentDataCategory>;
    readonly basis: PalletConsentAccessBasis;
    readonly at: u64;
    readonly deposit: u128;
  }

  /** @name PalletConsentLogBounds (296) */
  interface PalletConsentLogBounds extends Struct {
    readonly first: u32;
    readonly next: u32;
  }

  /** @name PalletConsentEmergencyAccess (297) */
  interface PalletConsentEmergencyAccess extends Struct {
    readonly patient: AccountId32;
    readonly organization: u32;
    readonly clinician: AccountId32;
    readonly reason: PalletConsentEmergencyReason;
    readonly justification: H256;
    readonly openedAt: u64;
    readonly expiresAt: u64;
    readonly reads: u32;
    readonly review: PalletConsentReview;
    readonly deposit: u128;
  }

  /** @name PalletConsentReview (298) */
  interface PalletConsentReview extends Enum {
    readonly isPending: boolean;
    readonly isDone: boolean;
    readonly asDone: {
      readonly verdict: PalletConsentReviewVerdict;
      readonly officer: AccountId32;
      readonly at: u64;
      readonly reportHash: H256;
    } & Struct;
    readonly type: 'Pending' | 'Done';
  }

  /** @name PalletConsentRecentUses (299) */
  interface PalletConsentRecentUses extends Vec<u32> {}

  /** @name PalletConsentRegistration (301) */
  interface PalletConsentRegistration extends Struct {
    readonly organization: u32;
    readonly by: AccountId32;
    readonly deposit: u128;
    readonly at: u64;
  }

  /** @name PalletConsentError (302) */
  interface PalletConsentError extends Enum {
    readonly isNoPurpose: boolean;
    readonly isNoCategory: boolean;
    readonly isNoAction: boolean;
    readonly isInvalidBits: boolean;
    readonly isInvalidWindow: boolean;
    readonly isZeroAccessLimit: boolean;
    readonly isEraseByInPast: boolean;
    readonly isTooManyConsents: boolean;
    readonly isUnknownConsent: boolean;
    readonly isNotYourConsent: boolean;
    readonly isIdsExhausted: boolean;
    readonly isAccessDenied: boolean;
    readonly asAccessDenied: HealthchainPrimitivesOrganizationsAccessDenied;
    readonly isConsentDenied: boolean;
    readonly asConsentDenied: HealthchainPrimitivesConsentDenyReason;
    readonly isUnknownEmergencyAccess: boolean;
    readonly isNotYourEmergencyAccess: boolean;
    readonly isEmergencyAccessExpired: boolean;
    readonly isEmergencyPurposeOnly: boolean;
    readonly isEmergencyRateLimited: boolean;
    readonly isAlreadyReviewed: boolean;
    readonly isSelfReview: boolean;
    readonly isAlreadyRegistered: boolean;
    readonly isNothingToPrune: boolean;
    readonly isAccessLogIndexOverflow: boolean;
    readonly isNotRegistered: boolean;
    readonly isEmergencyAccessMisused: boolean;
    readonly isAppointedByClinician: boolean;
    readonly isNotGuardian: boolean;
    readonly isBadRegistrationSignature: boolean;
    readonly isBadDisclosureSignature: boolean;
    readonly isDisclosureNotCurrent: boolean;
    readonly isDisclosureReplayed: boolean;
    readonly isDisclosureMemoryFull: boolean;
    readonly isDisclosureWithinOrganization: boolean;
    readonly type: 'NoPurpose' | 'NoCategory' | 'NoAction' | 'InvalidBits' | 'InvalidWindow' | 'ZeroAccessLimit' | 'EraseByInPast' | 'TooManyConsents' | 'UnknownConsent' | 'NotYourConsent' | 'IdsExhausted' | 'AccessDenied' | 'ConsentDenied' | 'UnknownEmergencyAccess' | 'NotYourEmergencyAccess' | 'EmergencyAccessExpired' | 'EmergencyPurposeOnly' | 'EmergencyRateLimited' | 'AlreadyReviewed' | 'SelfReview' | 'AlreadyRegistered' | 'NothingToPrune' | 'AccessLogIndexOverflow' | 'NotRegistered' | 'EmergencyAccessMisused' | 'AppointedByClinician' | 'NotGuardian' | 'BadRegistrationSignature' | 'BadDisclosureSignature' | 'DisclosureNotCurrent' | 'DisclosureReplayed' | 'DisclosureMemoryFull' | 'DisclosureWithinOrganization';
  }

  /** @name HealthchainPrimitivesOrganizationsAccessDenied (303) */
  interface HealthchainPrimitivesOrganizationsAccessDenied extends Enum {
    readonly isUnknownOrganization: boolean;
    readonly isOrganizationSuspended: boolean;
    readonly isWrongKind: boolean;
    readonly isNotAMember: boolean;
    readonly isMissingRole: boolean;
    readonly isCredentialExpired: boolean;
    readonly type: 'UnknownOrganization' | 'OrganizationSuspended' | 'WrongKind' | 'NotAMember' | 'MissingRole' | 'CredentialExpired';
  }

  /** @name HealthchainPrimitivesConsentDenyReason (304) */
  interface HealthchainPrimitivesConsentDenyReason extends Enum {
    readonly isNoConsent: boolean;
    readonly isNotYetValid: boolean;
    readonly isExpired: boolean;
    readonly isPastEraseBy: boolean;
    readonly isPurposeNotCovered: boolean;
    readonly isCategoryNotCovered: boolean;
    readonly isActionNotCovered: boolean;
    readonly isAccessLimitReached: boolean;
    readonly type: 'NoConsent' | 'NotYetValid' | 'Expired' | 'PastEraseBy' | 'PurposeNotCovered' | 'CategoryNotCovered' | 'ActionNotCovered' | 'AccessLimitReached';
  }

  /** @name PalletRecordsRecord (305) */
  interface PalletRecordsRecord extends Struct {
    readonly patient: AccountId32;
    readonly organization: Option<u32>;
    readonly purpose: Option<HealthchainPrimitivesConsentPurpose>;
    readonly author: AccountId32;
    readonly category: HealthchainPrimitivesConsentDataCategory;
    readonly commitment: H256;
    readonly fhirType: Option<PalletRecordsFhirResourceType>;
    readonly version: u32;
    readonly previous: Option<u64>;
    readonly supersededBy: Option<u64>;
    readonly status: HealthchainPrimitivesRecordsRecordStatus;
    readonly anchoredAt: u64;
    readonly statusChangedAt: Option<u64>;
    readonly deposit: u128;
  }

  /** @name HealthchainPrimitivesRecordsRecordStatus (307) */
  interface HealthchainPrimitivesRecordsRecordStatus extends Enum {
    readonly isCurrent: boolean;
    readonly isSuperseded: boolean;
    readonly isEnteredInError: boolean;
    readonly isErased: boolean;
    readonly type: 'Current' | 'Superseded' | 'EnteredInError' | 'Erased';
  }

  /** @name PalletRecordsBatch (310) */
  interface PalletRecordsBatch extends Struct {
    readonly organization: u32;
    readonly submitter: AccountId32;
    readonly root: H256;
    readonly leafCount: u32;
    readonly scope: PalletRecordsBatchScope;
    readonly anchoredAt: u64;
    readonly deposit: u128;
  }

  /** @name PalletRecordsError (312) */
  interface PalletRecordsError extends Enum {
    readonly isAccessDenied: boolean;
    readonly asAccessDenied: HealthchainPrimitivesOrganizationsAccessDenied;
    readonly isNotAProvider: boolean;
    readonly isConsentDenied: boolean;
    readonly asConsentDenied: HealthchainPrimitivesConsentDenyReason;
    readonly isDuplicateCommitment: boolean;
    readonly isUnknownRecord: boolean;
    readonly isNotCurrentVersion: boolean;
    readonly isRecordErased: boolean;
    readonly isNotYourRecord: boolean;
    readonly isTooManyVersions: boolean;
    readonly isDuplicateRoot: boolean;
    readonly isEmptyBatch: boolean;
    readonly isTooManyLeaves: boolean;
    readonly isIdsExhausted: boolean;
    readonly isUnattributedScope: boolean;
    readonly type: 'AccessDenied' | 'NotAProvider' | 'ConsentDenied' | 'DuplicateCommitment' | 'UnknownRecord' | 'NotCurrentVersion' | 'RecordErased' | 'NotYourRecord' | 'TooManyVersions' | 'DuplicateRoot' | 'EmptyBatch' | 'TooManyLeaves' | 'IdsExhausted' | 'UnattributedScope';
  }

  /** @name PalletClaimsPlan (313) */
  interface PalletClaimsPlan extends Struct {
    readonly payer: u32;
    readonly escrowAccount: AccountId32;
    readonly versions: u32;
    readonly funded: u128;
    readonly paid: u128;
    readonly withdrawn: u128;
    readonly reserved: u128;
    readonly publisher: AccountId32;
    readonly deposit: u128;
  }

  /** @name PalletClaimsMembership (314) */
  interface PalletClaimsMembership extends Struct {
    readonly periods: Vec<PalletClaimsCoveragePeriod>;
    readonly requestedAt: Option<u64>;
  }

  /** @name PalletClaimsCoveragePeriod (316) */
  interface PalletClaimsCoveragePeriod extends Struct {
    readonly since: u64;
    readonly until: Option<u64>;
  }

  /** @name PalletClaimsPriorAuth (319) */
  interface PalletClaimsPriorAuth extends Struct {
    readonly provider: u32;
    readonly plan: u32;
    readonly patient: AccountId32;
    readonly serviceCode: u32;
    readonly status: PalletClaimsPriorAuthStatus;
    readonly requestedAt: u64;
    readonly requester: AccountId32;
    readonly deposit: u128;
    readonly expiresAt: Option<u64>;
    readonly usedBy: Option<u64>;
  }

  /** @name PalletClaimsAdjudicatedLine (322) */
  interface PalletClaimsAdjudicatedLine extends Struct {
    readonly input: PalletClaimsClaimLineInput;
    readonly allowed: u128;
    readonly patientResponsibility: u128;
    readonly payerAmount: u128;
    readonly adjustments: Vec<PalletClaimsAdjustment>;
  }

  /** @name PalletClaimsAdjustment (324) */
  interface PalletClaimsAdjustment extends Enum {
    readonly isNotCovered: boolean;
    readonly isExceedsFeeSchedule: boolean;
    readonly isPriorAuthMissing: boolean;
    readonly isDuplicate: boolean;
    readonly isAnnualLimitReached: boolean;
    readonly isPatientShare: boolean;
    readonly type: 'NotCovered' | 'ExceedsFeeSchedule' | 'PriorAuthMissing' | 'Duplicate' | 'AnnualLimitReached' | 'PatientShare';
  }

  /** @name PalletClaimsError (327) */
  interface PalletClaimsError extends Enum {
    readonly isAccessDenied: boolean;
    readonly asAccessDenied: HealthchainPrimitivesOrganizationsAccessDenied;
    readonly isUnknownPlan: boolean;
    readonly isRulesNotSorted: boolean;
    readonly isVersionNotLater: boolean;
    readonly isTooManyVersions: boolean;
    readonly isZeroAmount: boolean;
    readonly isInsufficientEscrow: boolean;
    readonly isAlreadyEnrolled: boolean;
    readonly isNotEnrolled: boolean;
    readonly isAlreadyRequested: boolean;
    readonly isNoEnrollmentRequest: boolean;
    readonly isTooManyCoveragePeriods: boolean;
    readonly isUnknownPriorAuth: boolean;
    readonly isAlreadyDecided: boolean;
    readonly isPriorAuthMismatch: boolean;
    readonly isPriorAuthUsed: boolean;
    readonly isPriorAuthNotRemovable: boolean;
    readonly isNoLines: boolean;
    readonly isNoEvidence: boolean;
    readonly isUnknownEvidence: boolean;
    readonly isEvidenceOfAnotherPatient: boolean;
    readonly isEvidenceOfAnotherProvider: boolean;
    readonly isEvidenceNotCurrent: boolean;
    readonly asEvidenceNotCurrent: HealthchainPrimitivesRecordsRecordStatus;
    readonly isEvidenceAlreadyUsed: boolean;
    readonly isServiceDateInFuture: boolean;
    readonly isNoTermsInForce: boolean;
    readonly isUnknownClaim: boolean;
    readonly isNotPendingReview: boolean;
    readonly isAdjustAboveAdjudicated: boolean;
    readonly isNotDenied: boolean;
    readonly isNotAppealed: boolean;
    readonly isAwardTooHigh: boolean;
    readonly isServiceAlreadyClaimed: boolean;
    readonly isIdsExhausted: boolean;
    readonly isPayerNotActive: boolean;
    readonly asPayerNotActive: HealthchainPrimitivesOrganizationsAccessDenied;
    readonly isProviderNotActive: boolean;
    readonly asProviderNotActive: HealthchainPrimitivesOrganizationsAccessDenied;
    readonly isLineAmountTooHigh: boolean;
    readonly isAwardAboveAnnualLimit: boolean;
    readonly type: 'AccessDenied' | 'UnknownPlan' | 'RulesNotSorted' | 'VersionNotLater' | 'TooManyVersions' | 'ZeroAmount' | 'InsufficientEscrow' | 'AlreadyEnrolled' | 'NotEnrolled' | 'AlreadyRequested' | 'NoEnrollmentRequest' | 'TooManyCoveragePeriods' | 'UnknownPriorAuth' | 'AlreadyDecided' | 'PriorAuthMismatch' | 'PriorAuthUsed' | 'PriorAuthNotRemovable' | 'NoLines' | 'NoEvidence' | 'UnknownEvidence' | 'EvidenceOfAnotherPatient' | 'EvidenceOfAnotherProvider' | 'EvidenceNotCurrent' | 'EvidenceAlreadyUsed' | 'ServiceDateInFuture' | 'NoTermsInForce' | 'UnknownClaim' | 'NotPendingReview' | 'AdjustAboveAdjudicated' | 'NotDenied' | 'NotAppealed' | 'AwardTooHigh' | 'ServiceAlreadyClaimed' | 'IdsExhausted' | 'PayerNotActive' | 'ProviderNotActive' | 'LineAmountTooHigh' | 'AwardAboveAnnualLimit';
  }

  /** @name PalletResearchStudy (328) */
  interface PalletResearchStudy extends Struct {
    readonly institution: u32;
    readonly researcher: AccountId32;
    readonly protocolHash: H256;
    readonly version: u32;
    readonly dataUse: HealthchainPrimitivesDuoDataUse;
    readonly purpose: HealthchainPrimitivesDuoStudyPurpose;
    readonly categories: u32;
    readonly minCohort: u32;
    readonly registeredAt: u64;
    readonly endsAt: u64;
    readonly status: PalletResearchStudyStatus;
    readonly ethics: Option<ITuple<[u32, AccountId32]>>;
    readonly cohort: u32;
    readonly attested: u32;
    readonly deposit: u128;
  }

  /** @name PalletResearchParticipation (331) */
  interface PalletResearchParticipation extends Struct {
    readonly version: u32;
    readonly basis: PalletResearchBasis;
    readonly compensated: bool;
    readonly attestedBy: Vec<u32>;
  }

  /** @name PalletResearchDataGrant (333) */
  interface PalletResearchDataGrant extends Struct {
    readonly study: u32;
    readonly provider: u32;
    readonly grantedBy: AccountId32;
    readonly dataset: H256;
    readonly recordCount: u32;
    readonly expiresAt: u64;
    readonly revoked: bool;
    readonly accesses: u32;
    readonly version: u32;
    readonly deposit: u128;
  }

  /** @name PalletResearchPool (334) */
  interface PalletResearchPool extends Struct {
    readonly funder: AccountId32;
    readonly funded: u128;
    readonly paid: u128;
    readonly share: Option<u128>;
    readonly claimUntil: Option<u64>;
    readonly legacy: bool;
  }

  /** @name PalletResearchError (336) */
  interface PalletResearchError extends Enum {
    readonly isAccessDenied: boolean;
    readonly asAccessDenied: HealthchainPrimitivesOrganizationsAccessDenied;
    readonly isUnknownStudy: boolean;
    readonly isInvalidDataUse: boolean;
    readonly isZeroMinCohort: boolean;
    readonly isEndInPast: boolean;
    readonly isSelfApproval: boolean;
    readonly isStudyNotProposed: boolean;
    readonly isStudyNotApproved: boolean;
    readonly isStudyNotActive: boolean;
    readonly isStudyNotRecruiting: boolean;
    readonly isStudyClosed: boolean;
    readonly isStudyRejected: boolean;
    readonly isStudyNotClosed: boolean;
    readonly isNotResearcher: boolean;
    readonly isAlreadyParticipating: boolean;
    readonly isNotParticipating: boolean;
    readonly isNoResearchProfile: boolean;
    readonly isDuoMismatch: boolean;
    readonly asDuoMismatch: HealthchainPrimitivesDuoDuoMismatch;
    readonly isNoResearchConsent: boolean;
    readonly isCohortTooSmall: boolean;
    readonly isUnknownGrant: boolean;
    readonly isGrantRevoked: boolean;
    readonly isGrantExpired: boolean;
    readonly isExpiryInPast: boolean;
    readonly isZeroAmount: boolean;
    readonly isPoolOfAnotherFunder: boolean;
    readonly isNothingToClaim: boolean;
    readonly isIdsExhausted: boolean;
    readonly isInstitutionNotActive: boolean;
    readonly asInstitutionNotActive: HealthchainPrimitivesOrganizationsAccessDenied;
    readonly isProviderNotActive: boolean;
    readonly asProviderNotActive: HealthchainPrimitivesOrganizationsAccessDenied;
    readonly isMinCohortBelowFloor: boolean;
    readonly isWithdrawn: boolean;
    readonly isNotProvidersPatient: boolean;
    readonly isAlreadyAttested: boolean;
    readonly isTooManyAttestations: boolean;
    readonly isTooManyStudies: boolean;
    readonly isRecordCountAboveCohort: boolean;
    readonly isGrantBeyondStudyEnd: boolean;
    readonly isStudyEnded: boolean;
    readonly isGrantOfOldProtocol: boolean;
    readonly isParticipationStillValid: boolean;
    readonly isPoolNotReclaimable: boolean;
    readonly isNotFunder: boolean;
    readonly type: 'AccessDenied' | 'UnknownStudy' | 'InvalidDataUse' | 'ZeroMinCohort' | 'EndInPast' | 'SelfApproval' | 'StudyNotProposed' | 'StudyNotApproved' | 'StudyNotActive' | 'StudyNotRecruiting' | 'StudyClosed' | 'StudyRejected' | 'StudyNotClosed' | 'NotResearcher' | 'AlreadyParticipating' | 'NotParticipating' | 'NoResearchProfile' | 'DuoMismatch' | 'NoResearchConsent' | 'CohortTooSmall' | 'UnknownGrant' | 'GrantRevoked' | 'GrantExpired' | 'ExpiryInPast' | 'ZeroAmount' | 'PoolOfAnotherFunder' | 'NothingToClaim' | 'IdsExhausted' | 'InstitutionNotActive' | 'ProviderNotActive' | 'MinCohortBelowFloor' | 'Withdrawn' | 'NotProvidersPatient' | 'AlreadyAttested' | 'TooManyAttestations' | 'TooManyStudies' | 'RecordCountAboveCohort' | 'GrantBeyondStudyEnd' | 'StudyEnded' | 'GrantOfOldProtocol' | 'ParticipationStillValid' | 'PoolNotReclaimable' | 'NotFunder';
  }

  /** @name HealthchainPrimitivesDuoDuoMismatch (337) */
  interface HealthchainPrimitivesDuoDuoMismatch extends Enum {
    readonly isPermission: boolean;
    readonly isCommercial: boolean;
    readonly isForProfit: boolean;
    readonly isMethodsResearch: boolean;
    readonly isNoEthicsApproval: boolean;
    readonly isNoPublication: boolean;
    readonly isNoCollaboration: boolean;
    readonly isGeography: boolean;
    readonly isTimeLimit: boolean;
    readonly type: 'Permission' | 'Commercial' | 'ForProfit' | 'MethodsResearch' | 'NoEthicsApproval' | 'NoPublication' | 'NoCollaboration' | 'Geography' | 'TimeLimit';
  }

  /** @name SpRuntimeBlockLazyBlock (338) */
  interface SpRuntimeBlockLazyBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name SpRuntimeExtrinsicInclusionMode (341) */
  interface SpRuntimeExtrinsicInclusionMode extends Enum {
    readonly isAllExtrinsics: boolean;
    readonly isOnlyInherents: boolean;
    readonly type: 'AllExtrinsics' | 'OnlyInherents';
  }

  /** @name SpRuntimeTransactionValidityTransactionValidityError (345) */
  interface SpRuntimeTransactionValidityTransactionValidityError extends Enum {
    readonly isInvalid: boolean;
    readonly asInvalid: SpRuntimeTransactionValidityInvalidTransaction;
    readonly isUnknown: boolean;
    readonly asUnknown: SpRuntimeTransactionValidityUnknownTransaction;
    readonly type: 'Invalid' | 'Unknown';
  }

  /** @name SpRuntimeTransactionValidityInvalidTransaction (346) */
  interface SpRuntimeTransactionValidityInvalidTransaction extends Enum {
    readonly isCall: boolean;
    readonly isPayment: boolean;
    readonly isFuture: boolean;
    readonly isStale: boolean;
    readonly isBadProof: boolean;
    readonly isAncientBirthBlock: boolean;
    readonly isExhaustsResources: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly isBadMandatory: boolean;
    readonly isMandatoryValidation: boolean;
    readonly isBadSigner: boolean;
    readonly isIndeterminateImplicit: boolean;
    readonly isUnknownOrigin: boolean;
    readonly type: 'Call' | 'Payment' | 'Future' | 'Stale' | 'BadProof' | 'AncientBirthBlock' | 'ExhaustsResources' | 'Custom' | 'BadMandatory' | 'MandatoryValidation' | 'BadSigner' | 'IndeterminateImplicit' | 'UnknownOrigin';
  }

  /** @name SpRuntimeTransactionValidityUnknownTransaction (347) */
  interface SpRuntimeTransactionValidityUnknownTransaction extends Enum {
    readonly isCannotLookup: boolean;
    readonly isNoUnsignedValidator: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly type: 'CannotLookup' | 'NoUnsignedValidator' | 'Custom';
  }

  /** @name SpInherentsInherentData (348) */
  interface SpInherentsInherentData extends Struct {
    readonly data: BTreeMap<U8aFixed, Bytes>;
  }

  /** @name SpInherentsCheckInherentsResult (352) */
  interface SpInherentsCheckInherentsResult extends Struct {
    readonly okay: bool;
    readonly fatalError: bool;
    readonly errors: SpInherentsInherentData;
  }

  /** @name SpRuntimeTransactionValidityTransactionSource (353) */
  interface SpRuntimeTransactionValidityTransactionSource extends Enum {
    readonly isInBlock: boolean;
    readonly isLocal: boolean;
    readonly isExternal: boolean;
    readonly type: 'InBlock' | 'Local' | 'External';
  }

  /** @name SpRuntimeTransactionValidityValidTransaction (355) */
  interface SpRuntimeTransactionValidityValidTransaction extends Struct {
    readonly priority: u64;
    readonly requires: Vec<Bytes>;
    readonly provides: Vec<Bytes>;
    readonly longevity: u64;
    readonly propagate: bool;
  }

  /** @name SpSessionRuntimeApiOpaqueGeneratedSessionKeys (358) */
  interface SpSessionRuntimeApiOpaqueGeneratedSessionKeys extends Struct {
    readonly keys_: Bytes;
    readonly proof: Bytes;
  }

  /** @name PalletTransactionPaymentRuntimeDispatchInfo (365) */
  interface PalletTransactionPaymentRuntimeDispatchInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly partialFee: u128;
  }

  /** @name PalletTransactionPaymentFeeDetails (366) */
  interface PalletTransactionPaymentFeeDetails extends Struct {
    readonly inclusionFee: Option<PalletTransactionPaymentInclusionFee>;
    readonly tip: u128;
  }

  /** @name PalletTransactionPaymentInclusionFee (368) */
  interface PalletTransactionPaymentInclusionFee extends Struct {
    readonly baseFee: u128;
    readonly lenFee: u128;
    readonly adjustedWeightFee: u128;
  }

  /** @name HealthchainPrimitivesPagingWithIdOrganization (373) */
  interface HealthchainPrimitivesPagingWithIdOrganization extends Struct {
    readonly id: u32;
    readonly value: PalletOrganizationsOrganization;
  }

  /** @name HealthchainPrimitivesPagingWithIdMembership (377) */
  interface HealthchainPrimitivesPagingWithIdMembership extends Struct {
    readonly id: AccountId32;
    readonly value: PalletOrganizationsMembership;
  }

  /** @name PalletOrganizationsAccountMemberships (379) */
  interface PalletOrganizationsAccountMemberships extends Struct {
    readonly account: AccountId32;
    readonly memberships: Vec<PalletOrganizationsAccountMembership>;
  }

  /** @name PalletOrganizationsAccountMembership (381) */
  interface PalletOrganizationsAccountMembership extends Struct {
    readonly organization: u32;
    readonly kind: HealthchainPrimitivesOrganizationsOrganizationKind;
    readonly organizationActive: bool;
    readonly roles: u8;
    readonly expiresAt: Option<u64>;
    readonly expired: bool;
  }

  /** @name HealthchainPrimitivesOrganizationsRole (382) */
  interface HealthchainPrimitivesOrganizationsRole extends Enum {
    readonly isAdmin: boolean;
    readonly isClinician: boolean;
    readonly isBilling: boolean;
    readonly isResearcher: boolean;
    readonly isReviewer: boolean;
    readonly isPrivacyOfficer: boolean;
    readonly type: 'Admin' | 'Clinician' | 'Billing' | 'Researcher' | 'Reviewer' | 'PrivacyOfficer';
  }

  /** @name HealthchainPrimitivesConsentAction (384) */
  interface HealthchainPrimitivesConsentAction extends Enum {
    readonly isRead: boolean;
    readonly isWrite: boolean;
    readonly type: 'Read' | 'Write';
  }

  /** @name HealthchainPrimitivesConsentDecision (385) */
  interface HealthchainPrimitivesConsentDecision extends Enum {
    readonly isPermit: boolean;
    readonly asPermit: u64;
    readonly isDeny: boolean;
    readonly asDeny: HealthchainPrimitivesConsentDenyReason;
    readonly type: 'Permit' | 'Deny';
  }

  /** @name HealthchainPrimitivesConsentCategoryDecisions (386) */
  interface HealthchainPrimitivesConsentCategoryDecisions extends Struct {
    readonly items: Vec<HealthchainPrimitivesConsentCategoryDecision>;
  }

  /** @name HealthchainPrimitivesConsentCategoryDecision (388) */
  interface HealthchainPrimitivesConsentCategoryDecision extends Struct {
    readonly category: HealthchainPrimitivesConsentDataCategory;
    readonly decision: HealthchainPrimitivesConsentDecision;
  }

  /** @name PalletConsentReadChecks (389) */
  interface PalletConsentReadChecks extends Struct {
    readonly items: Vec<PalletConsentReadCheck>;
  }

  /** @name PalletConsentReadCheck (391) */
  interface PalletConsentReadCheck extends Struct {
    readonly category: HealthchainPrimitivesConsentDataCategory;
    readonly result: Result<PalletConsentAccessBasis, PalletConsentReadRefusal>;
  }

  /** @name PalletConsentReadRefusal (393) */
  interface PalletConsentReadRefusal extends Enum {
    readonly isAccessDenied: boolean;
    readonly asAccessDenied: HealthchainPrimitivesOrganizationsAccessDenied;
    readonly isConsentDenied: boolean;
    readonly asConsentDenied: HealthchainPrimitivesConsentDenyReason;
    readonly isUnknownEmergencyAccess: boolean;
    readonly isNotYourEmergencyAccess: boolean;
    readonly isEmergencyAccessMisused: boolean;
    readonly isEmergencyAccessExpired: boolean;
    readonly isEmergencyPurposeOnly: boolean;
    readonly type: 'AccessDenied' | 'ConsentDenied' | 'UnknownEmergencyAccess' | 'NotYourEmergencyAccess' | 'EmergencyAccessMisused' | 'EmergencyAccessExpired' | 'EmergencyPurposeOnly';
  }

  /** @name PalletConsentPatientConsents (394) */
  interface PalletConsentPatientConsents extends Struct {
    readonly patient: AccountId32;
    readonly consents: Vec<HealthchainPrimitivesPagingWithIdConsent>;
  }

  /** @name HealthchainPrimitivesPagingWithIdConsent (396) */
  interface HealthchainPrimitivesPagingWithIdConsent extends Struct {
    readonly id: u64;
    readonly value: PalletConsentConsent;
  }

  /** @name PalletConsentAccessLogItem (399) */
  interface PalletConsentAccessLogItem extends Struct {
    readonly index: u32;
    readonly entry: PalletConsentAccessEntry;
    readonly review: Option<PalletConsentReview>;
  }

  /** @name HealthchainPrimitivesPagingWithIdEmergencyAccess (403) */
  interface HealthchainPrimitivesPagingWithIdEmergencyAccess extends Struct {
    readonly id: u64;
    readonly value: PalletConsentEmergencyAccess;
  }

  /** @name PalletConsentPatientInfo (406) */
  interface PalletConsentPatientInfo extends Struct {
    readonly patient: AccountId32;
    readonly registration: Option<PalletConsentRegistration>;
    readonly freeCallsLeft: u32;
  }

  /** @name HealthchainPrimitivesPagingWithIdRecord (409) */
  interface HealthchainPrimitivesPagingWithIdRecord extends Struct {
    readonly id: u64;
    readonly value: PalletRecordsRecord;
  }

  /** @name PalletRecordsRecordHistory (412) */
  interface PalletRecordsRecordHistory extends Struct {
    readonly record: u64;
    readonly versions: Vec<HealthchainPrimitivesPagingWithIdRecord>;
  }

  /** @name HealthchainPrimitivesPagingWithIdBatch (414) */
  interface HealthchainPrimitivesPagingWithIdBatch extends Struct {
    readonly id: u64;
    readonly value: PalletRecordsBatch;
  }

  /** @name PalletRecordsLeafProof (415) */
  interface PalletRecordsLeafProof extends Struct {
    readonly valid: bool;
    readonly error: Option<PalletRecordsProofError>;
  }

  /** @name PalletRecordsProofError (417) */
  interface PalletRecordsProofError extends Enum {
    readonly isUnknownBatch: boolean;
    readonly isIndexOutOfRange: boolean;
    readonly isProofTooLong: boolean;
    readonly isMismatch: boolean;
    readonly type: 'UnknownBatch' | 'IndexOutOfRange' | 'ProofTooLong' | 'Mismatch';
  }

  /** @name PalletRecordsWriteRefusal (419) */
  interface PalletRecordsWriteRefusal extends Enum {
    readonly isAccessDenied: boolean;
    readonly asAccessDenied: HealthchainPrimitivesOrganizationsAccessDenied;
    readonly isNotAProvider: boolean;
    readonly isConsentDenied: boolean;
    readonly asConsentDenied: HealthchainPrimitivesConsentDenyReason;
    readonly isDuplicateCommitment: boolean;
    readonly type: 'AccessDenied' | 'NotAProvider' | 'ConsentDenied' | 'DuplicateCommitment';
  }

  /** @name HealthchainPrimitivesPagingWithIdClaim (421) */
  interface HealthchainPrimitivesPagingWithIdClaim extends Struct {
    readonly id: u64;
    readonly value: PalletClaimsClaim;
  }

  /** @name PalletClaimsClaim (422) */
  interface PalletClaimsClaim extends Struct {
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
  }

  /** @name PalletClaimsPlanInfo (426) */
  interface PalletClaimsPlanInfo extends Struct {
    readonly id: u32;
    readonly plan: PalletClaimsPlan;
    readonly terms: PalletClaimsPlanTermsInfo;
    readonly held: u128;
    readonly available: u128;
  }

  /** @name PalletClaimsPlanTermsInfo (427) */
  interface PalletClaimsPlanTermsInfo extends Struct {
    readonly rules: Vec<PalletClaimsCoverageRule>;
    readonly annualLimit: u128;
    readonly autoApproveUpTo: u128;
    readonly effectiveFrom: u64;
  }

  /** @name PalletClaimsAnnualLimit (429) */
  interface PalletClaimsAnnualLimit extends Struct {
    readonly plan: u32;
    readonly patient: AccountId32;
    readonly remaining: u128;
    readonly enrolled: bool;
  }

  /** @name PalletClaimsEscrow (431) */
  interface PalletClaimsEscrow extends Struct {
    readonly held: u128;
    readonly reserved: u128;
    readonly available: u128;
  }

  /** @name PalletConsortiumNodesPeering (432) */
  interface PalletConsortiumNodesPeering extends Enum {
    readonly isOpen: boolean;
    readonly isOnly: boolean;
    readonly asOnly: Vec<Bytes>;
    readonly type: 'Open' | 'Only';
  }

  /** @name PalletResearchStudyFilter (436) */
  interface PalletResearchStudyFilter extends Struct {
    readonly status: Option<PalletResearchStudyStatus>;
    readonly permission: Option<HealthchainPrimitivesDuoDuoPermission>;
  }

  /** @name HealthchainPrimitivesPagingWithIdStudy (440) */
  interface HealthchainPrimitivesPagingWithIdStudy extends Struct {
    readonly id: u32;
    readonly value: PalletResearchStudy;
  }

  /** @name PalletResearchCohort (444) */
  interface PalletResearchCohort extends Struct {
    readonly study: u32;
    readonly version: u32;
    readonly cohort: u32;
  }

  /** @name PalletResearchProviderCohort (446) */
  interface PalletResearchProviderCohort extends Struct {
    readonly study: u32;
    readonly provider: u32;
    readonly version: u32;
    readonly cohort: u32;
  }

  /** @name HealthchainPrimitivesPagingPage (447) */
  interface HealthchainPrimitivesPagingPage extends Struct {
    readonly items: Vec<HealthchainPrimitivesPagingWithIdDataGrant>;
    readonly nextCursor: Option<u64>;
  }

  /** @name HealthchainPrimitivesPagingWithIdDataGrant (448) */
  interface HealthchainPrimitivesPagingWithIdDataGrant extends Struct {
    readonly id: u64;
    readonly value: PalletResearchDataGrant;
  }

  /** @name PalletResearchConsentMatch (450) */
  interface PalletResearchConsentMatch extends Struct {
    readonly matches: bool;
    readonly reason: Option<PalletResearchBroadConsentMismatch>;
  }

  /** @name PalletResearchBroadConsentMismatch (452) */
  interface PalletResearchBroadConsentMismatch extends Enum {
    readonly isUnknownStudy: boolean;
    readonly isNoResearchProfile: boolean;
    readonly isDuo: boolean;
    readonly asDuo: HealthchainPrimitivesDuoDuoMismatch;
    readonly isNoResearchConsent: boolean;
    readonly type: 'UnknownStudy' | 'NoResearchProfile' | 'Duo' | 'NoResearchConsent';
  }

  /** @name HealthchainRuntimeRuntimeError (453) */
  interface HealthchainRuntimeRuntimeError extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSystemError;
    readonly isGrandpa: boolean;
    readonly asGrandpa: PalletGrandpaError;
    readonly isSession: boolean;
    readonly asSession: PalletSessionError;
    readonly isValidatorSet: boolean;
    readonly asValidatorSet: PalletValidatorSetError;
    readonly isConsortiumNodes: boolean;
    readonly asConsortiumNodes: PalletConsortiumNodesError;
    readonly isBalances: boolean;
    readonly asBalances: PalletBalancesError;
    readonly isUtility: boolean;
    readonly asUtility: PalletUtilityError;
    readonly isProxy: boolean;
    readonly asProxy: PalletProxyError;
    readonly isMultisig: boolean;
    readonly asMultisig: PalletMultisigError;
    readonly isSudo: boolean;
    readonly asSudo: PalletSudoError;
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveError;
    readonly isCouncilMembership: boolean;
    readonly asCouncilMembership: PalletMembershipError;
    readonly isPreimage: boolean;
    readonly asPreimage: PalletPreimageError;
    readonly isWhitelist: boolean;
    readonly asWhitelist: PalletWhitelistError;
    readonly isOrganizations: boolean;
    readonly asOrganizations: PalletOrganizationsError;
    readonly isConsent: boolean;
    readonly asConsent: PalletConsentError;
    readonly isRecords: boolean;
    readonly asRecords: PalletRecordsError;
    readonly isClaims: boolean;
    readonly asClaims: PalletClaimsError;
    readonly isResearch: boolean;
    readonly asResearch: PalletResearchError;
    readonly type: 'System' | 'Grandpa' | 'Session' | 'ValidatorSet' | 'ConsortiumNodes' | 'Balances' | 'Utility' | 'Proxy' | 'Multisig' | 'Sudo' | 'Council' | 'CouncilMembership' | 'Preimage' | 'Whitelist' | 'Organizations' | 'Consent' | 'Records' | 'Claims' | 'Research';
  }

} // declare module
