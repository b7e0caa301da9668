import {
  ADAPTATION_CATEGORIES,
  ADAPTATION_CODES,
  ADAPTATION_CONSENT_BY,
  type AdaptationParam,
  type AdaptationProfile,
  adaptationCode,
  COMPANION_KINDS,
} from '@lotsa/contracts';
import {
  ActionIcon,
  Card,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/form-modal.tsx';
import { notify } from '../../lib/notify.ts';
import { useFieldErrors } from '../../lib/use-form-values.ts';
import {
  type AdaptationProfileInput,
  codeName,
  type SavedItem,
  useSaveAdaptations,
} from './use-adaptations.ts';

type ItemValues = {
  code: string;
  note: string;
  params: {
    minutes: number | '';
    language: string;
    timeFrom: string;
    timeTo: string;
    who: string;
    wheelchairType: string;
  };
};

function toItemValues(i: SavedItem | null, code: string): ItemValues {
  const p = i?.params ?? {};
  return {
    code,
    note: i?.note ?? '',
    params: {
      minutes: p.minutes ?? '',
      language: p.language ?? '',
      timeFrom: p.timeFrom ?? '',
      timeTo: p.timeTo ?? '',
      who: p.who ?? '',
      wheelchairType: p.wheelchairType ?? '',
    },
  };
}

function toBody(
  topThree: string[],
  consentBy: AdaptationProfileInput['consentBy'],
  items: ItemValues[],
): AdaptationProfileInput {
  return {
    topThree: topThree.map((s) => s.trim()).filter(Boolean),
    consentBy,
    items: items.map((i) => {
      const declared = adaptationCode(i.code)?.params ?? [];
      const params: Record<string, unknown> = {};
      for (const name of declared) {
        const v = i.params[name];
        if (v !== '') params[name] = v;
      }
      return {
        code: i.code,
        note: i.note.trim() === '' ? undefined : i.note,
        params,
      } as AdaptationProfileInput['items'][number];
    }),
  };
}

/** Change the whole passport: top three, consent, and the list of coded items. PUT saves a new version. */
export function AdaptationsFormModal({
  profile,
  onClose,
}: {
  profile: AdaptationProfile;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const save = useSaveAdaptations(profile.patientId);
  const { errors, clear } = useFieldErrors(save.error);
  const [topThree, setTopThree] = useState<string[]>(() => [0, 1, 2].map((i) => profile.topThree[i] ?? ''));
  const [consentBy, setConsentBy] = useState(profile.consentBy);
  const [items, setItems] = useState<ItemValues[]>(() => profile.items.map((i) => toItemValues(i, i.code)));
  const [adding, setAdding] = useState<string | null>(null);

  const updateItem = (index: number, change: (i: ItemValues) => ItemValues) => {
    setItems((all) => all.map((it, n) => (n === index ? change(it) : it)));
    clear('items');
  };

  const used = new Set(items.map((i) => i.code));
  const codeOptions = ADAPTATION_CATEGORIES.map((category) => ({
    group: t(`adaptations.categories.${category}`),
    items: ADAPTATION_CODES.filter((c) => c.category === category && !used.has(c.code)).map((c) => ({
      value: c.code,
      label: codeName(c.code, i18n.language),
    })),
  })).filter((g) => g.items.length > 0);

  const submit = () =>
    save.mutate(toBody(topThree, consentBy, items), {
      onSuccess: () => {
        notify.success(t('adaptations.saved'));
        onClose();
      },
    });

  const paramInput = (index: number, item: ItemValues, name: AdaptationParam) => {
    const label = t(`adaptations.params.${name}`);
    const error = errors[`items.${index}.params.${name}`];
    const setParam = (value: string | number) =>
      updateItem(index, (it) => ({ ...it, params: { ...it.params, [name]: value } }));
    if (name === 'minutes')
      return (
        <NumberInput
          key={name}
          label={label}
          min={15}
          max={240}
          step={15}
          required
          value={item.params.minutes}
          onChange={(v) => setParam(typeof v === 'number' ? v : '')}
          error={error}
        />
      );
    if (name === 'who' || name === 'wheelchairType') {
      const data =
        name === 'who'
          ? COMPANION_KINDS.map((k) => ({ value: k, label: t(`adaptations.companions.${k}`) }))
          : (['manual', 'electric'] as const).map((k) => ({
              value: k,
              label: t(`adaptations.wheelchairTypes.${k}`),
            }));
      return (
        <Select
          key={name}
          label={label}
          data={data}
          clearable
          value={item.params[name] || null}
          onChange={(v) => setParam(v ?? '')}
          error={error}
        />
      );
    }
    return (
      <TextInput
        key={name}
        label={label}
        type={name === 'timeFrom' || name === 'timeTo' ? 'time' : 'text'}
        required
        value={item.params[name]}
        onChange={(e) => setParam(e.currentTarget.value)}
        error={error}
      />
    );
  };

  return (
    <FormModal
      title={t('adaptations.editTitle')}
      onClose={onClose}
      onSubmit={submit}
      pending={save.isPending}
      fieldErrors={errors}
      error={save.error}
    >
      <Fieldset legend={t('adaptations.topThree')}>
        <Stack gap="xs">
          {topThree.map((value, i) => (
            <TextInput
              // biome-ignore lint/suspicious/noArrayIndexKey: three fixed fields
              key={i}
              label={t('adaptations.topThreeItem', { n: i + 1 })}
              value={value}
              maxLength={200}
              data-autofocus={i === 0 ? true : undefined}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setTopThree((all) => all.map((s, n) => (n === i ? v : s)));
                clear('topThree');
              }}
              error={errors[`topThree.${i}`]}
            />
          ))}
        </Stack>
      </Fieldset>
      <Select
        label={t('adaptations.consentBy')}
        required
        allowDeselect={false}
        data={ADAPTATION_CONSENT_BY.map((c) => ({ value: c, label: t(`adaptations.consent.${c}`) }))}
        value={consentBy}
        onChange={(v) => {
          if (v) setConsentBy(v as typeof consentBy);
          clear('consentBy');
        }}
        error={errors.consentBy}
      />
      <Fieldset legend={t('adaptations.items')}>
        <Stack gap="sm">
          {items.length === 0 && <Text>{t('adaptations.none')}</Text>}
          {items.map((item, index) => {
            const name = codeName(item.code, i18n.language);
            const declared = adaptationCode(item.code)?.params ?? [];
            return (
              <Card key={item.code} withBorder padding="sm" component="fieldset" aria-label={name}>
                <Group justify="space-between" wrap="nowrap" mb="xs">
                  <Text fw={600}>{name}</Text>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('adaptations.removeItem', { name })}
                    onClick={() => {
                      setItems((all) => all.filter((_, n) => n !== index));
                      clear('items');
                    }}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
                {errors[`items.${index}.code`] && (
                  <Text c="red.8" size="sm">
                    {errors[`items.${index}.code`]}
                  </Text>
                )}
                <Stack gap="xs">
                  {declared.length > 0 && (
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      {declared.map((p) => paramInput(index, item, p))}
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
                      updateItem(index, (it) => ({ ...it, note: v }));
                    }}
                    error={errors[`items.${index}.note`]}
                  />
                </Stack>
              </Card>
            );
          })}
          <Select
            label={t('adaptations.addItem')}
            placeholder={t('adaptations.addItemPlaceholder')}
            searchable
            data={codeOptions}
            value={adding}
            onChange={(v) => {
              if (!v) return;
              setItems((all) => [...all, toItemValues(null, v)]);
              setAdding(null);
              clear('items');
            }}
            nothingFoundMessage={t('common.none')}
          />
        </Stack>
      </Fieldset>
    </FormModal>
  );
}
