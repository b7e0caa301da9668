import { List, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../components/page-title.tsx';

/** The receipt: that it arrived, its reference and what happens next. Nothing of what was sent. */
export function PublicReceipt({ reference }: { reference: string }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const k = 'intake.public.receipt';
  useDocumentTitle(t(`${k}.title`));
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <Stack gap="lg" className="public-receipt">
      <Title order={1} ref={headingRef} tabIndex={-1} className="public-form-title">
        <IconCircleCheck size={36} aria-hidden className="public-receipt-icon" />
        {t(`${k}.title`)}
      </Title>
      <div>
        <Text fz="xl">{t(`${k}.reference`)}</Text>
        <Text className="public-receipt-reference" data-testid="receipt-reference">
          {reference}
        </Text>
        <Text fz="xl">{t(`${k}.keep`)}</Text>
      </div>
      <section aria-labelledby="anmalan-next">
        <Title order={2} id="anmalan-next" fz={26} mb="sm">
          {t(`${k}.nextTitle`)}
        </Title>
        <List type="ordered" fz="xl" spacing="sm">
          <List.Item>{t(`${k}.next1`)}</List.Item>
          <List.Item>{t(`${k}.next2`)}</List.Item>
          <List.Item>{t(`${k}.next3`)}</List.Item>
          <List.Item>{t(`${k}.next4`)}</List.Item>
        </List>
      </section>
    </Stack>
  );
}
