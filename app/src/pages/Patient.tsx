// The patient's pages: my consents in plain words, granting one with pickers, revoking with a
// confirmation that it took effect, who looked (emergency accesses highlighted, a notice when a
// new one opens), my records with a verify button, my claims, studies I could join, my guardian.

import { useEffect, useRef, useState } from 'react';

import type { CategoryName, HcAccessLogItem, HcAccessLogPage, HcClaim, HcConsent, HcRecord, HcStudy, PurposeName } from '@healthchain/client';
import { commitment, consentTerms, saltedHash } from '@healthchain/client';

import { CATEGORIES, categoryWords, PURPOSES, SENSITIVE, SENSITIVE_WHY, when } from '../words';
import { orgName, Section, TxButton, useSession } from '../ui';

const STANDARD = (Object.keys(CATEGORIES) as (keyof typeof CATEGORIES)[]).filter((c) => !SENSITIVE.includes(c));

/** Loads `load()` again whenever the account or the chain changed. */
function useChainData<T>(load: () => Promise<T>, deps: unknown[]): T | null {
  const { version, account } = useSession();
  const [data, setData] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    load().then((d) => { if (live) setData(d); }, () => { if (live) setData(null); });
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, account.address, ...deps]);
  return data;
}

function ConsentItem({ consent, onRevoked }: { consent: HcConsent; onRevoked: (text: string) => void }) {
  const session = useSession();
  const categories = consent.categories.map((c) => c.type);
  const reads = consent.maxAccesses.isSome ? `${consent.accesses.toNumber()} of ${consent.maxAccesses.unwrap().toNumber()} reads used` : `${consent.accesses.toNumber()} reads so far, no limit`;
  const confirmRevoked = async () => {
    // The revocation took effect when the chain no longer has the consent and its own evaluation
    // denies what it allowed.
    const left = (await session.api.rpc.healthchain.consentsOf(session.account.address)).consents.some((c) => c.id.eq(consent.id));
    const purpose = consent.purposes[0]?.type;
    const category = categories.find((c) => c !== 'AllStandard') ?? 'Demographics';
    const decision = await session.api.rpc.healthchain.evaluateConsent(session.account.address, consent.organization, purpose, category, 'Read');
    onRevoked(!left && (!decision.permitted.isTrue || !decision.consent.unwrapOr(null)?.eq(consent.id))
      ? `Revoked: ${orgName(session, consent.organization.toNumber())} can no longer use this consent (checked on chain).`
      : 'The revocation is not visible on chain yet.');
  };
  return (
    <li className="consent" data-testid={`consent-${consent.id.toString()}`}>
      <p>
        <strong>{orgName(session, consent.organization.toNumber())}</strong> may{' '}
        {consent.actions.map((a) => (a.type === 'Read' ? 'read' : 'write')).join(' and ')}{' '}
        {categories.map((c) => (SENSITIVE.includes(c as never) ? `${categoryWords(c)} (sensitive)` : categoryWords(c))).join(', ')}{' '}
        for {consent.purposes.map((p) => PURPOSES[p.type as PurposeName] ?? p.type).join(', ')}.
      </p>
      <p className="muted">
        Valid {consent.validFrom.isSome ? `from ${when(consent.validFrom.unwrap().toNumber())}` : 'from when it was granted'}
        {consent.validUntil.isSome ? ` until ${when(consent.validUntil.unwrap().toNumber())}` : ', until you revoke it'}; {reads}. Granted {when(consent.grantedAt.toNumber())}.
      </p>
      <TxButton label="Revoke" testId={`revoke-${consent.id.toString()}`}
        confirm={`Revoke this consent? ${orgName(session, consent.organization.toNumber())} will no longer be able to use it.`}
        build={() => session.api.tx.consent.revokeConsent(consent.id)} onDone={confirmRevoked} />
    </li>
  );
}

function GrantForm() {
  const session = useSession();
  const organizations = useChainData(async () => (await session.api.rpc.healthchain.organizations(null, 100)).items
    .filter((o) => o.status.isActive)
    .map((o) => ({ id: o.id.toNumber(), kind: o.kind.type })), []);
  const [organization, setOrganization] = useState('0');
  const [purposes, setPurposes] = useState<PurposeName[]>(['Treatment']);
  const [allStandard, setAllStandard] = useState(false);
  const [standard, setStandard] = useState<string[]>(['LabResults']);
  const [sensitive, setSensitive] = useState<string[]>([]);
  const [write, setWrite] = useState(false);
  const [until, setUntil] = useState('');
  const [maxReads, setMaxReads] = useState('');
  const toggle = <T,>(list: T[], item: T, set: (l: T[]) => void) => set(list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
  const build = () => {
    const categories = [...(allStandard ? ['AllStandard'] : standard), ...sensitive] as CategoryName[];
    // The consent document stays in the browser; the chain keeps its salted hash.
    const document = JSON.stringify({ organization, purposes, categories, write, until, maxReads, at: new Date().toISOString() });
    const terms = consentTerms({
      purposes,
      categories,
      actions: write ? ['Read', 'Write'] : ['Read'],
      documentHash: saltedHash(document).hash,
      validUntil: until ? new Date(until).getTime() : null,
      maxAccesses: maxReads ? Number(maxReads) : null,
    });
    return session.api.tx.consent.grantConsent(Number(organization), terms);
  };
  return (
    <form onSubmit={(e) => e.preventDefault()} aria-label="Grant a consent">
      <label>Who may use your data
        <select value={organization} onChange={(e) => setOrganization(e.target.value)} data-testid="grant-organization">
          {(organizations ?? []).map((o) => <option key={o.id} value={o.id}>{orgName(session, o.id)} ({o.kind})</option>)}
        </select>
      </label>
      <fieldset>
        <legend>For what</legend>
        {(Object.keys(PURPOSES) as PurposeName[]).map((p) => (
          <label key={p}><input type="checkbox" checked={purposes.includes(p)} onChange={() => toggle(purposes, p, setPurposes)} data-testid={`purpose-${p}`} /> {PURPOSES[p]}</label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Which data</legend>
        <label><input type="checkbox" checked={allStandard} onChange={() => setAllStandard(!allStandard)} data-testid="category-AllStandard" /> all standard categories, present and future (never the sensitive ones)</label>
        {!allStandard && STANDARD.map((c) => (
          <label key={c}><input type="checkbox" checked={standard.includes(c)} onChange={() => toggle(standard, c, setStandard)} data-testid={`category-${c}`} /> {CATEGORIES[c]}</label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Sensitive data (only if you choose it)</legend>
        <p className="muted" id="sensitive-why">{SENSITIVE_WHY}</p>
        {SENSITIVE.map((c) => (
          <label key={c}><input type="checkbox" aria-describedby="sensitive-why" checked={sensitive.includes(c)} onChange={() => toggle(sensitive, c, setSensitive)} data-testid={`category-${c}`} /> {CATEGORIES[c]}</label>
        ))}
      </fieldset>
      <label><input type="checkbox" checked={write} onChange={() => setWrite(!write)} /> they may also add records to your file</label>
      <label>Valid until (optional) <input type="date" value={until} onChange={(e) => setUntil(e.target.value)} /></label>
      <label>At most this many reads (optional) <input type="number" min="1" value={maxReads} onChange={(e) => setMaxReads(e.target.value)} /></label>
      <TxButton label="Grant consent" testId="grant" build={build} />
    </form>
  );
}

function AccessLog() {
  const session = useSession();
  const items = useChainData(async () => {
    const all: HcAccessLogItem[] = [];
    let cursor: number | null = null;
    do {
      const page: HcAccessLogPage = await session.api.rpc.healthchain.accessLog(session.account.address, cursor, 100);
      all.push(...page.items);
      cursor = page.nextCursor.isSome ? page.nextCursor.unwrap().toNumber() : null;
    } while (cursor !== null);
    return all;
  }, []);
  // A notice when an emergency access opens on this patient, while the page is open.
  const [notice, setNotice] = useState<string | null>(null);
  const known = useRef<number | null>(null);
  useEffect(() => {
    let unsubscribe: (() => void) | null = null;
    known.current = null;
    session.api.rpc.chain.subscribeNewHeads(async () => {
      const page = await session.api.rpc.healthchain.accessLog(session.account.address, null, 1000);
      const emergencies = page.items.filter((i) => i.emergency.isSome);
      if (known.current !== null && emergencies.length > known.current) {
        const last = emergencies[emergencies.length - 1];
        const what = last.category.isSome ? `your ${categoryWords(last.category.unwrap().type)}` : 'an emergency access to your data';
        setNotice(`Emergency access: ${orgName(session, last.organization.toNumber())} ${last.category.isSome ? 'read' : 'opened'} ${what} at ${when(last.at.toNumber())}. A privacy officer will review it.`);
        session.changed();
      }
      known.current = emergencies.length;
    }).then((u) => { unsubscribe = u; });
    return () => unsubscribe?.();
  }, [session.api, session.account.address]);
  return (
    <>
      {notice && <p role="alert" className="notice" data-testid="emergency-notice">{notice}</p>}
      {items === null ? <p>Loading…</p> : items.length === 0 ? <p>No one has read your data.</p> : (
        <table data-testid="access-log">
          <caption>Who read your data, oldest first</caption>
          <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Why</th><th scope="col">On what basis</th></tr></thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.index.toString()} className={i.emergency.isSome ? 'emergency' : undefined}>
                <td>{when(i.at.toNumber())}</td>
                <td>{orgName(session, i.organization.toNumber())}, <code title={i.accessor.toString()}>{i.accessor.toString().slice(0, 8)}…</code></td>
                <td>{i.category.isSome ? categoryWords(i.category.unwrap().type) : '—'}</td>
                <td>{PURPOSES[i.purpose.type as PurposeName] ?? i.purpose.type}</td>
                <td>{i.emergency.isSome
                  ? <strong>Emergency access #{i.emergency.unwrap().toString()}: {i.review.isSome ? `review ${i.review.unwrap().status.type}` : 'review pending'}</strong>
                  : `your consent #${i.consent.unwrapOr(0).toString()}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function Records() {
  const session = useSession();
  const records = useChainData(async () => (await session.api.rpc.healthchain.recordsOf(session.account.address, null, 100)).items, []);
  const [file, setFile] = useState<File | null>(null);
  const [salt, setSalt] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const verify = async () => {
    if (!file) return setResult('Choose the document first.');
    try {
      const value = commitment(salt.trim(), new Uint8Array(await file.arrayBuffer()));
      const found = await session.api.rpc.healthchain.recordByCommitment(session.account.address, value);
      if (found.isNone) return setResult('Not found: no record of yours has this document (the document or its key differs from what was anchored).');
      const r = found.unwrap();
      setResult(r.status.isCurrent
        ? `Verified: this is record #${r.id.toString()} (${categoryWords(r.category.type)}), version ${r.version.toString()}, anchored ${when(r.anchoredAt.toNumber())}, current.`
        : `Anchored as record #${r.id.toString()}, but ${r.status.type === 'Superseded' ? 'a newer version replaces it' : r.status.type === 'Erased' ? 'it was erased' : 'it was marked as entered in error'}.`);
    } catch (e) {
      setResult(`Cannot check: ${(e as Error).message}`);
    }
  };
  return (
    <>
      {records && (records.length === 0 ? <p>No records anchored for you.</p> : (
        <ul>{records.map((r: HcRecord) => (
          <li key={r.id.toString()}>#{r.id.toString()} {categoryWords(r.category.type)}{r.fhirType.isSome ? ` (${r.fhirType.unwrap().type})` : ''}, version {r.version.toString()}, {r.status.type}, anchored {when(r.anchoredAt.toNumber())}{r.organization.isSome ? ` by ${orgName(session, r.organization.unwrap().toNumber())}` : ''}</li>
        ))}</ul>
      ))}
      <form onSubmit={(e) => { e.preventDefault(); void verify(); }} aria-label="Verify a document">
        <label>A document you hold <input type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="verify-file" /></label>
        <label>Its key (salt, 0x + 64 hex digits) <input value={salt} onChange={(e) => setSalt(e.target.value)} data-testid="verify-salt" /></label>
        <button type="submit" data-testid="verify">Verify</button>
        {result && <p role="status" data-testid="verify-result">{result}</p>}
      </form>
      <p className="muted">The document is read in your browser only; nothing but its commitment is compared with the chain.</p>
    </>
  );
}

function Claims() {
  const session = useSession();
  const claims = useChainData(async () => (await session.api.rpc.healthchain.claimsOfPatient(session.account.address, null, 100)).items, []);
  if (!claims) return <p>Loading…</p>;
  if (claims.length === 0) return <p data-testid="claims">No claims for your care.</p>;
  const money = (v: { toBigInt(): bigint }) => `${(Number(v.toBigInt()) / 1e12).toFixed(2)} HCT`;
  return (
    <table data-testid="claims">
      <caption>Your claims</caption>
      <thead><tr><th scope="col">Claim</th><th scope="col">Provider</th><th scope="col">Status</th><th scope="col">The plan pays</th><th scope="col">You pay</th><th scope="col">Paid</th></tr></thead>
      <tbody>{claims.map((c: HcClaim) => (
        <tr key={c.id.toString()}><td>#{c.id.toString()}</td><td>{orgName(session, c.provider.toNumber())}</td><td>{c.status.type}</td><td>{money(c.payerTotal)}</td><td>{money(c.patientTotal)}</td><td>{money(c.paid)}</td></tr>
      ))}</tbody>
    </table>
  );
}

function Studies() {
  const session = useSession();
  const studies = useChainData(async () => (await session.api.rpc.healthchain.studies('Active', null, null, 100)).items, []);
  if (!studies) return <p>Loading…</p>;
  if (studies.length === 0) return <p>No study is recruiting.</p>;
  return (
    <ul>{studies.map((s: HcStudy) => (
      <li key={s.id.toString()}>
        Study #{s.id.toString()} of {orgName(session, s.institution.toNumber())}: uses {s.categories.map((c) => categoryWords(c.type)).join(', ')} under DUO {s.duo.toString()}{s.modifiers.length ? ` (${s.modifiers.map((m) => m.type).join(', ')})` : ''}; {s.cohort.toNumber()} taking part; ends {when(s.endsAt.toNumber())}.{' '}
        <TxButton label="Join" testId={`join-${s.id.toString()}`} build={() => session.api.tx.research.optIn(s.id)} />{' '}
        <TxButton label="Withdraw" testId={`withdraw-${s.id.toString()}`} confirm="Withdraw from this study? It will not receive your data from now on." build={() => session.api.tx.research.withdraw(s.id)} />
      </li>
    ))}</ul>
  );
}

function Guardian() {
  const session = useSession();
  const guardian = useChainData(async () => (await session.api.query.consent.guardians(session.account.address)).unwrapOr(null)?.toString() ?? null, []);
  const [next, setNext] = useState('');
  return (
    <>
      <p data-testid="guardian">{guardian ? `Your guardian: ${guardian}. They can grant and revoke consents for you.` : 'You have not appointed a guardian.'}</p>
      <label>Appoint a guardian (their account) <input value={next} onChange={(e) => setNext(e.target.value)} data-testid="guardian-account" /></label>
      <TxButton label="Appoint" testId="appoint-guardian" build={() => (next ? session.api.tx.consent.setGuardian(session.account.address, next) : null)} />
      {guardian && <TxButton label="Remove my guardian" confirm="Remove your guardian?" build={() => session.api.tx.consent.setGuardian(session.account.address, null)} />}
    </>
  );
}

export function PatientPage() {
  const session = useSession();
  const consents = useChainData(async () => (await session.api.rpc.healthchain.consentsOf(session.account.address)).consents, []);
  const [revoked, setRevoked] = useState<string | null>(null);
  return (
    <>
      <Section title="My consents">
        {revoked && <p role="status" data-testid="revoked">{revoked}</p>}
        {consents === null ? <p>Loading…</p> : consents.length === 0 ? <p data-testid="consents">You have not consented to anyone.</p> : (
          <ul data-testid="consents">{consents.map((c) => <ConsentItem key={c.id.toString()} consent={c} onRevoked={setRevoked} />)}</ul>
        )}
      </Section>
      <Section title="Grant a consent"><GrantForm /></Section>
      <Section title="Who read my data"><AccessLog /></Section>
      <Section title="My records"><Records /></Section>
      <Section title="My claims"><Claims /></Section>
      <Section title="Studies I could join"><Studies /></Section>
      <Section title="My guardian"><Guardian /></Section>
    </>
  );
}

