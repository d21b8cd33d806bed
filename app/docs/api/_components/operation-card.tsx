import { InlineText } from './inline-text';
import { constraintsOf, refName, typeLabel, type TOperation } from './openapi-types';

const METHOD_STYLE: Record<string, string> = {
  get: 'bg-sky-100 text-sky-900',
  post: 'bg-emerald-100 text-emerald-900',
  put: 'bg-amber-100 text-amber-900',
};

// Path parameters become shell variables the reader sets once (see the page's introduction).
const PLACEHOLDERS: Record<string, string> = { slug: '$SLUG', id: '$CLAIM_ID', dimension: 'AGREEMENT' };

function curlOf(method: string, url: string, operation: TOperation): string {
  const example = operation.requestBody?.content['application/json'].example;
  const lines = [
    `curl${method === 'get' ? '' : ` -X ${method.toUpperCase()}`} "${url}"`,
    `  -H "Authorization: Bearer $COUNTERPOINT_TOKEN"`,
  ];
  if (example !== undefined) {
    lines.push(`  -H "Content-Type: application/json"`, `  -d '${JSON.stringify(example).replaceAll("'", `'\\''`)}'`);
  }
  return lines.join(' \\\n');
}

/** One operation of the document: what it does, its parameters, body, answers and a curl line. */
export function OperationCard({
  method,
  path,
  operation,
  baseUrl,
}: {
  method: string;
  path: string;
  operation: TOperation;
  baseUrl: string;
}) {
  const concretePath = path.replace(/\{(\w+)\}/g, (_, name: string) => PLACEHOLDERS[name] ?? `$${name.toUpperCase()}`);
  const hasLimit = operation.parameters?.some((p) => p.name === 'limit');
  const url = `${baseUrl}${concretePath}${hasLimit ? '?limit=20' : ''}`;
  const body = operation.requestBody?.content['application/json'].schema;
  const parameters = (operation.parameters ?? []).filter((p) => p.in !== 'header');
  return (
    <article
      id={operation.operationId}
      aria-labelledby={`${operation.operationId}-title`}
      className="scroll-mt-6 rounded border border-stone-200 bg-white p-5"
      data-testid="api-operation"
    >
      <h3 id={`${operation.operationId}-title`} className="flex flex-wrap items-center gap-2">
        <span className={`rounded px-2 py-0.5 font-mono text-xs font-semibold uppercase ${METHOD_STYLE[method] ?? 'bg-stone-100'}`}>
          {method}
        </span>
        <code className="font-mono text-sm">/api/v1{path}</code>
        <span className="text-sm text-stone-600">— {operation.summary}</span>
      </h3>
      <p className="mt-2 text-sm">
        <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs">
          {operation['x-token-scope'] === 'WRITE' ? 'write scope' : 'read scope'}
        </span>
      </p>
      {operation.description ? (
        <p className="mt-2 whitespace-pre-line text-sm text-stone-700">
          <InlineText text={operation.description} />
        </p>
      ) : null}
      {parameters.length > 0 ? (
        <>
          <h4 className="mt-4 text-sm font-semibold">Parameters</h4>
          <ul className="mt-1 space-y-1 text-sm">
            {parameters.map((p) => (
              <li key={`${p.in}-${p.name}`}>
                <code className="font-mono text-xs">{p.name}</code>{' '}
                <span className="text-stone-500">
                  ({p.in}
                  {p.required ? ', required' : ''})
                </span>{' '}
                <code className="font-mono text-xs">{typeLabel(p.schema)}</code>
                {constraintsOf(p.schema) ? <span className="text-stone-600"> — {constraintsOf(p.schema)}</span> : null}
                {p.description ? (
                  <span className="text-stone-700">
                    {' '}
                    — <InlineText text={p.description} />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {body ? (
        <h4 className="mt-4 text-sm font-semibold">
          Body:{' '}
          <a href={`#schema-${refName(body.$ref ?? '')}`} className="font-mono underline underline-offset-2">
            {typeLabel(body)}
          </a>
        </h4>
      ) : null}
      <h4 className="mt-4 text-sm font-semibold">Responses</h4>
      <ul className="mt-1 space-y-1 text-sm">
        {Object.entries(operation.responses).map(([status, response]) => {
          const schema = response.content?.['application/json'].schema;
          return (
            <li key={status}>
              <code className="font-mono text-xs">{status}</code>{' '}
              {schema?.$ref ? (
                <a href={`#schema-${refName(schema.$ref)}`} className="font-mono text-xs underline underline-offset-2">
                  {refName(schema.$ref)}
                </a>
              ) : null}{' '}
              <span className="text-stone-700">{response.$ref ? `${refName(response.$ref)} ({ error })` : response.description}</span>
            </li>
          );
        })}
      </ul>
      <h4 className="mt-4 text-sm font-semibold">Example</h4>
      <pre className="mt-1 overflow-x-auto rounded bg-stone-900 p-3 text-xs text-stone-100" data-testid="api-curl">
        {curlOf(method, url, operation)}
      </pre>
    </article>
  );
}
