import { buildOpenApiDocument } from '@/lib/server/api-v1/openapi';

// The document depends on code alone, so it is rendered at build time and served as a file.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildOpenApiDocument(), { headers: { 'Cache-Control': 'public, max-age=300' } });
}
