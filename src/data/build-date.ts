/** "Today" for a build: CST_AS_OF when set (tests and reproducible builds), else the UK date. */
import { todayInLondon } from '../node/run-check.ts';

export const asOf: string = import.meta.env.CST_AS_OF || todayInLondon();
