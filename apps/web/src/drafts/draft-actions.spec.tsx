/**
 * @jest-environment ./tools/test/jsdom-environment.js
 */
import { fireEvent, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { renderInLanguage } from '../testing/render-in-language';
import { DraftActions } from './draft-actions';
import type { VersionSummary } from './version-options';

const published = (id: string, label: string): VersionSummary => ({
  id,
  label,
  status: 'published',
  publishedAt: '2026-11-01T10:00:00.000Z',
});

const show = (language: 'en' | 'fr', secretariat: boolean, menuOnly = false) =>
  renderInLanguage(
    language,
    <MemoryRouter>
      <DraftActions
        draftId="d1"
        base="/processes/p1/drafts/d1"
        published={[published('v1', 'Zero draft'), published('v2', 'Rev.1')]}
        wordDocument={{
          path: '/versions/v2/document.docx',
          fileName: 'Rev.1.docx',
          label: language === 'fr' ? 'Document Word' : 'Word document',
          testId: 'version-docx',
        }}
        canCompare
        canReport={secretariat}
        onEditWorking={secretariat ? () => undefined : null}
        menuOnly={menuOnly}
      />
    </MemoryRouter>,
  );

const buttonNames = () => screen.getAllByRole('button').map((button) => button.textContent);

describe('the draft page’s actions beside its title', () => {
  it('shows a delegate’s two as buttons, with no menu', async () => {
    await show('en', false);
    expect(screen.getByRole('link').textContent).toBe('Compare versions');
    expect(buttonNames()).toEqual(['Word document']);
  });

  it('keeps the secretariat’s Word document and working version on the line, the rest under More', async () => {
    await show('fr', true);
    expect(buttonNames()).toEqual(['Document Word', 'Plus▾', 'Modifier la version de travail']);
    expect(screen.queryByRole('link')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Plus/ }));
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(['Comparer des versions', 'Rapport de report']);
  });

  it('puts every action of a phone in one menu, its button named in words', async () => {
    await show('fr', true, true);
    expect(screen.getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual([
      'Actions sur le projet',
    ]);
    expect(screen.queryByRole('link')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Actions sur le projet' }));
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Document Word',
      'Comparer des versions',
      'Rapport de report',
      'Modifier la version de travail',
    ]);
  });
});
