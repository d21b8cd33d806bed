import { Link } from '@/components/ui/link';
import { headers } from 'next/headers';
import { buildOpenApiDocument } from '@/lib/server/api-v1/openapi';
import { InlineText } from './_components/inline-text';
import { OperationCard } from './_components/operation-card';
import type { TDocument } from './_components/openapi-types';
import { SchemaTable } from './_components/schema-table';

export const metadata = { title: 'API reference' };

/** The API reference, rendered from the same OpenAPI document /api/v1/openapi.json serves. */
export default async function ApiDocsPage() {
  const document = buildOpenApiDocument() as unknown as TDocument;
  const requestHeaders = await headers();
  const origin = `${requestHeaders.get('x-forwarded-proto') ?? 'http'}://${requestHeaders.get('host') ?? 'localhost:3000'}`;
  const baseUrl = `${origin}${document.servers[0]?.url ?? '/api/v1'}`;
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
  return (
    <div className="mx-auto max-w-4xl space-y-10">
      <header className="space-y-3">
        <h1 className="font-serif text-3xl font-semibold">{document.info.title}</h1>
        <p className="text-stone-700">
          <InlineText text={document.info.description} />
        </p>
        <p className="text-sm text-stone-700">
          Version {document.info.version} · OpenAPI {document.openapi}:{' '}
          <a href="/api/v1/openapi.json" className="underline underline-offset-4">
            /api/v1/openapi.json
          </a>
        </p>
      </header>

      <section aria-labelledby="auth-title" className="space-y-3 text-sm text-stone-700">
        <h2 id="auth-title" className="font-serif text-2xl font-semibold text-stone-900">
          Authentication
        </h2>
        <p>
          Create a personal access token on{' '}
          <Link href="/account" className="underline underline-offset-4">
            your account page
          </Link>
          . It is shown once; send it with every request. A <strong>read</strong> token can only read; a <strong>write</strong> token may
          also annotate, rate and argue as you. Reads also work from a signed-in browser (the session cookie), and without either you see
          public essays only. Revoked or unknown tokens get 401; a read token asked to write gets 403.
        </p>
        <pre className="overflow-x-auto rounded bg-stone-900 p-3 text-xs text-stone-100">
          {`export COUNTERPOINT_TOKEN=cp_…   # from /account\nexport SLUG=…                    # an essay's slug, from GET /essays\nexport CLAIM_ID=…                # a claim id, from GET /essays/$SLUG/claims\ncurl "${baseUrl}/essays" -H "Authorization: Bearer $COUNTERPOINT_TOKEN"`}
        </pre>
        <p>
          Every GET answers with a weak <code>ETag</code>; send it back as <code>If-None-Match</code> to get <code>304 Not Modified</code>{' '}
          when nothing changed. Lists of annotations and arguments come in pages: pass <code>nextCursor</code> back as <code>cursor</code>{' '}
          until it is <code>null</code>.
        </p>
      </section>

      {document.tags
        .filter((tag) => operations.some((o) => o.operation.tags.includes(tag.name)))
        .map((tag) => (
          <section key={tag.name} aria-labelledby={`tag-${tag.name}`} className="space-y-4">
            <h2 id={`tag-${tag.name}`} className="font-serif text-2xl font-semibold">
              {tag.name}
            </h2>
            <p className="text-sm text-stone-700">{tag.description}</p>
            {operations
              .filter((o) => o.operation.tags.includes(tag.name))
              .map((o) => (
                <OperationCard key={`${o.method} ${o.path}`} method={o.method} path={o.path} operation={o.operation} baseUrl={baseUrl} />
              ))}
          </section>
        ))}

      <section aria-labelledby="schemas-title" className="space-y-4">
        <h2 id="schemas-title" className="font-serif text-2xl font-semibold">
          Schemas
        </h2>
        {Object.entries(document.components.schemas).map(([name, schema]) => (
          <article
            key={name}
            id={`schema-${name}`}
            aria-labelledby={`schema-${name}-title`}
            className="scroll-mt-6 rounded border border-stone-200 bg-white p-5"
            data-testid="api-schema"
          >
            <h3 id={`schema-${name}-title`} className="font-mono text-base font-semibold">
              {name}
            </h3>
            {schema.description ? (
              <p className="mt-1 text-sm text-stone-700">
                <InlineText text={schema.description} />
              </p>
            ) : null}
            <div className="mt-3">
              <SchemaTable schema={schema} />
            </div>
          </article>
        ))}
      </section>
    </div>
  );
}
