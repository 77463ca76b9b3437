/**
 * The site's colours: the one list of colour values. tokens.css writes each of them as a custom
 * property for the style sheets (`text` is `--cst-text`, `linkVisited` is `--cst-link-visited`);
 * tests/unit/styles.test.ts fails if the two differ. Markup that cannot read custom properties
 * (SVG attributes, the digest email's inline styles) imports the values from here.
 */
export const colours = {
  text: '#0b0c0c',
  muted: '#484949',
  bg: '#ffffff',
  panel: '#f3f2f1',
  border: '#b1b4b6',
  link: '#1d4f91',
  linkVisited: '#4c2c92',
  focus: '#ffdd00',
  brand: '#0b0c0c',
  onBrand: '#ffffff',
  ok: '#00703c',
  okHover: '#005a30',
  okShadow: '#002d18',
  warn: '#8a3b00',
  danger: '#b10e1e',
  info: '#1d4f91',
  amber: '#f47738',
  highlight: '#fff7bf',
  chartBlue: '#1d70b8',
  chartGrid: '#6f777b',
} as const;

export type ColourToken = keyof typeof colours;
