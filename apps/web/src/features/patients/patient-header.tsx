import type { Patient } from '@lotsa/contracts';
import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconCalendarPlus, IconEdit, IconFileText, IconPhoneIncoming } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/page-title.tsx';
import { ageFromBirthDate } from '../../lib/format.ts';
import { isUnitManager, useSignedInMe } from '../access/use-session.ts';
import { AdaptationBanner } from '../adaptations/adaptation-banner.tsx';
import { NewContactRequestModal } from '../contact-requests/new-contact-request-modal.tsx';

export function PatientHeader({ patient: p }: { patient: Patient }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const age = ageFromBirthDate(p.birthDate);
  const [newRequest, setNewRequest] = useState(false);

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
          <AdaptationBanner patientId={p.id} />
        </Stack>
        <Group className="no-print">
          <Button
            component={Link}
            to={`/patienter/${p.id}/boka`}
            leftSection={<IconCalendarPlus size={18} aria-hidden />}
          >
            {t('scheduling.book.button')}
          </Button>
          <Button
            component={Link}
            to={`/patienter/${p.id}/andra`}
            leftSection={<IconEdit size={18} aria-hidden />}
          >
            {t('patients.page.editDetails')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconPhoneIncoming size={18} aria-hidden />}
            onClick={() => setNewRequest(true)}
          >
            {t('contactRequests.new')}
          </Button>
          {isUnitManager(me) && (
            <Button
              component={Link}
              to={`/patienter/${p.id}/logg`}
              variant="default"
              leftSection={<IconFileText size={18} aria-hidden />}
            >
              {t('patients.page.logExtract')}
            </Button>
          )}
        </Group>
      </Group>
      {newRequest && <NewContactRequestModal patientId={p.id} onClose={() => setNewRequest(false)} />}
    </Stack>
  );
}
