import type {
  CareTeamRoleName,
  Catalogue,
  FeatureName,
  FieldName,
  NestedMessage,
  ProfessionName,
} from './codes.ts';
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
const months = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];
const professions: Record<ProfessionName, string> = {
  navigator: 'vårdlots',
  doctor: 'läkare',
  nurse: 'sjuksköterska',
  assistant_nurse: 'undersköterska',
  ot: 'arbetsterapeut',
  pt: 'fysioterapeut',
  unit_manager: 'verksamhetschef',
  other: 'annan yrkesroll',
};
const roles: Record<CareTeamRoleName, string> = {
  fixed_doctor: 'fast läkarkontakt',
  fixed_nurse: 'fast vårdkontakt (sjuksköterska)',
  navigator: 'vårdlots',
};
const standInPrefix = (standIn: boolean) => (standIn ? 'Ersättare: ' : '');
const identityFormat = 'Skriv numret som ÅÅÅÅMMDD-NNNN, till exempel 19121212-1212.';
const featureWords: Record<FeatureName, string> = {
  wide_bench: 'bred brits',
  floor_lift: 'golvlyft',
  ceiling_lift: 'taklyft',
  hearing_loop: 'hörslinga',
  low_stimulus: 'lågstimulerande miljö',
  wheelchair_scale: 'rullstolsvåg',
  height_adjustable_bench: 'höj- och sänkbar brits',
  separate_entrance: 'egen ingång',
};
/** "golvlyft och bred brits". */
const featureList = (list: readonly FeatureName[]) => {
  const w = list.map((x) => featureWords[x] ?? x);
  return w.length <= 1 ? (w[0] ?? '') : `${w.slice(0, -1).join(', ')} och ${w.at(-1)}`;
};
/** "3 mars" from "2026-03-03". */
const day = (date: string) => `${Number(date.slice(8, 10))} ${months[Number(date.slice(5, 7)) - 1] ?? ''}`;
/** "3 mars kl. 08:00". */
const dayTime = (p: { date: string; time: string }) => `${day(p.date)} kl. ${p.time}`;
const whoSv = (who: string | null) => who ?? 'Patienten';
/** A nested message's text (the problems of a refused booking), or nothing for a code it does not know. */
const nestedSv = (m: NestedMessage): string => {
  const t = (sv.messages as Record<string, string | ((p: unknown) => string)>)[m.code];
  return t === undefined ? '' : typeof t === 'string' ? t : t(m.params);
};

const intakeStepSv = { consent: 'Samtycke', enrolment: 'Listning', waiting_list: 'Väntelistan' } as const;
const f = (field: string) => fieldLabel(fields, anyField, field);

const sipParts: Record<string, string> = {
  consent: 'personens samtycke till SIP',
  interventions: 'vilka insatser som behövs',
  responsibilities: 'vem av region och kommun som ansvarar för vad',
  others_measures: 'vilka åtgärder andra vidtar (eller att inga andra gör något)',
  overall_responsibility: 'vem som har det övergripande ansvaret',
  follow_up: 'uppföljningsdatum och vem som följer upp',
};

const things: Catalogue['things'] = {
  resource: 'Resursen',
  health_check: 'Hälsokontrollen',
  account: 'Kontot',
  area: 'Länsdelen',
  region: 'Regionen',
  unit: 'Enheten',
  staff_member: 'Medarbetaren',
  room: 'Rummet',
  equipment: 'Utrustningen',
  team: 'Teamet',
  patient: 'Patienten',
  representative: 'Företrädaren',
  booking: 'Bokningen',
  series: 'Serien',
  external_participant: 'Den externa deltagaren',
  letter: 'Kallelsen',
  picture: 'Bilden',
  photo: 'Fotot',
  contact_request: 'Ärendet',
  contact: 'Kontakten',
  registration: 'Intresseanmälan',
  stand_in: 'Den valda ersättaren',
  chosen_staff_member: 'Den valda medarbetaren',
  care_plan: 'SIP:en',
  session: 'Sessionen',
};

const forbidden: Catalogue['forbidden'] = {
  sign_health_check: 'Bara en läkare på patientens enhet kan signera hälsokontrollen.',
  partner_only:
    'Ditt konto är ett samverkanskonto. Det ger bara tillgång till de kontakter som patienten har godkänt att dela, på sidan Samverkan.',
  manage_accounts: 'Bara regionens administratör kan hantera konton.',
  no_role_at_unit: 'Du har ingen roll på den enheten.',
  no_care_role_at_unit: 'Du har ingen vårdroll på den valda enheten.',
  patient_other_unit: 'Patienten hör till en annan enhet än dina. Försöket har loggats.',
  booking_other_unit: 'Bokningen hör till en annan enhet än dina. Försöket har loggats.',
  read_registrations:
    'Intresseanmälningar på den enheten kan bara vårdlots, verksamhetschef, läkare och sjuksköterska där se. Försöket har loggats.',
  take_intake_step:
    'Bara vårdlotsen och verksamhetschefen på enheten kan ta det här steget. Försöket har loggats.',
  record_needs_mapping:
    'Behovskartläggningen registreras av vårdlots, verksamhetschef, läkare eller sjuksköterska på enheten. Försöket har loggats.',
  resource_other_unit: 'Resursen hör till en annan enhet än dina.',
  manage_calendars: 'Bara enhetschefen eller en regionadministratör kan ändra scheman och externa deltagare.',
  change_pictures: 'Bara verksamhetschefen på enheten eller regionens administratör kan byta bilder.',
  survey_rights:
    'Enkäter kan startas och läsas av vårdpersonal och chefer på enheten. Välj en enhet där du har en roll.',
  partner_page_only:
    'Sidan är för samverkanspartner (kommunal hälso- och sjukvård, gruppbostad, habilitering). Som vårdpersonal ser du nätverket på patientsidan.',
  record_absence:
    'Bara verksamhetschefen på medarbetarens enhet eller regionens administratör kan lägga in frånvaro.',
  request_other_unit: 'Ärendet hör till en annan enhet än dina. Försöket har loggats.',
  change_organisation: 'Bara regionens administratör kan ändra organisationen.',
  review_log: 'Bara verksamhetschefen kan granska loggen.',
  check_log: 'Bara verksamhetschef eller regionadministratör kan kontrollera loggen.',
  view_unit_follow_up: 'Bara verksamhetschefen för enheten kan se dess uppföljning.',
  view_region_follow_up: 'Bara regionens administratör kan se hela regionens uppföljning.',
  merge_registration_other_unit:
    'Bara den som är vårdlots eller verksamhetschef på båda enheterna kan slå ihop anmälningarna.',
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
    not_found: (p) =>
      'gone' in p
        ? 'Länken fungerar inte längre. Ring mottagningen, så får du en ny kallelse.'
        : `${things[p.what]} finns inte, eller så har du inte behörighet att se den.`,
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
    date_format: 'Skriv datumet som ÅÅÅÅ-MM-DD.',

    // access
    sign_in_locked: ({ minutes, after }) =>
      `För många ${after === 'passwords' ? 'felaktiga lösenord' : 'misslyckade inloggningar'}. Vänta ${minutes} minuter och försök igen, eller be en administratör om hjälp.`,
    wrong_credentials: 'Fel användarnamn eller lösenord.',
    wrong_password: 'Det nuvarande lösenordet stämmer inte.',
    same_password: 'Det nya lösenordet måste skilja sig från det nuvarande.',
    unknown_unit: ({ several }) =>
      several ? 'Någon av enheterna finns inte i din region.' : 'Enheten finns inte i din region.',
    unknown_staff: (p) =>
      'who' in p
        ? p.who === 'stand_in'
          ? 'Ersättare: Den valda ersättaren finns inte bland medarbetarna i din region.'
          : 'Den valda medarbetaren finns inte bland medarbetarna i din region.'
        : p.several
          ? 'Någon av de valda medarbetarna finns inte i din region.'
          : 'Medarbetaren finns inte i din region.',
    choose_units_in_region: 'Välj enheter i din region.',
    choose_staff_in_region: 'Välj en medarbetare i din region.',
    staff_has_account: ({ username }) =>
      `Medarbetaren har redan ett konto${username ? ` (${username})` : ''}. En person har ett konto, så att loggen visar vem som gjorde vad.`,
    staff_already_linked: ({ username }) =>
      `Medarbetaren har redan ett konto${username ? ` (${username})` : ''}.`,
    username_taken: ({ username }) => `Användarnamnet ${username} används redan. Välj ett annat.`,
    own_admin_flag:
      'Du kan inte ta bort din egen administratörsbehörighet. Be en annan administratör i regionen göra det, så att regionen aldrig står utan administratör.',
    own_password: 'Ditt eget lösenord byter du under Byt lösenord, inte med ett tillfälligt lösenord.',
    own_account:
      'Du kan inte stänga av ditt eget konto. Be en annan administratör i regionen göra det, så att regionen aldrig står utan administratör.',
    username_required: 'Skriv ditt användarnamn.',
    password_required: 'Skriv ditt lösenord.',
    current_password_required: 'Skriv ditt nuvarande lösenord.',
    password_too_long: ({ maximum }) => `Lösenordet får ha högst ${maximum} tecken.`,
    password_too_short: ({ minimum }) => `Lösenordet måste ha minst ${minimum} tecken.`,
    username_rule: 'Användarnamnet ska ha 3–40 tecken: små bokstäver a–z, siffror, punkt eller bindestreck.',
    unit_roles_required: 'Välj minst en roll på enheten.',
    unit_listed_twice: 'Varje enhet får bara finnas en gång.',
    display_name_required: 'Skriv namnet som ska visas.',
    display_name_too_long: ({ maximum }) => `Namnet får ha högst ${maximum} tecken.`,
    second_factor_required: 'Skriv koden från din autentiseringsapp för att slutföra inloggningen.',
    totp_enrolment_required:
      'Ditt konto kräver tvåstegsinloggning. Koppla en autentiseringsapp innan du fortsätter.',
    wrong_totp_code: 'Koden stämmer inte. Skriv koden som appen visar just nu.',
    totp_code_used: 'Koden har redan använts. Vänta tills appen visar en ny kod och skriv den.',
    totp_locked: ({ minutes }) =>
      `För många felaktiga koder. Vänta ${minutes} minuter och försök igen, eller be en administratör återställa tvåstegsinloggningen.`,
    wrong_recovery_code: 'Återställningskoden stämmer inte eller har redan använts.',
    totp_already_enrolled: 'Tvåstegsinloggning är redan aktiverad för kontot.',
    totp_not_enrolled: 'Kontot har ingen tvåstegsinloggning.',
    totp_enrolment_not_started: 'Starta kopplingen av appen först, så att du får en QR-kod.',
    no_second_factor_due: 'Inloggningen behöver ingen kod nu.',
    totp_code_format: 'Koden är sex siffror.',
    recovery_code_format: 'Återställningskoden är tio tecken, till exempel abcde-fghjk.',
    totp_key_missing:
      'Tvåstegsinloggningen kan inte läsas: servern saknar sin nyckel (LOTSA_TOTP_KEY). Kontakta driften.',

    // organisation
    unknown_area: 'Länsdelen finns inte i din region.',
    municipality_code_unknown: 'Okänd kommunkod: använd SCB:s fyrsiffriga kod, till exempel 1881 för Kumla.',
    hsa_id_format: 'HSA-id skrivs som SE2321000164-abc123.',
    catchment_required: 'Välj minst en kommun i upptagningsområdet.',

    // patients
    identity_empty: 'Skriv ett personnummer, samordningsnummer eller reservnummer.',
    identity_format: identityFormat,
    identity_digit_count: ({ digits }) =>
      `Numret har ${digits} siffror men ska ha 12 (eller 10). ${identityFormat}`,
    identity_plus_long_form: `Plustecken används bara i den korta formen ÅÅMMDD+NNNN. ${identityFormat}`,
    identity_reserve_format:
      'Numret innehåller bokstäver men är inget giltigt reservnummer. Personnummer och samordningsnummer har bara siffror; ett reservnummer skrivs som ÅÅÅÅMMDD-XXXX (fyra tecken A–Z eller 0–9, minst en bokstav) eller som tolv siffror som börjar med 99.',
    identity_birth_number_000:
      'Födelsenumret 000 används inte: de tre siffrorna efter födelsedatumet ska vara 001–999. Kontrollera att numret är rätt inskrivet.',
    identity_checksum: ({ expected }) =>
      `Kontrollsiffran stämmer inte: sista siffran borde vara ${expected}. Kontrollera att numret är rätt inskrivet.`,
    identity_century: ({ century }) =>
      `Ett tolvsiffrigt nummer kan inte börja med ${century}. Det ska börja med 18, 19 eller 20, till exempel 19121212-1212.`,
    identity_month: ({ month }) =>
      `Månaden i numret är ${month}, men det finns bara månaderna 01–12. Kontrollera födelsedatumet.`,
    identity_day_range: ({ day, samordning }) =>
      samordning
        ? `Dagen i numret är ${day}, men den ska vara 01–31 i ett personnummer eller 61–91 i ett samordningsnummer.`
        : `Dagen i numret är ${day}, men den ska vara 01–31.`,
    identity_missing_day: ({ year, month, day, samordningDay }) =>
      (month === 2 && day === 29
        ? `Det finns ingen 29 februari år ${year}, eftersom ${year} inte är ett skottår.`
        : `Det finns ingen dag ${day} i ${months[month - 1]}.`) +
      (samordningDay === null ? '' : ` (Samordningsnummer: dag ${samordningDay} minus 60 blir ${day}.)`),
    identity_future: ({ date }) =>
      `Födelsedatumet ${date} ligger i framtiden. Kontrollera år och århundrade.`,
    duplicate_identity:
      'Det finns redan en patient med det numret i regionen. Sök på numret för att hitta patienten.',
    postal_code_format: 'Postnummer har fem siffror, till exempel 692 31.',
    patient_change_empty: 'Skicka minst ett fält att ändra.',
    patient_query_too_short: 'Skriv minst två tecken av namnet eller personnumret.',
    diagnosis_code_format: 'Skriv en ICD-10-SE-kod, till exempel F71 eller G80.0.',
    time_hhmm: 'Skriv tiden som TT:MM, till exempel 09:30.',
    adaptation_code_unknown: 'Okänd anpassningskod.',
    adaptation_listed_twice: 'Samma anpassning finns två gånger.',
    adaptation_minutes_required: 'Ange hur många minuter besöket behöver.',
    adaptation_language_required: 'Ange vilket språk tolken ska tala.',
    adaptation_time_range: 'Ange en tid från och en senare tid till.',

    // care team, contact requests
    staff_other_unit: (p) =>
      'handOver' in p
        ? 'Ärendet kan bara lämnas till en aktiv medarbetare på samma enhet.'
        : `${standInPrefix(p.standIn)}${p.name} arbetar inte på patientens enhet. Välj någon som arbetar där.`,
    staff_inactive: ({ name, standIn }) =>
      `${standInPrefix(standIn)}${name} är inte längre aktiv. Välj någon annan.`,
    wrong_profession: ({ name, is, role, needed, standIn }) =>
      `${standInPrefix(standIn)}${name} är ${professions[is]} och kan inte vara ${roles[role]}. Välj en ${professions[needed]}.`,
    stand_in_same: 'Ersättaren kan inte vara samma person som den fasta kontakten.',
    end_before_start: 'Slutdatum kan inte vara före startdatum.',
    request_done: 'Ärendet är avslutat. Öppna det igen genom att sätta status till ”pågår”.',
    request_not_new: 'Ett ärende som har påbörjats kan inte bli nytt igen. Välj ”pågår” eller ”väntar”.',

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

    // surveys
    survey_already_answered:
      'Den här enkäten är redan besvarad. Tack för ditt svar! Varje länk kan bara användas en gång.',
    survey_not_open: ({ date }) => `Enkäten öppnar efter besöket, den ${date}. Välkommen tillbaka då!`,
    survey_choose_face: 'Välj ett ansikte.',
    survey_choose_answerer: 'Välj vem som svarar.',
    survey_answer_something: 'Svara på minst en fråga eller skriv något innan du skickar.',
    month_format: 'Skriv månaden som ÅÅÅÅ-MM.',
    month_range_order: 'Sista månaden kan inte vara före den första.',
    survey_not_found:
      'Vi hittar ingen enkät för den här länken. Kontrollera att hela länken kom med, eller fråga mottagningen.',
    survey_expired:
      'Tiden för att svara på den här enkäten har gått ut. Du kan berätta vad du tycker när du ringer eller besöker oss.',
    survey_booking_not_open:
      'Enkäter kan bara skickas för bokade eller genomförda besök, inte för inställda eller uteblivna.',
    survey_too_many: 'Vi har fått många svar härifrån på kort tid. Vänta några minuter och försök igen.',
    survey_kiosk_not_started:
      'Surfplattan är inte startad för enkäter, eller så har dagen tagit slut. Be personalen starta enkäten igen.',
    survey_visit_type: 'Välj ett av besöken som visas på skärmen.',

    // letters
    letters_choose_something: 'Välj en dag, några bokningar eller några kallelser.',
    letter_link_wrong: 'Länken är fel.',
    image_too_large: 'Bilden är för stor. Den får vara högst 5 MB.',
    image_type: 'Filen är inte en bild som går att använda. Välj en JPEG-, PNG- eller WebP-bild.',
    image_unreadable: 'Bilden gick inte att läsa. Den kan vara skadad. Prova en annan bild.',
    image_missing: 'Välj en bild att ladda upp.',
    booking_not_active: 'Besöket är avbokat eller redan gjort. Det går inte att skicka en kallelse till det.',
    letter_facts_unreadable: ({ reader }) =>
      reader === 'patient'
        ? 'Kallelsen går inte att visa. Ring mottagningen, så får du en ny kallelse.'
        : 'Det som sparades när kallelsen skrevs går inte att läsa, så kallelsen kan inte visas som den skickades. Skriv en ny kallelse och kontakta supporten.',
    nothing_to_print: 'Det finns inga kallelser att skriva ut.',

    // intake
    decision_after_consent: ({ outdated }) =>
      outdated
        ? 'Samtycke är redan registrerat, så bedömningen kan bara bekräftas med de nya uppgifterna. Avsluta anmälan om personen inte ska få plats.'
        : 'Samtycke är redan registrerat, så bedömningen kan inte ändras längre. Avsluta anmälan om personen inte ska få plats.',
    registration_ended:
      'Anmälan är redan avslutad (utskriven eller stängd). Gör en ny intresseanmälan om personen vill komma tillbaka.',
    already_enrolled: ({ hint }) =>
      `Personen är redan listad.${
        hint === 'profile'
          ? ' Behov och anpassningar följs nu i patientens profil.'
          : hint === 'exit_if_not_target'
            ? ' Skriv ut personen om hen inte längre hör till målgruppen.'
            : hint === 'exit_to_leave'
              ? ' Skriv ut personen i stället om hen vill lämna SMO.'
              : hint === 'duplicate'
                ? ' En annan intresseanmälan har redan listat personen. Avsluta den här som dubblett.'
                : ''
      }`,
    no_decision: ({ step }) =>
      `${intakeStepSv[step]} kräver bedömningen ”uppfyller kriterierna”. Gör första samtalet, behovskartläggningen och bedömningen först.`,
    not_eligible:
      'Personen är bedömd att inte uppfylla kriterierna. Ändra bedömningen om något nytt har kommit fram, eller avsluta anmälan.',
    no_consent: ({ step }) =>
      step === 'withdraw'
        ? 'Det finns inget samtycke att återkalla. Avsluta anmälan i stället om personen inte vill delta.'
        : `${intakeStepSv[step]} kräver samtycke till deltagande. Registrera samtycket först.`,
    first_call_done:
      'Första samtalet är redan gjort och behovskartläggningen registrerad. Ändra kartläggningen i stället om något är nytt.',
    needs_mapping_first: 'Gör första samtalet och registrera behovskartläggningen innan bedömningen.',
    already_waiting: 'Personen står redan på väntelistan.',
    already_offered:
      'Personen har redan erbjudits en plats. Lista personen, eller registrera att hen avböjer.',
    not_offered: 'Personen har inte erbjudits någon plats, så det finns inget erbjudande att avböja.',
    not_enrolled: ({ early }) =>
      early
        ? 'Bara den som är listad kan skrivas ut. Avsluta anmälan i stället.'
        : 'Bara den som är listad kan skrivas ut. Avsluta anmälan i stället, eller återkalla samtycket.',
    use_exit: 'Personen är listad. Använd utskrivning i stället, så att platsen frigörs.',
    identity_number_required:
      'Listning kräver personnummer, samordningsnummer eller reservnummer. Lägg till numret i anmälan först.',
    under_18: ({ from }) =>
      `Personen fyller 18 år först den ${from}. SMO är för vuxna: sätt ett planerat startdatum och lista personen då.`,
    enrolled_elsewhere:
      'Personen är listad på en annan enhet i regionen och måste skrivas ut där innan hen kan listas här.',
    unit_full: ({ enrolled, offered, cap }) =>
      `Enheten har ingen ledig plats: ${enrolled} listade och ${offered} erbjudna av maxtaket ${cap}. Sätt personen på väntelistan.`,
    waiting_list_first: ({ waiting }) =>
      `${waiting} ${waiting === 1 ? 'person står' : 'personer står'} på väntelistan, och en ledig plats går till den som står först. Sätt personen på väntelistan.`,
    not_first_in_line: ({ ahead }) =>
      `${ahead} ${ahead === 1 ? 'person står' : 'personer står'} före på väntelistan. En ledig plats erbjuds den som står först.`,
    override_reason_required: 'Skriv skälet till undantaget från upptagningsområdet.',
    outside_catchment: ({ municipality }) =>
      `${municipality} ligger utanför enhetens upptagningsområde. För att ändå ta emot personen: välj undantag och skriv skälet.`,
    participation_required:
      'Samtycket gäller deltagande i SMO. Vill personen inte delta: avsluta anmälan, eller återkalla samtycket om hen redan är listad.',
    consent_method: 'Samtycke via företrädare ska registreras som lämnat av företrädaren, med namn.',
    consent_in_future: 'Tidpunkten för samtycket kan inte ligga i framtiden.',
    decision_outdated: ({ detail }) => detail.sv,
    too_many_registrations: ({ minutes }) =>
      `Vi har fått flera anmälningar härifrån på kort tid. Vänta ${minutes} minuter och försök igen, eller ring din vårdcentral.`,
    no_unit_for_municipality:
      'Det finns ingen SMO-mottagning i Lotsa för den kommunen ännu. Kontakta din vårdcentral eller din region.',
    nothing_to_change: 'Inget att ändra.',
    open_registration_exists: ({ reference }) =>
      `Det finns redan en öppen intresseanmälan för personen i regionen (referens ${reference}). Fortsätt med den i stället.`,
    registration_locked:
      'Anmälan kan bara ändras före listning. Ändra en listad persons uppgifter i patientregistret.',
    letter_outdated: ({ at }) =>
      at
        ? `Besöket har flyttats sedan kallelsen skrevs (nu ${day(at.date)} ${at.date.slice(0, 4)} kl. ${at.time}), så den kan inte skickas. Skriv en ny kallelse.`
        : 'Besöket är inställt sedan kallelsen skrevs, så den kan inte skickas.',
    visit_type_unknown: ({ atPatientUnit }) =>
      atPatientUnit
        ? 'Besökstypen finns inte på patientens enhet, eller är inte i bruk.'
        : 'Besökstypen finns inte, eller är inte i bruk.',
    calendar_range: ({ days }) => `Välj ett slutdatum efter startdatumet, högst ${days} dagar fram.`,
    visit_type_not_recurring: ({ name }) => `${name} är inget återkommande besök; boka det ett i taget.`,

    // the contracts' own checks
    phone_format: 'Skriv ett telefonnummer med siffror, till exempel 019-123 45 67.',
    email_format: 'Skriv en e-postadress som namn@exempel.se.',
    intake_applicant_required: 'Skriv vem som gör anmälan när det inte är personen själv.',
    intake_consent_to_contact: 'Kryssa i att vi får kontakta er.',
    intake_public_applicant_required: 'Skriv ditt namn och hur vi når dig.',
    consent_representative_name: 'Skriv företrädarens namn.',
    step_key_format: 'Stegets nyckel: små bokstäver.',
    time_format: 'Skriv tiden som TT:MM, till exempel 08:00.',
    hours_end_after_start: 'Sluttiden måste vara efter starttiden.',
    hours_overlap: ({ row }) => `Tiden överlappar rad ${row} samma veckodag.`,
    override_day_twice: ({ row }) => `Dagen finns redan på rad ${row}.`,
    series_count_required: 'Ange hur många tillfällen.',
    series_count_min: 'Minst ett tillfälle.',
    series_count_max: 'Högst 26 tillfällen åt gången.',
    person_or_room: 'Välj antingen en person eller ett rum.',

    // scheduling
    visit_type_no_first_step: 'Besökstypen har inget första steg.',
    visit_type_bad_step_reference: ({ step }) =>
      `Steget ${step} hänvisar till ett steg som saknas eller till sig självt.`,
    plan_step_not_in_visit: ({ step }) => `Steget ${step} hör inte till besöket.`,
    plan_step_missing: ({ step }) => `Steget ${step} saknas.`,
    plan_step_length: ({ step, minutes }) => `Steget ${step} ska vara ${minutes} minuter.`,
    plan_step_start_with_visit: ({ step }) => `Steget ${step} ska börja när besöket börjar.`,
    plan_step_start_with: ({ step, other }) => `Steget ${step} ska börja samtidigt som ${other}.`,
    plan_step_start_after: ({ step, other, maxGap }) =>
      `Steget ${step} ska börja 0–${maxGap} minuter efter ${other}.`,
    plan_step_wrong_performer_kind: ({ step }) => `Steget ${step} har fel slags utförare.`,
    plan_step_performer_not_allowed: ({ step, who }) => `${who ?? 'Ingen'} får inte utföra steget ${step}.`,
    plan_not_free: (p) => `${whoSv(p.who)} är inte ledig ${dayTime(p)}.`,
    plan_person_twice: ({ who, a, b }) => `${who} kan inte vara med i ${a} och ${b} samtidigt.`,
    plan_no_room_expected: 'Besöket ska inte ha något rum.',
    plan_one_room: 'Besöket ska ha ett och samma rum.',
    plan_unknown_equipment: 'Okänd utrustning.',
    plan_room_lacks: ({ room, features }) => `${room} saknar ${featureList(features)}.`,
    plan_outside_window: ({ from, to }) => `Besöket ska ligga mellan ${from} och ${to}.`,
    plan_outside_period: 'Tiden ligger utanför sökperioden.',
    search_no_rooms: 'Enheten har inga rum.',
    search_no_feature_in_unit: ({ features }) =>
      `Det finns inget rum och ingen utrustning med ${featureList(features)} på enheten.`,
    search_no_profession: ({ profession, step }) =>
      `Det finns ingen ${professions[profession]} på enheten för steget ”${step}”.`,
    search_staff_not_in_unit: ({ step }) => `Personen för steget ”${step}” finns inte på enheten.`,
    search_external_no_time: ({ step }) => `Den externa deltagaren i steget ”${step}” har ingen tid inlagd.`,
    search_fixed_busy: ({ until }) => `De fasta kontakterna kan inte före ${day(until)}.`,
    search_window_full: ({ from, to, until }) => `Ingen tid ryms inom ${from}–${to} före ${day(until)}.`,
    search_room_busy: ({ features, until }) =>
      `Inget rum med ${featureList(features)} är ledigt när personalen kan före ${day(until)}.`,
    search_not_together: ({ until }) => `Allt som behövs är inte ledigt samtidigt före ${day(until)}.`,
    search_nothing: ({ until }) => `Ingen tid före ${day(until)}, inte heller om ett krav tas bort.`,
    suggest_other_staff: (p) => `Med annan personal än de fasta kontakterna finns tid ${dayTime(p)}.`,
    suggest_outside_window: (p) => `Utanför ${p.from}–${p.to} finns tid ${dayTime(p)}.`,
    suggest_other_arrangement: (p) =>
      `Om ${featureList(p.features)} kan ordnas på annat sätt finns tid ${dayTime(p)}.`,
    suggest_more_weeks: (p) => `Med ${p.weeks} veckor till finns tid ${dayTime(p)}.`,
    series_unit_closed: ({ name }) => `Enheten har stängt den dagen (${name}).`,
    series_no_time: 'Ingen tid passar den dagen.',
    series_taken: 'Någon annan hann boka tiden först.',
    booking_conflict: ({ problems }) => {
      const why = problems.map(nestedSv).filter(Boolean).join(' ');
      return `Tiden gick inte att boka${why ? `: ${why}` : ': någon annan hann före.'} Välj en av de nya tiderna.`;
    },
    hold_expired: 'Reservationen har gått ut och tiden är släppt. Sök en ny tid.',
    not_held: 'Tiden är inte reserverad och kan inte släppas. Avboka den i stället.',
    booking_closed: 'Besöket är redan avbokat, avslutat eller markerat som uteblivet.',
    not_booked: 'Bara en bokad tid kan markeras som genomförd eller utebliven.',
    not_started: 'Besöket har inte börjat än.',
    external_has_visits: ({ name, count }) =>
      `${name} är bokad till ${count} kommande besök. Omboka eller avboka dem först.`,
    calendar_end_before_start: 'Slutdatumet måste vara samma dag som eller efter startdatumet.',
    calendar_end_before_start_field: 'Slutdatumet är före startdatumet.',
    calendar_override_times:
      'Ett undantag är antingen stängt hela dagen (inga tider) eller öppet från en tid till en senare tid.',
    calendar_check_times: 'Kontrollera tiderna.',

    // Care relationship and emergency access
    care_relation_required:
      'Du har ingen vårdrelation med patienten. Ange varför du behöver öppna journalen.',
    protected_identity_confirm:
      'Patienten har skyddade personuppgifter. Bekräfta att du behöver öppna journalen.',
    access_reason_required: 'Välj varför du behöver öppna journalen.',
    access_reason_text: 'Skriv varför med några ord (högst 300 tecken).',
    access_confirmation_required:
      'Patienten har skyddade personuppgifter: bekräfta att du behöver öppna journalen.',
    emergency_reason_text: 'Skriv skälet till nödåtkomsten (10–300 tecken).',
    emergency_not_needed: 'Patienten hör till en av dina enheter: öppna journalen som vanligt.',
    review_date: 'Skriv datumet som ÅÅÅÅ-MM-DD.',
    review_month: 'Skriv månaden som ÅÅÅÅ-MM.',
    review_comment: 'Skriv en kommentar (3–500 tecken).',
    review_only_unit_manager: 'Bara verksamhetschefen på enheten kan följa upp loggen.',
    review_already_done: 'Åtkomsten är redan granskad.',
    follow_up_period_order: 'Periodens slut ligger före dess början.',
    follow_up_period_too_long: 'Välj en period på högst fem år.',
    // SIP (care-plans)
    care_plan_incomplete: ({ missing }) =>
      `SIP:en kan inte fastställas. Det saknas: ${missing.map((m) => sipParts[m] ?? m).join('; ')}.`,
    care_plan_agreed:
      'Den här versionen är fastställd och kan inte ändras. Starta en ny version för att göra ändringar.',
    care_plan_not_agreed: 'Bara en fastställd SIP kan få en ny version. Ändra utkastet i stället.',
    care_plan_stale: ({ by }) => `${by} har ändrat SIP:en under tiden. Ladda om och gör ändringen igen.`,
    care_plan_participant_not_found: 'Deltagaren finns inte i den här SIP:en.',
    care_plan_participant_in_agreed:
      'Deltagare kan bara tas bort ur ett utkast. Starta en ny version, eller återkalla samtycket.',
    care_plan_consent_not_found: 'Samtycket finns inte i den här SIP:en.',
    care_plan_consent_withdrawn: 'Samtycket är redan återkallat.',
    care_plan_consent_not_needed:
      'Regionens team och personen själv behöver inget samtycke för att se SIP:en.',
    care_plan_consent_first:
      'Personen har inte samtyckt till SIP. Registrera det samtycket först, sedan samtycke att dela med deltagare.',
    care_plan_account_kind: 'Bara kommunens och andra organisationers deltagare kan kopplas till ett konto.',
    care_plan_account_not_partner:
      'Kontot är inte en samverkanspartner på patientens enhet. Välj ett konto ur listan.',
    care_plan_account_twice: 'Kontot är redan deltagare i den här SIP:en.',
    care_plan_representative_name: 'Skriv företrädarens namn.',
    care_plan_version_not_found: 'Den versionen finns inte.',
    care_plan_version_outdated: ({ version }) =>
      `Det finns en nyare fastställd version (${version}). Läs den och bekräfta den i stället.`,
    care_plan_action_linked: 'Åtgärden finns redan med i SIP:en.',
    care_plan_action_unknown: 'Åtgärden finns inte i patientens hälsoplan.',
    care_plan_link_unknown:
      'En insats pekar på en deltagare eller en hälsoplansåtgärd som inte finns i SIP:en. Ladda om och försök igen.',
    idempotency_key_reused:
      'Den här anmälan har redan skickats med annat innehåll. Ladda om sidan och fyll i formuläret på nytt.',
    not_a_possible_duplicate: 'Anmälan är inte markerad som möjlig dubblett.',
    duplicate_already_resolved: 'Den möjliga dubbletten är redan hanterad.',
    duplicate_target_ended: ({ reference }) =>
      `Anmälan ${reference} är redan avslutad. Markera i stället att det inte är en dubblett, eller stäng anmälan.`,
    duplicate_reason_required: 'Skriv varför (minst tre tecken).',
    health_plan_action_stale: ({ by }) =>
      `${by} ändrade åtgärden medan du skrev. Läs in planen igen och gör din ändring på nytt.`,
    health_plan_amended:
      'Den här versionen är ersatt av en rättelse. Öppna den senaste versionen för att ändra planen.',
    health_plan_has_request: 'Åtgärden har redan ett ärende.',
    health_plan_action_not_found: 'Åtgärden finns inte i den här hälsoplanen.',
  },
};
