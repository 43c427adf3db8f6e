/** Hides the password of a connection URL before it reaches a log line. */
export function redactUrl(value: string): string {
  // Mongo seed lists (`host1,host2`) are not WHATWG URLs everywhere, so work on the text.
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^@/]*)@/i, (_match, scheme: string, userinfo: string) => {
    const user = userinfo.split(':')[0] ?? '';
    return `${scheme}${user ? `${user}:` : ''}***@`;
  });
}
