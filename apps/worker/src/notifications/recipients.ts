import type { NotificationEvent, NotificationEventOf } from '@concordia/contracts';
import {
  type AnnotationRecord,
  type MembershipRecord,
  type Models,
  type NotificationPreferenceRecord,
  type RoundRecord,
  threadFollowers,
  type ThreadFollowRecord,
} from '@concordia/dal';
import { Types } from 'mongoose';

type Member = Pick<MembershipRecord, 'userId' | 'role' | 'delegationId'>;

/**
 * Who an event concerns, by the rule of its type. The actor is never among them. Every rule
 * respects what the recipient may read: a mention in a delegation's internal note reaches only
 * that delegation, and round events reach only those who take part in the round. Adding an
 * event type means adding its case here (the switch is exhaustive).
 */
export async function resolveRecipients(models: Models, event: NotificationEvent): Promise<Types.ObjectId[]> {
  const ids = await recipientsOf(models, event);
  const unique = new Map(ids.map((id) => [id.toHexString(), id]));
  if (event.actorUserId) unique.delete(event.actorUserId.toLowerCase());
  return [...unique.values()];
}

async function recipientsOf(models: Models, event: NotificationEvent): Promise<Types.ObjectId[]> {
  switch (event.type) {
    case 'annotation.replied':
      return followersNotMentioned(models, event);
    case 'annotation.disposition':
    case 'amendment.sponsored':
    case 'amendment.sponsor_withdrawn':
      return authorWhoReads(models, event);
    case 'delegation.mentioned':
      return mentioned(models, event);
    case 'version.published':
      return (await members(models, event.processId)).map((m) => m.userId);
    case 'round.opened':
    case 'round.closing_soon':
    case 'round.closed':
    case 'round.deadline_changed':
      return roundParticipants(models, event.processId, event.roundId);
    case 'silence.started':
    case 'silence.broken':
    case 'silence.adopted':
      return silenceParties(models, event.processId, event.roundId);
    case 'speakers.next':
      return (await members(models, event.processId))
        .filter((m) => speaksFor(m, event.delegationId))
        .map((m) => m.userId);
  }
}

async function silenceParties(models: Models, processId: string, roundId: string): Promise<Types.ObjectId[]> {
  const round = await models.rounds.findById(roundId).lean<RoundRecord>().exec();
  if (!round) return [];
  return (await members(models, processId)).filter((m) => boundBySilence(m, round)).map((m) => m.userId);
}

/**
 * Who a silence procedure concerns: the delegations taking part in the round (whose silence
 * adopts the text), the round's own chair and the secretariat. Observers and other chairs are
 * not parties to it.
 */
export function boundBySilence(member: Member, round: Pick<RoundRecord, 'delegationIds' | 'chairUserId'>): boolean {
  switch (member.role) {
    case 'secretariat':
      return true;
    case 'chair':
      return member.userId.equals(round.chairUserId);
    case 'head_of_delegation':
    case 'delegate': {
      const own = member.delegationId;
      return own !== null && round.delegationIds.some((d) => d.equals(own));
    }
    case 'observer':
      return false;
  }
}

/** The members who speak for a delegation (its head and delegates). */
export function speaksFor(member: Member, delegationId: string): boolean {
  return (
    (member.role === 'head_of_delegation' || member.role === 'delegate') &&
    member.delegationId?.toHexString() === delegationId.toLowerCase()
  );
}

/**
 * A reply notifies who follows its thread (its author and those who replied, unless they
 * stopped; anyone who chose to follow), among those who may still read it: a thread's
 * visibility decides, as in the API, with the member's current role and delegation.
 */
async function threadFollowersWhoRead(
  models: Models,
  processId: string,
  roundId: string,
  threadId: string,
): Promise<Types.ObjectId[]> {
  const [root, follows, round, all] = await Promise.all([
    models.annotations
      .findById(threadId, { authorId: 1, visibility: 1, audienceDelegationId: 1 })
      .lean<Pick<AnnotationRecord, 'authorId' | 'visibility' | 'audienceDelegationId'>>()
      .exec(),
    models.threadFollows.findById(threadId).lean<ThreadFollowRecord>().exec(),
    models.rounds.findById(roundId).lean<RoundRecord>().exec(),
    members(models, processId),
  ]);
  if (!root || !round) return [];
  const memberOf = new Map(all.map((m) => [m.userId.toHexString(), m]));
  return threadFollowers(root, follows).filter((id) => {
    const member = memberOf.get(id.toHexString());
    return member !== undefined && readsThread(member, root, round);
  });
}

/** Same rule as the API's visibility filter (apps/api/src/annotations/annotation-visibility.ts). */
export function readsThread(
  member: Member,
  thread: Pick<AnnotationRecord, 'authorId' | 'visibility' | 'audienceDelegationId'>,
  round: Pick<RoundRecord, 'delegationIds' | 'confidentiality'>,
): boolean {
  if (!takesPart(member, round)) return false;
  if (member.userId.equals(thread.authorId)) return true;
  const own = member.delegationId !== null && thread.audienceDelegationId?.equals(member.delegationId) === true;
  switch (thread.visibility) {
    case 'round':
      return true;
    case 'delegation':
      return own;
    case 'secretariat':
      return own || member.role === 'secretariat';
  }
}

/**
 * The author of the annotation concerned, while they may still read it: someone removed from the
 * process (or whose delegation left the round) is told nothing more of its dispositions or
 * sponsors, as they could no longer open what the notification links to.
 */
async function authorWhoReads(
  models: Models,
  event: Pick<NotificationEventOf<'annotation.disposition'>, 'annotationId' | 'roundId' | 'processId'>,
): Promise<Types.ObjectId[]> {
  const [annotation, round] = await Promise.all([
    models.annotations
      .findById(event.annotationId, { authorId: 1, visibility: 1, audienceDelegationId: 1 })
      .lean<Pick<AnnotationRecord, 'authorId' | 'visibility' | 'audienceDelegationId'>>()
      .exec(),
    models.rounds.findById(event.roundId).lean<RoundRecord>().exec(),
  ]);
  if (!annotation || !round) return [];
  const member = await models.memberships
    .findOne({ processId: new Types.ObjectId(event.processId), userId: annotation.authorId }, MEMBER_FIELDS)
    .lean<Member>()
    .exec();
  return member && readsThread(member, annotation, round) ? [annotation.authorId] : [];
}

/**
 * A reply that mentions a follower's delegation is told to that follower once, as the mention
 * (the more specific of the two): one reply must not ring the bell twice nor send two emails.
 * A follower who turned mentions off still hears of the reply as a reply.
 */
async function followersNotMentioned(
  models: Models,
  event: NotificationEventOf<'annotation.replied'>,
): Promise<Types.ObjectId[]> {
  const [followers, reply] = await Promise.all([
    threadFollowersWhoRead(models, event.processId, event.roundId, event.threadId),
    models.annotations.findById(event.annotationId, { mentions: 1 }).lean<Pick<AnnotationRecord, 'mentions'>>().exec(),
  ]);
  const mentions = reply?.mentions ?? [];
  if (mentions.length === 0) return followers;
  const mentionedUsers = await mentioned(models, { ...event, delegationIds: mentions.map((id) => id.toHexString()) });
  const told = await withMentionsOn(models, mentionedUsers);
  return followers.filter((id) => !told.has(id.toHexString()));
}

/** Those of `userIds` whose preference for mentions is not off (no record: the default). */
async function withMentionsOn(models: Models, userIds: Types.ObjectId[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const preferences = await models.notificationPreferences
    .find({ userId: { $in: userIds } }, { userId: 1, modes: 1 })
    .lean<Pick<NotificationPreferenceRecord, 'userId' | 'modes'>[]>()
    .exec();
  const off = new Set(
    preferences
      .filter((p) => p.modes.some((m) => m.type === 'delegation.mentioned' && m.mode === 'off'))
      .map((p) => p.userId.toHexString()),
  );
  return new Set(userIds.map((id) => id.toHexString()).filter((id) => !off.has(id)));
}

async function mentioned(
  models: Models,
  event: Pick<NotificationEventOf<'delegation.mentioned'>, 'annotationId' | 'roundId' | 'processId' | 'delegationIds'>,
): Promise<Types.ObjectId[]> {
  const annotation = await models.annotations
    .findById(event.annotationId, { visibility: 1, audienceDelegationId: 1 })
    .lean<Pick<AnnotationRecord, 'visibility' | 'audienceDelegationId'>>()
    .exec();
  if (!annotation) return [];
  const round = await models.rounds.findById(event.roundId).lean<RoundRecord>().exec();
  if (!round) return [];
  // Only round-visible words may reach another delegation; an internal or secretariat thread
  // is read by its own delegation only.
  const readers = event.delegationIds.filter(
    (id) => annotation.visibility === 'round' || annotation.audienceDelegationId?.toHexString() === id.toLowerCase(),
  );
  const wanted = new Set(readers.map((id) => id.toLowerCase()));
  return (await members(models, event.processId))
    .filter((m) => m.delegationId !== null && wanted.has(m.delegationId.toHexString()))
    .filter((m) => takesPart(m, round))
    .map((m) => m.userId);
}

async function roundParticipants(models: Models, processId: string, roundId: string): Promise<Types.ObjectId[]> {
  const round = await models.rounds.findById(roundId).lean<RoundRecord>().exec();
  if (!round) return [];
  return (await members(models, processId)).filter((m) => takesPart(m, round)).map((m) => m.userId);
}

/** Same rule as the API's round participation (apps/api/src/annotations/annotation-visibility.ts). */
export function takesPart(member: Member, round: Pick<RoundRecord, 'delegationIds' | 'confidentiality'>): boolean {
  switch (member.role) {
    case 'secretariat':
    case 'chair':
      return true;
    case 'head_of_delegation':
    case 'delegate': {
      const own = member.delegationId;
      return own !== null && round.delegationIds.some((d) => d.equals(own));
    }
    case 'observer':
      return round.confidentiality !== 'delegations';
  }
}

const MEMBER_FIELDS = { userId: 1, role: 1, delegationId: 1 } as const;

function members(models: Models, processId: string): Promise<Member[]> {
  return models.memberships
    .find({ processId: new Types.ObjectId(processId) }, MEMBER_FIELDS)
    .lean<Member[]>()
    .exec();
}
