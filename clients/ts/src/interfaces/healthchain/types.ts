// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

import type { Enum, Option, Struct, Text, Vec, bool, u128, u16, u32, u64 } from '@polkadot/types-codec';
import type { AccountId, H256 } from '@polkadot/types/interfaces/runtime';

/** @name HcAccessLogItem */
export interface HcAccessLogItem extends Struct {
  readonly index: u32;
  readonly organization: u32;
  readonly accessor: AccountId;
  readonly purpose: HcPurpose;
  readonly category: Option<HcDataCategory>;
  readonly consent: Option<u64>;
  readonly emergency: Option<u64>;
  readonly at: u64;
  readonly deposit: HcBalance;
  readonly review: Option<HcReview>;
}

/** @name HcAccessLogPage */
export interface HcAccessLogPage extends Struct {
  readonly items: Vec<HcAccessLogItem>;
  readonly nextCursor: Option<u64>;
}

/** @name HcAccountMembership */
export interface HcAccountMembership extends Struct {
  readonly organization: u32;
  readonly kind: HcOrganizationKind;
  readonly organizationActive: bool;
  readonly roles: Vec<HcRole>;
  readonly expiresAt: Option<u64>;
  readonly expired: bool;
}

/** @name HcAccountMemberships */
export interface HcAccountMemberships extends Struct {
  readonly account: AccountId;
  readonly memberships: Vec<HcAccountMembership>;
}

/** @name HcAction */
export interface HcAction extends Enum {
  readonly isRead: boolean;
  readonly isWrite: boolean;
  readonly type: 'Read' | 'Write';
}

/** @name HcAdjustment */
export interface HcAdjustment extends Struct {
  readonly reason: HcAdjustmentReason;
  readonly carc: u16;
}

/** @name HcAdjustmentReason */
export interface HcAdjustmentReason extends Enum {
  readonly isNotCovered: boolean;
  readonly isExceedsFeeSchedule: boolean;
  readonly isPriorAuthMissing: boolean;
  readonly isDuplicate: boolean;
  readonly isAnnualLimitReached: boolean;
  readonly isPatientShare: boolean;
  readonly type: 'NotCovered' | 'ExceedsFeeSchedule' | 'PriorAuthMissing' | 'Duplicate' | 'AnnualLimitReached' | 'PatientShare';
}

/** @name HcAnnualLimit */
export interface HcAnnualLimit extends Struct {
  readonly plan: u32;
  readonly patient: AccountId;
  readonly remaining: HcBalance;
  readonly enrolled: bool;
}

/** @name HcBalance */
export interface HcBalance extends u128 {}

/** @name HcBatch */
export interface HcBatch extends Struct {
  readonly id: u64;
  readonly organization: u32;
  readonly submitter: AccountId;
  readonly root: H256;
  readonly leafCount: u32;
  readonly scope: HcBatchScope;
  readonly anchoredAt: u64;
  readonly deposit: HcBalance;
}

/** @name HcBatchRecords */
export interface HcBatchRecords extends Struct {
  readonly patient: AccountId;
  readonly purpose: HcPurpose;
  readonly category: HcDataCategory;
}

/** @name HcBatchScope */
export interface HcBatchScope extends Enum {
  readonly isAudit: boolean;
  readonly isRecords: boolean;
  readonly asRecords: HcBatchRecords;
  readonly isUnattributed: boolean;
  readonly asUnattributed: HcBatchUnattributed;
  readonly type: 'Audit' | 'Records' | 'Unattributed';
}

/** @name HcBatchUnattributed */
export interface HcBatchUnattributed extends Struct {
  readonly category: HcDataCategory;
}

/** @name HcCategoryDecision */
export interface HcCategoryDecision extends Struct {
  readonly category: HcDataCategory;
  readonly decision: HcDecision;
}

/** @name HcCategoryDecisions */
export interface HcCategoryDecisions extends Struct {
  readonly items: Vec<HcCategoryDecision>;
}

/** @name HcCategoryName */
export interface HcCategoryName extends Enum {
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
  readonly isAllStandard: boolean;
  readonly type: 'Demographics' | 'Conditions' | 'Medications' | 'Allergies' | 'LabResults' | 'Imaging' | 'ClinicalNotes' | 'Immunizations' | 'Procedures' | 'VitalSigns' | 'Genomics' | 'MentalHealth' | 'SubstanceUse' | 'SexualReproductiveHealth' | 'AllStandard';
}

/** @name HcClaim */
export interface HcClaim extends Struct {
  readonly id: u64;
  readonly plan: u32;
  readonly patient: AccountId;
  readonly provider: u32;
  readonly submitter: AccountId;
  readonly evidence: Vec<u64>;
  readonly lines: Vec<HcClaimLine>;
  readonly payerTotal: HcBalance;
  readonly patientTotal: HcBalance;
  readonly paid: HcBalance;
  readonly status: HcClaimStatus;
  readonly eobCommitment: H256;
  readonly submittedAt: u64;
  readonly deposit: HcBalance;
}

/** @name HcClaimLine */
export interface HcClaimLine extends Struct {
  readonly serviceCode: u32;
  readonly amount: HcBalance;
  readonly serviceDate: u64;
  readonly priorAuth: Option<u64>;
  readonly allowed: HcBalance;
  readonly patientResponsibility: HcBalance;
  readonly payerAmount: HcBalance;
  readonly adjustments: Vec<HcAdjustment>;
}

/** @name HcClaimPage */
export interface HcClaimPage extends Struct {
  readonly items: Vec<HcClaim>;
  readonly nextCursor: Option<u64>;
}

/** @name HcClaimStatus */
export interface HcClaimStatus extends Enum {
  readonly isPaid: boolean;
  readonly isPendingReview: boolean;
  readonly isDenied: boolean;
  readonly isAppealed: boolean;
  readonly isDenialUpheld: boolean;
  readonly type: 'Paid' | 'PendingReview' | 'Denied' | 'Appealed' | 'DenialUpheld';
}

/** @name HcCohort */
export interface HcCohort extends Struct {
  readonly study: u32;
  readonly version: u32;
  readonly cohort: u32;
}

/** @name HcConsent */
export interface HcConsent extends Struct {
  readonly id: u64;
  readonly patient: AccountId;
  readonly organization: u32;
  readonly purposes: Vec<HcPurpose>;
  readonly categories: Vec<HcCategoryName>;
  readonly actions: Vec<HcAction>;
  readonly validFrom: Option<u64>;
  readonly validUntil: Option<u64>;
  readonly maxAccesses: Option<u32>;
  readonly eraseBy: Option<u64>;
  readonly documentHash: H256;
  readonly accesses: u32;
  readonly grantedAt: u64;
}

/** @name HcConsentMatch */
export interface HcConsentMatch extends Struct {
  readonly matches: bool;
  readonly reason: Option<Text>;
}

/** @name HcConsentPage */
export interface HcConsentPage extends Struct {
  readonly items: Vec<HcConsent>;
  readonly nextCursor: Option<u64>;
}

/** @name HcCoverageRule */
export interface HcCoverageRule extends Struct {
  readonly serviceCode: u32;
  readonly covered: bool;
  readonly maxAllowed: HcBalance;
  readonly patientSharePpm: u32;
  readonly priorAuthRequired: bool;
}

/** @name HcDataCategory */
export interface HcDataCategory extends Enum {
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

/** @name HcDataGrant */
export interface HcDataGrant extends Struct {
  readonly id: u64;
  readonly study: u32;
  readonly provider: u32;
  readonly grantedBy: AccountId;
  readonly dataset: H256;
  readonly recordCount: u32;
  readonly expiresAt: u64;
  readonly revoked: bool;
  readonly accesses: u32;
  readonly version: u32;
  readonly deposit: HcBalance;
}

/** @name HcDataGrantPage */
export interface HcDataGrantPage extends Struct {
  readonly items: Vec<HcDataGrant>;
  readonly nextCursor: Option<u64>;
}

/** @name HcDecision */
export interface HcDecision extends Struct {
  readonly permitted: bool;
  readonly consent: Option<u64>;
  readonly reason: Option<HcDenyReason>;
}

/** @name HcDenyReason */
export interface HcDenyReason extends Enum {
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

/** @name HcDuoModifier */
export interface HcDuoModifier extends Enum {
  readonly isNpu: boolean;
  readonly isNcu: boolean;
  readonly isIrb: boolean;
  readonly isPub: boolean;
  readonly isCol: boolean;
  readonly isGs: boolean;
  readonly isTs: boolean;
  readonly isNmds: boolean;
  readonly type: 'Npu' | 'Ncu' | 'Irb' | 'Pub' | 'Col' | 'Gs' | 'Ts' | 'Nmds';
}

/** @name HcEmergencyAccess */
export interface HcEmergencyAccess extends Struct {
  readonly id: u64;
  readonly patient: AccountId;
  readonly organization: u32;
  readonly clinician: AccountId;
  readonly reason: HcEmergencyReason;
  readonly justification: H256;
  readonly openedAt: u64;
  readonly expiresAt: u64;
  readonly reads: u32;
  readonly review: HcReview;
  readonly deposit: HcBalance;
}

/** @name HcEmergencyAccessPage */
export interface HcEmergencyAccessPage extends Struct {
  readonly items: Vec<HcEmergencyAccess>;
  readonly nextCursor: Option<u64>;
}

/** @name HcEmergencyReason */
export interface HcEmergencyReason extends Enum {
  readonly isPatientIncapacitated: boolean;
  readonly isLifeThreatening: boolean;
  readonly isSeriousHarmRisk: boolean;
  readonly isOther: boolean;
  readonly type: 'PatientIncapacitated' | 'LifeThreatening' | 'SeriousHarmRisk' | 'Other';
}

/** @name HcFhirResourceType */
export interface HcFhirResourceType extends Enum {
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

/** @name HcLeafProof */
export interface HcLeafProof extends Struct {
  readonly valid: bool;
  readonly error: Option<HcProofError>;
}

/** @name HcMember */
export interface HcMember extends Struct {
  readonly id: AccountId;
  readonly roles: Vec<HcRole>;
  readonly expiresAt: Option<u64>;
  readonly depositor: AccountId;
  readonly deposit: HcBalance;
  readonly since: u64;
}

/** @name HcMemberPage */
export interface HcMemberPage extends Struct {
  readonly items: Vec<HcMember>;
  readonly nextCursor: Option<AccountId>;
}

/** @name HcOrganization */
export interface HcOrganization extends Struct {
  readonly id: u32;
  readonly kind: HcOrganizationKind;
  readonly admin: AccountId;
  readonly metadataHash: H256;
  readonly status: HcOrganizationStatus;
  readonly account: AccountId;
  readonly depositor: AccountId;
  readonly deposit: HcBalance;
  readonly memberCount: u32;
  readonly registeredAt: u64;
  readonly payout: Option<AccountId>;
}

/** @name HcOrganizationKind */
export interface HcOrganizationKind extends Enum {
  readonly isProvider: boolean;
  readonly isPayer: boolean;
  readonly isResearchInstitution: boolean;
  readonly isEthicsCommittee: boolean;
  readonly isRegulator: boolean;
  readonly type: 'Provider' | 'Payer' | 'ResearchInstitution' | 'EthicsCommittee' | 'Regulator';
}

/** @name HcOrganizationPage */
export interface HcOrganizationPage extends Struct {
  readonly items: Vec<HcOrganization>;
  readonly nextCursor: Option<u32>;
}

/** @name HcOrganizationStatus */
export interface HcOrganizationStatus extends Enum {
  readonly isActive: boolean;
  readonly isSuspended: boolean;
  readonly type: 'Active' | 'Suspended';
}

/** @name HcPatientConsents */
export interface HcPatientConsents extends Struct {
  readonly patient: AccountId;
  readonly consents: Vec<HcConsent>;
}

/** @name HcPatientInfo */
export interface HcPatientInfo extends Struct {
  readonly patient: AccountId;
  readonly registration: Option<HcRegistration>;
  readonly freeCallsLeft: u32;
}

/** @name HcPlan */
export interface HcPlan extends Struct {
  readonly id: u32;
  readonly payer: u32;
  readonly escrowAccount: AccountId;
  readonly version: u32;
  readonly funded: HcBalance;
  readonly paid: HcBalance;
  readonly withdrawn: HcBalance;
  readonly reserved: HcBalance;
  readonly publisher: AccountId;
  readonly deposit: HcBalance;
  readonly rules: Vec<HcCoverageRule>;
  readonly annualLimit: HcBalance;
  readonly autoApproveUpTo: HcBalance;
  readonly effectiveFrom: u64;
  readonly held: HcBalance;
  readonly available: HcBalance;
}

/** @name HcProofError */
export interface HcProofError extends Enum {
  readonly isUnknownBatch: boolean;
  readonly isIndexOutOfRange: boolean;
  readonly isProofTooLong: boolean;
  readonly isMismatch: boolean;
  readonly type: 'UnknownBatch' | 'IndexOutOfRange' | 'ProofTooLong' | 'Mismatch';
}

/** @name HcProviderCohort */
export interface HcProviderCohort extends Struct {
  readonly study: u32;
  readonly provider: u32;
  readonly version: u32;
  readonly cohort: u32;
}

/** @name HcPurpose */
export interface HcPurpose extends Enum {
  readonly isTreatment: boolean;
  readonly isEmergencyTreatment: boolean;
  readonly isPayment: boolean;
  readonly isOperations: boolean;
  readonly isResearch: boolean;
  readonly isPublicHealth: boolean;
  readonly type: 'Treatment' | 'EmergencyTreatment' | 'Payment' | 'Operations' | 'Research' | 'PublicHealth';
}

/** @name HcRecord */
export interface HcRecord extends Struct {
  readonly id: u64;
  readonly patient: AccountId;
  readonly organization: Option<u32>;
  readonly purpose: Option<HcPurpose>;
  readonly author: AccountId;
  readonly category: HcDataCategory;
  readonly commitment: H256;
  readonly fhirType: Option<HcFhirResourceType>;
  readonly version: u32;
  readonly previous: Option<u64>;
  readonly supersededBy: Option<u64>;
  readonly status: HcRecordStatus;
  readonly anchoredAt: u64;
  readonly statusChangedAt: Option<u64>;
  readonly deposit: HcBalance;
}

/** @name HcRecordHistory */
export interface HcRecordHistory extends Struct {
  readonly record: u64;
  readonly versions: Vec<HcRecord>;
}

/** @name HcRecordPage */
export interface HcRecordPage extends Struct {
  readonly items: Vec<HcRecord>;
  readonly nextCursor: Option<u64>;
}

/** @name HcRecordStatus */
export interface HcRecordStatus extends Enum {
  readonly isCurrent: boolean;
  readonly isSuperseded: boolean;
  readonly isEnteredInError: boolean;
  readonly isErased: boolean;
  readonly type: 'Current' | 'Superseded' | 'EnteredInError' | 'Erased';
}

/** @name HcRegistration */
export interface HcRegistration extends Struct {
  readonly organization: u32;
  readonly by: AccountId;
  readonly deposit: HcBalance;
  readonly at: u64;
}

/** @name HcReview */
export interface HcReview extends Struct {
  readonly status: HcReviewStatus;
  readonly officer: Option<AccountId>;
  readonly at: Option<u64>;
  readonly reportHash: Option<H256>;
}

/** @name HcReviewStatus */
export interface HcReviewStatus extends Enum {
  readonly isPending: boolean;
  readonly isJustified: boolean;
  readonly isMisuse: boolean;
  readonly type: 'Pending' | 'Justified' | 'Misuse';
}

/** @name HcRole */
export interface HcRole extends Enum {
  readonly isAdmin: boolean;
  readonly isClinician: boolean;
  readonly isBilling: boolean;
  readonly isResearcher: boolean;
  readonly isReviewer: boolean;
  readonly isPrivacyOfficer: boolean;
  readonly type: 'Admin' | 'Clinician' | 'Billing' | 'Researcher' | 'Reviewer' | 'PrivacyOfficer';
}

/** @name HcStudy */
export interface HcStudy extends Struct {
  readonly id: u32;
  readonly institution: u32;
  readonly researcher: AccountId;
  readonly protocolHash: H256;
  readonly version: u32;
  readonly duo: Text;
  readonly modifiers: Vec<HcDuoModifier>;
  readonly commercial: bool;
  readonly forProfit: bool;
  readonly methodsResearch: bool;
  readonly categories: Vec<HcCategoryName>;
  readonly minCohort: u32;
  readonly registeredAt: u64;
  readonly endsAt: u64;
  readonly status: HcStudyStatus;
  readonly ethicsCommittee: Option<u32>;
  readonly ethicsReviewer: Option<AccountId>;
  readonly cohort: u32;
  readonly attested: u32;
  readonly deposit: HcBalance;
}

/** @name HcStudyPage */
export interface HcStudyPage extends Struct {
  readonly items: Vec<HcStudy>;
  readonly nextCursor: Option<u32>;
}

/** @name HcStudyStatus */
export interface HcStudyStatus extends Enum {
  readonly isProposed: boolean;
  readonly isApproved: boolean;
  readonly isRejected: boolean;
  readonly isActive: boolean;
  readonly isClosed: boolean;
  readonly type: 'Proposed' | 'Approved' | 'Rejected' | 'Active' | 'Closed';
}

export type PHANTOM_HEALTHCHAIN = 'healthchain';
