import type { Registration } from '@lotsa/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/form-modal.tsx';
import { notify } from '../../lib/notify.ts';
import { useFormValues } from '../../lib/use-form-values.ts';
import { RegistrationFields } from './registration-fields.tsx';
import {
  FIELD_PATHS,
  type RegistrationFormValues,
  registrationToValues,
  valuesToPatch,
} from './registration-form-values.ts';
import { useUpdateRegistration } from './use-intake.ts';
import { usePathErrors } from './use-path-errors.ts';

/**
 * Ändra uppgifter: corrections and additions before enrolment — the identity number the public form
 * lacked (enrolment needs it), ICD-10-SE codes, a new address. Only what changed is sent.
 */
export function EditRegistrationModal({
  registration: r,
  onClose,
}: {
  registration: Registration;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateRegistration(r.id);
  const { errors, clear } = usePathErrors(update.error);
  const [initial] = useState(() => registrationToValues(r));
  const form = useFormValues<RegistrationFormValues>(initial, (key) => clear(FIELD_PATHS[key] ?? key));
  const k = 'intake.form';

  const submit = () => {
    const patch = valuesToPatch(initial, form.values);
    if (!patch) {
      notify.info(t(`${k}.nothingChanged`));
      onClose();
      return;
    }
    update.mutate(patch, {
      onSuccess: () => {
        notify.success(t(`${k}.updated`));
        onClose();
      },
    });
  };

  return (
    <FormModal
      title={t(`${k}.editTitle`, { name: r.personName })}
      onClose={onClose}
      onSubmit={submit}
      pending={update.isPending}
      error={update.error}
      fieldErrors={errors}
      submitLabel={t('actions.save')}
    >
      <RegistrationFields
        values={form.values}
        setField={form.setField}
        textProps={form.textProps}
        errors={errors}
        withSource={false}
      />
    </FormModal>
  );
}
