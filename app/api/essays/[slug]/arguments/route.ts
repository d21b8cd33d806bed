import { ZAddArgument } from '@/lib/schemas/argument';
import { writeRoute } from '@/lib/server/http/write-route';
import { addArgument } from '@/lib/server/services/argument/add-argument';

type TContext = { params: Promise<{ slug: string }> };

export async function POST(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: ZAddArgument, isIdempotent: true }, async ({ userId, input, writeKey }) => {
    const argument = await addArgument(userId, (await params).slug, input, writeKey);
    return { status: 201, body: { argument } };
  });
}
