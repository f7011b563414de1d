/** Stable error codes shared by server actions (form state) and the REST API (problem documents). */
export const ERROR_STATUS = {
  malformed_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  payload_too_large: 413,
  validation_failed: 422,
  conflict: 409,
  invariant_violation: 409,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type FieldErrors = Record<string, string[]>;

/** An expected refusal: its message is written for the user and safe to show. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const refuse = {
  unauthenticated: () => new DomainError("unauthenticated", "Your session has ended. Sign in again."),
  forbidden: () => new DomainError("forbidden", "You do not have permission to do that."),
  notFound: (what: string) => new DomainError("not_found", `${what} was not found.`),
  invalid: (fieldErrors: FieldErrors, message = "Some fields need your attention.") =>
    new DomainError("validation_failed", message, fieldErrors),
};

/**
 * A wrong password or code where a signed-in person proves themselves again (profile and two-factor changes). Its
 * own class so that `throttleReauthentication` counts exactly these refusals and no other.
 */
export class ReauthenticationFailed extends DomainError {
  constructor(
    readonly proof: "password" | "code",
    field: string,
    fieldMessage: string,
    message = fieldMessage,
  ) {
    super("validation_failed", message, { [field]: [fieldMessage] });
    this.name = "ReauthenticationFailed";
  }
}
