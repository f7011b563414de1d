import { z } from "zod";

export const ZPasswordConfirmation = z.string().min(1, "Enter your password.").max(1024);
export const ZSecondFactorCode = z.string().trim().min(1, "Enter a code.").max(32, "That is not a code.");

export const ZStartTwoFactor = z.object({ password: ZPasswordConfirmation });
export const ZConfirmTwoFactor = z.object({ code: ZSecondFactorCode });
export const ZDisableTwoFactor = z.object({ password: ZPasswordConfirmation, code: ZSecondFactorCode });
/** Either proves it is really you: the password, or a current authenticator code. */
export const ZRegenerateRecoveryCodes = z
  .object({ password: z.string().max(1024).optional().default(""), code: z.string().trim().max(32).optional().default("") })
  .refine((v) => v.password || v.code, { message: "Enter your password or a code from your authenticator app.", path: ["password"] });
