import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  claimFor,
  contentHashOf,
  type MergeFields,
  mergeNote,
  planMerge,
} from './intake.duplicates.ts';

const at = new Date('2026-12-07T10:00:00Z');

describe('the content of a public submission', () => {
  it('hashes equal content equally whatever the key order, ignoring the honeypot and the key', () => {
    const a = { source: 'self', person: { givenName: 'A', familyName: 'B' }, website: '' };
    const b = { person: { familyName: 'B', givenName: 'A' }, source: 'self', idempotencyKey: 'k'.repeat(20) };
    expect(canonicalJson(a.person)).toBe(canonicalJson(b.person));
    expect(contentHashOf(a)).toBe(contentHashOf(b));
    expect(contentHashOf(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes different content differently (one word, null against missing text)', () => {
    const a = { hardToday: 'Att sova.', person: { identityNumber: '191212121212' } };
    expect(contentHashOf(a)).not.toBe(contentHashOf({ ...a, hardToday: 'Att äta.' }));
    expect(contentHashOf({ x: null })).not.toBe(contentHashOf({ x: 'null' }));
  });
});

describe('the claim a submission makes', () => {
  it('the form’s key for 24 hours', () => {
    const c = claimFor({ idempotencyKey: 'abcdefghijklmnop', person: { identityNumber: null } }, 'h', at);
    expect(c).toEqual({
      key: 'key:abcdefghijklmnop',
      contentHash: 'h',
      expiresAt: new Date('2026-12-08T10:00:00Z'),
    });
  });

  it('without a key, the content with an identity number for 10 minutes; else nothing', () => {
    expect(claimFor({ person: { identityNumber: '191212121212' } }, 'h', at)).toEqual({
      key: 'content:h',
      contentHash: 'h',
      expiresAt: new Date('2026-12-07T10:10:00Z'),
    });
    expect(claimFor({ person: { identityNumber: null } }, 'h', at)).toBeNull();
  });
});

const none: MergeFields = {
  streetAddress: null,
  postalCode: null,
  city: null,
  phone: null,
  email: null,
  applicantName: null,
  applicantRelation: null,
  applicantPhone: null,
  applicantEmail: null,
  disabilities: null,
  currentCareContacts: null,
  hardToday: null,
};

describe('merging a later registration into an earlier one', () => {
  it('fills in what the earlier lacks and appends free text that differs', () => {
    const plan = planMerge(
      { ...none, phone: '070-1', hardToday: 'Att sova.' },
      { ...none, phone: '070-1', email: 'a@b.se', hardToday: 'Att äta.' },
      'K7QX-M4PA',
      false,
    );
    expect(plan.set).toEqual({
      email: 'a@b.se',
      hardToday: 'Att sova.\n\n(Från anmälan K7QX-M4PA:) Att äta.',
    });
    expect(plan.carried).toEqual(['email', 'hardToday']);
    expect(plan.differing).toEqual([]);
  });

  it('keeps a contact detail that differs and names the later’s value instead', () => {
    const plan = planMerge({ ...none, phone: '070-1' }, { ...none, phone: '070-2' }, 'R', false);
    expect(plan.set).toEqual({});
    expect(plan.differing).toEqual([{ field: 'phone', value: '070-2' }]);
    expect(mergeNote('R', plan, 'Samma person.')).toBe(
      'Anmälan R slogs ihop med den här. Annat i R (inte ändrat här): telefon: 070-2. Skäl: Samma person.',
    );
  });

  it('carries nothing already there (equal, blank, or text already contained)', () => {
    const plan = planMerge(
      { ...none, hardToday: 'Att sova. Att äta.', city: 'Kumla' },
      { ...none, hardToday: 'Att äta.', city: ' Kumla ', phone: '  ' },
      'R',
      false,
    );
    expect(plan).toEqual({ set: {}, carried: [], differing: [] });
    expect(mergeNote('R', plan, 'Dubbelklick.')).toContain('Inget nytt att överföra.');
  });

  it('changes nothing on an enrolled earlier one: everything new goes into the note', () => {
    const plan = planMerge(none, { ...none, email: 'a@b.se' }, 'R', true);
    expect(plan.set).toEqual({});
    expect(plan.differing).toEqual([{ field: 'email', value: 'a@b.se' }]);
  });
});
