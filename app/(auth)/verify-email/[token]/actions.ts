"use server";

import { confirmEmailChange, type EmailChangeOutcome } from "@/lib/profile/confirm-email-change";
import { currentRequestMeta } from "@/lib/request/meta";

/**
 * Works signed in or not: the link's token alone authorizes the change it was issued for. No revalidation: a fresh
 * render of this page would read the link as used and hide the outcome (console pages are rendered per request).
 */
export async function confirmEmailChangeAction(_prev: EmailChangeOutcome | null, formData: FormData): Promise<EmailChangeOutcome> {
  return confirmEmailChange(String(formData.get("token") ?? ""), await currentRequestMeta());
}
