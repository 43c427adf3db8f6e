import { z } from 'zod';
import { amendmentSchema, annotationAnchorSchema, annotationKindSchema, dispositionValueSchema } from './annotations';
import { objectIdSchema } from './common';
import { draftVersionSchema } from './drafts';
import { paragraphStatusSchema, roundStatusSchema } from './rounds';

/**
 * Who speaks in a public thread. Statements are attributed as negotiations attribute them: to a
 * delegation, or to the chair or the secretariat by function, never to a person by name.
 */
export const publicSpeakerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('delegation'), name: z.string() }),
  z.object({ kind: z.literal('chair') }),
  z.object({ kind: z.literal('secretariat') }),
]);
export type PublicSpeaker = z.infer<typeof publicSpeakerSchema>;

/** A round-visible annotation as anyone may read it in a public round. */
export const publicAnnotationSchema = z.object({
  id: objectIdSchema,
  parentId: objectIdSchema.nullable(),
  kind: annotationKindSchema,
  /** Empty while the chair keeps it hidden (`hidden`). */
  body: z.string(),
  amendment: amendmentSchema.nullable(),
  anchor: annotationAnchorSchema,
  speaker: publicSpeakerSchema,
  /** Delegations co-sponsoring an amendment, by name. */
  sponsors: z.array(z.string()),
  status: z.enum(['open', 'withdrawn']),
  hidden: z.boolean(),
  edited: z.boolean(),
  disposition: z.object({ value: dispositionValueSchema, reason: z.string() }).nullable(),
  createdAt: z.string(),
});
export type PublicAnnotation = z.infer<typeof publicAnnotationSchema>;

/**
 * A round whose confidentiality is `public`, as anyone with its address reads it, signed in or
 * not: the text under discussion, each paragraph's status and the round-visible threads. Internal
 * notes, secretariat threads and positions are never part of it.
 */
export const publicRoundSchema = z.object({
  id: objectIdSchema,
  name: z.string(),
  processTitle: z.string(),
  draftTitle: z.string(),
  /** The published version under discussion. */
  version: draftVersionSchema,
  status: roundStatusSchema,
  opensAt: z.string(),
  closesAt: z.string(),
  timeZone: z.string(),
  /** The participating delegations, by name. */
  delegations: z.array(z.string()),
  paragraphStatuses: z.record(z.string(), paragraphStatusSchema),
  /** The paragraph the chair has the room on while the round is open; null: none. */
  paragraphUnderConsideration: z.string().nullable(),
  annotations: z.array(publicAnnotationSchema),
});
export type PublicRound = z.infer<typeof publicRoundSchema>;

/** The web address of a public round's reading page (outside the signed-in application). */
export const publicRoundPath = (roundId: string): string => `/public/rounds/${roundId}`;
