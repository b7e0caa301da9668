import { Box, Container, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { PublicReceipt } from './public-receipt.tsx';
import { PublicWizard } from './public-wizard.tsx';
import './public-form.css';

/**
 * /anmalan: the public interest form, no account needed. Easy-read Swedish (English selectable),
 * one step at a time, large text, for oneself or for someone else. Answers a receipt, nothing more.
 */
export function PublicRegistrationPage() {
  const { t } = useTranslation();
  const [reference, setReference] = useState<string | null>(null);
  return (
    <div className="public-form">
      <Box component="header" className="public-form-header" px="md" py="sm">
        <Group justify="space-between" align="flex-end" maw={680} mx="auto">
          <div>
            <Text fw={700} fz={28} c="blue.9" lang="sv">
              {t('app.name')}
            </Text>
            <Text size="md">{t('app.tagline')}</Text>
          </div>
          <LanguageSwitch />
        </Group>
      </Box>
      <Box component="main" id="main-content" tabIndex={-1}>
        <Container size={680} px="md" py="lg">
          {reference ? <PublicReceipt reference={reference} /> : <PublicWizard onDone={setReference} />}
        </Container>
      </Box>
    </div>
  );
}
