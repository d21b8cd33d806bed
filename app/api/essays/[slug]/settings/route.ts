import { ZReadingSettings } from '@/lib/schemas/reading-settings';
import { writeRoute } from '@/lib/server/http/write-route';
import { setReadingSettings } from '@/lib/server/services/essay/set-reading-settings';

type TContext = { params: Promise<{ slug: string }> };

/** Sets the essay's reading settings (owners and moderators of its cohort). */
export async function PUT(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: ZReadingSettings }, async ({ userId, input }) => {
    const settings = await setReadingSettings(userId, (await params).slug, input);
    return { body: { settings } };
  });
}
