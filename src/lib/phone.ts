/** Phone numbers as links. Numbers are stored as readers write them ("0300 456 0100"). */

/** The tel: address for a UK number as written: digits only, keeping a leading +. */
export function telHref(written: string): string {
  const digits = written.replace(/[^\d+]/g, '');
  if (!/^\+?\d{3,15}$/.test(digits)) throw new Error(`telHref: expected a phone number, found ${JSON.stringify(written)}`);
  return `tel:${digits}`;
}
