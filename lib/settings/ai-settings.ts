import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { tenantSettings } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";
import { ZCheckbox, zWholeNumber } from "@/lib/validation/form-fields";
import { BEDROCK_REGION_IDS, IAM_ROLE_ARN, type BedrockRegion } from "./bedrock-regions";
import { defineSettingsAction } from "./define-settings-action";
import { LIMITS } from "./limits";

/** What the platform needs to run a tenant's AI features (SPEC §8a). Holds no secret: Bedrock is reached by role. */
export type AiSettingsDto = {
  copilotTestDataAccess: boolean;
  provider: "platform" | "bedrock";
  bedrock: { region: BedrockRegion; roleArn: string } | null;
  limits: { requestsPerMinute: number; megabytesPerMinute: number };
  /** With Bedrock, features that need knowledge sources are unavailable. */
  knowledgeSourcesAvailable: boolean;
};

// Absent or null reads as empty, so a JSON client choosing the platform need not send the Bedrock fields.
const bedrockText = (description: string) =>
  z.preprocess((v) => (typeof v === "string" ? v.trim() : v ?? ""), z.string().max(2048)).default("").meta({ description });

export const ZAiSettings = z
  .object({
    copilotTestDataAccess: ZCheckbox,
    aiProvider: z.enum(["platform", "bedrock"], { message: "Choose an AI model provider." }),
    bedrockRegion: bedrockText("The AWS Region of Amazon Bedrock; required with the bedrock provider, ignored otherwise."),
    bedrockRoleArn: bedrockText("The IAM role Gatehouse assumes; required with the bedrock provider, ignored otherwise."),
    aiRequestsPerMinute: zWholeNumber(LIMITS.aiRequestsPerMinute),
    aiMegabytesPerMinute: zWholeNumber(LIMITS.aiMegabytesPerMinute),
  })
  .superRefine((v, ctx) => {
    if (v.aiProvider !== "bedrock") return;
    if (!(BEDROCK_REGION_IDS as readonly string[]).includes(v.bedrockRegion)) {
      ctx.addIssue({ code: "custom", path: ["bedrockRegion"], message: "Choose an AWS Region where Amazon Bedrock is offered." });
    }
    if (!IAM_ROLE_ARN.test(v.bedrockRoleArn)) {
      ctx.addIssue({
        code: "custom",
        path: ["bedrockRoleArn"],
        message: "Enter an IAM role ARN such as arn:aws:iam::123456789012:role/GatehouseBedrock.",
      });
    }
  })
  // A platform-managed tenant keeps no Bedrock details around.
  .transform(({ bedrockRegion, bedrockRoleArn, ...rest }) => ({
    ...rest,
    bedrockRegion: rest.aiProvider === "bedrock" ? bedrockRegion : null,
    bedrockRoleArn: rest.aiProvider === "bedrock" ? bedrockRoleArn : null,
  }));

export const updateAiSettings = defineSettingsAction({
  permission: "settings:update",
  input: ZAiSettings,
  section: "ai",
  audit: "settings.ai.updated",
});

/** The function behind the `/api/v1` AI settings endpoint (and the AI page): the caller's tenant only. */
export async function getAiSettings(caller: Caller): Promise<AiSettingsDto> {
  if (!callerHas(caller, "settings:read")) throw refuse.forbidden();
  const [row] = await getDb().select().from(tenantSettings).where(eq(tenantSettings.tenantId, caller.tenantId));
  if (!row) throw refuse.notFound("The tenant");
  const bedrock = row.aiProvider === "bedrock" && row.bedrockRegion && row.bedrockRoleArn
    ? { region: row.bedrockRegion as BedrockRegion, roleArn: row.bedrockRoleArn }
    : null;
  return {
    copilotTestDataAccess: row.copilotTestDataAccess,
    provider: row.aiProvider,
    bedrock,
    limits: { requestsPerMinute: row.aiRequestsPerMinute, megabytesPerMinute: row.aiMegabytesPerMinute },
    knowledgeSourcesAvailable: row.aiProvider === "platform",
  };
}
