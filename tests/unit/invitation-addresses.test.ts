import { describe, expect, it } from "vitest";
import { csvAddresses } from "@/lib/invitations/csv-addresses";
import { splitAddresses, ZInviteBatch } from "@/lib/validation/invitations";

describe("pasted addresses", () => {
  it("splits on commas, semicolons and line breaks and drops blanks", () => {
    expect(splitAddresses(" a@x.test, b@x.test;c@x.test\r\n\nd@x.test ,, ")).toEqual(["a@x.test", "b@x.test", "c@x.test", "d@x.test"]);
  });

  it("the batch schema takes a textarea's text or a list, and workspace grants as id:role or objects", () => {
    const id = "00000000-0000-4000-8000-000000000001";
    const parsed = ZInviteBatch.parse({ emails: ["a@x.test; b@x.test", "c@x.test"], role: "builder", workspaces: `${id}:viewer`, groupIds: id });
    expect(parsed).toEqual({ emails: ["a@x.test", "b@x.test", "c@x.test"], role: "builder", groupIds: [id], workspaces: [{ workspaceId: id, role: "viewer" }] });
    expect(ZInviteBatch.parse({ emails: "a@x.test", role: "consumer", workspaces: [{ workspaceId: id, role: "owner" }] }).workspaces).toEqual([{ workspaceId: id, role: "owner" }]);
    expect(ZInviteBatch.safeParse({ emails: "", role: "consumer" }).success).toBe(false);
    expect(ZInviteBatch.safeParse({ emails: "a@x.test", role: "owner" }).success).toBe(false);
    expect(ZInviteBatch.safeParse({ emails: "a@x.test", role: "consumer", workspaces: `${id}:admin` }).success).toBe(false);
  });
});

describe("CSV addresses", () => {
  it("reads the column headed email, whatever its position and quoting", () => {
    const csv = '\uFEFFName,E-mail,Team\r\n"Lovelace, Ada",ada@x.test,R&D\n"Bob ""B"" Smith","bob@x.test",Ops\n\nCarl,,Ops\n';
    expect(csvAddresses(csv)).toEqual(["ada@x.test", "bob@x.test"]);
  });

  it("without an email header takes the first column of every line", () => {
    expect(csvAddresses("ada@x.test,Ada\nbob@x.test;Bob\n")).toEqual(["ada@x.test", "bob@x.test"]);
    expect(csvAddresses("")).toEqual([]);
  });
});
