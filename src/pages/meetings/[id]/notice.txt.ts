/** A planned meeting's public notice as plain text, for social media and newsletters. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMeetingPacks } from '../../../data/meeting-packs.ts';
import { meetingNotice } from '../../../data/meeting-notice.ts';

export const getStaticPaths = (async () =>
  (await getMeetingPacks())
    .filter(({ meeting }) => meeting.data.status === 'planned')
    .map((entry) => ({ params: { id: entry.meeting.id }, props: entry }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(meetingNotice(props as Parameters<typeof meetingNotice>[0]).text, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
