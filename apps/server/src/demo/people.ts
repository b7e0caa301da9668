import { makeTestIdentityNumber } from '@lotsa/contracts';
import type { Random } from './random.ts';

export const GIVEN_FEMALE = [
  'Anna',
  'Maria',
  'Karin',
  'Sara',
  'Emma',
  'Lena',
  'Ida',
  'Elin',
  'Sofia',
  'Linnea',
  'Johanna',
  'Hanna',
  'Malin',
  'Frida',
  'Amira',
  'Greta',
  'Alva',
  'Ebba',
  'Tove',
  'Nora',
];
export const GIVEN_MALE = [
  'Erik',
  'Lars',
  'Johan',
  'Anders',
  'Karl',
  'Oskar',
  'Viktor',
  'Emil',
  'Jonas',
  'Ali',
  'Mattias',
  'Henrik',
  'Axel',
  'Elias',
  'Nils',
  'Olof',
  'Gustav',
  'Hugo',
  'Samir',
  'Ludvig',
];
export const FAMILY = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Lindberg',
  'Lindqvist',
  'Berglund',
  'Holm',
  'Sandberg',
  'Ekström',
  'Forsberg',
  'Lundgren',
  'Hedlund',
  'Wikström',
  'Björk',
  'Nyström',
  'Sjöberg',
];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A person for the demo: the identity number is built with a birth number from 980–999, the series
 * of Skatteverket's test personnummer, so it cannot belong to a real person.
 */
export function makePerson(
  rnd: Random,
  used: Set<string>,
  minAge: number,
  maxAge: number,
  today = new Date(),
) {
  for (;;) {
    const female = rnd.chance(0.5);
    const year = today.getFullYear() - rnd.int(minAge, maxAge);
    const month = rnd.int(1, 12);
    const day = rnd.int(1, 28);
    const serial = rnd.int(49, 49) * 20 + rnd.int(0, 9) * 2 + (female ? 0 : 1); // 980..999, odd for men
    const birthDate = `${year}-${pad(month)}-${pad(day)}`;
    const identityNumber = makeTestIdentityNumber(birthDate, serial);
    if (used.has(identityNumber)) continue;
    used.add(identityNumber);
    return {
      identityNumber,
      givenName: rnd.pick(female ? GIVEN_FEMALE : GIVEN_MALE),
      familyName: rnd.pick(FAMILY),
      female,
    };
  }
}
