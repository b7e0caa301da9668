import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, countRows } from '../../../test/harness.ts';
import { queryRows } from '../../db/database.ts';
import { type IntakeTest, useIntakeTest } from './intake.fixtures.ts';

const { f, consented, board, setFreePlaces, create, url, auditOf } = useIntakeTest();
let t: IntakeTest['t'];
let navigator: Client;
let chef: Client;
let nurse: Client;
let kumlaUnit: IntakeTest['kumlaUnit'];
beforeAll(() => {
  ({ t, navigator, chef, nurse, kumlaUnit } = f);
});

// Places: the cap, concurrent enrolments, the waiting list and offers when a place frees.
describe('the last free place', () => {
  it('goes to exactly one of 20 concurrent enrolments; the other 19 are refused clearly', async () => {
    const candidates = [];
    for (let i = 0; i < 20; i++) candidates.push(await consented());
    await setFreePlaces(1);
    const patientsBefore = await countRows(t.database, 'patients');
    const answers = await Promise.all(
      candidates.map((c, i) => (i % 2 === 0 ? navigator : chef).post(url(c.id, '/enrol'), { note: null })),
    );
    const ok = answers.filter((a) => a.status === 200);
    const refusedAnswers = answers.filter((a) => a.status !== 200);
    expect(ok).toHaveLength(1);
    expect(refusedAnswers).toHaveLength(19);
    for (const a of refusedAnswers) {
      expect(a.status).toBe(409);
      expect(a.body.code).toBe('unit_full');
      expect(a.body.detail).toContain('ingen ledig plats');
    }
    expect(await countRows(t.database, 'patients')).toBe(patientsBefore + 1);
    const { capacity } = await board();
    expect(capacity).toMatchObject({ free: 0 });
    expect(capacity.enrolled + capacity.offered).toBe(capacity.cap);
    for (const c of candidates)
      await navigator.post(url(c.id, '/close'), { reason: 'other', note: 'Test klart.' });
    await setFreePlaces(10);
  });
});

describe('freeing a place', () => {
  it('offers it to the longest waiting when consent is withdrawn, then to the next when the offer is declined', async () => {
    const member = await consented();
    expect((await navigator.post(url(member.id, '/enrol'), {})).status).toBe(200);
    await setFreePlaces(0);
    const first = await consented();
    const second = await consented();
    expect((await navigator.post(url(first.id, '/waiting-list'), {})).body.waitingPosition).toBe(1);
    expect((await navigator.post(url(second.id, '/waiting-list'), {})).body.waitingPosition).toBe(2);
    // A newly consented person cannot jump the queue even when a place frees.
    const late = await consented();

    const withdrawn = await navigator.post(url(member.id, '/consents/withdraw'), {
      reason: 'Vill inte vara med längre.',
    });
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    expect(withdrawn.body).toMatchObject({
      stage: 'exited',
      exitReason: 'consent_withdrawn',
      nextActions: [],
    });
    expect(withdrawn.body.consents[0]).toMatchObject({
      active: false,
      withdrawnReason: 'Vill inte vara med längre.',
    });
    expect(withdrawn.body.consents[0].withdrawnAt).toBeTruthy();
    // the record stays (read by the navigator who handled the intake: a care relationship, issue 16)
    expect((await navigator.get(`/api/patients/${withdrawn.body.patientId}`)).status).toBe(200);

    const offered = (await navigator.get(url(first.id))).body;
    expect(offered).toMatchObject({
      stage: 'offered',
      waitingPosition: null,
      nextActions: expect.arrayContaining(['enrol', 'declineOffer']),
    });
    expect(offered.events.at(-1)).toMatchObject({
      kind: 'offered',
      fromStage: 'waiting_list',
      toStage: 'offered',
      byName: 'Elsa Lotsberg',
    });
    expect((await navigator.get(url(second.id))).body.waitingPosition).toBe(1);
    expect((await board()).capacity).toMatchObject({ free: 0, offered: 1, waiting: 1 });
    const jump = await navigator.post(url(late.id, '/enrol'), {});
    expect(jump.status).toBe(409);
    expect(jump.body.code).toBe('waiting_list_first');
    const offeredAudit = await auditOf(first.id);
    expect(offeredAudit.at(-2)).toMatchObject({
      action: 'update',
      detail: { step: 'offered', automatic: true },
    });

    const declined = await navigator.post(url(first.id, '/decline-offer'), { note: 'Vill vänta ett år.' });
    expect(declined.body).toMatchObject({ stage: 'closed', closeReason: 'declined' });
    expect((await navigator.get(url(second.id))).body.stage).toBe('offered');
    const took = await navigator.post(url(second.id, '/enrol'), {});
    expect(took.body.stage).toBe('enrolled');

    // Exit frees the place; with nobody waiting it stays free.
    const exited = await navigator.post(url(second.id, '/exit'), {
      reason: 'moved_away',
      note: 'Flyttar till Göteborg.',
    });
    expect(exited.body).toMatchObject({ stage: 'exited', exitReason: 'moved_away' });
    expect((await board()).capacity).toMatchObject({ free: 1, offered: 0, waiting: 0 });
    expect((await navigator.post(url(late.id, '/enrol'), {})).body.stage).toBe('enrolled');
    await setFreePlaces(10);
  });

  it('closes an early registration when consent is withdrawn before enrolment', async () => {
    const c = await consented();
    const res = await navigator.post(url(c.id, '/consents/withdraw'), { reason: 'Ångrat sig.' });
    expect(res.body).toMatchObject({ stage: 'closed', closeReason: 'consent_withdrawn' });
    const noConsent = await navigator.post(url((await create()).id, '/consents/withdraw'), { reason: 'x' });
    expect(noConsent.status).toBe(409);
  });

  it('links a patient listed before intake instead of creating a second record', async () => {
    const [existing] = await queryRows<{ id: string; identity_number: string }>(
      t.database.db,
      sql`select p.id, p.identity_number from patients p where p.unit_id = ${kumlaUnit.id}
          and not exists (select 1 from intake_registrations r where r.patient_id = p.id) order by p.created_at limit 1`,
    );
    const c = await consented({ identityNumber: existing!.identity_number });
    const patients = await countRows(t.database, 'patients');
    const enrolled = await navigator.post(url(c.id, '/enrol'), {});
    expect(enrolled.body).toMatchObject({ stage: 'enrolled', patientId: existing!.id });
    expect(await countRows(t.database, 'patients')).toBe(patients);
  });
});
