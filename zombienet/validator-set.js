// Run by local-4-validators.zndsl (zombienet `js-script`, CommonJS, @polkadot/api bundled as
// `zombie`): governance (Root through sudo, as in the development presets) removes Dave's
// validator and admits it again. After each change the session's validator set and the Aura and
// GRANDPA authorities follow at a session boundary, and finality keeps advancing. Returns 1.

const TIMEOUT_MS = 540_000;

function sudo(api, signer, call) {
  return new Promise((resolve, reject) => {
    let unsub;
    api.tx.sudo.sudo(call).signAndSend(signer, ({ status, events }) => {
      if (status.isInBlock) {
        if (unsub) unsub();
        const sudid = events.find(({ event }) => api.events.sudo.Sudid.is(event));
        if (!sudid) return reject(new Error('no Sudid event'));
        const result = sudid.event.data.sudoResult;
        if (result.isErr) return reject(new Error(`sudo call failed: ${result.asErr.toString()}`));
        resolve(events);
      } else if (status.isInvalid || status.isDropped) {
        reject(new Error(`transaction ${status.type}`));
      }
    }).then((u) => { unsub = u; }, reject);
  });
}

async function waitFor(api, what, predicate) {
  const deadline = Date.now() + TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 2000));
  }
  throw new Error(`timed out waiting for: ${what}`);
}

async function finalizedNumber(api) {
  const head = await api.rpc.chain.getFinalizedHead();
  return (await api.rpc.chain.getHeader(head)).number.toNumber();
}

async function finalityAdvances(api, blocks) {
  const start = await finalizedNumber(api);
  await waitFor(api, `finality to advance ${blocks} blocks past #${start}`, async () => (await finalizedNumber(api)) >= start + blocks);
}

async function run(nodeName, networkInfo) {
  const { wsUri, userDefinedTypes } = networkInfo.nodesByName[nodeName];
  const api = await zombie.connect(wsUri, userDefinedTypes);
  await zombie.util.cryptoWaitReady();
  const keyring = new zombie.Keyring({ type: 'sr25519' });
  const alice = keyring.addFromUri('//Alice');
  const dave = keyring.addFromUri('//Dave//stash').address;

  const validators = async () => (await api.query.session.validators()).map((v) => v.toString());
  const auraCount = async () => (await api.query.aura.authorities()).length;
  const grandpaCount = async () => (await api.call.grandpaApi.grandpaAuthorities()).length;

  if ((await validators()).length !== 4) throw new Error(`expected 4 validators, found ${(await validators()).length}`);

  const removed = await sudo(api, alice, api.tx.validatorSet.removeValidator(dave));
  if (!removed.some(({ event }) => api.events.validatorSet.ValidatorRemoved.is(event))) {
    throw new Error('no ValidatorRemoved event');
  }
  await waitFor(api, 'Dave to leave the session validators', async () => !(await validators()).includes(dave));
  await waitFor(api, 'three Aura authorities', async () => (await auraCount()) === 3);
  await waitFor(api, 'three GRANDPA authorities', async () => (await grandpaCount()) === 3);
  await finalityAdvances(api, 3);

  const added = await sudo(api, alice, api.tx.validatorSet.addValidator(dave));
  if (!added.some(({ event }) => api.events.validatorSet.ValidatorAdded.is(event))) {
    throw new Error('no ValidatorAdded event');
  }
  await waitFor(api, 'Dave to rejoin the session validators', async () => (await validators()).includes(dave));
  await waitFor(api, 'four Aura authorities', async () => (await auraCount()) === 4);
  await waitFor(api, 'four GRANDPA authorities', async () => (await grandpaCount()) === 4);
  await finalityAdvances(api, 3);

  await api.disconnect();
  return 1;
}

module.exports = { run };
