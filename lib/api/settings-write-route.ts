import "server-only";
import type { z } from "zod";
import type { DefinedAction } from "@/lib/action/define-action";
import type { ApiKeyCaller } from "@/lib/auth/caller";
import type { SettingsSaveResult } from "@/lib/settings/run-settings-form";
import { defineRoute, type ApiRoute } from "./define-route";

/** A settings page as its GET answers it: what each of its write endpoints answers after the change. */
export type SettingsSection<R extends z.ZodType> = { label: string; response: R; read: (caller: ApiKeyCaller) => Promise<z.input<R>> };

export function settingsSection<R extends z.ZodType>(label: string, response: R, read: SettingsSection<R>["read"]): SettingsSection<R> {
  return { label, response, read };
}

/**
 * PUT for one console settings form: the body is that form's action input (documented from the same schema), the
 * action does permission, validation, the transaction and the audit event, and the answer is the section after it.
 */
export function settingsWriteRoute<R extends z.ZodType>(
  path: `/settings/${string}`,
  summary: string,
  action: DefinedAction<unknown, SettingsSaveResult>,
  section: SettingsSection<R>,
  description?: string,
): ApiRoute<"api_key"> {
  return defineRoute<"api_key", undefined, z.ZodType>({
    method: "PUT",
    path,
    tag: "Settings",
    summary,
    description: [
      description,
      `Answers the ${section.label} settings after the change. Sending the current values changes nothing and records nothing; otherwise one audit event, attributed to the key, holds what changed (before and after).`,
    ]
      .filter(Boolean)
      .join("\n\n"),
    auth: "api_key",
    permission: action.permission,
    body: action.input,
    response: section.response,
    handle: async ({ caller, body, meta }) => {
      await action.execute(caller, body, meta);
      return section.read(caller);
    },
  });
}
