import { describe, expect, it } from 'vitest';
import { shouldSeedDemo } from '@/scripts/demo-seed-decision';

// Written by hand: the demo accounts' password is public, so a production database with
// DATABASE_URL must only get them when the operator asks.
const cases: Array<[string, { isEmbedded: boolean; isDev: boolean; argv: string[]; seedDemoEnv: string | undefined }, boolean]> = [
  ['embedded default (fresh clone, npm start)', { isEmbedded: true, isDev: false, argv: [], seedDemoEnv: undefined }, true],
  ['production database via DATABASE_URL', { isEmbedded: false, isDev: false, argv: [], seedDemoEnv: undefined }, false],
  ['production database, --seed-demo', { isEmbedded: false, isDev: false, argv: ['--seed-demo'], seedDemoEnv: undefined }, true],
  ['production database, COUNTERPOINT_SEED_DEMO=1', { isEmbedded: false, isDev: false, argv: [], seedDemoEnv: '1' }, true],
  ['production database, COUNTERPOINT_SEED_DEMO=true', { isEmbedded: false, isDev: false, argv: [], seedDemoEnv: 'true' }, true],
  ['production database, COUNTERPOINT_SEED_DEMO= (empty)', { isEmbedded: false, isDev: false, argv: [], seedDemoEnv: '' }, false],
  [
    'production database, COUNTERPOINT_SEED_DEMO=yes is not a yes',
    { isEmbedded: false, isDev: false, argv: [], seedDemoEnv: 'yes' },
    false,
  ],
  ['npm run dev on your own database', { isEmbedded: false, isDev: true, argv: ['--dev'], seedDemoEnv: undefined }, true],
  ['embedded, but COUNTERPOINT_SEED_DEMO=0', { isEmbedded: true, isDev: false, argv: [], seedDemoEnv: '0' }, false],
  [
    '--seed-demo overruled by COUNTERPOINT_SEED_DEMO=0',
    { isEmbedded: false, isDev: false, argv: ['--seed-demo'], seedDemoEnv: '0' },
    false,
  ],
];

describe('shouldSeedDemo', () => {
  it.each(cases)('%s', (_name, input, expected) => {
    expect(shouldSeedDemo(input)).toBe(expected);
  });
});
