import { describe, expect, it } from 'vitest';
import { dateWords, easyReadPlan, isOverdue, pictogramOf } from './health-plans.rules.ts';

const action = (over: Partial<Parameters<typeof easyReadPlan>[0]['actions'][number]> = {}) => ({
  text: 'Remiss för audiometri',
  easyText: 'Du ska testa hur du hör.',
  topic: 'nurse',
  ownerKind: 'team',
  ownerName: 'Sanna',
  dueDate: '2027-03-03',
  status: 'planned',
  ...over,
});

describe('the health plan', () => {
  it('is overdue only when due before today and still open', () => {
    expect(isOverdue({ dueDate: '2026-12-01', status: 'planned' }, '2026-12-07')).toBe(true);
    expect(isOverdue({ dueDate: '2026-12-01', status: 'in_progress' }, '2026-12-07')).toBe(true);
    expect(isOverdue({ dueDate: '2026-12-01', status: 'done' }, '2026-12-07')).toBe(false);
    expect(isOverdue({ dueDate: '2026-12-07', status: 'planned' }, '2026-12-07')).toBe(false);
  });

  it('has an easy-read copy with one pictogram per open action, short sentences and LIX at most 30', () => {
    const c = easyReadPlan({
      patientName: 'Anna Berg',
      unitName: 'Kumla vårdcentral',
      nextCheckDate: '2027-12-07',
      actions: [
        action(),
        action({
          topic: 'blood_test',
          easyText: null,
          text: 'Ta prover för sköldkörteln.',
          ownerKind: 'patient',
        }),
        action({ topic: 'home', status: 'cancelled' }),
        action({ topic: 'weigh', status: 'done', ownerKind: 'municipal', ownerName: 'Marie' }),
      ],
    });
    const rows = c.sections.find((s) => s.key === 'schedule')!.rows;
    expect(rows.map((r) => r.picture)).toEqual([
      { kind: 'pictogram', code: 'meet_nurse' },
      { kind: 'pictogram', code: 'blood_test' },
      { kind: 'pictogram', code: 'weigh' },
    ]);
    expect(rows[0]!.lines).toEqual([
      'Du ska testa hur du hör.',
      'Sanna på vårdcentralen gör det.',
      'Senast 3 mars 2027.',
    ]);
    expect(rows[1]!.lines[1]).toBe('Du gör det.');
    expect(rows[2]!.lines).toContain('Det är klart.');
    expect(c.variant).toBe('easy_read');
    expect(c.lix).toBeGreaterThan(0);
    expect(c.lix).toBeLessThanOrEqual(30);
    for (const line of c.sections.flatMap((s) => s.rows.flatMap((r) => r.lines)))
      expect(line.split(/\s+/).length).toBeLessThanOrEqual(15);
  });

  it('says so when nothing needs doing, and names the month of the next check', () => {
    const c = easyReadPlan({ patientName: 'Anna', unitName: '', nextCheckDate: '2027-11-20', actions: [] });
    expect(c.sections.flatMap((s) => s.rows.flatMap((r) => r.lines))).toEqual(
      expect.arrayContaining(['Du mår bra.', 'Nästa gång ses vi i november 2027.']),
    );
    expect(dateWords('2027-01-09')).toBe('9 januari 2027');
    expect(pictogramOf('unknown')).toBe('talk');
  });
});
