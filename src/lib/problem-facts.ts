/**
 * Problems as facts, not sentences: what a rule found and the values a sentence about it needs.
 * The scripts put them into words (src/node/problem-words.ts), because those words name folders,
 * files and commands, which belong to the command line and the content layout, not to the rules.
 */
import type { CollectionName, OverlayTarget } from '../schemas/collections.ts';
import type { ContentProblem, ProblemPlace } from './problems.ts';

/** What the integrity check finds, by code. Indexes count from 0, as in schema paths. */
export type ContentFact =
  // check-basics.ts
  | { code: 'file-missing' }
  | { code: 'id-taken'; id: string; takenBy: string }
  | { code: 'entry-unknown'; collection: CollectionName; id: string; guess?: string }
  | { code: 'hidden-report-linked'; id: string }
  | { code: 'reviewed-after-today'; reviewed: string; asOf: string }
  | { code: 'review-by-before-reviewed'; reviewBy: string; reviewed: string }
  // layers.ts
  | { code: 'service-unknown'; service: string; servicesFile: string; guess?: string }
  | { code: 'complaint-repeated'; id: string }
  | { code: 'overlay-target-missing'; target: OverlayTarget; id: string; guess?: string }
  | { code: 'changelog-entry-unknown'; collection: CollectionName; entry: string }
  | { code: 'service-unprovided'; serviceName: string; namedBy: readonly string[] }
  | { code: 'overlay-outdated'; changed: string; summary: string; checked: string }
  // placeholders.ts
  | { code: 'council-placeholder-left'; marker: string }
  // report-rules.ts
  | { code: 'due-before-report'; due: string; reportDate: string }
  | { code: 'recommendation-id-repeated'; id: string; firstIndex: number }
  | { code: 'recommendation-anchor-shared'; id: string; anchor: string; otherIndex: number; otherId: string }
  | { code: 'part-label-repeated'; id: string; index: number; recommendationId: string }
  | { code: 'call-in-before-decision'; callInDeadline: string; decision: string }
  | { code: 'report-placeholder-kept'; reportField: string; placeholder: string; optional: boolean }
  | { code: 'role-file-missing'; id: string; rolesFile: string }
  | { code: 'role-unknown'; id: string; rolesFile: string; guess?: string }
  | { code: 'role-named-twice'; text: string; other: string; otherTitle: string }
  // police/select.ts
  | { code: 'ward-area-changed'; ward: string; wardName: string; importedArea: string | null; area: string | null };

/** The content fact with one code. */
export type ContentFactOf<C extends ContentFact['code']> = Extract<ContentFact, { code: C }>;

/** A content problem as a fact, with its place. */
export type CodedProblem = ProblemPlace & ContentFact;

/** What a rule returns: a fact for the scripts to word, or a problem whose words name nothing outside the content. */
export type Finding = ContentProblem | CodedProblem;

export function isCoded(finding: Finding): finding is CodedProblem {
  return 'code' in finding;
}

/** What placing the council's LSOAs in wards and areas finds (police/geography.ts). */
export type GeographyFact =
  | { code: 'lookup-lacks-council'; lookup: string; council: string; councilsInLookup: readonly string[] }
  | { code: 'ward-in-two-areas'; ward: string; firstArea: string; secondArea: string }
  | {
      code: 'lsoa-in-two-wards';
      lookup: string;
      lsoa: string;
      line: number;
      ward: string;
      earlierLine: number;
      earlierWard: string;
    }
  | { code: 'ward-in-no-area'; ward: string; wardName: string }
  | { code: 'area-ward-not-in-lookup'; area: string; ward: string; lookup: string; council: string };

/** What importing police.uk files finds that refuses them (police/dataset.ts); `where` is a file as messages show it. */
export type ImportFact =
  | { code: 'row-refused'; where: string; line: number; reason: string }
  | { code: 'more-rows-refused'; where: string; count: number; listed: number }
  | { code: 'file-cut-short'; where: string; line: number; reason: string }
  | { code: 'force-month-repeated'; where: string; month: string; force: string; first: string }
  | { code: 'other-council'; where: string; held: { code: string; name: string }; importing: string }
  | { code: 'other-wards'; where: string; heldColumn: string; importingColumn: string }
  | { code: 'month-imported'; where: string; month: string; forces: readonly string[]; files: readonly string[] }
  | { code: 'forces-lost'; where: string; month: string; lost: readonly string[] }
  | { code: 'part-month-over-whole'; where: string; month: string };

/** Where in a tracker sheet: its row as a spreadsheet shows it (the header is row 1) and the column's header. */
export interface SheetPlace {
  row?: number;
  column?: string;
}

/** What reading a tracker sheet finds that the --map option answers (tracker-import.ts). */
export type SheetFact =
  | { code: 'map-unreadable'; option: string; guess?: string }
  | { code: 'column-unknown'; header: string }
  | { code: 'column-field-taken'; field: string; takenBy: string }
  | { code: 'status-is-rag'; value: string }
  | { code: 'update-lacks-status' }
  | { code: 'update-lacks-text' }
  | { code: 'text-column-missing' };
