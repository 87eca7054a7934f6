// The chain's codes in plain words, for people: what a purpose, a category, a refusal means.
// The codes themselves (names and order) come from the runtime through @healthchain/client.

import type { CategoryName, PurposeName } from '@healthchain/client';

export const PURPOSES: Record<PurposeName, string> = {
  Treatment: 'your treatment',
  EmergencyTreatment: 'treatment in an emergency',
  Payment: 'paying for your care (claims)',
  Operations: 'running the organization (quality, audits)',
  Research: 'research',
  PublicHealth: 'public health reporting',
};

type Category = Exclude<CategoryName, 'AllStandard'>;

export const CATEGORIES: Record<Category, string> = {
  Demographics: 'who you are (name, birth date, address)',
  Conditions: 'diagnoses and conditions',
  Medications: 'medications',
  Allergies: 'allergies',
  LabResults: 'lab results',
  Imaging: 'imaging (X-ray, scans)',
  ClinicalNotes: 'clinical notes',
  Immunizations: 'immunizations',
  Procedures: 'procedures',
  VitalSigns: 'vital signs',
  Genomics: 'genetic data',
  MentalHealth: 'mental health',
  SubstanceUse: 'substance use',
  SexualReproductiveHealth: 'sexual and reproductive health',
};

/** The sensitive categories: never covered by "all standard categories"; a consent must name
 * each one, and the app asks for each separately. */
export const SENSITIVE: readonly Category[] = ['Genomics', 'MentalHealth', 'SubstanceUse', 'SexualReproductiveHealth'];

export const SENSITIVE_WHY =
  'Sensitive data gets extra protection by law (for example 42 CFR Part 2 for substance use, ' +
  'GINA for genetic data). It is never included in "all standard categories": share it only ' +
  'if you choose it here.';

export function categoryWords(name: string): string {
  if (name === 'AllStandard') return 'all standard categories (never the sensitive ones)';
  return CATEGORIES[name as Category] ?? name;
}

export const DENY_REASONS: Record<string, string> = {
  NoConsent: 'there is no consent that covers it',
  NotYetValid: 'the consent is not valid yet',
  Expired: 'the consent has expired',
  PastEraseBy: 'the consent is past its erase-by date',
  PurposeNotCovered: 'the consent does not cover this purpose',
  CategoryNotCovered: 'the consent does not cover this kind of data',
  ActionNotCovered: 'the consent does not allow this action',
  AccessLimitReached: 'the consent\'s number of reads is used up',
};

export const EMERGENCY_REASONS: Record<string, string> = {
  PatientIncapacitated: 'the patient cannot consent (unconscious, incapacitated)',
  LifeThreatening: 'a life-threatening situation',
  SeriousHarmRisk: 'a risk of serious harm',
  Other: 'another reason (explained in the justification)',
};

/** A refusal's innermost reason in plain words (the chain's typed error, `path` from the outside in). */
const ERRORS: Record<string, string> = {
  ...DENY_REASONS,
  NotAMember: 'the account is not a member of that organization',
  MissingRole: 'the account does not have the role this needs',
  UnknownOrganization: 'there is no such organization',
  OrganizationSuspended: 'the organization is suspended',
  WrongKind: 'the organization is not of the kind this needs',
  CredentialExpired: 'the account\'s credential has expired',
  NotYourConsent: 'that consent is not yours',
  UnknownConsent: 'there is no such consent',
  NotGuardian: 'you are not this patient\'s guardian',
  FundsUnavailable: 'the account has no funds for the fee',
  BadOrigin: 'this account may not do this',
  AlreadyParticipating: 'you already take part in this study',
  StudyNotRecruiting: 'the study is not recruiting',
};

export function errorWords(path: string[], text: string): string {
  const inner = path[path.length - 1];
  return ERRORS[inner] ? `${ERRORS[inner]} (${path.join(' › ')})` : text;
}

export function when(ms: number | bigint | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  return new Date(Number(ms)).toLocaleString();
}
