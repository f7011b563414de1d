import { describe, expect, it } from "vitest";
import { getAiSettings, updateAiSettings } from "@/lib/settings/ai-settings";
import { META, seedTenant } from "./support/fixtures";
import { eventsOf, refusalOf, settingsOf } from "./support/settings-rows";

const BEDROCK = {
  copilotTestDataAccess: "on",
  aiProvider: "bedrock",
  bedrockRegion: "eu-central-1",
  bedrockRoleArn: "arn:aws:iam::123456789012:role/GatehouseBedrock",
  aiRequestsPerMinute: "100",
  aiMegabytesPerMinute: "8",
};

describe("AI settings", () => {
  it("defaults to platform-managed models, Copilot without test data, 40 requests and 3 MB a minute", async () => {
    const { members } = await seedTenant(["admin"]);
    expect(await getAiSettings(members[0]!.caller)).toEqual({
      copilotTestDataAccess: false,
      provider: "platform",
      bedrock: null,
      limits: { requestsPerMinute: 40, megabytesPerMinute: 3 },
      knowledgeSourcesAvailable: true,
    });
  });

  it("saves the tenant's own Bedrock and reads it back as the platform will (the API's function)", async () => {
    const { tenantId, members } = await seedTenant(["admin"]);
    const admin = members[0]!.caller;
    await updateAiSettings.execute(admin, BEDROCK, META);
    expect(await getAiSettings(admin)).toEqual({
      copilotTestDataAccess: true,
      provider: "bedrock",
      bedrock: { region: "eu-central-1", roleArn: BEDROCK.bedrockRoleArn },
      limits: { requestsPerMinute: 100, megabytesPerMinute: 8 },
      knowledgeSourcesAvailable: false,
    });
    const [event] = await eventsOf(tenantId);
    expect(event!.details).toEqual({
      before: { copilotTestDataAccess: false, aiProvider: "platform", bedrockRegion: null, bedrockRoleArn: null, aiRequestsPerMinute: 40, aiMegabytesPerMinute: 3 },
      after: { copilotTestDataAccess: true, aiProvider: "bedrock", bedrockRegion: "eu-central-1", bedrockRoleArn: BEDROCK.bedrockRoleArn, aiRequestsPerMinute: 100, aiMegabytesPerMinute: 8 },
    });

    // Back to platform-managed: the Bedrock details go with it, whatever the form still carried.
    await updateAiSettings.execute(admin, { ...BEDROCK, aiProvider: "platform" }, META);
    expect(await settingsOf(tenantId)).toMatchObject({ aiProvider: "platform", bedrockRegion: null, bedrockRoleArn: null });
  });

  it("accepts JSON input as the API will send it", async () => {
    const { members } = await seedTenant(["admin"]);
    const admin = members[0]!.caller;
    await updateAiSettings.execute(admin, { ...BEDROCK, copilotTestDataAccess: false, aiRequestsPerMinute: 7, aiMegabytesPerMinute: 1 }, META);
    expect(await getAiSettings(admin)).toMatchObject({ copilotTestDataAccess: false, limits: { requestsPerMinute: 7, megabytesPerMinute: 1 } });
  });

  it("refuses an unknown region and a malformed role ARN next to each field; nothing changes", async () => {
    const { tenantId, members } = await seedTenant(["admin"]);
    const before = await settingsOf(tenantId);
    const error = await refusalOf(
      updateAiSettings.execute(members[0]!.caller, { ...BEDROCK, bedrockRegion: "us-east-9", bedrockRoleArn: "arn:aws:iam::1234:role/x" }, META),
    );
    expect(error.fieldErrors).toEqual({
      bedrockRegion: ["Choose an AWS Region where Amazon Bedrock is offered."],
      bedrockRoleArn: ["Enter an IAM role ARN such as arn:aws:iam::123456789012:role/GatehouseBedrock."],
    });
    const limits = await refusalOf(updateAiSettings.execute(members[0]!.caller, { ...BEDROCK, aiRequestsPerMinute: "0", aiMegabytesPerMinute: "2000" }, META));
    expect(limits.fieldErrors).toEqual({
      aiRequestsPerMinute: ["Enter a whole number from 1 to 10000."],
      aiMegabytesPerMinute: ["Enter a whole number from 1 to 1024."],
    });
    expect(await settingsOf(tenantId)).toEqual(before);
    expect(await eventsOf(tenantId)).toHaveLength(0);
  });

  it("only callers holding settings:read may read them, and only their own tenant's", async () => {
    const a = await seedTenant(["admin", "builder", "consumer"]);
    const b = await seedTenant(["admin"]);
    await updateAiSettings.execute(b.members[0]!.caller, BEDROCK, META);
    for (const member of a.members.slice(1)) {
      expect((await refusalOf(getAiSettings(member.caller))).code).toBe("forbidden");
    }
    expect((await getAiSettings(a.members[0]!.caller)).provider).toBe("platform");
  });
});
