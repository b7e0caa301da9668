import { describe, expect, it } from 'vitest';
import {
  emptyRegistrationValues,
  valuesToNewRegistration,
  valuesToPatch,
} from './registration-form-values.ts';

const initial = {
  ...emptyRegistrationValues,
  givenName: 'Elin',
  familyName: 'Ek',
  municipalityCode: '1881',
  applicantName: 'Karin',
  relation: 'mamma',
};

describe('the staff registration form', () => {
  it('sends no applicant for the person themself', () => {
    expect(valuesToNewRegistration({ ...initial, source: 'self' }).applicant).toBeNull();
    expect(valuesToNewRegistration(initial).applicant?.name).toBe('Karin');
  });

  it('patches only what changed: person fields one by one, the applicant whole', () => {
    expect(valuesToPatch(initial, { ...initial })).toBeNull();
    expect(valuesToPatch(initial, { ...initial, identityNumber: ' 200105179938 ', city: 'Kumla' })).toEqual({
      person: { identityNumber: '200105179938', city: 'Kumla' },
    });
    expect(valuesToPatch(initial, { ...initial, relation: 'pappa' })).toEqual({
      applicant: { name: 'Karin', relation: 'pappa', phone: '', email: '' },
    });
    expect(valuesToPatch(initial, { ...initial, diagnoses: ['Q90'], plannedStartDate: '' })).toEqual({
      diagnoses: ['Q90'],
    });
  });
});
