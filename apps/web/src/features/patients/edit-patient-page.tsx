import { Anchor, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { UnsavedChangesDialog } from '../../components/unsaved-changes-dialog.tsx';
import { useUnsavedChanges } from '../../components/use-unsaved-changes.ts';
import { notify } from '../../lib/notify.ts';
import { PatientForm } from './patient-form.tsx';
import { patientToValues, valuesToPatch } from './patient-form-values.ts';
import { usePatient, useUpdatePatient } from './use-patients.ts';

/** "Ändra uppgifter": sends only the fields that changed (PATCH). */
export function EditPatientPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const patient = usePatient(id);
  const update = useUpdatePatient(id);
  const [dirty, setDirty] = useState(false);
  const { blocker, allowLeaving } = useUnsavedChanges(dirty);
  const initial = useMemo(() => (patient.data ? patientToValues(patient.data) : null), [patient.data]);

  if (patient.isPending) return <LoadingState />;
  if (patient.isError || !initial) return <ErrorAlert error={patient.error} />;
  const p = patient.data;
  const back = `/patienter/${p.id}`;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={back} size="sm">
        {t('actions.back')}
      </Anchor>
      <PageTitle>{t('patients.form.editTitle', { name: `${p.givenName} ${p.familyName}` })}</PageTitle>
      <PatientForm
        key={p.updatedAt}
        initial={initial}
        submitLabel={t('patients.form.save')}
        pending={update.isPending}
        error={update.error}
        hideAddress={p.protectedIdentity && p.address === null}
        onDirtyChange={setDirty}
        onCancel={() => {
          allowLeaving();
          navigate(back);
        }}
        onSubmit={(values) => {
          const patch = valuesToPatch(initial, values);
          if (!patch) {
            notify.info(t('patients.form.nothingChanged'));
            return;
          }
          update.mutate(patch, {
            onSuccess: () => {
              notify.success(t('patients.form.updated'));
              allowLeaving();
              navigate(back);
            },
          });
        }}
      />
      <UnsavedChangesDialog blocker={blocker} />
    </Stack>
  );
}
