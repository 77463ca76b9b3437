/**
 * What each police.uk crime type counts, in plain words, so a meeting pack can say what its figures
 * can and cannot show. Restated from police.uk's descriptions of its categories (as reproduced at
 * https://ukcrimestats.com/blog/faqs/what-do-the-crime-categories-mean/).
 */
import type { policeUkCategories } from '../../schemas/common.ts';

export const policeCategoryScope: Record<(typeof policeUkCategories)[number], string> = {
  'Anti-social behaviour':
    'every anti-social behaviour incident the police recorded, of any kind: personal, nuisance and environmental',
  'Bicycle theft': 'thefts of bicycles, and taking one without consent',
  Burglary: 'entering a home or other building to steal',
  'Criminal damage and arson': 'damage to buildings and vehicles, and fires started on purpose',
  Drugs: 'every drug offence: possession, supply and production of any controlled drug',
  'Other crime': 'crimes that fit no other type, such as forgery and perjury',
  'Other theft': 'other thefts, such as theft by an employee, blackmail and leaving without paying',
  'Possession of weapons': 'carrying a weapon such as a knife or a firearm',
  'Public order': 'offences that cause fear, alarm or distress',
  Robbery: 'stealing with force or the threat of force',
  Shoplifting: 'theft from shops and stalls',
  'Theft from the person': 'theft directly from someone, such as a phone or a wallet, without force',
  'Vehicle crime': 'theft of or from a vehicle, and interfering with one',
  'Violence and sexual offences': 'assaults, causing serious harm and sexual offences',
};
