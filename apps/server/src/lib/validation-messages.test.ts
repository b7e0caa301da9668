import { ZPhone, ZResourceCalendarInput } from '@lotsa/contracts';
import { describe, expect, it } from 'vitest';
import { describeIssue } from './validation-messages.ts';

describe('validation messages', () => {
  it('names the field and the problem in Swedish and English', () => {
    expect(describeIssue({ code: 'invalid_type', path: ['givenName'], input: undefined }, 'sv').message).toBe(
      'Förnamn måste fyllas i.',
    );
    expect(describeIssue({ code: 'invalid_type', path: ['givenName'], input: undefined }, 'en').message).toBe(
      'Given name is required.',
    );
    expect(
      describeIssue({ code: 'too_big', origin: 'string', maximum: 80, path: ['familyName'] }, 'sv').message,
    ).toBe('Efternamn får ha högst 80 tecken.');
    expect(
      describeIssue({ code: 'too_small', origin: 'number', minimum: 0, path: ['cap'] }, 'en').message,
    ).toBe('Cap must be at least 0.');
  });
  it('uses the contract’s own message code when it has one, with its parameters', () => {
    const phone = ZPhone.safeParse('ring mig');
    expect(phone.success).toBe(false);
    const issue = phone.error!.issues[0]!;
    expect(describeIssue(issue, 'sv')).toMatchObject({
      path: '',
      code: 'phone_format',
      message: 'Skriv ett telefonnummer med siffror, till exempel 019-123 45 67.',
    });
    expect(describeIssue(issue, 'en').message).toBe('Write a phone number with digits, e.g. 019-123 45 67.');
    const hours = { weekday: 1, from: '08:00', to: '12:00', validFrom: '2026-01-01', validTo: null };
    const calendar = ZResourceCalendarInput.safeParse({
      hours: [hours, { ...hours, from: '11:00' }],
      overrides: [],
    });
    expect(calendar.success).toBe(false);
    const overlap = calendar.error!.issues.find((i) => i.path.join('.') === 'hours.1.from')!;
    expect(describeIssue(overlap, 'sv')).toMatchObject({
      code: 'hours_overlap',
      params: { row: 1 },
      message: 'Tiden överlappar rad 1 samma veckodag.',
    });
    expect(describeIssue(overlap, 'en').message).toBe('The time overlaps row 1 on the same weekday.');
  });
});
