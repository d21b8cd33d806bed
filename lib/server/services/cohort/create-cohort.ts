import 'server-only';
import { randomBytes } from 'node:crypto';
import { slugify } from '@/lib/domain/reading/slugify';
import { ZCreateCohort } from '@/lib/schemas/cohort';
import { db } from '@/lib/server/db/client';
import { parseInput } from '@/lib/server/validation';

/** Creates a cohort with the viewer as its owner. */
export async function createCohort(viewerId: string, input: unknown): Promise<{ id: string; slug: string }> {
  const data = parseInput(ZCreateCohort, input);
  // A random tail keeps slugs unique without a read-then-write race.
  const slug = `${slugify(data.name)}-${randomBytes(3).toString('hex')}`;
  return db.cohort.create({
    data: {
      name: data.name,
      slug,
      description: data.description ?? null,
      allowPseudonyms: data.allowPseudonyms,
      memberships: { create: { userId: viewerId, role: 'OWNER' } },
    },
    select: { id: true, slug: true },
  });
}
