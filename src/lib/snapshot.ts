/** The content of one council, both layers, as read from disk before validation. Pure types. */
import type { CollectionName, OverlayTarget } from '../schemas/collections.ts';
import type { BodyLink } from './safe-body.ts';

/** One content file as read from disk, before validation. */
export interface RawEntry {
  collection: CollectionName;
  /** The layer it was read from: the national layer, or the council's own. */
  layer: 'national' | 'council';
  /** The entry's id: its file name without extension. */
  id: string;
  /** Path relative to the project root. */
  file: string;
  /** The parsed front matter or YAML. */
  data: unknown;
  /** The links in an MDX entry's body, with their places. */
  bodyLinks?: BodyLink[];
}

export interface RawSingleton {
  file: string;
  data: unknown;
  /** True when the file exists but cannot be read (its problem is listed already). */
  unreadable?: boolean;
}

/** A council's local note on a national entry, as read from disk. */
export interface RawOverlay {
  /** The collection of the national entry it adds to. */
  target: OverlayTarget;
  /** The national entry's id: the overlay's file name without extension. */
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: unknown;
  bodyLinks?: BodyLink[];
}

export interface ContentSnapshot {
  /** Entries of both layers: the national layer's and the council's. */
  entries: RawEntry[];
  /** Entries whose file exists but cannot be read (their problem is listed already); their ids still count. */
  unreadable?: RawEntry[];
  overlays: RawOverlay[];
  site: RawSingleton;
  partnership: RawSingleton;
  /** Which contacts provide each national service in this council. */
  councilServices: RawSingleton;
  /** The council's roles (lead officers, cabinet members, bodies) that reports refer to; data is undefined when there is no roles.yaml. */
  roles: RawSingleton;
  /** The national services that powers and problems name as leads. */
  nationalServices: RawSingleton;
  nationalChangelog: RawSingleton;
  /** The commonest complaints, in order, for the problem finder (optional). */
  commonComplaints: RawSingleton;
  /** The content root as shown in file paths, such as "content" (for the scripts' messages). */
  contentDir: string;
  /** The council's id (its folder under councils/). */
  council: string;
}

export interface CheckOptions {
  /** Today, as YYYY-MM-DD: no entry may claim to be reviewed after it. */
  asOf: string;
  /** The council's wards from the ONS lookup (code -> name), when a lookup is present. */
  wards?: WardLookup;
  /** The site's route patterns (src/node/site-routes.ts); when given, links in bodies are checked too. */
  routes?: readonly string[];
}

export interface WardLookup {
  /** Where the lookup came from, for messages. */
  file: string;
  /** The local authority code the wards were filtered by. */
  localAuthority: string;
  /** Ward code -> ward name. */
  wards: ReadonlyMap<string, string>;
}

/** An entry that passed its schema, with its parsed data. */
export interface ValidEntry {
  raw: RawEntry;
  data: Record<string, unknown>;
}
