// Just enough of the OpenAPI 3.1 shapes to render our own document (lib/server/api-v1/openapi.ts).
export type TSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, TSchema>;
  required?: string[];
  items?: TSchema;
  anyOf?: TSchema[];
  oneOf?: TSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
};
export type TParameter = { name: string; in: string; required: boolean; description?: string; schema: TSchema };
export type TOperation = {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  'x-token-scope'?: 'READ' | 'WRITE';
  parameters?: TParameter[];
  requestBody?: { content: { 'application/json': { schema: TSchema; example?: unknown } } };
  responses: Record<string, { $ref?: string; description?: string; content?: { 'application/json': { schema: TSchema } } }>;
};
export type TDocument = {
  openapi: string;
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, TOperation>>;
  components: { schemas: Record<string, TSchema>; responses: Record<string, { description: string }> };
};

export const refName = (ref: string): string => ref.split('/').at(-1) ?? ref;

/** A one-line type for a schema, as a reader of the reference wants it: `string | null`, `Annotation[]`. */
export function typeLabel(schema: TSchema): string {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return union.map(typeLabel).join(' | ');
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : ['any'];
  return types
    .map((t) => {
      if (t === 'array') return `${schema.items ? typeLabel(schema.items) : 'any'}[]`;
      if (t === 'string' && schema.format) return `string (${schema.format})`;
      return t;
    })
    .join(' | ');
}

/** Bounds and defaults worth a reader's attention, from the schema's keywords. */
export function constraintsOf(schema: TSchema): string {
  const parts: string[] = [];
  if (schema.minimum !== undefined || schema.maximum !== undefined) parts.push(`${schema.minimum ?? '…'}–${schema.maximum ?? '…'}`);
  if (schema.maxLength !== undefined) parts.push(`≤ ${schema.maxLength} chars`);
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.join(', ');
}
