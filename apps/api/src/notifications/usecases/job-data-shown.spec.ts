import { jobDataShown } from './job-data-shown';

describe('jobDataShown', () => {
  it("hides an invitation's or a password reset's token and keeps the rest", () => {
    expect(jobDataShown({ resetId: 'a'.repeat(64), token: 'secret-token' })).toEqual({
      resetId: 'a'.repeat(64),
      token: '[redacted]',
    });
    expect(jobDataShown({ invitationId: 'i1', token: 't', language: 'fr' })).toEqual({
      invitationId: 'i1',
      token: '[redacted]',
      language: 'fr',
    });
  });

  it('leaves data without secrets, and anything that is not an object, as it is', () => {
    const event = { eventId: 'e1', event: { type: 'round.closed' } };
    expect(jobDataShown(event)).toEqual(event);
    expect(jobDataShown(null)).toBeNull();
    expect(jobDataShown(['token'])).toEqual(['token']);
  });
});
