import { startPeerApp, startTestApp, type TestApp } from './test-app';

export interface Deployment {
  /** The first API process; its close drops the database and the Redis keys. */
  readonly t: TestApp;
  /** A second API process of the same deployment: same database, Redis prefix and token secret. */
  readonly peer: TestApp;
}

/**
 * For a spec file: two API processes of one deployment with the same environment, started
 * before its tests and closed after them, for what every process must count or see together.
 */
export const deploymentForSpec = (env: Record<string, string> = {}): Deployment => {
  let t: TestApp | undefined;
  let peer: TestApp | undefined;
  beforeAll(async () => {
    t = await startTestApp(env);
    peer = await startPeerApp(t, env);
  }, 60_000);
  afterAll(async () => {
    await peer?.close();
    await t?.close();
  });
  const started = (app: TestApp | undefined): TestApp => {
    if (!app) throw new Error('the deployment is started in beforeAll');
    return app;
  };
  return {
    get t() {
      return started(t);
    },
    get peer() {
      return started(peer);
    },
  };
};
