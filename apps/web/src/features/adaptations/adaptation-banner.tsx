import { Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { codeLevel, codeName, requirementWords, useAdaptations } from './use-adaptations.ts';

/** One line in the patient header: the red items and what the booking needs. Nothing when empty. */
export function AdaptationBanner({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const query = useAdaptations(patientId);
  if (!query.data) return null;
  const red = query.data.items
    .filter((i) => codeLevel(i.code) === 'red')
    .map((i) => codeName(i.code, i18n.language));
  const req = requirementWords(query.data.requirements, t);
  if (red.length === 0 && req.length === 0) return null;
  return (
    <Group
      role="note"
      aria-label={t('adaptations.banner')}
      gap="xs"
      wrap="nowrap"
      px="sm"
      py={6}
      data-testid="adaptation-banner"
      style={{
        border: '2px solid var(--mantine-color-red-8)',
        borderRadius: 'var(--mantine-radius-sm)',
        background: 'var(--mantine-color-red-0)',
        color: 'var(--mantine-color-black)',
      }}
    >
      <IconAlertTriangle size={20} aria-hidden color="var(--mantine-color-red-8)" style={{ flexShrink: 0 }} />
      <Text size="sm">
        {red.length > 0 && <strong>{red.join(' · ')}</strong>}
        {red.length > 0 && req.length > 0 && ' — '}
        {req.join(' · ')}
      </Text>
    </Group>
  );
}
