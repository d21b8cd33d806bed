import { jsonRoute } from '@/lib/server/http/json-route';

// Liveness for a process supervisor or load balancer: the process is up and serving requests.
// It touches nothing else — not the database — so a database outage does not get every
// instance restarted; /api/ready says whether to send traffic (ADR 0012).
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return jsonRoute(request, async () => ({ body: { status: 'ok' } }));
}
