import { describe, expect, test } from 'vitest';
import { externalLinks, isExternalLink, withExternal } from '../../src/integrations/external-links.ts';

describe('external links in entry bodies', () => {
  const site = 'https://safety.example.gov.uk';
  test('only http(s) addresses on another origin count', () => {
    expect(isExternalLink('https://www.gov.uk/guidance', site)).toBe(true);
    expect(isExternalLink('http://legislation.gov.uk/ukpga/2014/12', site)).toBe(true);
    expect(isExternalLink('https://safety.example.gov.uk/powers/', site)).toBe(false);
    expect(isExternalLink('/powers/', site)).toBe(false);
    expect(isExternalLink('#how-it-works', site)).toBe(false);
    expect(isExternalLink('mailto:asb@example.gov.uk', site)).toBe(false);
    expect(isExternalLink('tel:+441225713000', site)).toBe(false);
  });
  test('rel gains "external" once, keeping what was there', () => {
    expect(withExternal(undefined)).toEqual(['external']);
    expect(withExternal(['noopener'])).toEqual(['noopener', 'external']);
    expect(withExternal('noopener external')).toEqual(['noopener', 'external']);
  });
  test('the plugin marks an external link and leaves an internal one alone', () => {
    const { element } = externalLinks(site);
    const calls: unknown[][] = [];
    const ctx = {
      setProperty: (...a: unknown[]) => calls.push(['set', ...a.slice(1)]),
      appendChild: (...a: unknown[]) => calls.push(['append', ...a.slice(1)]),
    };
    element.visit({ properties: { href: '/powers/' } }, ctx);
    expect(calls).toEqual([]);
    element.visit({ properties: { href: 'https://www.gov.uk/' } }, ctx);
    expect(calls).toEqual([
      ['set', 'rel', ['external']],
      [
        'append',
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['visually-hidden'] },
          children: [{ type: 'text', value: ' (on another website)' }],
        },
      ],
    ]);
    expect(element.filter).toEqual(['a']);
  });
});
