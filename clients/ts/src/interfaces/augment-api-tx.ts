// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/submittable';

import type { ApiTypes, AugmentedSubmittable, SubmittableExtrinsic, SubmittableExtrinsicFunction } from '@polkadot/api-base/types';
import type { Bytes, Compact, Option, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { AnyNumber, IMethod, ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H256, MultiAddress } from '@polkadot/types/interfaces/runtime';
import type { HealthchainPrimitivesConsentDataCategory, HealthchainPrimitivesConsentPurpose, HealthchainPrimitivesDuoDataUse, HealthchainPrimitivesOrganizationsOrganizationKind, HealthchainRuntimeConfigsProxyType, HealthchainRuntimeOpaqueSessionKeys, HealthchainRuntimeOriginCaller, PalletBalancesAdjustmentDirection, PalletClaimsClaimLineInput, PalletClaimsPlanTerms, PalletClaimsReviewDecision, PalletConsentConsentTerms, PalletConsentDisclosureRequest, PalletConsentEmergencyReason, PalletConsentReviewVerdict, PalletMultisigTimepoint, PalletRecordsBatchScope, PalletRecordsFhirResourceType, PalletResearchStudyTerms, SpConsensusGrandpaEquivocationProof, SpCoreVoid, SpRuntimeMultiSignature, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedSubmittable = AugmentedSubmittable<() => unknown>;
export type __SubmittableExtrinsic<ApiType extends ApiTypes> = SubmittableExtrinsic<ApiType>;
export type __SubmittableExtrinsicFunction<ApiType extends ApiTypes> = SubmittableExtrinsicFunction<ApiType>;

declare module '@polkadot/api-base/types/submittable' {
  interface AugmentedSubmittables<ApiType extends ApiTypes> {
    balances: {
      /**
       * Burn the specified liquid free balance from the origin account.
       * 
       * If the origin's account ends up below the existential deposit as a result
       * of the burn and `keep_alive` is false, the account will be reaped.
       * 
       * Unlike sending funds to a _burn_ address, which merely makes the funds inaccessible,
       * this `burn` operation will reduce total issuance by the amount _burned_.
       **/
      burn: AugmentedSubmittable<(value: Compact<u128> | AnyNumber | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u128>, bool]>;
      /**
       * Adjust the total issuance in a saturating way.
       * 
       * Can only be called by root and always needs a positive `delta`.
       * 
       * # Example
       **/
      forceAdjustTotalIssuance: AugmentedSubmittable<(direction: PalletBalancesAdjustmentDirection | 'Increase' | 'Decrease' | number | Uint8Array, delta: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletBalancesAdjustmentDirection, Compact<u128>]>;
      /**
       * Set the regular balance of a given account.
       * 
       * The dispatch origin for this call is `root`.
       **/
      forceSetBalance: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, newFree: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Exactly as `transfer_allow_death`, except the origin must be root and the source account
       * may be specified.
       **/
      forceTransfer: AugmentedSubmittable<(source: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress, Compact<u128>]>;
      /**
       * Unreserve some balance from a user by force.
       * 
       * Can only be called by ROOT.
       **/
      forceUnreserve: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, u128]>;
      /**
       * Transfer the entire transferable balance from the caller account.
       * 
       * NOTE: This function only attempts to transfer _transferable_ balances. This means that
       * any locked, reserved, or existential deposits (when `keep_alive` is `true`), will not be
       * transferred by this function. To ensure that this function results in a killed account,
       * you might need to prepare the account by removing any reference counters, storage
       * deposits, etc...
       * 
       * The dispatch origin of this call must be Signed.
       * 
       * - `dest`: The recipient of the transfer.
       * - `keep_alive`: A boolean to determine if the `transfer_all` operation should send all
       * of the funds the account has, causing the sender account to be killed (false), or
       * transfer everything except at least the existential deposit, which will guarantee to
       * keep the sender account alive (true).
       **/
      transferAll: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, bool]>;
      /**
       * Transfer some liquid free balance to another account.
       * 
       * `transfer_allow_death` will set the `FreeBalance` of the sender and receiver.
       * If the sender's account is below the existential deposit as a result
       * of the transfer, the account will be reaped.
       * 
       * The dispatch origin for this call must be `Signed` by the transactor.
       **/
      transferAllowDeath: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Same as the [`transfer_allow_death`] call, but with a check that the transfer will not
       * kill the origin account.
       * 
       * 99% of the time you want [`transfer_allow_death`] instead.
       * 
       * [`transfer_allow_death`]: struct.Pallet.html#method.transfer
       **/
      transferKeepAlive: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Upgrade a specified account.
       * 
       * - `origin`: Must be `Signed`.
       * - `who`: The account to be upgraded.
       * 
       * This will waive the transaction fee if at least all but 10% of the accounts needed to
       * be upgraded. (We let some not have to be upgraded just in order to allow for the
       * possibility of churn).
       **/
      upgradeAccounts: AugmentedSubmittable<(who: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
    };
    claims: {
      /**
       * Accepts the denial of claim `claim` instead of appealing it: the denial is final
       * ([`ClaimStatus::DenialUpheld`]) and the claim's deposit is returned.
       * 
       * - Origin: a Billing member of the claim's active Provider.
       * - Emits [`Event::ClaimStatusChanged`].
       * - Fails with [`Error::UnknownClaim`], [`Error::AccessDenied`] or [`Error::NotDenied`].
       **/
      acceptDenial: AugmentedSubmittable<(claim: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Appeals a denied claim; the governance origin arbitrates. Reserves in the plan's
       * escrow, until then, what the plan could pay for the claim's lines under its rules
       * ([`Pallet::appeal_reserve`]): per line the payer's part of the fee schedule of the
       * version in force at its service date (as if any prior authorization had been given),
       * within the remaining annual limit of its year; nothing for an uncovered service;
       * never more than the billed total.
       * 
       * - Origin: a Billing member of the claim's active Provider.
       * - Emits [`Event::ClaimStatusChanged`].
       * - Fails with [`Error::UnknownClaim`], [`Error::AccessDenied`] or [`Error::NotDenied`].
       **/
      appealClaim: AugmentedSubmittable<(claim: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Arbitrates an appealed claim: `award` zero upholds the denial (final); otherwise the
       * provider is paid `award` (at most the billed total) from escrow and the claim's
       * services count as paid. The appeal's reservation is released either way.
       * 
       * The award counts towards the member's annual limit per service year: it is booked
       * line by line in the claim's order, each line taking at most its billed amount and
       * what remains of the annual limit of its year (the limit of the version in force at
       * its service date, less what the plan already paid or reserved for the member that
       * year and what earlier lines of the award booked). An award above what the lines can
       * book is refused ([`Error::AwardAboveAnnualLimit`]). The award need not follow the fee
       * schedule (governance may overturn a coverage decision), and what the appeal did not
       * reserve is paid from the escrow's available funds.
       * 
       * - Origin: the governance origin.
       * - Emits [`Event::ClaimStatusChanged`] (after [`Event::ClaimPaid`] when paid).
       * - Fails with [`Error::UnknownClaim`], [`Error::NotAppealed`], [`Error::AwardTooHigh`],
       * [`Error::ServiceAlreadyClaimed`], [`Error::AwardAboveAnnualLimit`],
       * [`Error::PayerNotActive`],
       * [`Error::ProviderNotActive`] (an award while the payer or the provider is
       * suspended or no longer registered; upholding the denial stays possible) or
       * [`Error::InsufficientEscrow`].
       **/
      arbitrateClaim: AugmentedSubmittable<(claim: u64 | AnyNumber | Uint8Array, award: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u128]>;
      /**
       * Publishes a plan of the Payer `payer` with `terms` as version 1, counted in
       * [`PlansOfPayer`].
       * 
       * - Origin: an Admin member of the active Payer.
       * - Holds [`Config::PlanDeposit`] from the caller.
       * - Emits [`Event::PlanCreated`].
       * - Fails with [`Error::AccessDenied`], [`Error::RulesNotSorted`] or
       * [`Error::IdsExhausted`], or when the deposit cannot be held.
       **/
      createPlan: AugmentedSubmittable<(payer: u32 | AnyNumber | Uint8Array, terms: PalletClaimsPlanTerms | { rules?: any; annualLimit?: any; autoApproveUpTo?: any; effectiveFrom?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, PalletClaimsPlanTerms]>;
      /**
       * Accepts (`accept`) or refuses `patient`'s request to join `plan`. Accepting opens a
       * coverage period from now, kept with the earlier ones.
       * 
       * - Origin: an Admin member of the plan's active Payer.
       * - Emits [`Event::Enrolled`] or [`Event::EnrollmentRefused`].
       * - Fails with [`Error::UnknownPlan`], [`Error::AccessDenied`],
       * [`Error::NoEnrollmentRequest`] or [`Error::TooManyCoveragePeriods`].
       **/
      decideEnrollment: AugmentedSubmittable<(plan: u32 | AnyNumber | Uint8Array, patient: AccountId32 | string | Uint8Array, accept: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, AccountId32, bool]>;
      /**
       * Approves or denies a prior authorization. An approval authorizes one payable claim
       * line, for services from the request until [`Config::PriorAuthValidity`] after now; a
       * denial removes the request and returns its deposit.
       * 
       * - Origin: a Reviewer member of the plan's active Payer.
       * - Emits [`Event::PriorAuthDecided`].
       * - Fails with [`Error::UnknownPriorAuth`], [`Error::UnknownPlan`],
       * [`Error::AccessDenied`] or [`Error::AlreadyDecided`].
       **/
      decidePriorAuth: AugmentedSubmittable<(id: u64 | AnyNumber | Uint8Array, approve: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, bool]>;
      /**
       * Ends `patient`'s coverage by `plan` now (e.g. the membership lapsed); services
       * before now stay covered.
       * 
       * - Origin: an Admin member of the plan's active Payer.
       * - Emits [`Event::CoverageEnded`].
       * - Fails with [`Error::UnknownPlan`], [`Error::AccessDenied`] or
       * [`Error::NotEnrolled`].
       **/
      endCoverage: AugmentedSubmittable<(plan: u32 | AnyNumber | Uint8Array, patient: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, AccountId32]>;
      /**
       * Asks to join `plan`: the caller's signature is their consent to share claims data with
       * the payer. Eligibility is the payer's: coverage starts when an Admin of the payer
       * accepts ([`Pallet::decide_enrollment`]), never before.
       * 
       * - Origin: signed by the patient.
       * - Emits [`Event::EnrollmentRequested`].
       * - Fails with [`Error::UnknownPlan`], [`Error::PayerNotActive`] (the payer is
       * suspended or no longer registered), [`Error::AlreadyEnrolled`],
       * [`Error::AlreadyRequested`] or [`Error::TooManyCoveragePeriods`].
       **/
      enroll: AugmentedSubmittable<(plan: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Moves `amount` from the caller into `plan`'s escrow, held on the payer organization's
       * account.
       * 
       * - Origin: any signed account (typically the payer's treasury).
       * - Emits [`Event::PlanFunded`].
       * - Fails with [`Error::UnknownPlan`], [`Error::PayerNotActive`] (the payer is
       * suspended or no longer registered) or [`Error::ZeroAmount`], or when the caller
       * cannot pay (the caller keeps at least the existential deposit).
       **/
      fundPlan: AugmentedSubmittable<(plan: u32 | AnyNumber | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u128]>;
      /**
       * Ends the caller's coverage by `plan` now (services before now stay covered), or
       * withdraws their request to join.
       * 
       * - Origin: signed by the patient.
       * - Emits [`Event::LeftPlan`].
       * - Fails with [`Error::NotEnrolled`] (neither covered now nor asking to join).
       **/
      leavePlan: AugmentedSubmittable<(plan: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Withdraws the unused prior authorization `id` and returns its deposit to its
       * requester. Its requester may withdraw it at any time; anyone may once it expired.
       * 
       * - Origin: signed.
       * - Emits [`Event::PriorAuthRemoved`].
       * - Fails with [`Error::UnknownPriorAuth`] or [`Error::PriorAuthNotRemovable`].
       **/
      removePriorAuth: AugmentedSubmittable<(id: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Asks `plan`'s payer to authorize `service_code` for `patient`, a member of the plan
       * now, before it is rendered.
       * 
       * - Origin: a Clinician or Billing member of the active Provider `provider`.
       * - Holds [`Config::PriorAuthDeposit`] from the caller until the request is denied, used
       * by a claim line or withdrawn ([`Pallet::remove_prior_auth`]).
       * - Emits [`Event::PriorAuthRequested`].
       * - Fails with [`Error::AccessDenied`], [`Error::UnknownPlan`],
       * [`Error::PayerNotActive`] (the payer is suspended or no longer registered),
       * [`Error::NotEnrolled`] (the patient is not covered now) or
       * [`Error::IdsExhausted`], or when the deposit cannot be held.
       **/
      requestPriorAuth: AugmentedSubmittable<(provider: u32 | AnyNumber | Uint8Array, plan: u32 | AnyNumber | Uint8Array, patient: AccountId32 | string | Uint8Array, serviceCode: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32, AccountId32, u32]>;
      /**
       * Decides a claim waiting for review: pay the adjudicated amount, pay less, or deny.
       * 
       * - Origin: a Reviewer member of the plan's active Payer.
       * - Emits [`Event::ClaimStatusChanged`] (after [`Event::ClaimPaid`] when paid).
       * - Fails with [`Error::UnknownClaim`], [`Error::AccessDenied`] (also when the
       * reviewer's own payer is suspended), [`Error::NotPendingReview`],
       * [`Error::AdjustAboveAdjudicated`], [`Error::ProviderNotActive`] (paying a provider
       * that is suspended or no longer registered; it may still be denied) or
       * [`Error::InsufficientEscrow`].
       **/
      reviewClaim: AugmentedSubmittable<(claim: u64 | AnyNumber | Uint8Array, decision: PalletClaimsReviewDecision | { Approve: any } | { Adjust: any } | { Deny: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, PalletClaimsReviewDecision]>;
      /**
       * Submits a claim of `provider` against `plan` for `patient`, with `evidence` (anchored
       * records, each backing no other claim) and `lines`, and adjudicates it at once by the
       * plan version in force at each line's service date. Within the auto-approval threshold
       * (and the escrow) the provider is paid now (to its payout account), unless a service
       * was denied on review before; otherwise the claim waits for review; with nothing
       * payable it is denied.
       * 
       * - Origin: a Billing member of the active Provider `provider`.
       * - Holds [`Config::ClaimDeposit`] from the caller unless the claim is paid at once.
       * - Emits [`Event::ClaimSubmitted`] (after [`Event::ClaimPaid`] when paid at once).
       * - Fails with [`Error::AccessDenied`], [`Error::UnknownPlan`],
       * [`Error::PayerNotActive`] (the payer is suspended or no longer registered),
       * [`Error::NoLines`],
       * [`Error::NoEvidence`], the evidence errors, [`Error::NotEnrolled`],
       * [`Error::ZeroAmount`], [`Error::LineAmountTooHigh`], [`Error::ServiceDateInFuture`],
       * [`Error::NoTermsInForce`], [`Error::UnknownPriorAuth`],
       * [`Error::PriorAuthMismatch`], [`Error::PriorAuthUsed`],
       * [`Error::EvidenceAlreadyUsed`] or [`Error::IdsExhausted`], or when the deposit
       * cannot be held.
       **/
      submitClaim: AugmentedSubmittable<(provider: u32 | AnyNumber | Uint8Array, plan: u32 | AnyNumber | Uint8Array, patient: AccountId32 | string | Uint8Array, evidence: Vec<u64> | (u64 | AnyNumber | Uint8Array)[], lines: Vec<PalletClaimsClaimLineInput> | (PalletClaimsClaimLineInput | { serviceCode?: any; amount?: any; serviceDate?: any; priorAuth?: any } | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [u32, u32, AccountId32, Vec<u64>, Vec<PalletClaimsClaimLineInput>]>;
      /**
       * Adds a version of `plan`'s terms, in force from `terms.effective_from` (after the
       * current version's).
       * 
       * - Origin: an Admin member of the plan's active Payer.
       * - Emits [`Event::PlanUpdated`].
       * - Fails with [`Error::UnknownPlan`], [`Error::AccessDenied`],
       * [`Error::RulesNotSorted`], [`Error::VersionNotLater`] or [`Error::TooManyVersions`].
       **/
      updatePlan: AugmentedSubmittable<(plan: u32 | AnyNumber | Uint8Array, terms: PalletClaimsPlanTerms | { rules?: any; annualLimit?: any; autoApproveUpTo?: any; effectiveFrom?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, PalletClaimsPlanTerms]>;
      /**
       * Returns `amount` of `plan`'s escrow to the caller, from what claims awaiting review or
       * arbitration do not need.
       * 
       * - Origin: an Admin member of the plan's Payer, active or suspended (a suspended
       * payer's plans pay no new claims, but it takes back what pending claims do not
       * need).
       * - Emits [`Event::EscrowWithdrawn`].
       * - Fails with [`Error::UnknownPlan`], [`Error::AccessDenied`], [`Error::ZeroAmount`] or
       * [`Error::InsufficientEscrow`].
       **/
      withdrawEscrow: AugmentedSubmittable<(plan: u32 | AnyNumber | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u128]>;
    };
    consent: {
      /**
       * Grants `organization` the use of the caller's data on `terms`: `actions` on
       * `categories` for `purposes`, from `valid_from` (default: now) until `valid_until`
       * (default: until revoked), at most `max_accesses` times (default: unlimited), with the
       * data erased by `erase_by` (default: no deadline). `document_hash` is the hash of the
       * full consent document the patient and the organization keep.
       * 
       * - Origin: signed by a registered patient (or a `Consent` proxy of theirs). Feeless for
       * [`Config::FreeCalls`] grants in any [`Config::FreeCallWindow`] blocks, one pending
       * feeless transaction per patient at a time ([`CountFreeConsentCalls`]).
       * - Emits [`Event::ConsentGranted`].
       * - Fails with [`Error::NotRegistered`], [`Error::AccessDenied`]
       * (`UnknownOrganization`, `OrganizationSuspended`),
       * [`Error::NoPurpose`], [`Error::NoCategory`], [`Error::NoAction`],
       * [`Error::InvalidBits`], [`Error::InvalidWindow`], [`Error::ZeroAccessLimit`],
       * [`Error::EraseByInPast`], [`Error::TooManyConsents`] or [`Error::IdsExhausted`].
       **/
      grantConsent: AugmentedSubmittable<(organization: u32 | AnyNumber | Uint8Array, terms: PalletConsentConsentTerms | { purposes?: any; categories?: any; actions?: any; validFrom?: any; validUntil?: any; maxAccesses?: any; eraseBy?: any; documentHash?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, PalletConsentConsentTerms]>;
      /**
       * [`Pallet::grant_consent`] by the patient's guardian, for the patient.
       * 
       * - Origin: signed by `patient`'s guardian (who pays the fee).
       * - Emits [`Event::ConsentGranted`].
       * - Fails with [`Error::NotGuardian`] or the errors of [`Pallet::grant_consent`].
       **/
      grantConsentFor: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, organization: u32 | AnyNumber | Uint8Array, terms: PalletConsentConsentTerms | { purposes?: any; categories?: any; actions?: any; validFrom?: any; validUntil?: any; maxAccesses?: any; eraseBy?: any; documentHash?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, u32, PalletConsentConsentTerms]>;
      /**
       * Opens emergency (break-glass) read access to `patient`'s data for the caller, until
       * now + [`Config::EmergencyAccessDuration`], for `reason`; `justification` is the hash
       * of the written justification the provider keeps. The opening is the first entry it
       * makes in the patient's log; the organization's privacy officer must review it.
       * 
       * - Origin: signed by a Clinician of an active Provider `organization`, at most
       * [`Config::MaxEmergencyAccesses`] times in any [`Config::EmergencyWindow`] blocks.
       * - Holds [`Config::EmergencyDeposit`] (until the review) and
       * [`Config::AccessDeposit`] (for the log entry) from the caller.
       * - Emits [`Event::EmergencyAccessOpened`].
       * - Fails with [`Error::AccessDenied`], [`Error::EmergencyRateLimited`],
       * [`Error::IdsExhausted`] or [`Error::AccessLogIndexOverflow`], or when a deposit
       * cannot be held.
       **/
      openEmergencyAccess: AugmentedSubmittable<(organization: u32 | AnyNumber | Uint8Array, patient: AccountId32 | string | Uint8Array, reason: PalletConsentEmergencyReason | 'PatientIncapacitated' | 'LifeThreatening' | 'SeriousHarmRisk' | 'Other' | number | Uint8Array, justification: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, AccountId32, PalletConsentEmergencyReason, H256]>;
      /**
       * Removes up to `max` (at most [`MAX_PRUNE`]) of the oldest entries of `patient`'s
       * access log that are older than [`Config::AccessLogRetention`], returning each entry's
       * deposit to the account that recorded it. Their events stay in the blocks.
       * 
       * - Origin: any signed account.
       * - Emits [`Event::AccessLogPruned`].
       * - Fails with [`Error::NothingToPrune`].
       **/
      pruneAccessLog: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, max: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, u32]>;
      /**
       * Records that the caller read `patient`'s data of `category` for `purpose` on behalf
       * of `organization`. Without `emergency`, a consent must permit the read; it counts
       * against that consent's access limit. With `emergency`, the caller's open emergency
       * access for this patient is the basis (purpose ETREAT only; not after a `Misuse`
       * verdict).
       * 
       * - Origin: signed by an active member of an active `organization` holding the role the
       * purpose needs ([`Purpose::reader_role`]: Clinician for treatment and emergency
       * treatment, Billing for payment, Researcher for research).
       * - Holds [`Config::AccessDeposit`] from the caller until the entry is pruned.
       * - Emits [`Event::AccessRecorded`].
       * - Fails with [`Error::AccessDenied`], [`Error::ConsentDenied`],
       * [`Error::UnknownEmergencyAccess`], [`Error::NotYourEmergencyAccess`],
       * [`Error::EmergencyAccessExpired`], [`Error::EmergencyAccessMisused`],
       * [`Error::EmergencyPurposeOnly`] or [`Error::AccessLogIndexOverflow`], or when the
       * deposit cannot be held.
       * 
       * Weight: declared for an evaluation that reads all of the patient's consents; the
       * consents it did not read are returned (a patient with one consent costs one).
       **/
      recordAccess: AugmentedSubmittable<(organization: u32 | AnyNumber | Uint8Array, patient: AccountId32 | string | Uint8Array, purpose: HealthchainPrimitivesConsentPurpose | 'Treatment' | 'EmergencyTreatment' | 'Payment' | 'Operations' | 'Research' | 'PublicHealth' | number | Uint8Array, category: HealthchainPrimitivesConsentDataCategory | 'Demographics' | 'Conditions' | 'Medications' | 'Allergies' | 'LabResults' | 'Imaging' | 'ClinicalNotes' | 'Immunizations' | 'Procedures' | 'VitalSigns' | 'Genomics' | 'MentalHealth' | 'SubstanceUse' | 'SexualReproductiveHealth' | number | Uint8Array, emergency: Option<u64> | null | Uint8Array | u64 | AnyNumber) => SubmittableExtrinsic<ApiType>, [u32, AccountId32, HealthchainPrimitivesConsentPurpose, HealthchainPrimitivesConsentDataCategory, Option<u64>]>;
      /**
       * Records the read that the caller's organization, `request.holder`, served to
       * `request.reader`, a member of `request.organization`: the reader's signed request
       * for one of `request.patient`'s records (federated fetch between gateways). The entry
       * in the patient's log names the reader and the reader's organization, exactly as if the
       * reader had called [`Pallet::record_access`] (same checks: the reader's membership and
       * role, a consent permitting the read, counted against its limit; the entry's deposit
       * is held from the reader, whose request authorizes it). The holder cannot name a reader
       * who did not ask: `signature` must be the reader's signature of
       * [`Pallet::disclosure_message`]; and each request is recorded once.
       * 
       * - Origin: signed by an active member of the active organization `request.holder`.
       * - Holds [`Config::AccessDeposit`] from the reader until the entry is pruned.
       * - Emits [`Event::AccessRecorded`], then [`Event::Disclosed`].
       * - Fails with [`Error::AccessDenied`] (the caller's membership of the holder, or the
       * reader's), [`Error::DisclosureWithinOrganization`], [`Error::DisclosureNotCurrent`], [`Error::BadDisclosureSignature`],
       * [`Error::DisclosureReplayed`], [`Error::DisclosureMemoryFull`],
       * [`Error::ConsentDenied`] or [`Error::AccessLogIndexOverflow`], or when the deposit
       * cannot be held.
       * 
       * Weight: declared for an evaluation that reads all of the patient's consents; the
       * consents it did not read are returned.
       **/
      recordDisclosure: AugmentedSubmittable<(request: PalletConsentDisclosureRequest | { holder?: any; reader?: any; organization?: any; patient?: any; purpose?: any; category?: any; record?: any; issuedAt?: any; nonce?: any } | string | Uint8Array, signature: SpRuntimeMultiSignature | { Ed25519: any } | { Sr25519: any } | { Ecdsa: any } | { Eth: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletConsentDisclosureRequest, SpRuntimeMultiSignature]>;
      /**
       * Onboards `patient` for `organization`: the patient's account exists from now on
       * without holding tokens, so that they can manage their consents feelessly.
       * `signature` is the patient's signature of [`Pallet::registration_message`]
       * (`organization`): nobody is onboarded without agreeing to it.
       * 
       * - Origin: signed by an active member of an active `organization`.
       * - Holds [`Config::PatientDeposit`] from the caller.
       * - Emits [`Event::PatientRegistered`].
       * - Fails with [`Error::AccessDenied`], [`Error::BadRegistrationSignature`] or
       * [`Error::AlreadyRegistered`], or when the deposit cannot be held.
       **/
      registerPatient: AugmentedSubmittable<(organization: u32 | AnyNumber | Uint8Array, patient: AccountId32 | string | Uint8Array, signature: SpRuntimeMultiSignature | { Ed25519: any } | { Sr25519: any } | { Ecdsa: any } | { Eth: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, AccountId32, SpRuntimeMultiSignature]>;
      /**
       * Reviews an emergency access: `Justified` or `Misuse`, with the (salted) hash of the
       * review report the organization keeps. `Justified` returns the clinician's emergency
       * deposit; `Misuse` burns it and ends the access at once (no more reads under it).
       * 
       * - Origin: signed by a PrivacyOfficer of the (active, Provider) organization the
       * access was opened for, other than the clinician who opened it and not appointed
       * (added as a member) by that clinician.
       * - Emits [`Event::EmergencyAccessReviewed`].
       * - Fails with [`Error::UnknownEmergencyAccess`], [`Error::AccessDenied`],
       * [`Error::AlreadyReviewed`], [`Error::SelfReview`] or
       * [`Error::AppointedByClinician`].
       **/
      reviewEmergencyAccess: AugmentedSubmittable<(emergency: u64 | AnyNumber | Uint8Array, verdict: PalletConsentReviewVerdict | 'Justified' | 'Misuse' | number | Uint8Array, reportHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, PalletConsentReviewVerdict, H256]>;
      /**
       * Revokes one of the caller's consents, with immediate effect.
       * 
       * - Origin: signed by the patient (or a `Consent` proxy of theirs). Always feeless when
       * the consent exists and is the caller's, and not counted against the free-call
       * allowance: a patient can always withdraw (one pending feeless transaction at a time).
       * - Emits [`Event::ConsentRevoked`].
       * - Weight: declared with the worst case of what the revocation ends elsewhere
       * ([`Config::OnRevoke`]), refunded to what it actually ended.
       * - Fails with [`Error::UnknownConsent`] or [`Error::NotYourConsent`].
       **/
      revokeConsent: AugmentedSubmittable<(consent: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * [`Pallet::revoke_consent`] by the patient's guardian, for the patient.
       * 
       * - Origin: signed by `patient`'s guardian (who pays the fee).
       * - Emits [`Event::ConsentRevoked`].
       * - Fails with [`Error::NotGuardian`] or the errors of [`Pallet::revoke_consent`].
       **/
      revokeConsentFor: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, consent: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, u64]>;
      /**
       * Names `guardian` as the account that manages the registered `patient`'s consents
       * for them (a parent, a legal representative), or removes the guardian (`None`). For a
       * patient without tokens the onboarding organization sponsors this: the onboarding's
       * deposit pays for the entry, and the guardian pays the fees of its own calls.
       * 
       * - Origin: signed by the patient, or by an active member of the active organization
       * that onboarded them.
       * - Emits [`Event::GuardianSet`].
       * - Fails with [`Error::NotRegistered`] or [`Error::AccessDenied`] (`NotAMember` for
       * anyone but the patient and the onboarding organization's members).
       **/
      setGuardian: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, guardian: Option<AccountId32> | null | Uint8Array | AccountId32 | string) => SubmittableExtrinsic<ApiType>, [AccountId32, Option<AccountId32>]>;
    };
    consortiumNodes: {
      /**
       * Authorizes the node `peer_id`, run by `organization`, to peer with the consortium's
       * nodes.
       * 
       * - Origin: [`Config::GovernanceOrigin`].
       * - `peer_id`: the node's peer id in binary form (`12D3KooW…` decoded from base58).
       * - `organization`: an existing, active organization.
       * - Takes effect on every node once the block is finalized. Emits
       * [`Event::NodeAuthorized`].
       * - Fails with [`Error::MalformedPeerId`], [`Error::AlreadyAuthorized`],
       * [`Error::TooManyNodes`], [`Error::UnknownOrganization`] or
       * [`Error::OrganizationSuspended`].
       **/
      authorizeNode: AugmentedSubmittable<(peerId: Bytes | string | Uint8Array, organization: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, u32]>;
      /**
       * Removes the node `peer_id` from the set: every node refuses it once the block is
       * finalized.
       * 
       * - Origin: [`Config::GovernanceOrigin`].
       * - Emits [`Event::NodeDeauthorized`].
       * - Fails with [`Error::NotAuthorized`], or [`Error::LastNode`] for the only node left.
       **/
      deauthorizeNode: AugmentedSubmittable<(peerId: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
    };
    council: {
      /**
       * Close a vote that is either approved, disapproved or whose voting period has ended.
       * 
       * May be called by any signed account in order to finish voting and close the proposal.
       * 
       * If called before the end of the voting period it will only close the vote if it is
       * has enough votes to be approved or disapproved.
       * 
       * If called after the end of the voting period abstentions are counted as rejections
       * unless there is a prime member set and the prime member cast an approval.
       * 
       * If the close operation completes successfully with disapproval, the transaction fee will
       * be waived. Otherwise execution of the approved operation will be charged to the caller.
       * 
       * + `proposal_weight_bound`: The maximum amount of weight consumed by executing the closed
       * proposal.
       * + `length_bound`: The upper bound for the length of the proposal in storage. Checked via
       * `storage::read` so it is `size_of::<u32>() == 4` larger than the pure length.
       * 
       * ## Complexity
       * - `O(B + M + P1 + P2)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` is members-count (code- and governance-bounded)
       * - `P1` is the complexity of `proposal` preimage.
       * - `P2` is proposal-count (code-bounded)
       **/
      close: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array, index: Compact<u32> | AnyNumber | Uint8Array, proposalWeightBound: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, Compact<u32>, SpWeightsWeightV2Weight, Compact<u32>]>;
      /**
       * Disapprove a proposal, close, and remove it from the system, regardless of its current
       * state.
       * 
       * Must be called by the Root origin.
       * 
       * Parameters:
       * * `proposal_hash`: The hash of the proposal that should be disapproved.
       * 
       * ## Complexity
       * O(P) where P is the number of max proposals
       **/
      disapproveProposal: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Dispatch a proposal from a member using the `Member` origin.
       * 
       * Origin must be a member of the collective.
       * 
       * ## Complexity:
       * - `O(B + M + P)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` members-count (code-bounded)
       * - `P` complexity of dispatching `proposal`
       **/
      execute: AugmentedSubmittable<(proposal: Call | IMethod | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, Compact<u32>]>;
      /**
       * Disapprove the proposal and burn the cost held for storing this proposal.
       * 
       * Parameters:
       * - `origin`: must be the `KillOrigin`.
       * - `proposal_hash`: The hash of the proposal that should be killed.
       * 
       * Emits `Killed` and `ProposalCostBurned` if any cost was held for a given proposal.
       **/
      kill: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Add a new proposal to either be voted on or executed directly.
       * 
       * Requires the sender to be member.
       * 
       * `threshold` determines whether `proposal` is executed directly (`threshold < 2`)
       * or put up for voting.
       * 
       * ## Complexity
       * - `O(B + M + P1)` or `O(B + M + P2)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` is members-count (code- and governance-bounded)
       * - branching is influenced by `threshold` where:
       * - `P1` is proposal execution complexity (`threshold < 2`)
       * - `P2` is proposals-count (code-bounded) (`threshold >= 2`)
       **/
      propose: AugmentedSubmittable<(threshold: Compact<u32> | AnyNumber | Uint8Array, proposal: Call | IMethod | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u32>, Call, Compact<u32>]>;
      /**
       * Release the cost held for storing a proposal once the given proposal is completed.
       * 
       * If there is no associated cost for the given proposal, this call will have no effect.
       * 
       * Parameters:
       * - `origin`: must be `Signed` or `Root`.
       * - `proposal_hash`: The hash of the proposal.
       * 
       * Emits `ProposalCostReleased` if any cost held for a given proposal.
       **/
      releaseProposalCost: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Set the collective's membership.
       * 
       * - `new_members`: The new member list. Be nice to the chain and provide it sorted.
       * - `prime`: The prime member whose vote sets the default.
       * - `old_count`: The upper bound for the previous number of members in storage. Used for
       * weight estimation.
       * 
       * The dispatch of this call must be `SetMembersOrigin`.
       * 
       * NOTE: Does not enforce the expected `MaxMembers` limit on the amount of members, but
       * the weight estimations rely on it to estimate dispatchable weight.
       * 
       * # WARNING:
       * 
       * The `pallet-collective` can also be managed by logic outside of the pallet through the
       * implementation of the trait [`ChangeMembers`].
       * Any call to `set_members` must be careful that the member set doesn't get out of sync
       * with other logic managing the member set.
       * 
       * ## Complexity:
       * - `O(MP + N)` where:
       * - `M` old-members-count (code- and governance-bounded)
       * - `N` new-members-count (code- and governance-bounded)
       * - `P` proposals-count (code-bounded)
       **/
      setMembers: AugmentedSubmittable<(newMembers: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], prime: Option<AccountId32> | null | Uint8Array | AccountId32 | string, oldCount: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>, Option<AccountId32>, u32]>;
      /**
       * Add an aye or nay vote for the sender to the given proposal.
       * 
       * Requires the sender to be a member.
       * 
       * Transaction fees will be waived if the member is voting on any particular proposal
       * for the first time and the call is successful. Subsequent vote changes will charge a
       * fee.
       * ## Complexity
       * - `O(M)` where `M` is members-count (code- and governance-bounded)
       **/
      vote: AugmentedSubmittable<(proposal: H256 | string | Uint8Array, index: Compact<u32> | AnyNumber | Uint8Array, approve: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, Compact<u32>, bool]>;
    };
    councilMembership: {
      /**
       * Add a member `who` to the set.
       * 
       * May only be called from `T::AddOrigin`.
       **/
      addMember: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Swap out the sending member for some other key `new`.
       * 
       * May only be called from `Signed` origin of a current member.
       * 
       * Prime membership is passed from the origin account to `new`, if extant.
       **/
      changeKey: AugmentedSubmittable<(updated: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Remove the prime member if it exists.
       * 
       * May only be called from `T::PrimeOrigin`.
       **/
      clearPrime: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Remove a member `who` from the set.
       * 
       * May only be called from `T::RemoveOrigin`.
       **/
      removeMember: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Change the membership to a new set, disregarding the existing membership. Be nice and
       * pass `members` pre-sorted.
       * 
       * May only be called from `T::ResetOrigin`.
       **/
      resetMembers: AugmentedSubmittable<(members: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
      /**
       * Set the prime member. Must be a current member.
       * 
       * May only be called from `T::PrimeOrigin`.
       **/
      setPrime: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Swap out one member `remove` for another `add`.
       * 
       * May only be called from `T::SwapOrigin`.
       * 
       * Prime membership is *not* passed from `remove` to `add`, if extant.
       **/
      swapMember: AugmentedSubmittable<(remove: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, add: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress]>;
    };
    grandpa: {
      /**
       * Note that the current authority set of the GRANDPA finality gadget has stalled.
       * 
       * This will trigger a forced authority set change at the beginning of the next session, to
       * be enacted `delay` blocks after that. The `delay` should be high enough to safely assume
       * that the block signalling the forced change will not be re-orged e.g. 1000 blocks.
       * The block production rate (which may be slowed down because of finality lagging) should
       * be taken into account when choosing the `delay`. The GRANDPA voters based on the new
       * authority will start voting on top of `best_finalized_block_number` for new finalized
       * blocks. `best_finalized_block_number` should be the highest of the latest finalized
       * block of all validators of the new authority set.
       * 
       * Only callable by root.
       **/
      noteStalled: AugmentedSubmittable<(delay: u32 | AnyNumber | Uint8Array, bestFinalizedBlockNumber: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       **/
      reportEquivocation: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpCoreVoid]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       * 
       * This extrinsic must be called unsigned and it is expected that only
       * block authors will call it (validated in `ValidateUnsigned`), as such
       * if the block author is defined it will be defined as the equivocation
       * reporter.
       **/
      reportEquivocationUnsigned: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpCoreVoid]>;
    };
    multisig: {
      /**
       * Register approval for a dispatch to be made from a deterministic composite account if
       * approved by a total of `threshold - 1` of `other_signatories`.
       * 
       * **This function will NEVER execute the call, even if the approval threshold is
       * reached.** It only registers approval. To actually execute the call, `as_multi` must
       * be called with the full call data by any of the signatories.
       * 
       * This function is more efficient than `as_multi` for intermediate approvals since it
       * only requires the call hash, not the full call data.
       * 
       * Payment: `DepositBase` will be reserved if this is the first approval, plus
       * `threshold` times `DepositFactor`. It is returned once this dispatch happens or
       * is cancelled.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * - `threshold`: The total number of approvals for this dispatch before it is executed.
       * - `other_signatories`: The accounts (other than the sender) who can approve this
       * dispatch. May not be empty.
       * - `maybe_timepoint`: If this is the first approval, then this must be `None`. If it is
       * not the first approval, then it must be `Some`, with the timepoint (block number and
       * transaction index) of the first approval transaction.
       * - `call_hash`: The hash of the call to be executed.
       * 
       * NOTE: To execute the call after approvals are gathered, any signatory must call
       * `as_multi` with the full call data. This function cannot execute the call.
       * 
       * ## Complexity
       * - `O(S)`.
       * - Up to one balance-reserve or unreserve operation.
       * - One passthrough operation, one insert, both `O(S)` where `S` is the number of
       * signatories. `S` is capped by `MaxSignatories`, with weight being proportional.
       * - One encode & hash, both of complexity `O(S)`.
       * - Up to one binary search and insert (`O(logS + S)`).
       * - I/O: 1 read `O(S)`, up to 1 mutate `O(S)`. Up to one remove.
       * - One event.
       * - Storage: inserts one item, value size bounded by `MaxSignatories`, with a deposit
       * taken for its lifetime of `DepositBase + threshold * DepositFactor`.
       **/
      approveAsMulti: AugmentedSubmittable<(threshold: u16 | AnyNumber | Uint8Array, otherSignatories: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], maybeTimepoint: Option<PalletMultisigTimepoint> | null | Uint8Array | PalletMultisigTimepoint | { height?: any; index?: any } | string, callHash: U8aFixed | string | Uint8Array, maxWeight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, Vec<AccountId32>, Option<PalletMultisigTimepoint>, U8aFixed, SpWeightsWeightV2Weight]>;
      /**
       * Register approval for a dispatch to be made from a deterministic composite account if
       * approved by a total of `threshold - 1` of `other_signatories`.
       * 
       * **If the approval threshold is met (including the sender's approval), this will
       * immediately execute the call.** This is the only way to execute a multisig call -
       * `approve_as_multi` will never trigger execution.
       * 
       * Payment: `DepositBase` will be reserved if this is the first approval, plus
       * `threshold` times `DepositFactor`. It is returned once this dispatch happens or
       * is cancelled.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * - `threshold`: The total number of approvals for this dispatch before it is executed.
       * - `other_signatories`: The accounts (other than the sender) who can approve this
       * dispatch. May not be empty.
       * - `maybe_timepoint`: If this is the first approval, then this must be `None`. If it is
       * not the first approval, then it must be `Some`, with the timepoint (block number and
       * transaction index) of the first approval transaction.
       * - `call`: The call to be executed.
       * 
       * NOTE: For intermediate approvals (not the final approval), you should generally use
       * `approve_as_multi` instead, since it only requires a hash of the call and is more
       * efficient.
       * 
       * Result is equivalent to the dispatched result if `threshold` is exactly `1`. Otherwise
       * on success, result is `Ok` and the result from the interior call, if it was executed,
       * may be found in the deposited `MultisigExecuted` event.
       * 
       * ## Complexity
       * - `O(S + Z + Call)`.
       * - Up to one balance-reserve or unreserve operation.
       * - One passthrough operation, one insert, both `O(S)` where `S` is the number of
       * signatories. `S` is capped by `MaxSignatories`, with weight being proportional.
       * - One call encode & hash, both of complexity `O(Z)` where `Z` is tx-len.
       * - One encode & hash, both of complexity `O(S)`.
       * - Up to one binary search and insert (`O(logS + S)`).
       * - I/O: 1 read `O(S)`, up to 1 mutate `O(S)`. Up to one remove.
       * - One event.
       * - The weight of the `call`.
       * - Storage: inserts one item, value size bounded by `MaxSignatories`, with a deposit
       * taken for its lifetime of `DepositBase + threshold * DepositFactor`.
       **/
      asMulti: AugmentedSubmittable<(threshold: u16 | AnyNumber | Uint8Array, otherSignatories: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], maybeTimepoint: Option<PalletMultisigTimepoint> | null | Uint8Array | PalletMultisigTimepoint | { height?: any; index?: any } | string, call: Call | IMethod | string | Uint8Array, maxWeight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, Vec<AccountId32>, Option<PalletMultisigTimepoint>, Call, SpWeightsWeightV2Weight]>;
      /**
       * Immediately dispatch a multi-signature call using a single approval from the caller.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * - `other_signatories`: The accounts (other than the sender) who are part of the
       * multi-signature, but do not participate in the approval process.
       * - `call`: The call to be executed.
       * 
       * Result is equivalent to the dispatched result.
       * 
       * ## Complexity
       * O(Z + C) where Z is the length of the call and C its execution weight.
       **/
      asMultiThreshold1: AugmentedSubmittable<(otherSignatories: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>, Call]>;
      /**
       * Cancel a pre-existing, on-going multisig transaction. Any deposit reserved previously
       * for this operation will be unreserved on success.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * - `threshold`: The total number of approvals for this dispatch before it is executed.
       * - `other_signatories`: The accounts (other than the sender) who can approve this
       * dispatch. May not be empty.
       * - `timepoint`: The timepoint (block number and transaction index) of the first approval
       * transaction for this dispatch.
       * - `call_hash`: The hash of the call to be executed.
       * 
       * ## Complexity
       * - `O(S)`.
       * - Up to one balance-reserve or unreserve operation.
       * - One passthrough operation, one insert, both `O(S)` where `S` is the number of
       * signatories. `S` is capped by `MaxSignatories`, with weight being proportional.
       * - One encode & hash, both of complexity `O(S)`.
       * - One event.
       * - I/O: 1 read `O(S)`, one remove.
       * - Storage: removes one item.
       **/
      cancelAsMulti: AugmentedSubmittable<(threshold: u16 | AnyNumber | Uint8Array, otherSignatories: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], timepoint: PalletMultisigTimepoint | { height?: any; index?: any } | string | Uint8Array, callHash: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, Vec<AccountId32>, PalletMultisigTimepoint, U8aFixed]>;
      /**
       * Poke the deposit reserved for an existing multisig operation.
       * 
       * The dispatch origin for this call must be _Signed_ and must be the original depositor of
       * the multisig operation.
       * 
       * The transaction fee is waived if the deposit amount has changed.
       * 
       * - `threshold`: The total number of approvals needed for this multisig.
       * - `other_signatories`: The accounts (other than the sender) who are part of the
       * multisig.
       * - `call_hash`: The hash of the call this deposit is reserved for.
       * 
       * Emits `DepositPoked` if successful.
       **/
      pokeDeposit: AugmentedSubmittable<(threshold: u16 | AnyNumber | Uint8Array, otherSignatories: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], callHash: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, Vec<AccountId32>, U8aFixed]>;
    };
    organizations: {
      /**
       * Adds `who` to an active organization with `roles` and an optional credential expiry.
       * 
       * - Origin: signed by the organization's admin or a member with [`Role::Admin`].
       * - Holds [`Config::MemberDeposit`] from the caller.
       * - Emits [`Event::MemberAdded`].
       * - Fails with [`Error::UnknownOrganization`], [`Error::NotAdmin`],
       * [`Error::OrganizationSuspended`], [`Error::AlreadyMember`], [`Error::NoRoles`],
       * [`Error::InvalidRoles`], [`Error::ExpiryInPast`], [`Error::TooManyMembers`],
       * [`Error::TooManyMemberships`] or [`Error::InsufficientBalance`].
       **/
      addMember: AugmentedSubmittable<(organization: u32 | AnyNumber | Uint8Array, who: AccountId32 | string | Uint8Array, roles: u8 | AnyNumber | Uint8Array, expiresAt: Option<u64> | null | Uint8Array | u64 | AnyNumber) => SubmittableExtrinsic<ApiType>, [u32, AccountId32, u8, Option<u64>]>;
      /**
       * Leaves an organization; the member deposit goes back to whoever paid it.
       * 
       * - Origin: signed by the member.
       * - Emits [`Event::MemberRemoved`].
       * - Fails with [`Error::UnknownOrganization`] or [`Error::NotMember`].
       **/
      leaveOrganization: AugmentedSubmittable<(organization: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Registers an organization of `kind` administered by `admin`.
       * 
       * - Origin: [`Config::GovernanceOrigin`].
       * - Holds [`Config::OrganizationDeposit`] from `admin`.
       * - Emits [`Event::OrganizationRegistered`] with the new id and the organization's
       * own account.
       * - Fails with [`Error::InsufficientBalance`] or [`Error::IdsExhausted`].
       **/
      registerOrganization: AugmentedSubmittable<(kind: HealthchainPrimitivesOrganizationsOrganizationKind | 'Provider' | 'Payer' | 'ResearchInstitution' | 'EthicsCommittee' | 'Regulator' | number | Uint8Array, admin: AccountId32 | string | Uint8Array, metadataHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [HealthchainPrimitivesOrganizationsOrganizationKind, AccountId32, H256]>;
      /**
       * Reinstates a suspended organization.
       * 
       * - Origin: [`Config::GovernanceOrigin`].
       * - Emits [`Event::OrganizationReinstated`].
       * - Fails with [`Error::UnknownOrganization`] or [`Error::NotSuspended`].
       **/
      reinstateOrganization: AugmentedSubmittable<(organization: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Removes a member and releases the member deposit to whoever paid it. Works on
       * suspended organizations too.
       * 
       * - Origin: signed by the organization's admin or a member with [`Role::Admin`], or
       * [`Config::GovernanceOrigin`].
       * - Emits [`Event::MemberRemoved`].
       * - Fails with [`Error::UnknownOrganization`], [`Error::NotAdmin`] or
       * [`Error::NotMember`].
       **/
      removeMember: AugmentedSubmittable<(organization: u32 | AnyNumber | Uint8Array, who: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, AccountId32]>;
      /**
       * Removes an organization nothing refers to any more and releases its deposit to
       * whoever paid it. Its id is never reused.
       * 
       * Removal is refused while anything still refers to the organization
       * ([`Pallet::in_use`]): a removed organization's members would act for nothing, the funds
       * on its keyless account could never be spent again, and the other pallets' items
       * (plans, escrow, studies, consents) would point to no one.
       * 
       * - Origin: [`Config::GovernanceOrigin`].
       * - Emits [`Event::OrganizationRemoved`].
       * - Fails with [`Error::UnknownOrganization`] or [`Error::InUse`] naming what still
       * refers to it: [`OrganizationUse::Members`] (remove them with
       * [`Pallet::remove_member`]), [`OrganizationUse::Funds`] (its admin spends them with
       * [`Pallet::spend`]; funds on hold are released by the pallet that holds them), or what
       * [`Config::References`] answers.
       **/
      removeOrganization: AugmentedSubmittable<(organization: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Hands an organization to another admin account (e.g. after a key rotation). The
       * registration deposit stays with whoever paid it.
       * 
       * - Origin: [`Config::GovernanceOrigin`].
       * - Emits [`Event::AdminChanged`].
       * - Fails with [`Error::UnknownOrganization`] or [`Error::SameAdmin`].
       **/
      setAdmin: AugmentedSubmittable<(organization: u32 | AnyNumber | Uint8Array, admin: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, AccountId32]>;
      /**
       * Sets the organization's gateway endpoint (`None` removes it): the base URL where
       * other organizations' gateways ask it for the records it holds, with requests signed
       * by their members' keys and checked against this registry. Governed like the rest of
       * the registry: the organization's admin sets it while the organization is active, and
       * governance can set or clear it at any time (a compromised endpoint).
       * 
       * - Origin: signed by the organization's admin or a member with [`Role::Admin`], or
       * [`Config::GovernanceOrigin`].
       * - Emits [`Event::EndpointSet`].
       * - Fails with [`Error::UnknownOrganization`], [`Error::NotAdmin`],
       * [`Error::OrganizationSuspended`] (its admin, while suspended) or
       * [`Error::InvalidEndpoint`].
       **/
      setEndpoint: AugmentedSubmittable<(organization: u32 | AnyNumber | Uint8Array, endpoint: Option<Bytes> | null | Uint8Array | Bytes | string) => SubmittableExtrinsic<ApiType>, [u32, Option<Bytes>]>;
      /**
       * Sets the hash of the organization's off-chain metadata document, while it is active.
       * A suspended organization's metadata stays as it was when governance suspended it:
       * governance reinstates it first.
       * 
       * - Origin: signed by the organization's admin or a member with [`Role::Admin`].
       * - Emits [`Event::MetadataUpdated`].
       * - Fails with [`Error::UnknownOrganization`], [`Error::NotAdmin`] or
       * [`Error::OrganizationSuspended`].
       **/
      setMetadata: AugmentedSubmittable<(organization: u32 | AnyNumber | Uint8Array, metadataHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, H256]>;
      /**
       * Names the account the organization is paid to ([`Organization::payout`]), or with
       * `None` goes back to its own account ([`Organization::account`]). Other pallets pay
       * the organization there ([`OrganizationInspect::organization`] answers it as the
       * summary's `payout`), e.g. claim payments to a provider: an account the organization
       * holds a key for (or a multisig of its officers) receives them directly, without a
       * [`Pallet::spend`] each time. Payments made before the change stay where they landed.
       * 
       * The same account that spends decides where payments go: the admin account, never
       * members holding [`Role::Admin`] (see [`Pallet::spend`]).
       * 
       * - Origin: signed by the organization's admin account.
       * - Emits [`Event::PayoutAccountSet`].
       * - Fails with [`Error::UnknownOrganization`], [`Error::NotAdminAccount`] or
       * [`Error::OrganizationSuspended`].
       **/
      setPayoutAccount: AugmentedSubmittable<(organization: u32 | AnyNumber | Uint8Array, payout: Option<AccountId32> | null | Uint8Array | AccountId32 | string) => SubmittableExtrinsic<ApiType>, [u32, Option<AccountId32>]>;
      /**
       * Pays `amount` from the organization's own account ([`Organization::account`]) to
       * `dest`: how an organization spends what it is paid (claim payments, for instance).
       * 
       * Only the admin account ([`Organization::admin`]) spends, never members holding
       * [`Role::Admin`]:
       * - the admin account is the one key governance appointed for the organization, and it
       * rotates with [`Pallet::set_admin`];
       * - an organization that wants a threshold of officers to approve a payment makes its
       * admin a `pallet-multisig` account: the threshold exists without new logic here;
       * - Admin members manage people, not money (separation of duties).
       * 
       * The transfer moves free balance only, and may empty the account (it has no key, so
       * no one needs it kept alive). Funds on hold on it (a payer's escrow) are untouched: while
       * anything is on hold, the existential deposit stays too. If the spend leaves less than
       * the existential deposit, that remainder is lost as dust, as with any transfer that
       * empties an account.
       * 
       * - Origin: signed by the organization's admin account.
       * - Emits [`Event::Spent`].
       * - Fails with [`Error::UnknownOrganization`], [`Error::NotAdminAccount`],
       * [`Error::OrganizationSuspended`], [`Error::ZeroAmount`] or
       * [`Error::InsufficientFunds`]; with the currency's error if `dest` cannot receive
       * `amount` (e.g. a new account below the existential deposit).
       **/
      spend: AugmentedSubmittable<(organization: u32 | AnyNumber | Uint8Array, dest: AccountId32 | string | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, AccountId32, u128]>;
      /**
       * Suspends an organization: from this block on, none of its members passes any check.
       * 
       * - Origin: [`Config::GovernanceOrigin`].
       * - Emits [`Event::OrganizationSuspended`].
       * - Fails with [`Error::UnknownOrganization`] or [`Error::AlreadySuspended`].
       **/
      suspendOrganization: AugmentedSubmittable<(organization: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Changes the roles and the credential expiry of a member of an active organization.
       * 
       * - Origin: signed by the organization's admin or a member with [`Role::Admin`].
       * - Emits [`Event::MemberUpdated`].
       * - Fails with [`Error::UnknownOrganization`], [`Error::NotAdmin`],
       * [`Error::OrganizationSuspended`], [`Error::NotMember`], [`Error::NoRoles`],
       * [`Error::InvalidRoles`] or [`Error::ExpiryInPast`].
       **/
      updateMember: AugmentedSubmittable<(organization: u32 | AnyNumber | Uint8Array, who: AccountId32 | string | Uint8Array, roles: u8 | AnyNumber | Uint8Array, expiresAt: Option<u64> | null | Uint8Array | u64 | AnyNumber) => SubmittableExtrinsic<ApiType>, [u32, AccountId32, u8, Option<u64>]>;
    };
    preimage: {
      /**
       * Ensure that the bulk of pre-images is upgraded.
       * 
       * The caller pays no fee if at least 90% of pre-images were successfully updated.
       **/
      ensureUpdated: AugmentedSubmittable<(hashes: Vec<H256> | (H256 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<H256>]>;
      /**
       * Register a preimage on-chain.
       * 
       * If the preimage was previously requested, no fees or deposits are taken for providing
       * the preimage. Otherwise, a deposit is taken proportional to the size of the preimage.
       **/
      notePreimage: AugmentedSubmittable<(bytes: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Request a preimage be uploaded to the chain without paying any fees or deposits.
       * 
       * If the preimage requests has already been provided on-chain, we unreserve any deposit
       * a user may have paid, and take the control of the preimage out of their hands.
       **/
      requestPreimage: AugmentedSubmittable<(hash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Clear an unrequested preimage from the runtime storage.
       * 
       * If `len` is provided, then it will be a much cheaper operation.
       * 
       * - `hash`: The hash of the preimage to be removed from the store.
       * - `len`: The length of the preimage of `hash`.
       **/
      unnotePreimage: AugmentedSubmittable<(hash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Clear a previously made request for a preimage.
       * 
       * NOTE: THIS MUST NOT BE CALLED ON `hash` MORE TIMES THAN `request_preimage`.
       **/
      unrequestPreimage: AugmentedSubmittable<(hash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
    };
    proxy: {
      /**
       * Register a proxy account for the sender that is able to make calls on its behalf.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * Parameters:
       * - `proxy`: The account that the `caller` would like to make a proxy.
       * - `proxy_type`: The permissions allowed for this proxy account.
       * - `delay`: The announcement period required of the initial proxy. Will generally be
       * zero.
       **/
      addProxy: AugmentedSubmittable<(delegate: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, proxyType: HealthchainRuntimeConfigsProxyType | 'Any' | 'NonTransfer' | 'CancelProxy' | 'Consent' | number | Uint8Array, delay: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, HealthchainRuntimeConfigsProxyType, u32]>;
      /**
       * Publish the hash of a proxy-call that will be made in the future.
       * 
       * This must be called some number of blocks before the corresponding `proxy` is attempted
       * if the delay associated with the proxy relationship is greater than zero.
       * 
       * No more than `MaxPending` announcements may be made at any one time.
       * 
       * This will take a deposit of `AnnouncementDepositFactor` as well as
       * `AnnouncementDepositBase` if there are no other pending announcements.
       * 
       * The dispatch origin for this call must be _Signed_ and a proxy of `real`.
       * 
       * Parameters:
       * - `real`: The account that the proxy will make a call on behalf of.
       * - `call_hash`: The hash of the call to be made by the `real` account.
       **/
      announce: AugmentedSubmittable<(real: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, callHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, H256]>;
      /**
       * Spawn a fresh new account that is guaranteed to be otherwise inaccessible, and
       * initialize it with a proxy of `proxy_type` for `origin` sender.
       * 
       * Requires a `Signed` origin.
       * 
       * - `proxy_type`: The type of the proxy that the sender will be registered as over the
       * new account. This will almost always be the most permissive `ProxyType` possible to
       * allow for maximum flexibility.
       * - `index`: A disambiguation index, in case this is called multiple times in the same
       * transaction (e.g. with `utility::batch`). Unless you're using `batch` you probably just
       * want to use `0`.
       * - `delay`: The announcement period required of the initial proxy. Will generally be
       * zero.
       * 
       * Fails with `Duplicate` if this has already been called in this transaction, from the
       * same sender, with the same parameters.
       * 
       * Fails if there are insufficient funds to pay for deposit.
       **/
      createPure: AugmentedSubmittable<(proxyType: HealthchainRuntimeConfigsProxyType | 'Any' | 'NonTransfer' | 'CancelProxy' | 'Consent' | number | Uint8Array, delay: u32 | AnyNumber | Uint8Array, index: u16 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [HealthchainRuntimeConfigsProxyType, u32, u16]>;
      /**
       * Removes a previously spawned pure proxy.
       * 
       * WARNING: **All access to this account will be lost.** Any funds held in it will be
       * inaccessible.
       * 
       * Requires a `Signed` origin, and the sender account must have been created by a call to
       * `create_pure` with corresponding parameters.
       * 
       * - `spawner`: The account that originally called `create_pure` to create this account.
       * - `index`: The disambiguation index originally passed to `create_pure`. Probably `0`.
       * - `proxy_type`: The proxy type originally passed to `create_pure`.
       * - `height`: The height of the chain when the call to `create_pure` was processed.
       * - `ext_index`: The extrinsic index in which the call to `create_pure` was processed.
       * 
       * Fails with `NoPermission` in case the caller is not a previously created pure
       * account whose `create_pure` call has corresponding parameters.
       **/
      killPure: AugmentedSubmittable<(spawner: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, proxyType: HealthchainRuntimeConfigsProxyType | 'Any' | 'NonTransfer' | 'CancelProxy' | 'Consent' | number | Uint8Array, index: u16 | AnyNumber | Uint8Array, height: Compact<u32> | AnyNumber | Uint8Array, extIndex: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, HealthchainRuntimeConfigsProxyType, u16, Compact<u32>, Compact<u32>]>;
      /**
       * Poke / Adjust deposits made for proxies and announcements based on current values.
       * This can be used by accounts to possibly lower their locked amount.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * The transaction fee is waived if the deposit amount has changed.
       * 
       * Emits `DepositPoked` if successful.
       **/
      pokeDeposit: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Dispatch the given `call` from an account that the sender is authorised for through
       * `add_proxy`.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * Parameters:
       * - `real`: The account that the proxy will make a call on behalf of.
       * - `force_proxy_type`: Specify the exact proxy type to be used and checked for this call.
       * - `call`: The call to be made by the `real` account.
       **/
      proxy: AugmentedSubmittable<(real: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, forceProxyType: Option<HealthchainRuntimeConfigsProxyType> | null | Uint8Array | HealthchainRuntimeConfigsProxyType | 'Any' | 'NonTransfer' | 'CancelProxy' | 'Consent' | number, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Option<HealthchainRuntimeConfigsProxyType>, Call]>;
      /**
       * Dispatch the given `call` from an account that the sender is authorized for through
       * `add_proxy`.
       * 
       * Removes any corresponding announcement(s).
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * Parameters:
       * - `real`: The account that the proxy will make a call on behalf of.
       * - `force_proxy_type`: Specify the exact proxy type to be used and checked for this call.
       * - `call`: The call to be made by the `real` account.
       **/
      proxyAnnounced: AugmentedSubmittable<(delegate: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, real: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, forceProxyType: Option<HealthchainRuntimeConfigsProxyType> | null | Uint8Array | HealthchainRuntimeConfigsProxyType | 'Any' | 'NonTransfer' | 'CancelProxy' | 'Consent' | number, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress, Option<HealthchainRuntimeConfigsProxyType>, Call]>;
      /**
       * Remove the given announcement of a delegate.
       * 
       * May be called by a target (proxied) account to remove a call that one of their delegates
       * (`delegate`) has announced they want to execute. The deposit is returned.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * Parameters:
       * - `delegate`: The account that previously announced the call.
       * - `call_hash`: The hash of the call to be made.
       **/
      rejectAnnouncement: AugmentedSubmittable<(delegate: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, callHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, H256]>;
      /**
       * Remove a given announcement.
       * 
       * May be called by a proxy account to remove a call they previously announced and return
       * the deposit.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * Parameters:
       * - `real`: The account that the proxy will make a call on behalf of.
       * - `call_hash`: The hash of the call to be made by the `real` account.
       **/
      removeAnnouncement: AugmentedSubmittable<(real: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, callHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, H256]>;
      /**
       * Unregister all proxy accounts for the sender.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * WARNING: This may be called on accounts created by `create_pure`, however if done, then
       * the unreserved fees will be inaccessible. **All access to this account will be lost.**
       **/
      removeProxies: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Unregister a proxy account for the sender.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * Parameters:
       * - `proxy`: The account that the `caller` would like to remove as a proxy.
       * - `proxy_type`: The permissions currently enabled for the removed proxy account.
       **/
      removeProxy: AugmentedSubmittable<(delegate: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, proxyType: HealthchainRuntimeConfigsProxyType | 'Any' | 'NonTransfer' | 'CancelProxy' | 'Consent' | number | Uint8Array, delay: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, HealthchainRuntimeConfigsProxyType, u32]>;
    };
    records: {
      /**
       * Anchors `commitment` as the next version of `record`, which it supersedes. For a
       * provider's record the same checks as [`Pallet::anchor_record`] apply (the consent for
       * the record's purpose and category); the patient amends their own records.
       * 
       * - Origin: a Clinician of the record's Provider, or the patient for their own records.
       * - Holds [`Config::RecordDeposit`] from the caller.
       * - Emits [`Event::RecordAnchored`] with `previous`.
       * - Fails with [`Error::UnknownRecord`], [`Error::RecordErased`],
       * [`Error::NotCurrentVersion`], [`Error::NotYourRecord`], [`Error::TooManyVersions`],
       * the errors of [`Pallet::anchor_record`], or when the deposit cannot be held.
       **/
      amendRecord: AugmentedSubmittable<(record: u64 | AnyNumber | Uint8Array, commitment: H256 | string | Uint8Array, fhirType: Option<PalletRecordsFhirResourceType> | null | Uint8Array | PalletRecordsFhirResourceType | 'Observation' | 'Condition' | 'MedicationRequest' | 'MedicationStatement' | 'AllergyIntolerance' | 'DiagnosticReport' | 'ImagingStudy' | 'Procedure' | 'Immunization' | 'Encounter' | 'CarePlan' | 'DocumentReference' | 'Bundle' | number) => SubmittableExtrinsic<ApiType>, [u64, H256, Option<PalletRecordsFhirResourceType>]>;
      /**
       * Anchors the `root` of a binary Merkle tree over `leaf_count` 32-byte leaves for
       * `organization`, with its `scope`: audit events ([`BatchScope::Audit`]), or records of
       * one patient and category ([`BatchScope::Records`]), which need what
       * [`Pallet::anchor_record`] needs.
       * 
       * - Origin: for an audit batch, signed by an active member of the active
       * `organization` (any kind); for a records batch, by an active Clinician of the
       * active Provider `organization` whose write of `category` for `purpose` the
       * patient's consent permits.
       * - Holds [`Config::BatchDeposit`] from the caller.
       * - Emits [`Event::BatchAnchored`].
       * - Fails with [`Error::UnattributedScope`], [`Error::AccessDenied`],
       * [`Error::NotAProvider`], [`Error::ConsentDenied`], [`Error::EmptyBatch`],
       * [`Error::TooManyLeaves`], [`Error::DuplicateRoot`] (the organization already
       * anchored this root) or [`Error::IdsExhausted`], or when the deposit cannot be held.
       **/
      anchorBatch: AugmentedSubmittable<(organization: u32 | AnyNumber | Uint8Array, root: H256 | string | Uint8Array, leafCount: u32 | AnyNumber | Uint8Array, scope: PalletRecordsBatchScope | { Audit: any } | { Records: any } | { Unattributed: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, H256, u32, PalletRecordsBatchScope]>;
      /**
       * Anchors a record of the caller's own (e.g. from a wearable or a patient-held
       * document). The commitment is bound to the caller: anchoring someone else's
       * commitment makes it a record of the caller's, never of its real patient.
       * 
       * - Origin: signed by the patient.
       * - Holds [`Config::RecordDeposit`] from the patient.
       * - Emits [`Event::RecordAnchored`].
       * - Fails with [`Error::DuplicateCommitment`] (the caller already anchored this
       * commitment) or [`Error::IdsExhausted`], or when the deposit cannot be held.
       **/
      anchorOwnRecord: AugmentedSubmittable<(category: HealthchainPrimitivesConsentDataCategory | 'Demographics' | 'Conditions' | 'Medications' | 'Allergies' | 'LabResults' | 'Imaging' | 'ClinicalNotes' | 'Immunizations' | 'Procedures' | 'VitalSigns' | 'Genomics' | 'MentalHealth' | 'SubstanceUse' | 'SexualReproductiveHealth' | number | Uint8Array, commitment: H256 | string | Uint8Array, fhirType: Option<PalletRecordsFhirResourceType> | null | Uint8Array | PalletRecordsFhirResourceType | 'Observation' | 'Condition' | 'MedicationRequest' | 'MedicationStatement' | 'AllergyIntolerance' | 'DiagnosticReport' | 'ImagingStudy' | 'Procedure' | 'Immunization' | 'Encounter' | 'CarePlan' | 'DocumentReference' | 'Bundle' | number) => SubmittableExtrinsic<ApiType>, [HealthchainPrimitivesConsentDataCategory, H256, Option<PalletRecordsFhirResourceType>]>;
      /**
       * Anchors a record of `patient` held by the Provider `organization`: its `category`,
       * `commitment` and optional FHIR resource type. The patient's consent must permit
       * `organization` to write `category` data for `purpose`.
       * 
       * - Origin: signed by an active Clinician of the active Provider `organization` (the
       * author).
       * - Holds [`Config::RecordDeposit`] from the author.
       * - Emits [`Event::RecordAnchored`].
       * - Fails with [`Error::AccessDenied`] (`MissingRole` for a member who is not a
       * Clinician), [`Error::NotAProvider`], [`Error::ConsentDenied`],
       * [`Error::DuplicateCommitment`] (this patient already has this commitment) or
       * [`Error::IdsExhausted`], or when the deposit cannot be held.
       * - Weight: declared for a consent evaluation that reads every consent of the patient;
       * the consents it did not read are not charged
       * ([`ConsentInspect::unused_evaluation_weight`]). The same holds for
       * [`Pallet::amend_record`] and [`Pallet::anchor_batch`] (an audit batch evaluates
       * none).
       **/
      anchorRecord: AugmentedSubmittable<(organization: u32 | AnyNumber | Uint8Array, patient: AccountId32 | string | Uint8Array, purpose: HealthchainPrimitivesConsentPurpose | 'Treatment' | 'EmergencyTreatment' | 'Payment' | 'Operations' | 'Research' | 'PublicHealth' | number | Uint8Array, category: HealthchainPrimitivesConsentDataCategory | 'Demographics' | 'Conditions' | 'Medications' | 'Allergies' | 'LabResults' | 'Imaging' | 'ClinicalNotes' | 'Immunizations' | 'Procedures' | 'VitalSigns' | 'Genomics' | 'MentalHealth' | 'SubstanceUse' | 'SexualReproductiveHealth' | number | Uint8Array, commitment: H256 | string | Uint8Array, fhirType: Option<PalletRecordsFhirResourceType> | null | Uint8Array | PalletRecordsFhirResourceType | 'Observation' | 'Condition' | 'MedicationRequest' | 'MedicationStatement' | 'AllergyIntolerance' | 'DiagnosticReport' | 'ImagingStudy' | 'Procedure' | 'Immunization' | 'Encounter' | 'CarePlan' | 'DocumentReference' | 'Bundle' | number) => SubmittableExtrinsic<ApiType>, [u32, AccountId32, HealthchainPrimitivesConsentPurpose, HealthchainPrimitivesConsentDataCategory, H256, Option<PalletRecordsFhirResourceType>]>;
      /**
       * Records that the holder erased a record version: the document and its salt are
       * destroyed, so the commitment can no longer be linked to anything. The entry stays as
       * a tombstone (status `Erased`) for audit; its deposit stays held. Erasure covers this
       * version only: the earlier versions keep their own commitments, so each version of a
       * record must be erased.
       * 
       * - Origin: the record's patient, or an active Clinician or Privacy Officer of its
       * active Provider (erasure answers a data-protection request, the Privacy Officer's
       * remit, as well as a clinical decision).
       * - Emits [`Event::RecordErased`].
       * - Fails with [`Error::UnknownRecord`], [`Error::RecordErased`],
       * [`Error::NotYourRecord`] or [`Error::AccessDenied`].
       **/
      eraseRecord: AugmentedSubmittable<(record: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Marks the current version of a record as entered in error (a clinical judgement).
       * 
       * - Origin: an active Clinician of the record's active Provider, or the patient for
       * their own records.
       * - Emits [`Event::RecordEnteredInError`].
       * - Fails with [`Error::UnknownRecord`], [`Error::RecordErased`],
       * [`Error::NotCurrentVersion`], [`Error::NotYourRecord`] or [`Error::AccessDenied`].
       **/
      markEnteredInError: AugmentedSubmittable<(record: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
    };
    research: {
      /**
       * Starts an approved study.
       * 
       * - Origin: the study's researcher, still a Researcher of its institution.
       * - Emits [`Event::StudyStatusChanged`].
       * - Fails with [`Error::UnknownStudy`], [`Error::NotResearcher`],
       * [`Error::InstitutionNotActive`] or [`Error::StudyNotApproved`].
       **/
      activateStudy: AugmentedSubmittable<(study: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Amends the protocol: a new version of the study, back to `Proposed` until its ethics
       * committee approves it again (then the researcher activates it again); participants
       * consented to earlier versions stop counting until they consent again, and grants of
       * earlier versions give no access. The compensation pool is not touched: it is shared
       * among the attested participants of every version.
       * 
       * - Origin: the study's researcher, still a Researcher of its institution.
       * - Emits [`Event::ProtocolAmended`].
       * - Fails with [`Error::UnknownStudy`], [`Error::NotResearcher`],
       * [`Error::InstitutionNotActive`], [`Error::StudyClosed`] or [`Error::StudyRejected`].
       **/
      amendProtocol: AugmentedSubmittable<(study: u32 | AnyNumber | Uint8Array, protocolHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, H256]>;
      /**
       * Attests that `patient`, a participant of `study`'s current version, is `provider`'s
       * patient: registered by it (onboarded with their signature), or consenting to it
       * using their data of every requested category for research. From then on they count
       * towards k for `provider`'s grants (security review H-2).
       * 
       * - Origin: a Clinician or PrivacyOfficer of the active Provider `provider`.
       * - Emits [`Event::Attested`].
       * - Fails with [`Error::UnknownStudy`], [`Error::AccessDenied`],
       * [`Error::InstitutionNotActive`], [`Error::StudyNotRecruiting`],
       * [`Error::StudyEnded`], [`Error::NotParticipating`] (not consented to the current
       * version), [`Error::NotProvidersPatient`], [`Error::AlreadyAttested`] or
       * [`Error::TooManyAttestations`].
       **/
      attestParticipant: AugmentedSubmittable<(study: u32 | AnyNumber | Uint8Array, provider: u32 | AnyNumber | Uint8Array, patient: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32, AccountId32]>;
      /**
       * The caller claims their share of a closed study's pool (once, within the claim
       * window), whatever the institution's status since. Free of fees for a participant with
       * a share to claim, so that a patient without tokens gets paid.
       * 
       * - Origin: an attested participant of the study (of any protocol version).
       * - Emits [`Event::CompensationClaimed`].
       * - Fails with [`Error::UnknownStudy`], [`Error::StudyNotClosed`] or
       * [`Error::NothingToClaim`] (also after the claim window).
       **/
      claimCompensation: AugmentedSubmittable<(study: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Closes an active study, returns its deposit and fixes each attested participant's
       * share of the pool (participants of any protocol version who did not withdraw); what
       * cannot be shared (no attested participants, or the remainder of the division)
       * returns to the funder. Shares are claimed within [`Config::ClaimWindow`].
       * 
       * - Origin: the study's researcher, still a Researcher of its institution; or anyone
       * once the study's end passed.
       * - Emits [`Event::StudyStatusChanged`].
       * - Fails with [`Error::UnknownStudy`], [`Error::NotResearcher`], [`Error::AccessDenied`],
       * [`Error::InstitutionNotActive`] or [`Error::StudyNotActive`].
       **/
      closeStudy: AugmentedSubmittable<(study: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Approves or rejects a proposed study (or an amended protocol). A rejection ends the
       * study and returns its deposit.
       * 
       * - Origin: a Reviewer of the active EthicsCommittee `committee` who is not the study's
       * researcher and is not, and never was, a member of the study's institution.
       * - Emits [`Event::StudyDecided`].
       * - Fails with [`Error::UnknownStudy`], [`Error::AccessDenied`],
       * [`Error::InstitutionNotActive`] (the study's institution is suspended or no longer
       * registered), [`Error::SelfApproval`] or [`Error::StudyNotProposed`].
       **/
      decideStudy: AugmentedSubmittable<(study: u32 | AnyNumber | Uint8Array, committee: u32 | AnyNumber | Uint8Array, approve: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32, bool]>;
      /**
       * Puts `amount` into a study's compensation pool, held on the caller's account until
       * participants claim it (or the funder takes back what they can no longer claim,
       * [`Pallet::reclaim_pool`]).
       * 
       * - Origin: an active member of the study's institution (one funder per study).
       * - Emits [`Event::PoolFunded`].
       * - Fails with [`Error::UnknownStudy`], [`Error::InstitutionNotActive`],
       * [`Error::AccessDenied`], [`Error::StudyClosed`], [`Error::StudyRejected`],
       * [`Error::ZeroAmount`] or [`Error::PoolOfAnotherFunder`].
       **/
      fundPool: AugmentedSubmittable<(study: u32 | AnyNumber | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u128]>;
      /**
       * Grants an active study a de-identified dataset (its commitment and record count)
       * for its current protocol version until `expires_at` (at the latest the study's end),
       * if the provider attested at least k participants consented to that version (k: the
       * study's minimum cohort, at least the consortium's [`MinCohortFloor`]) and the dataset
       * counts no more records than that cohort.
       * 
       * - Origin: a PrivacyOfficer of the active Provider `provider`.
       * - Holds [`Config::GrantDeposit`] until the grant is revoked.
       * - Emits [`Event::DataGranted`].
       * - Fails with [`Error::UnknownStudy`], [`Error::AccessDenied`],
       * [`Error::InstitutionNotActive`] (the study's institution is suspended or no longer
       * registered), [`Error::StudyNotActive`], [`Error::StudyEnded`],
       * [`Error::CohortTooSmall`], [`Error::RecordCountAboveCohort`],
       * [`Error::ExpiryInPast`], [`Error::GrantBeyondStudyEnd`] or [`Error::IdsExhausted`].
       **/
      grantData: AugmentedSubmittable<(study: u32 | AnyNumber | Uint8Array, provider: u32 | AnyNumber | Uint8Array, dataset: H256 | string | Uint8Array, recordCount: u32 | AnyNumber | Uint8Array, expiresAt: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32, H256, u32, u64]>;
      /**
       * Counts `patient` in `study` on their broad research consent: their DUO profile must
       * match the study's data use (DUOS rules) and their consents must let the study's
       * institution read every requested category for research (HRESCH). Anyone may submit it
       * (e.g. the institution's recruiter), except for a patient who withdrew from the study.
       * Revoking the research consent ends the participation at once.
       * 
       * - Origin: signed, by anyone.
       * - Emits [`Event::Joined`].
       * - Fails with [`Error::UnknownStudy`], [`Error::Withdrawn`],
       * [`Error::NoResearchProfile`], [`Error::DuoMismatch`], [`Error::NoResearchConsent`],
       * [`Error::InstitutionNotActive`], [`Error::StudyNotRecruiting`],
       * [`Error::StudyEnded`], [`Error::AlreadyParticipating`] or
       * [`Error::TooManyStudies`].
       **/
      joinByBroadConsent: AugmentedSubmittable<(study: u32 | AnyNumber | Uint8Array, patient: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, AccountId32]>;
      /**
       * Logs a researcher's access to a granted dataset (the event is the log entry; the grant
       * counts them). The grant is checked again at each access: the study active and not
       * ended, the grant of its current protocol version, and the provider's attested cohort
       * still at least k (withdrawals and revocations take effect at the next access).
       * 
       * - Origin: a Researcher of the study's active institution.
       * - Emits [`Event::DataAccessed`].
       * - Fails with [`Error::UnknownGrant`], [`Error::UnknownStudy`],
       * [`Error::InstitutionNotActive`], [`Error::AccessDenied`],
       * [`Error::ProviderNotActive`] (the grant's provider is suspended or no longer
       * registered), [`Error::StudyNotActive`], [`Error::StudyEnded`],
       * [`Error::GrantOfOldProtocol`], [`Error::CohortTooSmall`], [`Error::GrantRevoked`] or
       * [`Error::GrantExpired`].
       **/
      logAccess: AugmentedSubmittable<(grant: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * The caller opts in to the current version of an approved or active study (or
       * re-consents after an amendment, or joins again after withdrawing). They count
       * towards k once a data-holding provider attests them ([`Pallet::attest_participant`]).
       * 
       * - Origin: signed by the patient.
       * - Emits [`Event::Joined`].
       * - Fails with [`Error::UnknownStudy`], [`Error::InstitutionNotActive`],
       * [`Error::StudyNotRecruiting`], [`Error::StudyEnded`],
       * [`Error::AlreadyParticipating`] or [`Error::TooManyStudies`].
       **/
      optIn: AugmentedSubmittable<(study: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Ends `patient`'s participation in `study` if the broad consent it rested on no longer
       * holds (it expired, or the profile changed), and the attestations that rested on a
       * research consent to a provider that no longer permits it. A revocation does this at
       * once; an expiry needs this call, which anyone may make (a provider before granting,
       * the patient's app, an auditor).
       * 
       * - Origin: signed, by anyone.
       * - Emits [`Event::ParticipationEnded`] or [`Event::AttestationEnded`].
       * - Fails with [`Error::UnknownStudy`], [`Error::NotParticipating`] or
       * [`Error::ParticipationStillValid`].
       **/
      recheckParticipant: AugmentedSubmittable<(study: u32 | AnyNumber | Uint8Array, patient: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, AccountId32]>;
      /**
       * The funder takes back what participants can no longer claim: the whole pool of a
       * rejected study, or of a study that reached its end without being activated; what
       * nobody claimed within the claim window after the close.
       * 
       * - Origin: the pool's funder.
       * - Emits [`Event::PoolReclaimed`].
       * - Fails with [`Error::UnknownStudy`], [`Error::NothingToClaim`] (no pool, or nothing
       * left), [`Error::NotFunder`] or [`Error::PoolNotReclaimable`].
       **/
      reclaimPool: AugmentedSubmittable<(study: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Registers a study of `institution` on `terms`, counted in [`StudiesOfInstitution`].
       * 
       * - Origin: a Researcher of the active ResearchInstitution `institution`.
       * - Holds [`Config::StudyDeposit`] until the study ends (closed or rejected).
       * - Emits [`Event::StudyRegistered`].
       * - Fails with [`Error::AccessDenied`], [`Error::InvalidDataUse`],
       * [`Error::ZeroMinCohort`], [`Error::MinCohortBelowFloor`], [`Error::EndInPast`] or
       * [`Error::IdsExhausted`].
       **/
      registerStudy: AugmentedSubmittable<(institution: u32 | AnyNumber | Uint8Array, terms: PalletResearchStudyTerms | { protocolHash?: any; dataUse?: any; purpose?: any; categories?: any; minCohort?: any; endsAt?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, PalletResearchStudyTerms]>;
      /**
       * Revokes a grant (also an expired one): no further accesses; its deposit is returned.
       * 
       * - Origin: an active member of the grant's Provider.
       * - Emits [`Event::GrantRevoked`].
       * - Fails with [`Error::UnknownGrant`], [`Error::AccessDenied`] or
       * [`Error::GrantRevoked`].
       **/
      revokeGrant: AugmentedSubmittable<(grant: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Sets the consortium's minimum k ([`MinCohortFloor`]), at least 1. Studies registered
       * before keep their `min_cohort`, but no grant or access goes below the floor.
       * 
       * - Origin: the governance origin.
       * - Emits [`Event::MinCohortFloorSet`].
       * - Fails with [`Error::ZeroMinCohort`].
       **/
      setMinCohortFloor: AugmentedSubmittable<(k: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Sets (or with `None` clears) the caller's broad research consent profile in DUO terms.
       * Together with a consent for research (HRESCH) to an institution in the Consent pallet,
       * it lets matching studies of that institution count the caller in.
       * 
       * - Origin: signed by the patient.
       * - Emits [`Event::ResearchProfileSet`].
       * - Fails with [`Error::InvalidDataUse`].
       **/
      setResearchProfile: AugmentedSubmittable<(profile: Option<HealthchainPrimitivesDuoDataUse> | null | Uint8Array | HealthchainPrimitivesDuoDataUse | { permission?: any; modifiers?: any; timeLimit?: any } | string) => SubmittableExtrinsic<ApiType>, [Option<HealthchainPrimitivesDuoDataUse>]>;
      /**
       * The caller withdraws from a study, with immediate effect for new grants and accesses
       * (also from a study of a suspended institution). Only they can join it again.
       * 
       * - Origin: signed by the patient.
       * - Emits [`Event::Withdrew`].
       * - Fails with [`Error::UnknownStudy`] or [`Error::NotParticipating`].
       **/
      withdraw: AugmentedSubmittable<(study: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
    };
    session: {
      /**
       * Removes any session key(s) of the function caller.
       * 
       * This doesn't take effect until the next session.
       * 
       * The dispatch origin of this function must be Signed and the account must be either be
       * convertible to a validator ID using the chain's typical addressing system (this usually
       * means being a controller account) or directly convertible into a validator ID (which
       * usually means being a stash account).
       **/
      purgeKeys: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Sets the session key(s) of the function caller to `keys`.
       * 
       * Allows an account to set its session key prior to becoming a validator.
       * This doesn't take effect until the next session.
       * 
       * - `origin`: The dispatch origin of this function must be signed.
       * - `keys`: The new session keys to set. These are the public keys of all sessions keys
       * setup in the runtime.
       * - `proof`: The proof that `origin` has access to the private keys of `keys`. See
       * [`impl_opaque_keys`](sp_runtime::impl_opaque_keys) for more information about the
       * proof format.
       **/
      setKeys: AugmentedSubmittable<(keys: HealthchainRuntimeOpaqueSessionKeys | { aura?: any; grandpa?: any } | string | Uint8Array, proof: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [HealthchainRuntimeOpaqueSessionKeys, Bytes]>;
    };
    sudo: {
      /**
       * Permanently removes the sudo key.
       * 
       * **This cannot be un-done.**
       **/
      removeKey: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Authenticates the current sudo key and sets the given AccountId (`new`) as the new sudo
       * key.
       **/
      setKey: AugmentedSubmittable<(updated: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       **/
      sudo: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Signed` origin from
       * a given account.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoAs: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       * This function does not check the weight of the call, and instead allows the
       * Sudo user to specify the weight of the call.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoUncheckedWeight: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array, weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, SpWeightsWeightV2Weight]>;
    };
    system: {
      /**
       * Provide the preimage (runtime binary) `code` for an upgrade that has been authorized.
       * 
       * If the authorization required a version check, this call will ensure the spec name
       * remains unchanged and that the spec version has increased.
       * 
       * Depending on the runtime's `OnSetCode` configuration, this function may directly apply
       * the new `code` in the same block or attempt to schedule the upgrade.
       * 
       * All origins are allowed.
       **/
      applyAuthorizedUpgrade: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgrade: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * WARNING: This authorizes an upgrade that will take place without any safety checks, for
       * example that the spec name remains the same and that the version number increases. Not
       * recommended for normal use. Use `authorize_upgrade` instead.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgradeWithoutChecks: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Kill all storage items with a key that starts with the given prefix.
       * 
       * **NOTE:** We rely on the Root origin to provide us the number of subkeys under
       * the prefix we are removing to accurately calculate the weight of this function.
       **/
      killPrefix: AugmentedSubmittable<(prefix: Bytes | string | Uint8Array, subkeys: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, u32]>;
      /**
       * Kill some items from storage.
       **/
      killStorage: AugmentedSubmittable<(keys: Vec<Bytes> | (Bytes | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Bytes>]>;
      /**
       * Make some on-chain remark.
       * 
       * Can be executed by every `origin`.
       **/
      remark: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Make some on-chain remark and emit event.
       **/
      remarkWithEvent: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code.
       **/
      setCode: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code without doing any checks of the given `code`.
       * 
       * Note that runtime upgrades will not run if this is called with a not-increasing spec
       * version!
       **/
      setCodeWithoutChecks: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the number of pages in the WebAssembly environment's heap.
       **/
      setHeapPages: AugmentedSubmittable<(pages: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Set some items of storage.
       **/
      setStorage: AugmentedSubmittable<(items: Vec<ITuple<[Bytes, Bytes]>> | ([Bytes | string | Uint8Array, Bytes | string | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [Vec<ITuple<[Bytes, Bytes]>>]>;
    };
    timestamp: {
      /**
       * Set the current time.
       * 
       * This call should be invoked exactly once per block. It will panic at the finalization
       * phase, if this call hasn't been invoked by that time.
       * 
       * The timestamp should be greater than the previous one by the amount specified by
       * [`Config::MinimumPeriod`].
       * 
       * The dispatch origin for this call must be _None_.
       * 
       * This dispatch class is _Mandatory_ to ensure it gets executed in the block. Be aware
       * that changing the complexity of this call could result exhausting the resources in a
       * block to execute any other calls.
       * 
       * ## Complexity
       * - `O(1)` (Note that implementations of `OnTimestampSet` must also be `O(1)`)
       * - 1 storage read and 1 storage mutation (codec `O(1)` because of `DidUpdate::take` in
       * `on_finalize`)
       * - 1 event handler `on_timestamp_set`. Must be `O(1)`.
       **/
      set: AugmentedSubmittable<(now: Compact<u64> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u64>]>;
    };
    utility: {
      /**
       * Send a call through an indexed pseudonym of the sender.
       * 
       * Filter from origin are passed along. The call will be dispatched with an origin which
       * use the same filter as the origin of this call.
       * 
       * NOTE: If you need to ensure that any account-based filtering is not honored (i.e.
       * because you expect `proxy` to have been used prior in the call stack and you do not want
       * the call restrictions to apply to any sub-accounts), then use `as_multi_threshold_1`
       * in the Multisig pallet instead.
       * 
       * NOTE: Prior to version *12, this was called `as_limited_sub`.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      asDerivative: AugmentedSubmittable<(index: u16 | AnyNumber | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, Call]>;
      /**
       * Send a batch of dispatch calls.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatched without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       * 
       * This will return `Ok` in all circumstances. To determine the success of the batch, an
       * event is deposited. If a call failed and the batch was interrupted, then the
       * `BatchInterrupted` event is deposited, along with the number of successful calls made
       * and the error of the failed call. If all were successful, then the `BatchCompleted`
       * event is deposited.
       **/
      batch: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Send a batch of dispatch calls and atomically execute them.
       * The whole transaction will rollback and fail if any of the calls failed.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatched without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       **/
      batchAll: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Dispatches a function call with a provided origin.
       * 
       * The dispatch origin for this call must be _Root_.
       * 
       * ## Complexity
       * - O(1).
       **/
      dispatchAs: AugmentedSubmittable<(asOrigin: HealthchainRuntimeOriginCaller | { system: any } | { Council: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [HealthchainRuntimeOriginCaller, Call]>;
      /**
       * Dispatches a function call with a provided origin.
       * 
       * Almost the same as [`Pallet::dispatch_as`] but forwards any error of the inner call.
       * 
       * The dispatch origin for this call must be _Root_.
       **/
      dispatchAsFallible: AugmentedSubmittable<(asOrigin: HealthchainRuntimeOriginCaller | { system: any } | { Council: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [HealthchainRuntimeOriginCaller, Call]>;
      /**
       * Send a batch of dispatch calls.
       * Unlike `batch`, it allows errors and won't interrupt.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatch without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       **/
      forceBatch: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Dispatch a fallback call in the event the main call fails to execute.
       * May be called from any origin except `None`.
       * 
       * This function first attempts to dispatch the `main` call.
       * If the `main` call fails, the `fallback` is attemted.
       * if the fallback is successfully dispatched, the weights of both calls
       * are accumulated and an event containing the main call error is deposited.
       * 
       * In the event of a fallback failure the whole call fails
       * with the weights returned.
       * 
       * - `main`: The main call to be dispatched. This is the primary action to execute.
       * - `fallback`: The fallback call to be dispatched in case the `main` call fails.
       * 
       * ## Dispatch Logic
       * - If the origin is `root`, both the main and fallback calls are executed without
       * applying any origin filters.
       * - If the origin is not `root`, the origin filter is applied to both the `main` and
       * `fallback` calls.
       * 
       * ## Use Case
       * - Some use cases might involve submitting a `batch` type call in either main, fallback
       * or both.
       **/
      ifElse: AugmentedSubmittable<(main: Call | IMethod | string | Uint8Array, fallback: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, Call]>;
      /**
       * Dispatch a function call with a specified weight.
       * 
       * This function does not check the weight of the call, and instead allows the
       * Root origin to specify the weight of the call.
       * 
       * The dispatch origin for this call must be _Root_.
       **/
      withWeight: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array, weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, SpWeightsWeightV2Weight]>;
    };
    validatorSet: {
      /**
       * Admits `who` as a validator.
       * 
       * - Origin: [`Config::GovernanceOrigin`].
       * - `who` must have set session keys and must not be a validator already.
       * - Takes effect from the session after next. Emits [`Event::ValidatorAdded`].
       * - Fails with [`Error::AlreadyValidator`], [`Error::NoSessionKeys`] or
       * [`Error::TooManyValidators`].
       **/
      addValidator: AugmentedSubmittable<(who: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Removes `who` from the validators.
       * 
       * - Origin: [`Config::GovernanceOrigin`].
       * - Takes effect from the session after next. Emits [`Event::ValidatorRemoved`].
       * - Fails with [`Error::NotValidator`] or [`Error::TooFewValidators`].
       **/
      removeValidator: AugmentedSubmittable<(who: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
    };
    whitelist: {
      dispatchWhitelistedCall: AugmentedSubmittable<(callHash: H256 | string | Uint8Array, callEncodedLen: u32 | AnyNumber | Uint8Array, callWeightWitness: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, u32, SpWeightsWeightV2Weight]>;
      dispatchWhitelistedCallWithPreimage: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call]>;
      removeDeferredDispatch: AugmentedSubmittable<(callHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      removeWhitelistedCall: AugmentedSubmittable<(callHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      whitelistCall: AugmentedSubmittable<(callHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
    };
  } // AugmentedSubmittables
} // declare module
