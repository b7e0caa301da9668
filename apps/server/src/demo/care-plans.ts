import type { SipContentInput } from '@lotsa/contracts';
import type { Db } from '../db/database.ts';
import { scopeOf } from '../kernel/index.ts';
import { addDaysToLocalDate, localToday } from '../lib/time.ts';
import {
  addParticipant,
  agreeCarePlan,
  contentOf,
  createCarePlan,
  recordConsent,
  saveCarePlan,
} from '../modules/care-plans/index.ts';
import { DEMO_PARTNER } from './partner.ts';
import type { DemoPatient, DemoUnit } from './profiles.ts';

/**
 * SIPs in several states at Kumla (issue 13): Kumla's first patient has an agreed SIP with the
 * municipal nurse's partner account (`kommun.kumla` sees it in /samverkan), the second a draft with
 * parts missing, the third an agreed SIP whose follow-up is overdue. Draws no random numbers.
 */
export async function seedCarePlans(db: Db, units: DemoUnit[], partnerUserId: string | null, today: Date) {
  const kumla = units.find((u) => u.name.startsWith('Kumla'));
  if (!kumla || kumla.patients.length < 3) return;
  const scope = scopeOf(db, kumla.actor);
  const day = localToday(today);
  const given = { givenBy: 'patient', representativeName: null, method: 'spoken' } as const;
  const at = new Date(today.getTime() - 14 * 86_400_000).toISOString();
  const name = (p: DemoPatient) => `${p.givenName} ${p.familyName}`;

  const start = async (p: DemoPatient, trigger: string) => {
    const plan = await createCarePlan(scope, p.id, { trigger });
    return recordConsent(scope, plan.id, { ...given, participantId: null, givenAt: at });
  };
  const write = async (planId: string, revision: number, content: SipContentInput) =>
    saveCarePlan(scope, planId, { expectedRevision: revision, content: contentOf(content) });

  // 1. Agreed, with the municipal nurse by her partner account.
  const [first, second, third] = kumla.patients;
  let a = await start(first!, 'Kommunens sjuksköterska bad om en SIP inför flytten till gruppbostad.');
  a = await addParticipant(scope, a.id, {
    kind: 'region_staff',
    name: 'Elsa Lotsberg',
    organisation: kumla.name,
    role: 'Vårdlots',
    userId: null,
  });
  if (partnerUserId) {
    a = await addParticipant(scope, a.id, {
      kind: 'municipality',
      name: DEMO_PARTNER.displayName,
      organisation: 'Kumla kommun',
      role: 'Kommunsjuksköterska',
      userId: partnerUserId,
    });
  }
  const marie = a.participants.find((p) => p.userId === partnerUserId);
  if (marie) a = await recordConsent(scope, a.id, { ...given, participantId: marie.id, givenAt: at });
  a = await write(a.id, a.revision, {
    ownGoals: `Jag vill bo på Solrosen och träffa mina vänner.`,
    measurableGoals: 'Flytten är klar inom tre månader. Inga akuta besök för förstoppning.',
    participation: `${name(first!)} var med på mötet och berättade själv vad som är viktigt.`,
    interventions: [
      {
        text: 'Läkemedelsgenomgång före flytten',
        easyText: 'Vi går igenom dina mediciner.',
        principal: 'region',
        responsibleName: 'Per Läkarsson',
      },
      {
        text: 'Hemsjukvård en gång i veckan',
        easyText: 'En sköterska kommer hem till dig.',
        principal: 'municipality',
        responsibleName: 'Marie Kommunsson',
        participantId: marie?.id ?? null,
      },
      {
        text: 'Kommunikationsstöd med bildschema',
        easyText: 'Du får ett schema med bilder.',
        principal: 'other',
        responsibleName: 'Vuxenhabiliteringen',
      },
    ],
    overallPrincipal: 'region',
    overallName: 'Elsa Lotsberg, vårdlots',
    followUpDate: addDaysToLocalDate(day, 90),
    followUpBy: 'Elsa Lotsberg',
  });
  await agreeCarePlan(scope, a.id, a.revision);

  // 2. A draft: consent given, the interventions written, who is responsible not yet agreed.
  const b = await start(second!, 'Den gode mannen bad om samordning med daglig verksamhet.');
  await write(b.id, b.revision, {
    ownGoals: 'Jag vill ha kvar mitt arbete på dagliga verksamheten.',
    interventions: [
      { text: 'Anpassad tandvård', principal: 'region', responsibleName: null },
      { text: 'Stöd vid måltider på daglig verksamhet', principal: null, responsibleName: null },
    ],
  });

  // 3. Agreed half a year ago; the follow-up is ten days overdue.
  let c = await start(third!, 'Teamet tog initiativ efter två akuta besök.');
  c = await write(c.id, c.revision, {
    ownGoals: 'Jag vill inte behöva åka till akuten.',
    interventions: [
      { text: 'Epilepsiplan uppdaterad', principal: 'region', responsibleName: 'Per Läkarsson' },
      {
        text: 'Personalen på boendet får utbildning',
        principal: 'municipality',
        responsibleName: 'Kumla kommun',
      },
    ],
    noOthersMeasures: true,
    overallPrincipal: 'municipality',
    overallName: 'Kumla kommun, LSS-handläggare',
    followUpDate: addDaysToLocalDate(day, -10),
    followUpBy: 'Elsa Lotsberg',
  });
  await agreeCarePlan(scope, c.id, c.revision);
}
