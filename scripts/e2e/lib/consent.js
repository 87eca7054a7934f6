// What a patient app or a hospital gateway computes before it calls the consent pallet: the
// onboarding message a patient signs, and the salted hash of a document (consent document,
// emergency justification, review report, a record) that goes on chain instead of the document.

import { stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, randomAsU8a } from '@polkadot/util-crypto';

/** The domain of the onboarding message (`pallet_consent::REGISTRATION_DOMAIN`). */
export const REGISTRATION_DOMAIN = 'healthchain/register-patient';

/**
 * What a patient signs to be onboarded by `organization`: the domain, the chain's genesis hash
 * (32 bytes) and the organization id (u32, little endian).
 */
export function registrationMessage(api, organization) {
  return u8aConcat(
    stringToU8a(REGISTRATION_DOMAIN),
    api.genesisHash.toU8a(),
    api.createType('u32', organization).toU8a(),
  );
}

/** `patient`'s (a keyring pair's) signature of its onboarding, as `register_patient` takes it. */
export function registrationSignature(api, patient, organization) {
  const signature = patient.sign(registrationMessage(api, organization));
  return { [patient.type === 'ed25519' ? 'Ed25519' : 'Sr25519']: u8aToHex(signature) };
}

/**
 * The salted hash of a document: `blake2_256(salt ‖ document)` with a fresh 32-byte salt, which
 * the holder keeps with the document. Without the salt the hash confirms no guess of the
 * document (a FHIR Consent of a known template, a justification of a known form).
 */
export function saltedHash(document, salt = randomAsU8a(32)) {
  const bytes = typeof document === 'string' ? stringToU8a(document) : document;
  return { salt: u8aToHex(salt), hash: u8aToHex(blake2AsU8a(u8aConcat(salt, bytes), 256)) };
}
