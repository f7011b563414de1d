import { z } from "zod";

/** One id from a form or the API; anything else reads as "not found" for `what`. */
export const zId = (what: string) => z.uuid(`${what} was not found.`);

/** One or more ids: FormData gives a single string for one value and an array for several. */
export const zIdList = (what: string, emptyMessage: string) =>
  z.preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(zId(what)).min(1, emptyMessage).max(100, "Choose at most 100 at a time."),
  );

/** For ids taken from an address: a malformed one is simply not found. */
export const isId = (value: string) => z.uuid().safeParse(value).success;
