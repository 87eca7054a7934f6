"""The `healthchain_*` JSON-RPC methods and their results, typed.

Generated from the method list of the `healthchain-rpc` crate (rpc/src/methods.rs) by
`HC_BLESS=1 cargo test -p healthchain-rpc`; a test there fails when this file differs. Do not edit.
"""

# fmt: off
from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple, Union

from ._codec import decode, encode


Balance = int
"""`HcBalance`."""

class OrganizationKind(str, enum.Enum):
    """`HcOrganizationKind`."""

    Provider = "Provider"
    Payer = "Payer"
    ResearchInstitution = "ResearchInstitution"
    EthicsCommittee = "EthicsCommittee"
    Regulator = "Regulator"

class OrganizationStatus(str, enum.Enum):
    """`HcOrganizationStatus`."""

    Active = "Active"
    Suspended = "Suspended"

class Role(str, enum.Enum):
    """`HcRole`."""

    Admin = "Admin"
    Clinician = "Clinician"
    Billing = "Billing"
    Researcher = "Researcher"
    Reviewer = "Reviewer"
    PrivacyOfficer = "PrivacyOfficer"

class Purpose(str, enum.Enum):
    """`HcPurpose`."""

    Treatment = "Treatment"
    EmergencyTreatment = "EmergencyTreatment"
    Payment = "Payment"
    Operations = "Operations"
    Research = "Research"
    PublicHealth = "PublicHealth"

class DataCategory(str, enum.Enum):
    """`HcDataCategory`."""

    Demographics = "Demographics"
    Conditions = "Conditions"
    Medications = "Medications"
    Allergies = "Allergies"
    LabResults = "LabResults"
    Imaging = "Imaging"
    ClinicalNotes = "ClinicalNotes"
    Immunizations = "Immunizations"
    Procedures = "Procedures"
    VitalSigns = "VitalSigns"
    Genomics = "Genomics"
    MentalHealth = "MentalHealth"
    SubstanceUse = "SubstanceUse"
    SexualReproductiveHealth = "SexualReproductiveHealth"

class CategoryName(str, enum.Enum):
    """`HcCategoryName`."""

    Demographics = "Demographics"
    Conditions = "Conditions"
    Medications = "Medications"
    Allergies = "Allergies"
    LabResults = "LabResults"
    Imaging = "Imaging"
    ClinicalNotes = "ClinicalNotes"
    Immunizations = "Immunizations"
    Procedures = "Procedures"
    VitalSigns = "VitalSigns"
    Genomics = "Genomics"
    MentalHealth = "MentalHealth"
    SubstanceUse = "SubstanceUse"
    SexualReproductiveHealth = "SexualReproductiveHealth"
    AllStandard = "AllStandard"

class Action(str, enum.Enum):
    """`HcAction`."""

    Read = "Read"
    Write = "Write"

class DenyReason(str, enum.Enum):
    """`HcDenyReason`."""

    NoConsent = "NoConsent"
    NotYetValid = "NotYetValid"
    Expired = "Expired"
    PastEraseBy = "PastEraseBy"
    PurposeNotCovered = "PurposeNotCovered"
    CategoryNotCovered = "CategoryNotCovered"
    ActionNotCovered = "ActionNotCovered"
    AccessLimitReached = "AccessLimitReached"

class EmergencyReason(str, enum.Enum):
    """`HcEmergencyReason`."""

    PatientIncapacitated = "PatientIncapacitated"
    LifeThreatening = "LifeThreatening"
    SeriousHarmRisk = "SeriousHarmRisk"
    Other = "Other"

class ReviewStatus(str, enum.Enum):
    """`HcReviewStatus`."""

    pending = "pending"
    justified = "justified"
    misuse = "misuse"

class RecordStatus(str, enum.Enum):
    """`HcRecordStatus`."""

    Current = "Current"
    Superseded = "Superseded"
    EnteredInError = "EnteredInError"
    Erased = "Erased"

class FhirResourceType(str, enum.Enum):
    """`HcFhirResourceType`."""

    Observation = "Observation"
    Condition = "Condition"
    MedicationRequest = "MedicationRequest"
    MedicationStatement = "MedicationStatement"
    AllergyIntolerance = "AllergyIntolerance"
    DiagnosticReport = "DiagnosticReport"
    ImagingStudy = "ImagingStudy"
    Procedure = "Procedure"
    Immunization = "Immunization"
    Encounter = "Encounter"
    CarePlan = "CarePlan"
    DocumentReference = "DocumentReference"
    Bundle = "Bundle"

class ProofError(str, enum.Enum):
    """`HcProofError`."""

    UnknownBatch = "UnknownBatch"
    IndexOutOfRange = "IndexOutOfRange"
    ProofTooLong = "ProofTooLong"
    Mismatch = "Mismatch"

class ClaimStatus(str, enum.Enum):
    """`HcClaimStatus`."""

    Paid = "Paid"
    PendingReview = "PendingReview"
    Denied = "Denied"
    Appealed = "Appealed"
    DenialUpheld = "DenialUpheld"

class AdjustmentReason(str, enum.Enum):
    """`HcAdjustmentReason`."""

    NotCovered = "NotCovered"
    ExceedsFeeSchedule = "ExceedsFeeSchedule"
    PriorAuthMissing = "PriorAuthMissing"
    Duplicate = "Duplicate"
    AnnualLimitReached = "AnnualLimitReached"
    PatientShare = "PatientShare"

class StudyStatus(str, enum.Enum):
    """`HcStudyStatus`."""

    Proposed = "Proposed"
    Approved = "Approved"
    Rejected = "Rejected"
    Active = "Active"
    Closed = "Closed"

class DuoModifier(str, enum.Enum):
    """`HcDuoModifier`."""

    NPU = "NPU"
    NCU = "NCU"
    IRB = "IRB"
    PUB = "PUB"
    COL = "COL"
    GS = "GS"
    TS = "TS"
    NMDS = "NMDS"

@dataclass(frozen=True)
class Organization:
    """`HcOrganization`."""

    id: int
    kind: OrganizationKind
    admin: str
    metadata_hash: str
    status: OrganizationStatus
    account: str
    depositor: str
    deposit: Balance
    member_count: int
    registered_at: int
    payout: Optional[str]

@dataclass(frozen=True)
class OrganizationPage:
    """`HcOrganizationPage`."""

    items: List[Organization]
    next_cursor: Optional[int]

@dataclass(frozen=True)
class Member:
    """`HcMember`."""

    id: str
    roles: List[Role]
    expires_at: Optional[int]
    depositor: str
    deposit: Balance
    since: int

@dataclass(frozen=True)
class MemberPage:
    """`HcMemberPage`."""

    items: List[Member]
    next_cursor: Optional[str]

@dataclass(frozen=True)
class AccountMembership:
    """`HcAccountMembership`."""

    organization: int
    kind: OrganizationKind
    organization_active: bool
    roles: List[Role]
    expires_at: Optional[int]
    expired: bool

@dataclass(frozen=True)
class AccountMemberships:
    """`HcAccountMemberships`."""

    account: str
    memberships: List[AccountMembership]

@dataclass(frozen=True)
class Decision:
    """`HcDecision`."""

    permitted: bool
    consent: Optional[int]
    reason: Optional[DenyReason]

@dataclass(frozen=True)
class CategoryDecision:
    """`HcCategoryDecision`."""

    category: DataCategory
    decision: Decision

@dataclass(frozen=True)
class CategoryDecisions:
    """`HcCategoryDecisions`."""

    items: List[CategoryDecision]

@dataclass(frozen=True)
class Consent:
    """`HcConsent`."""

    id: int
    patient: str
    organization: int
    purposes: List[Purpose]
    categories: List[CategoryName]
    actions: List[Action]
    valid_from: Optional[int]
    valid_until: Optional[int]
    max_accesses: Optional[int]
    erase_by: Optional[int]
    document_hash: str
    accesses: int
    granted_at: int

@dataclass(frozen=True)
class PatientConsents:
    """`HcPatientConsents`."""

    patient: str
    consents: List[Consent]

@dataclass(frozen=True)
class ConsentPage:
    """`HcConsentPage`."""

    items: List[Consent]
    next_cursor: Optional[int]

@dataclass(frozen=True)
class Review:
    """`HcReview`."""

    status: ReviewStatus
    officer: Optional[str]
    at: Optional[int]
    report_hash: Optional[str]

@dataclass(frozen=True)
class AccessLogItem:
    """`HcAccessLogItem`."""

    index: int
    organization: int
    accessor: str
    purpose: Purpose
    category: Optional[DataCategory]
    consent: Optional[int]
    emergency: Optional[int]
    at: int
    deposit: Balance
    review: Optional[Review]

@dataclass(frozen=True)
class AccessLogPage:
    """`HcAccessLogPage`."""

    items: List[AccessLogItem]
    next_cursor: Optional[int]

@dataclass(frozen=True)
class EmergencyAccess:
    """`HcEmergencyAccess`."""

    id: int
    patient: str
    organization: int
    clinician: str
    reason: EmergencyReason
    justification: str
    opened_at: int
    expires_at: int
    reads: int
    review: Review
    deposit: Balance

@dataclass(frozen=True)
class EmergencyAccessPage:
    """`HcEmergencyAccessPage`."""

    items: List[EmergencyAccess]
    next_cursor: Optional[int]

@dataclass(frozen=True)
class Registration:
    """`HcRegistration`."""

    organization: int
    by: str
    deposit: Balance
    at: int

@dataclass(frozen=True)
class PatientInfo:
    """`HcPatientInfo`."""

    patient: str
    registration: Optional[Registration]
    free_calls_left: int

@dataclass(frozen=True)
class Record:
    """`HcRecord`."""

    id: int
    patient: str
    organization: Optional[int]
    purpose: Optional[Purpose]
    author: str
    category: DataCategory
    commitment: str
    fhir_type: Optional[FhirResourceType]
    version: int
    previous: Optional[int]
    superseded_by: Optional[int]
    status: RecordStatus
    anchored_at: int
    status_changed_at: Optional[int]
    deposit: Balance

@dataclass(frozen=True)
class RecordPage:
    """`HcRecordPage`."""

    items: List[Record]
    next_cursor: Optional[int]

@dataclass(frozen=True)
class RecordHistory:
    """`HcRecordHistory`."""

    record: int
    versions: List[Record]

@dataclass(frozen=True)
class BatchRecords:
    """`HcBatchRecords`."""

    patient: str
    purpose: Purpose
    category: DataCategory

@dataclass(frozen=True)
class BatchUnattributed:
    """`HcBatchUnattributed`."""

    category: DataCategory

@dataclass(frozen=True)
class BatchScope:
    """`HcBatchScope`: one of `Audit`, `Records`, `Unattributed`; `value` is `None` for a bare name."""

    variant: str
    value: Optional[Union[BatchRecords, BatchUnattributed]]

@dataclass(frozen=True)
class Batch:
    """`HcBatch`."""

    id: int
    organization: int
    submitter: str
    root: str
    leaf_count: int
    scope: BatchScope
    anchored_at: int
    deposit: Balance

@dataclass(frozen=True)
class LeafProof:
    """`HcLeafProof`."""

    valid: bool
    error: Optional[ProofError]

@dataclass(frozen=True)
class Adjustment:
    """`HcAdjustment`."""

    reason: AdjustmentReason
    carc: int

@dataclass(frozen=True)
class ClaimLine:
    """`HcClaimLine`."""

    service_code: int
    amount: Balance
    service_date: int
    prior_auth: Optional[int]
    allowed: Balance
    patient_responsibility: Balance
    payer_amount: Balance
    adjustments: List[Adjustment]

@dataclass(frozen=True)
class Claim:
    """`HcClaim`."""

    id: int
    plan: int
    patient: str
    provider: int
    submitter: str
    evidence: List[int]
    lines: List[ClaimLine]
    payer_total: Balance
    patient_total: Balance
    paid: Balance
    status: ClaimStatus
    eob_commitment: str
    submitted_at: int
    deposit: Balance

@dataclass(frozen=True)
class ClaimPage:
    """`HcClaimPage`."""

    items: List[Claim]
    next_cursor: Optional[int]

@dataclass(frozen=True)
class CoverageRule:
    """`HcCoverageRule`."""

    service_code: int
    covered: bool
    max_allowed: Balance
    patient_share_ppm: int
    prior_auth_required: bool

@dataclass(frozen=True)
class Plan:
    """`HcPlan`."""

    id: int
    payer: int
    escrow_account: str
    version: int
    funded: Balance
    paid: Balance
    withdrawn: Balance
    reserved: Balance
    publisher: str
    deposit: Balance
    rules: List[CoverageRule]
    annual_limit: Balance
    auto_approve_up_to: Balance
    effective_from: int
    held: Balance
    available: Balance

@dataclass(frozen=True)
class AnnualLimit:
    """`HcAnnualLimit`."""

    plan: int
    patient: str
    remaining: Balance
    enrolled: bool

@dataclass(frozen=True)
class Study:
    """`HcStudy`."""

    id: int
    institution: int
    researcher: str
    protocol_hash: str
    version: int
    duo: str
    modifiers: List[DuoModifier]
    commercial: bool
    for_profit: bool
    methods_research: bool
    categories: List[CategoryName]
    min_cohort: int
    registered_at: int
    ends_at: int
    status: StudyStatus
    ethics_committee: Optional[int]
    ethics_reviewer: Optional[str]
    cohort: int
    attested: int
    deposit: Balance

@dataclass(frozen=True)
class StudyPage:
    """`HcStudyPage`."""

    items: List[Study]
    next_cursor: Optional[int]

@dataclass(frozen=True)
class Cohort:
    """`HcCohort`."""

    study: int
    version: int
    cohort: int

@dataclass(frozen=True)
class ProviderCohort:
    """`HcProviderCohort`."""

    study: int
    provider: int
    version: int
    cohort: int

@dataclass(frozen=True)
class DataGrant:
    """`HcDataGrant`."""

    id: int
    study: int
    provider: int
    granted_by: str
    dataset: str
    record_count: int
    expires_at: int
    revoked: bool
    accesses: int
    version: int
    deposit: Balance

@dataclass(frozen=True)
class DataGrantPage:
    """`HcDataGrantPage`."""

    items: List[DataGrant]
    next_cursor: Optional[int]

@dataclass(frozen=True)
class ConsentMatch:
    """`HcConsentMatch`."""

    matches: bool
    reason: Optional[str]


# What the decoder reads: each type's Python class and shape.
TYPES: Dict[str, Tuple[Any, str, Any]] = {
    "HcBalance": (Balance, *("alias", "u128")),
    "HcOrganizationKind": (OrganizationKind, *("enum", None)),
    "HcOrganizationStatus": (OrganizationStatus, *("enum", None)),
    "HcRole": (Role, *("enum", None)),
    "HcPurpose": (Purpose, *("enum", None)),
    "HcDataCategory": (DataCategory, *("enum", None)),
    "HcCategoryName": (CategoryName, *("enum", None)),
    "HcAction": (Action, *("enum", None)),
    "HcDenyReason": (DenyReason, *("enum", None)),
    "HcEmergencyReason": (EmergencyReason, *("enum", None)),
    "HcReviewStatus": (ReviewStatus, *("enum", None)),
    "HcRecordStatus": (RecordStatus, *("enum", None)),
    "HcFhirResourceType": (FhirResourceType, *("enum", None)),
    "HcProofError": (ProofError, *("enum", None)),
    "HcClaimStatus": (ClaimStatus, *("enum", None)),
    "HcAdjustmentReason": (AdjustmentReason, *("enum", None)),
    "HcStudyStatus": (StudyStatus, *("enum", None)),
    "HcDuoModifier": (DuoModifier, *("enum", None)),
    "HcOrganization": (Organization, *("struct", (("id", "id", "u32"), ("kind", "kind", "HcOrganizationKind"), ("admin", "admin", "AccountId"), ("metadataHash", "metadata_hash", "H256"), ("status", "status", "HcOrganizationStatus"), ("account", "account", "AccountId"), ("depositor", "depositor", "AccountId"), ("deposit", "deposit", "HcBalance"), ("memberCount", "member_count", "u32"), ("registeredAt", "registered_at", "u64"), ("payout", "payout", "Option<AccountId>"),))),
    "HcOrganizationPage": (OrganizationPage, *("struct", (("items", "items", "Vec<HcOrganization>"), ("nextCursor", "next_cursor", "Option<u32>"),))),
    "HcMember": (Member, *("struct", (("id", "id", "AccountId"), ("roles", "roles", "Vec<HcRole>"), ("expiresAt", "expires_at", "Option<u64>"), ("depositor", "depositor", "AccountId"), ("deposit", "deposit", "HcBalance"), ("since", "since", "u64"),))),
    "HcMemberPage": (MemberPage, *("struct", (("items", "items", "Vec<HcMember>"), ("nextCursor", "next_cursor", "Option<AccountId>"),))),
    "HcAccountMembership": (AccountMembership, *("struct", (("organization", "organization", "u32"), ("kind", "kind", "HcOrganizationKind"), ("organizationActive", "organization_active", "bool"), ("roles", "roles", "Vec<HcRole>"), ("expiresAt", "expires_at", "Option<u64>"), ("expired", "expired", "bool"),))),
    "HcAccountMemberships": (AccountMemberships, *("struct", (("account", "account", "AccountId"), ("memberships", "memberships", "Vec<HcAccountMembership>"),))),
    "HcDecision": (Decision, *("struct", (("permitted", "permitted", "bool"), ("consent", "consent", "Option<u64>"), ("reason", "reason", "Option<HcDenyReason>"),))),
    "HcCategoryDecision": (CategoryDecision, *("struct", (("category", "category", "HcDataCategory"), ("decision", "decision", "HcDecision"),))),
    "HcCategoryDecisions": (CategoryDecisions, *("struct", (("items", "items", "Vec<HcCategoryDecision>"),))),
    "HcConsent": (Consent, *("struct", (("id", "id", "u64"), ("patient", "patient", "AccountId"), ("organization", "organization", "u32"), ("purposes", "purposes", "Vec<HcPurpose>"), ("categories", "categories", "Vec<HcCategoryName>"), ("actions", "actions", "Vec<HcAction>"), ("validFrom", "valid_from", "Option<u64>"), ("validUntil", "valid_until", "Option<u64>"), ("maxAccesses", "max_accesses", "Option<u32>"), ("eraseBy", "erase_by", "Option<u64>"), ("documentHash", "document_hash", "H256"), ("accesses", "accesses", "u32"), ("grantedAt", "granted_at", "u64"),))),
    "HcPatientConsents": (PatientConsents, *("struct", (("patient", "patient", "AccountId"), ("consents", "consents", "Vec<HcConsent>"),))),
    "HcConsentPage": (ConsentPage, *("struct", (("items", "items", "Vec<HcConsent>"), ("nextCursor", "next_cursor", "Option<u64>"),))),
    "HcReview": (Review, *("struct", (("status", "status", "HcReviewStatus"), ("officer", "officer", "Option<AccountId>"), ("at", "at", "Option<u64>"), ("reportHash", "report_hash", "Option<H256>"),))),
    "HcAccessLogItem": (AccessLogItem, *("struct", (("index", "index", "u32"), ("organization", "organization", "u32"), ("accessor", "accessor", "AccountId"), ("purpose", "purpose", "HcPurpose"), ("category", "category", "Option<HcDataCategory>"), ("consent", "consent", "Option<u64>"), ("emergency", "emergency", "Option<u64>"), ("at", "at", "u64"), ("deposit", "deposit", "HcBalance"), ("review", "review", "Option<HcReview>"),))),
    "HcAccessLogPage": (AccessLogPage, *("struct", (("items", "items", "Vec<HcAccessLogItem>"), ("nextCursor", "next_cursor", "Option<u64>"),))),
    "HcEmergencyAccess": (EmergencyAccess, *("struct", (("id", "id", "u64"), ("patient", "patient", "AccountId"), ("organization", "organization", "u32"), ("clinician", "clinician", "AccountId"), ("reason", "reason", "HcEmergencyReason"), ("justification", "justification", "H256"), ("openedAt", "opened_at", "u64"), ("expiresAt", "expires_at", "u64"), ("reads", "reads", "u32"), ("review", "review", "HcReview"), ("deposit", "deposit", "HcBalance"),))),
    "HcEmergencyAccessPage": (EmergencyAccessPage, *("struct", (("items", "items", "Vec<HcEmergencyAccess>"), ("nextCursor", "next_cursor", "Option<u64>"),))),
    "HcRegistration": (Registration, *("struct", (("organization", "organization", "u32"), ("by", "by", "AccountId"), ("deposit", "deposit", "HcBalance"), ("at", "at", "u64"),))),
    "HcPatientInfo": (PatientInfo, *("struct", (("patient", "patient", "AccountId"), ("registration", "registration", "Option<HcRegistration>"), ("freeCallsLeft", "free_calls_left", "u32"),))),
    "HcRecord": (Record, *("struct", (("id", "id", "u64"), ("patient", "patient", "AccountId"), ("organization", "organization", "Option<u32>"), ("purpose", "purpose", "Option<HcPurpose>"), ("author", "author", "AccountId"), ("category", "category", "HcDataCategory"), ("commitment", "commitment", "H256"), ("fhirType", "fhir_type", "Option<HcFhirResourceType>"), ("version", "version", "u32"), ("previous", "previous", "Option<u64>"), ("supersededBy", "superseded_by", "Option<u64>"), ("status", "status", "HcRecordStatus"), ("anchoredAt", "anchored_at", "u64"), ("statusChangedAt", "status_changed_at", "Option<u64>"), ("deposit", "deposit", "HcBalance"),))),
    "HcRecordPage": (RecordPage, *("struct", (("items", "items", "Vec<HcRecord>"), ("nextCursor", "next_cursor", "Option<u64>"),))),
    "HcRecordHistory": (RecordHistory, *("struct", (("record", "record", "u64"), ("versions", "versions", "Vec<HcRecord>"),))),
    "HcBatchRecords": (BatchRecords, *("struct", (("patient", "patient", "AccountId"), ("purpose", "purpose", "HcPurpose"), ("category", "category", "HcDataCategory"),))),
    "HcBatchUnattributed": (BatchUnattributed, *("struct", (("category", "category", "HcDataCategory"),))),
    "HcBatchScope": (BatchScope, *("tagged", (("Audit", "Null"), ("Records", "HcBatchRecords"), ("Unattributed", "HcBatchUnattributed"),))),
    "HcBatch": (Batch, *("struct", (("id", "id", "u64"), ("organization", "organization", "u32"), ("submitter", "submitter", "AccountId"), ("root", "root", "H256"), ("leafCount", "leaf_count", "u32"), ("scope", "scope", "HcBatchScope"), ("anchoredAt", "anchored_at", "u64"), ("deposit", "deposit", "HcBalance"),))),
    "HcLeafProof": (LeafProof, *("struct", (("valid", "valid", "bool"), ("error", "error", "Option<HcProofError>"),))),
    "HcAdjustment": (Adjustment, *("struct", (("reason", "reason", "HcAdjustmentReason"), ("carc", "carc", "u16"),))),
    "HcClaimLine": (ClaimLine, *("struct", (("serviceCode", "service_code", "u32"), ("amount", "amount", "HcBalance"), ("serviceDate", "service_date", "u64"), ("priorAuth", "prior_auth", "Option<u64>"), ("allowed", "allowed", "HcBalance"), ("patientResponsibility", "patient_responsibility", "HcBalance"), ("payerAmount", "payer_amount", "HcBalance"), ("adjustments", "adjustments", "Vec<HcAdjustment>"),))),
    "HcClaim": (Claim, *("struct", (("id", "id", "u64"), ("plan", "plan", "u32"), ("patient", "patient", "AccountId"), ("provider", "provider", "u32"), ("submitter", "submitter", "AccountId"), ("evidence", "evidence", "Vec<u64>"), ("lines", "lines", "Vec<HcClaimLine>"), ("payerTotal", "payer_total", "HcBalance"), ("patientTotal", "patient_total", "HcBalance"), ("paid", "paid", "HcBalance"), ("status", "status", "HcClaimStatus"), ("eobCommitment", "eob_commitment", "H256"), ("submittedAt", "submitted_at", "u64"), ("deposit", "deposit", "HcBalance"),))),
    "HcClaimPage": (ClaimPage, *("struct", (("items", "items", "Vec<HcClaim>"), ("nextCursor", "next_cursor", "Option<u64>"),))),
    "HcCoverageRule": (CoverageRule, *("struct", (("serviceCode", "service_code", "u32"), ("covered", "covered", "bool"), ("maxAllowed", "max_allowed", "HcBalance"), ("patientSharePpm", "patient_share_ppm", "u32"), ("priorAuthRequired", "prior_auth_required", "bool"),))),
    "HcPlan": (Plan, *("struct", (("id", "id", "u32"), ("payer", "payer", "u32"), ("escrowAccount", "escrow_account", "AccountId"), ("version", "version", "u32"), ("funded", "funded", "HcBalance"), ("paid", "paid", "HcBalance"), ("withdrawn", "withdrawn", "HcBalance"), ("reserved", "reserved", "HcBalance"), ("publisher", "publisher", "AccountId"), ("deposit", "deposit", "HcBalance"), ("rules", "rules", "Vec<HcCoverageRule>"), ("annualLimit", "annual_limit", "HcBalance"), ("autoApproveUpTo", "auto_approve_up_to", "HcBalance"), ("effectiveFrom", "effective_from", "u64"), ("held", "held", "HcBalance"), ("available", "available", "HcBalance"),))),
    "HcAnnualLimit": (AnnualLimit, *("struct", (("plan", "plan", "u32"), ("patient", "patient", "AccountId"), ("remaining", "remaining", "HcBalance"), ("enrolled", "enrolled", "bool"),))),
    "HcStudy": (Study, *("struct", (("id", "id", "u32"), ("institution", "institution", "u32"), ("researcher", "researcher", "AccountId"), ("protocolHash", "protocol_hash", "H256"), ("version", "version", "u32"), ("duo", "duo", "Text"), ("modifiers", "modifiers", "Vec<HcDuoModifier>"), ("commercial", "commercial", "bool"), ("forProfit", "for_profit", "bool"), ("methodsResearch", "methods_research", "bool"), ("categories", "categories", "Vec<HcCategoryName>"), ("minCohort", "min_cohort", "u32"), ("registeredAt", "registered_at", "u64"), ("endsAt", "ends_at", "u64"), ("status", "status", "HcStudyStatus"), ("ethicsCommittee", "ethics_committee", "Option<u32>"), ("ethicsReviewer", "ethics_reviewer", "Option<AccountId>"), ("cohort", "cohort", "u32"), ("attested", "attested", "u32"), ("deposit", "deposit", "HcBalance"),))),
    "HcStudyPage": (StudyPage, *("struct", (("items", "items", "Vec<HcStudy>"), ("nextCursor", "next_cursor", "Option<u32>"),))),
    "HcCohort": (Cohort, *("struct", (("study", "study", "u32"), ("version", "version", "u32"), ("cohort", "cohort", "u32"),))),
    "HcProviderCohort": (ProviderCohort, *("struct", (("study", "study", "u32"), ("provider", "provider", "u32"), ("version", "version", "u32"), ("cohort", "cohort", "u32"),))),
    "HcDataGrant": (DataGrant, *("struct", (("id", "id", "u64"), ("study", "study", "u32"), ("provider", "provider", "u32"), ("grantedBy", "granted_by", "AccountId"), ("dataset", "dataset", "H256"), ("recordCount", "record_count", "u32"), ("expiresAt", "expires_at", "u64"), ("revoked", "revoked", "bool"), ("accesses", "accesses", "u32"), ("version", "version", "u32"), ("deposit", "deposit", "HcBalance"),))),
    "HcDataGrantPage": (DataGrantPage, *("struct", (("items", "items", "Vec<HcDataGrant>"), ("nextCursor", "next_cursor", "Option<u64>"),))),
    "HcConsentMatch": (ConsentMatch, *("struct", (("matches", "matches", "bool"), ("reason", "reason", "Option<Text>"),))),
}

__all__ = [
    "Balance",
    "OrganizationKind",
    "OrganizationStatus",
    "Role",
    "Purpose",
    "DataCategory",
    "CategoryName",
    "Action",
    "DenyReason",
    "EmergencyReason",
    "ReviewStatus",
    "RecordStatus",
    "FhirResourceType",
    "ProofError",
    "ClaimStatus",
    "AdjustmentReason",
    "StudyStatus",
    "DuoModifier",
    "Organization",
    "OrganizationPage",
    "Member",
    "MemberPage",
    "AccountMembership",
    "AccountMemberships",
    "Decision",
    "CategoryDecision",
    "CategoryDecisions",
    "Consent",
    "PatientConsents",
    "ConsentPage",
    "Review",
    "AccessLogItem",
    "AccessLogPage",
    "EmergencyAccess",
    "EmergencyAccessPage",
    "Registration",
    "PatientInfo",
    "Record",
    "RecordPage",
    "RecordHistory",
    "BatchRecords",
    "BatchUnattributed",
    "BatchScope",
    "Batch",
    "LeafProof",
    "Adjustment",
    "ClaimLine",
    "Claim",
    "ClaimPage",
    "CoverageRule",
    "Plan",
    "AnnualLimit",
    "Study",
    "StudyPage",
    "Cohort",
    "ProviderCohort",
    "DataGrant",
    "DataGrantPage",
    "ConsentMatch",
    "HealthchainRpc",
]


class HealthchainRpc:
    """Every `healthchain_*` method, typed. `request(method, params)` sends one JSON-RPC
    request and returns its result (raising on an error); `at` is a block hash (default: the
    best block)."""

    def __init__(self, request: Callable[[str, List[Any]], Any]) -> None:
        self._request = request

    def organization(self, id: int, at: Optional[str] = None) -> Optional[Organization]:
        "An organization of the registry."
        return decode("Option<HcOrganization>", self._request("healthchain_organization", [encode("u32", id, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def organizations(self, cursor: Optional[int] = None, limit: Optional[int] = None, at: Optional[str] = None) -> OrganizationPage:
        "The organizations, in id order."
        return decode("HcOrganizationPage", self._request("healthchain_organizations", [encode("Option<u32>", cursor, TYPES), encode("Option<u32>", limit, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def members(self, organization: int, cursor: Optional[str] = None, limit: Optional[int] = None, at: Optional[str] = None) -> MemberPage:
        "An organization's members, in account order (`id`: the member's account)."
        return decode("HcMemberPage", self._request("healthchain_members", [encode("u32", organization, TYPES), encode("Option<AccountId>", cursor, TYPES), encode("Option<u32>", limit, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def roles_of(self, account: str, at: Optional[str] = None) -> AccountMemberships:
        "The organizations an account serves and its roles in each."
        return decode("HcAccountMemberships", self._request("healthchain_rolesOf", [encode("AccountId", account, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def evaluate_consent(self, patient: str, organization: int, purpose: Union[Purpose, str], category: Union[DataCategory, str], action: Union[Action, str], at: Optional[str] = None) -> Decision:
        "The one consent evaluation, at the block's time (purpose, category and action by name, e.g. `Treatment`, `LabResults`, `Read`)."
        return decode("HcDecision", self._request("healthchain_evaluateConsent", [encode("AccountId", patient, TYPES), encode("u32", organization, TYPES), encode("HcPurpose", purpose, TYPES), encode("HcDataCategory", category, TYPES), encode("HcAction", action, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def evaluate_categories(self, patient: str, organization: int, purpose: Union[Purpose, str], action: Union[Action, str], categories: Sequence[Union[CategoryName, str]], at: Optional[str] = None) -> CategoryDecisions:
        "The one consent evaluation for each category named (`AllStandard`: every standard category), in one call at one block, in category order."
        return decode("HcCategoryDecisions", self._request("healthchain_evaluateCategories", [encode("AccountId", patient, TYPES), encode("u32", organization, TYPES), encode("HcPurpose", purpose, TYPES), encode("HcAction", action, TYPES), encode("Vec<HcCategoryName>", categories, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def consents_of(self, patient: str, at: Optional[str] = None) -> PatientConsents:
        "A patient's consents, in the order granted."
        return decode("HcPatientConsents", self._request("healthchain_consentsOf", [encode("AccountId", patient, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def grants_held_by(self, organization: int, cursor: Optional[int] = None, limit: Optional[int] = None, at: Optional[str] = None) -> ConsentPage:
        "The consents an organization holds, in id order."
        return decode("HcConsentPage", self._request("healthchain_grantsHeldBy", [encode("u32", organization, TYPES), encode("Option<u64>", cursor, TYPES), encode("Option<u32>", limit, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def access_log(self, patient: str, cursor: Optional[int] = None, limit: Optional[int] = None, at: Optional[str] = None) -> AccessLogPage:
        "A patient's access log, oldest first."
        return decode("HcAccessLogPage", self._request("healthchain_accessLog", [encode("AccountId", patient, TYPES), encode("Option<u64>", cursor, TYPES), encode("Option<u32>", limit, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def emergency_access(self, id: int, at: Optional[str] = None) -> Optional[EmergencyAccess]:
        "An emergency (break-glass) access."
        return decode("Option<HcEmergencyAccess>", self._request("healthchain_emergencyAccess", [encode("u64", id, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def pending_reviews(self, organization: int, cursor: Optional[int] = None, limit: Optional[int] = None, at: Optional[str] = None) -> EmergencyAccessPage:
        "The emergency accesses an organization has not reviewed, in id order."
        return decode("HcEmergencyAccessPage", self._request("healthchain_pendingReviews", [encode("u32", organization, TYPES), encode("Option<u64>", cursor, TYPES), encode("Option<u32>", limit, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def patient(self, patient: str, at: Optional[str] = None) -> PatientInfo:
        "A patient's onboarding and the feeless grants left in the rolling hour (0 for an account no organization onboarded)."
        return decode("HcPatientInfo", self._request("healthchain_patient", [encode("AccountId", patient, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def record(self, id: int, at: Optional[str] = None) -> Optional[Record]:
        "A record version."
        return decode("Option<HcRecord>", self._request("healthchain_record", [encode("u64", id, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def record_by_commitment(self, patient: str, commitment: str, at: Optional[str] = None) -> Optional[Record]:
        "The record version of a patient anchored with a commitment: proof of existence and integrity."
        return decode("Option<HcRecord>", self._request("healthchain_recordByCommitment", [encode("AccountId", patient, TYPES), encode("H256", commitment, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def records_of(self, patient: str, cursor: Optional[int] = None, limit: Optional[int] = None, at: Optional[str] = None) -> RecordPage:
        "A patient's record versions, in id order."
        return decode("HcRecordPage", self._request("healthchain_recordsOf", [encode("AccountId", patient, TYPES), encode("Option<u64>", cursor, TYPES), encode("Option<u32>", limit, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def record_history(self, id: int, at: Optional[str] = None) -> RecordHistory:
        "Every version of the record a version belongs to, oldest first."
        return decode("HcRecordHistory", self._request("healthchain_recordHistory", [encode("u64", id, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def batch(self, id: int, at: Optional[str] = None) -> Optional[Batch]:
        "An anchored batch (a Merkle root over many leaves)."
        return decode("Option<HcBatch>", self._request("healthchain_batch", [encode("u64", id, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def verify_batch_leaf(self, batch: int, leaf: str, leaf_index: int, proof: Sequence[str], at: Optional[str] = None) -> LeafProof:
        "Checks a leaf's inclusion proof (at most 24 hashes, else an invalid-params error) against an anchored batch root."
        return decode("HcLeafProof", self._request("healthchain_verifyBatchLeaf", [encode("u64", batch, TYPES), encode("H256", leaf, TYPES), encode("u32", leaf_index, TYPES), encode("Vec<H256>", proof, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def claim(self, id: int, at: Optional[str] = None) -> Optional[Claim]:
        "A claim with its adjudication."
        return decode("Option<HcClaim>", self._request("healthchain_claim", [encode("u64", id, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def claims_of_patient(self, patient: str, cursor: Optional[int] = None, limit: Optional[int] = None, at: Optional[str] = None) -> ClaimPage:
        "A patient's claims, in id order."
        return decode("HcClaimPage", self._request("healthchain_claimsOfPatient", [encode("AccountId", patient, TYPES), encode("Option<u64>", cursor, TYPES), encode("Option<u32>", limit, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def claims_of_provider(self, provider: int, cursor: Optional[int] = None, limit: Optional[int] = None, at: Optional[str] = None) -> ClaimPage:
        "A provider's claims, in id order."
        return decode("HcClaimPage", self._request("healthchain_claimsOfProvider", [encode("u32", provider, TYPES), encode("Option<u64>", cursor, TYPES), encode("Option<u32>", limit, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def claims_of_plan(self, plan: int, cursor: Optional[int] = None, limit: Optional[int] = None, at: Optional[str] = None) -> ClaimPage:
        "The claims against a plan, in id order."
        return decode("HcClaimPage", self._request("healthchain_claimsOfPlan", [encode("u32", plan, TYPES), encode("Option<u64>", cursor, TYPES), encode("Option<u32>", limit, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def plan(self, id: int, at: Optional[str] = None) -> Optional[Plan]:
        "A plan with its current terms and its escrow."
        return decode("Option<HcPlan>", self._request("healthchain_plan", [encode("u32", id, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def remaining_annual_limit(self, plan: int, patient: str, at: Optional[str] = None) -> Optional[AnnualLimit]:
        "What a plan still pays for a member this calendar year."
        return decode("Option<HcAnnualLimit>", self._request("healthchain_remainingAnnualLimit", [encode("u32", plan, TYPES), encode("AccountId", patient, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def studies(self, status: Optional[Union[StudyStatus, str]] = None, duo: Optional[str] = None, cursor: Optional[int] = None, limit: Optional[int] = None, at: Optional[str] = None) -> StudyPage:
        "Studies in id order, optionally only those in a status and with a DUO code (`GRU`, `HMB`, `DS`, `DS:<code>`, `POA`, `NRES`); one call scans at most 10,000 ids, so a page may hold fewer than `limit` items, even none, while `nextCursor` is not `null`: page until it is `null`."
        return decode("HcStudyPage", self._request("healthchain_studies", [encode("Option<HcStudyStatus>", status, TYPES), encode("Option<Text>", duo, TYPES), encode("Option<u32>", cursor, TYPES), encode("Option<u32>", limit, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def study(self, id: int, at: Optional[str] = None) -> Optional[Study]:
        "A research study."
        return decode("Option<HcStudy>", self._request("healthchain_study", [encode("u32", id, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def cohort_size(self, id: int, at: Optional[str] = None) -> Optional[Cohort]:
        "Patients consenting to a study's current version whom a data-holding provider attested (an O(1) counter)."
        return decode("Option<HcCohort>", self._request("healthchain_cohortSize", [encode("u32", id, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def cohort_of_provider(self, id: int, provider: int, at: Optional[str] = None) -> Optional[ProviderCohort]:
        "A provider's attested cohort of a study's current version: what k is checked against when it grants data (an O(1) counter)."
        return decode("Option<HcProviderCohort>", self._request("healthchain_cohortOfProvider", [encode("u32", id, TYPES), encode("u32", provider, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def grants_of_study(self, id: int, cursor: Optional[int] = None, limit: Optional[int] = None, at: Optional[str] = None) -> DataGrantPage:
        "A study's data grants, in id order."
        return decode("HcDataGrantPage", self._request("healthchain_grantsOfStudy", [encode("u32", id, TYPES), encode("Option<u32>", cursor, TYPES), encode("Option<u32>", limit, TYPES), at]), TYPES)  # type: ignore[no-any-return]

    def broad_consent_matches(self, id: int, patient: str, at: Optional[str] = None) -> ConsentMatch:
        "Whether a patient's broad research consent covers a study, or why not (`reason`: the mismatch, e.g. `Duo(Commercial)`)."
        return decode("HcConsentMatch", self._request("healthchain_broadConsentMatches", [encode("u32", id, TYPES), encode("AccountId", patient, TYPES), at]), TYPES)  # type: ignore[no-any-return]
