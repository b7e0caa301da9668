import { describe, expect, it } from 'vitest';
import { isValidUsername, PASSWORD_MIN_LENGTH, passwordProblem } from './credentials.ts';

describe('isValidUsername', () => {
  it('accepts lowercase letters, digits, dot and hyphen, 3 to 40 characters', () => {
    for (const name of ['admin', 'admin.sormland', 'kommun.kumla', 'anna-2', 'abc', 'a'.repeat(40)])
      expect(isValidUsername(name), name).toBe(true);
  });
  it('refuses too short, too long, capitals, spaces and other characters', () => {
    for (const name of ['ab', '', 'a'.repeat(41), 'Anna', 'anna berg', 'åsa', 'anna_b', 'anna@x.se'])
      expect(isValidUsername(name), name).toBe(false);
  });
});

describe('passwordProblem', () => {
  it('accepts 12 characters or more', () => {
    expect(passwordProblem('a'.repeat(PASSWORD_MIN_LENGTH))).toBeNull();
    expect(passwordProblem('korrekt häst batteri')).toBeNull();
  });
  it('refuses 11 characters, counting å as one character', () => {
    expect(passwordProblem('a'.repeat(PASSWORD_MIN_LENGTH - 1))).toBe('too_short');
    expect(passwordProblem('åäöåäöåäöåä')).toBe('too_short');
    expect(passwordProblem('')).toBe('blank');
  });
  it('refuses only spaces, and more than 200 characters', () => {
    expect(passwordProblem(' '.repeat(20))).toBe('blank');
    expect(passwordProblem('a'.repeat(201))).toBe('too_long');
  });
});
