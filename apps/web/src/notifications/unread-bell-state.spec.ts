import { UnreadBellState } from './unread-bell-state';

describe('UnreadBellState', () => {
  it('shows the HTTP answer when no push came meanwhile, then every push', () => {
    const bell = new UnreadBellState();
    expect(bell.unread).toBeNull();
    expect(bell.answered(bell.asked(), 3)).toBe(true);
    expect(bell.unread).toBe(3);
    bell.pushed(4);
    expect(bell.unread).toBe(4);
  });

  it('keeps a push that overtook an answer counted before it', () => {
    const bell = new UnreadBellState();
    const ticket = bell.asked();
    bell.pushed(5); // a new notification, pushed while the answer (4) was on its way
    expect(bell.answered(ticket, 4)).toBe(false);
    expect(bell.unread).toBe(5);
  });

  it('takes the answer to a request made after the last push', () => {
    const bell = new UnreadBellState();
    bell.pushed(2);
    expect(bell.answered(bell.asked(), 0)).toBe(true);
    expect(bell.unread).toBe(0);
  });
});
