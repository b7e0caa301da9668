import { Anchor, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { NoActiveUnit } from '../../components/no-active-unit.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { UnsavedChangesDialog } from '../../components/unsaved-changes-dialog.tsx';
import { useUnsavedChanges } from '../../components/use-unsaved-changes.ts';
import { notify } from '../../lib/notify.ts';
import { PatientForm } from './patient-form.tsx';
import { emptyPatientValues, valuesToInput } from './patient-form-values.ts';
import { useCreatePatient } from './use-patients.ts';

export function CreatePatientPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePatient();
  const [dirty, setDirty] = useState(false);
  const { blocker, allowLeaving } = useUnsavedChanges(dirty);

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
        onDirtyChange={setDirty}
        onCancel={() => {
          allowLeaving();
          navigate('/patienter');
        }}
        onSubmit={(values) =>
          create.mutate(valuesToInput(values), {
            onSuccess: (p) => {
              notify.success(t('patients.form.created'));
              allowLeaving();
              navigate(`/patienter/${p.id}`);
            },
          })
        }
      />
      <UnsavedChangesDialog blocker={blocker} />
    </Stack>
  );
}
