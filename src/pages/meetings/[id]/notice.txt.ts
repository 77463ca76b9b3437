/** A planned meeting's public notice as plain text, for social media and newsletters. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { meetingNotice } from '../../../data/meeting-notice.ts';
import { meetingNoticePaths } from '../../../data/meeting-pages.ts';

export const getStaticPaths = meetingNoticePaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(meetingNotice(props as Parameters<typeof meetingNotice>[0]).text, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
