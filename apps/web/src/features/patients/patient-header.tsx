import type { Patient } from '@lotsa/contracts';
import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/page-title.tsx';
import { ageFromBirthDate } from '../../lib/format.ts';
import { type SlotPart, useSlot } from '../../lib/slots.tsx';
import { CareRelationNote } from './care-relation-note.tsx';
import { type PatientPartProps, patientHeaderActions, patientHeaderNotes } from './patient-page-slots.ts';

/** "Ändra uppgifter": the header's own button (20); the others come from their features. */
/** Your care relationship (or the emergency banner) comes first under the name (5). */
const OWN_NOTES: readonly SlotPart<PatientPartProps>[] = [
  { id: 'care-relation', order: 5, Component: CareRelationNote },
];

const OWN_ACTIONS: readonly SlotPart<PatientPartProps>[] = [
  { id: 'edit', order: 20, Component: EditDetailsButton },
];

export function PatientHeader({ patient: p }: { patient: Patient }) {
  const { t } = useTranslation();
  const age = ageFromBirthDate(p.birthDate);
  const notes = useSlot(patientHeaderNotes, OWN_NOTES);
  const actions = useSlot(patientHeaderActions, OWN_ACTIONS);

  return (
    <Stack gap="xs">
      <Anchor component={Link} to="/patienter" size="sm" className="no-print">
        {t('patients.page.backToSearch')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <PageTitle>{`${p.givenName} ${p.familyName}`}</PageTitle>
          <Group gap="md">
            <Text fz="lg" ff="monospace" data-testid="patient-identity-number">
              {p.identityNumber}
            </Text>
            {age !== null && (
              <Text fz="lg" data-testid="patient-age">
                {t('patients.page.age', { age })}
              </Text>
            )}
            {p.identityKind !== 'personnummer' && (
              <Badge color="gray" variant="outline">
                {t(`patients.identityKinds.${p.identityKind}`)}
              </Badge>
            )}
            {p.protectedIdentity && (
              <Badge color="red" variant="filled">
                {t('patients.protectedBadge')}
              </Badge>
            )}
          </Group>
          {notes.map(({ id, Component }) => (
            <Component key={id} patient={p} />
          ))}
        </Stack>
        <Group className="no-print">
          {actions.map(({ id, Component }) => (
            <Component key={id} patient={p} />
          ))}
        </Group>
      </Group>
    </Stack>
  );
}

function EditDetailsButton({ patient }: PatientPartProps) {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={`/patienter/${patient.id}/andra`}
      leftSection={<IconEdit size={18} aria-hidden />}
    >
      {t('patients.page.editDetails')}
    </Button>
  );
}
