// The organization registry on a running node: the demo registry of the development preset,
// a council motion that registers an organization, its admin adding a member, the
// healthchain_* RPC methods and the OrganizationsApi runtime API, and refused calls that change
// nothing.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import { blake2AsHex } from '@polkadot/util-crypto';

import { assertOk, describeError, submitFinalized, useDevNode } from '../lib/node.js';

describe('organizations and council governance', () => {
  const ctx = useDevNode(['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']);
  const { k } = ctx;
  let api;
  before(() => ({ api } = ctx));

  test('the development preset has a living demo registry', async () => {
    const page = await api.rpc.healthchain.organizations(null, 10);
    const orgs = page.toJSON().items;
    // In id order (storage order would be [1, 2, 0, 3]), with the kinds of the demo registry.
    assert.deepEqual(orgs.map((o) => [o.id, o.kind]), [[0, 'Provider'], [1, 'Payer'], [2, 'ResearchInstitution'], [3, 'EthicsCommittee']]);
    assert.equal(page.toJSON().nextCursor, null);
    const first = (await api.rpc.healthchain.organizations(null, 2)).toJSON();
    assert.deepEqual([first.items.map((o) => o.id), first.nextCursor], [[0, 1], 1]);
    const second = (await api.rpc.healthchain.organizations(first.nextCursor, 2)).toJSON();
    assert.deepEqual([second.items.map((o) => o.id), second.nextCursor], [[2, 3], null]);
    const hospital = orgs.find((o) => o.kind === 'Provider');
    assert.equal(hospital.admin, k.alice.address);
    assert.equal(hospital.memberCount, 2);
    assert.equal(hospital.status, 'Active');

    const daveRoles = (await api.rpc.healthchain.rolesOf(k.dave.address)).toJSON();
    assert.equal(daveRoles.account, k.dave.address);
    assert.deepEqual(daveRoles.memberships.map((r) => [r.kind, r.roles, r.expired]), [['Provider', ['Clinician'], false]]);

    const members = (await api.rpc.healthchain.members(hospital.id, null, 1)).toJSON();
    assert.equal(members.items.length, 1);
    assert.ok(members.nextCursor, 'a full page has a cursor');
    const rest = (await api.rpc.healthchain.members(hospital.id, members.nextCursor, 10)).toJSON();
    assert.equal(rest.nextCursor, null);
    // In account order: the members' raw account ids sort as the pages list them.
    const all = [...members.items, ...rest.items].map((m) => m.id);
    const raw = (address) => Buffer.from(ctx.keyring.decodeAddress(address)).toString('hex');
    assert.deepEqual(all, [k.alice.address, k.dave.address].sort((a, b) => raw(a).localeCompare(raw(b))));

    const council = (await api.query.council.members()).map((a) => a.toString()).sort();
    assert.deepEqual(council, [k.alice.address, k.bob.address, k.charlie.address].sort());
  });

  test('a council motion registers an organization and its admin adds a member', async () => {
    const metadataHash = blake2AsHex('e2e: St. Example Clinic registration document');
    const register = api.tx.organizations.registerOrganization('Provider', k.ferdie.address, metadataHash);
    const before = (await api.query.organizations.organizations.entries()).length;

    // Alice proposes; Alice's and Bob's ayes make 2 of 3, a majority; Charlie closes the motion.
    const proposed = await submitFinalized(api, api.tx.council.propose(2, register, register.method.encodedLength), k.alice);
    assertOk(api, proposed);
    const proposedEvent = proposed.events.find(({ event }) => api.events.council.Proposed.is(event));
    assert.ok(proposedEvent, 'Council.Proposed');
    const { proposalIndex, proposalHash } = proposedEvent.event.data;

    for (const voter of [k.alice, k.bob]) {
      assertOk(api, await submitFinalized(api, api.tx.council.vote(proposalHash, proposalIndex, true), voter));
    }

    const closed = await submitFinalized(
      api,
      api.tx.council.close(proposalHash, proposalIndex, { refTime: 10_000_000_000, proofSize: 100_000 }, register.method.encodedLength),
      k.charlie,
    );
    assertOk(api, closed);
    const executed = closed.events.find(({ event }) => api.events.council.Executed.is(event));
    assert.ok(executed, 'Council.Executed');
    assert.ok(executed.event.data.result.isOk, `motion result: ${executed.event.data.result.toString()}`);
    const registered = closed.events.find(({ event }) => api.events.organizations.OrganizationRegistered.is(event));
    assert.ok(registered, 'Organizations.OrganizationRegistered');
    const orgId = registered.event.data.organization.toNumber();
    assert.equal(registered.event.data.admin.toString(), k.ferdie.address);
    assert.equal((await api.query.organizations.organizations.entries()).length, before + 1);

    const org = (await api.rpc.healthchain.organization(orgId)).toJSON();
    assert.equal(org.kind, 'Provider');
    assert.equal(org.metadataHash, metadataHash);
    assert.equal(BigInt(org.deposit) > 0n, true);

    // The new organization's admin adds Eve as a clinician whose credential expires in a year.
    const expiresAt = Date.now() + 365 * 24 * 3600 * 1000;
    const roles = 1 << 1; // RoleSet bit of Clinician (Admin=0, Clinician=1, ...)
    const added = await submitFinalized(
      api,
      api.tx.organizations.addMember(orgId, k.eve.address, roles, expiresAt),
      k.ferdie,
    );
    assertOk(api, added);
    const memberAdded = added.events.find(({ event }) => api.events.organizations.MemberAdded.is(event));
    assert.ok(memberAdded, 'Organizations.MemberAdded');

    const eveRoles = (await api.rpc.healthchain.rolesOf(k.eve.address, added.blockHash)).toJSON();
    const atNewOrg = eveRoles.memberships.find((r) => r.organization === orgId);
    assert.deepEqual(atNewOrg.roles, ['Clinician']);
    assert.equal(atNewOrg.expiresAt, expiresAt);

    const check = await api.call.organizationsApi.checkRole(orgId, k.eve.address, 'Provider', 'Clinician');
    assert.ok(check.isOk, check.toString());
    const wrongRole = await api.call.organizationsApi.checkRole(orgId, k.eve.address, 'Provider', 'Billing');
    assert.equal(wrongRole.asErr.toString(), 'MissingRole');
  });

  test('refused calls fail with typed errors and change nothing', async () => {
    const count = (await api.query.organizations.organizations.entries()).length;
    // A plain signed account is not the governance origin.
    const direct = await submitFinalized(
      api,
      api.tx.organizations.registerOrganization('Payer', k.bob.address, blake2AsHex('x')),
      k.bob,
    );
    assert.equal(describeError(api, direct.dispatchError), 'BadOrigin');
    assert.equal((await api.query.organizations.organizations.entries()).length, count);

    // Bob is no admin of the hospital (organization 0).
    const notAdmin = await submitFinalized(api, api.tx.organizations.addMember(0, k.bob.address, 2, null), k.bob);
    assert.equal(describeError(api, notAdmin.dispatchError), 'organizations.NotAdmin');
    assert.equal((await api.query.organizations.members(0, k.bob.address)).isNone, true);

    // Role bits that name no role.
    const badRoles = await submitFinalized(api, api.tx.organizations.addMember(0, k.bob.address, 0x80, null), k.alice);
    assert.equal(describeError(api, badRoles.dispatchError), 'organizations.InvalidRoles');

    // Paging limits are enforced by the RPC.
    await assert.rejects(api.rpc.healthchain.organizations(null, 1001), /limit must be at most 1000/);
  });
});
