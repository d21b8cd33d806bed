import { ZEditAnnotation } from '@/lib/schemas/annotation';
import { writeRoute } from '@/lib/server/http/write-route';
import { deleteAnnotation } from '@/lib/server/services/annotation/delete-annotation';
import { editAnnotation } from '@/lib/server/services/annotation/edit-annotation';

type TContext = { params: Promise<{ id: string }> };

export async function PATCH(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: ZEditAnnotation }, async ({ userId, input }) => {
    return { body: { annotation: await editAnnotation(userId, (await params).id, input) } };
  });
}

export async function DELETE(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: 'none' }, async ({ userId }) => {
    return { body: { annotation: await deleteAnnotation(userId, (await params).id) } };
  });
}
