// Compiled by `npm run typecheck:usage` (tsc --noEmit), never run: the package's types as a
// dApp uses them. A change of the runtime or of the method list that breaks these lines fails
// the type check.
import type { ApiPromise } from '@polkadot/api';

import type { HcDecision, HcOrganization, HcStudy } from '../../src/index.js';
import { consentTerms } from '../../src/index.js';

export async function usage(api: ApiPromise, patient: string): Promise<bigint> {
  const org = await api.rpc.healthchain.organization(0);
  const hospital: HcOrganization = org.unwrap();
  const isProvider: boolean = hospital.kind.isProvider;
  const decision: HcDecision = await api.rpc.healthchain.evaluateConsent(patient, 0, 'Treatment', 'LabResults', 'Read');
  const page = await api.rpc.healthchain.studies('Active', null, null, 10);
  const first: HcStudy | undefined = page.items[0];
  const tx = api.tx.consent.grantConsent(0, consentTerms({ purposes: ['Treatment'], categories: ['AllStandard'], documentHash: `0x${'00'.repeat(32)}` }));
  const account = await api.query.system.account(patient);
  void [isProvider, decision.permitted.isTrue, first?.cohort.toNumber(), tx.method.section];
  return account.data.free.toBigInt() + hospital.deposit.toBigInt();
}
