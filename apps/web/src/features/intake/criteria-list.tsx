import type { Criterion } from '@lotsa/contracts';
import { Group, List, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconHelpCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n/index.ts';
import { NOT_MET_RED, OK_GREEN, UNKNOWN_GREY } from './colors.ts';

const LOOK = {
  met: { icon: IconCircleCheck, color: OK_GREEN },
  not_met: { icon: IconCircleX, color: NOT_MET_RED },
  unknown: { icon: IconHelpCircle, color: UNKNOWN_GREY },
} as const;

/** The criteria one by one: an icon and a word for the result (never colour alone), and its basis. */
export function CriteriaList({ criteria }: { criteria: readonly Criterion[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <List
      listStyleType="none"
      spacing="sm"
      aria-label={t('intake.criteria.listLabel')}
      data-testid="criteria"
    >
      {criteria.map((c) => {
        const look = LOOK[c.result];
        return (
          <List.Item key={c.criterion}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <look.icon size={22} color={look.color} aria-hidden style={{ flexShrink: 0, marginTop: 1 }} />
              <div>
                <Text fw={600} span>
                  {t(`intake.criteria.names.${c.criterion}`)}:{' '}
                </Text>
                <Text fw={700} span c={look.color}>
                  {t(`intake.criteria.results.${c.result}`)}
                </Text>
                <Text size="sm">{c.basis[locale]}</Text>
              </div>
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}
