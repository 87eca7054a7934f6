// Sessions of a development chain, with @polkadot/api against a real node: a session whose
// validators did not change is no authority-set change, so GRANDPA's set id (and the
// justification stored at each change) grows with real changes only. The dev chain rotates
// every hour; this node runs the dev chain spec with two-block sessions so that the test sees
// several rotations in a minute. (Changes of the set are counted on the 4-validator zombienet
// network, scripts/zombienet.sh, and in runtime/src/tests/sessions.rs.)

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { NODE_BIN, startNode, waitForHead } from '../lib/node.js';

describe('sessions of an unchanged validator set', () => {
  let node = null;

  before(async () => {
    const spec = JSON.parse(execFileSync(NODE_BIN, ['build-spec', '--chain', 'dev', '--disable-default-bootnode'], {
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    }));
    const patch = spec.genesis.runtimeGenesis.patch;
    patch.validatorSet = { ...patch.validatorSet, sessionLength: 2 };
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'healthchain-sessions-')), 'dev-two-block-sessions.json');
    fs.writeFileSync(file, JSON.stringify(spec));
    node = await startNode({ args: ['--chain', file, '--alice', '--validator', '--force-authoring', '--unsafe-force-node-key-generation'] });
  });
  after(async () => { if (node) await node.stop(); });

  test('five rotations with one unchanged validator: GRANDPA set id 0, finality goes on', async () => {
    const { api } = node;
    const session = async () => (await api.query.session.currentIndex()).toNumber();
    await waitForHead(api, 'best', () => true);
    const finalized = await waitForHead(api, 'finalized', (header) => header.number.toNumber() >= 10, 180_000);
    assert.ok((await session()) >= 5, `session ${await session()} at finalized block #${finalized.number}`);
    assert.equal((await api.query.grandpa.currentSetId()).toNumber(), 0, 'no authority-set change');
    assert.equal((await api.call.grandpaApi.grandpaAuthorities()).length, 1);
    assert.equal((await api.query.validatorSet.planned()).unwrap().length, 1);
  });
});
