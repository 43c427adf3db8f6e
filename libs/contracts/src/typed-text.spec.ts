import { createDelegationRequestSchema } from './delegations';
import { fieldIssueOf } from './field-issues';
import { updateProfileRequestSchema } from './users';
import { cleanTypedText, typedLine, typedText } from './typed-text';

describe('typed text', () => {
  it('drops the control characters a paste brings in, and keeps every visible character', () => {
    expect(cleanTypedText('Bell\u0007 and nul\u0000 and esc\u001b end', true)).toBe('Bell and nul and esc end');
    expect(cleanTypedText('C1\u0085 and DEL\u007f', true)).toBe('C1 and DEL');
    expect(cleanTypedText('Ñandú, São Tomé — «\u00a0ok\u00a0» 🇲🇽 👩🏽‍⚖️', true)).toBe(
      'Ñandú, São Tomé — «\u00a0ok\u00a0» 🇲🇽 👩🏽‍⚖️',
    );
  });

  it('drops half of a broken surrogate pair and the noncharacters, not a whole pair', () => {
    expect(cleanTypedText('a\ud800b\udc00c\uffffd', true)).toBe('abcd');
    expect(cleanTypedText('\ud83c\uddf2\ud83c\uddfd', true)).toBe('🇲🇽');
  });

  it('keeps line breaks in a text, as line feeds, and makes one line of a name', () => {
    expect(cleanTypedText('one\r\ntwo\rthree\u000bfour\u2029five\tsix', true)).toBe('one\ntwo\nthree\nfour\nfive\tsix');
    expect(cleanTypedText('Draft\r\n  regional\tagenda', false)).toBe('Draft regional agenda');
  });

  it('reads text of nothing visible as empty', () => {
    expect(cleanTypedText('\u0000', false)).toBe('');
    expect(cleanTypedText('\u200b\u200d \ufeff\u00a0', true)).toBe('');
  });

  it('refuses a name with nothing visible as a missing one, and stores the cleaned name', () => {
    const blank = updateProfileRequestSchema.safeParse({ name: '\u0000' });
    expect(blank.success).toBe(false);
    expect(blank.error?.issues.map(fieldIssueOf)).toEqual([{ code: 'required' }]);
    expect(updateProfileRequestSchema.parse({ name: ' Ana\u0000 María\n' }).name).toBe('Ana María');
    const delegation = createDelegationRequestSchema.safeParse({
      code: 'MEX',
      kind: 'member_state',
      name: '\u200b',
      region: 'Americas',
    });
    expect(delegation.error?.issues.map((issue) => issue.path)).toEqual([['name']]);
  });

  it('counts the limit on the cleaned text', () => {
    expect(typedLine(3).safeParse('ab\u0000\u0000c').success).toBe(true);
    expect(typedText(3).safeParse('abcd').success).toBe(false);
  });
});
