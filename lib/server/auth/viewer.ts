import 'server-only';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/server/auth/auth-options';
import { AppError } from '@/lib/server/errors';

export type TViewer = { id: string; name: string; email: string };

/** The signed-in user, or null. Reads the JWT only; no database round trip. */
export async function getViewer(): Promise<TViewer | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, name: user.name ?? user.email, email: user.email };
}

export async function requireViewer(): Promise<TViewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in to do that.');
  return viewer;
}
