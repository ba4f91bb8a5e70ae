/**
 * The unsubscribe link's token (CAN-SPAM, RFC 8058): `<base64url(address)>.<signature>`. The address
 * travels in the link because the desk keeps no list of subscribers to look it up in; the signature
 * (an HMAC the server computes with its own key) is what stops anyone unsubscribing someone else. It
 * never expires: CAN-SPAM wants the link working for at least 30 days after the mail.
 */
export const UNSUBSCRIBE_PATH = '/unsubscribe';

/** RFC 8058: the body a mail client POSTs for the List-Unsubscribe-Post header. */
export const ONE_CLICK_FIELD = 'List-Unsubscribe';
export const ONE_CLICK_VALUE = 'One-Click';

/** What is signed: the address as the suppression list matches it. */
export const normaliseAddress = (address: string) => address.trim().toLowerCase();

const BASE64URL = /^[A-Za-z0-9_-]+$/;
// 254 is the longest address a mailbox can have; the encoded form is 4/3 of it.
const MAX_PAYLOAD = 340;
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

export function encodeBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeBase64Url(encoded: string): string | null {
  if (!BASE64URL.test(encoded) || encoded.length % 4 === 1) return null;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** The part of the token the signature covers. */
export const unsubscribePayload = (address: string) => encodeBase64Url(normaliseAddress(address));

export const unsubscribeToken = (payload: string, signature: string) => `${payload}.${signature}`;

export interface UnsubscribeTokenParts {
  address: string;
  payload: string;
  signature: string;
}

/**
 * A token taken apart, or null when it cannot be one of ours (the signature is checked by the server).
 * Only the canonical encoding of a normalised address is accepted, so each address has exactly one token.
 */
export function parseUnsubscribeToken(token: string): UnsubscribeTokenParts | null {
  const parts = token.split('.');
  if (parts.length !== 2) return null;
  const [payload, signature] = parts;
  if (!payload || payload.length > MAX_PAYLOAD || !SIGNATURE.test(signature)) return null;
  const address = decodeBase64Url(payload);
  if (!address || !address.includes('@') || address !== normaliseAddress(address) || unsubscribePayload(address) !== payload) return null;
  return { address, payload, signature };
}

/** Whether a POST body is RFC 8058's one-click unsubscribe. */
export const isOneClick = (form: Record<string, unknown>) => form[ONE_CLICK_FIELD] === ONE_CLICK_VALUE;
