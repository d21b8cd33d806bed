// Every GET address the app serves, read off its route files, so a new page or route is read by
// the invariants suite as soon as it exists — or the suite fails, naming the value it lacks.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MARKERS, type TWorld } from './markers';

const APP = path.resolve(import.meta.dirname, '../../../app');
const EXPORTS_GET = /export\s+(async\s+)?function\s+GET\b|export\s+const\s+GET\b|\bas\s+GET\b/;

/** Route templates such as `/essays/[slug]/claims/[claimId]`, from page.tsx and GET route.ts files. */
export function routeTemplates(): string[] {
  const templates: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        // `_folder` is private to Next.js (not routable); `(group)` adds no segment.
        if (entry.name.startsWith('_')) continue;
        walk(path.join(dir, entry.name), entry.name.startsWith('(') ? segments : [...segments, entry.name]);
      } else if (
        entry.name === 'page.tsx' ||
        (entry.name === 'route.ts' && EXPORTS_GET.test(readFileSync(path.join(dir, entry.name), 'utf8')))
      ) {
        templates.push(`/${segments.join('/')}`);
      }
    }
  };
  walk(APP, []);
  return templates.sort();
}

/** The values each dynamic segment takes, keyed by `parent/[param]` or by `[param]` alone. */
function valuesFor(world: TWorld): Record<string, string[]> {
  return {
    // The second essay has "post before you see" on, and the draft's every address is a 404 to
    // every reader of the suite (none is its staff): every essay route is read on all three.
    '[slug]': [world.essaySlug, world.gatedSlug, world.draftSlug],
    'cohorts/[id]': [world.cohortId],
    'claims/[id]': [world.claimId, world.gatedClaimId, world.draftClaimId],
    'claims/[claimId]': [world.claimId, world.gatedClaimId, world.draftClaimId],
    'annotations/[id]': [world.annotationId],
    'arguments/[id]': [world.argumentId],
    '[code]': [world.inviteCode],
    '[table]': ['claims', 'annotations', 'arguments', 'votes'],
    '[format]': ['argdown', 'aif'],
    '[dimension]': ['agreement', 'evidence'],
    '[...nextauth]': ['session', 'csrf', 'providers'],
    // The API's catch-all 404: an address no route serves, and one that names a private note.
    '[...path]': ['no-such-route', `annotations/${world.privateNoteId}/nothing-here`],
  };
}

// Searches for the planted words, by each marker's last part ("mark-hidden-note-k4m8" is indexed
// as a whole and as its parts): a query holding the whole marker would be echoed back and read as
// a leak. All of them at once, across every essay and inside each (the draft's a 404 to the
// suite's readers), and narrowed by kind; the API also one by one for each word nobody may read.
function searchesFor(world: TWorld, isOneByOne: boolean): string[] {
  const tail = (marker: string) => marker.split('-').at(-1)!;
  const any = `?q=${Object.values(MARKERS).map(tail).join('%20or%20')}&limit=50`;
  const { visible: _visible, streamEnd: _streamEnd, ...withheld } = MARKERS;
  return [
    ...(isOneByOne ? Object.values(withheld).map((marker) => `?q=${tail(marker)}`) : []),
    any,
    ...[world.essaySlug, world.gatedSlug, world.draftSlug].map((slug) => `${any}&essay=${slug}`),
    `${any}&kinds=note,argument`,
  ];
}

// Query strings that change what a route answers, read as well as the bare address.
function variantsFor(world: TWorld): Record<string, string[]> {
  return {
    '/api/v1/search': ['?q=alliances', ...searchesFor(world, true)],
    '/search': searchesFor(world, false),
    '/api/essays/[slug]/csv/[table]': ['?names=1'],
    // The live stream from the very first event: what a reconnecting client could ask to replay.
    '/api/essays/[slug]/events': ['?since=0'],
    // The thread API by every way of narrowing it, aimed at the private and the hidden note: the
    // claim, the offset and the root all name them, so a leak would have to come through here.
    '/api/essays/[slug]/threads': [
      '?tab=orphaned',
      `?root=${world.annotationId}`,
      `?root=${world.privateNoteId}`,
      `?root=${world.hiddenNoteId}`,
      `?claim=${world.markedClaimId}`,
      `?at=${world.markedOffset}`,
      '?kind=COMMENTING&unanswered=1',
      '?mine=1',
      '?limit=1',
    ],
  };
}

/** Every concrete URL to read; throws when a template has a segment with no value here. */
export function routeUrls(world: TWorld): { template: string; url: string }[] {
  const values = valuesFor(world);
  const variants = variantsFor(world);
  const urls: { template: string; url: string }[] = [];
  for (const template of routeTemplates()) {
    let partials = [''];
    const segments = template.split('/').filter(Boolean);
    segments.forEach((segment, i) => {
      let options = [segment];
      if (segment.startsWith('[')) {
        const found = values[`${segments[i - 1]}/${segment}`] ?? values[segment];
        if (!found)
          throw new Error(
            `The privacy-invariants suite has no value for ${segment} in ${template}: add one to tests/e2e/invariants/routes.ts.`,
          );
        options = found;
      }
      partials = partials.flatMap((p) => options.map((o) => `${p}/${encodeURIComponent(o).replace(/%2F/g, '/')}`));
    });
    for (const url of partials.map((p) => p || '/')) {
      urls.push({ template, url });
      for (const query of variants[template] ?? []) urls.push({ template, url: `${url}${query}` });
    }
  }
  return urls;
}
