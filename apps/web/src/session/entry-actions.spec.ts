import { entryActions } from './entry-actions';

describe('what a viewer may do with a waiting entry', () => {
  const chair = { chair: true, live: true, mine: null };

  it('gives the chair the floor to give and the entry to remove', () => {
    expect(entryActions(chair, 'venezuela')).toEqual(['give', 'remove']);
  });

  it('leaves the chair only Remove at the closing time, so the list can still be cleared', () => {
    expect(entryActions({ ...chair, live: false }, 'venezuela')).toEqual(['remove']);
  });

  it('gives a delegation Withdraw on its own entry and nothing on the others', () => {
    const delegate = { chair: false, live: true, mine: 'venezuela' };
    expect(entryActions(delegate, 'venezuela')).toEqual(['withdraw']);
    expect(entryActions(delegate, 'congo')).toEqual([]);
  });

  it('keeps Withdraw for a delegation after the closing time', () => {
    expect(entryActions({ chair: false, live: false, mine: 'venezuela' }, 'venezuela')).toEqual(['withdraw']);
  });

  it('gives the secretariat, who neither chairs nor waits, nothing to press', () => {
    expect(entryActions({ chair: false, live: true, mine: null }, 'venezuela')).toEqual([]);
  });

  it('lets a chair who belongs to a delegation withdraw its own entry rather than remove it', () => {
    expect(entryActions({ chair: true, live: true, mine: 'venezuela' }, 'venezuela')).toEqual(['give', 'withdraw']);
  });
});
