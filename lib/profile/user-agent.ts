/** A person-readable "browser on OS" from a user agent string; enough for a session list, not for analytics. */
export type DeviceDescription = { browser: string; os: string };

// Order matters: Edge and Opera also claim Chrome, Chrome also claims Safari.
const BROWSERS: [RegExp, string][] = [
  [/Edg(?:e|A|iOS)?\/(\d+)/, "Edge"],
  [/(?:OPR|Opera)\/(\d+)/, "Opera"],
  [/SamsungBrowser\/(\d+)/, "Samsung Internet"],
  [/(?:Firefox|FxiOS)\/(\d+)/, "Firefox"],
  [/(?:HeadlessChrome)\/(\d+)/, "Headless Chrome"],
  [/(?:Chrome|CriOS)\/(\d+)/, "Chrome"],
  [/Version\/(\d+)[.\d]* (?:Mobile\/\S+ )?Safari\//, "Safari"],
  [/curl\/(\d+)/, "curl"],
];

const SYSTEMS: [RegExp, string | ((m: RegExpMatchArray) => string)][] = [
  [/Windows NT 10/, "Windows"],
  [/Windows NT (\d+\.\d+)/, (m) => `Windows NT ${m[1]}`],
  [/(?:iPhone|iPad|iPod).*? OS (\d+)/, (m) => `iOS ${m[1]}`],
  [/Mac OS X/, "macOS"],
  [/Android (\d+)/, (m) => `Android ${m[1]}`],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

export function describeUserAgent(userAgent: string | null): DeviceDescription {
  if (!userAgent) return { browser: "Unknown browser", os: "unknown system" };
  const browser = BROWSERS.map(([pattern, name]) => {
    const match = userAgent.match(pattern);
    return match ? `${name} ${match[1]}` : null;
  }).find(Boolean);
  const system = SYSTEMS.map(([pattern, name]) => {
    const match = userAgent.match(pattern);
    return match ? (typeof name === "string" ? name : name(match)) : null;
  }).find(Boolean);
  return { browser: browser ?? "Unknown browser", os: system ?? "unknown system" };
}
