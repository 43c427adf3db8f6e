/**
 * @jest-environment ./tools/test/jsdom-environment.js
 */
import { Button, Stack, TextInput } from '@mantine/core';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { MemoryRouter } from 'react-router';
import { renderInLanguage } from '../testing/render-in-language';
import { useFormDrawer, type FormDrawer } from './form-drawer';
import { ListWithForm, type ListForm } from './list-with-form';

/** A form as the pages write theirs: its own state, and it closes its drawer once sent. */
const DelegationForm = () => {
  const drawer = useFormDrawer();
  const [name, setName] = useState('');
  return (
    <Stack>
      <TextInput label="Nom" value={name} onChange={(event) => setName(event.currentTarget.value)} />
      <Button
        onClick={() => {
          setName('');
          drawer?.close();
        }}
      >
        Créer la délégation
      </Button>
    </Stack>
  );
};

const forms: ListForm[] = [
  { title: 'Nouvelle délégation', testId: 'delegation-create-open', form: <DelegationForm /> },
  { title: 'Inviter depuis un tableau', testId: 'sheet-open', form: <p>Lignes du tableau</p> },
];

const show = (pageForms: ListForm[], path = '/delegations') =>
  renderInLanguage(
    'fr',
    <MemoryRouter initialEntries={[path]}>
      <ListWithForm title="Délégations" list={<table aria-label="Délégations" />} forms={pageForms} />
    </MemoryRouter>,
  );

const dialogNamed = (name: string) => screen.findByRole('dialog', { name });
const noDialog = () => waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

describe('a list with the forms that add to it, each in a drawer', () => {
  it('shows the list alone, with no button, to someone who may not add to it', async () => {
    await show([]);
    expect(screen.getByRole('table', { name: 'Délégations' })).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('opens each form in a drawer titled with the action its button names, beside the page title', async () => {
    await show(forms);
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Nouvelle délégation',
      'Inviter depuis un tableau',
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Inviter depuis un tableau' }));
    expect((await dialogNamed('Inviter depuis un tableau')).textContent).toContain('Lignes du tableau');
  });

  it('keeps what was typed when the drawer is closed and opened again, until the form is sent', async () => {
    await show(forms);
    const open = () => fireEvent.click(screen.getByRole('button', { name: 'Nouvelle délégation' }));
    open();
    await dialogNamed('Nouvelle délégation');
    fireEvent.change(screen.getByLabelText('Nom'), { target: { value: 'République de Testland' } });

    fireEvent.keyDown(screen.getByLabelText('Nom'), { key: 'Escape' });
    await noDialog();
    open();
    await dialogNamed('Nouvelle délégation');
    expect(screen.getByLabelText<HTMLInputElement>('Nom').value).toBe('République de Testland');

    // Sent, the form closes its drawer; opened again, it is empty for the next one.
    fireEvent.click(screen.getByRole('button', { name: 'Créer la délégation' }));
    await noDialog();
    open();
    await dialogNamed('Nouvelle délégation');
    expect(screen.getByLabelText<HTMLInputElement>('Nom').value).toBe('');
  });

  it('opens the main form at once when the link asks for it', async () => {
    await show(forms, '/delegations?add=1');
    await dialogNamed('Nouvelle délégation');
  });

  it('gives a form the same drawer handles after a drawer opened by the link has closed', async () => {
    const handles: FormDrawer[] = [];
    const Recording = () => {
      const drawer = useFormDrawer();
      if (drawer) handles.push(drawer);
      return <Button onClick={() => drawer?.close()}>Créer la délégation</Button>;
    };
    await show(
      [{ title: 'Nouvelle délégation', testId: 'delegation-create-open', form: <Recording /> }],
      '/delegations?add=1',
    );
    await dialogNamed('Nouvelle délégation');
    fireEvent.click(screen.getByRole('button', { name: 'Créer la délégation' }));
    await noDialog();
    // Opened again, read again: still the handles it was first given.
    fireEvent.click(screen.getByRole('button', { name: 'Nouvelle délégation' }));
    await dialogNamed('Nouvelle délégation');
    expect(handles.length).toBeGreaterThan(0);
    expect(new Set(handles).size).toBe(1);
  });

  it('keeps closed a drawer its form opened by itself, on a page opened with the link', async () => {
    /** As the invitation sheet does over rows left unsent: it shows itself once it is mounted. */
    const ShowsItself = () => {
      const drawer = useFormDrawer();
      useEffect(() => drawer?.open(), [drawer]);
      return <p>Lignes gardées</p>;
    };
    await show(
      [
        { title: 'Nouvelle délégation', testId: 'delegation-create-open', form: <DelegationForm /> },
        { title: 'Inviter depuis un tableau', testId: 'sheet-open', form: <ShowsItself /> },
      ],
      '/delegations?add=1',
    );
    const sheet = await dialogNamed('Inviter depuis un tableau');
    fireEvent.keyDown(sheet, { key: 'Escape' });
    await noDialog();
    // Long enough for an effect that ran again to have opened it again.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
