import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from './types.ts';

/** The unit's places: cap, enrolled, offered, free and waiting. */
export function CapacitySummary({ capacity: c }: { capacity: Board['capacity'] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const k = 'intake.board';
  const stats = [
    ['cap', c.cap],
    ['enrolled', c.enrolled],
    ['offered', c.offered],
    ['free', c.free],
    ['waiting', c.waiting],
  ] as const;
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby={headingId}
      padding="sm"
      data-testid="intake-capacity"
    >
      <Title order={2} size="h4" id={headingId} mb="xs">
        {t(`${k}.places`)}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 2, xs: 3, sm: 5 }} spacing="sm" verticalSpacing="xs" m={0}>
        {stats.map(([key, value]) => (
          <div key={key}>
            <Text component="dt" size="sm">
              {t(`${k}.${key}`)}
            </Text>
            <Text
              component="dd"
              m={0}
              fz={26}
              fw={700}
              lh={1.2}
              c={key === 'free' && value <= 0 ? 'red.9' : undefined}
            >
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Card>
  );
}
