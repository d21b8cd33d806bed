import { writeRoute } from '@/lib/server/http/write-route';
import { recordEssayRead } from '@/lib/server/services/essay/record-essay-read';

type TContext = { params: Promise<{ slug: string }> };

// The reader's beacon: "this member opened the essay". A POST of its own, so that the reader's
// GET stays read-only and its statement count does not grow; it spends the read-receipt budget,
// not the one for notes and ratings.
export async function POST(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: 'none', limit: 'readReceipt' }, async ({ userId }) => ({
    body: await recordEssayRead(userId, (await params).slug),
  }));
}
