import {
  ADAPTATION_CATEGORIES,
  ADAPTATION_CODES,
  ADAPTATION_CONSENT_BY,
  type AdaptationProfile,
} from '@lotsa/contracts';
import { Fieldset, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/form-modal.tsx';
import { notify } from '../../lib/notify.ts';
import { useFieldErrors } from '../../lib/use-form-values.ts';
import { type ItemValues, toBody, toItemValues } from './adaptation-form-values.ts';
import { AdaptationItemCard } from './adaptation-item-card.tsx';
import { codeName, useSaveAdaptations } from './use-adaptations.ts';

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
          {items.map((item, index) => (
            <AdaptationItemCard
              key={item.code}
              item={item}
              index={index}
              errors={errors}
              onChange={(change) => updateItem(index, change)}
              onRemove={() => {
                setItems((all) => all.filter((_, n) => n !== index));
                clear('items');
              }}
            />
          ))}
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
