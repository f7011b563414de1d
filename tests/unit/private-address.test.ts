import { describe, expect, it } from "vitest";
import { isPrivateAddress, isPrivateHost } from "@/lib/net/private-address";

describe("private addresses (SSRF guard for SIEM destinations)", () => {
  it.each(["127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "::", "fd00::1", "fe80::1", "::ffff:10.0.0.1", "224.0.0.1"])(
    "%s is private",
    (ip) => expect(isPrivateAddress(ip)).toBe(true),
  );
  it.each(["8.8.8.8", "172.32.0.1", "172.15.255.255", "192.169.0.1", "2001:4860:4860::8888", "::ffff:8.8.8.8"])("%s is public", (ip) =>
    expect(isPrivateAddress(ip)).toBe(false),
  );
  it("treats localhost names and bracketed literals as private hosts, other names as unknown until resolved", () => {
    expect(isPrivateHost("localhost")).toBe(true);
    expect(isPrivateHost("siem.localhost")).toBe(true);
    expect(isPrivateHost("[::1]")).toBe(true);
    expect(isPrivateHost("siem.example.com")).toBe(false);
  });
});
