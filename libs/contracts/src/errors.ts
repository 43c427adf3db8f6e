import { z } from 'zod';
import type { FieldIssueCode, FieldIssueParams } from './field-issues';

/**
 * Every error the platform returns carries one of these codes. Clients branch on the code,
 * never on the message (messages are for people and may be reworded or translated).
 */
export const ErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  MalformedJson: 'MALFORMED_JSON',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  InvalidId: 'INVALID_ID',
  NotFound: 'NOT_FOUND',
  RouteNotFound: 'ROUTE_NOT_FOUND',
  Conflict: 'CONFLICT',
  RateLimited: 'RATE_LIMITED',
  Internal: 'INTERNAL_ERROR',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  // authentication
  AuthRequired: 'AUTH_REQUIRED',
  AuthInvalidCredentials: 'AUTH_INVALID_CREDENTIALS',
  AuthAccountLocked: 'AUTH_ACCOUNT_LOCKED',
  AuthAccountDisabled: 'AUTH_ACCOUNT_DISABLED',
  AuthTokenExpired: 'AUTH_TOKEN_EXPIRED',
  AuthTokenInvalid: 'AUTH_TOKEN_INVALID',
  AuthRefreshInvalid: 'AUTH_REFRESH_INVALID',
  AuthWrongPassword: 'AUTH_WRONG_PASSWORD',
  AuthWeakPassword: 'AUTH_WEAK_PASSWORD',
  /** A password reset link that expired, was used, or was replaced by a newer one. */
  PasswordResetInvalid: 'PASSWORD_RESET_INVALID',
  // authorisation
  Forbidden: 'FORBIDDEN',
  NotProcessMember: 'NOT_PROCESS_MEMBER',
  // people
  EmailTaken: 'EMAIL_TAKEN',
  /** The change would leave the platform without an enabled admin to manage accounts. */
  LastAdmin: 'LAST_ADMIN',
  InvitationNotFound: 'INVITATION_NOT_FOUND',
  InvitationExpired: 'INVITATION_EXPIRED',
  InvitationUsed: 'INVITATION_ALREADY_USED',
  /** The secretariat withdrew the invitation: its link no longer works. */
  InvitationRevoked: 'INVITATION_REVOKED',
  /** A link from before the invitation was sent again: the newest email carries the one that works. */
  InvitationReplaced: 'INVITATION_REPLACED',
  /** Revoking or resending an invitation already accepted or revoked. */
  InvitationNotPending: 'INVITATION_NOT_PENDING',
  DelegationRequired: 'DELEGATION_REQUIRED',
  DelegationNotAllowed: 'DELEGATION_NOT_ALLOWED',
  MembershipExists: 'MEMBERSHIP_EXISTS',
  // a sheet of invitations, refused row by row
  InvalidEmail: 'INVALID_EMAIL',
  RoleUnknown: 'ROLE_UNKNOWN',
  DelegationUnknown: 'DELEGATION_UNKNOWN',
  LanguageUnknown: 'LANGUAGE_UNKNOWN',
  /** The person already has an invitation to the process that nobody has answered or withdrawn. */
  InvitationPending: 'INVITATION_PENDING',
  /** The same email address on an earlier line of the same sheet. */
  RowRepeated: 'ROW_REPEATED',
  MembershipNotFound: 'MEMBERSHIP_NOT_FOUND',
  /** The change would leave the process without a secretariat member to run it. */
  LastSecretariat: 'LAST_SECRETARIAT',
  /** The member chairs a round still scheduled or open: removing them or their role would leave it without its chair. */
  ChairOfActiveRound: 'CHAIR_OF_ACTIVE_ROUND',
  /** A member added by email: no account uses that address (an invitation brings the person in). */
  AccountNotFound: 'ACCOUNT_NOT_FOUND',
  DelegationCodeTaken: 'DELEGATION_CODE_TAKEN',
  ProcessTitleTaken: 'PROCESS_TITLE_TAKEN',
  // drafts and versions
  VersionStale: 'VERSION_STALE',
  VersionPublished: 'VERSION_PUBLISHED',
  VersionNotWorking: 'VERSION_NOT_WORKING',
  /** Publishing a text identical to the last published version, without `allowUnchanged`. */
  VersionUnchanged: 'VERSION_UNCHANGED',
  WorkingVersionExists: 'WORKING_VERSION_EXISTS',
  ParagraphNotFound: 'PARAGRAPH_NOT_FOUND',
  SectionNotFound: 'SECTION_NOT_FOUND',
  SectionNotEmpty: 'SECTION_NOT_EMPTY',
  OperationInvalid: 'OPERATION_INVALID',
  CompareDifferentDrafts: 'COMPARE_DIFFERENT_DRAFTS',
  // imports
  ImportFileMissing: 'IMPORT_FILE_MISSING',
  ImportFileEmpty: 'IMPORT_FILE_EMPTY',
  ImportFileTooLarge: 'IMPORT_FILE_TOO_LARGE',
  ImportFileCorrupt: 'IMPORT_FILE_CORRUPT',
  ImportFileEncrypted: 'IMPORT_FILE_ENCRYPTED',
  ImportUnsupportedType: 'IMPORT_UNSUPPORTED_TYPE',
  ImportDuplicateNumbers: 'IMPORT_DUPLICATE_NUMBERS',
  ImportNoParagraphs: 'IMPORT_NO_PARAGRAPHS',
  ImportNotReady: 'IMPORT_NOT_READY',
  ImportKeyOverrideInvalid: 'IMPORT_KEY_OVERRIDE_INVALID',
  /** A version was published after the import was matched: its preview is out of date (409). */
  ImportStale: 'IMPORT_STALE',
  // rounds
  RoundWindowInvalid: 'ROUND_WINDOW_INVALID',
  RoundTransitionInvalid: 'ROUND_TRANSITION_INVALID',
  RoundVersionNotPublished: 'ROUND_VERSION_NOT_PUBLISHED',
  RoundNotEditable: 'ROUND_NOT_EDITABLE',
  /** A new closing time that is not in the future (400, on the `closesAt` field). */
  RoundClosingTimePast: 'ROUND_CLOSING_TIME_PAST',
  /** Opening or reopening a round whose closing time has passed, without a new one (409). */
  RoundDeadlinePassed: 'ROUND_DEADLINE_PASSED',
  ChairNotMember: 'CHAIR_NOT_MEMBER',
  DelegationNotInProcess: 'DELEGATION_NOT_IN_PROCESS',
  // annotations
  RoundNotOpen: 'ROUND_NOT_OPEN',
  AnnotationNotFound: 'ANNOTATION_NOT_FOUND',
  AnnotationWithdrawn: 'ANNOTATION_WITHDRAWN',
  NotAuthor: 'NOT_AUTHOR',
  SelectorMismatch: 'SELECTOR_MISMATCH',
  AmendmentRequired: 'AMENDMENT_REQUIRED',
  AmendmentNotAllowed: 'AMENDMENT_NOT_ALLOWED',
  ClientIdConflict: 'CLIENT_ID_CONFLICT',
  AlreadySponsor: 'ALREADY_SPONSOR',
  /** Applying a comment, question or reservation as if it were an amendment (400). */
  NotAnAmendment: 'NOT_AN_AMENDMENT',
  /** The words an amendment acts on are no longer in the working text of its paragraph (409). */
  AmendmentNotApplicable: 'AMENDMENT_NOT_APPLICABLE',
  /** The amendment was already applied to this working version (409). */
  AmendmentAlreadyApplied: 'AMENDMENT_ALREADY_APPLIED',
  /** Undoing an amendment that is not applied to this working version (409). */
  AmendmentNotApplied: 'AMENDMENT_NOT_APPLIED',
  /** Undoing an application whose paragraph was changed since: it is undone by hand (409). */
  AmendmentUndoConflict: 'AMENDMENT_UNDO_CONFLICT',
  NotSponsor: 'NOT_SPONSOR',
  /** A disposition on a question or reservation: only comments and amendments take one (400). */
  NoDispositionForKind: 'NO_DISPOSITION_FOR_KIND',
  // positions
  PositionNotOwnDelegation: 'POSITION_NOT_OWN_DELEGATION',
  DelegationNotInRound: 'DELEGATION_NOT_IN_ROUND',
  PositionAmendmentInvalid: 'POSITION_AMENDMENT_INVALID',
  PositionAmendmentsRequired: 'POSITION_AMENDMENTS_REQUIRED',
  PositionsNotVisible: 'POSITIONS_NOT_VISIBLE',
  // sockets
  SocketEventInvalid: 'SOCKET_EVENT_INVALID',
  SocketRateLimited: 'SOCKET_RATE_LIMITED',
  // chair's instruments
  NotRoundChair: 'NOT_ROUND_CHAIR',
  SilenceNotFound: 'SILENCE_NOT_FOUND',
  SilenceDeadlineInvalid: 'SILENCE_DEADLINE_INVALID',
  SilenceDeadlinePassed: 'SILENCE_DEADLINE_PASSED',
  SilenceNotRunning: 'SILENCE_NOT_RUNNING',
  SilenceParagraphBusy: 'SILENCE_PARAGRAPH_BUSY',
  SpeakerAlreadyQueued: 'SPEAKER_ALREADY_QUEUED',
  SpeakerNotFound: 'SPEAKER_NOT_FOUND',
  SpeakersOrderInvalid: 'SPEAKERS_ORDER_INVALID',
  AnnotationAlreadyHidden: 'ANNOTATION_ALREADY_HIDDEN',
  AnnotationNotHidden: 'ANNOTATION_NOT_HIDDEN',
  // notifications
  NotificationNotFound: 'NOTIFICATION_NOT_FOUND',
  UnsubscribeInvalid: 'UNSUBSCRIBE_INVALID',
  JobNotFound: 'JOB_NOT_FOUND',
  JobNotFailed: 'JOB_NOT_FAILED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const errorCodeSchema = z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]);

/** One refused field: `code` for clients to word the reason, `message` for people reading the raw answer. */
export const fieldIssueSchema = z.object({
  path: z.string(),
  /** A FieldIssueCode, or an ErrorCode when a domain rule refused the field; clients fall back to `message` for others. */
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/** A field issue as the API writes it: always with a code the contracts define. */
export type KnownFieldIssue = FieldIssue & { code: FieldIssueCode | ErrorCode; params?: FieldIssueParams };

/** Body of every non-2xx HTTP response. */
export const errorResponseSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  requestId: z.string(),
  issues: z.array(fieldIssueSchema).optional(),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
