import type { Db } from '../db/database.ts';
import { seedKatrineholm } from './intake-katrineholm.ts';
import { seedKumla } from './intake-kumla.ts';
import { scene, staffBy } from './intake-scene.ts';
import type { DemoUnit } from './profiles.ts';

/**
 * Interest registrations in every stage, taken through the intake module's own steps (so every rule
 * holds) at past times and in the staff's names: Kumla (intake-kumla.ts) and Katrineholm at its cap
 * (intake-katrineholm.ts). Runs before the profiles seed: the patients its enrolments create join
 * `unit.patients` and get adaptations, a care team and a network like the rest. Identity numbers use
 * Skatteverket's test series (980–999), never real people.
 */

export async function seedIntake(db: Db, units: DemoUnit[], used: Set<string>, today: Date) {
  const kumla = units.find((u) => u.name.startsWith('Kumla'));
  const katrineholm = units.find((u) => u.name.startsWith('Katrineholm'));
  if (kumla)
    await seedKumla(
      scene(db, kumla, used, today, {
        navigator: staffBy(kumla, 'Elsa', 'vardlots'),
        doctor: staffBy(kumla, 'Per', 'lakare'),
        manager: staffBy(kumla, 'Cecilia', 'chef'),
      }),
    );
  if (katrineholm)
    await seedKatrineholm(
      scene(db, katrineholm, used, today, { navigator: staffBy(katrineholm, 'Vera', 'vardlots.sormland') }),
    );
}
