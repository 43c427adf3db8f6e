import { landingOf } from './carry-forward-landing';

describe('where a paragraph of the carry-forward report landed', () => {
  it('says nothing more about a paragraph that kept its number', () => {
    expect(landingOf('5.', '5.')).toBeNull();
    expect(landingOf('5.', '5')).toBeNull();
  });

  it('gives the new number of a paragraph that moved', () => {
    expect(landingOf('5.', '4.')).toEqual({ kind: 'moved', to: '4.' });
  });

  it('says when the paragraph is gone', () => {
    expect(landingOf('5.', null)).toEqual({ kind: 'removed' });
  });
});
