import "server-only";
import { z } from "zod";
import { getGeneralSettings } from "@/lib/tenants/get-general-settings";
import { updateGeneralSettings } from "@/lib/tenants/update-general-settings";
import { defineRoute } from "../define-route";

const tag = "Settings";
const ZGeneralSettings = z.object({ name: z.string() });

export const getGeneral = defineRoute({
  method: "GET",
  path: "/settings/general",
  tag,
  summary: "Read the general settings",
  auth: "api_key",
  permission: "settings:read",
  response: ZGeneralSettings,
  handle: ({ caller }) => getGeneralSettings(caller),
});

export const updateGeneral = defineRoute({
  method: "PATCH",
  path: "/settings/general",
  tag,
  summary: "Change the general settings",
  auth: "api_key",
  permission: updateGeneralSettings.permission,
  body: updateGeneralSettings.input,
  response: ZGeneralSettings,
  handle: async ({ caller, body, meta }) => {
    await updateGeneralSettings.execute(caller, body, meta);
    return getGeneralSettings(caller);
  },
});
