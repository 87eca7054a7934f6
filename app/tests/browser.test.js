// The web app in a real browser (Debian's Chromium, headless, driven by playwright-core) against
// a real `healthchain-node --dev`: a token-less demo patient (Grace) grants a consent for a
// sensitive category, the clinician (Dave) checks and records a read, the patient sees it and
// revokes, the clinician's next check is denied; an emergency access opens, the patient is told
// and sees it in her log, the privacy officer (Alice) reviews it. Screenshots go to
// app/tests/screenshots/ (the README shows them).
// Run: npm test -w @healthchain/app (after npm run build -w @healthchain/app); scripts/test.sh runs it.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { chromium } from 'playwright-core';

import { freePort, startNode } from '../../scripts/e2e/lib/node.js';

const APP = path.resolve(import.meta.dirname, '..');
const SHOTS = path.join(APP, 'tests/screenshots');
const CHROMIUM = process.env.HC_CHROMIUM || '/usr/bin/chromium';
const TIMEOUT = 90_000;

let node; let server; let browser; let base; let grace;

before(async () => {
  assert.ok(fs.existsSync(path.join(APP, 'dist/index.html')), 'build the app first: npm run build -w @healthchain/app');
  assert.ok(fs.existsSync(CHROMIUM), `no Chromium at ${CHROMIUM} (apt-get install chromium, or HC_CHROMIUM)`);
  await cryptoWaitReady();
  grace = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri('//Grace').address;
  node = await startNode();
  const port = await freePort();
  server = spawn(process.execPath, [path.join(APP, '../node_modules/vite/bin/vite.js'), 'preview', '--port', String(port), '--strictPort'], { cwd: APP, stdio: 'ignore' });
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(base)).ok) break; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  fs.mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.kill();
  await node?.stop();
});

/** A page of the app as `account` (a dev name) in `view`; dialogs (confirmations) accepted. */
async function open(account, view) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.setDefaultTimeout(TIMEOUT);
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto(`${base}/?ws=ws://127.0.0.1:${node.rpcPort}&account=${account}&view=${view}`);
  return page;
}

/** Waits until the transaction status next to `testId` says finalized (fails with its text, and a
 * screenshot, when it failed or did not finalize in time). */
async function finalized(page, testId) {
  const status = page.getByTestId(`${testId}-status`);
  const deadline = Date.now() + TIMEOUT;
  let text = '';
  while (Date.now() < deadline) {
    text = (await status.count()) ? await status.textContent() : '(no status)';
    if (/finalized|Failed/.test(text)) break;
    await page.waitForTimeout(250);
  }
  if (!/finalized/.test(text)) await page.screenshot({ path: path.join(SHOTS, `failed-${testId}.png`), fullPage: true });
  assert.match(text, /finalized/, `${testId}: ${text}`);
}

async function check(page, category) {
  await page.getByTestId('check-patient').fill(grace);
  await page.getByTestId('check-category').selectOption(category);
  await page.getByTestId('check').click();
  await page.getByTestId('check-result').waitFor();
  return page.getByTestId('check-result').textContent();
}

test('a patient grants, sees the clinician\'s read, revokes, and the next check is denied', async () => {
  const clinician = await open('Dave', 'clinician');
  // Grace's consent to the hospital covers every standard category for treatment, not this one.
  assert.match(await check(clinician, 'SubstanceUse'), /Denied: the consent does not cover this kind of data/);

  const patient = await open('Grace', 'patient');
  await patient.getByTestId('consents').waitFor();
  await patient.getByTestId('category-LabResults').uncheck();
  await patient.getByTestId('category-SubstanceUse').check();
  await patient.getByTestId('grant').click();
  await finalized(patient, 'grant');
  const granted = patient.locator('li.consent', { hasText: 'substance use (sensitive)' });
  await granted.waitFor();
  await patient.screenshot({ path: path.join(SHOTS, 'patient.png'), fullPage: true });

  await clinician.reload();
  assert.match(await check(clinician, 'SubstanceUse'), /Permitted by the patient's consent #\d+/);
  await clinician.getByTestId('record-read').click();
  await finalized(clinician, 'record-read');
  await clinician.screenshot({ path: path.join(SHOTS, 'clinician.png'), fullPage: true });

  await patient.reload();
  const read = patient.getByTestId('access-log').locator('tr', { hasText: 'substance use' });
  await read.waitFor();
  assert.match(await read.textContent(), /Demo Hospital.*substance use.*your treatment.*your consent #\d+/);

  await granted.getByRole('button', { name: 'Revoke' }).click();
  await patient.getByTestId('revoked').waitFor({ timeout: TIMEOUT });
  assert.match(await patient.getByTestId('revoked').textContent(), /Revoked: Demo Hospital can no longer use this consent \(checked on chain\)/);

  await clinician.reload();
  assert.match(await check(clinician, 'SubstanceUse'), /Denied: the consent does not cover this kind of data/);
  await Promise.all([patient.close(), clinician.close()]);
});

test('an emergency access reaches the patient\'s log and the privacy officer reviews it', async () => {
  const patient = await open('Grace', 'patient');
  await patient.getByTestId('consents').waitFor();
  const clinician = await open('Dave', 'clinician');
  await clinician.getByTestId('emergency-patient').fill(grace);
  await clinician.getByTestId('emergency-reason').selectOption('PatientIncapacitated');
  await clinician.getByTestId('emergency-justification').fill('unconscious on arrival, allergy history needed');
  await clinician.getByTestId('emergency-open').click();
  await finalized(clinician, 'emergency-open');

  // The patient's open page is told, and the log shows the access, highlighted, review pending.
  await patient.getByTestId('emergency-notice').waitFor({ timeout: TIMEOUT });
  assert.match(await patient.getByTestId('emergency-notice').textContent(), /Emergency access: Demo Hospital opened an emergency access to your data at .*A privacy officer will review it/);
  const row = patient.locator('tr.emergency').last();
  await row.waitFor();
  assert.match(await row.textContent(), /Emergency access #(\d+): review pending/);
  const id = (await row.textContent()).match(/Emergency access #(\d+)/)[1];
  await patient.screenshot({ path: path.join(SHOTS, 'patient-emergency.png'), fullPage: true });

  const officer = await open('Alice', 'officer');
  await officer.getByTestId(`pending-${id}`).waitFor();
  await officer.screenshot({ path: path.join(SHOTS, 'privacy-officer.png'), fullPage: true });
  await officer.getByTestId(`report-${id}`).fill('justified: patient unconscious, records needed for treatment');
  await officer.getByTestId(`justified-${id}`).click();
  // Once final, the access leaves the pending list and the page says what was recorded.
  await officer.getByTestId('reviewed').waitFor({ timeout: TIMEOUT });
  assert.equal(await officer.getByTestId('reviewed').textContent(), `Emergency access #${id} reviewed as justified, on chain.`);
  await officer.getByTestId('no-pending').waitFor();

  await patient.reload();
  const reviewed = patient.locator('tr.emergency', { hasText: `Emergency access #${id}` });
  await reviewed.waitFor();
  assert.match(await reviewed.textContent(), /review justified/);
  await Promise.all([patient.close(), clinician.close(), officer.close()]);
});

test('a refused transaction shows the chain\'s reason in plain words', async () => {
  const patient = await open('Ferdie', 'patient');
  await patient.getByTestId('join-0').click();
  await finalized(patient, 'join-0');
  await patient.getByTestId('join-0').click();
  const status = patient.getByTestId('join-0-status');
  await patient.waitForFunction(() => /Failed/.test(document.querySelector('[data-testid="join-0-status"]')?.textContent ?? ''), null, { timeout: TIMEOUT });
  assert.equal(await status.textContent(), 'Failed: you already take part in this study (AlreadyParticipating)');
  await patient.close();
});

test('a patient verifies a document she holds, sees her claims, withdraws from a study, appoints a guardian', async () => {
  const eve = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri('//Eve').address;
  const patient = await open('Ferdie', 'patient');
  // The demo record's document and salt (scripts/demo/records), checked in the browser.
  await patient.getByTestId('verify-file').setInputFiles(path.join(APP, '../scripts/demo/records/ferdie-hba1c.json'));
  await patient.getByTestId('verify-salt').fill('0xe2e97864989595f643de5f5352047c96f7f319a6f2e5864cd70818f5a028790a');
  await patient.getByTestId('verify-salt').press('Enter'); // the keyboard submits the form
  await patient.getByTestId('verify-result').waitFor();
  assert.match(await patient.getByTestId('verify-result').textContent(), /^Verified: this is record #\d+ \(lab results\), version 1, .*current\.$/);
  await patient.getByTestId('verify-salt').fill(`0x${'00'.repeat(32)}`);
  await patient.getByTestId('verify').click();
  await patient.waitForFunction(() => /^Not found/.test(document.querySelector('[data-testid="verify-result"]')?.textContent ?? ''), null, { timeout: TIMEOUT });

  assert.equal(await patient.getByTestId('claims').textContent(), 'No claims for your care.');

  await patient.getByTestId('withdraw-0').click(); // joined in the test before
  await finalized(patient, 'withdraw-0');

  await patient.getByTestId('guardian-account').fill(eve);
  await patient.getByTestId('appoint-guardian').click();
  await finalized(patient, 'appoint-guardian');
  await patient.waitForFunction((who) => (document.querySelector('[data-testid="guardian"]')?.textContent ?? '').includes(who), eve, { timeout: TIMEOUT });
  await patient.close();
});
