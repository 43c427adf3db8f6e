import { nextDraftParams } from './draft-params';

describe('nextDraftParams', () => {
  it('sets and removes the chosen parameters, keeping the others', () => {
    const next = nextDraftParams(new URLSearchParams('version=v1&round=r1&mode=read'), { round: 'r2', mode: null });
    expect(next.toString()).toBe('version=v1&round=r2');
  });

  it("drops a followed link's paragraph and thread, so a later choice does not pull the reader back", () => {
    const next = nextDraftParams(new URLSearchParams('version=v1&paragraph=p4&thread=t9&panel=positions&round=r1'), {
      round: 'r2',
    });
    expect(next.get('thread')).toBeNull();
    expect(next.get('panel')).toBeNull();
    expect(next.get('paragraph')).toBeNull();
    expect(next.get('version')).toBe('v1');
    expect(next.get('round')).toBe('r2');
  });
});
