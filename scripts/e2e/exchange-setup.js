// The chain's side of the exchange demo (scripts/exchange-demo.sh), on a development chain:
// a second provider registered by governance (sudo on the dev chain), administered by Bob, with
// Eve as its clinician; both providers' gateway URLs registered by their admins; Ferdie's
// consent to the second provider reading his lab results for treatment; and Eve's key file (the
// well-known //Eve dev key, Polkadot.js JSON export) for the second provider's gateway keystore.
//
//   node scripts/e2e/exchange-setup.js <ws url> <hospital gateway url> <clinic gateway url> <keystore dir> <passphrase>
//
// Prints the second provider's number on chain.
import fs from 'node:fs';
import path from 'node:path';

import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { connect, consentTerms } from '@healthchain/client';

import { assertOk, submitFinalized } from './lib/tx.js';

const [url, hospitalGateway, clinicGateway, keystoreDir, passphrase] = process.argv.slice(2);
if (!passphrase) {
  console.error('usage: exchange-setup.js <ws url> <hospital gateway url> <clinic gateway url> <keystore dir> <passphrase>');
  process.exit(2);
}

await cryptoWaitReady();
const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
const [alice, bob, eve, ferdie] = ['Alice', 'Bob', 'Eve', 'Ferdie'].map((name) => keyring.addFromUri(`//${name}`));
const api = await connect(url);
const HOSPITAL = 0;
const CLINICIAN = 1 << 1; // RoleSet bit of Clinician (Admin = 0, Clinician = 1, …)

const registered = await submitFinalized(
  api,
  api.tx.sudo.sudo(api.tx.organizations.registerOrganization('Provider', bob.address, '0x' + '03'.repeat(32))),
  alice,
);
assertOk(api, registered);
const event = registered.events.find(({ event }) => api.events.organizations.OrganizationRegistered.is(event));
if (!event) throw new Error('no OrganizationRegistered event: is sudo Alice?');
const clinic = event.event.data.organization.toNumber();

for (const [tx, signer] of [
  [api.tx.organizations.addMember(clinic, eve.address, CLINICIAN, null), bob],
  [api.tx.organizations.setEndpoint(HOSPITAL, hospitalGateway), alice],
  [api.tx.organizations.setEndpoint(clinic, clinicGateway), bob],
  [
    api.tx.consent.grantConsent(
      clinic,
      consentTerms({ purposes: ['Treatment'], categories: ['LabResults'], actions: ['Read'], documentHash: '0x' + '07'.repeat(32) }),
    ),
    ferdie,
  ],
]) {
  assertOk(api, await submitFinalized(api, tx, signer));
}

fs.mkdirSync(keystoreDir, { recursive: true });
fs.writeFileSync(path.join(keystoreDir, 'eve.json'), JSON.stringify(eve.toJson(passphrase)));
await api.disconnect();
console.log(clinic);
