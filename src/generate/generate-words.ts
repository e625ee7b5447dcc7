/**
 * Words for generated budgets: activities by area of life, expenses and made-up names.
 * Every person is synthetic: first names and surnames are combined at random and each
 * budget is labelled "(synthetic)", so no real person's data is ever made or kept.
 */
export const ACTIVITIES: Readonly<Record<string, readonly string[]>> = {
  'personal-care': [
    'Help to get up, wash and dress',
    'Help with lunch and medication',
    'Help to get ready for bed',
    'Shower with support',
    'Continence care',
    'Help to eat and drink',
  ],
  domestic: [
    'Cleaning and laundry',
    'Shopping for food',
    'Cooking the main meal',
    'Help with bills and post',
  ],
  social: [
    'Going to the day centre',
    'Swimming',
    'Seeing friends',
    'Community group',
    'Trip to the shops',
  ],
  education: ['College course', 'Reading and writing class'],
  work: ['Volunteering at the charity shop', 'Support at a work placement'],
  'health-tasks': ['Physiotherapy exercises', 'Stoma care', 'Help with a feeding tube'],
  'carers-breaks': ['Sitting service so a carer can go out', 'Short break for a carer'],
};

export const EXPENSES = [
  { description: 'Day centre fee', frequency: 'weekly', kind: 'expense', pence: [1500, 6000] },
  { description: 'Gym membership', frequency: 'monthly', kind: 'expense', pence: [1500, 4500] },
  { description: 'Taxi to activities', frequency: 'weekly', kind: 'expense', pence: [800, 4000] },
  {
    description: 'Supported holiday',
    frequency: 'annual',
    kind: 'expense',
    pence: [30000, 150000],
  },
  {
    description: 'Ceiling hoist',
    frequency: 'one-off',
    kind: 'investment',
    pence: [80000, 350000],
  },
  {
    description: 'Tablet for video calls',
    frequency: 'one-off',
    kind: 'investment',
    pence: [15000, 40000],
  },
] as const;

/** Investments that change care (whole pounds): equipment that lets one worker do what took two, or shortens visits. */
interface Investment {
  readonly description: string;
  readonly pounds: readonly [number, number];
}

export const INVESTMENTS: Readonly<
  Record<'fewerWorkers' | 'shorterVisits', readonly Investment[]>
> = {
  fewerWorkers: [
    { description: 'Ceiling hoist so one carer can help with transfers', pounds: [1800, 4500] },
    { description: 'Profiling bed and turning system', pounds: [1500, 3800] },
  ],
  shorterVisits: [
    { description: 'Smart home sensors and prompts', pounds: [300, 1200] },
    { description: 'Level-access shower', pounds: [2500, 7000] },
    { description: 'Automatic pill dispenser', pounds: [150, 600] },
  ],
};

export const FIRST_NAMES = [
  'Alex',
  'Bea',
  'Cai',
  'Dee',
  'Eli',
  'Fran',
  'Gwen',
  'Hari',
  'Isla',
  'Jo',
  'Kit',
  'Lin',
  'Mo',
  'Nia',
  'Oli',
  'Pat',
  'Rae',
  'Sol',
  'Tam',
  'Uma',
  'Vic',
  'Wyn',
  'Yas',
  'Zed',
] as const;

export const SURNAMES = [
  'Ashdown',
  'Brookfield',
  'Carrow',
  'Dunmere',
  'Elsworth',
  'Fernley',
  'Garnett',
  'Holloway',
  'Ivesdale',
  'Juniper',
  'Kestrel',
  'Larkin',
  'Merriden',
  'Northcote',
  'Oakhurst',
  'Penrose',
] as const;

export const RELATIONSHIPS = [
  'daughter',
  'son',
  'partner',
  'wife',
  'husband',
  'friend',
  'neighbour',
  'mother',
] as const;
