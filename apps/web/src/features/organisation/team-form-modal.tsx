import type { Team } from '@lotsa/contracts';
import { MultiSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EntityFormModal, useEntityForm } from '../../components/entity-form-modal.tsx';
import { UnitSelect, unitRequired } from './unit-select.tsx';
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
  const save = useSaveTeam();
  const form = useEntityForm({
    initial: (): Values => ({
      unitId: team?.unitId ?? defaultUnitId ?? '',
      name: team?.name ?? '',
      memberIds: team?.memberIds ?? [],
    }),
    save,
    variables: (body) => ({ id: team?.id ?? null, body }),
    saved: (saved) => t('organisation.saved', { name: saved.name }),
    check: unitRequired(t),
    onClose,
  });
  const { values, errors } = form;
  const staff = useStaff(values.unitId || null);
  const memberOptions = values.unitId
    ? (staff.data ?? []).map((s) => ({
        value: s.id,
        label: `${s.givenName} ${s.familyName} (${t(`professions.${s.profession}`)})`,
      }))
    : [];
  const k = 'organisation.teams';

  return (
    <EntityFormModal form={form} title={team ? t(`${k}.editTitle`) : t(`${k}.addTitle`)}>
      <UnitSelect
        value={values.unitId}
        // Members belong to one unit: changing the unit empties the list.
        onChange={(v) =>
          form.setValues((cur) => ({ ...cur, unitId: v, memberIds: v === cur.unitId ? cur.memberIds : [] }))
        }
        error={errors.unitId}
      />
      <TextInput
        label={t('organisation.name')}
        required
        {...form.textProps('name')}
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
        onChange={(v) => form.setField('memberIds', v)}
        error={errors.memberIds}
        nothingFoundMessage="–"
      />
    </EntityFormModal>
  );
}
