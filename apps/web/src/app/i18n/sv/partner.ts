/** Swedish: the partner view (samverkan) for municipal health care, group homes and habilitation. */
export const partner = {
  nav: 'Samverkan',
  title: 'Samverkan',
  intro:
    'Här ser du vilka i patientens vårdnätverk du kan samverka med, för patienter på {{units}}. Skriv patientens personnummer.',
  consentNote:
    'Du ser bara de kontakter som patienten (eller patientens företrädare) har godkänt att vi delar med er. Andra kontakter visas inte.',
  notPartner:
    'Sidan är för samverkanspartner (kommunal hälso- och sjukvård, gruppbostad, habilitering). Som vårdpersonal ser du nätverket på patientsidan.',
  form: {
    legend: 'Sök patient',
    submit: 'Visa kontakter',
    searching: 'Söker …',
    clear: 'Rensa',
  },
  result: {
    patient: '{{name}}, {{identityNumber}}',
    network: 'Kontakter som får delas',
    noShared: 'Patienten har inte godkänt att vi delar någon kontakt i nätverket med er.',
    fixedContacts: 'Patientens fasta kontakter på vårdcentralen',
    noFixedContacts: 'Patienten har inga fasta kontakter ännu.',
    unit: 'Så når du vårdcentralen',
    unitPhone: 'Telefon {{phone}}',
    contactName: 'Namn',
    contactRole: 'Roll',
    phone: 'Telefon',
    email: 'E-post',
    kind: 'Verksamhet',
    organisation: 'Organisation',
  },
};
