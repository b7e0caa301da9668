import { localToday } from '../lib/time.ts';
import {
  addNote,
  bookFirstCall,
  close,
  decideEligibility,
  enrol,
  submitPublicRegistration,
} from '../modules/intake/index.ts';
import { at, birthFor, by, DAY, identity, MAPPINGS, register, type Scene, takeTo } from './intake-scene.ts';
import type { DemoPatient } from './profiles.ts';

/**
 * Kumla: every stage before enrolment — public-form and child-to-adult registrations, first calls
 * booked, needs mapped (once after "needs more information"), eligible (once outside the catchment
 * area, with an override), not eligible, consented and ready to enrol, two closed — and the intake
 * record of one of the pilot's patients, linked to their record.
 */
export async function seedKumla(s: Scene) {
  const { db, actor } = s;
  // received: sent through the public form by a sister, two days ago (no identity number given).
  await submitPublicRegistration(
    db,
    {
      source: 'relative',
      person: {
        givenName: 'Oskar',
        familyName: 'Holm',
        identityNumber: null,
        municipalityCode: '1861',
        streetAddress: null,
        postalCode: null,
        city: 'Hallsberg',
        phone: null,
        email: null,
      },
      applicant: { name: 'Frida Holm', relation: 'syster', phone: '070-412 33 80', email: null },
      contactPreference: 'sms',
      disabilities:
        'Min bror har autism och en intellektuell funktionsnedsättning. Han pratar inte så mycket.',
      currentCareContacts: 'Habiliteringen, psykiatrin och vårdcentralen. Ibland akuten.',
      hardToday: 'Han blir väldigt stressad i väntrum och vi har fått gå hem utan att träffa läkaren.',
      consentToContact: true,
      website: undefined,
    },
    '192.0.2.10',
    at(s, 2, 21, 40),
  );

  // received, child to adult: habilitation registered him before his 18th birthday, in 40 days.
  const adultSoon = birthFor(s, 18, 40);
  await register(
    s,
    95,
    {
      givenName: 'Elias',
      familyName: 'Nyström',
      identityNumber: identity(s, adultSoon),
      municipalityCode: '1881',
      streetAddress: 'Sörbyvägen 12',
      postalCode: '692 35',
      city: 'Kumla',
    },
    {
      source: 'habilitation',
      applicant: {
        name: 'Lena Ek, kurator, Barn- och ungdomshabiliteringen',
        relation: 'habilitering',
        phone: '019-602 51 00',
      },
      disabilities:
        'Cerebral pares (spastisk tetraplegi), måttlig intellektuell funktionsnedsättning, epilepsi.',
      diagnoses: ['G80.0', 'F71', 'G40'],
      currentCareContacts: 'Barnhabiliteringen, barnortopeden, barnneurologen.',
      hardToday: 'Övergången till vuxenvården: nya kontakter på alla håll samtidigt.',
      plannedStartDate: localToday(new Date(s.today.getTime() + 40 * DAY)),
    },
  );
  // received, child to adult, planned start far ahead.
  const adultLater = birthFor(s, 18, 230);
  await register(
    s,
    30,
    {
      givenName: 'Alva',
      familyName: 'Sjöberg',
      identityNumber: identity(s, adultLater),
      municipalityCode: '1882',
    },
    {
      source: 'habilitation',
      applicant: {
        name: 'Lena Ek, kurator, Barn- och ungdomshabiliteringen',
        relation: 'habilitering',
        phone: '019-602 51 00',
      },
      disabilities: 'Retts syndrom.',
      diagnoses: ['F84.2'],
      plannedStartDate: localToday(new Date(s.today.getTime() + 230 * DAY)),
    },
  );
  // received yesterday from the group home: the one to take through the whole flow in the README.
  await register(
    s,
    1,
    {
      givenName: 'Hanna',
      familyName: 'Berglund',
      identityNumber: identity(s, birthFor(s, 34, -120)),
      municipalityCode: '1881',
      streetAddress: 'Ekenvägen 4 (gruppbostad)',
      postalCode: '692 31',
      city: 'Kumla',
    },
    {
      source: 'group_home',
      applicant: {
        name: 'Personalen på Linden, gruppbostad',
        relation: 'gruppbostad',
        phone: '019-58 30 22',
      },
      disabilities: 'Downs syndrom och måttlig intellektuell funktionsnedsättning. Hör dåligt.',
      diagnoses: ['Q90', 'F71'],
      currentCareContacts: 'Vuxenhabiliteringen, hörselvården, kommunens sjuksköterska.',
      hardToday: 'Har fått öroninflammationer som upptäckts sent; svårt att få hennes hörsel kontrollerad.',
    },
  );

  // first_call_booked: one in two days, one this afternoon.
  const callSoon = await register(
    s,
    9,
    {
      givenName: 'Viktor',
      familyName: 'Lindqvist',
      identityNumber: identity(s, '1979-05-14'),
      municipalityCode: '1861',
    },
    {
      source: 'representative',
      applicant: { name: 'Göran Lund, god man', relation: 'god man', phone: '070-566 10 20' },
      disabilities: 'Förvärvad hjärnskada efter en trafikolycka 2019.',
      diagnoses: ['T90.5'],
    },
  );
  await bookFirstCall(
    db,
    actor,
    callSoon.id,
    { at: at(s, -2, 10).toISOString(), note: 'Ringer gode mannen.' },
    by(s, 'navigator', 7),
  );
  const callToday = await register(
    s,
    20,
    {
      givenName: 'Sara',
      familyName: 'Persson',
      identityNumber: identity(s, '1996-11-03'),
      municipalityCode: '1881',
    },
    {
      source: 'relative',
      applicant: { name: 'Anders Persson', relation: 'pappa', phone: '070-233 90 12' },
      disabilities: 'Svår intellektuell funktionsnedsättning och epilepsi.',
      diagnoses: ['F72', 'G40'],
    },
  );
  await bookFirstCall(
    db,
    actor,
    callToday.id,
    { at: at(s, 0, 14).toISOString(), note: null },
    by(s, 'navigator', 15),
  );

  // needs_mapped, waiting for the decision.
  const mapped = await register(
    s,
    25,
    {
      givenName: 'Karl',
      familyName: 'Forsberg',
      identityNumber: identity(s, '1968-02-20'),
      municipalityCode: '1882',
    },
    {
      source: 'municipality',
      applicant: {
        name: 'Karin Ek, kommunsjuksköterska',
        relation: 'kommunens hälso- och sjukvård',
        phone: '019-58 80 41',
      },
      disabilities: 'Muskeldystrofi, använder rullstol.',
      diagnoses: ['G71.0'],
    },
  );
  await takeTo(s, mapped.id, 'mapped', { booked: 20, mapped: 5 }, MAPPINGS.aac!);
  // needs_mapped again after "needs more information".
  const moreInfo = await register(
    s,
    40,
    {
      givenName: 'Linnea',
      familyName: 'Wikström',
      identityNumber: identity(s, '2001-08-09'),
      municipalityCode: '1881',
    },
    {
      source: 'other_clinic',
      applicant: {
        name: 'Dr. Olof Hedlund, psykiatrimottagningen',
        relation: 'remittent',
        phone: '019-602 40 00',
      },
      disabilities: 'Autism; utreds för intellektuell funktionsnedsättning.',
      diagnoses: [],
    },
  );
  await takeTo(s, moreInfo.id, 'mapped', { booked: 35, mapped: 20 }, MAPPINGS.speech!);
  await decideEligibility(
    db,
    actor,
    moreInfo.id,
    {
      decision: 'needs_more_info',
      reason: 'Väntar på habiliteringens utredning om intellektuell funktionsnedsättning.',
      catchmentOverride: false,
      overrideReason: null,
    },
    by(s, 'navigator', 10, 15),
  );

  // eligible, waiting for consent; and one accepted from outside the catchment area.
  const eligible = await register(
    s,
    35,
    {
      givenName: 'Ali',
      familyName: 'Hassan',
      identityNumber: identity(s, '1988-01-27'),
      municipalityCode: '1881',
    },
    {
      source: 'relative',
      applicant: { name: 'Amira Hassan', relation: 'syster', phone: '070-781 22 45' },
      disabilities: 'Fragilt X-syndrom, måttlig intellektuell funktionsnedsättning.',
      diagnoses: ['Q99.2', 'F71'],
    },
  );
  await takeTo(s, eligible.id, 'eligible', { booked: 30, mapped: 21, decided: 3 }, MAPPINGS.speech!);
  const outside = await register(
    s,
    28,
    {
      givenName: 'Ebba',
      familyName: 'Lundgren',
      identityNumber: identity(s, '1992-04-17'),
      municipalityCode: '1880',
    },
    {
      source: 'representative',
      applicant: { name: 'Maria Lundgren, förvaltare', relation: 'förvaltare', phone: '070-904 11 02' },
      disabilities: 'Angelmans syndrom, svår intellektuell funktionsnedsättning, epilepsi.',
      diagnoses: ['Q93.5', 'F72', 'G40'],
    },
  );
  await takeTo(s, outside.id, 'mapped', { booked: 25, mapped: 14 }, MAPPINGS.aac!);
  await decideEligibility(
    db,
    actor,
    outside.id,
    {
      decision: 'eligible',
      reason: 'Uppfyller kriterierna.',
      catchmentOverride: true,
      overrideReason: 'Flyttar till gruppbostad i Kumla i mars; hennes fasta läkare finns redan här.',
    },
    by(s, 'navigator', 6, 15),
  );

  // not_eligible.
  const notEligible = await register(
    s,
    30,
    {
      givenName: 'Gustav',
      familyName: 'Olsson',
      identityNumber: identity(s, '1985-09-30'),
      municipalityCode: '1881',
    },
    {
      source: 'self',
      applicant: null,
      disabilities: 'Lindrig intellektuell funktionsnedsättning, astma.',
      diagnoses: ['F70', 'J45'],
    },
  );
  await takeTo(s, notEligible.id, 'mapped', { booked: 26, mapped: 16 }, MAPPINGS.mild!);
  await decideEligibility(
    db,
    actor,
    notEligible.id,
    {
      decision: 'not_eligible',
      reason:
        'Klarar vardagen och sina kontakter själv; en vårdkontakt. Fortsatt hos vårdcentralens ordinarie mottagning.',
      catchmentOverride: false,
      overrideReason: null,
    },
    by(s, 'navigator', 12, 15),
  );

  // consented: ready to enrol (Kumla has free places).
  const ready = await register(
    s,
    50,
    {
      givenName: 'Maria',
      familyName: 'Ekström',
      identityNumber: identity(s, '1975-06-21'),
      municipalityCode: '1861',
    },
    {
      source: 'representative',
      applicant: { name: 'Bo Ekström, god man', relation: 'god man', phone: '070-330 44 55' },
      disabilities: 'Prader-Willis syndrom och måttlig intellektuell funktionsnedsättning.',
      diagnoses: ['Q87.1', 'F71'],
    },
  );
  await takeTo(
    s,
    ready.id,
    'consented',
    { booked: 45, mapped: 38, decided: 20, consented: 2 },
    MAPPINGS.speech!,
    {
      who: 'representative',
      name: 'Bo Ekström',
    },
  );

  // enrolled: the intake record of one of the pilot's patients (listed before intake), recorded now.
  const pilot = s.unit.patients.find((p) => p.index === 2);
  if (pilot) await recordPilotEnrolment(s, pilot);

  // closed: not reachable, and declined.
  const unreachable = await register(
    s,
    70,
    {
      givenName: 'Henrik',
      familyName: 'Sandberg',
      identityNumber: identity(s, '1990-03-12'),
      municipalityCode: '1881',
    },
    {
      source: 'other_clinic',
      applicant: { name: 'Akutmottagningen, USÖ', relation: 'remittent', phone: '019-602 10 00' },
      disabilities: 'Cerebral pares.',
      diagnoses: ['G80'],
    },
  );
  for (const d of [65, 58, 50])
    await addNote(
      db,
      actor,
      unreachable.id,
      { note: 'Ringt, inget svar. Skickat brev.' },
      by(s, 'navigator', d, 9),
    );
  await close(
    db,
    actor,
    unreachable.id,
    { reason: 'not_reachable', note: 'Inget svar på tre försök eller brev.' },
    by(s, 'navigator', 30),
  );
  const declined = await register(
    s,
    60,
    {
      givenName: 'Johanna',
      familyName: 'Björk',
      identityNumber: identity(s, '1983-12-05'),
      municipalityCode: '1882',
    },
    {
      source: 'relative',
      applicant: { name: 'Tove Björk', relation: 'mamma', phone: '070-219 63 40' },
      disabilities: 'Ryggmärgsbråck.',
      diagnoses: ['Q05'],
    },
  );
  await takeTo(s, declined.id, 'mapped', { booked: 55, mapped: 48 }, MAPPINGS.speech!);
  await close(
    db,
    actor,
    declined.id,
    { reason: 'declined', note: 'Vill behålla sin nuvarande läkare på vårdcentralen.' },
    by(s, 'navigator', 40),
  );
}

/** One of the pilot's patients: registration, first call, decision, consent and the link to the record. */
async function recordPilotEnrolment(s: Scene, p: DemoPatient) {
  const r = await register(
    s,
    160,
    {
      givenName: p.givenName,
      familyName: p.familyName,
      identityNumber: p.identityNumber,
      municipalityCode: p.municipalityCode,
    },
    {
      source: p.letterRepresentative ? 'representative' : 'relative',
      applicant: p.letterRepresentative
        ? {
            name: p.letterRepresentative.name,
            relation: p.letterRepresentative.kind === 'god_man' ? 'god man' : 'förvaltare',
            phone: '070-500 12 34',
          }
        : { name: `Anhörig till ${p.givenName}`, relation: 'anhörig', phone: '070-500 12 34' },
      disabilities: 'Flera funktionsnedsättningar; se diagnoserna.',
      diagnoses: p.diagnoses,
    },
  );
  await takeTo(
    s,
    r.id,
    'consented',
    { booked: 150, mapped: 140, decided: 130, consented: 125 },
    MAPPINGS.aac!,
    {
      who: p.letterRepresentative ? 'representative' : 'patient',
      name: p.letterRepresentative?.name ?? null,
    },
  );
  await enrol(s.db, s.actor, r.id, { note: 'Listad i piloten.' }, by(s, 'manager', 120));
}
