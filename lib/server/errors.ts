import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';

export type TAppErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'INTERNAL';

const STATUS: Record<TAppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** One schema problem: the dotted path of the field ("" for the whole body) and what to fix. */
export type TFieldProblem = { path: string; message: string };

/** The only error whose message reaches users. Anything else is logged and shown as a generic failure. */
export class AppError extends Error {
  readonly code: TAppErrorCode;
  /** For RATE_LIMITED: sent as the Retry-After header. */
  readonly retryAfterSeconds: number | null;
  /** For BAD_REQUEST from a schema: every problem by field, so a client can mark each one. */
  readonly fields: TFieldProblem[] | null;
  constructor(code: TAppErrorCode, message: string, options: { retryAfterSeconds?: number; fields?: TFieldProblem[] } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
    this.fields = options.fields ?? null;
  }
  get status(): number {
    return STATUS[this.code];
  }
}

/** Maps known database errors to AppErrors in one place (P2002 unique → 409, P2025 missing → 404). */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === 'P2002') return new AppError('CONFLICT', 'That already exists.');
    if (error.code === 'P2025') return new AppError('NOT_FOUND', 'Not found.');
  }
  console.error(error);
  return new AppError('INTERNAL', 'Something went wrong on our side. Please try again.');
}
