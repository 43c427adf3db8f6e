import {
  type AnnotationKind,
  annotationListQuerySchema,
  type DispositionFilter,
  dispositionFilterSchema,
  objectIdSchema,
  isSearch,
  searchCriteria,
  type SearchCriteria,
} from '@concordia/contracts';

/** What the Find box holds: words, kinds, one delegation, one disposition. */
export interface FindForm {
  q: string;
  kinds: AnnotationKind[];
  delegationId: string | null;
  disposition: DispositionFilter | null;
}

export const EMPTY_FIND: FindForm = { q: '', kinds: [], delegationId: null, disposition: null };

/** The query string of the round's annotation list that asks for this search. */
export const findRequest = (form: FindForm): Record<string, string | undefined> => ({
  q: form.q.trim() === '' ? undefined : form.q.trim(),
  kind: form.kinds.length > 0 ? form.kinds.join(',') : undefined,
  delegationId: form.delegationId ?? undefined,
  disposition: form.disposition ?? undefined,
});

/**
 * The search the server will run for that query, read with the server's own schema, so the words
 * the reader highlights are the ones the server matched; null when the form asks for nothing or
 * for something the server would refuse.
 */
export const findCriteria = (request: Record<string, string | undefined>): SearchCriteria | null => {
  const parsed = annotationListQuerySchema.safeParse(
    Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined)),
  );
  if (!parsed.success) return null;
  const criteria = searchCriteria(parsed.data);
  return isSearch(criteria) ? criteria : null;
};

/**
 * The search a link asks for (`?delegation=<id>&disposition=<value>`, as the home page's
 * "your delegation's proposals" links): null when it names no valid delegation. A disposition
 * the link gets wrong is dropped rather than the whole search.
 */
export const findFromLink = (params: URLSearchParams): FindForm | null => {
  const delegation = objectIdSchema.safeParse(params.get('delegation'));
  if (!delegation.success) return null;
  const disposition = dispositionFilterSchema.safeParse(params.get('disposition'));
  return { ...EMPTY_FIND, delegationId: delegation.data, disposition: disposition.success ? disposition.data : null };
};
