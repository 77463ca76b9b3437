/**
 * UK phone numbers: validated with libphonenumber-js (Google's metadata), normalised for tel:
 * links and vCards. Numbers are stored as published ("0808 2000 247") and shown that way.
 * Short codes such as 999, 101 and 116 123 are not numbers libphonenumber knows, so they are
 * recognised here from a short list.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type PhoneCheck =
  | {
      ok: true;
      kind: 'number' | 'short-code' | 'text-relay';
      /** For tel: links and vCards: E.164, or the short code's digits. */ dial: string;
    }
  | { ok: false; message: string };

/** Emergency, non-emergency and helpline short codes in use in the UK. */
const shortCodes = /^(999|112|101|111|105|116\d{3}|18000)$/;

export function checkUkPhone(written: string): PhoneCheck {
  const digits = written.replace(/[\s()-]/g, '');
  if (shortCodes.test(digits)) return { ok: true, kind: 'short-code', dial: digits };
  // Relay UK: 18001 before a number, or before 101 or 999.
  const relay = /^18001(\d+)$/.exec(digits);
  if (relay) {
    const inner = checkUkPhone(relay[1]!);
    return inner.ok
      ? { ok: true, kind: 'text-relay', dial: digits }
      : { ok: false, message: `found "${written}", expected 18001 followed by a valid number` };
  }
  const parsed = parsePhoneNumberFromString(written, 'GB');
  if (!parsed || !parsed.isValid())
    return { ok: false, message: `found "${written}", expected a valid UK phone number such as "0300 456 0100"` };
  return { ok: true, kind: 'number', dial: parsed.number };
}

/** The tel: address for a number as published. Throws on an invalid number (the check stops those first). */
export function telHref(written: string): string {
  const result = checkUkPhone(written);
  if (!result.ok) throw new Error(`telHref: ${result.message}`);
  return `tel:${result.dial}`;
}
