import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/form-modal.tsx';
import { notify } from '../../lib/notify.ts';
import { useFormValues } from '../../lib/use-form-values.ts';
import { RegistrationFields } from './registration-fields.tsx';
import {
  emptyRegistrationValues,
  FIELD_PATHS,
  type RegistrationFormValues,
  valuesToNewRegistration,
} from './registration-form-values.ts';
import { useCreateRegistration } from './use-intake.ts';
import { usePathErrors } from './use-path-errors.ts';

/** Ny intresseanmälan: a registration taken by staff (on the phone, from a letter, from habilitation). */
export function NewRegistrationModal({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateRegistration();
  const { errors, clear } = usePathErrors(create.error);
  const form = useFormValues<RegistrationFormValues>(emptyRegistrationValues, (key) =>
    clear(FIELD_PATHS[key] ?? key),
  );
  const k = 'intake.form';

  const submit = () =>
    create.mutate(valuesToNewRegistration(form.values), {
      onSuccess: (r) => {
        notify.success(t(`${k}.created`));
        onClose();
        onCreated(r.id);
      },
    });

  return (
    <FormModal
      title={t(`${k}.newTitle`)}
      onClose={onClose}
      onSubmit={submit}
      pending={create.isPending}
      error={create.error}
      fieldErrors={errors}
      submitLabel={t(`${k}.submit`)}
    >
      <RegistrationFields
        values={form.values}
        setField={form.setField}
        textProps={form.textProps}
        errors={errors}
        withSource
      />
    </FormModal>
  );
}
