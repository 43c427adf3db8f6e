import {
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
  type acceptInvitationRequestSchema,
  type addMemberRequestSchema,
  type changePasswordRequestSchema,
  type createDelegationRequestSchema,
  type createInvitationRequestSchema,
  type createProcessRequestSchema,
  type createUserRequestSchema,
  type loginRequestSchema,
  type updateProfileRequestSchema,
} from '@concordia/contracts';
import type { z } from 'zod';
import { ApiClient } from './api-client';

/** Request bodies are typed as the schema's input: what the server accepts, defaults optional. */
type Body<S extends z.ZodType> = z.input<S>;

const segment = (value: string): string => encodeURIComponent(value);

/** The single client of the page: the in-memory access token is shared by every screen. */
export const apiClient = new ApiClient();

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
  },
  users: {
    list: (signal?: AbortSignal) => apiClient.send('GET', '/users', userListSchema, { signal }),
    create: (body: Body<typeof createUserRequestSchema>) => apiClient.send('POST', '/users', userSchema, { body }),
    unlock: (id: string) => apiClient.sendVoid('POST', `/users/${segment(id)}/unlock`),
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
    drafts: (id: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/processes/${segment(id)}/drafts`, draftListSchema, { signal }),
    rounds: (id: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/processes/${segment(id)}/rounds`, roundListSchema, { signal }),
  },
  versions: {
    get: (id: string, signal?: AbortSignal) =>
      apiClient.send('GET', `/versions/${segment(id)}`, draftVersionSchema, { signal }),
  },
  invitations: {
    create: (body: Body<typeof createInvitationRequestSchema>) =>
      apiClient.send('POST', '/invitations', createdInvitationSchema, { body }),
    list: (processId: string, signal?: AbortSignal) =>
      apiClient.send('GET', '/invitations', invitationListSchema, { query: { processId }, signal }),
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
