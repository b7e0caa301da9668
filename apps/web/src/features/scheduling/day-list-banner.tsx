import type { DayList } from '@lotsa/contracts';
import { Box, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { inLanguage } from '../../lib/when.ts';

type Banner = DayList['entries'][number]['banner'];

/**
 * What everyone who meets the patient must see, in the look of the patient header's banner: the
 * critical items in red, what the visit needs, and the patient's three most important things.
 */
export function DayListBanner({ banner, patientName }: { banner: Banner; patientName: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { critical, requirements, topThree } = banner;
  if (critical.length === 0 && requirements.length === 0 && topThree.length === 0) return null;
  return (
    <Box
      role="note"
      aria-label={t('scheduling.dayList.banner', { name: patientName })}
      data-testid="day-list-banner"
      mt="xs"
      px="sm"
      py={6}
      className="day-list-banner"
      style={{
        border: `2px solid var(--mantine-color-${critical.length > 0 ? 'red' : 'gray'}-8)`,
        borderRadius: 'var(--mantine-radius-sm)',
        background: critical.length > 0 ? 'var(--mantine-color-red-0)' : 'var(--mantine-color-gray-0)',
        color: 'var(--mantine-color-black)',
      }}
    >
      {(critical.length > 0 || requirements.length > 0) && (
        <Group gap="xs" wrap="nowrap" align="flex-start">
          {critical.length > 0 && (
            <IconAlertTriangle
              size={20}
              aria-hidden
              color="var(--mantine-color-red-8)"
              style={{ flexShrink: 0 }}
            />
          )}
          <Text size="sm">
            {critical.length > 0 && (
              <Text span fw={700} c="red.9" inherit>
                {critical.map((c) => inLanguage(c, lang)).join(' · ')}
              </Text>
            )}
            {critical.length > 0 && requirements.length > 0 && ' — '}
            {requirements.map((r) => inLanguage(r, lang)).join(' · ')}
          </Text>
        </Group>
      )}
      {topThree.length > 0 && (
        <List type="ordered" size="sm" mt={4} spacing={0}>
          {topThree.map((s) => (
            <List.Item key={s}>{s}</List.Item>
          ))}
        </List>
      )}
    </Box>
  );
}
