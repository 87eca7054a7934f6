// HealthChain's web app: pick an account (a wallet extension's, or a dev key on a dev chain),
// then the patient's, the clinician's or the privacy officer's page.

import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';

import type { ApiPromise } from '@polkadot/api';

import type { Account } from './chain';
import { loadAccounts, NODE_URL, openChain } from './chain';
import { ClinicianPage, PrivacyOfficerPage } from './pages/Clinician';
import { PatientPage } from './pages/Patient';
import { SessionContext } from './ui';
import './style.css';

type View = 'patient' | 'clinician' | 'officer';
const VIEWS: Record<View, string> = { patient: 'Patient', clinician: 'Clinician', officer: 'Privacy officer' };

function App() {
  const [api, setApi] = useState<ApiPromise | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [address, setAddress] = useState<string>(() => new URLSearchParams(window.location.search).get('account') ?? '');
  const [view, setView] = useState<View>(() => (new URLSearchParams(window.location.search).get('view') as View) ?? 'patient');
  const [names, setNames] = useState<Record<string, string>>({});
  const [version, setVersion] = useState(0);

  useEffect(() => {
    openChain().then(async (connected) => {
      setApi(connected);
      setAccounts(await loadAccounts(connected));
    }, (e: Error) => setError(`Cannot reach the node at ${NODE_URL}: ${e.message}`));
    fetch('/directory.json').then((r) => r.json()).then((d) => setNames(d.organizations ?? {}), () => {});
  }, []);

  const account = accounts.find((a) => a.address === address || a.name.startsWith(`${address} `)) ?? null;
  const session = useMemo(() => (api && account ? { api, account, names, version, changed: () => setVersion((v) => v + 1) } : null), [api, account, names, version]);

  return (
    <>
      <header>
        <h1>HealthChain</h1>
        <p className="muted">Your consents, who read your data, and why. Connected to <code>{NODE_URL}</code>{api ? '' : '…'}</p>
        {error && <p role="alert">{error}</p>}
        <label>Account
          <select value={account?.address ?? ''} onChange={(e) => setAddress(e.target.value)} data-testid="account">
            <option value="">Choose an account</option>
            {accounts.map((a) => <option key={a.address} value={a.address}>{a.name}</option>)}
          </select>
        </label>
        <nav aria-label="Views">
          {(Object.keys(VIEWS) as View[]).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)} data-testid={`view-${v}`}>{VIEWS[v]}</button>
          ))}
        </nav>
      </header>
      <main>
        {!session ? <p>{api ? 'Choose an account.' : 'Connecting…'}</p> : (
          <SessionContext.Provider value={session}>
            {view === 'patient' && <PatientPage />}
            {view === 'clinician' && <ClinicianPage />}
            {view === 'officer' && <PrivacyOfficerPage />}
          </SessionContext.Provider>
        )}
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
