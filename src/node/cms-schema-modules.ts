/**
 * Every schema module, by file name, so the CMS can find where a schema is written and read its
 * doc comments. A schema the CMS edits that is missing here stops the CMS configuration with an error.
 */
import * as area from '../schemas/area.ts';
import * as briefing from '../schemas/briefing.ts';
import * as common from '../schemas/common.ts';
import * as contact from '../schemas/contact.ts';
import * as legislation from '../schemas/legislation.ts';
import * as meeting from '../schemas/meeting.ts';
import * as nationalChangelog from '../schemas/national-changelog.ts';
import * as overlay from '../schemas/overlay.ts';
import * as partnership from '../schemas/partnership.ts';
import * as power from '../schemas/power.ts';
import * as problem from '../schemas/problem.ts';
import * as report from '../schemas/report.ts';
import * as roles from '../schemas/roles.ts';
import * as services from '../schemas/services.ts';
import * as site from '../schemas/site.ts';

export const byFile: Record<string, Record<string, unknown>> = {
  'area.ts': area,
  'briefing.ts': briefing,
  'common.ts': common,
  'contact.ts': contact,
  'legislation.ts': legislation,
  'meeting.ts': meeting,
  'national-changelog.ts': nationalChangelog,
  'overlay.ts': overlay,
  'partnership.ts': partnership,
  'power.ts': power,
  'problem.ts': problem,
  'report.ts': report,
  'roles.ts': roles,
  'services.ts': services,
  'site.ts': site,
};
