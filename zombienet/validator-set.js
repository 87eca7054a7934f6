// Run by local-4-validators.zndsl (zombienet `js-script`, CommonJS, @polkadot/api bundled as
// `zombie`), on the current runtime (after the upgrade): consortium governance (a council
// motion passed by a majority: three of the four seats, with scripts/governance.sh, the
// operators' tool) removes Dave's validator and admits it again. After each change the
// session's validator set and the Aura and GRANDPA authorities follow at a session boundary,
// and finality keeps advancing. Over all the sessions this takes, GRANDPA's set id grows by
// exactly the two changes: a session whose validators did not change is no authority-set
// change. Returns 1.

const { governance, waitFor, finalizedNumber, nodeWsUri } = require('./lib.js');

async function finalityAdvances(api, blocks) {
  const start = await finalizedNumber(api);
  await waitFor(`finality to advance ${blocks} blocks past #${start}`, async () => (await finalizedNumber(api)) >= start + blocks);
}

async function run(nodeName, networkInfo) {
  const { userDefinedTypes } = networkInfo.nodesByName[nodeName];
  const wsUri = nodeWsUri(networkInfo, nodeName);
  const api = await zombie.connect(wsUri, userDefinedTypes);
  await zombie.util.cryptoWaitReady();
  const keyring = new zombie.Keyring({ type: 'sr25519' });
  const dave = keyring.addFromUri('//Dave//stash').address;

  const validators = async () => (await api.query.session.validators()).map((v) => v.toString());
  const auraCount = async () => (await api.query.aura.authorities()).length;
  const grandpaCount = async () => (await api.call.grandpaApi.grandpaAuthorities()).length;

  const setId = async () => (await api.query.grandpa.currentSetId()).toNumber();
  const session = async () => (await api.query.session.currentIndex()).toNumber();

  if ((await validators()).length !== 4) throw new Error(`expected 4 validators, found ${(await validators()).length}`);
  if ((await api.query.sudo.key()).isSome) throw new Error('the local testnet must have no sudo key');

  // The first rotation after the upgrade plans the set once more (the runtime had no record of
  // the set it planned): let it take effect, then count.
  const upgradedAt = await session();
  await waitFor(`two session rotations after #${upgradedAt}`, async () => (await session()) >= upgradedAt + 2);
  const [startSession, startSetId] = [await session(), await setId()];
  console.log(`session ${startSession}: GRANDPA set id ${startSetId}`);

  await governance(wsUri, ['pass', '--call', api.tx.validatorSet.removeValidator(dave).method.toHex(), '--seeds', '//Alice,//Bob,//Eve']);
  await waitFor('Dave to leave the session validators', async () => !(await validators()).includes(dave));
  await waitFor('three Aura authorities', async () => (await auraCount()) === 3);
  await waitFor('three GRANDPA authorities', async () => (await grandpaCount()) === 3);
  await finalityAdvances(api, 3);

  await governance(wsUri, ['pass', '--call', api.tx.validatorSet.addValidator(dave).method.toHex(), '--seeds', '//Alice,//Bob,//Eve']);
  await waitFor('Dave to rejoin the session validators', async () => (await validators()).includes(dave));
  await waitFor('four Aura authorities', async () => (await auraCount()) === 4);
  await waitFor('four GRANDPA authorities', async () => (await grandpaCount()) === 4);
  await finalityAdvances(api, 3);

  // One more session without a change, then count the changes.
  const lastChange = await session();
  await waitFor(`a session rotation after #${lastChange}`, async () => (await session()) >= lastChange + 1);
  const [endSession, endSetId] = [await session(), await setId()];
  console.log(`session ${endSession}: GRANDPA set id ${endSetId}`);
  if (endSetId - startSetId !== 2) {
    throw new Error(`${endSetId - startSetId} authority-set changes over sessions ${startSession}..${endSession}; the validators changed twice`);
  }

  await api.disconnect();
  return 1;
}

module.exports = { run };
