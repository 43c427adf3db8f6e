/** A closing time as the pages write it in English, on the round's clock with the zone named (the browser's own Intl). */
export const zonedIn = (timeZone: string) => (iso: string) =>
  new Intl.DateTimeFormat('en', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(new Date(iso));
