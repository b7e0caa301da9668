import type { Staff } from '@lotsa/contracts';
import { Badge, Button, Fieldset, Group, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { todayInStockholm } from '../../lib/format.ts';
import { notify } from '../../lib/notify.ts';
import { useFieldErrors, useFormValues } from '../../lib/use-form-values.ts';
import { useAbsences, useAddAbsence } from './use-organisation.ts';

type Values = { from: string; to: string; reason: string };

/** A staff member's absences (local dates, both days included) and a form to add one. */
export function AbsencesModal({ staff, onClose }: { staff: Staff; onClose: () => void }) {
  const { t } = useTranslation();
  const name = `${staff.givenName} ${staff.familyName}`;
  const absences = useAbsences(staff.id);
  const add = useAddAbsence(staff.id);
  const { errors, clear } = useFieldErrors(add.error);
  const today = todayInStockholm();
  const { values, setValues, textProps } = useFormValues<Values>(
    { from: today, to: today, reason: '' },
    clear,
  );
  const k = 'organisation.staff.absences';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(values, {
      onSuccess: () => {
        notify.success(t(`${k}.added`));
        setValues({ from: today, to: today, reason: '' });
      },
    });
  };

  const when = (from: string, to: string) =>
    to < today ? 'past' : from > today ? 'upcoming' : ('ongoing' as const);
  const rows = [...(absences.data ?? [])].sort((a, b) => b.from.localeCompare(a.from));

  return (
    <AppModal title={t(`${k}.title`, { name })} onClose={onClose}>
      <Stack>
        {absences.isPending ? (
          <LoadingState />
        ) : absences.isError ? (
          <ErrorAlert error={absences.error} />
        ) : rows.length === 0 ? (
          <Text>{t(`${k}.none`)}</Text>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table aria-label={t(`${k}.tableLabel`, { name })} data-testid="absences-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t(`${k}.from`)}</Table.Th>
                  <Table.Th scope="col">{t(`${k}.to`)}</Table.Th>
                  <Table.Th scope="col">{t(`${k}.reason`)}</Table.Th>
                  <Table.Th scope="col">{t(`${k}.when`)}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((a) => {
                  const w = when(a.from, a.to);
                  return (
                    <Table.Tr key={a.id}>
                      <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
                        {a.from}
                      </Table.Th>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{a.to}</Table.Td>
                      <Table.Td>{a.reason ?? '–'}</Table.Td>
                      <Table.Td>
                        <Badge
                          variant="light"
                          color={w === 'ongoing' ? 'orange' : w === 'upcoming' ? 'blue' : 'gray'}
                        >
                          {t(`${k}.${w}`)}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <form onSubmit={submit} noValidate>
          <Fieldset legend={t(`${k}.legend`)}>
            <Stack gap="sm">
              <ErrorAlert
                error={add.error}
                title={t('errors.checkForm')}
                showFieldErrors
                openFieldErrors={errors}
              />
              <Text size="sm">{t(`${k}.hint`)}</Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  type="date"
                  label={t(`${k}.from`)}
                  required
                  data-autofocus
                  {...textProps('from')}
                  error={errors.from}
                />
                <TextInput
                  type="date"
                  label={t(`${k}.to`)}
                  required
                  min={values.from || undefined}
                  {...textProps('to')}
                  error={errors.to}
                />
              </SimpleGrid>
              <TextInput
                label={t(`${k}.reason`)}
                placeholder={t(`${k}.reasonPlaceholder`)}
                maxLength={200}
                {...textProps('reason')}
                error={errors.reason}
              />
              <Group justify="flex-end">
                <Button type="submit" loading={add.isPending}>
                  {t(`${k}.add`)}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        </form>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.close')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
