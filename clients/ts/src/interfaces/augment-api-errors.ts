// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/errors';

import type { ApiTypes, AugmentedError } from '@polkadot/api-base/types';

export type __AugmentedError<ApiType extends ApiTypes> = AugmentedError<ApiType>;

declare module '@polkadot/api-base/types/errors' {
  interface AugmentedErrors<ApiType extends ApiTypes> {
    balances: {
      /**
       * Beneficiary account must pre-exist.
       **/
      DeadAccount: AugmentedError<ApiType>;
      /**
       * The delta cannot be zero.
       **/
      DeltaZero: AugmentedError<ApiType>;
      /**
       * Value too low to create account due to existential deposit.
       **/
      ExistentialDeposit: AugmentedError<ApiType>;
      /**
       * A vesting schedule already exists for this account.
       **/
      ExistingVestingSchedule: AugmentedError<ApiType>;
      /**
       * Transfer/payment would kill account.
       **/
      Expendability: AugmentedError<ApiType>;
      /**
       * Balance too low to send value.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The issuance cannot be modified since it is already deactivated.
       **/
      IssuanceDeactivated: AugmentedError<ApiType>;
      /**
       * Account liquidity restrictions prevent withdrawal.
       **/
      LiquidityRestrictions: AugmentedError<ApiType>;
      /**
       * Number of freezes exceed `MaxFreezes`.
       **/
      TooManyFreezes: AugmentedError<ApiType>;
      /**
       * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
       **/
      TooManyHolds: AugmentedError<ApiType>;
      /**
       * Number of named reserves exceed `MaxReserves`.
       **/
      TooManyReserves: AugmentedError<ApiType>;
      /**
       * Vesting balance too high to send value.
       **/
      VestingBalance: AugmentedError<ApiType>;
    };
    claims: {
      /**
       * The caller may not act for the organization; the inner code says why.
       **/
      AccessDenied: AugmentedError<ApiType>;
      /**
       * An adjustment may only lower the adjudicated amount.
       **/
      AdjustAboveAdjudicated: AugmentedError<ApiType>;
      /**
       * The prior authorization was already decided.
       **/
      AlreadyDecided: AugmentedError<ApiType>;
      /**
       * The patient is already enrolled.
       **/
      AlreadyEnrolled: AugmentedError<ApiType>;
      /**
       * The patient already asked to join; the payer has not decided yet.
       **/
      AlreadyRequested: AugmentedError<ApiType>;
      /**
       * An award would take the member beyond the annual limit of a service year of the
       * claim's lines (each line books at most its billed amount, within the remaining
       * annual limit of its year).
       **/
      AwardAboveAnnualLimit: AugmentedError<ApiType>;
      /**
       * An award may not exceed what was billed.
       **/
      AwardTooHigh: AugmentedError<ApiType>;
      /**
       * An evidence record already backs another claim (or is cited twice): a record backs
       * one claim.
       **/
      EvidenceAlreadyUsed: AugmentedError<ApiType>;
      /**
       * An evidence record is not the current version of its record: the inner status says
       * whether it was superseded, entered in error or erased.
       **/
      EvidenceNotCurrent: AugmentedError<ApiType>;
      /**
       * An evidence record is another patient's.
       **/
      EvidenceOfAnotherPatient: AugmentedError<ApiType>;
      /**
       * An evidence record was not anchored by the claiming provider.
       **/
      EvidenceOfAnotherProvider: AugmentedError<ApiType>;
      /**
       * No id is left.
       **/
      IdsExhausted: AugmentedError<ApiType>;
      /**
       * The escrow holds less than asked for beyond what pending claims need.
       **/
      InsufficientEscrow: AugmentedError<ApiType>;
      /**
       * A line bills more than [`Config::MaxLineAmount`].
       **/
      LineAmountTooHigh: AugmentedError<ApiType>;
      /**
       * The patient did not ask to join.
       **/
      NoEnrollmentRequest: AugmentedError<ApiType>;
      /**
       * A claim needs at least one evidence record.
       **/
      NoEvidence: AugmentedError<ApiType>;
      /**
       * A claim needs at least one line.
       **/
      NoLines: AugmentedError<ApiType>;
      /**
       * Only an appealed claim can be arbitrated.
       **/
      NotAppealed: AugmentedError<ApiType>;
      /**
       * Only a denied claim can be appealed.
       **/
      NotDenied: AugmentedError<ApiType>;
      /**
       * The patient is not enrolled (now, or at a line's service date): not accepted by the
       * payer, or not covered then.
       **/
      NotEnrolled: AugmentedError<ApiType>;
      /**
       * No version of the plan was in force at a line's service date.
       **/
      NoTermsInForce: AugmentedError<ApiType>;
      /**
       * The claim is not waiting for review.
       **/
      NotPendingReview: AugmentedError<ApiType>;
      /**
       * The plan's payer is not an active Payer: suspended (`OrganizationSuspended`) or no
       * longer registered (`UnknownOrganization`). Nothing is paid from, funded into,
       * enrolled in, authorized or claimed against its plans until it is reinstated.
       **/
      PayerNotActive: AugmentedError<ApiType>;
      /**
       * The prior authorization is for another plan, patient, provider or service.
       **/
      PriorAuthMismatch: AugmentedError<ApiType>;
      /**
       * The prior authorization cannot be withdrawn: it backs a claim line, or the caller is
       * not its requester and it has not expired.
       **/
      PriorAuthNotRemovable: AugmentedError<ApiType>;
      /**
       * The prior authorization already backs a claim line (it backs one).
       **/
      PriorAuthUsed: AugmentedError<ApiType>;
      /**
       * The claim's provider is not an active Provider: suspended (`OrganizationSuspended`) or
       * no longer registered (`UnknownOrganization`). It is paid nothing until it is
       * reinstated; a review may still deny its claim and an arbitration uphold a denial.
       **/
      ProviderNotActive: AugmentedError<ApiType>;
      /**
       * Coverage rules must be sorted by service code, one per code.
       **/
      RulesNotSorted: AugmentedError<ApiType>;
      /**
       * A service of the claim was meanwhile paid under another claim.
       **/
      ServiceAlreadyClaimed: AugmentedError<ApiType>;
      /**
       * A service date is in the future.
       **/
      ServiceDateInFuture: AugmentedError<ApiType>;
      /**
       * The patient has [`Config::MaxCoveragePeriods`] coverage periods in the plan.
       **/
      TooManyCoveragePeriods: AugmentedError<ApiType>;
      /**
       * The plan has `MaxPlanVersions` versions.
       **/
      TooManyVersions: AugmentedError<ApiType>;
      /**
       * No claim has this id.
       **/
      UnknownClaim: AugmentedError<ApiType>;
      /**
       * An evidence record does not exist.
       **/
      UnknownEvidence: AugmentedError<ApiType>;
      /**
       * No plan has this id.
       **/
      UnknownPlan: AugmentedError<ApiType>;
      /**
       * No prior authorization has this id.
       **/
      UnknownPriorAuth: AugmentedError<ApiType>;
      /**
       * A new version must take effect after the current one.
       **/
      VersionNotLater: AugmentedError<ApiType>;
      /**
       * An amount of zero.
       **/
      ZeroAmount: AugmentedError<ApiType>;
    };
    consent: {
      /**
       * The caller may not act for the organization, or (granting) the organization cannot
       * receive consents; the inner code says why (unknown or suspended organization, wrong
       * kind, not a member, missing role, expired credential).
       **/
      AccessDenied: AugmentedError<ApiType>;
      /**
       * The patient's access log has used every index ([`AccessIndex`]): no entry can be
       * appended.
       **/
      AccessLogIndexOverflow: AugmentedError<ApiType>;
      /**
       * The patient is already registered.
       **/
      AlreadyRegistered: AugmentedError<ApiType>;
      /**
       * The emergency access has already been reviewed.
       **/
      AlreadyReviewed: AugmentedError<ApiType>;
      /**
       * The privacy officer was appointed (added as a member) by the clinician whose emergency
       * access it is, so cannot review it.
       **/
      AppointedByClinician: AugmentedError<ApiType>;
      /**
       * The disclosure request's signature is not its reader's signature of
       * [`Pallet::disclosure_message`].
       **/
      BadDisclosureSignature: AugmentedError<ApiType>;
      /**
       * The onboarding signature is not the patient's signature of the registration message.
       **/
      BadRegistrationSignature: AugmentedError<ApiType>;
      /**
       * The patient's consents do not permit this read; the inner code is the most specific
       * reason.
       **/
      ConsentDenied: AugmentedError<ApiType>;
      /**
       * The chain remembers [`Config::DisclosureMemory`] valid disclosure requests: no more
       * can be recorded until the oldest is no longer valid.
       **/
      DisclosureMemoryFull: AugmentedError<ApiType>;
      /**
       * The disclosure request was issued more than [`Config::DisclosureValidity`] ago, or
       * more than [`MAX_DISCLOSURE_DRIFT`] ahead of the chain's time.
       **/
      DisclosureNotCurrent: AugmentedError<ApiType>;
      /**
       * The disclosure request has already been recorded.
       **/
      DisclosureReplayed: AugmentedError<ApiType>;
      /**
       * The reader reads for the holder itself: a read within one organization is recorded by
       * its reader ([`Pallet::record_access`]), not as a disclosure.
       **/
      DisclosureWithinOrganization: AugmentedError<ApiType>;
      /**
       * The emergency access has expired.
       **/
      EmergencyAccessExpired: AugmentedError<ApiType>;
      /**
       * The emergency access was reviewed as misuse: no more reads under it.
       **/
      EmergencyAccessMisused: AugmentedError<ApiType>;
      /**
       * Reads under an emergency access are for emergency treatment (ETREAT) only.
       **/
      EmergencyPurposeOnly: AugmentedError<ApiType>;
      /**
       * The clinician opened `MaxEmergencyAccesses` emergency accesses in this window.
       **/
      EmergencyRateLimited: AugmentedError<ApiType>;
      /**
       * The erase-by deadline is not in the future.
       **/
      EraseByInPast: AugmentedError<ApiType>;
      /**
       * No id is left.
       **/
      IdsExhausted: AugmentedError<ApiType>;
      /**
       * A purpose, category or action set holds bits that name nothing.
       **/
      InvalidBits: AugmentedError<ApiType>;
      /**
       * The validity window ends before it begins, or has already ended.
       **/
      InvalidWindow: AugmentedError<ApiType>;
      /**
       * A consent needs at least one action.
       **/
      NoAction: AugmentedError<ApiType>;
      /**
       * A consent needs at least one data category.
       **/
      NoCategory: AugmentedError<ApiType>;
      /**
       * A consent needs at least one purpose.
       **/
      NoPurpose: AugmentedError<ApiType>;
      /**
       * The caller is not the patient's guardian.
       **/
      NotGuardian: AugmentedError<ApiType>;
      /**
       * No log entry is past the retention period.
       **/
      NothingToPrune: AugmentedError<ApiType>;
      /**
       * Only patients onboarded by an organization ([`Pallet::register_patient`]) grant
       * consents or have guardians: the onboarding's deposit pays for their storage.
       **/
      NotRegistered: AugmentedError<ApiType>;
      /**
       * The consent is another patient's.
       **/
      NotYourConsent: AugmentedError<ApiType>;
      /**
       * The emergency access was opened by another clinician, for another patient or
       * organization.
       **/
      NotYourEmergencyAccess: AugmentedError<ApiType>;
      /**
       * The clinician who opened an emergency access cannot review it.
       **/
      SelfReview: AugmentedError<ApiType>;
      /**
       * The patient holds `MaxConsentsPerPatient` consents: revoke one first.
       **/
      TooManyConsents: AugmentedError<ApiType>;
      /**
       * No consent has this id.
       **/
      UnknownConsent: AugmentedError<ApiType>;
      /**
       * No emergency access has this id.
       **/
      UnknownEmergencyAccess: AugmentedError<ApiType>;
      /**
       * A maximum of zero accesses permits nothing.
       **/
      ZeroAccessLimit: AugmentedError<ApiType>;
    };
    consortiumNodes: {
      /**
       * The node is already authorized.
       **/
      AlreadyAuthorized: AugmentedError<ApiType>;
      /**
       * Removing the node would empty the set, which reopens the network to any node.
       **/
      LastNode: AugmentedError<ApiType>;
      /**
       * The bytes are not a libp2p peer id (an identity or SHA2-256 multihash).
       **/
      MalformedPeerId: AugmentedError<ApiType>;
      /**
       * The node is not authorized.
       **/
      NotAuthorized: AugmentedError<ApiType>;
      /**
       * The organization is suspended: it gets no new nodes until it is reinstated.
       **/
      OrganizationSuspended: AugmentedError<ApiType>;
      /**
       * The set already holds `MaxNodes` nodes.
       **/
      TooManyNodes: AugmentedError<ApiType>;
      /**
       * No organization has this id.
       **/
      UnknownOrganization: AugmentedError<ApiType>;
    };
    council: {
      /**
       * Members are already initialized!
       **/
      AlreadyInitialized: AugmentedError<ApiType>;
      /**
       * Duplicate proposals not allowed
       **/
      DuplicateProposal: AugmentedError<ApiType>;
      /**
       * Duplicate vote ignored
       **/
      DuplicateVote: AugmentedError<ApiType>;
      /**
       * Account is not a member
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * Prime account is not a member
       **/
      PrimeAccountNotMember: AugmentedError<ApiType>;
      /**
       * Proposal is still active.
       **/
      ProposalActive: AugmentedError<ApiType>;
      /**
       * Proposal must exist
       **/
      ProposalMissing: AugmentedError<ApiType>;
      /**
       * The close call was made too early, before the end of the voting.
       **/
      TooEarly: AugmentedError<ApiType>;
      /**
       * There can only be a maximum of `MaxProposals` active proposals.
       **/
      TooManyProposals: AugmentedError<ApiType>;
      /**
       * Mismatched index
       **/
      WrongIndex: AugmentedError<ApiType>;
      /**
       * The given length bound for the proposal was too low.
       **/
      WrongProposalLength: AugmentedError<ApiType>;
      /**
       * The given weight bound for the proposal was too low.
       **/
      WrongProposalWeight: AugmentedError<ApiType>;
    };
    councilMembership: {
      /**
       * Already a member.
       **/
      AlreadyMember: AugmentedError<ApiType>;
      /**
       * Not a member.
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * Too many members.
       **/
      TooManyMembers: AugmentedError<ApiType>;
    };
    grandpa: {
      /**
       * Attempt to signal GRANDPA change with one already pending.
       **/
      ChangePending: AugmentedError<ApiType>;
      /**
       * A given equivocation report is valid but already previously reported.
       **/
      DuplicateOffenceReport: AugmentedError<ApiType>;
      /**
       * An equivocation proof provided as part of an equivocation report is invalid.
       **/
      InvalidEquivocationProof: AugmentedError<ApiType>;
      /**
       * A key ownership proof provided as part of an equivocation report is invalid.
       **/
      InvalidKeyOwnershipProof: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA pause when the authority set isn't live
       * (either paused or already pending pause).
       **/
      PauseFailed: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA resume when the authority set isn't paused
       * (either live or already pending resume).
       **/
      ResumeFailed: AugmentedError<ApiType>;
      /**
       * Cannot signal forced change so soon after last.
       **/
      TooSoon: AugmentedError<ApiType>;
    };
    multisig: {
      /**
       * Call is already approved by this signatory.
       **/
      AlreadyApproved: AugmentedError<ApiType>;
      /**
       * The data to be stored is already stored.
       **/
      AlreadyStored: AugmentedError<ApiType>;
      /**
       * The maximum weight information provided was too low.
       **/
      MaxWeightTooLow: AugmentedError<ApiType>;
      /**
       * Threshold must be 2 or greater.
       **/
      MinimumThreshold: AugmentedError<ApiType>;
      /**
       * Call doesn't need any (more) approvals.
       **/
      NoApprovalsNeeded: AugmentedError<ApiType>;
      /**
       * Multisig operation not found in storage.
       **/
      NotFound: AugmentedError<ApiType>;
      /**
       * No timepoint was given, yet the multisig operation is already underway.
       **/
      NoTimepoint: AugmentedError<ApiType>;
      /**
       * Only the account that originally created the multisig is able to cancel it or update
       * its deposits.
       **/
      NotOwner: AugmentedError<ApiType>;
      /**
       * The sender was contained in the other signatories; it shouldn't be.
       **/
      SenderInSignatories: AugmentedError<ApiType>;
      /**
       * The signatories were provided out of order; they should be ordered.
       **/
      SignatoriesOutOfOrder: AugmentedError<ApiType>;
      /**
       * There are too few signatories in the list.
       **/
      TooFewSignatories: AugmentedError<ApiType>;
      /**
       * There are too many signatories in the list.
       **/
      TooManySignatories: AugmentedError<ApiType>;
      /**
       * A timepoint was given, yet no multisig operation is underway.
       **/
      UnexpectedTimepoint: AugmentedError<ApiType>;
      /**
       * A different timepoint was given to the multisig operation that is underway.
       **/
      WrongTimepoint: AugmentedError<ApiType>;
    };
    organizations: {
      /**
       * The account is already a member of the organization.
       **/
      AlreadyMember: AugmentedError<ApiType>;
      /**
       * The organization is already suspended.
       **/
      AlreadySuspended: AugmentedError<ApiType>;
      /**
       * The credential expiry is not in the future.
       **/
      ExpiryInPast: AugmentedError<ApiType>;
      /**
       * The organization still has members. No longer returned: [`Pallet::remove_organization`]
       * fails with [`Error::InUse`]`(`[`OrganizationUse::Members`]`)` instead. Kept so that
       * the errors after it keep their indices.
       **/
      HasMembers: AugmentedError<ApiType>;
      /**
       * No organization id is left.
       **/
      IdsExhausted: AugmentedError<ApiType>;
      /**
       * The payer cannot afford the deposit.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The organization's account has less than the amount in free balance (funds on hold,
       * such as a payer's escrow, cannot be spent).
       **/
      InsufficientFunds: AugmentedError<ApiType>;
      /**
       * The organization cannot be removed yet: something still refers to it, named here
       * (its members, funds on its own account, or other pallets' plans, escrow, studies or
       * consents). Clear that first.
       **/
      InUse: AugmentedError<ApiType>;
      /**
       * The endpoint is not a base URL the registry accepts ([`is_valid_endpoint`]):
       * `https://` and a host (`http://` only to this machine), printable ASCII, no user
       * info, query, fragment or trailing `/`.
       **/
      InvalidEndpoint: AugmentedError<ApiType>;
      /**
       * The role set holds bits that name no role.
       **/
      InvalidRoles: AugmentedError<ApiType>;
      /**
       * A member needs at least one role.
       **/
      NoRoles: AugmentedError<ApiType>;
      /**
       * The caller is neither the organization's admin nor a member with the Admin role.
       **/
      NotAdmin: AugmentedError<ApiType>;
      /**
       * The caller is not the organization's admin account. Members holding the Admin role
       * manage members; they cannot spend the organization's funds.
       **/
      NotAdminAccount: AugmentedError<ApiType>;
      /**
       * The account is not a member of the organization.
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * The organization is not suspended.
       **/
      NotSuspended: AugmentedError<ApiType>;
      /**
       * The organization is suspended.
       **/
      OrganizationSuspended: AugmentedError<ApiType>;
      /**
       * The new admin is the current one.
       **/
      SameAdmin: AugmentedError<ApiType>;
      /**
       * The organization has `MaxMembersPerOrganization` members.
       **/
      TooManyMembers: AugmentedError<ApiType>;
      /**
       * The account serves `MaxOrganizationsPerAccount` organizations.
       **/
      TooManyMemberships: AugmentedError<ApiType>;
      /**
       * No organization has this id.
       **/
      UnknownOrganization: AugmentedError<ApiType>;
      /**
       * The amount to spend is zero.
       **/
      ZeroAmount: AugmentedError<ApiType>;
    };
    preimage: {
      /**
       * Preimage has already been noted on-chain.
       **/
      AlreadyNoted: AugmentedError<ApiType>;
      /**
       * The user is not authorized to perform this action.
       **/
      NotAuthorized: AugmentedError<ApiType>;
      /**
       * The preimage cannot be removed since it has not yet been noted.
       **/
      NotNoted: AugmentedError<ApiType>;
      /**
       * The preimage request cannot be removed since no outstanding requests exist.
       **/
      NotRequested: AugmentedError<ApiType>;
      /**
       * A preimage may not be removed when there are outstanding requests.
       **/
      Requested: AugmentedError<ApiType>;
      /**
       * Preimage is too large to store on-chain.
       **/
      TooBig: AugmentedError<ApiType>;
      /**
       * Too few hashes were requested to be upgraded (i.e. zero).
       **/
      TooFew: AugmentedError<ApiType>;
      /**
       * More than `MAX_HASH_UPGRADE_BULK_COUNT` hashes were requested to be upgraded at once.
       **/
      TooMany: AugmentedError<ApiType>;
    };
    proxy: {
      /**
       * Account is already a proxy.
       **/
      Duplicate: AugmentedError<ApiType>;
      /**
       * Call may not be made by proxy because it may escalate its privileges.
       **/
      NoPermission: AugmentedError<ApiType>;
      /**
       * Cannot add self as proxy.
       **/
      NoSelfProxy: AugmentedError<ApiType>;
      /**
       * Proxy registration not found.
       **/
      NotFound: AugmentedError<ApiType>;
      /**
       * Sender is not a proxy of the account to be proxied.
       **/
      NotProxy: AugmentedError<ApiType>;
      /**
       * There are too many proxies registered or too many announcements pending.
       **/
      TooMany: AugmentedError<ApiType>;
      /**
       * Announcement, if made at all, was made too recently.
       **/
      Unannounced: AugmentedError<ApiType>;
      /**
       * A call which is incompatible with the proxy type's filter was attempted.
       **/
      Unproxyable: AugmentedError<ApiType>;
    };
    records: {
      /**
       * The caller may not act for the organization, or lacks the role the action needs
       * (`MissingRole`: clinical writes need `Clinician`); the inner code says why.
       **/
      AccessDenied: AugmentedError<ApiType>;
      /**
       * The patient's consents do not permit the provider to write this category; the inner
       * code is the most specific reason.
       **/
      ConsentDenied: AugmentedError<ApiType>;
      /**
       * This commitment is already anchored for this patient.
       **/
      DuplicateCommitment: AugmentedError<ApiType>;
      /**
       * This organization already anchored this root.
       **/
      DuplicateRoot: AugmentedError<ApiType>;
      /**
       * A batch needs at least one leaf.
       **/
      EmptyBatch: AugmentedError<ApiType>;
      /**
       * No id is left.
       **/
      IdsExhausted: AugmentedError<ApiType>;
      /**
       * Only a Provider anchors, amends or corrects records.
       **/
      NotAProvider: AugmentedError<ApiType>;
      /**
       * Only the current version can be amended or marked as entered in error.
       **/
      NotCurrentVersion: AugmentedError<ApiType>;
      /**
       * The caller is neither the record's patient nor a member of its provider with the role.
       **/
      NotYourRecord: AugmentedError<ApiType>;
      /**
       * The record was erased.
       **/
      RecordErased: AugmentedError<ApiType>;
      /**
       * A batch has at most `MAX_BATCH_LEAVES` leaves.
       **/
      TooManyLeaves: AugmentedError<ApiType>;
      /**
       * The record has `MaxVersions` versions.
       **/
      TooManyVersions: AugmentedError<ApiType>;
      /**
       * Only the migration to storage version 3 gives a batch the `Unattributed` scope.
       **/
      UnattributedScope: AugmentedError<ApiType>;
      /**
       * No record version has this id.
       **/
      UnknownRecord: AugmentedError<ApiType>;
    };
    research: {
      /**
       * The caller may not act for the organization; the inner code says why.
       **/
      AccessDenied: AugmentedError<ApiType>;
      /**
       * The provider already attested the participant.
       **/
      AlreadyAttested: AugmentedError<ApiType>;
      /**
       * The patient already consented to the current version.
       **/
      AlreadyParticipating: AugmentedError<ApiType>;
      /**
       * Fewer patients consent to the current version than the study's minimum cohort.
       **/
      CohortTooSmall: AugmentedError<ApiType>;
      /**
       * The patient's broad consent does not match the study; the inner code says why.
       **/
      DuoMismatch: AugmentedError<ApiType>;
      /**
       * The end date is not in the future.
       **/
      EndInPast: AugmentedError<ApiType>;
      /**
       * The expiry is not in the future.
       **/
      ExpiryInPast: AugmentedError<ApiType>;
      /**
       * The grant would outlive the study's end.
       **/
      GrantBeyondStudyEnd: AugmentedError<ApiType>;
      /**
       * The grant has expired.
       **/
      GrantExpired: AugmentedError<ApiType>;
      /**
       * The grant was made for an earlier protocol version: the provider grants again once
       * the cohort consents to the current one.
       **/
      GrantOfOldProtocol: AugmentedError<ApiType>;
      /**
       * The grant was revoked.
       **/
      GrantRevoked: AugmentedError<ApiType>;
      /**
       * No id is left.
       **/
      IdsExhausted: AugmentedError<ApiType>;
      /**
       * The study's institution is not an active ResearchInstitution: suspended
       * (`OrganizationSuspended`) or no longer registered (`UnknownOrganization`). Its study
       * is not decided, activated, amended, joined, granted data, accessed, funded or closed
       * until the institution is reinstated.
       **/
      InstitutionNotActive: AugmentedError<ApiType>;
      /**
       * Data categories or DUO modifiers hold bits that name nothing, or no category.
       **/
      InvalidDataUse: AugmentedError<ApiType>;
      /**
       * The study's minimum cohort is below the consortium's ([`MinCohortFloor`]).
       **/
      MinCohortBelowFloor: AugmentedError<ApiType>;
      /**
       * The patient's consents do not let the institution read a requested category for
       * research.
       **/
      NoResearchConsent: AugmentedError<ApiType>;
      /**
       * The patient has no broad research consent profile.
       **/
      NoResearchProfile: AugmentedError<ApiType>;
      /**
       * Only the pool's funder may do this.
       **/
      NotFunder: AugmentedError<ApiType>;
      /**
       * No share to claim: no pool, or already claimed, or not a current participant.
       **/
      NothingToClaim: AugmentedError<ApiType>;
      /**
       * The patient does not participate.
       **/
      NotParticipating: AugmentedError<ApiType>;
      /**
       * The patient is neither registered by the provider nor consents to it using their
       * data for research: the provider cannot attest them.
       **/
      NotProvidersPatient: AugmentedError<ApiType>;
      /**
       * Only the study's researcher may do this.
       **/
      NotResearcher: AugmentedError<ApiType>;
      /**
       * The participation still rests on a valid consent.
       **/
      ParticipationStillValid: AugmentedError<ApiType>;
      /**
       * Nothing in the pool can be taken back now: the study is running, or participants may
       * still claim.
       **/
      PoolNotReclaimable: AugmentedError<ApiType>;
      /**
       * The study has a pool from another funder.
       **/
      PoolOfAnotherFunder: AugmentedError<ApiType>;
      /**
       * The grant's provider is not an active Provider: suspended (`OrganizationSuspended`) or
       * no longer registered (`UnknownOrganization`). Its grants give no access until it is
       * reinstated.
       **/
      ProviderNotActive: AugmentedError<ApiType>;
      /**
       * The dataset counts more records than the provider's attested cohort.
       **/
      RecordCountAboveCohort: AugmentedError<ApiType>;
      /**
       * A member of the study's own institution cannot decide it.
       **/
      SelfApproval: AugmentedError<ApiType>;
      /**
       * The study is closed: its protocol and its pool can no longer change.
       **/
      StudyClosed: AugmentedError<ApiType>;
      /**
       * The study has ended (its `ends_at` passed): nothing is joined, granted or accessed.
       **/
      StudyEnded: AugmentedError<ApiType>;
      /**
       * The study is not active: grants, accesses and closing need an active study.
       **/
      StudyNotActive: AugmentedError<ApiType>;
      /**
       * Only an approved study can be activated (this one is proposed, rejected, already
       * active or closed).
       **/
      StudyNotApproved: AugmentedError<ApiType>;
      /**
       * Compensation is claimed only once the study is closed.
       **/
      StudyNotClosed: AugmentedError<ApiType>;
      /**
       * The study was already decided: only a proposed study can be approved or rejected.
       **/
      StudyNotProposed: AugmentedError<ApiType>;
      /**
       * Patients can join only an approved or active study (this one is proposed, rejected
       * or closed).
       **/
      StudyNotRecruiting: AugmentedError<ApiType>;
      /**
       * The study was rejected by its ethics committee: its protocol can no longer change.
       **/
      StudyRejected: AugmentedError<ApiType>;
      /**
       * The participant has [`MaxAttestations`] attestations.
       **/
      TooManyAttestations: AugmentedError<ApiType>;
      /**
       * The patient participates in [`Config::MaxStudiesPerPatient`] studies.
       **/
      TooManyStudies: AugmentedError<ApiType>;
      /**
       * No grant has this id.
       **/
      UnknownGrant: AugmentedError<ApiType>;
      /**
       * No study has this id.
       **/
      UnknownStudy: AugmentedError<ApiType>;
      /**
       * The patient withdrew from the study: only they can join it again.
       **/
      Withdrawn: AugmentedError<ApiType>;
      /**
       * An amount of zero.
       **/
      ZeroAmount: AugmentedError<ApiType>;
      /**
       * The minimum cohort must be at least 1.
       **/
      ZeroMinCohort: AugmentedError<ApiType>;
    };
    session: {
      /**
       * Registered duplicate key.
       **/
      DuplicatedKey: AugmentedError<ApiType>;
      /**
       * Invalid ownership proof.
       **/
      InvalidProof: AugmentedError<ApiType>;
      /**
       * Key setting account is not live, so it's impossible to associate keys.
       **/
      NoAccount: AugmentedError<ApiType>;
      /**
       * No associated validator ID for account.
       **/
      NoAssociatedValidatorId: AugmentedError<ApiType>;
      /**
       * No keys are associated with this account.
       **/
      NoKeys: AugmentedError<ApiType>;
    };
    sudo: {
      /**
       * Sender must be the Sudo account.
       **/
      RequireSudo: AugmentedError<ApiType>;
    };
    system: {
      /**
       * The origin filter prevent the call to be dispatched.
       **/
      CallFiltered: AugmentedError<ApiType>;
      /**
       * Failed to extract the runtime version from the new runtime.
       * 
       * Either calling `Core_version` or decoding `RuntimeVersion` failed.
       **/
      FailedToExtractRuntimeVersion: AugmentedError<ApiType>;
      /**
       * The name of specification does not match between the current runtime
       * and the new runtime.
       **/
      InvalidSpecName: AugmentedError<ApiType>;
      /**
       * A multi-block migration is ongoing and prevents the current code from being replaced.
       **/
      MultiBlockMigrationsOngoing: AugmentedError<ApiType>;
      /**
       * Suicide called when the account has non-default composite data.
       **/
      NonDefaultComposite: AugmentedError<ApiType>;
      /**
       * There is a non-zero reference count preventing the account from being purged.
       **/
      NonZeroRefCount: AugmentedError<ApiType>;
      /**
       * No upgrade authorized.
       **/
      NothingAuthorized: AugmentedError<ApiType>;
      /**
       * The specification version is not allowed to decrease between the current runtime
       * and the new runtime.
       **/
      SpecVersionNeedsToIncrease: AugmentedError<ApiType>;
      /**
       * The submitted code is not authorized.
       **/
      Unauthorized: AugmentedError<ApiType>;
    };
    utility: {
      /**
       * Too many calls batched.
       **/
      TooManyCalls: AugmentedError<ApiType>;
    };
    validatorSet: {
      /**
       * The account is already a validator.
       **/
      AlreadyValidator: AugmentedError<ApiType>;
      /**
       * The account has not registered session keys (`session.setKeys`).
       **/
      NoSessionKeys: AugmentedError<ApiType>;
      /**
       * The account is not a validator.
       **/
      NotValidator: AugmentedError<ApiType>;
      /**
       * Removing the validator would leave fewer than `MinValidators`.
       **/
      TooFewValidators: AugmentedError<ApiType>;
      /**
       * The set already holds `MaxValidators` validators.
       **/
      TooManyValidators: AugmentedError<ApiType>;
    };
    whitelist: {
      /**
       * The dispatch has already been deferred.
       **/
      AlreadyDeferred: AugmentedError<ApiType>;
      /**
       * The call was already whitelisted; No-Op.
       **/
      CallAlreadyWhitelisted: AugmentedError<ApiType>;
      /**
       * The call was not whitelisted.
       **/
      CallIsNotWhitelisted: AugmentedError<ApiType>;
      /**
       * The deferred dispatch has expired.
       **/
      DeferredDispatchExpired: AugmentedError<ApiType>;
      /**
       * The deferred dispatch entry has not yet expired.
       **/
      DeferredDispatchNotExpired: AugmentedError<ApiType>;
      /**
       * No deferred dispatch entry exists for this call hash.
       **/
      DeferredDispatchNotFound: AugmentedError<ApiType>;
      /**
       * The weight of the decoded call was higher than the witness.
       **/
      InvalidCallWeightWitness: AugmentedError<ApiType>;
      /**
       * The preimage of the call hash could not be loaded.
       **/
      UnavailablePreImage: AugmentedError<ApiType>;
      /**
       * The call could not be decoded.
       **/
      UndecodableCall: AugmentedError<ApiType>;
    };
  } // AugmentedErrors
} // declare module
