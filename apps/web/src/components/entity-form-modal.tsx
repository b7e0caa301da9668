import type { ReactNode } from 'react';
import { useState } from 'react';
import { notify } from '../lib/notify.ts';
import { useFieldErrors, useFormValues } from '../lib/use-form-values.ts';
import { FormModal } from './form-modal.tsx';

/** The request that saves (a TanStack Query mutation fits): its state, and how to send it. */
export interface Saver<Vars, R> {
  isPending: boolean;
  error: unknown;
  mutate: (variables: Vars, options: { onSuccess: (result: R) => void }) => void;
}

/**
 * The form of one thing people add or change in a dialog (a unit, a staff member, a representative…):
 * its values, the server's field errors (each gone once its field is changed), checks made before
 * sending, and on success a notice and the dialog closed.
 */
export function useEntityForm<V extends Record<string, unknown>, Vars, R>({
  initial,
  save,
  variables,
  saved,
  onClose,
  check,
}: {
  initial: () => V;
  save: Saver<Vars, R>;
  /** What the request is sent with: `{ id, body }` of the values. */
  variables: (values: V) => Vars;
  /** The notice after saving. */
  saved: (result: R) => string;
  onClose: () => void;
  /**
   * Field messages found before sending (`{ unitId: 'Välj en enhet.' }`); any stops the sending. Once
   * the form was sent they follow the values, so a corrected field loses its message.
   */
  check?: (values: V) => Readonly<Record<string, string>>;
}) {
  const { errors: serverErrors, clear } = useFieldErrors(save.error);
  const form = useFormValues<V>(initial, clear);
  const [tried, setTried] = useState(false);
  const own = tried && check ? check(form.values) : {};
  const firstOwn = Object.values(own)[0];

  const submit = () => {
    setTried(true);
    if (check && Object.keys(check(form.values)).length > 0) return;
    save.mutate(variables(form.values), {
      onSuccess: (result) => {
        notify.success(saved(result));
        onClose();
      },
    });
  };

  return {
    ...form,
    /** The field messages to show: ours before the server's. */
    errors: { ...serverErrors, ...own } as Record<string, string>,
    /** What `EntityFormModal` needs. */
    modal: {
      onClose,
      onSubmit: submit,
      pending: save.isPending,
      error: firstOwn ?? save.error,
      fieldErrors: { ...serverErrors, ...own },
    },
  };
}

/** The dialog of a `useEntityForm`: the server's (or our) message on top, the fields, Avbryt and Spara. */
export function EntityFormModal({
  form,
  title,
  submitLabel,
  children,
}: {
  form: { modal: ReturnType<typeof useEntityForm>['modal'] };
  title: string;
  submitLabel?: string;
  children: ReactNode;
}) {
  return (
    <FormModal title={title} submitLabel={submitLabel} {...form.modal}>
      {children}
    </FormModal>
  );
}
