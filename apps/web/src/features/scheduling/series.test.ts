import { describe, expect, it } from 'vitest';
import { recurrenceWords } from './series.ts';

describe('recurrenceWords', () => {
  it('says every, every other and every n-th week in Swedish', () => {
    expect(recurrenceWords({ everyWeeks: 2, weekday: 3, time: '13:00' }, 'sv')).toBe(
      'varannan onsdag kl. 13.00',
    );
    expect(recurrenceWords({ everyWeeks: 1, weekday: 1, time: '09:30' }, 'sv')).toBe('varje måndag kl. 9.30');
    expect(recurrenceWords({ everyWeeks: 3, weekday: 5, time: '08:15' }, 'sv')).toBe(
      'var tredje vecka på fredagar kl. 8.15',
    );
  });
  it('says the same in English', () => {
    expect(recurrenceWords({ everyWeeks: 2, weekday: 3, time: '13:00' }, 'en')).toBe(
      'every other Wednesday at 13:00',
    );
    expect(recurrenceWords({ everyWeeks: 4, weekday: 2, time: '10:00' }, 'en')).toBe(
      'every 4 weeks on Tuesdays at 10:00',
    );
  });
});
