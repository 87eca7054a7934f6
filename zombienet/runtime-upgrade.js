// Run by local-4-validators.zndsl after the consensus checks: the consortium upgrades the
// runtime the network started with (the last release, zombienet/upgrade-from) to the current
// one, through three quarters of the council (scripts/governance.sh upgrade: whitelist +
// system.authorizeUpgrade as Root, then system.applyAuthorizedUpgrade). Checks that every node
// runs the new spec version, that finality advances past the upgrade on every node, and that
// the demo registry, consents and records read the same before and after (the current
// runtime's storage migrations run in the upgrade block). Returns 1.

const { governance, waitFor, finalizedNumber, nodeWsUri } = require('./lib.js');


// What is compared before and after: every entry of these storage maps, by key.
const SNAPSHOT = [
  ['organizations', 'organizations'],
  ['organizations', 'members'],
  ['consent', 'consents'],
  ['consent', 'patients'],
  ['records', 'records'],
  ['claims', 'plans'],
  ['research', 'studies'],
];
// Fields the current runtime adds to (or resets in) items that existed before, with their
// migrated value. Release 106: a study records its deposit (deposit(1, 200) = 0.04 HCT for the
// running demo study) and its attested participants; its cohort restarts at zero (participants
// count again once a data-holding provider attests them).
const ADDED_FIELDS = {
  'research.studies': { cohort: 0, attested: 0, deposit: 40_000_000_000 },
};
// What the current runtime's migrations must have written: [pallet, storage item, key, value].
const MIGRATED = [
  ['claims', 'plansOfPayer', [1], 1], // the demo insurer (1) publishes one plan
  ['research', 'studiesOfInstitution', [2], 1], // the demo research institute (2) registered one study
];
// Release 104 keys each record's commitment by its patient: every record is found again under
// (patient, commitment). Release 105 turns each enrollment { since, until } into a membership
// whose one coverage period is that enrollment: checked entry by entry below.
// The pallets' storage versions after the upgrade.
const STORAGE_VERSIONS = { organizations: 3, claims: 4, research: 4, consent: 3, records: 3 };

// Every enrollment, by key, as the runtime before the upgrade reads it ({ since, until }).
async function enrollments(api) {
  const map = {};
  for (const [key, value] of await api.query.claims.enrollments.entries()) map[key.toHex()] = value.toJSON();
  return map;
}

async function snapshot(api) {
  const out = {};
  for (const [pallet, item] of SNAPSHOT) {
    const entries = await api.query[pallet][item].entries();
    const map = {};
    for (const [key, value] of entries) map[key.toHex()] = value.toJSON();
    out[`${pallet}.${item}`] = map;
  }
  return out;
}

async function run(nodeName, networkInfo) {
  const wasm = process.env.HC_UPGRADE_WASM;
  if (!wasm) throw new Error('HC_UPGRADE_WASM (the current runtime) is not set: run through scripts/zombienet.sh');
  const { userDefinedTypes } = networkInfo.nodesByName[nodeName];
  const wsUri = nodeWsUri(networkInfo, nodeName);
  let api = await zombie.connect(wsUri, userDefinedTypes);
  const before = (await api.rpc.state.getRuntimeVersion()).specVersion.toNumber();
  const stateBefore = await snapshot(api);
  const enrollmentsBefore = await enrollments(api);
  if (Object.keys(enrollmentsBefore).length < 1) throw new Error('the demo enrollment is missing before the upgrade');
  const counts = Object.fromEntries(Object.entries(stateBefore).map(([k, v]) => [k, Object.keys(v).length]));
  console.log(`spec version ${before}; items before the upgrade: ${JSON.stringify(counts)}`);
  if (counts['organizations.organizations'] < 4 || counts['consent.consents'] < 1 || counts['records.records'] < 1) {
    throw new Error(`the network should start with the demo registry: ${JSON.stringify(counts)}`);
  }
  await api.disconnect();

  const upgraded = await governance(wsUri, ['upgrade', '--wasm', wasm, '--seeds', '//Alice,//Bob,//Eve']);
  if (!(upgraded.to > before)) throw new Error(`the spec version went from ${before} to ${upgraded.to}`);

  // Every node runs the new runtime and finalizes blocks after it.
  for (const [name, node] of Object.entries(networkInfo.nodesByName)) {
    const nodeApi = await zombie.connect(nodeWsUri(networkInfo, name), node.userDefinedTypes);
    await waitFor(`${name} to run spec version ${upgraded.to}`, async () =>
      (await nodeApi.rpc.state.getRuntimeVersion()).specVersion.toNumber() === upgraded.to);
    const start = await finalizedNumber(nodeApi);
    await waitFor(`${name} to finalize 3 blocks past #${start}`, async () => (await finalizedNumber(nodeApi)) >= start + 3);
    const finalizedVersion = (await nodeApi.rpc.state.getRuntimeVersion(await nodeApi.rpc.chain.getFinalizedHead())).specVersion.toNumber();
    if (finalizedVersion !== upgraded.to) throw new Error(`${name}: the finalized block runs ${finalizedVersion}`);
    console.log(`${name}: spec version ${upgraded.to}, finalized #${await finalizedNumber(nodeApi)}`);
    await nodeApi.disconnect();
  }

  // The same data, read with the new runtime's metadata.
  api = await zombie.connect(wsUri, userDefinedTypes);
  const stateAfter = await snapshot(api);
  for (const [item, entries] of Object.entries(stateBefore)) {
    const added = ADDED_FIELDS[item] || {};
    for (const [key, value] of Object.entries(entries)) {
      const now = stateAfter[item][key];
      if (now === undefined) throw new Error(`${item} ${key} is gone after the upgrade`);
      const expected = { ...value, ...added };
      if (JSON.stringify(now) !== JSON.stringify(expected)) {
        throw new Error(`${item} ${key} changed: before ${JSON.stringify(value)}, after ${JSON.stringify(now)}`);
      }
    }
    if (Object.keys(stateAfter[item]).length !== Object.keys(entries).length) {
      throw new Error(`${item}: ${Object.keys(entries).length} items before, ${Object.keys(stateAfter[item]).length} after`);
    }
  }
  for (const [pallet, item, key, expected] of MIGRATED) {
    const value = (await api.query[pallet][item](...key)).toJSON();
    if (value !== expected) throw new Error(`${pallet}.${item}(${key}) is ${value} after the migration, expected ${expected}`);
  }
  const enrollmentsAfter = await enrollments(api);
  for (const [key, old] of Object.entries(enrollmentsBefore)) {
    const expected = { periods: [{ since: old.since, until: old.until }], requestedAt: null };
    if (JSON.stringify(enrollmentsAfter[key]) !== JSON.stringify(expected)) {
      throw new Error(`enrollment ${key}: before ${JSON.stringify(old)}, after ${JSON.stringify(enrollmentsAfter[key])}`);
    }
  }
  if (Object.keys(enrollmentsAfter).length !== Object.keys(enrollmentsBefore).length) {
    throw new Error('enrollments were added or lost by the migration');
  }
  for (const [key, record] of await api.query.records.records.entries()) {
    const id = key.args[0].toNumber();
    const { patient, commitment } = record.unwrap();
    const found = (await api.query.records.recordByCommitment(patient, commitment)).toJSON();
    if (found !== id) throw new Error(`record ${id} is not found by (patient, commitment) after the migration: ${found}`);
  }
  for (const [pallet, version] of Object.entries(STORAGE_VERSIONS)) {
    const onChain = (await api.query[pallet].palletVersion()).toNumber();
    if (onChain !== version) throw new Error(`${pallet} is at storage version ${onChain}, expected ${version}`);
  }
  await api.disconnect();
  console.log(`upgraded ${before} -> ${upgraded.to}; ${Object.keys(stateBefore).length} storage maps read the same`);
  return 1;
}

module.exports = { run };
