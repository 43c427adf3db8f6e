import { type Location, NavigationType } from 'react-router';
import { dropsUnsaved, LEAVES_KNOWINGLY } from './leaving-page';

const at = (path: string, state: unknown = null): Location => {
  const url = new URL(path, 'http://concordia.test');
  return { pathname: url.pathname, search: url.search, hash: url.hash, state, key: 'k' };
};

const draft = '/processes/p/drafts/d?version=w';

describe('dropsUnsaved', () => {
  it('asks before another page', () => {
    expect(
      dropsUnsaved({ currentLocation: at(draft), nextLocation: at('/processes'), historyAction: NavigationType.Push }),
    ).toBe(true);
  });

  it('asks before another query on the same page: another version or mode closes the editor', () => {
    const read = at(`${draft}&mode=read`);
    expect(dropsUnsaved({ currentLocation: at(draft), nextLocation: read, historyAction: NavigationType.Push })).toBe(
      true,
    );
    expect(dropsUnsaved({ currentLocation: at(draft), nextLocation: read, historyAction: NavigationType.Pop })).toBe(
      true,
    );
  });

  it('lets a jump within the page go', () => {
    const main = at(`${draft}#main`);
    expect(dropsUnsaved({ currentLocation: at(draft), nextLocation: main, historyAction: NavigationType.Push })).toBe(
      false,
    );
  });

  it('lets a knowing move go (publishing), but not back or forward to an entry it made', () => {
    const published = at('/processes/p/drafts/d?version=v', LEAVES_KNOWINGLY);
    expect(
      dropsUnsaved({ currentLocation: at(draft), nextLocation: published, historyAction: NavigationType.Replace }),
    ).toBe(false);
    expect(
      dropsUnsaved({ currentLocation: at(draft), nextLocation: published, historyAction: NavigationType.Push }),
    ).toBe(false);
    expect(
      dropsUnsaved({ currentLocation: at(draft), nextLocation: published, historyAction: NavigationType.Pop }),
    ).toBe(true);
  });
});
