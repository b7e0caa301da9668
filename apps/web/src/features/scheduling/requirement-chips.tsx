import type { AdaptationProfile, Feature } from '@lotsa/contracts';
import { Badge, Group, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { windowTime } from '../../lib/when.ts';

type Requirements = AdaptationProfile['requirements'];

/** "Golvlyft", "Bred brits", "90 min", "Förmiddag 08–10", "Samma personal", "Ledsagare: personlig assistent". */
export function requirementChips(r: Requirements, t: TFunction, lang: string): string[] {
  const k = 'scheduling.requirements';
  const out: string[] = r.roomFeatures.map((f) => t(`features.${f as Feature}`));
  if (r.minDurationMinutes) out.push(t('scheduling.when.minutes', { minutes: r.minDurationMinutes }));
  if (r.timeWindow) {
    const from = windowTime(r.timeWindow.from, lang);
    const to = windowTime(r.timeWindow.to, lang);
    const which =
      r.timeWindow.to <= '12:00' ? 'morning' : r.timeWindow.from >= '12:00' ? 'afternoon' : 'window';
    out.push(t(`${k}.${which}`, { from, to }));
  }
  if (r.sameStaff) out.push(t(`${k}.sameStaff`));
  if (r.companion.required) {
    const who = r.companion.who
      ? t(`adaptations.companions.${r.companion.who}` as 'adaptations.companions.relative', {
          defaultValue: r.companion.who,
        })
      : null;
    out.push(who ? t(`${k}.companionWho`, { who: who.toLocaleLowerCase(lang) }) : t(`${k}.companion`));
  }
  if (r.interpreter) out.push(t(`${k}.interpreter`, { language: r.interpreter.language }));
  if (r.signInterpreter) out.push(t(`${k}.signInterpreter`));
  if (r.waitOutside) out.push(t(`${k}.waitOutside`));
  return out;
}

/** What the patient's adaptations ask of the booking, read-only: the booker chooses none of it. */
export function RequirementChips({ requirements }: { requirements: Requirements }) {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  const chips = requirementChips(requirements, t, i18n.language);
  return (
    <div>
      <Text fw={600} id={labelId}>
        {t('scheduling.requirements.label')}
      </Text>
      {chips.length === 0 ? (
        <Text size="sm">{t('scheduling.requirements.none')}</Text>
      ) : (
        <>
          <Group
            component="ul"
            aria-labelledby={labelId}
            gap="xs"
            my={6}
            p={0}
            style={{ listStyle: 'none' }}
            data-testid="booking-requirements"
          >
            {chips.map((c) => (
              <Badge key={c} component="li" size="lg" variant="light" color="grape" tt="none" fw={600}>
                {c}
              </Badge>
            ))}
          </Group>
          <Text size="sm" c="dimmed">
            {t('scheduling.requirements.fromAdaptations')}
          </Text>
        </>
      )}
    </div>
  );
}
