import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/request/client-ip";

describe("clientIp", () => {
  it("ignores X-Forwarded-For unless a proxy is trusted", () => {
    expect(clientIp("198.51.100.4", "203.0.113.99", false)).toBe("198.51.100.4");
    expect(clientIp("::ffff:198.51.100.4", undefined, false)).toBe("198.51.100.4");
    expect(clientIp("::1", "1.2.3.4, 5.6.7.8", false)).toBe("::1");
  });

  it("with a trusted proxy takes the address that proxy appended, not what the client claimed", () => {
    expect(clientIp("10.0.0.2", "203.0.113.99, 198.51.100.4", true)).toBe("198.51.100.4");
    expect(clientIp("10.0.0.2", ["203.0.113.99", "198.51.100.4"], true)).toBe("198.51.100.4");
    expect(clientIp("10.0.0.2", undefined, true)).toBe("10.0.0.2");
    expect(clientIp("10.0.0.2", " , ", true)).toBe("10.0.0.2");
  });
});
