import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayIdentity, parsePatientQuery, toPatient } from './patients.rules.ts';

describe('parsePatientQuery', () => {
  it.each([
    ['19121212-1212', { kind: 'identity', digits: '191212121212', century: true }],
    ['191212121212', { kind: 'identity', digits: '191212121212', century: true }],
    ['121212-1212', { kind: 'identity', digits: '1212121212', century: false }],
    ['121212+1212', { kind: 'identity', digits: '1212121212', century: false }],
    ['19121212', { kind: 'identity', digits: '19121212', century: true }],
    ['121212', { kind: 'identity', digits: '121212', century: false }],
    ['Anna Svensson', { kind: 'name', words: ['anna', 'svensson'] }],
    ['svens, an', { kind: 'name', words: ['svens', 'an'] }],
    ['12345', { kind: 'name', words: ['12345'] }],
  ])('reads %s', (q, expected) => {
    expect(parsePatientQuery(q)).toEqual(expected);
  });

  it('never lets LIKE wildcards through and keeps at most four words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (q) => {
        const parsed = parsePatientQuery(q);
        if (parsed.kind === 'name') {
          expect(parsed.words.length).toBeLessThanOrEqual(4);
          for (const w of parsed.words) expect(w).not.toMatch(/[%_\\\s]/);
        } else {
          expect(parsed.digits).toMatch(/^[0-9]{6,12}$/);
        }
      }),
    );
  });
});

describe('displayIdentity', () => {
  it('puts the dash before the last four digits of a 12-digit number, leaves reserve numbers alone', () => {
    expect(displayIdentity('191212121212')).toBe('19121212-1212');
    expect(displayIdentity('19850101AB1C')).toBe('19850101AB1C');
  });
});

describe('protected identity', () => {
  const base = {
    id: '00000000-0000-4000-8000-000000000001',
    regionId: 'r',
    unitId: '00000000-0000-4000-8000-000000000002',
    identityKind: 'personnummer',
    identityNumber: '191212121212',
    givenName: 'Tolvan',
    familyName: 'Tolvansson',
    birthDate: '1912-12-12',
    sex: 'male',
    municipalityCode: '1881',
    streetAddress: 'Hemligvägen 1',
    postalCode: '692 31',
    city: 'Kumla',
    phone: null,
    email: null,
    diagnoses: [],
    note: null,
    needsGroup: null,
    createdAt: new Date(0),
    updatedAt: new Date(0),
  };
  const rep = {
    id: 'x',
    regionId: 'r',
    patientId: base.id,
    kind: 'god_man',
    name: 'Greta',
    phone: null,
    email: null,
    streetAddress: 'Greta väg 2',
    postalCode: '692 32',
    city: 'Kumla',
    receivesLetters: true,
    receivesHealthInfo: false,
    mayBook: false,
    note: null,
    createdAt: new Date(0),
  };

  it('hides the address of the patient and the representatives', () => {
    const p = toPatient({ ...base, protectedIdentity: true }, [rep]);
    expect(p.address).toBeNull();
    expect(p.representatives[0]!.address).toBeNull();
    expect(JSON.stringify(p)).not.toMatch(/Hemligvägen|Greta väg/);
  });

  it('shows them when the identity is not protected', () => {
    const p = toPatient({ ...base, protectedIdentity: false }, [rep]);
    expect(p.address?.streetAddress).toBe('Hemligvägen 1');
    expect(p.representatives[0]!.address?.streetAddress).toBe('Greta väg 2');
  });
});
