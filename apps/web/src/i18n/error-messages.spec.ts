import { ErrorCode, FieldIssueCode } from '@concordia/contracts';
import { fieldIssueText } from '../common/field-issue-text';
import { translator } from '../testing/translator';

const LANGUAGES = ['en', 'fr', 'es'] as const;

/** Placeholders no real sentence contains: a fallback to the server's words shows as one of these. */
const RAW = 'RAW SERVER MESSAGE';

describe('every error code the server can answer has a sentence in each language', () => {
  it.each(LANGUAGES)('%s', async (lng) => {
    const t = await translator(lng);
    const english = await translator('en');
    const missing = Object.values(ErrorCode).filter((code) => {
      const text = t(`errors.${code}`);
      // A missing key comes back as the key; a French or Spanish line copied from English is no translation.
      return text.trim() === '' || text === `errors.${code}` || (lng !== 'en' && text === english(`errors.${code}`));
    });
    expect(missing).toEqual([]);
  });
});

describe('every field issue code has a sentence in each language', () => {
  const params = { minimum: 3, maximum: 200, format: 'regex', expected: 'string' };

  it.each(LANGUAGES)('%s', async (lng) => {
    const t = await translator(lng);
    const english = await translator('en');
    const missing = Object.values(FieldIssueCode).filter((code) => {
      const text = fieldIssueText({ code, params, message: RAW }, t);
      return (
        text === RAW ||
        text.startsWith('validation.') ||
        (lng !== 'en' && text === fieldIssueText({ code, params, message: RAW }, english))
      );
    });
    expect(missing).toEqual([]);
  });

  it('a field refused by a domain rule reads as that rule’s error', async () => {
    const t = await translator('es');
    expect(fieldIssueText({ code: ErrorCode.RoundWindowInvalid, message: 'must be after opensAt' }, t)).toBe(
      t('errors.ROUND_WINDOW_INVALID'),
    );
  });
});
