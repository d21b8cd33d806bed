// The OpenAPI document: valid JSON, OpenAPI 3.1, every operation present, every $ref resolving,
// every component schema compiling as JSON Schema 2020-12 — and real answers of the handlers
// validating against the schemas the document gives for them.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { createApiToken } from '@/lib/server/services/token/create-token';
import { GET as getOpenApi } from '@/app/api/v1/openapi.json/route';
import { GET as listEssays } from '@/app/api/v1/essays/route';
import { GET as getEssay } from '@/app/api/v1/essays/[slug]/route';
import { GET as listClaims } from '@/app/api/v1/essays/[slug]/claims/route';
import { GET as listAnnotations, POST as postAnnotation } from '@/app/api/v1/essays/[slug]/annotations/route';
import { GET as listArguments, POST as postArgument } from '@/app/api/v1/essays/[slug]/arguments/route';
import { GET as getRatings } from '@/app/api/v1/claims/[id]/ratings/route';
import { PUT as putRating } from '@/app/api/v1/claims/[id]/ratings/[dimension]/route';
import { GET as search } from '@/app/api/v1/search/route';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

type TJson = Record<string, unknown>;
type TDoc = {
  openapi: string;
  paths: Record<string, Record<string, TJson & { parameters?: { name: string; in: string }[]; responses: Record<string, TJson> }>>;
  components: { schemas: Record<string, TJson> };
};

const DOC_ID = 'https://counterpoint.test/openapi.json';
let doc: TDoc;
let ajv: Ajv2020;

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') found.push(v);
      else refsIn(v, found);
    }
  }
  return found;
}

function resolve(pointer: string): unknown {
  return pointer
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as TJson)[part] : undefined), doc);
}

/** Validates a handler's JSON answer against the schema the document gives for that operation. */
async function expectDocumented(response: Response, path: string, method: string) {
  const operation = doc.paths[path]?.[method];
  const status = String(response.status);
  // Error answers point at shared components.responses.
  const declared = operation?.responses[status] as TJson | undefined;
  const answer = (typeof declared?.$ref === 'string' ? resolve(declared.$ref) : declared) as TJson | undefined;
  const schema = (answer?.content as TJson | undefined)?.['application/json'] as { schema: { $ref: string } } | undefined;
  expect(schema, `${method} ${path} documents ${status}`).toBeDefined();
  const validate = ajv.compile({ $ref: `${DOC_ID}${schema!.schema.$ref}` });
  const body: unknown = await response.json();
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
}

beforeAll(async () => {
  const text = await (await getOpenApi()).text();
  doc = JSON.parse(text) as TDoc;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: DOC_ID, components: doc.components });
});

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with every operation of /api/v1', () => {
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(
      [
        'GET /essays',
        'GET /essays/{slug}',
        'GET /essays/{slug}/claims',
        'GET /essays/{slug}/annotations',
        'POST /essays/{slug}/annotations',
        'GET /claims/{id}/ratings',
        'PUT /claims/{id}/ratings/{dimension}',
        'GET /essays/{slug}/arguments',
        'POST /essays/{slug}/arguments',
        'GET /search',
        'GET /openapi.json',
      ].sort(),
    );
    expect((doc as unknown as { components: { securitySchemes: TJson } }).components.securitySchemes.bearerAuth).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
  });

  it('declares each path parameter of each path template', () => {
    for (const [path, methods] of Object.entries(doc.paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const operation of Object.values(methods)) {
        expect((operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name)).toEqual(names);
      }
    }
  });

  it('resolves every $ref, and every schema compiles as JSON Schema 2020-12', () => {
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(20);
    expect(refs.filter((ref) => resolve(ref) === undefined)).toEqual([]);
    for (const name of Object.keys(doc.components.schemas)) {
      expect(() => ajv.compile({ $ref: `${DOC_ID}#/components/schemas/${name}` }), name).not.toThrow();
    }
    // The schemas have teeth: a wrong type or an undocumented field is refused.
    const essays = ajv.compile({ $ref: `${DOC_ID}#/components/schemas/EssayList` });
    expect(essays({ essays: [] })).toBe(true);
    expect(essays({ essays: [{ slug: 1 }] })).toBe(false);
    expect(essays({ essays: [], secret: 'x' })).toBe(false);
  });

  it('describes what the handlers actually answer', async () => {
    const member = await makeUser(db, 'Documented');
    const cohort = await makeCohort(db, [{ userId: member.id, role: 'MEMBER' }]);
    const essay = await makeEssay(db, { cohortSlug: cohort.slug });
    const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
    const claimId = (await db.claim.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true } })).id;
    const { token } = await createApiToken(member.id, { name: 'documented', scope: 'WRITE' });
    const req = (path: string, method = 'GET', body?: unknown) =>
      new Request(`http://counterpoint.test/api/v1${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const slug = { params: Promise.resolve({ slug: essay.slug }) };
    const claim = { params: Promise.resolve({ id: claimId, dimension: 'EVIDENCE' }) };

    await expectDocumented(
      await postAnnotation(
        req(`/essays/${essay.slug}/annotations`, 'POST', {
          revisionId: revision.id,
          motivation: 'TAGGING',
          tags: ['scope'],
          selectors: describeRange(revision.text, 0, 12),
        }),
        slug,
      ),
      '/essays/{slug}/annotations',
      'post',
    );
    await expectDocumented(
      await postArgument(
        req(`/essays/${essay.slug}/arguments`, 'POST', { target: { type: 'claim', id: claimId }, stance: 'SUPPORT', text: 'Indeed.' }),
        slug,
      ),
      '/essays/{slug}/arguments',
      'post',
    );
    await expectDocumented(
      await putRating(req(`/claims/${claimId}/ratings/EVIDENCE`, 'PUT', { value: 3 }), claim),
      '/claims/{id}/ratings/{dimension}',
      'put',
    );
    await expectDocumented(await listEssays(req('/essays')), '/essays', 'get');
    await expectDocumented(await getEssay(req(`/essays/${essay.slug}`), slug), '/essays/{slug}', 'get');
    await expectDocumented(await listClaims(req(`/essays/${essay.slug}/claims`), slug), '/essays/{slug}/claims', 'get');
    await expectDocumented(await listAnnotations(req(`/essays/${essay.slug}/annotations`), slug), '/essays/{slug}/annotations', 'get');
    await expectDocumented(await listArguments(req(`/essays/${essay.slug}/arguments`), slug), '/essays/{slug}/arguments', 'get');
    await expectDocumented(await getRatings(req(`/claims/${claimId}/ratings`), claim), '/claims/{id}/ratings', 'get');
    const found = await search(req(`/search?q=${encodeURIComponent('"harbour deters" OR indeed -nothing')}&limit=2`));
    expect(found.status).toBe(200);
    expect(((await found.clone().json()) as { results: unknown[] }).results.length).toBeGreaterThan(0);
    await expectDocumented(found, '/search', 'get');
    const refused = await search(req('/search?q=%20'));
    expect(refused.status).toBe(400);
    await expectDocumented(refused, '/search', 'get');
    await expectDocumented(
      await getEssay(req('/essays/missing'), { params: Promise.resolve({ slug: 'missing' }) }),
      '/essays/{slug}',
      'get',
    );
  });
});
