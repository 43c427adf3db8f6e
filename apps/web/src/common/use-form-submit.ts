import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { serverFieldErrors, type FieldErrors, type Validated } from './validation';

export interface FormSubmission {
  onSubmit: (event: FormEvent) => void;
  fieldErrors: FieldErrors;
  /** The last failed submission, for the form's alert; cleared when the form is sent again. */
  error: unknown;
  submitting: boolean;
}

interface FormSubmitOptions<T> {
  /** Checks the values with the schema the API applies; problems show beside the inputs and nothing is sent. */
  check: () => Validated<T>;
  /** Sends the checked values; what follows a success (notice, reset, navigation) is chained in here. */
  send: (data: T) => Promise<unknown>;
  /**
   * Failures that belong beside one input rather than in the alert (a wrong current password);
   * undefined for every other failure.
   */
  fieldErrorsFor?: (error: unknown) => FieldErrors | undefined;
}

/**
 * The submit cycle every form shares: validate before sending, show the server's coded error in
 * the alert and its field issues next to their inputs, and keep the button busy while in flight.
 */
export const useFormSubmit = <T>({ check, send, fieldErrorsFor }: FormSubmitOptions<T>): FormSubmission => {
  const { t } = useTranslation();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(undefined);
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const checked = check();
    if (!checked.ok) return setFieldErrors(checked.errors);
    setFieldErrors({});
    setSubmitting(true);
    send(checked.data)
      .catch((caught: unknown) => {
        const ownFieldErrors = fieldErrorsFor?.(caught);
        if (ownFieldErrors) return setFieldErrors(ownFieldErrors);
        setError(caught);
        setFieldErrors(serverFieldErrors(caught, t));
      })
      .finally(() => setSubmitting(false));
  };

  return { onSubmit, fieldErrors, error, submitting };
};
