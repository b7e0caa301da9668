import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { countRows } from '../../../test/harness.ts';
import { queryRows } from '../../db/database.ts';
import { useIntakeTest } from './intake.fixtures.ts';

// Issue 21 item 3: the public form's repeated submissions are one registration (in a row and at once,
// with the form's key or the same content), a later one for a person with an open registration is
// marked as a possible duplicate, and the navigator merges it or says it is not one, with a reason.
const { f, adultNumber, url, auditOf } = useIntakeTest();

let ipCounter = 0;
const nextIp = () => `10.88.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;
const form = (over: Record<string, unknown> = {}, person: Record<string, unknown> = {}) => ({
  source: 'relative',
  person: { givenName: 'Dubb', familyName: 'Lettsson', municipalityCode: '1881', ...person },
  applicant: { name: 'Kalle Lettsson', relation: 'bror', phone: '070-111 22 33' },
  contactPreference: 'phone',
  disabilities: 'Hon har en hjärnskada sedan en olycka.',
  hardToday: 'Att få hjälp med flera saker på en gång.',
  consentToContact: true,
  website: '',
  ...over,
});
const submit = (body: unknown, ip = nextIp()) =>
  f.t.app.inject({
    method: 'POST',
    url: '/api/public/registrations',
    remoteAddress: ip,
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify(body),
  });
const newKey = () => randomUUID();
const tables = ['intake_registrations', 'intake_events', 'intake_public_idempotency', 'audit_log'];
const stored = () => Promise.all(tables.map((x) => countRows(f.t.database, x)));
const byReference = async (reference: string) => {
  const rows = await queryRows<{ id: string }>(
    f.t.database.db,
    sql`select id from intake_registrations where reference = ${reference}`,
  );
  return rows.map((r) => r.id);
};
const withNumber = (identityNumber: string) =>
  queryRows<{ id: string; possible_duplicate_of: string | null }>(
    f.t.database.db,
    sql`select id, possible_duplicate_of from intake_registrations where identity_number = ${identityNumber} order by received_at, id`,
  );

describe('repeated public submissions', () => {
  it('answers the same receipt for the same key in a row, storing one registration', async () => {
    const body = form({ idempotencyKey: newKey() }, { identityNumber: adultNumber() });
    const first = await submit(body);
    expect(first.statusCode).toBe(202);
    const before = await stored();
    const again = await submit(body, nextIp());
    expect(again.statusCode).toBe(202);
    expect(again.json()).toEqual(first.json());
    expect(await stored()).toEqual(before);
    expect(await byReference(first.json().reference)).toHaveLength(1);
  });

  it('gives one registration for two submissions with the same key at once, from two addresses', async () => {
    const number = adultNumber();
    const body = form({ idempotencyKey: newKey() }, { identityNumber: number });
    const answers = await Promise.all([submit(body), submit(body), submit(body)]);
    for (const a of answers) expect(a.statusCode, a.body).toBe(202);
    expect(new Set(answers.map((a) => a.json().reference)).size).toBe(1);
    expect(await withNumber(number)).toHaveLength(1);
  });

  it('gives one registration for the same key without an identity number, also at once', async () => {
    const body = form({ idempotencyKey: newKey() }, { familyName: 'Utannummer' });
    const answers = await Promise.all([submit(body), submit(body)]);
    expect(answers.map((a) => a.statusCode)).toEqual([202, 202]);
    expect(answers[0]!.json().reference).toBe(answers[1]!.json().reference);
    expect(await byReference(answers[0]!.json().reference)).toHaveLength(1);
  });

  it('without a key: the same identity number and content in a row and at once is one registration', async () => {
    const number = adultNumber();
    const body = form({}, { identityNumber: number });
    const [a, b] = await Promise.all([submit(body), submit(body)]);
    const c = await submit(body);
    expect([a, b, c].map((x) => x!.statusCode)).toEqual([202, 202, 202]);
    expect(new Set([a, b, c].map((x) => x!.json().reference)).size).toBe(1);
    expect(await withNumber(number)).toHaveLength(1);
  });

  it('without a key or a number, two identical submissions are two registrations (nothing tells them apart)', async () => {
    const body = form({}, { familyName: 'Anonymsson' });
    const a = await submit(body);
    const b = await submit(body);
    expect(a.json().reference).not.toBe(b.json().reference);
  });

  it('refuses the same key with other content (422, nothing written) and a malformed key (400)', async () => {
    const key = newKey();
    expect((await submit(form({ idempotencyKey: key }, { identityNumber: adultNumber() }))).statusCode).toBe(
      202,
    );
    const before = await stored();
    const other = await submit(form({ idempotencyKey: key, hardToday: 'Något annat.' }));
    expect(other.statusCode).toBe(422);
    expect(other.json()).toMatchObject({ code: 'idempotency_key_reused' });
    expect(other.json().detail).toContain('redan skickats');
    for (const bad of ['short', 'has spaces in it ok', 'x'.repeat(101), 'åäö'.repeat(10)]) {
      const res = await submit(form({ idempotencyKey: bad }));
      expect(res.statusCode, bad).toBe(400);
    }
    expect(await stored()).toEqual(before);
  });

  it('a replay is not counted against the rate limit', async () => {
    const ip = '10.99.99.99';
    const body = form({ idempotencyKey: newKey() });
    for (let i = 0; i < 8; i++) expect((await submit(body, ip)).statusCode).toBe(202);
    for (let i = 0; i < 4; i++) expect((await submit(form(), ip)).statusCode).toBe(202);
    expect((await submit(form(), ip)).statusCode).toBe(429);
  });
});

describe('possible duplicates', () => {
  it('marks a later submission for a person with an open registration, with the same public answer', async () => {
    const number = adultNumber();
    const first = await submit(form({ idempotencyKey: newKey() }, { identityNumber: number }));
    const later = await submit(
      form({ idempotencyKey: newKey(), hardToday: 'Nu också svårt att sova.' }, { identityNumber: number }),
    );
    expect(later.statusCode).toBe(202);
    expect(Object.keys(later.json()).sort()).toEqual(['received', 'reference']);
    expect(later.json().reference).not.toBe(first.json().reference);
    const [a, b] = await withNumber(number);
    expect(a!.possible_duplicate_of).toBeNull();
    expect(b!.possible_duplicate_of).toBe(a!.id);
    const card = (await f.navigator.get('/api/intake/registrations')).body.registrations.find(
      (x: { id: string }) => x.id === b!.id,
    );
    expect(card.possibleDuplicateOf).toBe(a!.id);
    const detail = (await f.navigator.get(url(b!.id))).body;
    expect(detail.duplicate).toMatchObject({
      of: a!.id,
      ofReference: first.json().reference,
      status: 'open',
      mayResolve: true,
    });
    expect(detail.events[0].note).toContain(first.json().reference);
    const earlier = (await f.navigator.get(url(a!.id))).body;
    expect(earlier.possibleDuplicates).toEqual([{ id: b!.id, reference: later.json().reference }]);
    expect((await auditOf(b!.id))[0]).toMatchObject({
      action: 'create',
      detail: { possibleDuplicateOf: a!.id },
    });
  });

  it('two different submissions for one person at once: the second is marked against the first', async () => {
    const number = adultNumber();
    const answers = await Promise.all([
      submit(form({ hardToday: 'Ett.' }, { identityNumber: number })),
      submit(form({ hardToday: 'Två.' }, { identityNumber: number })),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([202, 202]);
    const rows = await withNumber(number);
    expect(rows).toHaveLength(2);
    // Whichever took the lock first is the earlier one; the other is marked against it.
    const unmarked = rows.filter((r) => r.possible_duplicate_of === null);
    expect(unmarked).toHaveLength(1);
    expect(rows.find((r) => r.possible_duplicate_of !== null)!.possible_duplicate_of).toBe(unmarked[0]!.id);
  });
});

describe('the navigator resolves a possible duplicate', () => {
  async function pair(extra: Record<string, unknown> = {}) {
    const number = adultNumber();
    await submit(form({ idempotencyKey: newKey() }, { identityNumber: number }));
    await submit(
      form(
        { idempotencyKey: newKey(), currentCareContacts: 'Habiliteringen i Örebro.', ...extra },
        { identityNumber: number, email: 'dubb@example.se' },
      ),
    );
    const [earlier, later] = await withNumber(number);
    return { earlier: earlier!.id, later: later!.id };
  }

  it('merges: the later closes as a duplicate, what is new is carried over, the reason on both, audited', async () => {
    const { earlier, later } = await pair({ hardToday: 'Nu också svårt att sova.' });
    const res = await f.navigator.post(url(later, '/merge'), {
      reason: 'Samma person, skickade två gånger.',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      stage: 'closed',
      closeReason: 'duplicate',
      possibleDuplicateOf: null,
      duplicate: { of: earlier, status: 'merged', reason: 'Samma person, skickade två gånger.' },
    });
    expect(res.body.events.at(-1)).toMatchObject({ kind: 'merged', toStage: 'closed' });
    const e = (await f.navigator.get(url(earlier))).body;
    expect(e.stage).toBe('received');
    expect(e.person.email).toBe('dubb@example.se');
    expect(e.currentCareContacts).toBe('Habiliteringen i Örebro.');
    expect(e.hardToday).toContain('Att få hjälp med flera saker på en gång.');
    expect(e.hardToday).toContain('Nu också svårt att sova.');
    expect(e.possibleDuplicates).toEqual([]);
    const note = e.events.at(-1);
    expect(note.kind).toBe('merged_in');
    expect(note.note).toContain('Skäl: Samma person, skickade två gånger.');
    expect(note.note).toContain('e-post');
    const audit = await auditOf(earlier);
    expect(audit.at(-2)).toMatchObject({
      action: 'update',
      detail: { step: 'merged_in', mergedFrom: later },
    });
    expect((await auditOf(later)).at(-1)).toMatchObject({
      action: 'update',
      detail: { step: 'merged', mergedInto: earlier, reason: 'Samma person, skickade två gånger.' },
    });
    // Done once: a second merge or marking is refused.
    expect((await f.navigator.post(url(later, '/merge'), { reason: 'Igen.' })).status).toBe(409);
    const again = await f.navigator.post(url(later, '/not-duplicate'), { reason: 'Igen.' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('duplicate_already_resolved');
  });

  it('not a duplicate: the mark is resolved with its reason, the registration stays open', async () => {
    const { earlier, later } = await pair();
    const res = await f.navigator.post(url(later, '/not-duplicate'), {
      reason: 'Tvillingar med samma uppgifter i formuläret.',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      stage: 'received',
      possibleDuplicateOf: null,
      duplicate: {
        of: earlier,
        status: 'not_duplicate',
        reason: 'Tvillingar med samma uppgifter i formuläret.',
      },
    });
    expect(res.body.events.at(-1)).toMatchObject({ kind: 'not_duplicate' });
    expect((await auditOf(later)).at(-1)).toMatchObject({
      action: 'update',
      detail: { step: 'not_duplicate', possibleDuplicateOf: earlier },
    });
    expect((await f.navigator.get(url(earlier))).body.possibleDuplicates).toEqual([]);
  });

  it('refuses bad input, the wrong registration, the wrong role and an ended earlier one, writing nothing', async () => {
    const { earlier, later } = await pair();
    const before = await stored();
    for (const body of [{}, { reason: '' }, { reason: 'ab' }, { reason: 'x'.repeat(1001) }, { reason: 7 }]) {
      for (const path of ['/merge', '/not-duplicate']) {
        const res = await f.navigator.post(url(later, path), body);
        expect(res.status, `${path} ${JSON.stringify(body)}`).toBe(400);
      }
    }
    const short = await f.navigator.post(url(later, '/merge'), { reason: 'ab' });
    expect(short.body.errors[0]).toMatchObject({ code: 'duplicate_reason_required' });
    // The earlier one is not marked.
    const notMarked = await f.navigator.post(url(earlier, '/not-duplicate'), { reason: 'Inte markerad.' });
    expect(notMarked.status).toBe(409);
    expect(notMarked.body.code).toBe('not_a_possible_duplicate');
    expect((await f.navigator.post(url(earlier, '/merge'), { reason: 'Inte markerad.' })).status).toBe(409);
    expect(await stored()).toEqual(before);
    // A nurse reads but does not resolve (403, the refusal logged); another region sees nothing (404).
    expect((await f.nurse.post(url(later, '/merge'), { reason: 'Sköterskan försöker.' })).status).toBe(403);
    expect((await f.sormland.post(url(later, '/not-duplicate'), { reason: 'Fel region.' })).status).toBe(404);
    // The earlier one closed meanwhile: merging into it is refused, saying which one.
    expect(
      (await f.navigator.post(url(earlier, '/close'), { reason: 'not_reachable', note: null })).status,
    ).toBe(200);
    const mid = await stored();
    const ended = await f.navigator.post(url(later, '/merge'), { reason: 'För sent.' });
    expect(ended.status).toBe(409);
    expect(ended.body.code).toBe('duplicate_target_ended');
    expect(await stored()).toEqual(mid);
  });
});
