import { Card, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A clearly marked place that a later module fills. */
export function ComingSoonCard({ title }: { title: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Card withBorder component="section" aria-labelledby={id} data-placeholder="true">
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      <Text mt="xs" fs="italic">
        {t('patients.page.comingSoon')}
      </Text>
    </Card>
  );
}
