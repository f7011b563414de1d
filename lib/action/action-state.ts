import type { ErrorCode, FieldErrors } from "./errors";

/** What a server action returns to its form (via useActionState): small, serialisable, never a stack trace. */
export type ActionState<T = unknown> =
  | { status: "idle" }
  | { status: "ok"; data: T; message?: string }
  | { status: "error"; code: ErrorCode; message: string; fieldErrors?: FieldErrors; values?: Record<string, string> };

export const IDLE: ActionState<never> = { status: "idle" };
