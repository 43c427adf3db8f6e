import { translator } from '../testing/translator';

describe('"N waiting" on the speakers’ card', () => {
  it.each([
    ['en', '1 waiting', '4 waiting'],
    ['fr', '1 en attente', '4 en attente'],
    ['es', '1 en espera', '4 en espera'],
  ] as const)('in %s reads "%s" and "%s"', async (language, one, four) => {
    const t = await translator(language);
    expect(t('session.speakers.waiting', { count: 1 })).toBe(one);
    expect(t('session.speakers.waiting', { count: 4 })).toBe(four);
  });

  // The plural keys escape label-in-name.spec (it pairs "xNamed" with "x"): checked here instead.
  it.each(['en', 'fr', 'es'] as const)(
    'in %s, the button’s name begins with the words it shows, for one and for many (WCAG 2.5.3)',
    async (language) => {
      const t = await translator(language);
      for (const count of [1, 4]) {
        expect(t('session.speakers.queueOpen', { count })).toMatch(
          new RegExp(`^${t('session.speakers.waiting', { count })}\\S*\\s`, 'u'),
        );
      }
    },
  );
});
