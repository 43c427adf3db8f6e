import { randomBytes } from 'node:crypto';
import type { DelegationKind, PlatformRole, ProcessRole } from '@concordia/contracts';
import type { Models } from '@concordia/dal';
import { Types } from 'mongoose';
import { PasswordHasher } from '../auth/password-hasher.service';
import type { HttpClient } from './http-client';

export const TEST_PASSWORD = 'correct horse battery staple';

const hasher = new PasswordHasher();
let cachedHash: Promise<string> | null = null;

export const unique = (prefix: string): string => `${prefix}-${randomBytes(4).toString('hex')}`;

/** Inserts a user directly (hashing once per run: argon2 is deliberately slow). */
export async function createUser(
  models: Models,
  options: { email?: string; name?: string; platformRoles?: PlatformRole[]; disabled?: boolean } = {},
): Promise<{ id: string; email: string }> {
  cachedHash ??= hasher.hash(TEST_PASSWORD);
  const email = options.email ?? `${unique('user')}@example.test`;
  const user = await models.users.create({
    email,
    name: options.name ?? email.split('@')[0],
    passwordHash: await cachedHash,
    platformRoles: options.platformRoles ?? [],
    disabled: options.disabled ?? false,
  });
  return { id: user._id.toHexString(), email };
}

export async function createDelegation(models: Models, kind: DelegationKind = 'member_state'): Promise<string> {
  const code = unique('D').toUpperCase().slice(0, 10);
  const d = await models.delegations.create({ name: `Delegation ${code}`, code, kind, region: 'Test region' });
  return d._id.toHexString();
}

export async function createProcess(models: Models): Promise<string> {
  const p = await models.processes.create({ title: unique('Process'), description: 'test' });
  return p._id.toHexString();
}

export async function addMembership(
  models: Models,
  processId: string,
  userId: string,
  role: ProcessRole,
  delegationId: string | null = null,
): Promise<void> {
  await models.memberships.create({
    processId: new Types.ObjectId(processId),
    userId: new Types.ObjectId(userId),
    role,
    delegationId: delegationId ? new Types.ObjectId(delegationId) : null,
  });
}

export interface SignedIn {
  token: string;
  refresh: string;
  userId: string;
}

export async function login(http: HttpClient, email: string, password = TEST_PASSWORD): Promise<SignedIn> {
  const res = await http.post('/api/auth/login', { email, password });
  if (res.status !== 200 || !res.refreshCookie) {
    throw new Error(`login of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  const body = res.body as { accessToken: string; me: { user: { id: string } } };
  return { token: body.accessToken, refresh: res.refreshCookie, userId: body.me.user.id };
}
