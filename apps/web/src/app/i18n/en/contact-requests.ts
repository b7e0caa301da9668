import type { contactRequests as sv } from '../sv/contact-requests.ts';

/** English: contact requests. */
export const contactRequests: typeof sv = {
  title: 'Requests',
  tableLabel: 'Open requests',
  empty: 'No open requests at the unit.',
  new: 'New request',
  created: 'The request is registered and goes to {{name}}.',
  moved: 'The request is now “{{status}}”.',
  columns: {
    urgency: 'Urgency',
    patient: 'Patient',
    caller: 'Caller',
    subject: 'Subject',
    assigned: 'Assigned to',
    status: 'Status',
    waited: 'Waited',
  },
  fields: {
    callerKind: 'Who is contacting us',
    callerName: 'Caller’s name',
    callbackPhone: 'Call back on',
    subject: 'What it is about',
    urgency: 'Urgency',
  },
  urgencies: {
    urgent: 'Urgent – within the hour',
    today: 'Today',
    normal: 'Within three working days',
  },
  urgenciesShort: { urgent: 'Urgent', today: 'Today', normal: 'Normal' },
  statuses: { new: 'New', in_progress: 'In progress', waiting: 'Waiting', done: 'Done' },
  actions: { start: 'Start', wait: 'Wait', done: 'Done' },
  callerKinds: {
    patient: 'The patient',
    representative: 'Representative',
    relative: 'Relative',
    municipal_nurse: 'Municipal nurse',
    group_home: 'Group home',
    other: 'Other',
  },
  routed: { fixed_nurse: 'Fixed nurse', stand_in: 'Stand-in', team: 'The team' },
};
