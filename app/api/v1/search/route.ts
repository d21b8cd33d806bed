import { ZSearchQuery, type TSearchPage } from '@/lib/schemas/search';
import { apiRoute, queryOf } from '@/lib/server/api-v1/api-route';
import { parseInput } from '@/lib/server/validation';
import { searchForViewer } from '@/lib/server/queries/search/search-for-viewer';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return apiRoute(request, async (caller) => {
    const body: TSearchPage = await searchForViewer(caller.viewerId, parseInput(ZSearchQuery, queryOf(request)));
    return { body };
  });
}
