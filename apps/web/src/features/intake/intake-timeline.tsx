import type { Registration } from '@lotsa/contracts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTimeMinutes } from '../../lib/format.ts';

/** The server writes its own notes in both languages ("Ändrat: … / Changed: …"): the reader's half. */
function noteIn(note: string, language: string): string {
  const both = /^(Ändrat: .+) \/ (Changed: .+)$/s.exec(note);
  if (!both) return note;
  return (language.startsWith('en') ? both[2] : both[1]) ?? note;
}

/** Every step of a registration, oldest first: when, what (and the stage it moved to), who, the note. */
export function IntakeTimeline({ events, label }: { events: Registration['events']; label?: string }) {
  const { t, i18n } = useTranslation();
  if (events.length === 0) return <Text>{t('intake.timeline.empty')}</Text>;
  return (
    <ol className="intake-timeline" aria-label={label ?? t('intake.timeline.label')}>
      {events.map((ev, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: events carry no id and never reorder
        <li key={i}>
          <Text size="sm" c="dimmed" component="div">
            <time dateTime={ev.at}>{formatDateTimeMinutes(ev.at)}</time>
            {' · '}
            {ev.byName ?? t('intake.timeline.publicForm')}
          </Text>
          <Text fw={600} component="div">
            {t(`intake.eventKinds.${ev.kind}`)}
            {ev.fromStage !== ev.toStage && (
              <Text span fw={400}>
                {' '}
                (
                {ev.fromStage
                  ? t('intake.timeline.stageChange', {
                      from: t(`intake.stages.${ev.fromStage}`),
                      to: t(`intake.stages.${ev.toStage}`),
                    })
                  : t(`intake.stages.${ev.toStage}`)}
                )
              </Text>
            )}
          </Text>
          {ev.note && <Text style={{ whiteSpace: 'pre-wrap' }}>{noteIn(ev.note, i18n.language)}</Text>}
        </li>
      ))}
    </ol>
  );
}
