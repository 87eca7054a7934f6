// The clinician's and the privacy officer's pages: check whether a consent permits a read before
// doing it (and record the read), open an emergency access with a reason, review the pending ones.

import { useEffect, useState } from 'react';

import type { CategoryName, HcEmergencyAccess, PurposeName } from '@healthchain/client';
import { saltedHash } from '@healthchain/client';

import { CATEGORIES, categoryWords, DENY_REASONS, EMERGENCY_REASONS, PURPOSES, when } from '../words';
import { orgName, Section, TxButton, useSession } from '../ui';

/** The organizations the account serves with `role`. */
function useOrganizations(role: string): number[] {
  const session = useSession();
  const [orgs, setOrgs] = useState<number[]>([]);
  useEffect(() => {
    session.api.rpc.healthchain.rolesOf(session.account.address).then((r) => setOrgs(
      r.memberships.filter((m) => m.organizationActive.isTrue && !m.expired.isTrue && m.roles.some((x) => x.type === role)).map((m) => m.organization.toNumber()),
    ));
  }, [session.api, session.account.address, role]);
  return orgs;
}

function OrganizationPicker({ orgs, value, onChange, testId }: { orgs: number[]; value: number; onChange: (v: number) => void; testId: string }) {
  const session = useSession();
  return (
    <label>For the organization
      <select value={value} onChange={(e) => onChange(Number(e.target.value))} data-testid={testId}>
        {orgs.map((o) => <option key={o} value={o}>{orgName(session, o)}</option>)}
      </select>
    </label>
  );
}

export function ClinicianPage() {
  const session = useSession();
  const orgs = useOrganizations('Clinician');
  const [organization, setOrganization] = useState(0);
  useEffect(() => { if (orgs.length && !orgs.includes(organization)) setOrganization(orgs[0]); }, [orgs, organization]);
  const [patient, setPatient] = useState('');
  const [purpose, setPurpose] = useState<PurposeName>('Treatment');
  const [category, setCategory] = useState<Exclude<CategoryName, 'AllStandard'>>('LabResults');
  const [decision, setDecision] = useState<{ permitted: boolean; text: string } | null>(null);
  const [reason, setReason] = useState('LifeThreatening');
  const [justification, setJustification] = useState('');
  if (orgs.length === 0) return <p>This account is not a clinician of any active organization.</p>;
  const check = async () => {
    setDecision(null);
    try {
      const d = await session.api.rpc.healthchain.evaluateConsent(patient.trim(), organization, purpose, category, 'Read');
      setDecision(d.permitted.isTrue
        ? { permitted: true, text: `Permitted by the patient's consent #${d.consent.unwrap().toString()}.` }
        : { permitted: false, text: `Denied: ${DENY_REASONS[d.reason.unwrap().type] ?? d.reason.unwrap().type}.` });
    } catch (e) {
      setDecision({ permitted: false, text: `Cannot check: ${(e as Error).message}` });
    }
  };
  return (
    <>
      <Section title="Check before reading">
        <form onSubmit={(e) => { e.preventDefault(); void check(); }} aria-label="Check a consent">
          <OrganizationPicker orgs={orgs} value={organization} onChange={setOrganization} testId="check-organization" />
          <label>Patient (account) <input value={patient} onChange={(e) => { setPatient(e.target.value); setDecision(null); }} data-testid="check-patient" /></label>
          <label>Purpose <select value={purpose} onChange={(e) => setPurpose(e.target.value as PurposeName)}>{(Object.keys(PURPOSES) as PurposeName[]).map((p) => <option key={p} value={p}>{PURPOSES[p]}</option>)}</select></label>
          <label>Data <select value={category} onChange={(e) => setCategory(e.target.value as Exclude<CategoryName, 'AllStandard'>)} data-testid="check-category">{Object.keys(CATEGORIES).map((c) => <option key={c} value={c}>{categoryWords(c)}</option>)}</select></label>
          <button type="submit" data-testid="check">Check</button>
        </form>
        {decision && <p role="status" data-testid="check-result" className={decision.permitted ? 'ok' : 'denied'}>{decision.text}</p>}
        {decision?.permitted && (
          <TxButton label="Record the read" testId="record-read"
            build={() => session.api.tx.consent.recordAccess(organization, patient.trim(), purpose, category, null)} />
        )}
      </Section>
      <Section title="Emergency access">
        <p className="muted">Break-glass: read without consent when the patient cannot give it. Every read is logged, the patient is told, and a privacy officer reviews it.</p>
        <form onSubmit={(e) => e.preventDefault()} aria-label="Open an emergency access">
          <label>Patient (account) <input value={patient} onChange={(e) => setPatient(e.target.value)} data-testid="emergency-patient" /></label>
          <label>Reason <select value={reason} onChange={(e) => setReason(e.target.value)} data-testid="emergency-reason">{Object.entries(EMERGENCY_REASONS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}</select></label>
          <label>Justification (stays with you; the chain keeps its salted hash) <textarea value={justification} onChange={(e) => setJustification(e.target.value)} data-testid="emergency-justification" /></label>
          <TxButton label="Open emergency access" testId="emergency-open"
            build={() => (patient && justification ? session.api.tx.consent.openEmergencyAccess(organization, patient.trim(), reason, saltedHash(justification).hash) : null)} />
        </form>
      </Section>
    </>
  );
}

export function PrivacyOfficerPage() {
  const session = useSession();
  const orgs = useOrganizations('PrivacyOfficer');
  const [pending, setPending] = useState<HcEmergencyAccess[] | null>(null);
  const [reports, setReports] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all(orgs.map((o) => session.api.rpc.healthchain.pendingReviews(o, null, 100)))
      .then((pages) => { if (live) setPending(pages.flatMap((p) => [...p.items])); });
    return () => { live = false; };
  }, [session.api, orgs, session.version]);
  if (orgs.length === 0) return <p>This account is not a privacy officer of any active organization.</p>;
  return (
    <Section title="Emergency accesses to review">
      {done && <p role="status" data-testid="reviewed">{done}</p>}
      {pending === null ? <p>Loading…</p> : pending.length === 0 ? <p data-testid="no-pending">Nothing to review.</p> : (
        <ul data-testid="pending">{pending.map((a) => {
          const id = a.id.toString();
          return (
            <li key={id} data-testid={`pending-${id}`}>
              #{id}: {orgName(session, a.organization.toNumber())}'s clinician <code>{a.clinician.toString().slice(0, 8)}…</code> opened patient <code>{a.patient.toString().slice(0, 8)}…</code>'s data at {when(a.openedAt.toNumber())} for {EMERGENCY_REASONS[a.reason.type] ?? a.reason.type}; {a.reads.toNumber()} reads.
              <label>Your report (stays with you; the chain keeps its salted hash) <input value={reports[id] ?? ''} onChange={(e) => setReports({ ...reports, [id]: e.target.value })} data-testid={`report-${id}`} /></label>
              <TxButton label="Justified" testId={`justified-${id}`} onDone={() => setDone(`Emergency access #${id} reviewed as justified, on chain.`)} build={() => session.api.tx.consent.reviewEmergencyAccess(a.id, 'Justified', saltedHash(reports[id] ?? `review of ${id}`).hash)} />{' '}
              <TxButton label="Misuse" testId={`misuse-${id}`} confirm="Record this access as misuse?" onDone={() => setDone(`Emergency access #${id} reviewed as misuse, on chain.`)} build={() => session.api.tx.consent.reviewEmergencyAccess(a.id, 'Misuse', saltedHash(reports[id] ?? `review of ${id}`).hash)} />
            </li>
          );
        })}</ul>
      )}
    </Section>
  );
}
