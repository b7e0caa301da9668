import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import type { FieldKey } from './public-form-values.ts';

/** "Förnamn: Skriv förnamnet." — a question or sentence as label needs no colon. */
function summaryLine(label: string, message: string): string {
  return /[?.!]$/.test(label) ? `${label} ${message}` : `${label}: ${message}`;
}

/**
 * What stops the form, on top of the step: too many sends (try again later), a failure no field
 * explains, or "Något behöver ändras" with one link per field that goes to it.
 */
export function PublicFormSummary({
  tooMany,
  failure,
  errorList,
  fieldLabel,
  onGoTo,
}: {
  tooMany: boolean;
  failure: unknown;
  errorList: readonly { field: FieldKey; message: string }[];
  fieldLabel: (field: FieldKey) => string;
  onGoTo: (field: FieldKey) => void;
}) {
  const { t } = useTranslation();
  const k = 'intake.public';
  return (
    <>
      {tooMany ? (
        <Alert
          role="alert"
          color="blue"
          variant="light"
          icon={<IconClock aria-hidden />}
          title={
            <Text fz="xl" fw={700}>
              {t(`${k}.tooManyTitle`)}
            </Text>
          }
        >
          <Text fz="lg">{t(`${k}.tooMany`)}</Text>
        </Alert>
      ) : failure && errorList.length === 0 ? (
        <ErrorAlert error={failure} title={t(`${k}.failedTitle`)} />
      ) : null}
      {errorList.length > 0 && (
        <Alert
          role="alert"
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={
            <Text fz="xl" fw={700}>
              {t(`${k}.fixTitle`)}
            </Text>
          }
          data-testid="public-form-errors"
        >
          <Text fz="lg" mb="xs">
            {t(`${k}.fixIntro`)}
          </Text>
          <List fz="lg" spacing="sm" listStyleType="none">
            {errorList.map(({ field, message }) => (
              <List.Item key={field}>
                <Anchor
                  component="button"
                  type="button"
                  fz="lg"
                  ta="left"
                  underline="always"
                  c="black"
                  onClick={() => onGoTo(field)}
                >
                  {summaryLine(fieldLabel(field), message)}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </>
  );
}
