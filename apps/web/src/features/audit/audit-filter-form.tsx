import { AUDIT_ACTIONS } from '@lotsa/contracts';
import { Button, Fieldset, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrors, useFormValues } from '../../lib/use-form-values.ts';
import { actionLabel } from './audit-labels.ts';
import type { AuditFilter } from './use-audit.ts';

export interface AuditFilterValues extends Record<string, unknown> {
  from: string;
  to: string;
  action: string;
  userId: string;
  patientId: string;
}

export const emptyAuditFilter: AuditFilterValues = {
  from: '',
  to: '',
  action: '',
  userId: '',
  patientId: '',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toAuditFilter(v: AuditFilterValues): AuditFilter {
  const f: AuditFilter = {};
  if (v.from) f.from = v.from;
  if (v.to) f.to = v.to;
  if (v.action) f.action = v.action as AuditFilter['action'];
  if (v.userId) f.userId = v.userId;
  if (v.patientId.trim()) f.patientId = v.patientId.trim();
  return f;
}

/**
 * From and to dates (inclusive, Stockholm days), action, user and patient. Users are those seen in
 * the log so far: the API has no list of a unit's users yet.
 */
export function AuditFilterForm({
  initial,
  users,
  onApply,
  error,
}: {
  initial: AuditFilterValues;
  users: Array<{ id: string; name: string }>;
  onApply: (values: AuditFilterValues) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const { errors, clear: clearError } = useFieldErrors(error);
  const { values, setValues, textProps } = useFormValues<AuditFilterValues>(initial, clearError);
  const [patientIdError, setPatientIdError] = useState<string | undefined>();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const bad = values.patientId.trim() !== '' && !UUID.test(values.patientId.trim());
    setPatientIdError(bad ? t('audit.filter.patientIdInvalid') : undefined);
    if (!bad) onApply(values);
  };

  return (
    <form onSubmit={submit} noValidate className="no-print">
      <Fieldset legend={t('audit.filter.legend')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <TextInput type="date" label={t('audit.filter.from')} {...textProps('from')} error={errors.from} />
          <TextInput type="date" label={t('audit.filter.to')} {...textProps('to')} error={errors.to} />
          <NativeSelect label={t('audit.filter.action')} {...textProps('action')} error={errors.action}>
            <option value="">{t('audit.filter.anyAction')}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {actionLabel(t, a)}
              </option>
            ))}
          </NativeSelect>
          <NativeSelect label={t('audit.filter.user')} {...textProps('userId')} error={errors.userId}>
            <option value="">{t('audit.filter.anyUser')}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </NativeSelect>
          <TextInput
            label={t('audit.filter.patientId')}
            description={t('audit.filter.patientIdDescription')}
            {...textProps('patientId')}
            error={patientIdError ?? errors.patientId}
            autoComplete="off"
            spellCheck={false}
          />
        </SimpleGrid>
        <Group mt="md">
          <Button type="submit">{t('audit.filter.submit')}</Button>
          <Button
            variant="default"
            onClick={() => {
              setValues(emptyAuditFilter);
              setPatientIdError(undefined);
              onApply(emptyAuditFilter);
            }}
          >
            {t('audit.filter.reset')}
          </Button>
        </Group>
      </Fieldset>
    </form>
  );
}
