import { renderPasswordResetEmail } from './password-reset-email';

const facts = {
  name: 'Ana <Ruiz>',
  expiresAt: '2026-11-01T17:00:00.000Z',
  resetUrl: 'https://concordia.test/password-reset/tok_en-1',
};

describe('the email of a password reset link', () => {
  it.each([
    [
      'en',
      'Choose a new Concordia password',
      'Choose a new password: https://concordia.test/password-reset/tok_en-1',
      'November 1, 2026 at 6:00 PM',
    ],
    [
      'fr',
      'Choisir un nouveau mot de passe Concordia',
      'Choisir un nouveau mot de passe\u00a0: https://',
      '1er novembre 2026 à 18:00',
    ],
    [
      'es',
      'Elegir una nueva contraseña de Concordia',
      'Elegir una nueva contraseña: https://',
      '1 de noviembre de 2026 a las 18:00',
    ],
  ] as const)(
    'in %s: subject, the link labelled, its expiry in the reader time zone',
    (language, subject, link, day) => {
      const email = renderPasswordResetEmail(language, 'Europe/Paris', facts);
      expect(email.subject).toBe(subject);
      expect(email.text).toContain(link);
      expect(email.text).toContain(day);
    },
  );

  it('escapes the name in the HTML part and carries no unsubscribe link', () => {
    const email = renderPasswordResetEmail('en', 'UTC', facts);
    expect(email.html).toContain('Ana &lt;Ruiz&gt;');
    expect(email.html).not.toContain('<Ruiz>');
    expect(email.html).toContain('href="https://concordia.test/password-reset/tok_en-1"');
    expect(email.html.toLowerCase()).not.toContain('unsubscribe');
  });
});
