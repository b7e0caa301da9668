import type { ProposalStep, VisitLocation } from '@lotsa/contracts';
import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { clockRange } from '../../lib/when.ts';

/** "9.30–10.00 Sjuksköterska: Sanna Sjöberg, Rum 1" per step: who and where, never to be looked up. */
export function VisitSteps({
  steps,
  location = 'clinic',
  label,
  size = 'sm',
}: {
  steps: readonly ProposalStep[];
  location?: VisitLocation;
  label?: string;
  size?: 'xs' | 'sm' | 'md';
}) {
  const { t, i18n } = useTranslation();
  const where = (s: ProposalStep) =>
    s.roomName ??
    (location === 'home'
      ? t('scheduling.book.home')
      : location === 'digital'
        ? t('scheduling.book.digital')
        : null);
  return (
    <List size={size} spacing={2} listStyleType="none" aria-label={label} ml={0} pl={0}>
      {steps.map((s) => {
        const who = [s.staffName, where(s)].filter(Boolean).join(', ');
        return (
          <List.Item key={`${s.key}-${s.start}`}>
            <Text span size={size} fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {clockRange(s.start, s.end, i18n.language)}
            </Text>{' '}
            <Text span size={size}>
              {s.label}
              {who ? `: ${who}` : ''}
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
}
