import { Box, Container, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import './survey.css';

/** The public survey's frame: the name, the language choice, one column that fits a phone. */
export function SurveyShell({ children, header }: { children: ReactNode; header?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="survey-page">
      <Box component="header" className="survey-header" px="md" py="sm">
        <Group justify="space-between" align="flex-end" maw={640} mx="auto">
          <div>
            <Text fw={700} fz={26} c="blue.9" lang="sv">
              {t('app.name')}
            </Text>
            {header}
          </div>
          <LanguageSwitch />
        </Group>
      </Box>
      <Box component="main" id="main-content" tabIndex={-1}>
        <Container size={640} px="md" py="lg">
          {children}
        </Container>
      </Box>
    </div>
  );
}
