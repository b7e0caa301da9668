import { makeTestIdentityNumber } from '@lotsa/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, countRows, startTestApp, type TestApp } from '../../../test/harness.ts';
import { pdfText } from '../../../test/pdf.ts';
import { queryRows } from '../../db/database.ts';
import { lix } from '../letters/index.ts';

let t: TestApp;
let navigator: Client;
let partner: Client;
let patientId: string;
let planId: string;
let partnerUserId: string;

beforeAll(async () => {
  t = await startTestApp(process.env.SIP_DEBUG ? { logLevel: 'error' } : {});
  navigator = await t.as('vardlots');
  partner = await t.as('kommun.kumla');
  partnerUserId = partner.me.user.id;
  // The navigator registers the patient: a care relationship, so she may open the record.
  const p = await navigator.post('/api/patients', {
    identityNumber: makeTestIdentityNumber('1936-02-03', 986),
    givenName: 'Sippa',
    familyName: 'Testsson',
    municipalityCode: '1881',
  });
  expect(p.status).toBe(201);
  patientId = p.body.id;
});
afterAll(() => t?.close());

const audits = (entityId: string) =>
  queryRows<{ action: string; user_name: string; reason: string; detail: any; unit_id: string | null }>(
    t.database.db,
    sql`select action, user_name, reason, detail, unit_id from audit_log
        where entity = 'care_plan' and entity_id = ${entityId} order by id`,
  );

const consent = (participantId: string | null) => ({
  participantId,
  givenBy: 'patient',
  representativeName: null,
  method: 'spoken',
  givenAt: '2026-11-30T10:00:00+01:00',
});

let revision = 0;
const plan = () => `/api/care-plans/${planId}`;

describe('the demo', () => {
  it('has SIPs at Kumla in several states: agreed with the partner, a draft, one whose follow-up is overdue', async () => {
    const rows = await queryRows<{ status: string; overdue: boolean }>(
      t.database.db,
      sql`select status, coalesce(follow_up_date < current_date, false) as overdue from care_plans order by created_at`,
    );
    expect(rows).toEqual([
      { status: 'agreed', overdue: false },
      { status: 'draft', overdue: false },
      { status: 'agreed', overdue: true },
    ]);
    const due = (await navigator.get('/api/care-plans/follow-ups')).body;
    expect(due.filter((d: { followUpOverdue: boolean }) => d.followUpOverdue)).toHaveLength(1);
    const shared = (await partner.get('/api/partner/care-plans')).body;
    expect(shared).toHaveLength(1);
    expect(shared[0].mine).toEqual(['Hemsjukvård en gång i veckan']);
  });
});

describe('a SIP: start, participants, consent, the legal parts, agree, versions', () => {
  it('refuses bad input with a 4xx and writes nothing', async () => {
    const before = await countRows(t.database, 'care_plans');
    const bad = await navigator.post(`/api/patients/${patientId}/care-plans`, { trigger: '  ' });
    expect(bad.status).toBe(400);
    expect(await countRows(t.database, 'care_plans')).toBe(before);
  });

  it('starts a draft with the person as first participant, everything missing', async () => {
    const r = await navigator.post(`/api/patients/${patientId}/care-plans`, {
      trigger: 'Kommunens sjuksköterska bad om SIP inför flytt till gruppbostad',
    });
    expect(r.status).toBe(201);
    planId = r.body.id;
    revision = r.body.revision;
    expect(r.body).toMatchObject({
      status: 'draft',
      version: 1,
      legalReference: 'SoL 2 kap. 7 § och HSL 16 kap. 4 §',
      consentInForce: false,
      participants: [{ kind: 'patient', name: 'Sippa Testsson', sharing: true, consentNeeded: false }],
    });
    expect(r.body.completeness.missing).toHaveLength(6);
    const list = await navigator.get(`/api/patients/${patientId}/care-plans`);
    expect(list.body.map((x: { id: string }) => x.id)).toEqual([planId]);
  });

  it('names the municipality partner by account; only partners of the unit can be linked', async () => {
    const accounts = await navigator.get(`/api/patients/${patientId}/care-plans/partner-accounts`);
    expect(accounts.body).toContainEqual({ userId: partnerUserId, name: 'Marie Kommunsson, Kumla kommun' });
    const notPartner = await navigator.post(`${plan()}/participants`, {
      kind: 'municipality',
      name: 'Fel Konto',
      userId: navigator.me.user.id,
    });
    expect(notPartner.status).toBe(400);
    expect(notPartner.body.code).toBe('care_plan_account_not_partner');
    const wrongKind = await navigator.post(`${plan()}/participants`, {
      kind: 'region_staff',
      name: 'Fel',
      userId: partnerUserId,
    });
    expect(wrongKind.status).toBe(400);
    const added = await navigator.post(`${plan()}/participants`, {
      kind: 'municipality',
      name: 'Marie Kommunsson',
      organisation: 'Kumla kommun',
      role: 'Kommunsjuksköterska',
      userId: partnerUserId,
    });
    expect(added.status).toBe(201);
    const twice = await navigator.post(`${plan()}/participants`, {
      kind: 'municipality',
      name: 'Marie igen',
      userId: partnerUserId,
    });
    expect(twice.status).toBe(409);
    const team = await navigator.post(`${plan()}/participants`, {
      kind: 'region_staff',
      name: 'Elsa Lotsberg',
      role: 'Vårdlots',
    });
    const marie = team.body.participants.find((p: { userId: string | null }) => p.userId === partnerUserId);
    expect(marie).toMatchObject({ consentNeeded: true, sharing: false });
    revision = team.body.revision;
  });

  it('records consent: to the SIP first, then to sharing with each participant outside the team', async () => {
    const detail = (await navigator.get(plan())).body;
    const marie = detail.participants.find((p: { userId: string | null }) => p.userId === partnerUserId);
    const vera = detail.participants.find((p: { kind: string }) => p.kind === 'region_staff');
    const first = await navigator.post(`${plan()}/consents`, consent(marie.id));
    expect(first.status).toBe(409);
    expect(first.body.code).toBe('care_plan_consent_first');
    const rep = await navigator.post(`${plan()}/consents`, { ...consent(null), givenBy: 'representative' });
    expect(rep.status).toBe(400);
    expect((await navigator.post(`${plan()}/consents`, consent(null))).status).toBe(201);
    const team = await navigator.post(`${plan()}/consents`, consent(vera.id));
    expect(team.body.code).toBe('care_plan_consent_not_needed');
    const shared = await navigator.post(`${plan()}/consents`, consent(marie.id));
    expect(shared.status).toBe(201);
    expect(shared.body.consentInForce).toBe(true);
    expect(shared.body.participants.find((p: { id: string }) => p.id === marie.id).sharing).toBe(true);
    revision = shared.body.revision;
  });

  it('refuses to agree while a legal part is missing, naming it, and changes nothing', async () => {
    const versionsBefore = await countRows(t.database, 'care_plan_versions');
    const r = await navigator.post(`${plan()}/agree`, { expectedRevision: revision });
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('care_plan_incomplete');
    expect(r.body.params.missing).toEqual([
      'interventions',
      'responsibilities',
      'others_measures',
      'overall_responsibility',
      'follow_up',
    ]);
    expect(r.body.detail).toContain('vilka insatser som behövs');
    expect(await countRows(t.database, 'care_plan_versions')).toBe(versionsBefore);
    expect((await navigator.get(plan())).body).toMatchObject({ status: 'draft', revision });
  });

  it('saves the legal parts (a stale revision is refused); agreeing freezes version 1', async () => {
    const detail = (await navigator.get(plan())).body;
    const marie = detail.participants.find((p: { userId: string | null }) => p.userId === partnerUserId);
    const content = {
      ownGoals: 'Jag vill flytta till Solrosen och ha kvar min läkare.',
      participation: 'Sippa var med på mötet med sin god man.',
      interventions: [
        { text: 'Läkemedelsgenomgång före flytten', principal: 'region', responsibleName: 'Per Läkarsson' },
        {
          text: 'Hemsjukvård varje vecka',
          principal: 'municipality',
          responsibleName: 'Marie Kommunsson',
          participantId: marie.id,
        },
      ],
      noOthersMeasures: true,
      overallPrincipal: 'region',
      overallName: 'Elsa Lotsberg, vårdlots',
      followUpDate: '2020-01-15',
      followUpBy: 'Elsa Lotsberg',
    };
    const stale = await navigator.put(plan(), { expectedRevision: revision - 1, content });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('care_plan_stale');
    const badLink = await navigator.put(plan(), {
      expectedRevision: revision,
      content: { ...content, interventions: [{ ...content.interventions[0], participantId: planId }] },
    });
    expect(badLink.status).toBe(400);
    expect(badLink.body.code).toBe('care_plan_link_unknown');
    const saved = await navigator.put(plan(), { expectedRevision: revision, content });
    expect(saved.status).toBe(200);
    expect(saved.body.completeness).toMatchObject({ ready: true, missing: [] });
    expect(saved.body.content.interventions.every((i: { id?: string }) => i.id)).toBe(true);
    const agreed = await navigator.post(`${plan()}/agree`, { expectedRevision: saved.body.revision });
    expect(agreed.status).toBe(200);
    expect(agreed.body).toMatchObject({
      status: 'agreed',
      version: 1,
      followUpDate: '2020-01-15',
      followUpOverdue: true,
      versions: [{ version: 1, agreedBy: 'Elsa Lotsberg', changed: [] }],
    });
    const edit = await navigator.put(plan(), { expectedRevision: agreed.body.revision, content });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('care_plan_agreed');
    revision = agreed.body.revision;
  });

  it('the partner sees the agreed SIP in /samverkan and acknowledges it, audited at the patient’s unit', async () => {
    const list = await partner.get('/api/partner/care-plans');
    expect(list.status).toBe(200);
    // Beside the demo's agreed SIP with her (Kumla's first patient).
    expect(list.body).toHaveLength(2);
    expect(list.body.find((x: { id: string }) => x.id === planId)).toMatchObject({
      id: planId,
      patientName: 'Sippa Testsson',
      version: 1,
      mine: ['Hemsjukvård varje vecka'],
      acknowledgedAt: null,
    });
    const wrong = await partner.post(`/api/partner/care-plans/${planId}/acknowledge`, { version: 0 });
    expect(wrong.status).toBe(400);
    const ack = await partner.post(`/api/partner/care-plans/${planId}/acknowledge`, { version: 1 });
    expect(ack.status).toBe(200);
    expect(ack.body.acknowledgedAt).not.toBeNull();
    const staffView = (await navigator.get(plan())).body;
    const marie = staffView.participants.find((p: { userId: string | null }) => p.userId === partnerUserId);
    expect(marie.acknowledgedVersions).toEqual([1]);
    const log = await audits(planId);
    const partnerEntries = log.filter((a) => a.user_name === 'Marie Kommunsson, Kumla kommun');
    expect(partnerEntries.map((a) => a.action)).toEqual(['read', 'update']);
    expect(partnerEntries[0]!.reason).toContain('samverkan');
    expect(partnerEntries[0]!.unit_id).toBe(navigator.me.activeUnitId);
    // Staff routes stay closed to the partner account.
    expect((await partner.get(plan())).status).toBe(403);
  });

  it('a change after agreement is a new version; the agreed one stays readable and shared', async () => {
    expect((await navigator.post(`${plan()}/revise`)).status).toBe(201);
    const again = await navigator.post(`${plan()}/revise`);
    expect(again.status).toBe(409);
    const draft = (await navigator.get(plan())).body;
    expect(draft).toMatchObject({ status: 'draft', version: 2 });
    const changed = await navigator.put(plan(), {
      expectedRevision: draft.revision,
      content: { ...draft.content, followUpDate: '2027-06-01', ownGoals: 'Jag bor på Solrosen nu.' },
    });
    expect(changed.status).toBe(200);
    const v1 = await navigator.get(`${plan()}/versions/1`);
    expect(v1.body.content.ownGoals).toBe('Jag vill flytta till Solrosen och ha kvar min läkare.');
    expect(v1.body.participants.map((p: { name: string }) => p.name)).toContain('Marie Kommunsson');
    expect((await navigator.get(`${plan()}/versions/2`)).status).toBe(404);
    // The partner still sees version 1 while version 2 is a draft.
    const mine = async () =>
      ((await partner.get('/api/partner/care-plans')).body as Array<{ id: string; version: number }>).find(
        (x) => x.id === planId,
      );
    expect((await mine())?.version).toBe(1);
    const agreed = await navigator.post(`${plan()}/agree`, { expectedRevision: changed.body.revision });
    expect(agreed.body.versions.map((v: { changed: string[] }) => v.changed)).toEqual([
      [],
      ['own_goals', 'follow_up'],
    ]);
    const outdated = await partner.post(`/api/partner/care-plans/${planId}/acknowledge`, { version: 1 });
    expect(outdated.status).toBe(409);
    expect(outdated.body.code).toBe('care_plan_version_outdated');
  });

  it('prints the agreed version in easy read for the person (LIX at most 30), audited as an export', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `${plan()}/easy-read.pdf`,
      headers: { cookie: navigator.cookie! },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Din plan, Sippa Testsson');
    expect(text).toContain('Hemsjukvård varje vecka');
    expect(text).toContain('Marie Kommunsson gör det.');
    expect(text).toContain('Jag bor på Solrosen nu.');
    expect(lix(text)).toBeLessThanOrEqual(30);
    expect((await audits(planId)).at(-1)).toMatchObject({ action: 'export' });
    expect((await t.anonymous().get(`${plan()}/easy-read.pdf`)).status).toBe(401);
  });

  it('withdrawing the participant’s consent removes the partner’s access from then on', async () => {
    const detail = (await navigator.get(plan())).body;
    const marie = detail.participants.find((p: { userId: string | null }) => p.userId === partnerUserId);
    const c = detail.consents.find((x: { participantId: string | null }) => x.participantId === marie.id);
    const w = await navigator.post(`${plan()}/consents/${c.id}/withdraw`, {
      reason: 'Sippa vill inte längre',
    });
    expect(w.status).toBe(200);
    expect(w.body.participants.find((p: { id: string }) => p.id === marie.id).sharing).toBe(false);
    expect((await navigator.post(`${plan()}/consents/${c.id}/withdraw`, { reason: 'igen' })).status).toBe(
      409,
    );
    const left = (await partner.get('/api/partner/care-plans')).body as Array<{ id: string }>;
    expect(left.map((x) => x.id)).not.toContain(planId);
    expect(left).toHaveLength(1);
    const ack = await partner.post(`/api/partner/care-plans/${planId}/acknowledge`, { version: 2 });
    expect(ack.status).toBe(404);
  });

  it('brings the health action plan’s actions in, linked once', async () => {
    const check = await navigator.post(`/api/patients/${patientId}/health-checks`, {});
    expect(check.status).toBe(201);
    const added = await navigator.post(`/api/health-checks/${check.body.id}/plan/actions`, {
      text: 'Remiss för audiometri',
      easyText: 'Du ska testa hur du hör.',
      topic: 'nurse',
      ownerKind: 'municipal',
      ownerName: 'Kumla kommun',
      dueDate: '2027-03-01',
    });
    const actionId = added.body.actions[0].id;
    const draft = (await navigator.post(`${plan()}/revise`)).body;
    const unknown = await navigator.post(`${plan()}/from-health-plan`, {
      expectedRevision: draft.revision,
      actionIds: [planId],
    });
    expect(unknown.status).toBe(400);
    const brought = await navigator.post(`${plan()}/from-health-plan`, {
      expectedRevision: draft.revision,
      actionIds: [actionId],
    });
    expect(brought.status).toBe(200);
    expect(brought.body.content.interventions.at(-1)).toMatchObject({
      text: 'Remiss för audiometri',
      principal: 'municipality',
      responsibleName: 'Kumla kommun',
      healthPlanActionId: actionId,
    });
    const twice = await navigator.post(`${plan()}/from-health-plan`, {
      expectedRevision: brought.body.revision,
      actionIds: [actionId],
    });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('care_plan_action_linked');
  });

  it('an agreed follow-up that is due or overdue is on the team’s list of what is due, logged', async () => {
    const second = (
      await navigator.post(`/api/patients/${patientId}/care-plans`, { trigger: 'Uppföljning av boendet' })
    ).body;
    const url = `/api/care-plans/${second.id}`;
    await navigator.post(`${url}/consents`, consent(null));
    const saved = await navigator.put(url, {
      expectedRevision: second.revision + 1,
      content: {
        interventions: [{ text: 'Boendestöd', principal: 'municipality', responsibleName: 'Kumla kommun' }],
        noOthersMeasures: true,
        overallPrincipal: 'municipality',
        overallName: 'Kumla kommun, LSS-handläggare',
        followUpDate: '2020-02-01',
        followUpBy: 'Elsa Lotsberg',
      },
    });
    expect(saved.status).toBe(200);
    expect((await navigator.post(`${url}/agree`, { expectedRevision: saved.body.revision })).status).toBe(
      200,
    );
    const due = await navigator.get('/api/care-plans/follow-ups');
    expect(due.status).toBe(200);
    expect(due.body.find((d: { id: string }) => d.id === second.id)).toMatchObject({
      patientName: 'Sippa Testsson',
      followUpDate: '2020-02-01',
      followUpOverdue: true,
      followUpBy: 'Elsa Lotsberg',
    });
    // The first plan's agreed follow-up (June 2027) is not due yet.
    expect(due.body.find((d: { id: string }) => d.id === planId)).toBeUndefined();
    const [entry] = await queryRows<{ patient_ids: string[] }>(
      t.database.db,
      sql`select patient_ids from audit_log where entity = 'care_plan_follow_up' order by id desc limit 1`,
    );
    expect(entry!.patient_ids).toContain(patientId);
    const other = await t.as('sormland');
    expect(
      (await other.get('/api/care-plans/follow-ups')).body.find((d: { id: string }) => d.id === second.id),
    ).toBeUndefined();
  });

  it('every read and write is audited; other regions and strangers get 404', async () => {
    const log = await audits(planId);
    expect(log.length).toBeGreaterThan(15);
    expect(new Set(log.map((a) => a.action))).toEqual(new Set(['read', 'update', 'create', 'export']));
    const other = await t.as('sormland');
    expect((await other.get(plan())).status).toBe(404);
    expect((await other.get('/api/care-plans/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
