// The `healthchain_*` JSON-RPC methods, described for @polkadot/api so that they appear as
// `api.rpc.healthchain.*`. Results are plain JSON (balances as decimal strings). Cursors and
// limits are `Option<_>`: pass `null` for "from the start" / "the default page size".
//
//   const api = await ApiPromise.create({ provider, rpc: healthchainRpc });
//   await api.rpc.healthchain.rolesOf(address);

const at = { name: 'at', type: 'Hash', isOptional: true };

export const healthchainRpc = {
  healthchain: {
    organization: {
      description: 'An organization by id, or null',
      params: [{ name: 'id', type: 'u32' }, at],
      type: 'Json',
    },
    organizations: {
      description: 'A page of organizations: { items, nextCursor }',
      params: [
        { name: 'cursor', type: 'Option<u32>', isOptional: true },
        { name: 'limit', type: 'Option<u32>', isOptional: true },
        at,
      ],
      type: 'Json',
    },
    members: {
      description: 'A page of the members of an organization: { items, nextCursor }',
      params: [
        { name: 'organization', type: 'u32' },
        { name: 'cursor', type: 'Option<AccountId>', isOptional: true },
        { name: 'limit', type: 'Option<u32>', isOptional: true },
        at,
      ],
      type: 'Json',
    },
    rolesOf: {
      description: 'The organizations an account serves and its roles in each',
      params: [{ name: 'account', type: 'AccountId' }, at],
      type: 'Json',
    },
  },
};
