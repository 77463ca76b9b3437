/**
 * Words and sentence templates for the benchmark's synthetic content (bench/generate.ts).
 * Plain English in the style of the real entries: residents' words, councils, police, landlords.
 * Templates use {slots} that the generator fills; no MDX-special characters ({ } < >) in output.
 */

export const towns = [
  'Chippenham', 'Salisbury', 'Trowbridge', 'Devizes', 'Melksham', 'Marlborough', 'Warminster', 'Westbury',
  'Calne', 'Corsham', 'Bradford on Avon', 'Malmesbury', 'Amesbury', 'Tidworth', 'Royal Wootton Bassett',
  'Pewsey', 'Mere', 'Tisbury', 'Cricklade', 'Ludgershall', 'Market Lavington', 'Box', 'Purton', 'Downton',
];

/** The fixed community areas the generator writes (ids and names). */
export const areaNames = ['Chippenham', 'Salisbury', 'Trowbridge', 'Devizes', 'Melksham', 'Marlborough', 'Warminster', 'Calne'];

export const problemGroups = [
  'noise', 'neighbours-and-housing', 'streets-and-public-places', 'young-people', 'drink-and-drugs',
  'vehicles-and-roads', 'environment', 'harassment-and-hate', 'licensed-premises', 'animals',
] as const;

export interface Subject {
  /** Residents' words, lower case, used in titles: "loud music". */
  name: string;
  group: (typeof problemGroups)[number];
  aliases: string[];
  police: string[];
  /** A short noun phrase for sentences: "the music". */
  short: string;
}

export const subjects: Subject[] = [
  { name: 'loud music', group: 'noise', aliases: ['noise nuisance', 'music too loud', 'thumping bass'], police: ['Anti-social behaviour'], short: 'the music' },
  { name: 'late-night parties', group: 'noise', aliases: ['house parties', 'parties next door', 'party house'], police: ['Anti-social behaviour'], short: 'the parties' },
  { name: 'shouting and arguments', group: 'noise', aliases: ['rowdy neighbours', 'domestic noise', 'screaming'], police: ['Anti-social behaviour', 'Public order'], short: 'the shouting' },
  { name: 'building work noise', group: 'noise', aliases: ['construction noise', 'drilling', 'early building work'], police: [], short: 'the building work' },
  { name: 'alarms ringing', group: 'noise', aliases: ['burglar alarm', 'car alarm', 'alarm going off'], police: [], short: 'the alarm' },
  { name: 'a dog barking', group: 'animals', aliases: ['barking dog', 'dog howling', 'noisy dog'], police: [], short: 'the barking' },
  { name: 'dog fouling', group: 'animals', aliases: ['dog mess', 'dog poo', 'dog dirt'], police: [], short: 'the dog mess' },
  { name: 'dangerous dogs', group: 'animals', aliases: ['dog out of control', 'dog attack', 'aggressive dog'], police: ['Violence and sexual offences'], short: 'the dog' },
  { name: 'feeding pigeons', group: 'animals', aliases: ['pigeons', 'vermin', 'rats'], police: [], short: 'the feeding' },
  { name: 'nuisance neighbours', group: 'neighbours-and-housing', aliases: ['neighbour from hell', 'problem neighbours', 'neighbour dispute'], police: ['Anti-social behaviour'], short: 'the behaviour next door' },
  { name: 'overgrown gardens', group: 'neighbours-and-housing', aliases: ['untidy garden', 'rubbish in garden', 'eyesore property'], police: [], short: 'the garden' },
  { name: 'high hedges', group: 'neighbours-and-housing', aliases: ['leylandii', 'tall hedge', 'hedge blocking light'], police: [], short: 'the hedge' },
  { name: 'trouble in communal areas', group: 'neighbours-and-housing', aliases: ['stairwell', 'flats corridor', 'bin store'], police: ['Anti-social behaviour'], short: 'the trouble in the stairwell' },
  { name: 'cuckooing', group: 'drink-and-drugs', aliases: ['home taken over', 'county lines house', 'vulnerable tenant exploited'], police: ['Drugs'], short: 'the takeover of the flat' },
  { name: 'drug dealing', group: 'drink-and-drugs', aliases: ['dealing', 'drugs', 'cannabis dealing', 'county lines'], police: ['Drugs'], short: 'the dealing' },
  { name: 'cannabis smell', group: 'drink-and-drugs', aliases: ['weed smell', 'smell of skunk', 'cannabis smoke'], police: ['Drugs'], short: 'the smell' },
  { name: 'street drinking', group: 'drink-and-drugs', aliases: ['drinking in the street', 'drunk people', 'alcohol in the park'], police: ['Anti-social behaviour', 'Public order'], short: 'the drinking' },
  { name: 'drug litter and needles', group: 'drink-and-drugs', aliases: ['needles', 'syringes', 'nitrous oxide canisters', 'laughing gas'], police: ['Drugs'], short: 'the litter' },
  { name: 'groups of young people', group: 'young-people', aliases: ['teenagers hanging around', 'gangs of youths', 'kids causing trouble'], police: ['Anti-social behaviour'], short: 'the groups' },
  { name: 'knocking on doors and running', group: 'young-people', aliases: ['knock and run', 'knock down ginger', 'pranks'], police: ['Anti-social behaviour'], short: 'the knocking' },
  { name: 'stone throwing', group: 'young-people', aliases: ['throwing stones', 'missiles at cars', 'eggs thrown'], police: ['Criminal damage and arson'], short: 'the stone throwing' },
  { name: 'bikes ridden on pavements', group: 'young-people', aliases: ['pavement cycling', 'e-scooters', 'bikes on footpath'], police: ['Anti-social behaviour'], short: 'the riding' },
  { name: 'boy racers', group: 'vehicles-and-roads', aliases: ['car meets', 'revving engines', 'street racing', 'car cruising'], police: ['Anti-social behaviour', 'Vehicle crime'], short: 'the racing' },
  { name: 'nuisance motorbikes', group: 'vehicles-and-roads', aliases: ['off-road bikes', 'scramblers', 'quad bikes', 'motorbikes on fields'], police: ['Anti-social behaviour'], short: 'the bikes' },
  { name: 'abandoned vehicles', group: 'vehicles-and-roads', aliases: ['dumped car', 'untaxed car', 'car left for weeks'], police: [], short: 'the vehicle' },
  { name: 'inconsiderate parking', group: 'vehicles-and-roads', aliases: ['parking on pavements', 'blocked driveway', 'school run parking'], police: [], short: 'the parking' },
  { name: 'speeding', group: 'vehicles-and-roads', aliases: ['speeding cars', 'speed watch', 'dangerous driving'], police: [], short: 'the speeding' },
  { name: 'fly-tipping', group: 'environment', aliases: ['dumped rubbish', 'fly tipping', 'illegal dumping', 'mattress dumped'], police: [], short: 'the dumped waste' },
  { name: 'graffiti', group: 'environment', aliases: ['tagging', 'spray paint', 'vandalism'], police: ['Criminal damage and arson'], short: 'the graffiti' },
  { name: 'litter', group: 'environment', aliases: ['rubbish', 'takeaway litter', 'littering'], police: [], short: 'the litter' },
  { name: 'bonfires and smoke', group: 'environment', aliases: ['garden bonfire', 'burning rubbish', 'smoke nuisance'], police: [], short: 'the smoke' },
  { name: 'deliberate fires', group: 'environment', aliases: ['arson', 'bins set alight', 'fire setting'], police: ['Criminal damage and arson'], short: 'the fires' },
  { name: 'fireworks', group: 'environment', aliases: ['fireworks at night', 'bangers', 'fireworks thrown'], police: ['Anti-social behaviour'], short: 'the fireworks' },
  { name: 'harassment', group: 'harassment-and-hate', aliases: ['intimidation', 'threats', 'being followed'], police: ['Violence and sexual offences'], short: 'the harassment' },
  { name: 'hate incidents', group: 'harassment-and-hate', aliases: ['racist abuse', 'hate crime', 'homophobic abuse', 'disability hate'], police: ['Public order', 'Violence and sexual offences'], short: 'the abuse' },
  { name: 'abuse of shop staff', group: 'harassment-and-hate', aliases: ['shop workers abused', 'retail violence', 'shoplifting threats'], police: ['Shoplifting', 'Public order'], short: 'the abuse of staff' },
  { name: 'aggressive begging', group: 'streets-and-public-places', aliases: ['begging', 'people asking for money', 'cash point begging'], police: ['Anti-social behaviour'], short: 'the begging' },
  { name: 'rough sleeping and tents', group: 'streets-and-public-places', aliases: ['homeless camp', 'tents in the park', 'sleeping in doorways'], police: [], short: 'the camp' },
  { name: 'unauthorised encampments', group: 'streets-and-public-places', aliases: ['traveller site', 'caravans on field', 'illegal camp'], police: [], short: 'the encampment' },
  { name: 'trouble outside a takeaway', group: 'licensed-premises', aliases: ['late-night takeaway', 'kebab shop trouble', 'food van'], police: ['Anti-social behaviour', 'Public order'], short: 'the trouble outside' },
  { name: 'noise from a pub', group: 'licensed-premises', aliases: ['pub noise', 'beer garden noise', 'live music at the pub'], police: ['Anti-social behaviour'], short: 'the noise from the pub' },
  { name: 'underage drinking', group: 'licensed-premises', aliases: ['proxy sales', 'selling alcohol to children', 'teenagers drinking'], police: ['Anti-social behaviour'], short: 'the drinking' },
];

export const settings = [
  'from a flat above a shop', 'on a housing estate', 'in a town centre car park', 'near a primary school',
  'on a village playing field', 'along the canal towpath', 'in a council park', 'at a holiday let',
  'behind a supermarket', 'at the bus station', 'on a new-build estate', 'in sheltered housing',
  'near the railway station', 'in the market square', 'by the river', 'in a cul-de-sac',
  'in a block of flats', 'at a recreation ground', 'in a rural lay-by', 'outside a community centre',
  'on an industrial estate', 'in a churchyard', 'near a skate park', 'in a shopping precinct',
  'at a retail park', 'on a country lane', 'in a multi-storey car park', 'near a secondary school',
  'at a village hall', 'in a housing association close',
];

export const whens = [
  'late at night', 'at weekends', 'every evening', 'in the school holidays', 'during the day',
  'after the pubs close', 'early in the morning', 'on match days', 'in the summer', 'through the winter',
];

export interface Instrument {
  name: string;
  short: string;
  usedBy: string[];
  court: string | null;
  breach: string;
  fixedPenalty: string | null;
  appeal: string | null;
  minimumAge: number | null;
}

export const instruments: Instrument[] = [
  { name: 'community protection notice', short: 'CPN', usedBy: ['council', 'police', 'pcso', 'social-landlord'], court: null, breach: 'A criminal offence, with a fine of up to level 4 for a person and up to £20,000 for a business.', fixedPenalty: 'Up to £100.', appeal: "To the magistrates' court within 21 days.", minimumAge: 16 },
  { name: 'public spaces protection order', short: 'PSPO', usedBy: ['council'], court: null, breach: 'A criminal offence, with a fine of up to level 3.', fixedPenalty: 'Up to £100.', appeal: 'To the High Court within six weeks, by an interested person.', minimumAge: 10 },
  { name: 'civil injunction', short: 'CI', usedBy: ['council', 'police', 'social-landlord'], court: "The county court for adults; the youth court for those aged 10 to 17.", breach: 'Contempt of court, with up to two years in prison or an unlimited fine for an adult.', fixedPenalty: null, appeal: 'To the next court up, on a point of law.', minimumAge: 10 },
  { name: 'criminal behaviour order', short: 'CBO', usedBy: ['prosecutor', 'court'], court: 'The criminal court that convicts the person.', breach: 'A criminal offence, with up to five years in prison.', fixedPenalty: null, appeal: 'As an appeal against sentence.', minimumAge: 10 },
  { name: 'dispersal direction', short: 'DD', usedBy: ['police', 'pcso'], court: null, breach: 'A criminal offence, with up to three months in prison.', fixedPenalty: null, appeal: null, minimumAge: 10 },
  { name: 'closure notice', short: 'CN', usedBy: ['police', 'council'], court: null, breach: 'A criminal offence, with up to three months in prison.', fixedPenalty: null, appeal: null, minimumAge: null },
  { name: 'closure order', short: 'CO', usedBy: ['police', 'council'], court: "The magistrates' court.", breach: 'A criminal offence, with up to six months in prison.', fixedPenalty: null, appeal: 'To the Crown Court within 21 days.', minimumAge: null },
  { name: 'noise abatement notice', short: 'NAN', usedBy: ['council'], court: null, breach: 'A criminal offence, with an unlimited fine for a business.', fixedPenalty: 'Up to £110 for noise at night.', appeal: "To the magistrates' court within 21 days.", minimumAge: null },
  { name: 'fixed penalty notice', short: 'FPN', usedBy: ['council', 'police', 'pcso'], court: null, breach: 'Prosecution for the offence if the penalty is not paid.', fixedPenalty: 'Between £75 and £1,000, depending on the offence.', appeal: null, minimumAge: 10 },
  { name: 'acceptable behaviour contract', short: 'ABC', usedBy: ['council', 'police', 'social-landlord'], court: null, breach: 'No penalty in itself, but a breach can be evidence for an injunction.', fixedPenalty: null, appeal: null, minimumAge: null },
  { name: 'possession order', short: 'PO', usedBy: ['social-landlord', 'private-landlord'], court: 'The county court.', breach: 'Eviction by the county court bailiffs.', fixedPenalty: null, appeal: 'To a circuit judge, with permission.', minimumAge: 18 },
  { name: 'premises licence review', short: 'PLR', usedBy: ['council', 'police', 'any-person'], court: null, breach: 'Trading outside the licence is a criminal offence with an unlimited fine.', fixedPenalty: null, appeal: "To the magistrates' court within 21 days.", minimumAge: null },
  { name: 'removal direction', short: 'RD', usedBy: ['council', 'police'], court: null, breach: 'A criminal offence, with up to three months in prison.', fixedPenalty: null, appeal: null, minimumAge: null },
  { name: 'youth diversion order', short: 'YDO', usedBy: ['police', 'youth-justice'], court: 'The youth court.', breach: 'A criminal offence for those aged 16 and over.', fixedPenalty: null, appeal: 'To the Crown Court.', minimumAge: 10 },
  { name: 'respect order', short: 'RO', usedBy: ['council', 'police', 'social-landlord'], court: "The magistrates' court or the county court.", breach: 'A criminal offence, with up to two years in prison.', fixedPenalty: null, appeal: 'To the Crown Court.', minimumAge: 18 },
];

export const powerTargets = [
  'noise from homes', 'dog control', 'alcohol in public places', 'nuisance vehicles', 'fly-tipping',
  'graffiti and fly-posting', 'drug dealing from premises', 'groups causing alarm', 'aggressive begging',
  'litter from takeaways', 'nuisance tenants', 'licensed premises', 'unauthorised encampments',
  'fireworks misuse', 'harassment of residents', 'street trading', 'smoke and bonfires', 'waste in gardens',
  'off-road motorbikes', 'psychoactive substances', 'shop theft and abuse of staff', 'car meets',
  'nuisance from pigeons', 'cuckooing of vulnerable tenants', 'e-scooters on pavements',
];

export const powerScopes = [
  'in parks and open spaces', 'in town centres', 'on housing estates', 'near schools', 'in car parks',
  'on rural land', 'in residential streets', 'at night', 'around transport hubs', 'on council land',
  'in shared housing', 'at events',
];

export const reportTopics = [
  'anti-social behaviour case reviews', 'the night-time economy', 'drug-related harm', 'youth diversion',
  'fly-tipping enforcement', 'noise complaints', 'hate crime reporting', 'domestic abuse services',
  'county lines', 'neighbourhood policing', 'street drinking', 'rural crime', 'nuisance vehicles',
  'the community safety partnership', 'victim support', 'public spaces protection orders',
  'CCTV provision', 'housing-related anti-social behaviour', 'shop theft and retail crime', 'serious violence duty',
  'knife crime prevention', 'cuckooing', 'safer streets funding', 'exploitation of children',
  'reoffending', 'dog control', 'fireworks', 'graffiti removal', 'speeding in villages', 'e-scooters',
  'mental health and anti-social behaviour', 'the community trigger', 'temporary accommodation',
  'licensing enforcement', 'road safety partnerships', 'rough sleeping', 'women\'s safety at night',
  'unauthorised encampments', 'anti-social behaviour on buses', 'school exclusions',
];

export const reportKindLabels: Record<string, string> = {
  'task-group': 'Task group report',
  committee: 'Committee review',
  'annual-scrutiny': 'Annual scrutiny',
  'follow-up': 'Follow-up review',
};

export const agencies = [
  'the council', 'the police', 'the housing association', 'the fire and rescue service', 'the probation service',
  'the youth justice service', 'the integrated care board', 'the police and crime commissioner', 'the parish council',
  'neighbourhood watch', 'the licensing team', 'the environmental protection team', 'the community safety team',
];

export const roles = [
  'Head of Community Safety', 'Neighbourhood policing inspector', 'Anti-social behaviour officer',
  'Environmental health manager', 'Licensing manager', 'Housing officer', 'Youth justice manager',
  'Community safety partnership manager', 'Head of Public Protection', 'Parish council clerk',
  'Victim support coordinator', 'Head of Housing Management',
];

export const surnames = [
  'Ahmed', 'Baker', 'Clarke', 'Davies', 'Evans', 'Foster', 'Green', 'Hughes', 'Iqbal', 'Jones', 'Khan', 'Lewis',
  'Morgan', 'Nash', 'Owen', 'Patel', 'Quinn', 'Roberts', 'Singh', 'Taylor', 'Usher', 'Vaughan', 'Walker',
  'Young', 'Bryant', 'Cooper', 'Dawson', 'Ellis', 'Fletcher', 'Gray',
];

export const evidence = [
  'a diary of dates and times', 'recordings on a phone', 'photographs', 'statements from neighbours',
  'CCTV footage', 'noise monitoring equipment', 'reports to 101', 'calls to the council', 'a petition from residents',
  'the police incident log', 'complaints to the landlord',
];

/** Sentence templates. Slots: {subject} {short} {town} {agency} {agency2} {setting} {when} {evidence} {role} {number} {instrument}. */
export const sentences = [
  'Residents in {town} say {short} has gone on for months and is getting worse {when}.',
  'Most reports come {setting}, where people feel there is nobody to tell.',
  'The first step is usually a letter from {agency}, because many people do not know the effect they are having.',
  'A resident who keeps {evidence} gives officers far more to work with than a single phone call.',
  '{Agency} can act quickly when the behaviour is persistent and clearly unreasonable.',
  'Where the problem comes from a rented home, {agency2} should be told as well, since the tenancy may be breached.',
  'Officers told the task group that {number} complaints about {subject} were logged last year in {town} alone.',
  'A {instrument} is often the right tool once a written warning has been ignored.',
  'The legal test is about the effect on people nearby, not about whether the behaviour is a crime.',
  'Councillors can help by asking for a multi-agency meeting rather than passing the resident from one team to another.',
  'It helps to agree who leads before anything is promised to the resident.',
  'Some cases turn out to involve a vulnerable person, and support may do more than enforcement.',
  'If nobody acts after three complaints in six months, the resident can ask for an anti-social behaviour case review.',
  'The {role} explained that most cases are settled without going to court.',
  'Call 999 only if someone is in danger or a crime is happening now; otherwise report to 101 or online.',
  'Enforcement works best when it is backed by visible patrols and quick repairs to damage.',
  'Signs alone rarely change behaviour, but they make it easier to show that people were warned.',
  'Partners in {town} now share a single list of addresses that cause repeated calls.',
  'The number of reports about {subject} rose by {number} per cent after a local campaign made reporting easier.',
  'Evidence from {evidence} was enough in one case to support an application to court.',
  'Mediation can resolve disputes between neighbours before positions harden.',
  '{Agency} reviews every open case each month and writes to the resident with an update.',
  'A short, factual record of what happened and how it felt is worth more than a long letter.',
  'Young people told the task group they had nowhere else to go {when}, and asked for a youth club to reopen.',
  'Lighting, cutting back hedges and moving benches changed where people gathered {setting}.',
  'The landlord can use the tenancy agreement, and in serious cases ask the court for possession.',
  'The problem often moves rather than stops, so neighbouring areas should be warned.',
  'Data from the police show the peak {when}, which is when patrols are hardest to provide.',
  'Residents asked for a named officer, and the partnership agreed to publish one for each area.',
  'Where alcohol is involved, the licensing team can review the premises licence.',
  'Officers may seize items used in the behaviour, such as sound equipment or vehicles.',
  'The cost of clearing up falls on the council tax payer, which is why prevention matters.',
  'Three agencies had each dealt with the same address without knowing the others were involved.',
  'The case review panel found that the response had been slow but lawful.',
  'Schools and youth workers are often the first to hear about trouble {setting}.',
  'Repeat victims should be offered support from the start, not only when the case is closed.',
  'A councillor who knows the area can point officers to the right people quickly.',
  'The cost of a formal notice is small compared with months of repeated call-outs.',
  'Fixed penalties are only effective if they are paid, and many are not.',
  'The partnership plans to check progress again in {months} months and report back to the committee.',
];

export const whys = [
  'Stops persistent, unreasonable behaviour that affects people nearby.',
  'Can require specific steps, such as removing rubbish or keeping noise down at night.',
  'Gives the police a quick way to move people on before trouble starts.',
  'Lets the council set rules for a public place and fine people who break them.',
  'For cases where warnings have failed and the behaviour carries on.',
  'Closes premises quickly where there is disorder or a risk of it.',
  'A landlord can use it where a tenant breaks the tenancy agreement.',
  'Works for young people when agreed with their family and a youth worker.',
  'Deals with the premises rather than the person, so it still works when occupants change.',
  'Can be used alongside support for a vulnerable person.',
];

export const headings = [
  'What residents see', 'Who can act', 'What works', 'What councillors can do', 'When to call the police',
  'Evidence that helps', 'What happens next', 'Background', 'What the task group found', 'How it is used',
];

export const firstSteps = [
  'Ask the resident to keep a diary of dates, times and how it affects them.',
  'Report it to the council online and note the reference number.',
  'Check whether the home is rented, and tell the landlord if it is.',
  'Ask the neighbourhood policing team whether the address is already known.',
  'Suggest mediation if both sides are willing.',
  'Ask the community safety team to arrange a meeting of the agencies involved.',
  'Tell the resident about the anti-social behaviour case review if reports have not led to action.',
  'Ask for extra patrols at the times the trouble happens.',
  'Report damage and litter so that it is cleared quickly.',
  'Put the resident in touch with victim support.',
];

export const questions = [
  'How many reports of this problem were made in the last year, and how many led to action?',
  'Who leads on this problem, and how do the other agencies hear about new cases?',
  'How long does it take from the first complaint to a decision?',
  'How many warnings and notices were issued, and how many were breached?',
  'What support is offered to victims while a case is open?',
  'Which places have the most reports, and what has been tried there?',
  'What would make reporting easier for residents?',
  'Is there enough money and staff to keep up with the reports?',
  'How are young people and vulnerable adults involved in the response?',
  'What does the partnership plan to do differently next year?',
];

export const recommendationTexts = [
  'Publish the number of reports and the action taken each quarter, area by area.',
  'Name one officer in each area as the contact for councillors.',
  'Train front-line staff in the powers of the 2014 Act and when to use them.',
  'Agree a single way for partners to share information about repeat addresses.',
  'Offer every repeat victim a named contact and regular updates.',
  'Review the public spaces protection order before it expires and consult residents.',
  'Fund a youth worker for the evenings and weekends when trouble peaks.',
  'Write to every landlord in the area explaining what they can do about tenants.',
  'Report back to the committee on progress within a year.',
  'Make the anti-social behaviour case review easier to find and to ask for.',
  'Set a target for clearing fly-tipping on public land within two working days.',
  'Ask the police and crime commissioner to fund CCTV where the evidence supports it.',
  'Include this problem in the partnership plan as a named priority.',
  'Run a campaign to tell residents how to report and what happens next.',
  'Check how well the partners work together by auditing a sample of closed cases.',
];

export const responseTexts = [
  'Agreed. Work will start in the next financial year.',
  'Agreed in part; the partnership will look at the cost before committing.',
  'Not agreed; existing arrangements already do this.',
  'Agreed, subject to funding from the police and crime commissioner.',
  'Agreed. A lead officer has been named.',
];

export const updateTexts = [
  'A plan has been agreed and the first steps taken.',
  'Training has been delivered to most front-line staff.',
  'The change has been made and is now part of normal practice.',
  'Work has started but is behind schedule because of staff vacancies.',
  'The first quarterly figures were published on the council website.',
  'A pilot has run in one area and will be extended.',
];

export const legislationFixed = [
  { id: 'anti-social-behaviour-crime-and-policing-act-2014', title: 'Anti-social Behaviour, Crime and Policing Act 2014', citation: '2014 c. 12', date: '2014-03-13', url: 'https://www.legislation.gov.uk/ukpga/2014/12/contents' },
  { id: 'crime-and-disorder-act-1998', title: 'Crime and Disorder Act 1998', citation: '1998 c. 37', date: '1998-07-31', url: 'https://www.legislation.gov.uk/ukpga/1998/37/contents' },
  { id: 'environmental-protection-act-1990', title: 'Environmental Protection Act 1990', citation: '1990 c. 43', date: '1990-11-01', url: 'https://www.legislation.gov.uk/ukpga/1990/43/contents' },
  { id: 'licensing-act-2003', title: 'Licensing Act 2003', citation: '2003 c. 17', date: '2003-07-10', url: 'https://www.legislation.gov.uk/ukpga/2003/17/contents' },
  { id: 'housing-act-1996', title: 'Housing Act 1996', citation: '1996 c. 52', date: '1996-07-24', url: 'https://www.legislation.gov.uk/ukpga/1996/52/contents' },
  { id: 'crime-and-policing-act-2026', title: 'Crime and Policing Act 2026', citation: '2026 c. 5', date: '2026-04-29', url: 'https://www.legislation.gov.uk/ukpga/2026/5/contents' },
];

export const contactsFixed = [
  { id: 'council-community-safety', title: 'Council community safety team', organisation: 'Wiltshire Council', team: 'Community safety team', kind: 'council-team', phone: '0300 456 0100', needs: ['report-asb', 'partnership'] },
  { id: 'council-environmental-protection', title: 'Council environmental protection team', organisation: 'Wiltshire Council', team: 'Environmental protection', kind: 'council-team', phone: '0300 456 0107', needs: ['noise', 'environment'] },
  { id: 'council-licensing', title: 'Council licensing team', organisation: 'Wiltshire Council', team: 'Licensing', kind: 'council-team', phone: '0300 456 0104', needs: ['licensing'] },
  { id: 'council-housing', title: 'Council housing management', organisation: 'Wiltshire Council', team: 'Housing management', kind: 'council-team', phone: '0300 456 0109', needs: ['housing'] },
  { id: 'council-waste', title: 'Council waste and street cleaning', organisation: 'Wiltshire Council', team: 'Waste', kind: 'council-team', phone: '0300 456 0102', needs: ['environment'] },
  { id: 'police-101', title: 'Police (non-emergency)', organisation: 'Wiltshire Police', kind: 'police', phone: '101', needs: ['report-asb', 'report-crime'] },
  { id: 'emergency-999', title: 'Emergency services', organisation: 'Emergency services', kind: 'emergency', phone: '999', needs: ['emergency'] },
  { id: 'youth-justice', title: 'Youth justice service', organisation: 'Wiltshire Council', team: 'Youth justice', kind: 'statutory-partner', phone: '01225 713000', needs: ['partnership'] },
  { id: 'victim-support', title: 'Victim Support', organisation: 'Victim Support', kind: 'national-helpline', phone: '0808 168 9111', needs: ['victims'] },
  { id: 'housing-association', title: 'Housing association tenancy team', organisation: 'A housing association', kind: 'housing-provider', phone: '0300 123 4567', needs: ['housing', 'report-asb'] },
];

// ---------- detail: names, places and things that make each body different ----------
export const streetWords = [
  'Church', 'Mill', 'Station', 'Park', 'Market', 'Victoria', 'Queens', 'Kings', 'Orchard', 'Meadow', 'Bath',
  'London', 'Bristol', 'Oxford', 'Avon', 'Kennet', 'Wharf', 'Bridge', 'Castle', 'Abbey', 'Priory', 'Manor',
  'Hill', 'Downs', 'Forest', 'Elm', 'Oak', 'Ash', 'Beech', 'Willow', 'Chestnut', 'Hawthorn', 'Rowan', 'Holly',
  'Ivy', 'Lime', 'Poplar', 'Sycamore', 'Primrose', 'Bluebell', 'Foxglove', 'Heather', 'Lavender', 'Clover',
  'Barley', 'Harvest', 'Shepherds', 'Tanners', 'Weavers', 'Coopers', 'Masons', 'Brewers', 'Drovers', 'Saxon',
  'Roman', 'Tudor', 'Jubilee', 'Coronation', 'Fairfield', 'Greenacre', 'Longleat', 'Savernake', 'Lacock',
  'Stonehenge', 'Cherhill', 'Kingfisher', 'Heron', 'Swallow', 'Lark', 'Wren', 'Badger', 'Otter', 'Pippin',
];
export const streetTypes = ['Road', 'Close', 'Lane', 'Street', 'Avenue', 'Way', 'Drive', 'Crescent', 'Gardens', 'Place', 'Court', 'Walk', 'Rise', 'Mews'];
export const businesses = [
  'the Red Lion', 'the White Hart', 'the Bell', 'the Crown', 'the Greyhound', 'the Three Horseshoes', 'the Kings Arms',
  'the Royal Oak', 'the Plough', 'the Swan', 'the Wheatsheaf', 'the Black Horse', 'the George', 'the Angel',
  'a vape shop', 'a pizza takeaway', 'a kebab shop', 'an off-licence', 'a convenience store', 'a bookmaker',
  'a nail bar', "a barber's", 'a launderette', 'a petrol station', 'a hand car wash', 'a garden centre', 'a gym',
  'a fried chicken shop', 'a snooker hall', 'a nightclub', 'a hotel bar', 'a builders yard', 'a scrapyard',
  'a caravan park', 'a farm shop', 'a phone repair shop', 'a tattoo studio', 'a charity shop', 'a bakery',
];
export const firstNames = [
  'Aisha', 'Ben', 'Chloe', 'Daniel', 'Elena', 'Fraser', 'Grace', 'Harry', 'Imran', 'Jade', 'Kieran', 'Lily',
  'Marek', 'Nadia', 'Oliver', 'Priya', 'Rhys', 'Sophie', 'Tom', 'Uma', 'Victor', 'Wendy', 'Yusuf', 'Zoe',
  'Alan', 'Beverley', 'Colin', 'Denise', 'Eric', 'Fiona', 'Gareth', 'Helen', 'Ian', 'Janet', 'Keith', 'Linda',
];
export const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const moreSentences = [
  'In {month} {year}, a resident of {street} reported {subject} to {agency} for the {ordinal} time that year.',
  'Neighbours on {street} described the situation as exhausting, and two families said they had thought about moving.',
  'The licensee of {business} agreed to extra door staff on Friday and Saturday nights after a meeting with {agency}.',
  'Trouble near {business} on {street} fell sharply once the shutters and lighting were repaired.',
  '{first} {surname}, who chairs the residents association, said people had stopped reporting because nothing seemed to happen.',
  'Officers visited {street} {count} times over the summer and spoke to {count2} households.',
  'A warning letter was hand-delivered in {month}, followed by a home visit from a {role_lower}.',
  'The clean-up on {street} cost about £{money}, most of it for removing waste and repairing fences.',
  'A proportionate response starts with advice and support, and moves to enforcement only when that fails.',
  'Safeguarding concerns were raised because the tenant appeared to be exploited by people from outside the area.',
  'Intelligence from residents helped the neighbourhood team plan patrols around the hotspot.',
  'A multi-agency risk assessment conference discussed the household twice before the injunction was sought.',
  'Mitigation such as soundproofing, new locks or a door camera can make a real difference while a case continues.',
  'The tribunal accepted the diary evidence because it was detailed, consistent and written at the time.',
  'Staff turnover meant the case passed through four officers in eighteen months, which frustrated the residents.',
  'Parish councillors in {town} offered the village hall for a drop-in surgery with the police and the council.',
  'The housing association installed CCTV in the communal entrance on {street} after repeated damage.',
  'A young person involved was referred to the youth justice service and attended a restorative meeting.',
  'Shopkeepers near {business} kept a shared log and sent it to the police every week.',
  'The order covers the area bounded by {street}, the railway line and the recreation ground.',
  'By {month} the number of calls about {street} had halved, though residents said problems still flared at weekends.',
  'Environmental health officers installed monitoring equipment in a bedroom on {street} for a fortnight.',
  'A closure order was granted by the magistrates on the {ordinal} of {month}, and the property was boarded up the same afternoon.',
  'Volunteers from {town} Community Speedwatch recorded {count} vehicles over the limit in one hour.',
  'The council\'s street scene team removed {count} bags of waste and two abandoned sofas from the alleyway behind {street}.',
  'Many residents were unaware that a case review could be requested, or that councillors could help them ask.',
  'Funding of £{money} from the police and crime commissioner paid for lighting, gates and youth outreach.',
  'Evidence gathered by a professional witness service proved decisive in the possession proceedings.',
  'Feedback from a survey of {count} residents showed that most wanted visible patrols more than new powers.',
  'A dispersal direction was authorised for {count2} hours over the bank holiday weekend around {business}.',
  'Graffiti on the underpass near {street} was removed within two days under the council\'s new offensive graffiti pledge.',
  'The scheme in {town} is being evaluated by the university, with results expected next spring.',
];
export const ordinals = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'twelfth'];

/**
 * Syllables for made-up place and family names ("Thornbury Close", "Mrs Kelworth"), so the text
 * has many distinct proper nouns, as real council papers do, and not only the few above.
 */
export const namePrefixes = [
  'Ash', 'Brad', 'Chil', 'Dun', 'Elm', 'Fair', 'Glen', 'Hart', 'Ink', 'Kel', 'Lang', 'Marl', 'Nor', 'Ock', 'Pen',
  'Quar', 'Red', 'Sher', 'Thorn', 'Up', 'Ver', 'Wick', 'Yar', 'Ald', 'Bish', 'Crick', 'Dev', 'Ever', 'Fox', 'Gold',
  'Hol', 'Ise', 'Kings', 'Lyd', 'Mid', 'New', 'Old', 'Pur', 'Rod', 'Stan', 'Tid', 'Wan', 'West', 'Win', 'Bar',
  'Cor', 'Dil', 'Em', 'Fen', 'Gar',
];
export const nameMiddles = ['en', 'er', 'ing', 'le', 'ow', 'am', 'ick', 'is', 'ar', 'el', 'ot', 'ud'];
export const nameSuffixes = [
  'ford', 'ton', 'bury', 'ley', 'field', 'combe', 'worth', 'ham', 'stead', 'wick', 'thorpe', 'den', 'mere', 'more',
  'by', 'well', 'stow', 'bridge', 'cote', 'hurst', 'ington', 'borne', 'hill', 'marsh', 'gate',
];
