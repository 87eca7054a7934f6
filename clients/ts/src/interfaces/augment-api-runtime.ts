// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/calls';

import type { ApiTypes, AugmentedCall, DecoratedCallBase } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, Struct, Text, Vec, u128, u32, u64 } from '@polkadot/types-codec';
import type { AnyNumber, IMethod, ITuple } from '@polkadot/types-codec/types';
import type { Extrinsic } from '@polkadot/types/interfaces/extrinsics';
import type { OpaqueMetadata } from '@polkadot/types/interfaces/metadata';
import type { AccountId32, H256, SlotDuration } from '@polkadot/types/interfaces/runtime';
import type { HealthchainPrimitivesConsentAction, HealthchainPrimitivesConsentCategoryDecisions, HealthchainPrimitivesConsentDataCategory, HealthchainPrimitivesConsentDecision, HealthchainPrimitivesConsentPurpose, HealthchainPrimitivesOrganizationsAccessDenied, HealthchainPrimitivesOrganizationsOrganizationKind, HealthchainPrimitivesOrganizationsRole, HealthchainPrimitivesPagingPage, HealthchainPrimitivesPagingWithIdBatch, HealthchainPrimitivesPagingWithIdClaim, HealthchainPrimitivesPagingWithIdConsent, HealthchainPrimitivesPagingWithIdEmergencyAccess, HealthchainPrimitivesPagingWithIdMembership, HealthchainPrimitivesPagingWithIdOrganization, HealthchainPrimitivesPagingWithIdRecord, HealthchainPrimitivesPagingWithIdStudy, PalletClaimsAnnualLimit, PalletClaimsEscrow, PalletClaimsPlanInfo, PalletConsentAccessLogItem, PalletConsentPatientConsents, PalletConsentPatientInfo, PalletConsentReadChecks, PalletConsortiumNodesNodeInfo, PalletConsortiumNodesPeering, PalletOrganizationsAccountMemberships, PalletRecordsLeafProof, PalletRecordsRecordHistory, PalletRecordsWriteRefusal, PalletResearchCohort, PalletResearchConsentMatch, PalletResearchProviderCohort, PalletResearchStudyFilter, PalletTransactionPaymentFeeDetails, PalletTransactionPaymentRuntimeDispatchInfo, SpConsensusAuraSr25519AppSr25519Public, SpConsensusGrandpaAppPublic, SpConsensusGrandpaEquivocationProof, SpCoreCryptoKeyTypeId, SpInherentsCheckInherentsResult, SpInherentsInherentData, SpRuntimeBlockLazyBlock, SpRuntimeDispatchError, SpRuntimeExtrinsicInclusionMode, SpRuntimeHeader, SpRuntimeTransactionValidityTransactionSource, SpRuntimeTransactionValidityTransactionValidityError, SpRuntimeTransactionValidityValidTransaction, SpSessionRuntimeApiOpaqueGeneratedSessionKeys, SpVersionRuntimeVersion, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';
import type { IExtrinsic, Observable } from '@polkadot/types/types';

// Declared by scripts/generate.mjs (typegen refers to them without declaring them).
type HealthchainPrimitivesConsentCategorySet = u32;
import type { Call } from '@polkadot/types/interfaces/runtime';
type HealthchainRuntimeRuntimeCall = Call;

export type __AugmentedCall<ApiType extends ApiTypes> = AugmentedCall<ApiType>;
export type __DecoratedCallBase<ApiType extends ApiTypes> = DecoratedCallBase<ApiType>;

declare module '@polkadot/api-base/types/calls' {
  interface AugmentedCalls<ApiType extends ApiTypes> {
    /** 0xbc9d89904f5b923f/ */
    accountNonceApi: {
      /**
       * Get current account nonce of given `AccountId`.
       **/
      accountNonce: AugmentedCall<ApiType, (account: AccountId32 | string | Uint8Array) => Observable<u32>>;
    };
    /** 0xdd718d5cc53262d4/ */
    auraApi: {
      /**
       * Return the current set of authorities.
       **/
      authorities: AugmentedCall<ApiType, () => Observable<Vec<SpConsensusAuraSr25519AppSr25519Public>>>;
      /**
       * Returns the slot duration for Aura.,, Currently, only the value provided by this type at genesis will be used.
       **/
      slotDuration: AugmentedCall<ApiType, () => Observable<SlotDuration>>;
    };
    /** 0x40fe3ad401f8959a/ */
    blockBuilder: {
      /**
       * Apply the given extrinsic.,, Returns an inclusion outcome which specifies if this extrinsic is included in, this block or not.
       **/
      applyExtrinsic: AugmentedCall<ApiType, (extrinsic: Extrinsic | IExtrinsic | string | Uint8Array) => Observable<Result<Result<Null, SpRuntimeDispatchError>, SpRuntimeTransactionValidityTransactionValidityError>>>;
      /**
       * Check that the inherents are valid. The inherent data will vary from chain to chain.
       **/
      checkInherents: AugmentedCall<ApiType, (block: SpRuntimeBlockLazyBlock | { header?: any; extrinsics?: any } | string | Uint8Array, data: SpInherentsInherentData | { data?: any } | string | Uint8Array) => Observable<SpInherentsCheckInherentsResult>>;
      /**
       * Finish the current block.
       **/
      finalizeBlock: AugmentedCall<ApiType, () => Observable<SpRuntimeHeader>>;
      /**
       * Generate inherent extrinsics. The inherent data will vary from chain to chain.
       **/
      inherentExtrinsics: AugmentedCall<ApiType, (inherent: SpInherentsInherentData | { data?: any } | string | Uint8Array) => Observable<Vec<Bytes>>>;
    };
    /** 0x6a29b9f028e63dcf/ */
    claimsApi: {
      /**
       * The claim `id` with its adjudication.
       **/
      claim: AugmentedCall<ApiType, (id: u64 | AnyNumber | Uint8Array) => Observable<Option<HealthchainPrimitivesPagingWithIdClaim>>>;
      /**
       * `patient`'s claims after `start_after`, in id order.
       **/
      claimsOfPatient: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array, start_after: Option<u64> | null | Uint8Array | u64 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<{
    readonly items: Vec<HealthchainPrimitivesPagingWithIdClaim>;
    readonly nextCursor: Option<u64>;
  } & Struct>>;
      /**
       * The claims against `plan` after `start_after`, in id order.
       **/
      claimsOfPlan: AugmentedCall<ApiType, (plan: u32 | AnyNumber | Uint8Array, start_after: Option<u64> | null | Uint8Array | u64 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<{
    readonly items: Vec<HealthchainPrimitivesPagingWithIdClaim>;
    readonly nextCursor: Option<u64>;
  } & Struct>>;
      /**
       * `provider`'s claims after `start_after`, in id order.
       **/
      claimsOfProvider: AugmentedCall<ApiType, (provider: u32 | AnyNumber | Uint8Array, start_after: Option<u64> | null | Uint8Array | u64 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<{
    readonly items: Vec<HealthchainPrimitivesPagingWithIdClaim>;
    readonly nextCursor: Option<u64>;
  } & Struct>>;
      /**
       * The plan's escrow: held, reserved for pending claims, available.
       **/
      escrow: AugmentedCall<ApiType, (plan: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletClaimsEscrow>>>;
      /**
       * The plan `id` with its current terms and escrow.
       **/
      plan: AugmentedCall<ApiType, (id: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletClaimsPlanInfo>>>;
      /**
       * What `plan` still pays for `patient` this calendar year, and whether the patient is, enrolled now.
       **/
      remainingAnnualLimit: AugmentedCall<ApiType, (plan: u32 | AnyNumber | Uint8Array, patient: AccountId32 | string | Uint8Array) => Observable<Option<PalletClaimsAnnualLimit>>>;
    };
    /** 0xc5ef2a0399e7295e/ */
    consentApi: {
      /**
       * `patient`'s access log after `start_after`, oldest first; entries on an emergency, basis come with its review.
       **/
      accessLog: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array, start_after: Option<u32> | null | Uint8Array | u32 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<{
    readonly items: Vec<PalletConsentAccessLogItem>;
    readonly nextCursor: Option<u32>;
  } & Struct>>;
      /**
       * What `consent.recordAccess` would decide now, for each category `categories` covers,, if `accessor` recorded a read of `patient`'s data for `organization` and `purpose`, (under the emergency access `emergency` when given): the basis, or the refusal. What, the gateway's enforcing proxy asks before it serves data. Since version 4.
       **/
      checkReads: AugmentedCall<ApiType, (accessor: AccountId32 | string | Uint8Array, organization: u32 | AnyNumber | Uint8Array, patient: AccountId32 | string | Uint8Array, purpose: HealthchainPrimitivesConsentPurpose | 'Treatment' | 'EmergencyTreatment' | 'Payment' | 'Operations' | 'Research' | 'PublicHealth' | number | Uint8Array, categories: HealthchainPrimitivesConsentCategorySet | AnyNumber | Uint8Array, emergency: Option<u64> | null | Uint8Array | u64 | AnyNumber) => Observable<PalletConsentReadChecks>>;
      /**
       * A patient's consents, in the order granted.
       **/
      consentsOf: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array) => Observable<PalletConsentPatientConsents>>;
      /**
       * The emergency access `id`.
       **/
      emergencyAccess: AugmentedCall<ApiType, (id: u64 | AnyNumber | Uint8Array) => Observable<Option<HealthchainPrimitivesPagingWithIdEmergencyAccess>>>;
      /**
       * The one evaluation at this block's time: may `organization` do `action` on, `patient`'s data of `category` for `purpose`?
       **/
      evaluate: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array, organization: u32 | AnyNumber | Uint8Array, purpose: HealthchainPrimitivesConsentPurpose | 'Treatment' | 'EmergencyTreatment' | 'Payment' | 'Operations' | 'Research' | 'PublicHealth' | number | Uint8Array, category: HealthchainPrimitivesConsentDataCategory | 'Demographics' | 'Conditions' | 'Medications' | 'Allergies' | 'LabResults' | 'Imaging' | 'ClinicalNotes' | 'Immunizations' | 'Procedures' | 'VitalSigns' | 'Genomics' | 'MentalHealth' | 'SubstanceUse' | 'SexualReproductiveHealth' | number | Uint8Array, action: HealthchainPrimitivesConsentAction | 'Read' | 'Write' | number | Uint8Array) => Observable<HealthchainPrimitivesConsentDecision>>;
      /**
       * The one evaluation at this block's time for each category `categories` covers, (`AllStandard`: every standard category), in category order, in one call (the, gateway's consent decision service). Since version 3.
       **/
      evaluateCategories: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array, organization: u32 | AnyNumber | Uint8Array, purpose: HealthchainPrimitivesConsentPurpose | 'Treatment' | 'EmergencyTreatment' | 'Payment' | 'Operations' | 'Research' | 'PublicHealth' | number | Uint8Array, action: HealthchainPrimitivesConsentAction | 'Read' | 'Write' | number | Uint8Array, categories: HealthchainPrimitivesConsentCategorySet | AnyNumber | Uint8Array) => Observable<HealthchainPrimitivesConsentCategoryDecisions>>;
      /**
       * The consents held by `organization` after `start_after`, in id order.
       **/
      grantsHeldBy: AugmentedCall<ApiType, (organization: u32 | AnyNumber | Uint8Array, start_after: Option<u64> | null | Uint8Array | u64 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<{
    readonly items: Vec<HealthchainPrimitivesPagingWithIdConsent>;
    readonly nextCursor: Option<u64>;
  } & Struct>>;
      /**
       * `patient`'s onboarding, if an organization onboarded them, and the feeless consent, calls they have left in the current window.
       **/
      patient: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array) => Observable<PalletConsentPatientInfo>>;
      /**
       * The emergency accesses `organization` has not reviewed, after `start_after`, in id, order.
       **/
      pendingReviews: AugmentedCall<ApiType, (organization: u32 | AnyNumber | Uint8Array, start_after: Option<u64> | null | Uint8Array | u64 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<{
    readonly items: Vec<HealthchainPrimitivesPagingWithIdEmergencyAccess>;
    readonly nextCursor: Option<u64>;
  } & Struct>>;
    };
    /** 0xf543476967da5b99/ */
    consortiumNodesApi: {
      /**
       * Every authorized node with its organization and the block it was authorized in.
       **/
      nodes: AugmentedCall<ApiType, () => Observable<Vec<ITuple<[Bytes, PalletConsortiumNodesNodeInfo]>>>>;
      /**
       * [`Peering::Open`] while no node was ever authorized, else the peer ids of the, authorized nodes of active organizations.
       **/
      peering: AugmentedCall<ApiType, () => Observable<PalletConsortiumNodesPeering>>;
    };
    /** 0xdf6acb689907609b/ */
    core: {
      /**
       * Execute the given block.
       **/
      executeBlock: AugmentedCall<ApiType, (block: SpRuntimeBlockLazyBlock | { header?: any; extrinsics?: any } | string | Uint8Array) => Observable<Null>>;
      /**
       * Initialize a block with the given header and return the runtime executive mode.
       **/
      initializeBlock: AugmentedCall<ApiType, (header: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array) => Observable<SpRuntimeExtrinsicInclusionMode>>;
      /**
       * Returns the version of the runtime.
       **/
      version: AugmentedCall<ApiType, () => Observable<SpVersionRuntimeVersion>>;
    };
    /** 0xfbc577b9d747efd6/ */
    genesisBuilder: {
      /**
       * Build `RuntimeGenesisConfig` from a JSON blob not using any defaults and store it in the, storage.,, In the case of a FRAME-based runtime, this function deserializes the full, `RuntimeGenesisConfig` from the given JSON blob and puts it into the storage. If the, provided JSON blob is incorrect or incomplete or the deserialization fails, an error, is returned.,, Please note that provided JSON blob must contain all `RuntimeGenesisConfig` fields, no, defaults will be used.
       **/
      buildState: AugmentedCall<ApiType, (json: Bytes | string | Uint8Array) => Observable<Result<Null, Text>>>;
      /**
       * Returns a JSON blob representation of the built-in `RuntimeGenesisConfig` identified by, `id`.,, If `id` is `None` the function should return JSON blob representation of the default, `RuntimeGenesisConfig` struct of the runtime. Implementation must provide default, `RuntimeGenesisConfig`.,, Otherwise function returns a JSON representation of the built-in, named, `RuntimeGenesisConfig` preset identified by `id`, or `None` if such preset does not, exist. Returned `Vec<u8>` contains bytes of JSON blob (patch) which comprises a list of, (potentially nested) key-value pairs that are intended for customizing the default, runtime genesis config. The patch shall be merged (rfc7386) with the JSON representation, of the default `RuntimeGenesisConfig` to create a comprehensive genesis config that can, be used in `build_state` method.
       **/
      getPreset: AugmentedCall<ApiType, (id: Option<Text> | null | Uint8Array | Text | string) => Observable<Option<Bytes>>>;
      /**
       * Returns a list of identifiers for available builtin `RuntimeGenesisConfig` presets.,, The presets from the list can be queried with [`GenesisBuilder::get_preset`] method. If, no named presets are provided by the runtime the list is empty.
       **/
      presetNames: AugmentedCall<ApiType, () => Observable<Vec<Text>>>;
    };
    /** 0xed99c5acb25eedf5/ */
    grandpaApi: {
      /**
       * Get current GRANDPA authority set id.
       **/
      currentSetId: AugmentedCall<ApiType, () => Observable<u64>>;
      /**
       * Generates a proof of key ownership for the given authority in the, given set. An example usage of this module is coupled with the, session historical module to prove that a given authority key is, tied to a given staking identity during a specific session. Proofs, of key ownership are necessary for submitting equivocation reports., NOTE: even though the API takes a `set_id` as parameter the current, implementations ignore this parameter and instead rely on this, method being called at the correct block height, i.e. any point at, which the given set id is live on-chain. Future implementations will, instead use indexed data through an offchain worker, not requiring, older states to be available.
       **/
      generateKeyOwnershipProof: AugmentedCall<ApiType, (set_id: u64 | AnyNumber | Uint8Array, authority_id: SpConsensusGrandpaAppPublic | string | Uint8Array) => Observable<Option<Bytes>>>;
      /**
       * Get the current GRANDPA authorities and weights. This should not change except, for when changes are scheduled and the corresponding delay has passed.,, When called at block B, it will return the set of authorities that should be, used to finalize descendants of this block (B+1, B+2, ...). The block B itself, is finalized by the authorities from block B-1.
       **/
      grandpaAuthorities: AugmentedCall<ApiType, () => Observable<Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>>>;
      /**
       * Submits an unsigned extrinsic to report an equivocation. The caller, must provide the equivocation proof and a key ownership proof, (should be obtained using `generate_key_ownership_proof`). The, extrinsic will be unsigned and should only be accepted for local, authorship (not to be broadcast to the network). This method returns, `None` when creation of the extrinsic fails, e.g. if equivocation, reporting is disabled for the given runtime (i.e. this method is, hardcoded to return `None`). Only useful in an offchain context.
       **/
      submitReportEquivocationUnsignedExtrinsic: AugmentedCall<ApiType, (equivocation_proof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, key_owner_proof: Bytes | string | Uint8Array) => Observable<Option<Null>>>;
    };
    /** 0x37e397fc7c91f5e4/ */
    metadata: {
      /**
       * Returns the metadata of a runtime.
       **/
      metadata: AugmentedCall<ApiType, () => Observable<OpaqueMetadata>>;
      /**
       * Returns the metadata at a given version.,, If the given `version` isn't supported, this will return `None`., Use [`Self::metadata_versions`] to find out about supported metadata version of the runtime.
       **/
      metadataAtVersion: AugmentedCall<ApiType, (version: u32 | AnyNumber | Uint8Array) => Observable<Option<OpaqueMetadata>>>;
      /**
       * Returns the supported metadata versions.,, This can be used to call `metadata_at_version`.
       **/
      metadataVersions: AugmentedCall<ApiType, () => Observable<Vec<u32>>>;
    };
    /** 0xf78b278be53f454c/ */
    offchainWorkerApi: {
      /**
       * Starts the off-chain task for given block header.
       **/
      offchainWorker: AugmentedCall<ApiType, (header: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array) => Observable<Null>>;
    };
    /** 0xe5cf38f6dd874e3e/ */
    organizationsApi: {
      /**
       * The check other pallets make: `Ok` if `who` is a member of the active organization, `organization` of kind `kind`, holds `role` and has an unexpired credential.
       **/
      checkRole: AugmentedCall<ApiType, (organization: u32 | AnyNumber | Uint8Array, who: AccountId32 | string | Uint8Array, kind: HealthchainPrimitivesOrganizationsOrganizationKind | 'Provider' | 'Payer' | 'ResearchInstitution' | 'EthicsCommittee' | 'Regulator' | number | Uint8Array, role: HealthchainPrimitivesOrganizationsRole | 'Admin' | 'Clinician' | 'Billing' | 'Researcher' | 'Reviewer' | 'PrivacyOfficer' | number | Uint8Array) => Observable<Result<Null, HealthchainPrimitivesOrganizationsAccessDenied>>>;
      /**
       * The members of `organization` after `start_after`, in account order.
       **/
      members: AugmentedCall<ApiType, (organization: u32 | AnyNumber | Uint8Array, start_after: Option<AccountId32> | null | Uint8Array | AccountId32 | string, limit: u32 | AnyNumber | Uint8Array) => Observable<{
    readonly items: Vec<HealthchainPrimitivesPagingWithIdMembership>;
    readonly nextCursor: Option<AccountId32>;
  } & Struct>>;
      /**
       * Every organization `who` serves, with roles, expiry and whether they are usable now.
       **/
      membershipsOf: AugmentedCall<ApiType, (who: AccountId32 | string | Uint8Array) => Observable<PalletOrganizationsAccountMemberships>>;
      /**
       * The organization `id`, if registered.
       **/
      organization: AugmentedCall<ApiType, (id: u32 | AnyNumber | Uint8Array) => Observable<Option<HealthchainPrimitivesPagingWithIdOrganization>>>;
      /**
       * The organizations after `start_after`, in id order.
       **/
      organizations: AugmentedCall<ApiType, (start_after: Option<u32> | null | Uint8Array | u32 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<{
    readonly items: Vec<HealthchainPrimitivesPagingWithIdOrganization>;
    readonly nextCursor: Option<u32>;
  } & Struct>>;
    };
    /** 0xa9e93aa57b2a5999/ */
    recordsApi: {
      /**
       * The batch `id`.
       **/
      batch: AugmentedCall<ApiType, (id: u64 | AnyNumber | Uint8Array) => Observable<Option<HealthchainPrimitivesPagingWithIdBatch>>>;
      /**
       * Would `author`'s `records.anchorRecord` of `commitment` as `patient`'s record of, `category` for `organization` and `purpose` pass its checks now (role, Provider, the, patient's write consent, a new commitment)? What the gateway's enforcing proxy asks, before it stores a write it will anchor. Since version 4.
       **/
      checkAnchor: AugmentedCall<ApiType, (author: AccountId32 | string | Uint8Array, organization: u32 | AnyNumber | Uint8Array, patient: AccountId32 | string | Uint8Array, purpose: HealthchainPrimitivesConsentPurpose | 'Treatment' | 'EmergencyTreatment' | 'Payment' | 'Operations' | 'Research' | 'PublicHealth' | number | Uint8Array, category: HealthchainPrimitivesConsentDataCategory | 'Demographics' | 'Conditions' | 'Medications' | 'Allergies' | 'LabResults' | 'Imaging' | 'ClinicalNotes' | 'Immunizations' | 'Procedures' | 'VitalSigns' | 'Genomics' | 'MentalHealth' | 'SubstanceUse' | 'SexualReproductiveHealth' | number | Uint8Array, commitment: H256 | string | Uint8Array) => Observable<Result<Null, PalletRecordsWriteRefusal>>>;
      /**
       * Every version of the record `id` belongs to, oldest first.
       **/
      history: AugmentedCall<ApiType, (id: u64 | AnyNumber | Uint8Array) => Observable<PalletRecordsRecordHistory>>;
      /**
       * The record version `id`.
       **/
      record: AugmentedCall<ApiType, (id: u64 | AnyNumber | Uint8Array) => Observable<Option<HealthchainPrimitivesPagingWithIdRecord>>>;
      /**
       * The record version of `patient` anchored with `commitment`: proof of existence and, integrity.
       **/
      recordByCommitment: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array, commitment: H256 | string | Uint8Array) => Observable<Option<HealthchainPrimitivesPagingWithIdRecord>>>;
      /**
       * `patient`'s record versions after `start_after`, in id order.
       **/
      recordsOf: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array, start_after: Option<u64> | null | Uint8Array | u64 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<{
    readonly items: Vec<HealthchainPrimitivesPagingWithIdRecord>;
    readonly nextCursor: Option<u64>;
  } & Struct>>;
      /**
       * Checks that `leaf` is leaf `leaf_index` of batch `batch`'s tree, with `proof` the, sibling hashes from the leaf up.
       **/
      verifyBatchLeaf: AugmentedCall<ApiType, (batch: u64 | AnyNumber | Uint8Array, leaf: H256 | string | Uint8Array, leaf_index: u32 | AnyNumber | Uint8Array, proof: Vec<H256> | (H256 | string | Uint8Array)[]) => Observable<PalletRecordsLeafProof>>;
    };
    /** 0x4abbe0c89c38270d/ */
    researchApi: {
      /**
       * Whether `patient`'s broad research consent covers the study, or why not.
       **/
      broadConsentMatches: AugmentedCall<ApiType, (id: u32 | AnyNumber | Uint8Array, patient: AccountId32 | string | Uint8Array) => Observable<PalletResearchConsentMatch>>;
      /**
       * How many attested patients consent to the study's current protocol version.
       **/
      cohort: AugmentedCall<ApiType, (id: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletResearchCohort>>>;
      /**
       * `provider`'s attested cohort of the study's current protocol version (what k is, checked against when it grants).
       **/
      cohortOfProvider: AugmentedCall<ApiType, (id: u32 | AnyNumber | Uint8Array, provider: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletResearchProviderCohort>>>;
      /**
       * The study's data grants after `start_after`, in id order.
       **/
      grantsOfStudy: AugmentedCall<ApiType, (id: u32 | AnyNumber | Uint8Array, start_after: Option<u64> | null | Uint8Array | u64 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<HealthchainPrimitivesPagingPage>>;
      /**
       * The studies matching `filter` after `start_after`, in id order.
       **/
      studies: AugmentedCall<ApiType, (filter: PalletResearchStudyFilter | { status?: any; permission?: any } | string | Uint8Array, start_after: Option<u32> | null | Uint8Array | u32 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<{
    readonly items: Vec<HealthchainPrimitivesPagingWithIdStudy>;
    readonly nextCursor: Option<u32>;
  } & Struct>>;
      /**
       * The study `id`.
       **/
      study: AugmentedCall<ApiType, (id: u32 | AnyNumber | Uint8Array) => Observable<Option<HealthchainPrimitivesPagingWithIdStudy>>>;
    };
    /** 0xab3c0572291feb8b/ */
    sessionKeys: {
      /**
       * Decode the given public session keys.,, Returns the list of public raw public keys + key type.
       **/
      decodeSessionKeys: AugmentedCall<ApiType, (encoded: Bytes | string | Uint8Array) => Observable<Option<Vec<ITuple<[Bytes, SpCoreCryptoKeyTypeId]>>>>>;
      /**
       * Generate a set of session keys with optionally using the given seed., The keys should be stored within the keystore exposed via runtime, externalities.,, The seed needs to be a valid `utf8` string.,, Returns the concatenated SCALE encoded public keys.
       **/
      generateSessionKeys: AugmentedCall<ApiType, (owner: Bytes | string | Uint8Array, seed: Option<Bytes> | null | Uint8Array | Bytes | string) => Observable<SpSessionRuntimeApiOpaqueGeneratedSessionKeys>>;
    };
    /** 0xd2bc9897eed08f15/ */
    taggedTransactionQueue: {
      /**
       * Validate the transaction.,, This method is invoked by the transaction pool to learn details about given transaction., The implementation should make sure to verify the correctness of the transaction, against current state. The given `block_hash` corresponds to the hash of the block, that is used as current state.,, Note that this call may be performed by the pool multiple times and transactions, might be verified in any possible order.
       **/
      validateTransaction: AugmentedCall<ApiType, (source: SpRuntimeTransactionValidityTransactionSource | 'InBlock' | 'Local' | 'External' | number | Uint8Array, tx: Extrinsic | IExtrinsic | string | Uint8Array, block_hash: H256 | string | Uint8Array) => Observable<Result<SpRuntimeTransactionValidityValidTransaction, SpRuntimeTransactionValidityTransactionValidityError>>>;
    };
    /** 0x37c8bb1350a9a2a8/ */
    transactionPaymentApi: {
      /**
       * 
       **/
      queryFeeDetails: AugmentedCall<ApiType, (uxt: Extrinsic | IExtrinsic | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentFeeDetails>>;
      /**
       * 
       **/
      queryInfo: AugmentedCall<ApiType, (uxt: Extrinsic | IExtrinsic | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentRuntimeDispatchInfo>>;
      /**
       * 
       **/
      queryLengthToFee: AugmentedCall<ApiType, (length: u32 | AnyNumber | Uint8Array) => Observable<u128>>;
      /**
       * 
       **/
      queryWeightToFee: AugmentedCall<ApiType, (weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => Observable<u128>>;
    };
    /** 0xf3ff14d5ab527059/ */
    transactionPaymentCallApi: {
      /**
       * Query fee details of a given encoded `Call`.
       **/
      queryCallFeeDetails: AugmentedCall<ApiType, (call: HealthchainRuntimeRuntimeCall | IMethod | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentFeeDetails>>;
      /**
       * Query information of a dispatch class, weight, and fee of a given encoded `Call`.
       **/
      queryCallInfo: AugmentedCall<ApiType, (call: HealthchainRuntimeRuntimeCall | IMethod | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentRuntimeDispatchInfo>>;
      /**
       * Query the output of the current `LengthToFee` given some input.
       **/
      queryLengthToFee: AugmentedCall<ApiType, (length: u32 | AnyNumber | Uint8Array) => Observable<u128>>;
      /**
       * Query the output of the current `WeightToFee` given some input.
       **/
      queryWeightToFee: AugmentedCall<ApiType, (weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => Observable<u128>>;
    };
  } // AugmentedCalls
} // declare module
