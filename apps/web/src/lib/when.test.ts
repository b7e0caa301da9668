import { describe, expect, it } from 'vitest';
import {
  addDays,
  capitalise,
  clockRange,
  dayWords,
  inLanguage,
  isoWeek,
  mondayOf,
  shortDay,
  whenWords,
  windowTime,
} from './when.ts';

describe('visit times in words', () => {
  it('says a winter visit the Swedish way, in Stockholm time', () => {
    // 08:30Z is 9.30 in Stockholm in December (UTC+1).
    expect(whenWords('2026-12-01T08:30:00Z', '2026-12-01T09:30:00Z', 'sv', '2026-11-01')).toBe(
      'tisdag 1 december kl. 9.30–10.30',
    );
    expect(whenWords('2026-12-01T08:30:00Z', '2026-12-01T09:30:00Z', 'en', '2026-11-01')).toBe(
      'Tuesday 1 December, 9:30–10:30',
    );
  });

  it('follows daylight saving: 07:00Z is 9.00 in summer', () => {
    expect(clockRange('2026-06-02T07:00:00Z', '2026-06-02T08:15:00Z', 'sv')).toBe('9.00–10.15');
  });

  it('adds the year only when it is not this year', () => {
    expect(dayWords('2027-01-05', 'sv', '2026-12-20')).toBe('tisdag 5 januari 2027');
    expect(dayWords('2026-12-21', 'sv', '2026-12-20')).toBe('måndag 21 december');
  });

  it('counts calendar days and weeks across the DST change', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(mondayOf('2026-03-29')).toBe('2026-03-23');
    expect(mondayOf('2026-03-30')).toBe('2026-03-30');
    expect(isoWeek('2026-12-01')).toBe(49);
    expect(isoWeek('2027-01-01')).toBe(53);
    expect(isoWeek('2026-01-01')).toBe(1);
    expect(shortDay('2026-12-01', 'sv')).toBe('tis 1/12');
  });

  it('picks the UI language from a bilingual server text', () => {
    expect(inLanguage('Inget rum ledigt. / No room free.', 'sv')).toBe('Inget rum ledigt.');
    expect(inLanguage('Inget rum ledigt. / No room free.', 'en')).toBe('No room free.');
    expect(inLanguage('fast sjuksköterska', 'en')).toBe('fast sjuksköterska');
    expect(capitalise('fast sjuksköterska')).toBe('Fast sjuksköterska');
  });

  it('writes time windows short', () => {
    expect(windowTime('08:00', 'sv')).toBe('08');
    expect(windowTime('09:30', 'sv')).toBe('09.30');
  });
});
