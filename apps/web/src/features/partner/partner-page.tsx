import { Button, Group, Stack, Text } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { IdentityNumberInput } from '../../components/identity-number-input.tsx';
import { NotAllowed } from '../../components/not-allowed.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { fieldErrors } from '../../lib/api.ts';
import { useSignedInMe } from '../../lib/session.ts';
import { PartnerCarePlans } from '../care-plans/index.ts';
import { partnerUnits } from './partner-access.ts';
import { PartnerResult } from './partner-result.tsx';
import { useLookUpPartnerPatient } from './use-partner.ts';

/**
 * Samverkan: a partner organisation (municipal health care, group home, habilitation) enters a
 * patient's identity number and sees only the network contacts the patient agreed to share.
 */
export function PartnerPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const units = partnerUnits(me);
  const [identityNumber, setIdentityNumber] = useState('');
  const lookup = useLookUpPartnerPatient();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  // A new answer takes the focus from the form: screen readers start at the patient's name.
  useEffect(() => {
    if (lookup.data) resultHeading.current?.focus();
  }, [lookup.data]);

  if (units.length === 0) return <NotAllowed title={t('partner.title')} message={t('partner.notPartner')} />;

  const errors = fieldErrors(lookup.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    lookup.mutate({ identityNumber });
  };
  const clear = () => {
    setIdentityNumber('');
    lookup.reset();
  };

  return (
    <Stack gap="lg" maw={960}>
      <div>
        <PageTitle>{t('partner.title')}</PageTitle>
        <Text>{t('partner.intro', { units: units.map((u) => u.name).join(', ') })}</Text>
      </div>
      <form onSubmit={submit} aria-label={t('partner.form.legend')} noValidate>
        <Stack gap="sm" maw={420}>
          <IdentityNumberInput
            value={identityNumber}
            onChange={setIdentityNumber}
            serverError={errors.identityNumber}
          />
          <Group>
            <Button
              type="submit"
              loading={lookup.isPending}
              leftSection={<IconSearch size={18} aria-hidden />}
            >
              {t('partner.form.submit')}
            </Button>
            <Button type="button" variant="default" onClick={clear}>
              {t('partner.form.clear')}
            </Button>
          </Group>
        </Stack>
      </form>
      {lookup.isError && !errors.identityNumber && <ErrorAlert error={lookup.error} />}
      {lookup.data && <PartnerResult ref={resultHeading} data={lookup.data} />}
      <PartnerCarePlans />
    </Stack>
  );
}
