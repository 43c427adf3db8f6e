import { renderInvitationEmail } from './invitation-email';

const facts = {
  processTitle: 'Diálogo <Andino>',
  inviterName: 'Sami',
  role: 'head_of_delegation' as const,
  delegation: 'Perú',
  expiresAt: '2026-12-03T17:00:00.000Z',
  acceptUrl: 'https://concordia.example.org/invitations/abc',
};

describe('renderInvitationEmail', () => {
  it('writes Spanish, states the deadline in the zone given, and escapes what it puts in HTML', () => {
    const email = renderInvitationEmail('es', 'America/Lima', facts);
    expect(email.subject).toBe('Invitación a participar en «Diálogo <Andino>»');
    expect(email.text).toContain('con la función Jefe de delegación (delegación: Perú)');
    // 17:00 UTC is noon in Lima.
    expect(email.text).toMatch(/válida hasta el 3 de diciembre de 2026 a las 12:00 hora (estándar )?de Perú/);
    expect(email.text).toContain('Aceptar la invitación: https://concordia.example.org/invitations/abc');
    expect(email.html).toContain('Diálogo &lt;Andino&gt;');
    expect(email.html).not.toContain('<Andino>');
    expect(email.html).toContain('lang="es"');
  });

  it('leaves the delegation out for a role without one', () => {
    const email = renderInvitationEmail('en', 'UTC', { ...facts, role: 'chair', delegation: null });
    expect(email.text).toContain('with the role Chair.');
  });
});
