import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/app.css';
// First: its catalogue's fetch starts before the app's modules run.
import { currentLanguage, i18nReady } from './i18n/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { showStartFailure } from './i18n/start-failure';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The first render waits for the reader's catalogue: no page shows its keys meanwhile.
void i18nReady.then((ready) => {
  if (!ready) {
    showStartFailure(container, currentLanguage());
    return;
  }
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
