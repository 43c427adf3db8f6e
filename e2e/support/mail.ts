/** An email as the development SMTP sink (MailDev) lists it: the fields the specs read. */
export interface CaughtEmail {
  subject: string;
  text: string;
  to: { address: string }[];
}

const mailUrl = (): string => {
  const url = process.env['MAIL_URL'];
  if (!url) throw new Error('MAIL_URL is not set: the stack started no mail sink');
  return url;
};

/** Everything the development SMTP sink caught for one address. */
export const mailTo = async (address: string): Promise<CaughtEmail[]> => {
  const response = await fetch(`${mailUrl()}/api/email`);
  const all = (await response.json()) as CaughtEmail[];
  return all.filter((m) => m.to.some((t) => t.address.toLowerCase() === address.toLowerCase()));
};
