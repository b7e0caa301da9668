import { makeTestIdentityNumber } from '@lotsa/contracts';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, countRows } from '../../../test/harness.ts';
import { queryRows } from '../../db/database.ts';
import { localToday } from '../../lib/time.ts';
import { type AuditRow, type IntakeTest, useIntakeTest } from './intake.fixtures.ts';

const {
  f,
  adultNumber,
  registration,
  mapping,
  consent,
  eligible,
  url,
  create,
  consented,
  board,
  setFreePlaces,
  auditOf,
  snapshot,
} = useIntakeTest();
let t: IntakeTest['t'];
let navigator: Client;
let chef: Client;
let doctor: Client;
let nurse: Client;
let ot: Client;
let admin: Client;
let sormland: Client;
let kumlaUnit: IntakeTest['kumlaUnit'];
beforeAll(() => {
  ({ t, navigator, chef, doctor, nurse, ot, admin, sormland, kumlaUnit } = f);
});

describe('the whole flow', () => {
  it('takes a staff registration through first call, needs mapping, decision and consent to enrolment', async () => {
    const before = (await board()).capacity;
    const r = await create();
    expect(r).toMatchObject({
      stage: 'received',
      channel: 'staff',
      daysInStage: 0,
      patientId: null,
      nextActions: ['bookFirstCall', 'recordFirstCall', 'close'],
    });
    expect(r.reference).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(Object.fromEntries(r.criteria.map((c: any) => [c.criterion, c.result]))).toEqual({
      adult: 'met',
      catchment_area: 'met',
      target_group: 'met',
      reduced_autonomy_or_communication: 'unknown',
      several_care_actors: 'unknown',
    });

    const booked = await navigator.post(url(r.id, '/first-call'), {
      at: '2030-01-15T09:30:00+01:00',
      note: 'Ringer mamma.',
    });
    expect(booked.body).toMatchObject({
      stage: 'first_call_booked',
      firstCallAt: '2030-01-15T08:30:00.000Z',
    });
    // A doctor may record the needs mapping.
    const mapped = await doctor.put(url(r.id, '/needs-mapping'), mapping);
    expect(mapped.status).toBe(200);
    expect(mapped.body.stage).toBe('needs_mapped');
    expect(mapped.body.criteria.every((c: any) => c.result === 'met')).toBe(true);
    expect(mapped.body.nextActions).toEqual(['recordFirstCall']); // the doctor may only update the mapping
    const decided = await navigator.post(url(r.id, '/decision'), eligible);
    expect(decided.body).toMatchObject({
      stage: 'eligible',
      decision: { decision: 'eligible', decidedBy: 'Elsa Lotsberg', catchmentOverride: false },
      nextActions: expect.arrayContaining(['recordConsent']),
    });
    const consentGiven = await navigator.post(url(r.id, '/consents'), consent());
    expect(consentGiven.body).toMatchObject({
      stage: 'consented',
      nextActions: expect.arrayContaining(['enrol']),
    });
    expect(consentGiven.body.consents).toEqual([
      expect.objectContaining({
        givenBy: 'representative',
        active: true,
        withdrawnAt: null,
        recordedBy: 'Elsa Lotsberg',
      }),
    ]);

    const enrolled = await chef.post(url(r.id, '/enrol'), { note: 'Välkommen!' });
    expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(200);
    expect(enrolled.body).toMatchObject({
      stage: 'enrolled',
      nextActions: ['recordConsent', 'withdrawConsent', 'exit'],
    });
    const patientId = enrolled.body.patientId as string;
    expect(patientId).toBeTruthy();
    expect(enrolled.body.events.map((e: any) => e.kind)).toEqual([
      'registered',
      'first_call_booked',
      'first_call_recorded',
      'decided',
      'consent_recorded',
      'enrolled',
    ]);
    expect(enrolled.body.events.at(-1)).toMatchObject({
      fromStage: 'consented',
      toStage: 'enrolled',
      byName: 'Cecilia Chefsson',
    });

    // Read by the navigator who handled the intake (a care relationship, issue 16).
    const patient = await navigator.get(`/api/patients/${patientId}`);
    expect(patient.body).toMatchObject({
      givenName: 'Intag',
      familyName: r.person.familyName,
      unitId: kumlaUnit.id,
      diagnoses: ['Q90', 'F71'],
    });
    const timeline = await navigator.get(`/api/patients/${patientId}/intake`);
    expect(timeline.status).toBe(200);
    expect(timeline.body).toHaveLength(1);
    expect(timeline.body[0].events).toHaveLength(6);
    expect((await board()).capacity).toMatchObject({ enrolled: before.enrolled + 1, free: before.free - 1 });

    const audit = await auditOf(r.id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update', 'update', 'update', 'update']);
    expect(audit[5]).toMatchObject({ user_id: chef.me.user.id, patient_ids: [patientId] });
    expect(audit.every((a) => a.entity === 'intake_registration')).toBe(true);
    const patientAudit = await auditOf(patientId);
    expect(patientAudit[0]).toMatchObject({
      action: 'create',
      entity: 'patient',
      detail: { enrolledFrom: r.id },
    });
    // The patient page's timeline read is logged on the patient, naming the registrations shown.
    expect(patientAudit.find((a) => a.action === 'read' && a.entity === 'intake_registration')).toMatchObject(
      {
        user_id: navigator.me.user.id,
        patient_ids: [patientId],
        detail: { registrationIds: [r.id] },
      },
    );
  });

  it('shows the board by stage with waiting times, filters by stage and municipality, and logs the list', async () => {
    const r = await create(navigator, {}, { municipalityCode: '1882' });
    const all = await board();
    expect(all.capacity).toMatchObject({ unitId: kumlaUnit.id });
    const card = all.registrations.find((x: any) => x.id === r.id);
    expect(card).toMatchObject({
      stage: 'received',
      daysInStage: 0,
      daysSinceReceived: 0,
      municipalityCode: '1882',
    });
    expect(card.person).toBeUndefined(); // a card, not the whole registration
    const order = [
      'received',
      'first_call_booked',
      'needs_mapped',
      'eligible',
      'not_eligible',
      'consented',
      'waiting_list',
      'offered',
      'enrolled',
    ];
    const ranks = all.registrations.map((x: any) => order.indexOf(x.stage));
    expect(ranks).toEqual([...ranks].sort((a: number, b: number) => a - b));
    const filtered = await board(navigator, '?municipalityCode=1882&stage=received');
    expect(filtered.registrations.length).toBeGreaterThan(0);
    expect(
      filtered.registrations.every((x: any) => x.municipalityCode === '1882' && x.stage === 'received'),
    ).toBe(true);
    const [last] = await queryRows<AuditRow>(
      t.database.db,
      sql`select user_id, action, entity, detail from audit_log order by id desc limit 1`,
    );
    expect(last).toMatchObject({
      action: 'list',
      entity: 'intake_registration',
      user_id: navigator.me.user.id,
    });
    expect([...last!.detail.registrationIds].sort()).toEqual(
      filtered.registrations.map((x: any) => x.id).sort(),
    );
  });

  it('lets the navigator correct a registration and add notes to the timeline', async () => {
    const r = await create(navigator, {}, { identityNumber: null });
    const patched = await navigator.patch(url(r.id), {
      person: { identityNumber: adultNumber() },
      diagnoses: ['G80.1'],
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body.person.identityNumber).toMatch(/^[0-9]{12}$/);
    expect(patched.body.diagnoses).toEqual(['G80.1']);
    expect(patched.body.events.at(-1)).toMatchObject({
      kind: 'note',
      note: expect.stringContaining('personnummer'),
    });
    const noted = await navigator.post(url(r.id, '/notes'), { note: 'Sökte mamma, inget svar.' });
    expect(noted.body.events.at(-1)).toMatchObject({ kind: 'note', note: 'Sökte mamma, inget svar.' });
    expect(noted.body.stage).toBe('received');
  });
});

describe('refusals change nothing', () => {
  async function refused(
    res: { status: number; body: any; headers: Record<string, unknown> },
    status: number,
    code: string,
  ) {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe(code);
    expect(res.body.detail.length).toBeGreaterThan(20);
  }

  it('refuses enrolment without a decision or consent, and consent without a decision', async () => {
    const r = await create();
    const before = await snapshot();
    await refused(await navigator.post(url(r.id, '/enrol'), {}), 409, 'no_decision');
    await refused(await navigator.post(url(r.id, '/consents'), consent()), 409, 'no_decision');
    await refused(await navigator.post(url(r.id, '/decision'), eligible), 409, 'needs_mapping_first');
    await refused(await navigator.post(url(r.id, '/exit'), { reason: 'moved_away' }), 409, 'not_enrolled');
    expect(await snapshot()).toEqual(before);
    await navigator.put(url(r.id, '/needs-mapping'), mapping);
    await navigator.post(url(r.id, '/decision'), eligible);
    const again = await snapshot();
    const res = await navigator.post(url(r.id, '/enrol'), {}, { 'accept-language': 'en' });
    await refused(res, 409, 'no_consent');
    expect(await snapshot()).toEqual(again);
    expect((await navigator.get(url(r.id))).body.stage).toBe('eligible');
  });

  it('answers in the user’s language', async () => {
    const r = await create();
    const sv = await navigator.post(url(r.id, '/enrol'), {});
    expect(sv.body.detail).toContain('Listning kräver');
    await navigator.put('/api/auth/locale', { locale: 'en' });
    const en = await navigator.post(url(r.id, '/enrol'), {});
    expect(en.body.detail).toContain('Enrolment needs');
    await navigator.put('/api/auth/locale', { locale: 'sv' });
  });

  it('accepts someone outside the catchment area only with an override and a written reason', async () => {
    const r = await create(navigator, {}, { municipalityCode: '1880' });
    await navigator.put(url(r.id, '/needs-mapping'), mapping);
    expect((await navigator.get(url(r.id))).body.criteria[1]).toMatchObject({
      criterion: 'catchment_area',
      result: 'not_met',
    });
    const before = await snapshot();
    await refused(await navigator.post(url(r.id, '/decision'), eligible), 400, 'outside_catchment');
    await refused(
      await navigator.post(url(r.id, '/decision'), { ...eligible, catchmentOverride: true }),
      400,
      'override_reason_required',
    );
    expect(await snapshot()).toEqual(before);
    const ok = await navigator.post(url(r.id, '/decision'), {
      ...eligible,
      catchmentOverride: true,
      overrideReason: 'Flyttar till Kumla i maj; habiliteringen i Kumla redan ansvarig.',
    });
    expect(ok.body).toMatchObject({ stage: 'eligible', decision: { catchmentOverride: true } });
    // Not eligible needs no override.
    const other = await create(navigator, {}, { municipalityCode: '1880' });
    await navigator.put(url(other.id, '/needs-mapping'), mapping);
    const no = await navigator.post(url(other.id, '/decision'), {
      decision: 'not_eligible',
      reason: 'Bor i Örebro.',
    });
    expect(no.body.stage).toBe('not_eligible');
  });

  it('refuses to enrol someone under 18 on the day, or without an identity number', async () => {
    const d = new Date();
    const birth = `${d.getFullYear() - 17}-${String(d.getMonth() + 1).padStart(2, '0')}-01`;
    const minor = await consented({ identityNumber: makeTestIdentityNumber(birth, 991) });
    expect(minor.criteria[0]).toMatchObject({ criterion: 'adult', result: 'not_met' });
    const before = await snapshot();
    await refused(await navigator.post(url(minor.id, '/enrol'), {}), 409, 'under_18');
    expect(await snapshot()).toEqual(before);

    const nameless = await consented({ identityNumber: null });
    const again = await snapshot();
    await refused(await navigator.post(url(nameless.id, '/enrol'), {}), 409, 'identity_number_required');
    expect(await snapshot()).toEqual(again);
    await navigator.patch(url(nameless.id), { person: { identityNumber: adultNumber() } });
    expect((await navigator.post(url(nameless.id, '/enrol'), {})).body.stage).toBe('enrolled');
  });

  it('refuses enrolment past the cap, and then only the waiting list is open', async () => {
    const r = await consented();
    await setFreePlaces(0);
    const before = await snapshot();
    await refused(await navigator.post(url(r.id, '/enrol'), {}), 409, 'unit_full');
    expect(await snapshot()).toEqual(before);
    expect((await navigator.get(url(r.id))).body.nextActions[0]).toBe('addToWaitingList');
    const waiting = await navigator.post(url(r.id, '/waiting-list'), {});
    expect(waiting.body).toMatchObject({ stage: 'waiting_list', waitingPosition: expect.any(Number) });
    // Clean up: off the list again, so the other tests start with nobody waiting.
    await navigator.post(url(r.id, '/close'), { reason: 'other', note: 'Test klart.' });
    await setFreePlaces(10);
  });

  it('refuses a duplicate open registration, and a consent without participation', async () => {
    const r = await create();
    const res = await navigator.post(
      '/api/intake/registrations',
      registration({}, { identityNumber: r.person.identityNumber }),
    );
    await refused(res, 409, 'open_registration_exists');
    expect(res.body.detail).toContain(r.reference);
    const c = await consented();
    const before = await snapshot();
    await refused(
      await navigator.post(url(c.id, '/consents'), consent({ scopes: { participation: false } })),
      400,
      'participation_required',
    );
    await refused(
      await navigator.post(url(c.id, '/consents'), consent({ givenAt: '2099-01-01T10:00:00+01:00' })),
      400,
      'consent_in_future',
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe('access', () => {
  it('lets doctors and nurses read and map but not take steps; refusals are logged', async () => {
    const r = await create();
    expect((await nurse.get(url(r.id))).body.nextActions).toEqual(['recordFirstCall']);
    expect((await doctor.get('/api/intake/registrations')).status).toBe(200);
    const before = await countRows(t.database, 'intake_events');
    const res = await nurse.post(url(r.id, '/first-call'), { at: new Date().toISOString() });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden');
    expect(await countRows(t.database, 'intake_events')).toBe(before);
    expect((await auditOf(r.id)).at(-1)).toMatchObject({
      action: 'denied',
      user_id: nurse.me.user.id,
      detail: { attempted: 'update' },
    });
    expect((await nurse.post('/api/intake/registrations', registration())).status).toBe(403);
  });

  it('refuses other roles of the unit (403, logged), and answers others (no role there, other regions) 404', async () => {
    const r = await create();
    const denied = await ot.get(url(r.id));
    expect(denied.status).toBe(403);
    expect((await auditOf(r.id)).at(-1)).toMatchObject({ action: 'denied', user_id: ot.me.user.id });
    expect((await ot.get('/api/intake/registrations')).status).toBe(403);
    expect((await admin.get(url(r.id))).status).toBe(404);
    for (const res of [
      await sormland.get(url(r.id)),
      await sormland.post(url(r.id, '/first-call'), { at: new Date().toISOString() }),
      await sormland.post(url(r.id, '/close'), { reason: 'other' }),
    ]) {
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('Intag');
    }
    expect(
      (await sormland.get('/api/intake/registrations')).body.registrations.some((x: any) => x.id === r.id),
    ).toBe(false);
    const kumlaPatient = (await nurse.get('/api/patients?q=er')).body[0];
    expect((await sormland.get(`/api/patients/${kumlaPatient.id}/intake`)).status).toBe(404);
    expect((await t.anonymous().get(url(r.id))).status).toBe(401);
    expect((await t.anonymous().get('/api/intake/registrations')).status).toBe(401);
  });
});

describe('dates', () => {
  it('counts a registration received today as 0 days, in Swedish time', async () => {
    const r = await create();
    expect(r.receivedAt.slice(0, 10) <= localToday()).toBe(true);
    expect(r.daysSinceReceived).toBe(0);
  });
});
