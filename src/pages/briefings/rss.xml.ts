/** The members' briefing as a RSS feed. */
import type { APIRoute } from 'astro';
import { feedResponse } from '../../data/feeds.ts';

export const GET: APIRoute = () => feedResponse('rss');
