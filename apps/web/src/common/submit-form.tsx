import { Button, Card, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from './error-alert';
import { useFormDrawer } from './form-drawer';
import type { FormSubmission } from './use-form-submit';

interface SubmitFormProps {
  submission: Pick<FormSubmission, 'onSubmit' | 'error' | 'submitting'>;
  submitLabel: string;
  submitTestId?: string;
  /** A failure loading the form's options, shown while the last submission left none of its own. */
  loadError?: unknown;
  /** What stands above the error alert: a title, an introduction, a success notice. */
  header?: ReactNode;
  /** The fields. */
  children: ReactNode;
}

/** A form laid out as a column: header, error alert, fields, then the submit button. */
export const SubmitForm = ({ submission, submitLabel, submitTestId, loadError, header, children }: SubmitFormProps) => (
  <form onSubmit={submission.onSubmit} noValidate>
    <Stack>
      {header}
      <ErrorAlert error={submission.error ?? loadError} />
      {children}
      <Button type="submit" loading={submission.submitting} data-testid={submitTestId}>
        {submitLabel}
      </Button>
    </Stack>
  </form>
);

interface FormCardProps extends Omit<SubmitFormProps, 'header'> {
  title: string;
  /** Id of the title, which names the section for assistive technology. */
  titleId: string;
  /** Shown between the title and the error alert, e.g. the result of the last submission. */
  notice?: ReactNode;
}

/**
 * A form in its own titled card, as a page shows it beside what it edits. In a drawer, whose
 * title already names it and whose edges frame it, just the form.
 */
export const FormCard = ({ title, titleId, notice, ...form }: FormCardProps) => {
  const drawer = useFormDrawer();
  if (drawer) return <SubmitForm {...form} header={notice} />;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <SubmitForm
        {...form}
        header={
          <>
            <Title order={3} size="h4" id={titleId}>
              {title}
            </Title>
            {notice}
          </>
        }
      />
    </Card>
  );
};
