import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/harness.ts';
import { queryRows } from '../../db/database.ts';
import { type IntakeTest, useIntakeTest } from './intake.fixtures.ts';

// A rule checked once must not be bypassed by a later change (issue 21, item 2): every step that
// relies on the eligibility decision checks it again against the data as it is at that moment.

const { f, adultNumber, mapping, consent, eligible, url, create, consented, auditOf, snapshot } =
  useIntakeTest();
let navigator: Client;
let kumlaUnit: IntakeTest['kumlaUnit'];
beforeAll(() => {
  ({ navigator, kumlaUnit } = f);
});

/** Stockholm and Eskilstuna: outside Kumla's catchment (Kumla, Hallsberg, Laxå). */
const STOCKHOLM = '0180';
const ESKILSTUNA = '0484';

async function decided(person: Record<string, unknown> = {}, decision: Record<string, unknown> = eligible) {
  const r = await create(navigator, {}, person);
  expect((await navigator.put(url(r.id, '/needs-mapping'), mapping)).status).toBe(200);
  const res = await navigator.post(url(r.id, '/decision'), decision);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.decision.outdated).toBeNull();
  return res.body;
}

const moveTo = async (id: string, municipalityCode: string) => {
  const res = await navigator.patch(url(id), { person: { municipalityCode } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};

const override = (reason: string) => ({
  ...eligible,
  catchmentOverride: true,
  overrideReason: reason,
});

describe('a decision whose data changed', () => {
  it('moved outside the catchment after the decision: consent is refused until the navigator decides again with the exception', async () => {
    const r = await decided();
    // The correction itself is accepted, and the answer says the decision no longer holds.
    const moved = await moveTo(r.id, STOCKHOLM);
    expect(moved.stage).toBe('eligible');
    expect(moved.decisionOutdated).toBe(true);
    expect(moved.decision.outdated.criteria).toEqual(['catchment_area']);
    expect(moved.decision.outdated.sv).toMatch(/Bedömningen gäller inte längre.*Kumla till Stockholm/);
    expect(moved.nextActions[0]).toBe('decideEligibility');
    expect(moved.nextActions).not.toContain('recordConsent');
    const board = (await navigator.get('/api/intake/registrations')).body.registrations;
    expect(board.find((x: { id: string }) => x.id === r.id).decisionOutdated).toBe(true);

    // Consent now: 409 decision_outdated, nothing written.
    const before = await snapshot();
    const refused = await navigator.post(url(r.id, '/consents'), consent());
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('decision_outdated');
    expect(refused.body.detail).toMatch(/Gör en ny bedömning/);
    expect(await snapshot()).toEqual(before);

    // Deciding again without the exception is refused as for any decision outside the catchment.
    const noOverride = await navigator.post(url(r.id, '/decision'), eligible);
    expect(noOverride.status).toBe(400);
    expect(noOverride.body.code).toBe('outside_catchment');
    const again = await navigator.post(url(r.id, '/decision'), override('Flyttar till Kumla i vår.'));
    expect(again.status).toBe(200);
    expect(again.body.decision).toMatchObject({
      catchmentOverride: true,
      overrideReason: 'Flyttar till Kumla i vår.',
      outdated: null,
    });
    const audit = (await auditOf(r.id)).filter((a) => a.detail?.step === 'decided');
    expect(audit.at(-1)!.detail).toMatchObject({
      decision: 'eligible',
      catchmentOverride: true,
      overrideReason: 'Flyttar till Kumla i vår.',
      replacesOutdated: ['catchment_area'],
    });
    const ok = await navigator.post(url(r.id, '/consents'), consent());
    expect(ok.status).toBe(200);
    expect(ok.body.stage).toBe('consented');
  });

  it('after consent: enrolment and the waiting list are refused; the decision can be confirmed again (not changed), then enrolment succeeds', async () => {
    const r = await consented();
    await moveTo(r.id, STOCKHOLM);
    const before = await snapshot();
    for (const [step, body] of [
      ['/enrol', { note: null }],
      ['/waiting-list', { note: null }],
      ['/consents', consent()],
    ] as const) {
      const res = await navigator.post(url(r.id, step), body);
      expect(res.status, step).toBe(409);
      expect(res.body.code, step).toBe('decision_outdated');
    }
    expect(await snapshot()).toEqual(before);
    const notEligible = await navigator.post(url(r.id, '/decision'), {
      decision: 'not_eligible',
      reason: 'Bor i Stockholm.',
    });
    expect(notEligible.status).toBe(409);
    expect(notEligible.body.code).toBe('decision_after_consent');
    const confirmed = await navigator.post(url(r.id, '/decision'), override('Vill behålla sin läkare här.'));
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body.stage).toBe('consented');
    expect(confirmed.body.events.at(-1)).toMatchObject({
      kind: 'decided',
      fromStage: 'consented',
      toStage: 'consented',
    });
    expect(confirmed.body.nextActions).toContain('enrol');
    // Once an outdated decision is confirmed, deciding again after consent is refused as before.
    const twice = await navigator.post(url(r.id, '/decision'), override('Igen.'));
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('decision_after_consent');
    const enrolled = await f.chef.post(url(r.id, '/enrol'), { note: null });
    expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(200);
    expect(enrolled.body.stage).toBe('enrolled');
  });

  it('an exception holds for the municipality it was made for, not for another one outside', async () => {
    const r = await decided({ municipalityCode: STOCKHOLM }, override('Har sin habilitering här.'));
    // Outside with the exception: consent may be recorded.
    expect((await navigator.post(url(r.id, '/consents'), consent())).status).toBe(200);
    const moved = await moveTo(r.id, ESKILSTUNA);
    expect(moved.decision.outdated.criteria).toEqual(['catchment_area']);
    const res = await f.chef.post(url(r.id, '/enrol'), { note: null });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('decision_outdated');
    // Moving into the catchment makes the decision hold again, with no new decision needed.
    const home = await moveTo(r.id, '1881');
    expect(home.decision.outdated).toBeNull();
    expect((await f.chef.post(url(r.id, '/enrol'), { note: null })).status).toBe(200);
  });

  it('a criterion that got worse outdates the decision; one that got better does not', async () => {
    const r = await decided();
    // No ICD-10-SE codes any more: the target group is unknown.
    const worse = await navigator.patch(url(r.id), { diagnoses: [] });
    expect(worse.body.decision.outdated.criteria).toEqual(['target_group']);
    const refused = await navigator.post(url(r.id, '/consents'), consent());
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('decision_outdated');
    const restored = await navigator.patch(url(r.id), { diagnoses: ['Q90'] });
    expect(restored.body.decision.outdated).toBeNull();

    // A registration decided without an identity number (age unknown) is not outdated when it comes.
    const p = await decided({ identityNumber: null });
    const numbered = await navigator.patch(url(p.id), { person: { identityNumber: adultNumber() } });
    expect(numbered.status, JSON.stringify(numbered.body)).toBe(200);
    expect(numbered.body.decision.outdated).toBeNull();
    expect((await navigator.post(url(p.id, '/consents'), consent())).status).toBe(200);
  });

  it("the unit's catchment changed after the decision: the next step is refused until decided again", async () => {
    const r = await consented();
    const unit = (await f.admin.get('/api/organisation/units')).body.find(
      (u: { id: string }) => u.id === kumlaUnit.id,
    );
    const without = unit.municipalityCodes.filter((c: string) => c !== '1881');
    const patch = (codes: string[]) =>
      f.admin.patch(`/api/organisation/units/${kumlaUnit.id}`, { ...unit, municipalityCodes: codes });
    expect((await patch(without)).status).toBe(200);
    try {
      const res = await f.chef.post(url(r.id, '/enrol'), { note: null });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('decision_outdated');
    } finally {
      expect((await patch(unit.municipalityCodes)).status).toBe(200);
    }
    expect((await f.chef.post(url(r.id, '/enrol'), { note: null })).status).toBe(200);
  });

  it('a correction cannot give a registration the identity number of another open one', async () => {
    const a = await create();
    const b = await create();
    const before = await snapshot();
    const res = await navigator.patch(url(b.id), { person: { identityNumber: a.person.identityNumber } });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('open_registration_exists');
    expect(res.body.detail).toContain(a.reference);
    expect(await snapshot()).toEqual(before);
    // Its own number again is no conflict.
    const same = await navigator.patch(url(b.id), { person: { identityNumber: b.person.identityNumber } });
    expect(same.status).toBe(200);
  });

  it('decisions stored before the basis was kept are judged by the municipality now', async () => {
    const r = await decided();
    await queryRows(
      f.t.database.db,
      sql`update intake_registrations set decision_basis = null where id = ${r.id}`,
    );
    const moved = await moveTo(r.id, STOCKHOLM);
    expect(moved.decision.outdated.criteria).toEqual(['catchment_area']);
  });
});
