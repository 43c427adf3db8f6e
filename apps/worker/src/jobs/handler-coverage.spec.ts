import { allJobs } from '@concordia/contracts';
import { assertHandlerCoverage, findHandlerProblems, HandlerCoverageError } from './handler-coverage';

const declared = [
  { queue: 'mail', job: 'send' },
  { queue: 'mail', job: 'digest' },
  { queue: 'maintenance', job: 'purge' },
];

describe('findHandlerProblems', () => {
  it('accepts exactly one handler per declared job', () => {
    expect(findHandlerProblems(declared, [...declared].reverse())).toEqual([]);
  });

  it('names each job without a handler with its queue', () => {
    expect(findHandlerProblems(declared, [{ queue: 'mail', job: 'send' }])).toEqual([
      'no handler for job "digest" of queue "mail"',
      'no handler for job "purge" of queue "maintenance"',
    ]);
  });

  it('rejects a handler for a job the contracts do not declare', () => {
    expect(findHandlerProblems(declared, [...declared, { queue: 'mail', job: 'fax' }])).toEqual([
      'handler for "mail/fax" names a job that the contracts do not declare',
    ]);
  });

  it('does not confuse a known job name on the wrong queue', () => {
    const handled = [
      { queue: 'mail', job: 'send' },
      { queue: 'mail', job: 'digest' },
      { queue: 'mail', job: 'purge' },
    ];
    expect(findHandlerProblems(declared, handled)).toEqual([
      'no handler for job "purge" of queue "maintenance"',
      'handler for "mail/purge" names a job that the contracts do not declare',
    ]);
  });

  it('rejects two handlers for one job', () => {
    expect(findHandlerProblems(declared, [...declared, { queue: 'mail', job: 'send' }])).toEqual([
      '2 handlers for "mail/send"; a job must have exactly one',
    ]);
  });

  it('reports every job when there is no handler at all', () => {
    expect(findHandlerProblems(declared, [])).toHaveLength(3);
  });
});

describe('assertHandlerCoverage', () => {
  it('throws an error listing the problems', () => {
    const attempt = () => assertHandlerCoverage(allJobs(), []);
    expect(attempt).toThrow(HandlerCoverageError);
    expect(attempt).toThrow(/no handler for job "purge-expired-auth" of queue "maintenance"/);
  });

  it('passes when every contract job is handled', () => {
    expect(() => assertHandlerCoverage(allJobs(), allJobs())).not.toThrow();
  });
});
