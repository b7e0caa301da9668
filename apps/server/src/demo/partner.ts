import type { Db } from '../db/database.ts';
import { grantRole, insertUser } from '../modules/access/index.ts';
import { insertNetworkContact } from '../modules/care-team/index.ts';
import type { DemoPatient, DemoUnit } from './profiles.ts';

/** The demo's partner account: a municipal nurse of Kumla kommun, role `partner` at the Kumla unit. */
export const DEMO_PARTNER = {
  username: 'kommun.kumla',
  displayName: 'Marie Kommunsson, Kumla kommun',
} as const;

/**
 * The partner account, and a Kumla patient (the first of the seed) whose network has contacts both
 * with and without consent to share, so the partner view's difference shows. Runs after the other
 * demo steps and draws no random numbers, so the rest of the demo stays as it was.
 */
export async function seedPartnerAccess(
  db: Db,
  units: DemoUnit[],
  passwordHash: string,
): Promise<{ patient: DemoPatient; userId: string } | null> {
  const kumla = units.find((u) => u.name.startsWith('Kumla'));
  const patient = kumla?.patients[0];
  if (!kumla || !patient) return null;
  const userId = await insertUser(db, {
    regionId: kumla.regionId,
    username: DEMO_PARTNER.username,
    displayName: DEMO_PARTNER.displayName,
    passwordHash,
  });
  await grantRole(db, kumla.regionId, userId, kumla.unitId, 'partner');
  const contacts = [
    {
      kind: 'habilitation' as const,
      organisation: 'Vuxenhabiliteringen, Region Örebro län',
      name: 'Sofia Ljung',
      role: 'Logoped',
      phone: '019-602 44 10',
      email: null,
      consentToShare: true,
      note: null,
    },
    {
      kind: 'dentist' as const,
      organisation: 'Folktandvården Kumla',
      name: null,
      role: 'Tandläkare',
      phone: '019-602 55 20',
      email: null,
      consentToShare: false,
      note: 'Patienten har inte samtyckt till att vi delar uppgifter.',
    },
  ];
  for (const c of contacts) await insertNetworkContact(db, kumla.actor, patient.id, c);
  return { patient, userId };
}
