/**
 * Previews in the site's own style, beside the form: a report's recommendations table and a
 * meeting's agenda with running times, worked out by the same functions as the site's pages
 * (src/lib/meetings.ts). Other entries use Decap's plain preview; `npm run edit` also serves the
 * real page, rebuilt on every save.
 */
// The site's styles in the order its pages load them: the layer order, the tokens, then the rules.
import layersCss from '../styles/layers.css?url';
import tokensCss from '../styles/tokens.css?url';
import siteCss from '../styles/global.css?url';
import { agendaOverrun, timedAgenda } from '../lib/meetings.ts';
import { formatDate } from '../lib/format.ts';
import { formatPartialDate, isPartialDate } from '../lib/partial-date.ts';
import { progressStatusLabels, ragLabels, responseDecisionLabels } from '../lib/labels.ts';

type H = (tag: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
type PreviewProps = { entry: { getIn(path: string[]): any }; widgetFor(name: string): unknown };
interface Cms {
  registerPreviewTemplate(name: string, component: unknown): void;
  registerPreviewStyle(href: string): void;
}

const plain = (value: unknown): any =>
  value && typeof (value as { toJS?: unknown }).toJS === 'function' ? (value as { toJS(): unknown }).toJS() : value;
const day = (value: unknown) => {
  const text = String(value ?? '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text);
  return isPartialDate(text) ? formatPartialDate(text) : text;
};
const label = (labels: Record<string, string>, value: unknown) =>
  typeof value === 'string' ? (labels[value] ?? value) : '';
const responseText = (response: any) =>
  response?.decision || response?.date
    ? [label(responseDecisionLabels, response.decision) || 'Response', response.date ? day(response.date) : '']
        .filter(Boolean)
        .join(', ')
    : '';

/** The council's role titles by id, written into the admin page when it was built (roles.yaml). */
function roleTitles(): Record<string, string> {
  try {
    return JSON.parse(document.getElementById('cms-role-titles')?.textContent || '{}') as Record<string, string>;
  } catch {
    return {};
  }
}

export function registerPreviews(cms: Cms): void {
  const roles = roleTitles();
  const role = (id: unknown) => (typeof id === 'string' && id ? (roles[id] ?? id) : '');
  const h = (window as unknown as { h: H }).h;
  for (const css of [layersCss, tokensCss, siteCss]) cms.registerPreviewStyle(css);

  cms.registerPreviewTemplate('reports', ({ entry, widgetFor }: PreviewProps) => {
    const data = plain(entry.getIn(['data'])) ?? {};
    const recommendations: any[] = Array.isArray(data.recommendations) ? data.recommendations : [];
    return h(
      'main',
      { className: 'width' },
      h('h1', null, data.title ?? ''),
      h('p', { className: 'lede' }, data.summary ?? ''),
      h('p', null, h('span', { className: `tag tag--${data.status ?? ''}` }, data.status ?? 'no status')),
      h(
        'table',
        null,
        h('caption', null, 'Recommendations'),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ...['Rec.', 'Recommendation', 'Lead officer', 'Due', 'Response', 'Latest update'].map((c) =>
              h('th', { scope: 'col' }, c),
            ),
          ),
        ),
        h(
          'tbody',
          null,
          ...recommendations.map((r) => {
            const updates: any[] = Array.isArray(r.updates) ? r.updates : [];
            const subItems: any[] = Array.isArray(r.subItems) ? r.subItems : [];
            const latest = updates.at(-1);
            const rag = latest?.rag ? `, ${label(ragLabels, latest.rag)}` : '';
            return h(
              'tr',
              null,
              h('td', null, r.id ?? ''),
              h(
                'td',
                null,
                r.text ?? '',
                subItems.length > 0
                  ? h(
                      'ul',
                      null,
                      ...subItems.map((s) =>
                        h(
                          'li',
                          null,
                          `${s.id ? `${s.id} ` : ''}${s.text ?? ''}${responseText(s.response) ? ` (${responseText(s.response)})` : ''}`,
                        ),
                      ),
                    )
                  : null,
              ),
              h('td', null, role(r.leadOfficer) || 'Not stated in the report'),
              h('td', null, r.due ? day(r.due) : r.timetable || 'Not set'),
              h('td', null, responseText(r.response) || 'Awaiting response'),
              h(
                'td',
                null,
                latest
                  ? `${day(latest.date)}: ${latest.text ?? ''} (${label(progressStatusLabels, latest.status)}${rag})`
                  : 'None yet',
              ),
            );
          }),
        ),
      ),
      widgetFor('body'),
    );
  });

  cms.registerPreviewTemplate('meetings', ({ entry, widgetFor }: PreviewProps) => {
    const data = plain(entry.getIn(['data'])) ?? {};
    const agenda = (Array.isArray(data.agenda) ? data.agenda : []).map((item: any) => ({
      ...item,
      minutes: Number(item.minutes) || 0,
      decision: item.decision || null,
    }));
    const clock = /^\d{2}:\d{2}$/;
    const timed = clock.test(data.start ?? '') ? timedAgenda({ start: data.start, agenda }) : [];
    const overrun =
      clock.test(data.start ?? '') && clock.test(data.end ?? '')
        ? agendaOverrun({ start: data.start, end: data.end, agenda })
        : 0;
    return h(
      'main',
      { className: 'width' },
      h('h1', null, data.title ?? ''),
      h(
        'p',
        null,
        `${data.date ? day(data.date) : 'Date to be set'}, ${data.start ?? '?'} to ${data.end ?? '?'}. ${data.venue?.name ?? ''}`,
      ),
      h(
        'table',
        { className: 'agenda' },
        h('caption', null, 'Agenda'),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ...['Item', 'Subject', 'Who', 'Decision required', 'Time (approx)'].map((c) =>
              h('th', { scope: 'col' }, c),
            ),
          ),
        ),
        h(
          'tbody',
          null,
          ...timed.map((item) =>
            h(
              'tr',
              null,
              h('td', null, item.number),
              h('td', null, item.subject),
              h('td', null, item.who),
              h('td', null, item.decision ?? 'For information'),
              h('td', null, `${item.starts} (${item.minutes} min)`),
            ),
          ),
        ),
      ),
      overrun > 0
        ? h(
            'p',
            { className: 'banner banner--warning' },
            `The agenda runs ${overrun} minutes past the planned end at ${data.end}.`,
          )
        : null,
      widgetFor('body'),
    );
  });
}
