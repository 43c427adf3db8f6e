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

/**
 * What the Find box holds: words, kinds, one delegation (threads it took part in), one
 * disposition; and, from a home-page link only, the delegation whose proposals or co-sponsored
 * amendments are shown (the threads the home page counted).
 */
export interface FindForm {
  q: string;
  kinds: AnnotationKind[];
  delegationId: string | null;
  disposition: DispositionFilter | null;
  proposedBy: string | null;
  sponsoredBy: string | null;
}

export const EMPTY_FIND: FindForm = {
  q: '',
  kinds: [],
  delegationId: null,
  disposition: null,
  proposedBy: null,
  sponsoredBy: null,
};

/** The query string of the round's annotation list that asks for this search. */
export const findRequest = (form: FindForm): Record<string, string | undefined> => ({
  q: form.q.trim() === '' ? undefined : form.q.trim(),
  kind: form.kinds.length > 0 ? form.kinds.join(',') : undefined,
  delegationId: form.delegationId ?? undefined,
  disposition: form.disposition ?? undefined,
  proposedBy: form.proposedBy ?? undefined,
  sponsoredBy: form.sponsoredBy ?? undefined,
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
 * The search a link asks for: the home page's counts link a delegation's proposals
 * (`?proposedBy=<id>&disposition=<value>`) and the amendments it co-sponsors (`?sponsoredBy=`);
 * `?delegation=` asks for the threads it took part in. Null when it names no valid delegation.
 * A disposition the link gets wrong is dropped rather than the whole search.
 */
export const findFromLink = (params: URLSearchParams): FindForm | null => {
  const id = (name: string) => objectIdSchema.safeParse(params.get(name)).data ?? null;
  const form = { delegationId: id('delegation'), proposedBy: id('proposedBy'), sponsoredBy: id('sponsoredBy') };
  if (!form.delegationId && !form.proposedBy && !form.sponsoredBy) return null;
  const disposition = dispositionFilterSchema.safeParse(params.get('disposition')).data ?? null;
  return { ...EMPTY_FIND, ...form, disposition };
};
