import { muscatDateTime } from './muscatTime';

/**
 * Expiring, single-use download links (issue 12): a person's own data (a parent's review of their
 * child's, to begin with) is mailed as a link to the address the store verified, so staff never need
 * to hold the file. A link works once, for a week; asking again sends a new one.
 */

export const DOWNLOAD_LINK_DAYS = 7;

export const DOWNLOAD_PURPOSE = ['child_data', 'access_data'] as const;
export type DownloadPurpose = (typeof DOWNLOAD_PURPOSE)[number];

/** The consent request's history entry when the link is mailed. */
export const DATA_LINK_STEP = 'child_data_link_sent';

export type LinkState = 'usable' | 'used' | 'expired';

export const LINK_GONE = 'This link no longer works: it has been used, or its week has passed. Ask us again and we will send a new one.';
export const NOT_GRANTED = 'Only a parent whose consent is recorded (and so verified) can be sent their child’s data';
export const NO_PARENT_ADDRESS = 'The consent request has no parent’s address any more';

export const linkExpiry = (now: Date) => new Date(now.getTime() + DOWNLOAD_LINK_DAYS * 24 * 3_600_000);

/** Whether a stored link can still be used at `now`. */
export function linkState(link: { expires_at: string | Date; used_at: string | Date | null }, now: Date): LinkState {
  if (link.used_at) return 'used';
  return new Date(link.expires_at).getTime() > now.getTime() ? 'usable' : 'expired';
}

/** Why this consent request's parent may not be sent a link to the child's data, or null when they may. */
export function childDataLinkRefusal(request: Record<string, unknown>): string | null {
  if (request.status !== 'granted') return NOT_GRANTED;
  if (!request.parent_email) return NO_PARENT_ADDRESS;
  return null;
}

/** The parent's mail: where the link is and for how long; the data itself never travels in a mail. */
export function childDataLinkMail(childName: string, url: string, expiresAt: Date) {
  return {
    subject: `Your child’s data: ${childName}`,
    text:
      `You asked to see the personal data we hold about ${childName}.\n\n` +
      `Download it here (a JSON file): ${url}\n\n` +
      `The link works once, until ${muscatDateTime(expiresAt)} (Muscat time). If it has expired, ask us again and we will send a new one. ` +
      `If you did not ask for this, you can ignore this message.`,
  };
}

/** The mail to the person who asked for their own data: where the file is, and for how long. */
export function accessDataLinkMail(url: string, expiresAt: Date) {
  return {
    subject: 'A copy of your data',
    text:
      `You asked for a copy of the personal data we hold about you, and we checked it was you.\n\n` +
      `Download it here (a JSON file with a readable summary): ${url}\n\n` +
      `The link works once, until ${muscatDateTime(expiresAt)} (Muscat time). If it has expired, ask us again and we will send a new one.`,
  };
}
