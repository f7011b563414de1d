import "server-only";
import { refuse } from "@/lib/action/errors";
import { formDataToObject } from "@/lib/action/form-data";
import { MAX_CSV_BYTES } from "@/lib/validation/invitations";
import { csvAddresses } from "./csv-addresses";

/**
 * The invite form as the batch input: the pasted addresses plus those of the uploaded CSV file, read and parsed here
 * on the server (refused above MAX_CSV_BYTES before it is read).
 */
export async function invitationFormInput(formData: FormData): Promise<Record<string, unknown>> {
  const { csv, ...fields } = formDataToObject(formData);
  if (!(csv instanceof File) || csv.size === 0) return fields;
  if (csv.size > MAX_CSV_BYTES) throw refuse.invalid({ csv: [`The file is larger than ${MAX_CSV_BYTES / 1024} KB; split it into several batches.`] });
  const pasted = fields.emails === undefined ? [] : Array.isArray(fields.emails) ? fields.emails : [fields.emails];
  return { ...fields, emails: [...pasted.filter((e) => e !== ""), ...csvAddresses(await csv.text())] };
}
