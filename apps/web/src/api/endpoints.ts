import {
  annotationHistorySchema,
  annotationListSchema,
  annotationSchema,
  threadFollowStateSchema,
  carryForwardReportSchema,
  type createAnnotationRequestSchema,
  type createReplyRequestSchema,
  type editAnnotationRequestSchema,
  type setDispositionRequestSchema,
  auditPageSchema,
  comparisonSchema,
  draftSchema,
  importCorrectionsSchema,
  importJobSchema,
  openImportSchema,
  paragraphStatusListSchema,
  publishVersionResponseSchema,
  roundSchema,
  type acceptImportRequestSchema,
  type saveImportCorrectionsRequestSchema,
  type applyOperationRequestSchema,
  type AuditQuery,
  type changeRoundClosingRequestSchema,
  type changeRoundStatusRequestSchema,
  type createDraftRequestSchema,
  type createRoundRequestSchema,
  type publishVersionRequestSchema,
  type setParagraphStatusRequestSchema,
  type updateRoundRequestSchema,
  delegationListSchema,
  delegationSchema,
  draftListSchema,
  draftVersionSchema,
  createdInvitationSchema,
  invitationListSchema,
  invitationSchema,
  loginResponseSchema,
  meSchema,
  membershipListSchema,
  membershipSchema,
  processListSchema,
  processSchema,
  roundListSchema,
  userListSchema,
  userSchema,
  versionApplicationListSchema,
  workingAmendmentListSchema,
  type acceptInvitationRequestSchema,
  type addMemberRequestSchema,
  type updateMemberRequestSchema,
  type resendInvitationRequestSchema,
  type changePasswordRequestSchema,
  type createDelegationRequestSchema,
  type createInvitationRequestSchema,
  invitationBatchResponseSchema,
  type invitationBatchRequestSchema,
  type createProcessRequestSchema,
  type createUserRequestSchema,
  type loginRequestSchema,
  type passwordResetRequestSchema,
  type resetPasswordRequestSchema,
  type updateUserRequestSchema,
  positionChangesSchema,
  positionEvolutionSchema,
  positionListSchema,
  positionMatrixSchema,
  positionSchema,
  type recordPositionRequestSchema,
  type updateProfileRequestSchema,
} from '@concordia/contracts';
import type { z } from 'zod';
import {
  roundAgendaSchema,
  silenceProcedureListSchema,
  silenceProcedureSchema,
  speakersListSchema,
  speakerTurnsSchema,
  considerationSchema,
  type setConsiderationRequestSchema,
  type setSpeakingTimeRequestSchema,
  type breakSilenceRequestSchema,
  type changeSilenceDeadlineRequestSchema,
  type hideAnnotationRequestSchema,
  type reorderSpeakersRequestSchema,
  type requestFloorRequestSchema,
  type startSilenceRequestSchema,
} from '@concordia/contracts';
import { readingMarkSchema, type ReadingMarkRequest } from '@concordia/contracts';
import { ApiClient } from './api-client';
import { browserRefreshCoordinator } from './refresh-coordinator';

/** Request bodies are typed as the schema's input: what the server accepts, defaults optional. */
type Body<S extends z.ZodType> = z.input<S>;

const segment = (value: string): string => encodeURIComponent(value);

/** Audit filters without paging, as the list and the CSV export share them. */
export type AuditFilters = Pick<AuditQuery, 'action' | 'actorId' | 'from' | 'to'>;
type AuditPageQuery = AuditFilters & { cursor?: string; limit?: number };

const auditQuery = ({ limit, ...rest }: AuditPageQuery): Record<string, string | undefined> => ({
  ...rest,
  limit: limit === undefined ? undefined : String(limit),
});

/** Matrix filters; an empty list means no filter. */
export interface PositionFilters {
  region: string[];
  kind: string[];
}

const filterQuery = (filters: PositionFilters): Record<string, string | undefined> => ({
  region: filters.region.length ? filters.region.join(',') : undefined,
  kind: filters.kind.length ? filters.kind.join(',') : undefined,
});

/** The single client of the page: the in-memory access token is shared by every screen. */
export const apiClient = new ApiClient('/api', undefined, browserRefreshCoordinator());

/** Every endpoint the web client calls, one typed function each. */
export const api = {
  auth: {
    login: (body: Body<typeof loginRequestSchema>) =>
      apiClient.send('POST', '/auth/login', loginResponseSchema, { body, authenticated: false }),
    logout: () => apiClient.sendVoid('POST', '/auth/logout'),
    me: (signal?: AbortSignal) => apiClient.send('GET', '/auth/me', meSchema, { signal }),
    updateMe: (body: Body<typeof updateProfileRequestSchema>) =>
      apiClient.send('PATCH', '/auth/me', meSchema, { body }),
    changePassword: (body: Body<typeof changePasswordRequestSchema>) =>
      apiClient.sendVoid('POST', '/auth/password', { body }),
    requestPasswordReset: (body: Body<typeof passwordResetRequestSchema>) =>
      apiClient.sendVoid('POST', '/auth/password-reset', { body, authenticated: false }),
    resetPassword: (body: Body<typeof resetPasswordRequestSchema>) =>
      apiClient.send('POST', '/auth/password-reset/confirm', loginResponseSchema, { body, authenticated: false }),
  },
  users: {
    list: (signal?: AbortSignal) => apiClient.send('GET', '/users', userListSchema, { signal }),
    create: (body: Body<typeof createUserRequestSchema>) => apiClient.send('POST', '/users', userSchema, { body }),
    update: (id: string, body: Body<typeof updateUserRequestSchema>) =>
      apiClient.send('PATCH', `/users/${segment(id)}`, userSchema, { body }),
    unlock: (id: string) => apiClient.sendVoid('POST', `/users/${segment(id)}/unlock`),
    sendPasswordReset: (id: string) => apiClient.sendVoid('POST', `/users/${segment(id)}/password-reset`),
  },
  delegations: {
    list: (signal?: AbortSignal) => apiClient.send('GET', '/delegations', delegationListSchema, { signal }),
    create: (body: Body<typeof createDelegationRequestSchema>) =>
      apiClient.send('POST', '/delegations', delegationSchema, { body }),
  },
  processes: {
    list: (signal?: AbortSignal) => apiClient.send('GET', '/processes', processListSchema, { signal }),
    create: (body: Body<typeof createProcessRequestSchema>) =>
      apiClient.send('POST', '/processes', processSchema, { body }),
    get: (id: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/processes/${segment(id)}`, processSchema, { signal }),
    members: (id: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/processes/${segment(id)}/members`, membershipListSchema, { signal }),
    addMember: (id: string, body: Body<typeof addMemberRequestSchema>) =>
      apiClient.send('POST', `/processes/${segment(id)}/members`, membershipSchema, { body }),
    updateMember: (id: string, membershipId: string, body: Body<typeof updateMemberRequestSchema>) =>
      apiClient.send('PATCH', `/processes/${segment(id)}/members/${segment(membershipId)}`, membershipSchema, {
        body,
      }),
    removeMember: (id: string, membershipId: string) =>
      apiClient.sendVoid('DELETE', `/processes/${segment(id)}/members/${segment(membershipId)}`),
    drafts: (id: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/processes/${segment(id)}/drafts`, draftListSchema, { signal }),
    rounds: (id: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/processes/${segment(id)}/rounds`, roundListSchema, { signal }),
    createDraft: (id: string, body: Body<typeof createDraftRequestSchema>) =>
      apiClient.send('POST', `/processes/${segment(id)}/drafts`, draftSchema, { body }),
    createRound: (id: string, body: Body<typeof createRoundRequestSchema>) =>
      apiClient.send('POST', `/processes/${segment(id)}/rounds`, roundSchema, { body }),
    audit: (id: string, query: AuditPageQuery, signal?: AbortSignal) =>
      apiClient.send('GET', `/processes/${segment(id)}/audit`, auditPageSchema, { query: auditQuery(query), signal }),
    auditCsv: (id: string, filters: AuditFilters) =>
      apiClient.sendBlob('GET', `/processes/${segment(id)}/audit.csv`, { query: auditQuery(filters) }),
  },
  drafts: {
    get: (id: string, signal?: AbortSignal) => apiClient.send('GET', `/drafts/${segment(id)}`, draftSchema, { signal }),
    compare: (id: string, from: string, to: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/drafts/${segment(id)}/compare`, comparisonSchema, { query: { from, to }, signal }),
    carryForward: (id: string, from: string, to: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/drafts/${segment(id)}/carry-forward`, carryForwardReportSchema, {
        query: { from, to },
        signal,
      }),
    /** Starts an import; the answer is the queued job, to be polled. */
    importFile: (id: string, file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return apiClient.send('POST', `/drafts/${segment(id)}/imports`, importJobSchema, { form });
    },
    /** The caller's import still in progress or under review in the draft, to take it up again. */
    openImport: (id: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/drafts/${segment(id)}/imports/open`, openImportSchema, { signal }),
  },
  versions: {
    get: (id: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/versions/${segment(id)}`, draftVersionSchema, { signal }),
    apply: (id: string, body: Body<typeof applyOperationRequestSchema>) =>
      apiClient.send('POST', `/versions/${segment(id)}/operations`, draftVersionSchema, { body }),
    publish: (id: string, body: Body<typeof publishVersionRequestSchema>) =>
      apiClient.send('POST', `/versions/${segment(id)}/publish`, publishVersionResponseSchema, { body }),
    amendments: (id: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/versions/${segment(id)}/amendments`, workingAmendmentListSchema, { signal }),
    /** The applied amendments and whether each still holds: what publishing will drop. */
    applications: (id: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/versions/${segment(id)}/applications`, versionApplicationListSchema, { signal }),
  },
  imports: {
    get: (id: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/imports/${segment(id)}`, importJobSchema, { signal }),
    saveCorrections: (id: string, body: Body<typeof saveImportCorrectionsRequestSchema>) =>
      apiClient.send('PUT', `/imports/${segment(id)}/corrections`, importCorrectionsSchema, { body }),
    accept: (id: string, body: Body<typeof acceptImportRequestSchema>) =>
      apiClient.send('POST', `/imports/${segment(id)}/accept`, draftVersionSchema, { body }),
    discard: (id: string) => apiClient.sendVoid('POST', `/imports/${segment(id)}/discard`),
  },
  rounds: {
    get: (id: string, signal?: AbortSignal) => apiClient.send('GET', `/rounds/${segment(id)}`, roundSchema, { signal }),
    update: (id: string, body: Body<typeof updateRoundRequestSchema>) =>
      apiClient.send('PATCH', `/rounds/${segment(id)}`, roundSchema, { body }),
    changeStatus: (id: string, body: Body<typeof changeRoundStatusRequestSchema>) =>
      apiClient.send('POST', `/rounds/${segment(id)}/status`, roundSchema, { body }),
    changeClosing: (id: string, body: Body<typeof changeRoundClosingRequestSchema>) =>
      apiClient.send('PUT', `/rounds/${segment(id)}/closes-at`, roundSchema, { body }),
    paragraphStatuses: (id: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/rounds/${segment(id)}/paragraph-statuses`, paragraphStatusListSchema, { signal }),
    /** What the round waits for from the caller (the home page's "Waiting for you"). */
    agenda: (id: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/rounds/${segment(id)}/agenda`, roundAgendaSchema, { signal }),
    /** The answer is not needed: the page shows the status it asked for, then reloads the list. */
    setParagraphStatus: (id: string, key: string, body: Body<typeof setParagraphStatusRequestSchema>) =>
      apiClient.sendVoid('PUT', `/rounds/${segment(id)}/paragraphs/${segment(key)}/status`, { body }),
  },
  annotations: {
    /** Already filtered by the server to what the caller may read. */
    list: (roundId: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/rounds/${segment(roundId)}/annotations`, annotationListSchema, {
        query: { includeOrphaned: 'true' },
        signal,
      }),
    /** One paragraph's amendment threads, not the whole round's: what a position on it may name. */
    paragraphAmendments: (roundId: string, paragraphKey: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/rounds/${segment(roundId)}/annotations`, annotationListSchema, {
        query: { includeOrphaned: 'true', paragraphKey, kind: 'amendment' },
        signal,
      }),
    create: (body: Body<typeof createAnnotationRequestSchema>) =>
      apiClient.send('POST', '/annotations', annotationSchema, { body }),
    reply: (id: string, body: Body<typeof createReplyRequestSchema>) =>
      apiClient.send('POST', `/annotations/${segment(id)}/replies`, annotationSchema, { body }),
    edit: (id: string, body: Body<typeof editAnnotationRequestSchema>) =>
      apiClient.sendOptional('PATCH', `/annotations/${segment(id)}`, annotationSchema, { body }),
    history: (id: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/annotations/${segment(id)}/history`, annotationHistorySchema, { signal }),
    withdraw: (id: string) => apiClient.sendOptional('POST', `/annotations/${segment(id)}/withdraw`, annotationSchema),
    sponsor: (id: string) => apiClient.sendOptional('POST', `/annotations/${segment(id)}/sponsors`, annotationSchema),
    unsponsor: (id: string) =>
      apiClient.sendOptional('DELETE', `/annotations/${segment(id)}/sponsors/mine`, annotationSchema),
    setDisposition: (id: string, body: Body<typeof setDispositionRequestSchema>) =>
      apiClient.sendOptional('PUT', `/annotations/${segment(id)}/disposition`, annotationSchema, { body }),
    hide: (id: string, body: Body<typeof hideAnnotationRequestSchema>) =>
      apiClient.send('POST', `/annotations/${segment(id)}/hide`, annotationSchema, { body }),
    unhide: (id: string) => apiClient.send('POST', `/annotations/${segment(id)}/unhide`, annotationSchema),
    following: (id: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/annotations/${segment(id)}/follow`, threadFollowStateSchema, { signal }),
    follow: (id: string) => apiClient.send('PUT', `/annotations/${segment(id)}/follow`, threadFollowStateSchema),
    unfollow: (id: string) => apiClient.send('DELETE', `/annotations/${segment(id)}/follow`, threadFollowStateSchema),
  },
  readingMarks: {
    /** A visit to the round's reading page; `keepalive` lets the call made as the page goes still reach the server. */
    visit: (roundId: string, body: ReadingMarkRequest, options: { signal?: AbortSignal; keepalive?: boolean } = {}) =>
      apiClient.send('POST', `/rounds/${segment(roundId)}/reading-mark`, readingMarkSchema, { body, ...options }),
  },
  silence: {
    list: (roundId: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/rounds/${segment(roundId)}/silence-procedures`, silenceProcedureListSchema, { signal }),
    start: (roundId: string, body: Body<typeof startSilenceRequestSchema>) =>
      apiClient.send('POST', `/rounds/${segment(roundId)}/silence-procedures`, silenceProcedureSchema, { body }),
    break: (id: string, body: Body<typeof breakSilenceRequestSchema>) =>
      apiClient.send('POST', `/silence-procedures/${segment(id)}/break`, silenceProcedureSchema, { body }),
    moveDeadline: (id: string, body: Body<typeof changeSilenceDeadlineRequestSchema>) =>
      apiClient.send('PUT', `/silence-procedures/${segment(id)}/deadline`, silenceProcedureSchema, { body }),
    cancel: (id: string) => apiClient.send('POST', `/silence-procedures/${segment(id)}/cancel`, silenceProcedureSchema),
  },
  speakers: {
    get: (roundId: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/rounds/${segment(roundId)}/speakers`, speakersListSchema, { signal }),
    request: (roundId: string, body: Body<typeof requestFloorRequestSchema>) =>
      apiClient.send('POST', `/rounds/${segment(roundId)}/speakers`, speakersListSchema, { body }),
    withdraw: (roundId: string, entryId: string) =>
      apiClient.send('DELETE', `/rounds/${segment(roundId)}/speakers/${segment(entryId)}`, speakersListSchema),
    reorder: (roundId: string, body: Body<typeof reorderSpeakersRequestSchema>) =>
      apiClient.send('PUT', `/rounds/${segment(roundId)}/speakers/order`, speakersListSchema, { body }),
    giveFloor: (roundId: string, entryId: string) =>
      apiClient.send('POST', `/rounds/${segment(roundId)}/speakers/${segment(entryId)}/floor`, speakersListSchema),
    endFloor: (roundId: string) =>
      apiClient.send('POST', `/rounds/${segment(roundId)}/speakers/end-floor`, speakersListSchema),
    setSpeakingTime: (roundId: string, body: Body<typeof setSpeakingTimeRequestSchema>) =>
      apiClient.send('PUT', `/rounds/${segment(roundId)}/speakers/speaking-time`, speakersListSchema, { body }),
    /** The record of the floor (the round's chair and the secretariat). */
    turns: (roundId: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/rounds/${segment(roundId)}/speakers/turns`, speakerTurnsSchema, { signal }),
    turnsCsv: (roundId: string) => apiClient.sendBlob('GET', `/rounds/${segment(roundId)}/speakers/turns.csv`),
  },
  /** The paragraph under consideration in a live session. */
  consideration: {
    get: (roundId: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/rounds/${segment(roundId)}/consideration`, considerationSchema, { signal }),
    set: (roundId: string, body: Body<typeof setConsiderationRequestSchema>) =>
      apiClient.send('PUT', `/rounds/${segment(roundId)}/consideration`, considerationSchema, { body }),
  },
  positions: {
    /** The current position of each delegation on one paragraph. */
    list: (roundId: string, paragraphKey: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/rounds/${segment(roundId)}/positions`, positionListSchema, {
        query: { paragraphKey },
        signal,
      }),
    history: (roundId: string, paragraphKey: string, delegationId: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/rounds/${segment(roundId)}/positions/history`, positionListSchema, {
        query: { paragraphKey, delegationId },
        signal,
      }),
    record: (roundId: string, body: Body<typeof recordPositionRequestSchema>) =>
      apiClient.send('POST', `/rounds/${segment(roundId)}/positions`, positionSchema, { body }),
    matrix: (roundId: string, filters: PositionFilters, signal?: AbortSignal) =>
      apiClient.send('GET', `/rounds/${segment(roundId)}/positions/matrix`, positionMatrixSchema, {
        query: filterQuery(filters),
        signal,
      }),
    /** What other delegations recorded after `since` (a server time): the reading page's "since your last visit". */
    changes: (roundId: string, since: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/rounds/${segment(roundId)}/positions/changes`, positionChangesSchema, {
        query: { since },
        signal,
      }),
    evolution: (roundId: string, filters: PositionFilters, signal?: AbortSignal) =>
      apiClient.send('GET', `/rounds/${segment(roundId)}/positions/evolution`, positionEvolutionSchema, {
        query: filterQuery(filters),
        signal,
      }),
  },
  invitations: {
    create: (body: Body<typeof createInvitationRequestSchema>) =>
      apiClient.send('POST', '/invitations', createdInvitationSchema, { body }),
    batch: (body: Body<typeof invitationBatchRequestSchema>) =>
      apiClient.send('POST', '/invitations/batch', invitationBatchResponseSchema, { body }),
    list: (processId: string, signal?: AbortSignal) =>
      apiClient.send('GET', '/invitations', invitationListSchema, { query: { processId }, signal }),
    revoke: (id: string) => apiClient.send('POST', `/invitations/${segment(id)}/revoke`, invitationSchema),
    resend: (id: string, body: Body<typeof resendInvitationRequestSchema>) =>
      apiClient.send('POST', `/invitations/${segment(id)}/resend`, createdInvitationSchema, { body }),
    /** Public: the invitee has no session yet. */
    get: (token: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/invitations/${segment(token)}`, invitationSchema, { signal, authenticated: false }),
    accept: (token: string, body: Body<typeof acceptInvitationRequestSchema>) =>
      apiClient.send('POST', `/invitations/${segment(token)}/accept`, loginResponseSchema, {
        body,
        authenticated: false,
      }),
  },
} as const;
