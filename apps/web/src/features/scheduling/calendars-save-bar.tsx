import { Button, Group, Paper, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowBackUp, IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The calendar form's bar, kept in view at the bottom: "unsaved changes", Ångra and Spara. */
export function CalendarsSaveBar({
  dirty,
  saving,
  onUndo,
}: {
  dirty: boolean;
  saving: boolean;
  onUndo: () => void;
}) {
  const { t } = useTranslation();
  const k = 'scheduling.calendars';
  return (
    <Paper
      withBorder
      p="sm"
      shadow="sm"
      style={{ position: 'sticky', bottom: 0, zIndex: 2 }}
      data-testid="calendar-actions"
    >
      <Group justify="space-between" gap="sm">
        <Text role="status" fw={600} size="sm">
          {dirty && (
            <Group gap={6} component="span" wrap="nowrap">
              <IconAlertTriangle size={18} aria-hidden color="var(--mantine-color-orange-8)" />
              {t(`${k}.unsaved`)}
            </Group>
          )}
        </Text>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconArrowBackUp size={18} aria-hidden />}
            onClick={onUndo}
            disabled={!dirty}
          >
            {t(`${k}.undo`)}
          </Button>
          <Button type="submit" leftSection={<IconDeviceFloppy size={18} aria-hidden />} loading={saving}>
            {t('actions.save')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
