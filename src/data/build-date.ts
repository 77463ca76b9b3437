/** "Today" for a build: CST_AS_OF when set (tests and reproducible builds), else the UK date. */
import { asOfDate } from '../node/clock.ts';

export const asOf: string = asOfDate(import.meta.env.CST_AS_OF);
