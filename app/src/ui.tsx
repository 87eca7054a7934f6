// Small pieces every page uses: the transaction's progress, a labelled section, names.

import { createContext, useContext, useState } from 'react';

import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';

import type { Account, TxState } from './chain';
import { send } from './chain';

export interface Session {
  api: ApiPromise;
  account: Account;
  names: Record<string, string>;
  /** Bumped after each finalized transaction: pages reload what they show. */
  version: number;
  changed: () => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('no session');
  return session;
}

export function orgName(session: Session, id: number | string): string {
  return session.names[String(id)] ?? `Organization ${String(id)}`;
}

const STAGES: Record<TxState['stage'], string> = {
  signing: 'Signing…',
  sent: 'Sent, waiting for a block…',
  inBlock: 'In a block, waiting for finality…',
  finalized: 'Done: finalized on chain.',
  failed: 'Failed',
};

/** A button that sends a transaction and shows its progress and outcome (a live region). */
export function TxButton(props: {
  label: string;
  build: () => SubmittableExtrinsic<'promise'> | null;
  confirm?: string;
  onDone?: () => void | Promise<void>;
  testId?: string;
}) {
  const session = useSession();
  const [state, setState] = useState<TxState | null>(null);
  const busy = state !== null && state.stage !== 'finalized' && state.stage !== 'failed';
  const run = async () => {
    if (props.confirm && !window.confirm(props.confirm)) return;
    const tx = props.build();
    if (!tx) return;
    const final = await send(session.api, tx, session.account, setState);
    if (final.stage === 'finalized') {
      await props.onDone?.();
      session.changed();
    }
  };
  return (
    <span className="tx">
      <button type="button" onClick={run} disabled={busy} data-testid={props.testId}>{props.label}</button>
      {state && (
        <span role="status" aria-live="polite" className={`tx-${state.stage}`} data-testid={props.testId ? `${props.testId}-status` : undefined}>
          {STAGES[state.stage]}{state.error ? `: ${state.error}` : ''}
        </span>
      )}
    </span>
  );
}

export function Section(props: { title: string; children: React.ReactNode; id?: string }) {
  const id = props.id ?? props.title.toLowerCase().replace(/[^a-z]+/g, '-');
  return (
    <section aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{props.title}</h2>
      {props.children}
    </section>
  );
}
