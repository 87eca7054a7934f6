// The `healthchain_*` JSON-RPC methods, described for @polkadot/api so that they appear as
// `api.rpc.healthchain.*`. Results are plain JSON (balances as decimal strings). Cursors and
// limits are `Option<_>`: pass `null` for "from the start" / "the default page size".
//
//   const api = await ApiPromise.create({ provider, rpc: healthchainRpc });
//   await api.rpc.healthchain.rolesOf(address);

const at = { name: 'at', type: 'Hash', isOptional: true };
/** The paging parameters of a paged method whose cursor has type `cursorType`. */
const page = (cursorType) => [
  { name: 'cursor', type: `Option<${cursorType}>`, isOptional: true },
  { name: 'limit', type: 'Option<u32>', isOptional: true },
];

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
        ...page('u32'),
        at,
      ],
      type: 'Json',
    },
    members: {
      description: 'A page of the members of an organization: { items, nextCursor }',
      params: [
        { name: 'organization', type: 'u32' },
        ...page('AccountId'),
        at,
      ],
      type: 'Json',
    },
    rolesOf: {
      description: 'The organizations an account serves and its roles in each',
      params: [{ name: 'account', type: 'AccountId' }, at],
      type: 'Json',
    },
    evaluateConsent: {
      description: 'Evaluates a patient\'s consents: { permitted, consent, reason }',
      params: [
        { name: 'patient', type: 'AccountId' },
        { name: 'organization', type: 'u32' },
        { name: 'purpose', type: 'Text' },
        { name: 'category', type: 'Text' },
        { name: 'action', type: 'Text' },
        at,
      ],
      type: 'Json',
    },
    consentsOf: {
      description: 'A patient\'s consents, in the order granted',
      params: [{ name: 'patient', type: 'AccountId' }, at],
      type: 'Json',
    },
    grantsHeldBy: {
      description: 'A page of the consents held by an organization: { items, nextCursor }',
      params: [
        { name: 'organization', type: 'u32' },
        ...page('u64'),
        at,
      ],
      type: 'Json',
    },
    accessLog: {
      description: 'A page of a patient\'s access log, oldest first: { items, nextCursor }',
      params: [
        { name: 'patient', type: 'AccountId' },
        ...page('u32'),
        at,
      ],
      type: 'Json',
    },
    emergencyAccess: {
      description: 'An emergency access by id, or null',
      params: [{ name: 'id', type: 'u64' }, at],
      type: 'Json',
    },
    pendingReviews: {
      description: 'A page of the emergency accesses an organization has not reviewed',
      params: [
        { name: 'organization', type: 'u32' },
        ...page('u64'),
        at,
      ],
      type: 'Json',
    },
    record: {
      description: 'A record version by id, or null',
      params: [{ name: 'id', type: 'u64' }, at],
      type: 'Json',
    },
    recordByCommitment: {
      description: 'The record version anchored with a commitment, or null',
      params: [{ name: 'commitment', type: 'H256' }, at],
      type: 'Json',
    },
    recordsOf: {
      description: 'A page of a patient\'s record versions: { items, nextCursor }',
      params: [{ name: 'patient', type: 'AccountId' }, ...page('u64'), at],
      type: 'Json',
    },
    recordHistory: {
      description: 'Every version of a record, oldest first',
      params: [{ name: 'id', type: 'u64' }, at],
      type: 'Json',
    },
    batch: {
      description: 'A batch by id, or null',
      params: [{ name: 'id', type: 'u64' }, at],
      type: 'Json',
    },
    verifyBatchLeaf: {
      description: 'Checks a leaf\'s inclusion proof against a batch root: { valid, error }',
      params: [
        { name: 'batch', type: 'u64' },
        { name: 'leaf', type: 'H256' },
        { name: 'leafIndex', type: 'u32' },
        { name: 'proof', type: 'Vec<H256>' },
        at,
      ],
      type: 'Json',
    },
    claim: {
      description: 'A claim with its adjudication, or null',
      params: [{ name: 'id', type: 'u64' }, at],
      type: 'Json',
    },
    claimsOfPatient: {
      description: 'A page of a patient\'s claims: { items, nextCursor }',
      params: [{ name: 'patient', type: 'AccountId' }, ...page('u64'), at],
      type: 'Json',
    },
    claimsOfProvider: {
      description: 'A page of a provider\'s claims: { items, nextCursor }',
      params: [{ name: 'provider', type: 'u32' }, ...page('u64'), at],
      type: 'Json',
    },
    claimsOfPlan: {
      description: 'A page of the claims against a plan: { items, nextCursor }',
      params: [{ name: 'plan', type: 'u32' }, ...page('u64'), at],
      type: 'Json',
    },
    plan: {
      description: 'A plan with its current terms and escrow, or null',
      params: [{ name: 'id', type: 'u32' }, at],
      type: 'Json',
    },
    remainingAnnualLimit: {
      description: 'What a plan still pays for a patient this year: { remaining, enrolled }',
      params: [{ name: 'plan', type: 'u32' }, { name: 'patient', type: 'AccountId' }, at],
      type: 'Json',
    },
    studies: {
      description: 'A page of studies, optionally by status and DUO code: { items, nextCursor }',
      params: [
        { name: 'status', type: 'Option<Text>', isOptional: true },
        { name: 'duo', type: 'Option<Text>', isOptional: true },
        ...page('u32'),
        at,
      ],
      type: 'Json',
    },
    study: {
      description: 'A study by id, or null',
      params: [{ name: 'id', type: 'u32' }, at],
      type: 'Json',
    },
    cohortSize: {
      description: 'How many patients consent to the study\'s current version',
      params: [{ name: 'id', type: 'u32' }, at],
      type: 'Json',
    },
    grantsOfStudy: {
      description: 'A page of a study\'s data grants: { items, nextCursor }',
      params: [{ name: 'id', type: 'u32' }, ...page('u64'), at],
      type: 'Json',
    },
    broadConsentMatches: {
      description: 'Whether a patient\'s broad research consent covers a study: { matches, reason }',
      params: [{ name: 'id', type: 'u32' }, { name: 'patient', type: 'AccountId' }, at],
      type: 'Json',
    },
    patient: {
      description: 'A patient\'s onboarding and feeless consent calls left: { registeredByOrganization, freeCallsLeft, ... }',
      params: [{ name: 'patient', type: 'AccountId' }, at],
      type: 'Json',
    },
  },
};
