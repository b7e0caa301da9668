import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  aggregateMonths,
  byAnsweredBy,
  CSV_HEADER,
  commentsOf,
  csvRows,
  invitationExpiry,
  lastDayOf,
  monthsBetween,
  type ResponseRow,
  resolvePeriod,
  responseRate,
  shares,
  totalOf,
} from './surveys.rules.ts';

const row = (over: Partial<ResponseRow> = {}): ResponseRow => ({
  visitDate: '2026-03-10',
  visitTypeCode: 'health_check',
  version: 'patient',
  answeredBy: 'patient_alone',
  channel: 'link',
  accessibility: 3,
  time: 2,
  treatment: 3,
  communication: 1,
  participation: null,
  comment: null,
  ...over,
});

describe('periods', () => {
  it('adds months across years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-03', -14)).toBe('2025-01');
  });
  it('lists the months of a period, both ends included', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02', '2026-01')).toEqual([]);
  });
  it('defaults to the last 12 months up to this one', () => {
    expect(resolvePeriod({}, '2026-03-15')).toEqual({ from: '2025-04', to: '2026-03' });
    expect(resolvePeriod({ from: '2025-01' }, '2026-03-15')).toEqual({ from: '2025-01', to: '2025-12' });
    expect(resolvePeriod({ to: '2025-06' }, '2026-03-15')).toEqual({ from: '2024-07', to: '2025-06' });
  });
  it('knows the last day of a month, leap years included', () => {
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2026-02')).toBe('2026-02-28');
    expect(lastDayOf('2026-12')).toBe('2026-12-31');
  });
  it('lets a link be answered 30 days after the visit, or after it was made', () => {
    const visitEnd = new Date('2026-03-10T10:00:00Z');
    expect(invitationExpiry(visitEnd, new Date('2026-03-01T00:00:00Z')).toISOString()).toBe(
      '2026-04-09T10:00:00.000Z',
    );
    expect(invitationExpiry(visitEnd, new Date('2026-03-20T00:00:00Z')).toISOString()).toBe(
      '2026-04-19T00:00:00.000Z',
    );
  });
});

describe('score aggregation', () => {
  it('counts each face per dimension and month, skipping unanswered questions', () => {
    const months = aggregateMonths(
      ['2026-02', '2026-03'],
      [row(), row({ accessibility: 1, time: 3, channel: 'kiosk' }), row({ visitDate: '2026-02-02' })],
      [],
    );
    const march = months[1]!;
    expect(march.responses).toBe(2);
    expect(march.kiosk).toBe(1);
    expect(march.dimensions.accessibility).toEqual({ good: 1, middle: 0, bad: 1 });
    expect(march.dimensions.time).toEqual({ good: 1, middle: 1, bad: 0 });
    expect(march.dimensions.participation).toEqual({ good: 0, middle: 0, bad: 0 });
    expect(months[0]!.responses).toBe(1);
  });
  it('leaves out answers outside the period and keeps empty months', () => {
    const months = aggregateMonths(['2026-03'], [row({ visitDate: '2025-03-10' })], []);
    expect(months).toHaveLength(1);
    expect(months[0]!.responses).toBe(0);
    expect(months[0]!.responseRate).toBeNull();
  });
  it('gives shares that sum to one, or zeros without answers', () => {
    expect(shares({ good: 2, middle: 1, bad: 1 })).toEqual({ good: 0.5, middle: 0.25, bad: 0.25 });
    expect(shares({ good: 0, middle: 0, bad: 0 })).toEqual({ good: 0, middle: 0, bad: 0 });
  });
  it('sums the months into the totals (property)', () => {
    const arbRow = fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.constantFrom('2026-01', '2026-02', '2026-03'),
      s: fc.array(fc.constantFrom(1, 2, 3, null), { minLength: 5, maxLength: 5 }),
    });
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 40 }), (rs) => {
        const rows = rs.map((r) =>
          row({
            visitDate: `${r.month}-${String(r.day).padStart(2, '0')}`,
            accessibility: r.s[0]!,
            time: r.s[1]!,
            treatment: r.s[2]!,
            communication: r.s[3]!,
            participation: r.s[4]!,
          }),
        );
        const total = totalOf(aggregateMonths(['2026-01', '2026-02', '2026-03'], rows, []));
        expect(total.responses).toBe(rows.length);
        const answered = rows.filter((r) => r.accessibility !== null).length;
        const a = total.dimensions.accessibility;
        expect(a.good + a.middle + a.bad).toBe(answered);
      }),
    );
  });
  it('counts good answers per who answered', () => {
    const out = byAnsweredBy([row(), row({ answeredBy: 'companion', accessibility: 3, time: 3 })]);
    expect(out.find((o) => o.answeredBy === 'patient_alone')).toEqual({
      answeredBy: 'patient_alone',
      responses: 1,
      good: { good: 2, middle: 1, bad: 1 },
    });
    expect(out.find((o) => o.answeredBy === 'patient_with_help')?.responses).toBe(0);
  });
});

describe('response rate', () => {
  it('is answered invitations over invitations, per month', () => {
    expect(responseRate(3, 4)).toBe(0.75);
    expect(responseRate(0, 0)).toBeNull();
    const months = aggregateMonths(
      ['2026-02', '2026-03'],
      [],
      [
        { month: '2026-03', invitations: 10, answered: 4 },
        { month: '2026-02', invitations: 5, answered: 5 },
        { month: '2025-01', invitations: 99, answered: 1 },
      ],
    );
    expect(months.map((m) => m.responseRate)).toEqual([1, 0.4]);
    expect(totalOf(months).responseRate).toBeCloseTo(9 / 15);
  });
});

describe('comments', () => {
  it('are newest first and show only the month', () => {
    const out = commentsOf([
      row({ comment: 'Äldst', visitDate: '2026-01-03' }),
      row({ comment: null }),
      row({ comment: 'Nyast', visitDate: '2026-03-28' }),
    ]);
    expect(out.map((c) => c.text)).toEqual(['Nyast', 'Äldst']);
    expect(out[0]).toEqual({
      month: '2026-03',
      visitTypeCode: 'health_check',
      version: 'patient',
      answeredBy: 'patient_alone',
      text: 'Nyast',
    });
  });
});

describe('CSV rows', () => {
  it('has Swedish headers and words, the month only, and neutralised formulas', () => {
    expect(CSV_HEADER[0]).toBe('Månad');
    const rows = csvRows([row({ comment: '=HYPERLINK("x")', channel: 'kiosk' })], () => 'Hälsokontroll');
    expect(rows).toEqual([
      [
        '2026-03',
        'Hälsokontroll',
        'Lättläst (patient)',
        'Patienten själv',
        'Surfplatta i receptionen',
        'Bra',
        'Sådär',
        'Bra',
        'Dåligt',
        '',
        '\'=HYPERLINK("x")',
      ],
    ]);
  });
  it('does not keep the order answers came in', () => {
    const a = row({ accessibility: 1, comment: 'a' });
    const b = row({ accessibility: 3, comment: 'b' });
    expect(csvRows([a, b], (c) => c)).toEqual(csvRows([b, a], (c) => c));
  });
});
