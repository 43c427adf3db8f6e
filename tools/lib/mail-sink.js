// The development SMTP sink (MailDev): catches every email the worker sends and shows it in a
// web page, so nothing leaves the machine. `npm start` and the browser tests start it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, startService, waitFor, httpOk } = require('./procs');

/** @param {{ smtpPort: number, webPort: number, dir: string, echo?: boolean }} o */
async function startMailSink(o) {
  fs.mkdirSync(o.dir, { recursive: true });
  const bin = path.join(ROOT, 'node_modules', 'maildev', 'dist', 'bin', 'maildev.js');
  const args = [bin, '-s', String(o.smtpPort), '-w', String(o.webPort), '--ip', '127.0.0.1', '--web-ip', '127.0.0.1'];
  // Bounded, so a long-running development stack does not grow without limit.
  args.push('--mail-directory', o.dir, '--max-emails', '2000');
  const sink = startService('mail', process.execPath, args, { echo: o.echo });
  const webUrl = `http://127.0.0.1:${o.webPort}`;
  await waitFor(sink, 'the mail sink', () => httpOk(`${webUrl}/api/healthz`), 30000);
  // MailDev 3 serves its page at "/" to browsers only (Accept: text/html; a bare probe gets 404),
  // with a <base> tag its client builds its API calls on. "/index.html" comes without that tag:
  // the page then asks /index.html/api/... and never lists a single email.
  return { ...sink, smtpUrl: `smtp://127.0.0.1:${o.smtpPort}`, webUrl, pageUrl: `${webUrl}/` };
}

module.exports = { startMailSink };
