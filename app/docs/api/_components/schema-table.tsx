import { InlineText } from './inline-text';
import { constraintsOf, refName, typeLabel, type TSchema } from './openapi-types';

type TRow = { name: string; schema: TSchema; isRequired: boolean };

/** Flattens inline objects (and arrays of them) into dotted rows; named schemas stay links. */
function rowsOf(schema: TSchema, prefix = ''): TRow[] {
  const object = schema.items && !schema.items.$ref ? schema.items : schema;
  const inline = object.anyOf?.find((s) => s.properties) ?? object.oneOf?.find((s) => s.properties) ?? object;
  return Object.entries(inline.properties ?? {}).flatMap(([name, property]) => {
    const row = { name: `${prefix}${name}`, schema: property, isRequired: (inline.required ?? []).includes(name) };
    const nested = property.items && !property.items.$ref ? property.items : property;
    const hasInlineObject = Boolean(
      nested.properties ?? nested.anyOf?.some((s) => s.properties) ?? nested.oneOf?.some((s) => s.properties),
    );
    return hasInlineObject ? [row, ...rowsOf(nested, `${row.name}${property.items ? '[]' : ''}.`)] : [row];
  });
}

function TypeCell({ schema }: { schema: TSchema }) {
  const label = typeLabel(schema);
  const ref = schema.$ref ?? schema.items?.$ref;
  if (ref) {
    return (
      <a href={`#schema-${refName(ref)}`} className="underline underline-offset-2">
        {label}
      </a>
    );
  }
  return <>{label}</>;
}

/** A schema's properties as a table: name, type, whether required, constraints and description. */
export function SchemaTable({ schema }: { schema: TSchema }) {
  const rows = rowsOf(schema);
  if (rows.length === 0) return <p className="text-sm text-stone-600">{typeLabel(schema)}</p>;
  return (
    <table className="w-full border-collapse text-left text-sm">
      <thead>
        <tr className="border-b border-stone-200 text-stone-600">
          <th className="py-1 pr-3 font-medium">Field</th>
          <th className="py-1 pr-3 font-medium">Type</th>
          <th className="py-1 font-medium">Notes</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name} className="border-b border-stone-100 align-top">
            <td className="py-1 pr-3 font-mono text-xs">
              {row.name}
              {row.isRequired ? '' : '?'}
            </td>
            <td className="py-1 pr-3 font-mono text-xs">
              <TypeCell schema={row.schema} />
            </td>
            <td className="py-1 text-stone-700">
              <InlineText text={[constraintsOf(row.schema), row.schema.description].filter(Boolean).join(' — ')} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
