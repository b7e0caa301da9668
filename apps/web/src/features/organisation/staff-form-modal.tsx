import { PROFESSIONS, type Staff } from '@lotsa/contracts';
import { Checkbox, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/form-modal.tsx';
import { notify } from '../../lib/notify.ts';
import { useFieldErrors, useFormValues } from '../../lib/use-form-values.ts';
import { useUnitOptions } from './unit-filter.tsx';
import { type StaffInput, useSaveStaff } from './use-organisation.ts';

type Values = Omit<StaffInput, 'profession'> & { profession: StaffInput['profession'] | '' } & Record<
    string,
    unknown
  >;

function toValues(s: Staff | null, unitId: string | null): Values {
  return {
    unitId: s?.unitId ?? unitId ?? '',
    givenName: s?.givenName ?? '',
    familyName: s?.familyName ?? '',
    profession: s?.profession ?? '',
    hsaId: s?.hsaId ?? '',
    phone: s?.phone ?? '',
    email: s?.email ?? '',
    active: s?.active ?? true,
  };
}

export function StaffFormModal({
  staff,
  defaultUnitId,
  onClose,
}: {
  staff: Staff | null;
  defaultUnitId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const unitOptions = useUnitOptions();
  const save = useSaveStaff();
  const { errors, clear: clearError } = useFieldErrors(save.error);
  const [unitMissing, setUnitMissing] = useState(false);
  const { values, setField, textProps, checkboxProps } = useFormValues<Values>(
    () => toValues(staff, defaultUnitId),
    clearError,
  );
  const k = 'organisation.staff';

  const submit = () => {
    setUnitMissing(!values.unitId);
    if (!values.unitId) return;
    save.mutate(
      { id: staff?.id ?? null, body: values as StaffInput },
      {
        onSuccess: (s) => {
          notify.success(t('organisation.saved', { name: `${s.givenName} ${s.familyName}` }));
          onClose();
        },
      },
    );
  };

  return (
    <FormModal
      title={staff ? t(`${k}.editTitle`) : t(`${k}.addTitle`)}
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
        onChange={(v) => setField('unitId', v ?? '')}
        error={unitMissing && !values.unitId ? t('organisation.unitRequired') : errors.unitId}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t(`${k}.givenName`)}
          required
          {...textProps('givenName')}
          error={errors.givenName}
          data-autofocus
        />
        <TextInput
          label={t(`${k}.familyName`)}
          required
          {...textProps('familyName')}
          error={errors.familyName}
        />
      </SimpleGrid>
      <Select
        label={t(`${k}.profession`)}
        required
        allowDeselect={false}
        data={PROFESSIONS.map((p) => ({ value: p, label: t(`professions.${p}`) }))}
        value={values.profession || null}
        onChange={(v) => setField('profession', (v ?? '') as Values['profession'])}
        error={errors.profession}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t(`${k}.hsaId`)} {...textProps('hsaId')} error={errors.hsaId} />
        <TextInput label={t(`${k}.phone`)} type="tel" {...textProps('phone')} error={errors.phone} />
      </SimpleGrid>
      <TextInput label={t(`${k}.email`)} type="email" {...textProps('email')} error={errors.email} />
      <Checkbox label={t(`${k}.active`)} {...checkboxProps('active')} />
    </FormModal>
  );
}
