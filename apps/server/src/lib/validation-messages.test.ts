import { describe, expect, it } from 'vitest';
import { localise } from './language.ts';
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
  it('uses the contract’s own two-language message when it has one', () => {
    const issue = { code: 'custom', path: ['identityNumber'], message: 'Fel nummer. / Wrong number.' };
    expect(describeIssue(issue, 'sv')).toEqual({ path: 'identityNumber', message: 'Fel nummer.' });
    expect(describeIssue(issue, 'en')).toEqual({ path: 'identityNumber', message: 'Wrong number.' });
    expect(localise('Bara svenska', 'en')).toBe('Bara svenska');
  });
});
