import type { LetterVariant, Representative } from '@lotsa/contracts';

/**
 * Pure: which variant a patient's adaptations ask for, who receives the letter, and which address is
 * printed. The facts come from the patients module's own answer (`toPatient`), which already drops
 * every address of a patient with protected identity and of their representatives.
 */

/**
 * Large print wins over easy read (large print is easy read in big type, so it serves both); easy
 * read (or a picture schedule, or picture-based communication) gives pictures; otherwise plain text.
 */
export function chooseVariant(codes: readonly string[]): LetterVariant {
  const has = (c: string) => codes.includes(c);
  if (has('UND-LARGE-PRINT')) return 'large_print';
  if (has('UND-EASY-READ') || has('UND-PICTURE-SCHEDULE') || has('COM-AAC-PICTURES')) return 'easy_read';
  return 'plain';
}

export interface Recipient {
  kind: 'patient' | 'representative';
  representativeId: string | null;
  name: string;
  addressLines: string[];
}

interface Address {
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
}

function lines(a: Address | null): string[] {
  if (!a) return [];
  const town = [a.postalCode, a.city].filter(Boolean).join(' ');
  return [a.streetAddress, town].filter((x): x is string => Boolean(x));
}

/**
 * The recipients of a booking's letter:
 * - every representative with `receivesLetters` (the patients module records it with their mandate or
 *   the patient's consent) gets a copy;
 * - the patient gets their own letter, unless the profile says to contact them through their
 *   representative (`COM-VIA-REPRESENTATIVE`) and at least one representative receives letters.
 *
 * Protected identity: no address is printed at all — neither the patient's nor a representative's,
 * because a representative's address (a parent's home, the group home) can lead to the patient. The
 * letter is handed over or sent through Skatteverket's forwarding by hand. The patient record
 * (`toPatient`) already has the addresses removed; `protectedIdentity` is checked again here so the
 * rule holds even for a caller that passes raw addresses.
 */
export function chooseRecipients(p: {
  givenName: string;
  familyName: string;
  protectedIdentity: boolean;
  address: Address | null;
  representatives: ReadonlyArray<Pick<Representative, 'id' | 'name' | 'address' | 'receivesLetters'>>;
  adaptationCodes: readonly string[];
}): Recipient[] {
  const hide = p.protectedIdentity;
  const reps: Recipient[] = p.representatives
    .filter((r) => r.receivesLetters)
    .map((r) => ({
      kind: 'representative',
      representativeId: r.id,
      name: r.name,
      addressLines: hide ? [] : lines(r.address),
    }));
  const viaRepresentative = p.adaptationCodes.includes('COM-VIA-REPRESENTATIVE') && reps.length > 0;
  const patient: Recipient = {
    kind: 'patient',
    representativeId: null,
    name: `${p.givenName} ${p.familyName}`,
    addressLines: hide ? [] : lines(p.address),
  };
  return viaRepresentative ? reps : [patient, ...reps];
}
