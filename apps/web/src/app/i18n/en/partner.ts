import type { partner as sv } from '../sv/partner.ts';

/** English: the partner view (samverkan). */
export const partner: typeof sv = {
  nav: 'Partner access',
  title: 'Partner access',
  intro:
    'See who in the patient’s care network you can work with, for patients of {{units}}. Enter the patient’s personal identity number.',
  consentNote:
    'You only see the contacts the patient (or their representative) agreed that we share with you. Other contacts are not shown.',
  notPartner:
    'This page is for partner organisations (municipal health care, group home, habilitation). As care staff you see the network on the patient page.',
  form: {
    legend: 'Find a patient',
    submit: 'Show contacts',
    searching: 'Searching …',
    clear: 'Clear',
  },
  result: {
    patient: '{{name}}, {{identityNumber}}',
    network: 'Contacts that may be shared',
    noShared: 'The patient has not agreed that we share any contact in the network with you.',
    fixedContacts: 'The patient’s fixed contacts at the health centre',
    noFixedContacts: 'The patient has no fixed contacts yet.',
    unit: 'How to reach the health centre',
    unitPhone: 'Phone {{phone}}',
    contactName: 'Name',
    contactRole: 'Role',
    phone: 'Phone',
    email: 'E-mail',
    kind: 'Service',
    organisation: 'Organisation',
  },
};
