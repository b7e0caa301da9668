import type { Catalogue, FieldName } from './codes.ts';
import { fieldLabel } from './field.ts';

const fields: Record<FieldName, string> = {
  username: 'Användarnamn',
  password: 'Lösenord',
  identityNumber: 'Personnummer',
  givenName: 'Förnamn',
  familyName: 'Efternamn',
  municipalityCode: 'Kommun',
  name: 'Namn',
  cap: 'Maxtak',
  q: 'Sökord',
  callerName: 'Vem som ringde',
  callbackPhone: 'Nummer att ringa tillbaka till',
  subject: 'Vad det gäller',
  urgency: 'Hur bråttom',
  callerKind: 'Vem som hörde av sig',
  organisation: 'Organisation',
  staffId: 'Medarbetare',
  unitId: 'Enhet',
  topThree: 'De tre viktigaste sakerna',
  minutes: 'Minuter',
};
const anyField = 'Förfrågan';
const f = (field: string) => fieldLabel(fields, anyField, field);

const things: Catalogue['things'] = {
  resource: 'Resursen',
  health_check: 'Hälsokontrollen',
};

const forbidden: Catalogue['forbidden'] = {
  partner_only:
    'Ditt konto är ett samverkanskonto. Det ger bara tillgång till de kontakter som patienten har godkänt att dela, på sidan Samverkan.',
  sign_health_check: 'Bara en läkare på patientens enhet kan signera hälsokontrollen.',
};

/** Svenska: every message of the server, by code. */
export const sv: Catalogue = {
  titles: {
    refused: 'Förfrågan nekades',
    check_form: 'Kontrollera uppgifterna',
    bad_request: 'Felaktig förfrågan',
    not_found: 'Finns inte',
    internal: 'Något gick fel',
  },
  things,
  forbidden,
  fields,
  anyField,
  messages: {
    // Validation
    validation: 'Kontrollera uppgifterna.',
    required: ({ field }) => `${f(field)} måste fyllas i.`,
    wrong_type: ({ field, expected }) => `${f(field)} har fel typ: ska vara ${expected}.`,
    too_short: ({ field, minimum }) => `${f(field)} måste ha minst ${minimum} tecken.`,
    too_small: ({ field, minimum }) => `${f(field)} måste vara minst ${minimum}.`,
    too_long: ({ field, maximum }) => `${f(field)} får ha högst ${maximum} tecken.`,
    too_big: ({ field, maximum }) => `${f(field)} får vara högst ${maximum}.`,
    bad_format: ({ field, format }) => `${f(field)} har fel format (${format}).`,
    not_one_of: ({ field, values }) => `${f(field)} måste vara något av: ${values.join(', ')}.`,
    unknown_keys: ({ keys }) => `Okänt fält: ${keys.join(', ')}.`,
    not_valid: ({ field }) => `${f(field)} är inte giltigt.`,

    // Common
    not_found: ({ what }) => `${things[what]} finns inte, eller så har du inte behörighet att se den.`,
    forbidden: ({ reason }) => forbidden[reason],
    unauthenticated: 'Du är inte inloggad, eller så har sessionen gått ut. Logga in igen.',
    csrf: 'Sidan är för gammal eller kom från fel ställe. Ladda om sidan och försök igen.',
    password_change_required: 'Du har ett tillfälligt lösenord. Välj ett nytt lösenord innan du fortsätter.',
    no_active_unit: 'Välj först vilken enhet du arbetar på.',
    no_such_route: ({ method, path }) => `Det finns ingen ${method} ${path}.`,
    request_too_large: 'Förfrågan är för stor.',
    request_unreadable: ({ reason }) => `Förfrågan kunde inte läsas: ${reason}`,
    internal:
      'Något gick fel hos oss. Inget sparades. Försök igen och kontakta supporten om det händer igen.',
    duplicate: 'Det finns redan en post med de uppgifterna.',
    overlap: 'Tiden krockar med en annan bokning.',
    reference: 'Något som förfrågan hänvisar till finns inte.',
    invalid_text: 'Ett värde har fel format.',
    retry: 'Någon annan ändrade samtidigt. Försök igen.',
    // Health checks
    health_check_invalid_answers: 'Några svar kan inte sparas. Se markeringarna vid frågorna.',
    health_check_unknown_item: 'Frågan finns inte i protokollet.',
    health_check_unknown_column: 'Kolumnen finns inte i protokollet.',
    health_check_wrong_kind: 'Fel sorts svar.',
    health_check_not_a_number: 'Skriv ett tal.',
    health_check_not_whole_number: 'Skriv ett heltal.',
    health_check_out_of_range: ({ label, value, min, max, unit }) =>
      `${label.sv}: ${value}${unit} är inte möjligt. Skriv ett värde mellan ${min} och ${max}${unit}.`,
    health_check_yes_or_no: 'Svara ja eller nej.',
    health_check_choose_option: 'Välj ett av svaren.',
    health_check_date_format: 'Skriv datumet som ÅÅÅÅ-MM-DD.',
    health_check_date_in_future: 'Datumet kan inte vara i framtiden.',
    health_check_text_expected: 'Skriv text.',
    health_check_bp_order: ({ systolic, diastolic }) =>
      `Övertrycket (${systolic}) måste vara högre än undertrycket (${diastolic}). Kontrollera att värdena inte bytt plats.`,
    health_check_unknown_section: 'Den delen finns inte i den här hälsokontrollens protokoll.',
    health_check_section_stale: ({ by, at }) =>
      `${by} sparade den här delen kl. ${at} medan du skrev. Dina ändringar är inte sparade: läs in den nya versionen och gör dina ändringar igen.`,
    health_check_signed:
      'Hälsokontrollen är signerad och kan inte ändras. Gör en rättelse: den blir en ny version.',
    health_check_draft_exists: 'Patienten har redan en påbörjad hälsokontroll. Öppna den i stället.',
    health_check_not_amendable: 'Bara den senaste signerade versionen kan rättas.',
    health_check_sign_blocked: ({ blockers }) =>
      `Hälsokontrollen kan inte signeras än: ${blockers.map((b) => b.sv).join(' ')}`,
    health_check_wrong_booking: 'Besöket är inte en hälsokontroll för den här patienten.',
    health_check_reason_required: 'Skriv varför versionen rättas (minst tre tecken).',
  },
};
