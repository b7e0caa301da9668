import type { Team } from '@lotsa/contracts';
import { MultiSelect, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/form-modal.tsx';
import { notify } from '../../lib/notify.ts';
import { useFieldErrors, useFormValues } from '../../lib/use-form-values.ts';
import { useUnitOptions } from './unit-filter.tsx';
import { type TeamInput, useSaveTeam, useStaff } from './use-organisation.ts';

type Values = TeamInput & Record<string, unknown>;

export function TeamFormModal({
  team,
  defaultUnitId,
  onClose,
}: {
  team: Team | null;
  defaultUnitId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const unitOptions = useUnitOptions();
  const save = useSaveTeam();
  const { errors, clear: clearError } = useFieldErrors(save.error);
  const [unitMissing, setUnitMissing] = useState(false);
  const { values, setField, setValues, textProps } = useFormValues<Values>(
    () => ({
      unitId: team?.unitId ?? defaultUnitId ?? '',
      name: team?.name ?? '',
      memberIds: team?.memberIds ?? [],
    }),
    clearError,
  );
  const staff = useStaff(values.unitId || null);
  const memberOptions = values.unitId
    ? (staff.data ?? []).map((s) => ({
        value: s.id,
        label: `${s.givenName} ${s.familyName} (${t(`professions.${s.profession}`)})`,
      }))
    : [];
  const k = 'organisation.teams';

  const submit = () => {
    setUnitMissing(!values.unitId);
    if (!values.unitId) return;
    save.mutate(
      { id: team?.id ?? null, body: values },
      {
        onSuccess: (saved) => {
          notify.success(t('organisation.saved', { name: saved.name }));
          onClose();
        },
      },
    );
  };

  return (
    <FormModal
      title={team ? t(`${k}.editTitle`) : t(`${k}.addTitle`)}
      onClose={onClose}
      onSubmit={submit}
      pending={save.isPending}
      fieldErrors={errors}
      error={unitMissing && !values.unitId ? t('organisation.unitRequired') : save.error}
    >
      <Select
        label={t('organisation.unitField')}
        placeholder={t('organisation.chooseUnit')}
        required
        allowDeselect={false}
        data={unitOptions}
        value={values.unitId || null}
        // Members belong to one unit: changing the unit empties the list.
        onChange={(v) =>
          setValues((cur) => ({ ...cur, unitId: v ?? '', memberIds: v === cur.unitId ? cur.memberIds : [] }))
        }
        error={unitMissing && !values.unitId ? t('organisation.unitRequired') : errors.unitId}
      />
      <TextInput
        label={t('organisation.name')}
        required
        {...textProps('name')}
        error={errors.name}
        data-autofocus
      />
      <MultiSelect
        label={t(`${k}.members`)}
        placeholder={values.unitId ? t(`${k}.membersPlaceholder`) : t(`${k}.chooseUnitFirst`)}
        searchable
        disabled={!values.unitId}
        data={memberOptions}
        value={values.memberIds}
        onChange={(v) => setField('memberIds', v)}
        error={errors.memberIds}
        nothingFoundMessage="–"
      />
    </FormModal>
  );
}
