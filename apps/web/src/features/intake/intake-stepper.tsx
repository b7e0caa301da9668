import type { IntakeStage, Registration } from '@lotsa/contracts';
import { Text } from '@mantine/core';
import { IconCircle, IconCircleCheckFilled, IconCircleDot, IconCircleMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { OFF_PATH_STAGES, PATH_STEPS } from './intake-actions.ts';

function pathIndex(stage: IntakeStage): number {
  return PATH_STEPS.findIndex((s) => (s.stages as readonly IntakeStage[]).includes(stage));
}

/**
 * The stages of the flow as an ordered list: done, now (aria-current) or later, each said in words
 * and shown with an icon. An ended registration adds its end as the last, current step.
 */
export function IntakeStepper({ registration: r }: { registration: Registration }) {
  const { t } = useTranslation();
  const ended = OFF_PATH_STAGES.has(r.stage);
  const reached = Math.max(
    pathIndex(r.stage),
    ...r.events.map((e) => pathIndex(e.toStage)),
    r.stage === 'exited' ? PATH_STEPS.length - 1 : -1,
  );
  const current = ended ? -1 : pathIndex(r.stage);
  const k = 'intake.registration';

  return (
    <ol className="intake-stepper" aria-label={t(`${k}.steps`)}>
      {PATH_STEPS.map((step, i) => {
        const state = i === current ? 'current' : i <= reached ? 'done' : 'later';
        const Icon =
          state === 'done' ? IconCircleCheckFilled : state === 'current' ? IconCircleDot : IconCircle;
        const label =
          step.key === 'waiting_list' && r.stage === 'offered'
            ? t('intake.stages.offered')
            : t(`intake.stages.${step.key}`);
        return (
          <li key={step.key} data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
            <Icon size={22} aria-hidden />
            <span>
              <Text span fw={state === 'current' ? 700 : 500}>
                {label}
              </Text>
              <Text span size="sm" className="intake-stepper-state">
                {' '}
                (
                {t(
                  `${k}.${state === 'done' ? 'stepDone' : state === 'current' ? 'stepCurrent' : 'stepLater'}`,
                )}
                )
              </Text>
            </span>
          </li>
        );
      })}
      {ended && (
        <li data-state="ended" aria-current="step">
          <IconCircleMinus size={22} aria-hidden />
          <span>
            <Text span fw={700}>
              {t(`intake.stages.${r.stage}`)}
            </Text>
            <Text span size="sm" className="intake-stepper-state">
              {' '}
              ({t(`${k}.stepCurrent`)})
            </Text>
          </span>
        </li>
      )}
    </ol>
  );
}
