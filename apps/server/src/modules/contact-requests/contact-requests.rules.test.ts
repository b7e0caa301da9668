import { REQUEST_STATUSES, renderAnyMessage } from '@lotsa/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTransition, routeContactRequest, sortQueue, waitedMinutes } from './contact-requests.rules.ts';

const NURSE = 'nurse';
const STAND_IN = 'stand-in';
const fixedNurse = { staffId: NURSE, standInStaffId: STAND_IN };
const away = (staffId: string, from: string, to: string) => ({ staffId, from, to });

describe('routeContactRequest', () => {
  it('lands with the fixed nurse when she is at work', () => {
    expect(
      routeContactRequest({
        fixedNurse,
        absences: [away(STAND_IN, '2026-11-01', '2026-11-30')],
        today: '2026-11-23',
      }),
    ).toEqual({ staffId: NURSE, routedTo: 'fixed_nurse' });
  });

  it('goes to the stand-in when the fixed nurse is away today', () => {
    expect(
      routeContactRequest({
        fixedNurse,
        absences: [away(NURSE, '2026-11-20', '2026-11-27')],
        today: '2026-11-23',
      }),
    ).toEqual({ staffId: STAND_IN, routedTo: 'stand_in' });
  });

  it('goes to the team when both are away, or there is no stand-in, or no fixed nurse', () => {
    const both = [away(NURSE, '2026-11-20', '2026-11-27'), away(STAND_IN, '2026-11-23', '2026-11-23')];
    expect(routeContactRequest({ fixedNurse, absences: both, today: '2026-11-23' })).toEqual({
      staffId: null,
      routedTo: 'team',
    });
    expect(
      routeContactRequest({
        fixedNurse: { staffId: NURSE, standInStaffId: null },
        absences: [away(NURSE, '2026-11-23', '2026-11-23')],
        today: '2026-11-23',
      }),
    ).toEqual({ staffId: null, routedTo: 'team' });
    expect(routeContactRequest({ fixedNurse: null, absences: [], today: '2026-11-23' })).toEqual({
      staffId: null,
      routedTo: 'team',
    });
  });

  it('counts the first and the last day of an absence as away, and the days around as present', () => {
    const absences = [away(NURSE, '2026-11-20', '2026-11-24')];
    const on = (today: string) => routeContactRequest({ fixedNurse, absences, today }).routedTo;
    expect(on('2026-11-19')).toBe('fixed_nurse');
    expect(on('2026-11-20')).toBe('stand_in');
    expect(on('2026-11-24')).toBe('stand_in');
    expect(on('2026-11-25')).toBe('fixed_nurse');
  });

  it('never hands a request to someone away today, and only ever to the nurse or the stand-in', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-02-${String(d).padStart(2, '0')}`);
    const absence = fc
      .tuple(fc.constantFrom(NURSE, STAND_IN, 'someone else'), day, day)
      .map(([who, a, b]) => {
        const [from, to] = [a, b].sort() as [string, string];
        return away(who, from, to);
      });
    fc.assert(
      fc.property(fc.array(absence, { maxLength: 5 }), day, fc.boolean(), (absences, today, hasStandIn) => {
        const r = routeContactRequest({
          fixedNurse: { staffId: NURSE, standInStaffId: hasStandIn ? STAND_IN : null },
          absences,
          today,
        });
        if (r.staffId === null) expect(r.routedTo).toBe('team');
        else {
          expect([NURSE, STAND_IN]).toContain(r.staffId);
          expect(absences.some((a) => a.staffId === r.staffId && a.from <= today && today <= a.to)).toBe(
            false,
          );
        }
      }),
    );
  });
});

describe('sortQueue', () => {
  it('puts urgent before today before normal, and the longest waiting first within each', () => {
    const q = [
      { id: 'normal-old', urgency: 'normal', createdAt: '2026-11-20T08:00:00Z' },
      { id: 'today-new', urgency: 'today', createdAt: '2026-11-23T10:00:00Z' },
      { id: 'urgent-new', urgency: 'urgent', createdAt: '2026-11-23T11:00:00Z' },
      { id: 'today-old', urgency: 'today', createdAt: '2026-11-22T10:00:00Z' },
      { id: 'urgent-old', urgency: 'urgent', createdAt: new Date('2026-11-23T07:00:00Z') },
      { id: 'normal-new', urgency: 'normal', createdAt: '2026-11-23T08:00:00Z' },
    ];
    expect(sortQueue(q).map((r) => r.id)).toEqual([
      'urgent-old',
      'urgent-new',
      'today-old',
      'today-new',
      'normal-old',
      'normal-new',
    ]);
    expect(q[0]!.id).toBe('normal-old'); // the input is left alone
  });
});

describe('waitedMinutes', () => {
  const created = new Date('2026-11-23T08:00:00Z');
  it('counts whole minutes to now while open, and to done once done', () => {
    expect(waitedMinutes(created, null, new Date('2026-11-23T09:29:59Z'))).toBe(89);
    expect(waitedMinutes(created, new Date('2026-11-23T08:45:00Z'), new Date('2026-11-25T00:00:00Z'))).toBe(
      45,
    );
  });
  it('is never negative (a clock a little behind)', () => {
    expect(waitedMinutes(created, null, new Date('2026-11-23T07:59:00Z'))).toBe(0);
  });
});

describe('checkTransition', () => {
  it('lets an open request move between statuses, and a done one only be reopened', () => {
    expect(checkTransition('new', 'in_progress')).toBeNull();
    expect(checkTransition('in_progress', 'waiting')).toBeNull();
    expect(checkTransition('waiting', 'done')).toBeNull();
    expect(checkTransition('new', 'new')).toBeNull();
    expect(checkTransition('done', 'in_progress')).toBeNull();
    expect(checkTransition('done', 'done')?.code).toBe('request_done');
    expect(checkTransition('done', 'waiting')?.code).toBe('request_done');
    expect(checkTransition('in_progress', 'new')?.code).toBe('request_not_new');
    for (const from of REQUEST_STATUSES)
      for (const to of REQUEST_STATUSES) {
        const p = checkTransition(from, to);
        if (p)
          expect(
            (renderAnyMessage('sv', p.code, p.params) ?? '').length *
              (renderAnyMessage('en', p.code, p.params) ?? '').length,
          ).toBeGreaterThan(0);
      }
  });
});
