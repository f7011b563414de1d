"use server";

import { revalidatePath } from "next/cache";
import { confirmEmailChange, type EmailChangeOutcome } from "@/lib/profile/confirm-email-change";
import { currentRequestMeta } from "@/lib/request/meta";

/** Works signed in or not: the link's token alone authorizes the change it was issued for. */
export async function confirmEmailChangeAction(_prev: EmailChangeOutcome | null, formData: FormData): Promise<EmailChangeOutcome> {
  const outcome = await confirmEmailChange(String(formData.get("token") ?? ""), await currentRequestMeta());
  if (outcome.state === "changed") revalidatePath("/settings", "layout");
  return outcome;
}
