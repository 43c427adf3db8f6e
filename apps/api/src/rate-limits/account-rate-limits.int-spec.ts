import { setTimeout as sleep } from 'node:timers/promises';
import { ErrorCode } from '@concordia/contracts';
import { Types } from 'mongoose';
import { addMembership, createProcess, createUser, login } from '../test/fixtures';
import type { HttpResult } from '../test/http-client';
import { deploymentForSpec } from '../test/deployment-for-spec';

const ACCOUNT = 10;
const COSTLY = 3;
const LIMITS = {
  RATE_LIMIT_ACCOUNT_PER_MINUTE: String(ACCOUNT),
  RATE_LIMIT_COSTLY_PER_MINUTE: String(COSTLY),
  // So that one account can be seen calling from many addresses, as behind the reverse proxy.
  TRUST_PROXY: 'true',
};

let addresses = 0;
const fromAnywhere = () => ({ 'x-forwarded-for': `203.0.113.${(addresses += 1) % 250}` });
const NO_ROUND = `/api/rounds/${new Types.ObjectId().toHexString()}/annotations`;

const expectRefused = (res: HttpResult, message: RegExp): number => {
  expect(res.status).toBe(429);
  expect(res.body.code).toBe(ErrorCode.RateLimited);
  expect(res.body.message).toMatch(message);
  const seconds = res.body.retryAfterSeconds as number;
  expect(seconds).toBeGreaterThan(0);
  expect(seconds).toBeLessThanOrEqual(60);
  expect(res.headers.get('retry-after')).toBe(String(seconds));
  return seconds;
};

describe('rate limits of signed-in accounts', () => {
  // Two API processes of one deployment, counting together.
  const deployment = deploymentForSpec(LIMITS);

  const signIn = async () => login(deployment.t.http, (await createUser(deployment.t.models)).email);

  it('counts an account across every API process and address, and no other account', async () => {
    const { t, peer } = deployment;
    const { token } = await signIn();
    const other = await signIn();
    for (let i = 0; i < ACCOUNT; i += 1) {
      const app = i % 2 === 0 ? t : peer;
      const path = i % 2 === 0 ? '/api/auth/me' : '/api/processes';
      expect((await app.http.get(path, { token, headers: fromAnywhere() })).status).toBe(200);
    }
    expectRefused(await peer.http.get('/api/auth/me', { token, headers: fromAnywhere() }), /your account/);
    expectRefused(await t.http.patch('/api/auth/me', { name: 'Too late' }, { token }), /your account/);
    // Someone else from the same address, and the probes, are not concerned.
    expect((await t.http.get('/api/auth/me', { token: other.token })).status).toBe(200);
    expect((await peer.http.get('/api/health/live')).status).toBe(200);
  });

  it('tells when to try again, counting down rather than starting over with each refusal', async () => {
    const { t, peer } = deployment;
    const { token } = await signIn();
    for (let i = 0; i < ACCOUNT; i += 1) expect((await t.http.get('/api/auth/me', { token })).status).toBe(200);
    const first = expectRefused(await t.http.get('/api/auth/me', { token }), /try again in \d+ seconds?/);
    expect(first).toBeGreaterThan(55);
    await sleep(1_200);
    const later = expectRefused(await peer.http.get('/api/auth/me', { token }), /your account/);
    expect(later).toBeLessThan(first);
  });

  it('gives exports, comparisons and searches a tighter budget of their own', async () => {
    const { t, peer } = deployment;
    const user = await createUser(t.models);
    const processId = await createProcess(t.models);
    await addMembership(t.models, processId, user.id, 'secretariat');
    const { token } = await login(t.http, user.email);
    for (let i = 0; i < COSTLY; i += 1) {
      const app = i % 2 === 0 ? t : peer;
      expect((await app.http.get(`/api/processes/${processId}/audit.csv`, { token })).status).toBe(200);
    }
    expectRefused(await peer.http.get(`/api/processes/${processId}/audit.csv`, { token }), /exports/);
    expectRefused(await t.http.get(`${NO_ROUND}?q=budget`, { token }), /exports, comparisons or searches/);
    // The rest of the account's work goes on: the audit page, and the annotation list unsearched.
    expect((await t.http.get(`/api/processes/${processId}/audit`, { token })).status).toBe(200);
    expect((await peer.http.get(NO_ROUND, { token })).status).toBe(404);
  });
});
