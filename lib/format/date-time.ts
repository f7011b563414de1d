export type DateFormat = "MM/DD/YYYY" | "DD/MM/YYYY";
export type TimeFormat = "12h" | "24h";
export type DisplayFormat = { dateFormat: DateFormat; timeFormat: TimeFormat };

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The one formatter for every date and time the console shows (SPEC §8): the tenant's date and time format, in UTC
 * so that every member and every server renders the same instant the same way.
 */
export function formatDate(value: Date, format: DisplayFormat): string {
  const day = pad(value.getUTCDate());
  const month = pad(value.getUTCMonth() + 1);
  const year = value.getUTCFullYear();
  return format.dateFormat === "DD/MM/YYYY" ? `${day}/${month}/${year}` : `${month}/${day}/${year}`;
}

export function formatTime(value: Date, format: DisplayFormat): string {
  const hours = value.getUTCHours();
  const minutes = pad(value.getUTCMinutes());
  if (format.timeFormat === "24h") return `${pad(hours)}:${minutes}`;
  return `${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${hours < 12 ? "AM" : "PM"}`;
}

export function formatDateTime(value: Date, format: DisplayFormat): string {
  return `${formatDate(value, format)} ${formatTime(value, format)} UTC`;
}
