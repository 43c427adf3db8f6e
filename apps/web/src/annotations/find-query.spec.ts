import { EMPTY_FIND, findFromLink } from './find-query';

const DELEGATION = '0123456789abcdef01234567';

describe("the search a link to the reading page asks for (the home page's proposals)", () => {
  it('opens Find on a delegation, with a disposition when the link names a valid one', () => {
    expect(findFromLink(new URLSearchParams(`delegation=${DELEGATION}&disposition=none`))).toEqual({
      ...EMPTY_FIND,
      delegationId: DELEGATION,
      disposition: 'none',
    });
    expect(findFromLink(new URLSearchParams(`delegation=${DELEGATION}&disposition=maybe`))).toEqual({
      ...EMPTY_FIND,
      delegationId: DELEGATION,
    });
  });

  it("opens Find on a delegation's proposals or the amendments it co-sponsors, as the home page counts them", () => {
    expect(findFromLink(new URLSearchParams(`proposedBy=${DELEGATION}&disposition=accepted`))).toEqual({
      ...EMPTY_FIND,
      proposedBy: DELEGATION,
      disposition: 'accepted',
    });
    expect(findFromLink(new URLSearchParams(`sponsoredBy=${DELEGATION}`))).toEqual({
      ...EMPTY_FIND,
      sponsoredBy: DELEGATION,
    });
    expect(findFromLink(new URLSearchParams('proposedBy=mexico&sponsoredBy='))).toBeNull();
  });

  it('asks for nothing without a valid delegation (a notification link, a typo)', () => {
    expect(findFromLink(new URLSearchParams('paragraph=p1&thread=t1'))).toBeNull();
    expect(findFromLink(new URLSearchParams('delegation=mexico&disposition=accepted'))).toBeNull();
  });
});
