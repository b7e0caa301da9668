import { adaptationCode } from '@lotsa/contracts';
import { ActionIcon, Card, Group, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ItemValues } from './adaptation-form-values.ts';
import { AdaptationParamInput } from './adaptation-param-input.tsx';
import { codeName } from './use-adaptations.ts';

/** One coded item in the form (a named fieldset): its parameters, a note, and a remove button. */
export function AdaptationItemCard({
  item,
  index,
  errors,
  onChange,
  onRemove,
}: {
  item: ItemValues;
  index: number;
  /** The form's field errors (`items.2.params.minutes`). */
  errors: Record<string, string>;
  onChange: (change: (item: ItemValues) => ItemValues) => void;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation();
  const name = codeName(item.code, i18n.language);
  const declared = adaptationCode(item.code)?.params ?? [];
  const at = `items.${index}`;
  return (
    <Card withBorder padding="sm" component="fieldset" aria-label={name}>
      <Group justify="space-between" wrap="nowrap" mb="xs">
        <Text fw={600}>{name}</Text>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('adaptations.removeItem', { name })}
          onClick={onRemove}
        >
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      </Group>
      {errors[`${at}.code`] && (
        <Text c="red.8" size="sm">
          {errors[`${at}.code`]}
        </Text>
      )}
      <Stack gap="xs">
        {declared.length > 0 && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {declared.map((p) => (
              <AdaptationParamInput
                key={p}
                name={p}
                params={item.params}
                error={errors[`${at}.params.${p}`]}
                onChange={(value) => onChange((it) => ({ ...it, params: { ...it.params, [p]: value } }))}
              />
            ))}
          </SimpleGrid>
        )}
        <Textarea
          label={`${t('adaptations.note')} (${name})`}
          autosize
          minRows={1}
          maxLength={1000}
          value={item.note}
          onChange={(e) => {
            const v = e.currentTarget.value;
            onChange((it) => ({ ...it, note: v }));
          }}
          error={errors[`${at}.note`]}
        />
      </Stack>
    </Card>
  );
}
