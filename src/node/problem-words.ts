/**
 * The words for the problems src/lib finds as facts (src/lib/problem-facts.ts): the one place
 * that names the content folders, the files and the commands that fix a problem. Every code has
 * its words; a new code without them fails the type check.
 */
import { collections, type CollectionName } from '../schemas/collections.ts';
import { choicesOf, importFields, type ImportProblem } from '../lib/tracker-import.ts';
import { formatPartialDate } from '../lib/partial-date.ts';
import { progressStatusLabels } from '../lib/labels.ts';
import {
  isCoded,
  type ContentFact,
  type Finding,
  type GeographyFact,
  type ImportFact,
  type SheetFact,
  type SheetPlace,
} from '../lib/problem-facts.ts';
import type { CouncilGeography, GeographyResult } from '../lib/police/geography.ts';
import type { ContentProblem } from '../lib/problems.ts';

/** Where the content is, as written in messages: the content root (such as "content") and the council's id. */
export interface ContentPlaces {
  contentDir: string;
  council: string;
}

/** Where a collection's entries live, as written in messages: "content/national/powers/", or both layers' folders for contacts. */
export function collectionFolder(places: ContentPlaces, collection: CollectionName): string {
  const { layer, folder } = collections[collection];
  const national = `${places.contentDir}/national/${folder}/`;
  const council = `${places.contentDir}/councils/${places.council}/${folder}/`;
  return layer === 'national' ? national : layer === 'council' ? council : `${national} or ${council}`;
}

/** "recommendation 2 (\"b\")": how messages name a recommendation, counted from 1. */
export function recommendationInWords(index: number, id: string): string {
  return `recommendation ${index + 1} ("${id}")`;
}

const didYouMean = (guess: string | undefined) => (guess ? ` (did you mean "${guess}"?)` : '');

/** The sentence for one content fact. */
export function contentFactInWords(fact: ContentFact, places: ContentPlaces): string {
  switch (fact.code) {
    case 'file-missing':
      return 'missing: this file is required';
    case 'id-taken':
      return `found id "${fact.id}", which ${fact.takenBy} already uses; expected each entry to have its own file name`;
    case 'entry-unknown':
      return `found "${fact.id}", expected the id of an entry in ${collectionFolder(places, fact.collection)}${didYouMean(fact.guess)}`;
    case 'hidden-report-linked':
      return `found "${fact.id}", a draft or exempt report; expected a published or withdrawn report (a draft or exempt report must not be linked from a public page)`;
    case 'reviewed-after-today':
      return `found ${fact.reviewed}, expected a date on or before today (${fact.asOf})`;
    case 'review-by-before-reviewed':
      return `found ${fact.reviewBy}, expected a date after reviewed (${fact.reviewed})`;
    case 'service-unknown':
      return `found "${fact.service}", expected a service in ${fact.servicesFile}${didYouMean(fact.guess)}`;
    case 'complaint-repeated':
      return `found "${fact.id}" a second time; expected each problem once`;
    case 'overlay-target-missing': {
      const missing = `${places.contentDir}/national/${collections[fact.target].folder}/${fact.id}.mdx`;
      return `adds to ${missing}, which does not exist; expected the id of a national entry in ${collectionFolder(places, fact.target)}${didYouMean(fact.guess)}`;
    }
    case 'changelog-entry-unknown':
      return `found "${fact.entry}", expected an entry of ${places.contentDir}/national/${collections[fact.collection].folder}/`;
    case 'service-unprovided': {
      const count = fact.namedBy.length;
      return `no contact provides "${fact.serviceName}", which ${count} national ${count === 1 ? 'entry names' : 'entries name'} as a lead (such as ${fact.namedBy[0]}); their pages show no local contact for it until you add the ids of the contacts that provide it`;
    }
    case 'overlay-outdated':
      return `the national entry changed on ${fact.changed} (${fact.summary}), after this note was checked (${fact.checked}); check the note still fits, then set checkedAgainst: ${fact.changed}`;
    case 'council-placeholder-left':
      return `still says "${fact.marker}"; write the council's own fact here, with its source (see CHECKLIST.md)`;
    case 'due-before-report':
      return `found ${fact.due}, before the report itself (${formatPartialDate(fact.reportDate)}); expected a due date on or after it, or leave due out and give the paper's words in timetable`;
    case 'recommendation-id-repeated':
      return `found "${fact.id}" again (${recommendationInWords(fact.firstIndex, fact.id)} has it); expected each recommendation id once per report`;
    case 'recommendation-anchor-shared':
      return `found "${fact.id}", whose page address #recommendation-${fact.anchor} is the same as ${recommendationInWords(fact.otherIndex, fact.otherId)}'s; expected ids that differ in their letters or digits`;
    case 'part-label-repeated':
      return `found "${fact.id}" again in ${recommendationInWords(fact.index, fact.recommendationId)}; expected each part's label once`;
    case 'call-in-before-decision':
      return `found ${fact.callInDeadline}, expected a day after the decision it calls in (${formatPartialDate(fact.decision)})`;
    case 'report-placeholder-kept': {
      const orLeaveOut = fact.optional ? `, or leave ${fact.reportField} out when the report does not give it` : '';
      return `found the placeholder "${fact.placeholder}" from npm run new:report; expected the real ${fact.reportField}${orLeaveOut}`;
    }
    case 'role-file-missing':
      return `found "${fact.id}", expected a role in ${fact.rolesFile}, which does not exist yet: add it with this role`;
    case 'role-unknown':
      return `found "${fact.id}", expected a role in ${fact.rolesFile}${fact.guess ? ` (did you mean "${fact.guess}"?)` : '; add it there'}`;
    case 'role-named-twice':
      return `found "${fact.text}", which names the same role as "${fact.other}" ("${fact.otherTitle}"); expected each role once: use "${fact.other}" and add "${fact.text}" to its aliases`;
    case 'ward-area-changed': {
      const imported = fact.importedArea ? `area "${fact.importedArea}"` : 'no area';
      return `ward ${fact.ward} (${fact.wardName}) was imported into ${imported} but the area files now put it in ${fact.area ? `"${fact.area}"` : 'none'}; run npm run import:police again`;
    }
    default:
      return unworded(fact);
  }
}

/** A finding as a problem in words, at the same place. */
export function inWords(finding: Finding, places: ContentPlaces): ContentProblem {
  if (!isCoded(finding)) return finding;
  const { file, field, line, column } = finding;
  return {
    file,
    field,
    ...(line !== undefined ? { line } : {}),
    ...(column !== undefined ? { column } : {}),
    message: contentFactInWords(finding, places),
  };
}

/** The sentence for what placing LSOAs in wards and areas found; the areas are the files of the council's areas folder. */
export function geographyFactInWords(fact: GeographyFact): string {
  switch (fact.code) {
    case 'lookup-lacks-council': {
      const codes = fact.councilsInLookup;
      const shown = codes.slice(0, 8).join(', ') + (codes.length > 8 ? ', ...' : '');
      return `${fact.lookup} has no LSOAs in council ${fact.council}; expected one of the ${codes.length} council codes it holds (${shown})`;
    }
    case 'ward-in-two-areas':
      return `ward ${fact.ward} is listed by two community areas, "${fact.firstArea}" and "${fact.secondArea}"; expected each ward in one area (content/councils/<council>/areas)`;
    case 'lsoa-in-two-wards':
      return `${fact.lookup} line ${fact.line}: LSOA ${fact.lsoa} is placed in ward ${fact.ward}, but line ${fact.earlierLine} placed it in ward ${fact.earlierWard}; expected one ward per LSOA`;
    case 'ward-in-no-area':
      return `ward ${fact.ward} (${fact.wardName}) is in no community area: its rows count for the council but for no area`;
    case 'area-ward-not-in-lookup':
      return `area "${fact.area}" lists ward ${fact.ward}, which ${fact.lookup} does not place in council ${fact.council}: that ward will have no figures`;
    default:
      return unworded(fact);
  }
}

/** A geography result with its errors and warnings in words, as the importer prints them. */
export type GeographyInWords =
  { ok: true; geography: CouncilGeography; warnings: string[] } | { ok: false; errors: string[] };

export function geographyInWords(result: GeographyResult): GeographyInWords {
  return result.ok
    ? { ...result, warnings: result.warnings.map(geographyFactInWords) }
    : { ok: false, errors: result.errors.map(geographyFactInWords) };
}

/** The sentence for why police.uk files are refused, naming the importer's options that answer it. */
export function importFactInWords(fact: ImportFact): string {
  switch (fact.code) {
    case 'row-refused':
      return `${fact.where} line ${fact.line}: ${fact.reason}`;
    case 'more-rows-refused':
      return `${fact.where}: ${fact.count.toLocaleString('en-GB')} more rows refused for the same reasons (only the first ${fact.listed} are listed)`;
    case 'file-cut-short':
      return `${fact.where} line ${fact.line}: the file is cut short (${fact.reason}), so its month is incomplete; expected the whole file: download it again, or run with --allow-partial to import it marked as a part month`;
    case 'force-month-repeated':
      return `${fact.where} holds ${fact.month} rows reported by ${fact.force}, as ${fact.first} does; expected each force's month once (files that differ only in line endings or a byte order mark are the same month)`;
    case 'other-council':
      return `${fact.where} holds figures for council ${fact.held.code} (${fact.held.name}), not ${fact.importing}; expected the same council (use --out to write another file)`;
    case 'other-wards':
      return `${fact.where} uses ${fact.heldColumn} wards, but this import uses ${fact.importingColumn}; expected one set of wards for every month (re-import every month with one lookup, or use --out)`;
    case 'month-imported': {
      const from = `${fact.forces.join(' and ') || 'no force'}, from ${fact.files.join(' and ')}`;
      return `${fact.month} is already in ${fact.where} (${from}); expected each force's month once: to replace it, run again with --replace`;
    }
    case 'forces-lost':
      return `${fact.month} in ${fact.where} also holds ${fact.lost.join(' and ')}'s figures, which this import does not have; expected every force's file for the month together, so none is lost`;
    case 'part-month-over-whole':
      return `${fact.month} in ${fact.where} is complete and this import's file for it is cut short; a part month never replaces a complete one`;
    default:
      return unworded(fact);
  }
}

/** The sentence for what reading a tracker sheet found, naming the --map option that answers it. */
export function sheetFactInWords(fact: SheetFact): string {
  switch (fact.code) {
    case 'map-unreadable':
      return `--map "${fact.option}": expected "Column=field" with a field of: ${importFields.join(', ')}${didYouMean(fact.guess)}`;
    case 'column-unknown':
      return `unknown column; name what it holds with --map "${fact.header}=<field>" (fields: ${importFields.join(', ')}), or --map "${fact.header}=-" to leave it out`;
    case 'column-field-taken':
      return `holds ${fact.field}, which column "${fact.takenBy}" already holds; map one of them elsewhere with --map, or to "-"`;
    case 'status-is-rag':
      return `found "${fact.value}", expected a status: ${choicesOf(progressStatusLabels)}; ${fact.value} is a RAG rating: put it in a RAG column, or use --map to read this column as update.rag`;
    case 'update-lacks-status':
      return 'an update needs its status (not started, ongoing, paused or complete); add a status column, or map one with --map';
    case 'update-lacks-text':
      return 'an update needs its text (what was done); add a column for it, or map one with --map';
    case 'text-column-missing':
      return 'no column holds the recommendation\'s text; name it with --map "<column>=text"';
    default:
      return unworded(fact);
  }
}

/** A sheet problem as one in words, at the same row and column. */
export function sheetProblemInWords(problem: ImportProblem): SheetPlace & { message: string } {
  if (!('code' in problem)) return problem;
  const { row, column } = problem;
  return {
    ...(row !== undefined ? { row } : {}),
    ...(column !== undefined ? { column } : {}),
    message: sheetFactInWords(problem),
  };
}

/** Reached only when a code has no words: the type check fails first. */
function unworded(fact: never): never {
  throw new Error(`no words for the problem ${JSON.stringify(fact)}`);
}
