import { Button, Group, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';

/** A part's `<h2>` and its "Ny …" button. */
export function PanelHeader({
  title,
  addLabel,
  onAdd,
}: {
  title: string;
  addLabel: string;
  onAdd: () => void;
}) {
  return (
    <Group justify="space-between">
      <Title order={2} size="h3">
        {title}
      </Title>
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd}>
        {addLabel}
      </Button>
    </Group>
  );
}

/** "Ändra" whose accessible name says what: "Ändra Kumla vårdcentral". */
export function EditButton({ label, name, onClick }: { label: string; name: string; onClick: () => void }) {
  return (
    <Button size="xs" variant="default" aria-label={`${label} ${name}`} onClick={onClick}>
      {label}
    </Button>
  );
}
