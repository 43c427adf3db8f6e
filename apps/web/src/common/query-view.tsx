import type { ReactNode } from 'react';
import { ErrorAlert } from './error-alert';
import { SectionLoader } from './loading';
import type { QueryState } from './use-api-query';

interface QueryViewProps<T> {
  query: Pick<QueryState<T>, 'data' | 'error' | 'loading'>;
  /** Renders the loaded data; it stays on screen while a reload runs or after a reload fails. */
  children: (data: T) => ReactNode;
}

/** The states of loaded content: its error, a loader until the first data arrives, then the data. */
export const QueryView = <T,>({ query, children }: QueryViewProps<T>) => (
  <>
    <ErrorAlert error={query.error} />
    {query.loading && query.data === undefined && <SectionLoader />}
    {query.data !== undefined && children(query.data)}
  </>
);
