import type { CareTeamAssignment, CareTeamRole, Profession } from '@lotsa/contracts';
import { Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/form-modal.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { notify } from '../../lib/notify.ts';
import { useFieldErrors } from '../../lib/use-form-values.ts';
import { useStaff } from '../organisation/index.ts';
import { useAssignCareTeam } from './use-care-team.ts';

/** The profession each fixed contact must have (the server checks the same). */
export const PROFESSION_FOR_ROLE: Record<CareTeamRole, Profession> = {
  fixed_doctor: 'doctor',
  fixed_nurse: 'nurse',
  navigator: 'navigator',
};

/**
 * Utse fast läkarkontakt / fast vårdkontakt / vårdlots, with an optional stand-in: both chosen among
 * the active staff of the patient's unit with the role's profession. The previous one goes to history.
 */
export function AssignCareTeamModal({
  patientId,
  unitId,
  role,
  current,
  onClose,
}: {
  patientId: string;
  unitId: string;
  role: CareTeamRole;
  current: CareTeamAssignment | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const staff = useStaff(unitId);
  const assign = useAssignCareTeam(patientId);
  const { errors, clear } = useFieldErrors(assign.error);
  const [staffId, setStaffId] = useState<string | null>(current?.staffId ?? null);
  const [standInId, setStandInId] = useState<string | null>(current?.standInStaffId ?? null);
  const [missing, setMissing] = useState(false);
  const k = 'careTeam.assign';
  const roleName = t(`careTeam.rolesLower.${role}`);
  const profession = PROFESSION_FOR_ROLE[role];
  const professionName = t(`professions.${profession}`).toLowerCase();

  const candidates = (staff.data ?? [])
    .filter((s) => s.active && s.unitId === unitId && s.profession === profession)
    .map((s) => ({ value: s.id, label: `${s.givenName} ${s.familyName}` }))
    .sort((a, b) => a.label.localeCompare(b.label, 'sv'));

  const submit = () => {
    setMissing(!staffId);
    if (!staffId) return;
    assign.mutate(
      { role, body: { staffId, standInStaffId: standInId } },
      {
        onSuccess: (team) => {
          const now = team.current.find((c) => c.role === role);
          notify.success(t(`${k}.saved`, { name: now?.staffName ?? '', role: roleName }));
          onClose();
        },
      },
    );
  };

  const staffError = missing && !staffId ? t(`${k}.staffRequired`, { role: roleName }) : errors.staffId;

  return (
    <FormModal
      title={t(`${k}.title`, { role: roleName })}
      onClose={onClose}
      onSubmit={submit}
      pending={assign.isPending}
      fieldErrors={errors}
      error={missing && !staffId ? staffError : (assign.error ?? staff.error)}
    >
      {staff.isPending ? (
        <LoadingState />
      ) : (
        <>
          <Text size="sm">
            {candidates.length === 0
              ? t(`${k}.noStaff`, { profession: professionName })
              : t(`${k}.onlyProfession`, { profession: professionName })}
          </Text>
          <Select
            label={t(`careTeam.roles.${role}`)}
            placeholder={t(`${k}.choose`)}
            required
            allowDeselect={false}
            data-autofocus
            data={candidates}
            value={staffId}
            onChange={(v) => {
              setStaffId(v);
              if (v && v === standInId) setStandInId(null);
              clear('staffId');
            }}
            error={staffError}
          />
          <Select
            label={t(`${k}.standIn`)}
            description={t(`${k}.standInDescription`)}
            placeholder={t(`${k}.noStandIn`)}
            clearable
            clearButtonProps={{ 'aria-label': t('actions.clear') }}
            data={candidates.filter((c) => c.value !== staffId)}
            value={standInId}
            onChange={(v) => {
              setStandInId(v);
              clear('standInStaffId');
            }}
            error={errors.standInStaffId}
          />
        </>
      )}
    </FormModal>
  );
}
