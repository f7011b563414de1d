import "server-only";
import { revalidatePath } from "next/cache";
import { getCaller } from "@/lib/auth/current-caller";
import { currentRequestMeta } from "@/lib/request/meta";
import type { ActionState } from "./action-state";
import type { DefinedAction } from "./define-action";
import { echoFields } from "./echo-fields";
import { DomainError, refuse } from "./errors";
import { formDataToObject } from "./form-data";

/** Maps anything thrown to a state the form can show; unexpected errors are logged, never sent to the browser. */
export function toErrorState(error: unknown): Extract<ActionState, { status: "error" }> {
  if (error instanceof DomainError) {
    return { status: "error", code: error.code, message: error.message, fieldErrors: error.fieldErrors };
  }
  console.error("[action] unexpected error:", error instanceof Error ? error.stack : error);
  return { status: "error", code: "internal", message: "Something went wrong on our side. Nothing was changed; please try again." };
}

/** Runs a defined action for a form post: the caller comes from the session cookie, the input from the FormData. */
export async function runFormAction<I, O>(
  action: DefinedAction<I, O>,
  formData: FormData,
  successMessage?: string,
): Promise<ActionState<O>> {
  try {
    const caller = await getCaller();
    if (!caller) throw refuse.unauthenticated();
    const data = await action.execute(caller, formDataToObject(formData), await currentRequestMeta());
    return { status: "ok", data, message: successMessage };
  } catch (error) {
    return { ...toErrorState(error), values: echoFields(formData) };
  }
}

/** runFormAction for console settings pages: on success, every settings page re-renders with fresh data. */
export async function runSettingsAction<I, O>(action: DefinedAction<I, O>, formData: FormData, successMessage: string): Promise<ActionState<O>> {
  const state = await runFormAction(action, formData, successMessage);
  if (state.status === "ok") revalidatePath("/settings", "layout");
  return state;
}
