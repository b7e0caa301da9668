import { addToWaitingList, enrol, exit, submitPublicRegistration } from '../modules/intake/index.ts';
import { at, by, identity, MAPPINGS, type Person, register, type Scene, takeTo } from './intake-scene.ts';

/**
 * Katrineholm (cap 12): three enrolments filled it, three consented people joined the waiting list,
 * and when one patient moved away three days ago the place was offered to the first in line. The
 * patients the enrolments create join `unit.patients`, so the profiles seed gives them a profile.
 */
export async function seedKatrineholm(s: Scene) {
  const { db, actor } = s;
  const flow = async (
    person: Person,
    source: 'relative' | 'representative' | 'group_home' | 'habilitation',
    applicant: { name: string; relation: string; phone: string },
    disabilities: string,
    diagnoses: string[],
    days: { registered: number; booked: number; mapped: number; decided: number; consented: number },
  ) => {
    const r = await register(s, days.registered, person, { source, applicant, disabilities, diagnoses });
    await takeTo(s, r.id, 'consented', days, MAPPINGS.speech!, {
      who: 'representative',
      name: applicant.name,
    });
    return r;
  };
  // Three enrolments fill the unit to its cap of 12 (nine pilot patients before them).
  const members = [];
  for (const [i, who] of [
    { givenName: 'Nils', familyName: 'Gustafsson', birth: '1971-07-07', code: '0483' },
    { givenName: 'Greta', familyName: 'Hedlund', birth: '1999-02-14', code: '0482' },
    { givenName: 'Mattias', familyName: 'Larsson', birth: '1964-10-22', code: '0483' },
  ].entries()) {
    const r = await flow(
      {
        givenName: who.givenName,
        familyName: who.familyName,
        identityNumber: identity(s, who.birth),
        municipalityCode: who.code,
      },
      'representative',
      { name: `Förvaltare för ${who.givenName}`, relation: 'förvaltare', phone: '0150-120 30 40' },
      'Måttlig intellektuell funktionsnedsättning och Downs syndrom.',
      ['Q90', 'F71'],
      {
        registered: 260 - i * 15,
        booked: 255 - i * 15,
        mapped: 245 - i * 15,
        decided: 235 - i * 15,
        consented: 225 - i * 15,
      },
    );
    const enrolled = await enrol(db, actor, r.id, { note: null }, by(s, 'navigator', 200 - i * 10));
    members.push(r);
    // A patient of the unit like the others: the profiles seed gives them adaptations and a care team.
    s.unit.patients.push({
      id: enrolled.patientId!,
      index: s.unit.patients.length,
      identityNumber: enrolled.person.identityNumber!,
      givenName: who.givenName,
      familyName: who.familyName,
      municipalityCode: who.code,
      diagnoses: enrolled.diagnoses,
      groupHome: null,
      letterRepresentative: { kind: 'forvaltare', name: `Förvaltare för ${who.givenName}` },
    });
  }
  // The unit is full: three consented people join the waiting list.
  for (const [i, who] of [
    { givenName: 'Emma', familyName: 'Nilsson', birth: '1994-05-02', code: '0483', joined: 100 },
    { givenName: 'Axel', familyName: 'Johansson', birth: '1987-03-19', code: '0482', joined: 70 },
    { givenName: 'Ida', familyName: 'Karlsson', birth: '2003-09-11', code: '0483', joined: 40 },
  ].entries()) {
    const r = await flow(
      {
        givenName: who.givenName,
        familyName: who.familyName,
        identityNumber: identity(s, who.birth),
        municipalityCode: who.code,
      },
      i === 1 ? 'group_home' : 'relative',
      {
        name: i === 1 ? 'Personalen på Solrosen' : `Förälder till ${who.givenName}`,
        relation: i === 1 ? 'gruppbostad' : 'förälder',
        phone: '0150-220 10 10',
      },
      'Autism och svår intellektuell funktionsnedsättning.',
      ['F84.0', 'F72'],
      {
        registered: who.joined + 50,
        booked: who.joined + 45,
        mapped: who.joined + 35,
        decided: who.joined + 20,
        consented: who.joined + 1,
      },
    );
    await addToWaitingList(
      db,
      actor,
      r.id,
      { note: 'Enheten har nått maxtaket.' },
      by(s, 'navigator', who.joined),
    );
  }
  // Three days ago one of them moved away: the place went to the first in line (now "offered").
  await exit(
    db,
    actor,
    members[0]!.id,
    { reason: 'moved_away', note: 'Flyttar till en gruppbostad i Västerås.' },
    by(s, 'navigator', 3, 13),
  );
  // A new public-form registration from Flen.
  await submitPublicRegistration(
    db,
    {
      source: 'self',
      person: {
        givenName: 'Ludvig',
        familyName: 'Pettersson',
        identityNumber: identity(s, '1990-12-24'),
        municipalityCode: '0482',
        streetAddress: null,
        postalCode: null,
        city: 'Flen',
        phone: '070-661 20 31',
        email: null,
      },
      applicant: null,
      contactPreference: 'phone',
      disabilities: 'Jag har en ryggmärgsskada och sitter i rullstol.',
      currentCareContacts: 'Ryggmärgsskadecentrum, urologen, vårdcentralen.',
      hardToday: 'Att samordna alla mottagningar själv.',
      consentToContact: true,
      website: undefined,
    },
    '192.0.2.20',
    at(s, 4, 19, 5),
  );
}
