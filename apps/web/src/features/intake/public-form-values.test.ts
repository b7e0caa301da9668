import { makeTestIdentityNumber } from '@lotsa/contracts';
import { describe, expect, it } from 'vitest';
import {
  emptyPublicValues,
  fieldOfServerPath,
  type Messages,
  newIdempotencyKey,
  type PublicValues,
  stepOf,
  stepsFor,
  toPublicBody,
  validateStep,
} from './public-form-values.ts';

const m = new Proxy({} as Messages, { get: (_, key) => `msg:${String(key)}` });
const filled: PublicValues = {
  ...emptyPublicValues,
  mode: 'other',
  source: 'relative',
  applicantName: 'Karin Ek',
  relation: 'mamma',
  applicantPhone: '070-555 12 34',
  givenName: 'Elin',
  familyName: 'Ek',
  municipalityCode: '1881',
  contactPreference: 'phone',
  consentToContact: true,
};

describe('the public form', () => {
  it('asks who applies only when it is someone else', () => {
    expect(stepsFor('self')).toEqual(['who', 'person', 'contact', 'about', 'send']);
    expect(stepsFor('other')).toEqual(['who', 'applicant', 'person', 'contact', 'about', 'send']);
  });

  it('passes a filled form on every step', () => {
    for (const step of stepsFor('other')) expect(validateStep(step, filled, m, 'sv')).toEqual({});
  });

  it('says what is missing, step by step', () => {
    const empty = emptyPublicValues;
    expect(validateStep('who', empty, m, 'sv')).toEqual({ mode: 'msg:mode' });
    expect(validateStep('who', { ...empty, mode: 'other' }, m, 'sv')).toEqual({ source: 'msg:source' });
    expect(validateStep('applicant', { ...filled, applicantPhone: '', applicantEmail: '' }, m, 'sv')).toEqual(
      {
        applicantPhone: 'msg:applicantReach',
      },
    );
    expect(validateStep('person', { ...filled, givenName: ' ', municipalityCode: '9999' }, m, 'sv')).toEqual({
      givenName: 'msg:givenName',
      municipalityCode: 'msg:municipality',
    });
    expect(validateStep('send', { ...filled, consentToContact: false }, m, 'sv')).toEqual({
      consentToContact: 'msg:consent',
    });
  });

  it('checks identity number, phone and e-mail like the server, in the reader’s language', () => {
    const bad = validateStep('person', { ...filled, identityNumber: '19900101-1235' }, m, 'en');
    expect(bad.identityNumber).toBeTruthy();
    expect(bad.identityNumber).not.toContain(' / ');
    const good = makeTestIdentityNumber('2001-05-17', 993);
    expect(validateStep('person', { ...filled, identityNumber: good }, m, 'sv')).toEqual({});
    const contact = validateStep('contact', { ...filled, phone: 'abc', email: 'no-at' }, m, 'en');
    expect(contact.phone).toMatch(/phone number/);
    expect(contact.email).toMatch(/e-mail/);
  });

  it('needs a way to reach that fits the chosen contact', () => {
    const self: PublicValues = { ...filled, mode: 'self', applicantPhone: '' };
    expect(validateStep('contact', { ...self, contactPreference: 'sms' }, m, 'sv')).toEqual({
      phone: 'msg:needPhone',
    });
    expect(validateStep('contact', { ...self, contactPreference: 'email' }, m, 'sv')).toEqual({
      email: 'msg:needEmail',
    });
    expect(validateStep('contact', { ...self, contactPreference: 'letter' }, m, 'sv')).toEqual({
      streetAddress: 'msg:needAddress',
      postalCode: 'msg:needAddress',
      city: 'msg:needAddress',
    });
    // Someone registering another person may be reached on their own phone.
    expect(validateStep('contact', { ...filled, contactPreference: 'phone' }, m, 'sv')).toEqual({});
  });

  it('sends the applicant only for someone else, and the honeypot as typed', () => {
    const other = toPublicBody({ ...filled, website: '' });
    expect(other.source).toBe('relative');
    expect(other.applicant).toEqual({
      name: 'Karin Ek',
      relation: 'mamma',
      phone: '070-555 12 34',
      email: '',
    });
    expect(other.person.identityNumber).toBeNull();
    const self = toPublicBody({ ...filled, mode: 'self', website: 'http://spam' });
    expect(self.source).toBe('self');
    expect(self.applicant).toBeNull();
    expect(self.website).toBe('http://spam');
  });

  it('puts the server’s field errors on the right step', () => {
    expect(fieldOfServerPath('person.givenName')).toBe('givenName');
    expect(fieldOfServerPath('applicant')).toBe('applicantName');
    expect(stepOf('applicantPhone')).toBe('applicant');
    expect(stepOf('consentToContact')).toBe('send');
    expect(fieldOfServerPath('website')).toBeNull();
  });
});

describe('the idempotency key of a form fill', () => {
  it('is 32 hexadecimal digits the contract takes, new each time', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });
});
