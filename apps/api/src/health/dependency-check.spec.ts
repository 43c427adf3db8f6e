import { checkDependency } from './dependency-check';

describe('checkDependency', () => {
  it('reports up with a latency', async () => {
    const result = await checkDependency(() => Promise.resolve('PONG'), 100);
    expect(result.status).toBe('up');
    expect(result.latencyMs).toEqual(expect.any(Number));
  });

  it('reports down with the reason when the probe fails', async () => {
    const result = await checkDependency(() => Promise.reject(new Error('connection refused')), 100);
    expect(result).toEqual({ status: 'down', latencyMs: null, error: 'connection refused' });
  });

  it('reports down when the probe does not answer in time', async () => {
    const result = await checkDependency(() => new Promise(() => undefined), 20);
    expect(result.status).toBe('down');
    expect(result.error).toMatch(/no answer within 20 ms/);
  });
});
