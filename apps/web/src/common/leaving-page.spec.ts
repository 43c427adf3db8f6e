import type { Location } from 'react-router';
import { dropsUnsaved, LEAVES_KNOWINGLY } from './leaving-page';

const at = (path: string, state: unknown = null): Location => {
  const url = new URL(path, 'http://concordia.test');
  return { pathname: url.pathname, search: url.search, hash: url.hash, state, key: 'k' };
};

const draft = '/processes/p/drafts/d?version=w';

describe('dropsUnsaved', () => {
  it('asks before another page', () => {
    expect(dropsUnsaved({ currentLocation: at(draft), nextLocation: at('/processes'), historyAction: 'PUSH' })).toBe(
      true,
    );
  });

  it('asks before another query on the same page: another version or mode closes the editor', () => {
    const read = at(`${draft}&mode=read`);
    expect(dropsUnsaved({ currentLocation: at(draft), nextLocation: read, historyAction: 'PUSH' })).toBe(true);
    expect(dropsUnsaved({ currentLocation: at(draft), nextLocation: read, historyAction: 'POP' })).toBe(true);
  });

  it('lets a jump within the page go', () => {
    const main = at(`${draft}#main`);
    expect(dropsUnsaved({ currentLocation: at(draft), nextLocation: main, historyAction: 'PUSH' })).toBe(false);
  });

  it('lets a knowing move go (publishing), but not back or forward to an entry it made', () => {
    const published = at('/processes/p/drafts/d?version=v', LEAVES_KNOWINGLY);
    expect(dropsUnsaved({ currentLocation: at(draft), nextLocation: published, historyAction: 'REPLACE' })).toBe(false);
    expect(dropsUnsaved({ currentLocation: at(draft), nextLocation: published, historyAction: 'PUSH' })).toBe(false);
    expect(dropsUnsaved({ currentLocation: at(draft), nextLocation: published, historyAction: 'POP' })).toBe(true);
  });
});
