import type { Messages } from '../sv/index.ts';

/** English: care relationship, stated reasons, emergency access. */
export const careAccess: Messages['careAccess'] = {
  relation: {
    none: 'No care relationship',
    label: 'You have a care relationship',
    kinds: {
      fixed_doctor: 'fixed doctor',
      fixed_nurse: 'fixed care contact',
      navigator: 'fixed care navigator',
      stand_in: 'stand-in for a fixed contact',
      care_team: 'the patient’s care team',
      booked_visit: 'booked on the patient’s visit',
      intake: 'handling the intake',
      registered: 'registered the patient',
      reason: 'stated reason',
    },
    until: 'until {{time}}',
  },
  reason: {
    title: 'You have no care relationship with the patient',
    intro:
      'The Patient Data Act lets only those who take part in the patient’s care, or need the data for their work, open the record. State why. Access lasts a limited time and is logged with your reason.',
    protectedIntro:
      'The patient has protected identity. Confirm that you need to open the record. The opening is logged and reviewed.',
    codeLabel: 'Reason',
    codes: {
      care_today: 'Taking part in the care today',
      administrative: 'Administrative task',
      consultation: 'Consulted by a colleague',
      other: 'Other reason',
    },
    textLabel: 'Describe briefly (required for another reason)',
    textDescription: 'At most 300 characters.',
    confirmProtected: 'I confirm that I need to open the record of a patient with protected identity',
    submit: 'Open the record',
    cancel: 'Back to the search',
    chooseCode: 'Choose a reason.',
    mustConfirm: 'Confirm to open.',
  },
  emergency: {
    open: 'Emergency access',
    title: 'Emergency access to a patient of another unit',
    intro:
      'Use emergency access only when the patient needs care that cannot wait, or for the patient’s safety. Access lasts a few hours, is flagged in the log and reviewed by the unit manager.',
    identityLabel: 'The patient’s identity number',
    reasonLabel: 'Reason (required)',
    reasonDescription: 'At least 10 and at most 300 characters.',
    confirmProtected: 'The patient has protected identity. I confirm that I need to open the record.',
    submit: 'Open with emergency access',
    banner: 'Emergency access',
    bannerText: 'You have emergency access to the patient until {{time}}. The access is logged and reviewed.',
  },
};
