import { describe, expect, it } from 'vitest';
import { FhirError } from './fhir.errors.ts';
import { parseDateBound, parseSearch, parseToken, splitValues } from './fhir.search.rules.ts';

const defs = [
  { name: 'name', type: 'string' as const },
  { name: 'birthdate', type: 'date' as const },
];

const fails = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(FhirError);
    return e as FhirError;
  }
  throw new Error('did not fail');
};

describe('parseSearch', () => {
  it('keeps AND between occurrences and OR inside one, and the query for the links', () => {
    const s = parseSearch({ name: ['an,bo', 'ce'], birthdate: 'ge1990', _count: '5', _offset: '10' }, defs);
    expect(s.params.get('name')).toEqual([{ values: ['an', 'bo'] }, { values: ['ce'] }]);
    expect(s).toMatchObject({ count: 5, offset: 10, summaryCount: false });
    expect(s.kept).toEqual([
      ['name', 'an,bo'],
      ['name', 'ce'],
      ['birthdate', 'ge1990'],
    ]);
  });

  it('names what it does not know or take, never ignores it', () => {
    expect(fails(() => parseSearch({ colour: 'red' }, defs))).toMatchObject({
      status: 400,
      expression: ['colour'],
    });
    expect(fails(() => parseSearch({ 'name:exact': 'An' }, defs)).issue).toBe('not-supported');
    expect(fails(() => parseSearch({ _count: '-1' }, defs)).expression).toEqual(['_count']);
    expect(fails(() => parseSearch({ _summary: 'true' }, defs)).issue).toBe('not-supported');
  });

  it('caps the page size and reads _summary=count', () => {
    expect(parseSearch({ _count: '99999', _summary: 'count' }, defs)).toMatchObject({
      count: 1000,
      summaryCount: true,
    });
  });
});

describe('values', () => {
  it('splits on unescaped commas', () => {
    expect(splitValues('a,b\\,c,')).toEqual(['a', 'b,c', '']);
  });
  it('reads tokens with, without and with an empty system', () => {
    expect(parseToken('s|c')).toEqual({ system: 's', code: 'c', anySystem: false });
    expect(parseToken('|c')).toEqual({ system: undefined, code: 'c', anySystem: false });
    expect(parseToken('c')).toEqual({ code: 'c', anySystem: true });
  });
});

describe('parseDateBound', () => {
  it('turns each precision into its range', () => {
    expect(parseDateBound('d', '2024')).toEqual({ op: 'eq', start: '2024-01-01', end: '2025-01-01' });
    expect(parseDateBound('d', 'ge2024-12')).toEqual({ op: 'ge', start: '2024-12-01', end: '2025-01-01' });
    expect(parseDateBound('d', 'lt2024-02-29')).toEqual({ op: 'lt', start: '2024-02-29', end: '2024-03-01' });
    expect(parseDateBound('d', '2024-03-05T10:00:00Z')).toEqual({
      op: 'eq',
      start: '2024-03-05T10:00:00.000Z',
      end: '2024-03-05T10:00:01.000Z',
    });
  });
  it('reads a time without a zone as Stockholm time, across daylight saving', () => {
    expect(parseDateBound('d', '2024-01-15T10:00').start).toBe('2024-01-15T09:00:00.000Z');
    expect(parseDateBound('d', '2024-07-15T10:00').start).toBe('2024-07-15T08:00:00.000Z');
  });
  it('refuses what is not a date, with the reason', () => {
    expect(fails(() => parseDateBound('birthdate', '2023-02-29')).diagnostics).toContain('no day 29');
    expect(fails(() => parseDateBound('birthdate', '2023-13')).diagnostics).toContain('no month 13');
    expect(fails(() => parseDateBound('birthdate', 'yesterday')).expression).toEqual(['birthdate']);
    expect(fails(() => parseDateBound('birthdate', 'ap2020')).issue).toBe('not-supported');
  });
});
