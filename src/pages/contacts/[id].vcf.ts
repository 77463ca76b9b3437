import type { APIRoute, GetStaticPaths } from 'astro';
import { contactVCardPaths } from '../../data/contact-pages.ts';

export const getStaticPaths = (() => contactVCardPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { vCard: string }).vCard, { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
