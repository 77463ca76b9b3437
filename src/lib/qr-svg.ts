/**
 * A QR code as a small, static SVG, made at build time: no script, no image request. The `qr`
 * package (zero dependencies) computes the modules; this draws each row's dark runs as one path,
 * in the site's text colour on its background colour (19.6:1, as near black on white as print needs).
 */
import encodeQR from 'qr';
import { colours } from '../styles/tokens.ts';
import { escapeXml } from './escape.ts';

/** The quiet zone around the code, in modules; the QR standard asks for four. */
const quietZone = 4;

/** An SVG of a QR code for `text`, labelled for screen readers with `label`. */
export function qrSvg(text: string, label: string): string {
  const modules = encodeQR(text, 'raw', { ecc: 'medium', border: quietZone });
  const size = modules.length;
  const runs: string[] = [];
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length;) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const from = x;
      while (x < row.length && row[x]) x += 1;
      runs.push(`M${from} ${y}h${x - from}v1h-${x - from}z`);
    }
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeXml(label)}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="${colours.bg}"/><path fill="${colours.text}" d="${runs.join('')}"/></svg>`
  );
}
