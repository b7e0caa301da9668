import { makeTestIdentityNumber } from '@lotsa/contracts';
import type {
  Appointment,
  Bundle,
  CapabilityStatement,
  CodeSystem,
  Condition,
  Flag,
  Location,
  OperationOutcome,
  Organization,
  Patient,
  PractitionerRole,
} from '@medplum/fhirtypes';
import { sql } from 'drizzle-orm';
import { Client } from 'fhir-kit-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectValidFhir } from '../../../test/fhir-validator.ts';
import { startTestApp, type TestApp, type Client as TestClient } from '../../../test/harness.ts';
import { queryRows } from '../../db/database.ts';
import { addDaysToLocalDate, localToday } from '../../lib/time.ts';
import { FHIR_HANDLERS } from './index.ts';

// The FHIR R4 API through the whole server: every resource and Bundle it returns is validated against
// R4 (fhir-validator.ts), every error is an OperationOutcome, and every read of patient data is in
// the audit log like the app's.

const BASE = '/fhir/R4';
const PNR = 'urn:oid:1.2.752.129.2.1.3.1';
const SNR = 'urn:oid:1.2.752.129.2.1.3.3';

let t: TestApp;
let nurse: TestClient;
let sormland: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  [nurse, sormland] = await Promise.all([t.as('sjukskoterska'), t.as('sormland')]);
});
afterAll(() => t?.close());

interface PatientDbRow {
  id: string;
  identity_number: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  protected_identity: boolean;
  unit_name: string;
}
const patientsOf = (unitName: string) =>
  queryRows<PatientDbRow>(
    t.database.db,
    sql`select p.id, p.identity_number, p.given_name, p.family_name, p.birth_date::text, p.protected_identity, u.name as unit_name
        from patients p join units u on u.id = p.unit_id where u.name = ${unitName} order by p.family_name, p.given_name, p.id`,
  );
const lastAudit = async () =>
  (
    await queryRows<{
      action: string;
      entity: string;
      patient_ids: string[];
      detail: unknown;
      user_id: string;
    }>(
      t.database.db,
      sql`select action, entity, patient_ids, detail, user_id from audit_log order by id desc limit 1`,
    )
  )[0]!;

/** A FHIR answer: the right media type, and valid R4 whatever it is. */
function fhir<T>(res: { status: number; body: unknown; headers: Record<string, unknown> }, status = 200): T {
  expect(res.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
  expectValidFhir(res.body);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body as T;
}
const outcome = (res: Parameters<typeof fhir>[0], status: number) => {
  const o = fhir<OperationOutcome>(res, status);
  expect(o.resourceType).toBe('OperationOutcome');
  return o.issue[0]!;
};
/** `METHOD /path` of every route, from Fastify's route tree (4 characters of indent per level). */
function routeList(tree: string): string[] {
  const stack: string[] = [];
  const out: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^([│ ├└─]*)(\S+)(?: \(([^)]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4 - 1;
    stack.length = depth;
    stack.push(m[2]!);
    const path = stack.join('');
    for (const method of m[3]?.split(', ') ?? []) if (method !== 'HEAD') out.push(`${method} ${path}`);
  }
  return out;
}
const ids = (b: Bundle) => (b.entry ?? []).map((e) => e.resource!.id!);

describe('the base and /metadata', () => {
  it('lists exactly what works: nothing listed that 404s, nothing served that is unlisted', async () => {
    const cs = fhir<CapabilityStatement>(await t.anonymous().get(`${BASE}/metadata`));
    const kumlaPatient = (await patientsOf('Kumla vårdcentral SMO'))[0]!.id;
    expect(cs.fhirVersion).toBe('4.0.1');
    const listed = cs.rest![0]!.resource!;
    expect(listed.map((r) => r.type)).toEqual(FHIR_HANDLERS.map((h) => h.type));
    // Every listed interaction answers (a resource that does not exist is 404 not-found, which is
    // not the "no such route" answer), every listed search parameter is accepted.
    const served = new Set([`GET ${BASE}/metadata`]);
    for (const r of listed) {
      for (const i of r.interaction!) {
        if (i.code === 'read') {
          served.add(`GET ${BASE}/${r.type}/:id`);
          const issue = outcome(
            await nurse.get(`${BASE}/${r.type}/00000000-0000-4000-8000-000000000000`),
            404,
          );
          expect(issue.code).toBe('not-found');
        } else if (i.code === 'search-type') {
          served.add(`GET ${BASE}/${r.type}`);
          // Patient-bound types search one patient at a time: give every probe a patient.
          const needs = r.searchParam?.some((p) => p.name === 'patient') ? `patient=${kumlaPatient}&` : '';
          fhir<Bundle>(await nurse.get(`${BASE}/${r.type}?${needs}_count=1`));
          for (const p of r.searchParam ?? []) {
            const value = (
              {
                date: 'ge2000-01-01',
                number: '1',
                token: 'x',
                string: 'x',
                reference: 'x',
                uri: 'x',
              } as Record<string, string>
            )[p.type];
            const v = p.name === '_summary' ? 'count' : value;
            fhir<Bundle>(await nurse.get(`${BASE}/${r.type}?${needs}${p.name}=${encodeURIComponent(v!)}`));
          }
        } else if (i.code === 'create') {
          served.add(`POST ${BASE}/${r.type}`);
          expect(outcome(await nurse.post(`${BASE}/${r.type}`, {}), 400).code).not.toBe('not-supported');
        } else if (i.code === 'update') {
          served.add(`PUT ${BASE}/${r.type}/:id`);
          const id = '00000000-0000-4000-8000-000000000000';
          const issue = outcome(
            await nurse.put(`${BASE}/${r.type}/${id}`, { resourceType: r.type, id, status: 'cancelled' }),
            404,
          );
          expect(issue.code).toBe('not-found');
        } else throw new Error(`a listed interaction without a check here: ${i.code}`);
      }
      for (const op of r.operation ?? []) {
        served.add(`GET ${BASE}/${r.type}/$${op.name}`);
        // Without its parameters: refused by the operation (400 naming one), not "no such route".
        expect(outcome(await nurse.get(`${BASE}/${r.type}/$${op.name}`), 400).expression).toBeDefined();
      }
    }
    // The bulk export: the kick-off (system and Patient level), its status and its files.
    expect(cs.rest![0]!.operation!.map((o) => o.name)).toEqual(['export']);
    for (const r of [
      'GET /$export',
      'GET /Patient/$export',
      'GET /$export-status/:id',
      'DELETE /$export-status/:id',
      'GET /$export-file/:id/:file',
    ])
      served.add(r.replace(' ', ` ${BASE}`));
    expect(outcome(await nurse.get(`${BASE}/$export`), 400).diagnostics).toContain('Prefer: respond-async');
    // The routes the server has under the base are exactly those (HEAD comes with every GET).
    const routes = routeList(t.app.printRoutes({ commonPrefix: false })).filter((r) =>
      r.includes(` ${BASE}`),
    );
    expect(new Set(routes)).toEqual(served);
    // A resource type that is not listed: 404 as an OperationOutcome, for reads and searches.
    for (const url of [`${BASE}/Observation`, `${BASE}/Observation/1`, `${BASE}/Nonsense`])
      expect(outcome(await nurse.get(url), 404).code).toBe('not-supported');
  });

  it('answers every error as an OperationOutcome: signed out, unknown parameter, bad values', async () => {
    expect(outcome(await t.anonymous().get(`${BASE}/Patient`), 401).code).toBe('login');
    const unknown = outcome(await nurse.get(`${BASE}/Patient?name=an&shoeSize=42`), 400);
    expect(unknown.diagnostics).toContain('"shoeSize"');
    expect(unknown.expression).toEqual(['shoeSize']);
    const modifier = outcome(await nurse.get(`${BASE}/Patient?name:contains=an`), 400);
    expect(modifier.code).toBe('not-supported');
    expect(modifier.diagnostics).toContain(':contains');
    expect(outcome(await nurse.get(`${BASE}/Patient?birthdate=1990-02-30`), 400).diagnostics).toContain(
      'no day 30',
    );
    expect(outcome(await nurse.get(`${BASE}/Patient?_count=ten`), 400).expression).toEqual(['_count']);
    expect(outcome(await nurse.get(`${BASE}/Patient?_summary=text`), 400).code).toBe('not-supported');
    expect(outcome(await nurse.get(`${BASE}/Patient?_format=xml`), 400).code).toBe('not-supported');
    expect(outcome(await nurse.get(`${BASE}/Patient/not-a-uuid`), 404).code).toBe('not-found');
  });
});

describe('Patient', () => {
  it('reads a patient with the personnummer system, logged like the app', async () => {
    const [row] = (await patientsOf('Kumla vårdcentral SMO')).filter((p) => !p.protected_identity);
    const p = fhir<Patient>(await nurse.get(`${BASE}/Patient/${row!.id}`));
    expect(p).toMatchObject({
      resourceType: 'Patient',
      id: row!.id,
      identifier: [{ use: 'official', system: PNR, value: row!.identity_number }],
      name: [{ family: row!.family_name, given: row!.given_name.split(' ') }],
      birthDate: row!.birth_date,
    });
    expect(p.address?.[0]?.city).toBeTruthy();
    expect(p.meta?.security).toBeUndefined();
    expect(await lastAudit()).toMatchObject({
      action: 'read',
      entity: 'patient',
      patient_ids: [row!.id],
      detail: { api: 'fhir' },
      user_id: nurse.me.user.id,
    });
  });

  it('leaves out the address and telecom of a protected patient and labels it restricted', async () => {
    const rows = (await patientsOf('Kumla vårdcentral SMO')).filter((p) => p.protected_identity);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const p = fhir<Patient>(await nurse.get(`${BASE}/Patient/${row.id}`));
      expect(p.address).toBeUndefined();
      expect(p.telecom).toBeUndefined();
      expect(p.meta?.security).toEqual([
        {
          system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality',
          code: 'R',
          display: 'restricted',
        },
      ]);
    }
    // The same in a search.
    const b = fhir<Bundle>(await nurse.get(`${BASE}/Patient?_id=${rows.map((r) => r.id).join(',')}`));
    expect(ids(b).sort()).toEqual(rows.map((r) => r.id).sort());
    for (const e of b.entry!) expect((e.resource as Patient).address).toBeUndefined();
  });

  it('gives samordningsnummer and reserve numbers their systems, and finds them by them', async () => {
    const snr = makeTestIdentityNumber('1985-04-12', 985, { samordning: true });
    const created = [
      await nurse.post('/api/patients', {
        identityNumber: snr,
        givenName: 'Sam',
        familyName: 'Ordning',
        municipalityCode: '1881',
      }),
      await nurse.post('/api/patients', {
        identityNumber: '19850412-AB1C',
        givenName: 'Res',
        familyName: 'Ervsson',
        municipalityCode: '1881',
      }),
    ];
    for (const c of created) expect(c.status).toBe(201);
    const [s, r] = await Promise.all(
      created.map(async (c) => fhir<Patient>(await nurse.get(`${BASE}/Patient/${c.body.id}`))),
    );
    expect(s!.identifier).toEqual([{ use: 'official', system: SNR, value: snr }]);
    expect(r!.identifier).toEqual([
      { use: 'official', system: 'https://lotsa.se/fhir/sid/reservnummer/orebro', value: '19850412AB1C' },
    ]);
    const by = async (q: string) =>
      ids(fhir<Bundle>(await nurse.get(`${BASE}/Patient?identifier=${encodeURIComponent(q)}`)));
    expect(await by(`${SNR}|${snr}`)).toEqual([s!.id]);
    expect(await by(`${PNR}|${snr}`)).toEqual([]); // the right number in the wrong system
    expect(await by(`https://lotsa.se/fhir/sid/reservnummer/orebro|19850412-AB1C`)).toEqual([r!.id]);
    expect(await by(`https://lotsa.se/fhir/sid/reservnummer/sormland|19850412-AB1C`)).toEqual([]);
  });

  it('searches by identifier in any written form, name, birthdate, _id and _lastUpdated, within the units one may see', async () => {
    const kumla = await patientsOf('Kumla vårdcentral SMO');
    const one = kumla[3]!;
    const n = one.identity_number;
    const search = async (q: string) => fhir<Bundle>(await nurse.get(`${BASE}/Patient?${q}`));
    for (const form of [`${PNR}|${n}`, n, `${n.slice(0, 8)}-${n.slice(8)}`, `${n.slice(2, 8)}-${n.slice(8)}`])
      expect(ids(await search(`identifier=${encodeURIComponent(form)}`)), form).toEqual([one.id]);
    // `|number` asks for an identifier without a system: ours all have one.
    expect(ids(await search(`identifier=${encodeURIComponent(`|${n}`)}`))).toEqual([]);
    // Another region's nurse does not find the patient, not even by the exact number.
    expect(ids(fhir<Bundle>(await sormland.get(`${BASE}/Patient?identifier=${n}`)))).toEqual([]);
    expect(outcome(await sormland.get(`${BASE}/Patient/${one.id}`), 404).code).toBe('not-found');

    const byName = await search(
      `name=${encodeURIComponent(one.family_name.slice(0, 3).toLowerCase())}&_count=1000`,
    );
    const expected = kumla.filter((p) =>
      [p.family_name, ...p.given_name.split(' ')].some((w) =>
        w.toLowerCase().startsWith(one.family_name.slice(0, 3).toLowerCase()),
      ),
    );
    expect(ids(byName)).toEqual(expected.map((p) => p.id));
    expect(byName.total).toBe(expected.length);
    const family = await search(
      `family=${encodeURIComponent(one.family_name)}&given=${encodeURIComponent(one.given_name.split(' ')[0]!)}`,
    );
    expect(ids(family)).toContain(one.id);

    const year = one.birth_date.slice(0, 4);
    const born = await search(`birthdate=${year}&_count=1000`);
    expect(ids(born).sort()).toEqual(
      kumla
        .filter((p) => p.birth_date.startsWith(year))
        .map((p) => p.id)
        .sort(),
    );
    const range = await search(`birthdate=ge${year}-01-01&birthdate=lt${Number(year) + 1}&_count=1000`);
    expect(ids(range).sort()).toEqual(ids(born).sort());
    expect(ids(await search(`birthdate=gt${one.birth_date}&_id=${one.id}`))).toEqual([]);
    expect(ids(await search(`birthdate=le${one.birth_date}&_id=${one.id}`))).toEqual([one.id]);

    expect(ids(await search(`_id=${one.id},${kumla[4]!.id}`)).sort()).toEqual([one.id, kumla[4]!.id].sort());
    expect(ids(await search(`_id=${one.id}&_lastUpdated=ge2000-01-01T00:00:00Z`))).toEqual([one.id]);
    expect(ids(await search(`_id=${one.id}&_lastUpdated=lt2000`))).toEqual([]);

    // The search is logged with exactly the patients it returned.
    const page = await search(`name=${encodeURIComponent(one.family_name.slice(0, 3))}&_count=2`);
    expect(await lastAudit()).toMatchObject({ action: 'list', entity: 'patient', detail: { api: 'fhir' } });
    expect((await lastAudit()).patient_ids).toEqual(ids(page));
  });

  it('pages with next/previous links that keep the query, and counts with _summary=count', async () => {
    const kumla = await patientsOf('Kumla vårdcentral SMO');
    const first = fhir<Bundle>(await nurse.get(`${BASE}/Patient?birthdate=ge1900&_count=7`));
    expect(first.total).toBe(kumla.length);
    const seen: string[] = [];
    let page: Bundle | undefined = first;
    let pages = 0;
    while (page) {
      seen.push(...ids(page));
      pages++;
      const next: string | undefined = page.link?.find((l) => l.relation === 'next')?.url;
      if (!next) break;
      const url: URL = new URL(next);
      expect(url.pathname).toBe(`${BASE}/Patient`);
      expect(url.searchParams.get('birthdate')).toBe('ge1900');
      page = fhir<Bundle>(await nurse.get(`${url.pathname}${url.search}`));
      expect(page.link?.some((l) => l.relation === 'previous')).toBe(true);
    }
    expect(pages).toBe(Math.ceil(kumla.length / 7));
    expect(seen).toEqual(kumla.map((p) => p.id));
    const count = fhir<Bundle>(await nurse.get(`${BASE}/Patient?birthdate=ge1900&_summary=count`));
    expect(count).toEqual({ resourceType: 'Bundle', type: 'searchset', total: kumla.length });
  });

  it('answers a patient of a unit where the reader has no care role as absent, and logs the attempt', async () => {
    const [other] = await patientsOf('Eskilstuna vårdcentral SMO');
    // Out of scope is "not found", like a patient that does not exist (issue 16, decision 0010).
    expect(outcome(await sormland.get(`${BASE}/Patient/${other!.id}`), 404).code).toBe('not-found');
    expect(await lastAudit()).toMatchObject({ action: 'denied', patient_ids: [other!.id] });
    expect(ids(fhir<Bundle>(await sormland.get(`${BASE}/Patient?_id=${other!.id}`)))).toEqual([]);
  });
});

describe('the organisation: Organization, Location, Device, Practitioner, PractitionerRole', () => {
  it("answers the reader's region only, with HSA-ids, and searches by name, identifier and reference", async () => {
    const orgs = fhir<Bundle>(await nurse.get(`${BASE}/Organization?_count=100`));
    const all = orgs.entry!.map((e) => e.resource as Organization);
    const region = all.find((o) => !o.partOf)!;
    expect(region.name).toBe('Region Örebro län');
    const kumla = all.find((o) => o.name === 'Kumla vårdcentral SMO')!;
    expect(kumla.partOf).toEqual({ reference: `Organization/${region.id}` });
    expect(all.some((o) => o.name?.includes('Katrineholm'))).toBe(false);
    expect(outcome(await sormland.get(`${BASE}/Organization/${kumla.id}`), 404).code).toBe('not-found');
    fhir<Organization>(await nurse.get(`${BASE}/Organization/${kumla.id}`));
    expect(ids(fhir<Bundle>(await nurse.get(`${BASE}/Organization?name=kuml`)))).toEqual([kumla.id]);
    expect(
      ids(fhir<Bundle>(await nurse.get(`${BASE}/Organization?partof=Organization/${region.id}`))),
    ).toContain(kumla.id);

    const staff = fhir<Bundle>(await nurse.get(`${BASE}/Practitioner?name=sj&_count=100`));
    const withHsa = (
      await queryRows<{ id: string; hsa_id: string }>(
        t.database.db,
        sql`select id, hsa_id from staff where hsa_id is not null and unit_id = ${kumla.id} limit 1`,
      )
    )[0]!;
    const byHsa = fhir<Bundle>(
      await nurse.get(`${BASE}/Practitioner?identifier=urn:oid:1.2.752.29.4.19|${withHsa.hsa_id}`),
    );
    expect(ids(byHsa)).toEqual([withHsa.id]);
    expect(staff.total).toBeGreaterThanOrEqual(0);
    const roles = fhir<Bundle>(
      await nurse.get(`${BASE}/PractitionerRole?organization=${kumla.id}&role=nurse&_count=100`),
    );
    expect(roles.total).toBeGreaterThan(0);
    for (const e of roles.entry!) {
      const r = e.resource as PractitionerRole;
      expect(r.organization).toEqual({ reference: `Organization/${kumla.id}` });
      fhir(await nurse.get(`${BASE}/${r.practitioner!.reference}`));
    }

    const rooms = fhir<Bundle>(
      await nurse.get(`${BASE}/Location?organization=Organization/${kumla.id}&_count=100`),
    );
    const loop = fhir<Bundle>(
      await nurse.get(
        `${BASE}/Location?organization=${kumla.id}&type=https://lotsa.se/fhir/CodeSystem/room-feature|hearing_loop`,
      ),
    );
    expect(loop.total).toBeGreaterThan(0);
    expect(loop.total).toBeLessThan(rooms.total!);
    for (const e of loop.entry!)
      expect((e.resource as Location).type!.map((c) => c.coding![0]!.code)).toContain('hearing_loop');
    const devices = fhir<Bundle>(await nurse.get(`${BASE}/Device?organization=${kumla.id}`));
    expect(devices.total).toBeGreaterThan(0);
  });
});

describe('patient-bound: Condition (ICD-10-SE), Flag (adaptations) and the CodeSystems', () => {
  it("reads and searches a patient's diagnoses and adaptations, logged, only with patient", async () => {
    const [row] = await queryRows<{ id: string; diagnoses: string[] }>(
      t.database.db,
      sql`select p.id, p.diagnoses from patients p join units u on u.id = p.unit_id
          where u.name = 'Kumla vårdcentral SMO' and cardinality(p.diagnoses) > 1
            and exists (select 1 from adaptation_versions a where a.patient_id = p.id) limit 1`,
    );
    const conditions = fhir<Bundle>(await nurse.get(`${BASE}/Condition?patient=Patient/${row!.id}`));
    expect(
      conditions
        .entry!.map((e) => (e.resource as Condition).code!.coding![0])
        .map((c) => [c!.system, c!.code]),
    ).toEqual(row!.diagnoses.map((d) => ['urn:oid:1.2.752.116.1.1.1.1.3', d]));
    expect(await lastAudit()).toMatchObject({
      action: 'read',
      entity: 'condition',
      patient_ids: [row!.id],
      detail: { api: 'fhir' },
    });
    const first = conditions.entry![0]!.resource as Condition;
    expect(fhir<Condition>(await nurse.get(`${BASE}/Condition/${first.id}`))).toEqual(first);
    const one = fhir<Bundle>(
      await nurse.get(`${BASE}/Condition?subject=${row!.id}&code=${row!.diagnoses[1]}`),
    );
    expect(ids(one)).toEqual([`${row!.id}-${row!.diagnoses[1]}`]);
    expect(outcome(await nurse.get(`${BASE}/Condition?code=G40`), 400).diagnostics).toContain(
      'needs patient',
    );

    const flags = fhir<Bundle>(await nurse.get(`${BASE}/Flag?patient=${row!.id}`));
    expect(flags.total).toBeGreaterThan(0);
    expect(await lastAudit()).toMatchObject({
      action: 'read',
      entity: 'adaptations',
      patient_ids: [row!.id],
    });
    const cs = fhir<CodeSystem>(await nurse.get(`${BASE}/CodeSystem/adaptation`));
    const known = new Set(cs.concept!.map((c) => c.code));
    for (const e of flags.entry!) {
      const f = e.resource as Flag;
      expect(f.subject).toEqual({ reference: `Patient/${row!.id}` });
      expect(f.code.coding![0]!.system).toBe(cs.url);
      expect(known.has(f.code.coding![0]!.code!)).toBe(true);
    }
    const f = flags.entry![0]!.resource as Flag;
    expect(fhir<Flag>(await nurse.get(`${BASE}/Flag/${f.id}`))).toEqual(f);
    expect(
      ids(fhir<Bundle>(await nurse.get(`${BASE}/CodeSystem?url=${encodeURIComponent(cs.url!)}`))),
    ).toEqual(['adaptation']);

    // Another unit's patient: nothing, and the refusal logged; another region's: not found.
    const [other] = await patientsOf('Eskilstuna vårdcentral SMO');
    expect(ids(fhir<Bundle>(await sormland.get(`${BASE}/Condition?patient=${other!.id}`)))).toEqual([]);
    expect(await lastAudit()).toMatchObject({ action: 'denied', patient_ids: [other!.id] });
    expect(outcome(await sormland.get(`${BASE}/Condition/${first.id}`), 404).code).toBe('not-found');
  });
});

describe('a real FHIR client (fhir-kit-client) against the running server', () => {
  it('reads, searches, pages, finds a time, books it, sees it and cancels it; a raced proposal is booked once', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const client = new Client({
      baseUrl: `${address}${BASE}`,
      customHeaders: { cookie: nurse.cookie!, 'x-csrf-token': nurse.csrf },
    });
    const valid = <T>(r: unknown) => {
      expectValidFhir(r);
      return r as T;
    };
    valid<CapabilityStatement>(await client.capabilityStatement());
    const kumla = await patientsOf('Kumla vårdcentral SMO');
    const p = valid<Patient>(await client.read({ resourceType: 'Patient', id: kumla[0]!.id }));
    expect(p.id).toBe(kumla[0]!.id);
    let page = valid<Bundle>(
      await client.search({ resourceType: 'Patient', searchParams: { birthdate: 'ge1900', _count: 10 } }),
    );
    const seen = ids(page);
    for (
      let next = await client.nextPage({ bundle: page as never });
      next;
      next = await client.nextPage({ bundle: page as never })
    ) {
      page = valid<Bundle>(next);
      seen.push(...ids(page));
    }
    expect(seen).toEqual(kumla.map((k) => k.id));

    // A new patient with no adaptations, so any nurse may come; a week away from the demo's bookings.
    const made = await nurse.post('/api/patients', {
      identityNumber: makeTestIdentityNumber('1933-03-03', 986),
      givenName: 'Klient',
      familyName: 'Bokasson',
      municipalityCode: '1881',
    });
    expect(made.status).toBe(201);
    const patientId: string = made.body.id;
    const start = addDaysToLocalDate(localToday(), 35);
    const found = valid<Bundle>(
      await client.operation({
        resourceType: 'Appointment',
        name: '$find',
        method: 'GET',
        input: { patient: `Patient/${patientId}`, 'service-type': 'nurse_visit', start, _count: 3 },
      }),
    );
    expect(found.total).toBeGreaterThan(0);
    const proposal = found.entry![0]!.resource as Appointment;
    expect(proposal.status).toBe('proposed');

    // Two clients book the same proposal at once: one gets it, the other a 409 OperationOutcome.
    const raced = await Promise.allSettled([
      client.create({ resourceType: 'Appointment', body: { ...proposal, status: 'booked' } as never }),
      client.create({ resourceType: 'Appointment', body: { ...proposal, status: 'booked' } as never }),
    ]);
    const won = raced.filter((r) => r.status === 'fulfilled');
    const lost = raced.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const refusal = lost[0]!.reason as { response?: { status: number; data: OperationOutcome } };
    expect(refusal.response?.status).toBe(409);
    expect(valid<OperationOutcome>(refusal.response!.data).issue[0]!.code).toBe('conflict');

    const booked = valid<Appointment>((won[0] as PromiseFulfilledResult<unknown>).value);
    expect(booked).toMatchObject({ status: 'booked', start: proposal.start, end: proposal.end });
    expect(booked.participant.map((x) => x.actor?.reference)).toContain(`Patient/${patientId}`);
    expect(valid<Appointment>(await client.read({ resourceType: 'Appointment', id: booked.id! }))).toEqual(
      booked,
    );
    const mine = valid<Bundle>(
      await client.search({
        resourceType: 'Appointment',
        searchParams: { patient: patientId, status: 'booked' },
      }),
    );
    expect(ids(mine)).toEqual([booked.id]);
    const cancelled = valid<Appointment>(
      await client.update({
        resourceType: 'Appointment',
        id: booked.id!,
        body: { ...booked, status: 'cancelled', cancelationReason: { text: 'Patienten är sjuk' } } as never,
      }),
    );
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancelationReason: { text: 'Patienten är sjuk' },
    });
    const rows = await queryRows<{ status: string; cancel_reason: string }>(
      t.database.db,
      sql`select status, cancel_reason from bookings where id = ${booked.id!}`,
    );
    expect(rows).toEqual([{ status: 'cancelled', cancel_reason: 'Patienten är sjuk' }]);
    // Any other change is refused, and nothing changes.
    const moved = outcome(
      await nurse.put(`${BASE}/Appointment/${booked.id}`, { ...cancelled, status: 'booked' }),
      400,
    );
    expect(moved.code).toBe('not-supported');
  });
});

describe('bulk export ($export)', () => {
  it('kicks off asynchronously, lists one NDJSON file per type, streams them valid and audited, honours _type and _since', async () => {
    const async = { prefer: 'respond-async' };
    expect(
      outcome(await nurse.get(`${BASE}/$export?_type=Patient,Observation`, async), 400).diagnostics,
    ).toContain('Observation');
    expect(outcome(await nurse.get(`${BASE}/$export?_typeFilter=x`, async), 400).expression).toEqual([
      '_typeFilter',
    ]);
    const kick = await nurse.get(`${BASE}/$export?_type=Patient,Condition,Organization`, async);
    expect(kick.status).toBe(202);
    const status = String(kick.headers['content-location']);
    const manifest = await nurse.get(new URL(status).pathname);
    expect(manifest.status).toBe(200);
    expect(manifest.body.output.map((o: { type: string }) => o.type)).toEqual([
      'Patient',
      'Condition',
      'Organization',
    ]);
    const lines = async (type: string) => {
      const url = manifest.body.output.find((o: { type: string }) => o.type === type).url as string;
      const res = await nurse.get(new URL(url).pathname);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/fhir+ndjson');
      const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
      return text
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { resourceType: string; id: string });
    };
    const kumla = await patientsOf('Kumla vårdcentral SMO');
    const patients = await lines('Patient');
    for (const p of patients) expectValidFhir(p);
    expect(patients.map((p) => p.id).sort()).toEqual(kumla.map((p) => p.id).sort());
    const exported = await queryRows<{ ids: string[] }>(
      t.database.db,
      sql`select patient_ids as ids from audit_log where action = 'export' and detail->>'export' = ${new URL(status).pathname.split('/').pop()!}`,
    );
    expect(exported.flatMap((e) => e.ids).sort()).toEqual(kumla.map((p) => p.id).sort());
    const conditions = await lines('Condition');
    for (const c of conditions) expectValidFhir(c);
    const [{ n }] = (await queryRows<{ n: number }>(
      t.database.db,
      sql`select coalesce(sum(cardinality(p.diagnoses)), 0)::int as n from patients p join units u on u.id = p.unit_id where u.name = 'Kumla vårdcentral SMO'`,
    )) as [{ n: number }];
    expect(conditions).toHaveLength(n);
    expect((await lines('Organization')).length).toBeGreaterThan(1);

    // Nothing changed since the future; another user cannot see the export; a deleted one is gone.
    const later = await nurse.get(`${BASE}/Patient/$export?_type=Patient&_since=2999-01-01T00:00:00Z`, async);
    const laterManifest = (await nurse.get(new URL(String(later.headers['content-location'])).pathname)).body;
    const none = await nurse.get(new URL(laterManifest.output[0].url).pathname);
    expect(none.body).toBe('');
    expect(outcome(await sormland.get(new URL(status).pathname), 404).code).toBe('not-found');
    expect((await nurse.delete(new URL(status).pathname)).status).toBe(202);
    expect(outcome(await nurse.get(new URL(status).pathname), 404).code).toBe('not-found');
  });
});
