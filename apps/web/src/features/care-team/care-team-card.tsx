import { CARE_TEAM_ROLES, type CareTeamRole, NEEDS_GROUPS } from '@lotsa/contracts';
import { Anchor, Box, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { notify } from '../../lib/notify.ts';
import { AssignCareTeamModal } from './assign-care-team-modal.tsx';
import { CareTeamHistory } from './care-team-history.tsx';
import { NetworkContacts } from './network-contacts.tsx';
import { type NeedsGroup, useCareTeam, useSetNeedsGroup } from './use-care-team.ts';

const NO_GROUP = 'none';

/**
 * Vårdkontakter: fixed doctor, fixed nurse, navigator (with stand-ins) and their history, the needs
 * group, and the external network. Everyone with access to the patient may change them; the server
 * decides, and its refusal is shown here.
 */
export function CareTeamCard({ patientId, unitId }: { patientId: string; unitId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const team = useCareTeam(patientId);
  const needsGroup = useSetNeedsGroup(patientId);
  const [assigning, setAssigning] = useState<CareTeamRole | null>(null);

  const changeNeedsGroup = (v: string | null) => {
    if (!v) return;
    const group = v === NO_GROUP ? null : (v as NeedsGroup);
    if (group === (team.data?.needsGroup ?? null)) return;
    needsGroup.mutate(group, {
      onSuccess: () =>
        notify.success(
          t('careTeam.needsGroupSaved', {
            group: group ? t(`careTeam.needsGroups.${group}`) : t('careTeam.needsGroupNone'),
          }),
        ),
    });
  };
  const shownGroup = needsGroup.isPending ? needsGroup.variables : team.data?.needsGroup;

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('patients.page.careContacts')}
        </Title>
        <Anchor
          component={Link}
          to={`/patienter/${patientId}/mina-kontakter`}
          className="no-print"
          style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
        >
          <IconAddressBook size={18} aria-hidden />
          {t('careTeam.myContactsLink')}
        </Anchor>
      </Group>
      {team.isPending ? (
        <LoadingState />
      ) : team.isError ? (
        <ErrorAlert error={team.error} />
      ) : (
        <Stack gap="sm">
          <dl style={{ margin: 0 }}>
            {CARE_TEAM_ROLES.map((role) => {
              const a = team.data.current.find((c) => c.role === role);
              return (
                <div key={role} style={{ marginBottom: 8 }}>
                  <Text component="dt" fw={600}>
                    {t(`careTeam.roles.${role}`)}
                  </Text>
                  <Box component="dd" ms={0}>
                    <Group gap="xs" justify="space-between" wrap="nowrap">
                      <Text>
                        {a ? (
                          <>
                            {a.staffName}
                            {a.staffPhone && (
                              <>
                                {' · '}
                                <Anchor href={`tel:${a.staffPhone}`}>{a.staffPhone}</Anchor>
                              </>
                            )}
                            {a.standInName && (
                              <Text span c="dimmed">
                                {` · ${t('careTeam.standIn', { name: a.standInName })}`}
                              </Text>
                            )}
                          </>
                        ) : (
                          <Text span fs="italic">
                            {t('careTeam.noneAssigned')}
                          </Text>
                        )}
                      </Text>
                      <Button
                        size="xs"
                        variant="default"
                        className="no-print"
                        aria-label={t('careTeam.changeNamed', { role: t(`careTeam.rolesLower.${role}`) })}
                        onClick={() => {
                          setAssigning(role);
                        }}
                      >
                        {t('careTeam.change')}
                      </Button>
                    </Group>
                  </Box>
                </div>
              );
            })}
          </dl>
          <Select
            label={t('careTeam.needsGroup')}
            maw={360}
            allowDeselect={false}
            data={[
              { value: NO_GROUP, label: t('careTeam.needsGroupNone') },
              ...NEEDS_GROUPS.map((g) => ({ value: g, label: t(`careTeam.needsGroups.${g}`) })),
            ]}
            value={shownGroup ?? NO_GROUP}
            onChange={changeNeedsGroup}
          />
          <ErrorAlert error={needsGroup.error} />
          <CareTeamHistory current={team.data.current} history={team.data.history} />
        </Stack>
      )}
      <NetworkContacts patientId={patientId} />
      {assigning && (
        <AssignCareTeamModal
          patientId={patientId}
          unitId={unitId}
          role={assigning}
          current={team.data?.current.find((c) => c.role === assigning)}
          onClose={() => setAssigning(null)}
        />
      )}
    </Card>
  );
}
