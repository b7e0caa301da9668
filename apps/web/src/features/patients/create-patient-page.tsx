import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '../../components/page-title.tsx';
import { notify } from '../../lib/notify.ts';
import { NoActiveUnit } from './no-active-unit.tsx';
import { PatientForm } from './patient-form.tsx';
import { emptyPatientValues, valuesToInput } from './patient-form-values.ts';
import { useCreatePatient } from './use-patients.ts';

export function CreatePatientPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePatient();

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/patienter" size="sm">
        {t('patients.page.backToSearch')}
      </Anchor>
      <PageTitle>{t('patients.form.createTitle')}</PageTitle>
      <NoActiveUnit />
      <PatientForm
        initial={emptyPatientValues}
        submitLabel={t('patients.form.create')}
        pending={create.isPending}
        error={create.error}
        onCancel={() => navigate('/patienter')}
        onSubmit={(values) =>
          create.mutate(valuesToInput(values), {
            onSuccess: (p) => {
              notify.success(t('patients.form.created'));
              navigate(`/patienter/${p.id}`);
            },
          })
        }
      />
    </Stack>
  );
}
