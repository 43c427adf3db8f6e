import {
  DIGEST_UNSUBSCRIBE,
  type Language,
  type NotificationEvent,
  notificationPath,
  ONE_CLICK_UNSUBSCRIBE_PATH,
} from '@concordia/contracts';
import { type EmailWords, PHRASES, wordsFor } from './email-texts';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** Who reads an email: their language, and the zone its times are stated in. */
export interface EmailReader {
  language: Language;
  timeZone: string;
}

export interface EmailLinks {
  webBaseUrl: string;
  /** The recipient's unsubscribe token (see NotificationPreferenceRecord). */
  unsubscribeToken: string;
}

export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const unsubscribeQuery = (links: EmailLinks, type: string): string =>
  `token=${encodeURIComponent(links.unsubscribeToken)}&type=${encodeURIComponent(type)}`;

/**
 * The page a reader opens from the email's text: it says what will stop, and asks, in the email's
 * language (`lang`), whatever the language of the browser it opens in.
 */
const unsubscribeUrl = (links: EmailLinks, type: string, language: Language): string =>
  `${links.webBaseUrl}/unsubscribe?${unsubscribeQuery(links, type)}&lang=${language}`;

/**
 * The List-Unsubscribe header's URL: mail clients that offer "unsubscribe" post to it without
 * a page (RFC 8058; large mailbox providers ask bulk senders for it). Opened in a browser it
 * leads to the page above, in the email's language too.
 */
export const oneClickUnsubscribeUrl = (links: EmailLinks, type: string, language: Language): string =>
  `${links.webBaseUrl}${ONE_CLICK_UNSUBSCRIBE_PATH}?${unsubscribeQuery(links, type)}&lang=${language}`;

const preferencesUrl = (links: EmailLinks): string => `${links.webBaseUrl}/notifications/preferences`;

function htmlBlock(words: EmailWords, url: string): string {
  const quote = words.quote
    ? `<blockquote style="margin:12px 0;padding:8px 12px;border-left:3px solid #ccc;color:#444;white-space:pre-line">${escapeHtml(words.quote)}</blockquote>`
    : '';
  return `<p style="margin:0 0 8px">${escapeHtml(words.headline)}</p>${quote}<p><a href="${escapeHtml(url)}">${escapeHtml(words.action)}</a></p>`;
}

/** A quoted text in the plain-text part, every line of it marked (a note or a reason may run to paragraphs). */
const quoted = (mark: string, text: string): string =>
  text
    .split(/\r?\n/)
    .map((line) => `${mark}${line}`.trimEnd())
    .join('\n');

/** "Label: value" in the plain-text part; French puts a no-break space before the colon. */
export const labelled = (language: Language, label: string, value: string): string =>
  `${label}${language === 'fr' ? '\u00a0' : ''}: ${value}`;

/** The frame of every email: the body, a rule, and the footer saying why it came. */
export function page(language: Language, body: string, footer: string): string {
  return `<!doctype html><html lang="${language}"><body style="font-family:Arial,sans-serif;font-size:15px;color:#222;max-width:600px">${body}<hr style="border:none;border-top:1px solid #ddd;margin-top:24px"><p style="font-size:12px;color:#666">${footer}</p></body></html>`;
}

/** One event's email in the recipient's language and zone, with a link to the page and one to unsubscribe. */
export function renderEventEmail(
  { language, timeZone }: EmailReader,
  event: NotificationEvent,
  links: EmailLinks,
): RenderedEmail {
  const phrases = PHRASES[language];
  const words = wordsFor(language, timeZone, event);
  const url = `${links.webBaseUrl}${notificationPath(event)}`;
  const unsubscribe = unsubscribeUrl(links, event.type, language);
  const text = [
    words.headline,
    ...(words.quote ? ['', quoted('> ', words.quote)] : []),
    '',
    labelled(language, words.action, url),
    '',
    '--',
    phrases.unsubscribeHint,
    labelled(language, phrases.unsubscribe, unsubscribe),
  ].join('\n');
  const footer = `${escapeHtml(phrases.unsubscribeHint)} <a href="${escapeHtml(unsubscribe)}">${escapeHtml(phrases.unsubscribe)}</a>`;
  return { subject: words.subject, text, html: page(language, htmlBlock(words, url), footer) };
}

/** The daily digest: every event since the last one, each with its link. */
export function renderDigestEmail(
  { language, timeZone }: EmailReader,
  events: readonly NotificationEvent[],
  links: EmailLinks,
): RenderedEmail {
  const phrases = PHRASES[language];
  const unsubscribe = unsubscribeUrl(links, DIGEST_UNSUBSCRIBE, language);
  const items = events.map((event) => ({
    words: wordsFor(language, timeZone, event),
    url: `${links.webBaseUrl}${notificationPath(event)}`,
  }));
  const text = [
    phrases.digestIntro(events.length),
    '',
    ...items.flatMap(({ words, url }) => [
      `* ${words.headline}`,
      ...(words.quote ? [quoted('  > ', words.quote)] : []),
      `  ${url}`,
      '',
    ]),
    '--',
    phrases.unsubscribeHint,
    labelled(language, phrases.unsubscribeDigest, unsubscribe),
    labelled(language, phrases.preferences, preferencesUrl(links)),
  ].join('\n');
  const body = `<p>${escapeHtml(phrases.digestIntro(events.length))}</p>${items
    .map(({ words, url }) => `<div style="margin:16px 0">${htmlBlock(words, url)}</div>`)
    .join('')}`;
  const footer = `${escapeHtml(phrases.unsubscribeHint)} <a href="${escapeHtml(unsubscribe)}">${escapeHtml(phrases.unsubscribeDigest)}</a> · <a href="${escapeHtml(preferencesUrl(links))}">${escapeHtml(phrases.preferences)}</a>`;
  return { subject: phrases.digestSubject(events.length), text, html: page(language, body, footer) };
}

/** The words of a transactional email carrying one link (an invitation, a password reset link). */
export interface LinkEmailWords {
  subject: string;
  headline: string;
  /** Until when, and how often, the link works. */
  validity: string;
  action: string;
  url: string;
  why: string;
}

/** What happened, until when the link works, the link, and why it came; no unsubscribe link. */
export function renderLinkEmail(language: Language, words: LinkEmailWords): RenderedEmail {
  const link = labelled(language, words.action, words.url);
  const text = [words.headline, '', words.validity, '', link, '', '--', words.why].join('\n');
  const body = `<p style="margin:0 0 8px">${escapeHtml(words.headline)}</p><p style="margin:0 0 8px">${escapeHtml(words.validity)}</p><p><a href="${escapeHtml(words.url)}">${escapeHtml(words.action)}</a></p>`;
  return { subject: words.subject, text, html: page(language, body, escapeHtml(words.why)) };
}
