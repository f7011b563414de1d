import "server-only";
import { sendMail, type OutgoingMail } from "@/lib/mail/transport";
import type { DefinedAction } from "./define-action";
import { DomainError } from "./errors";

/** What an action that mails returns from its transaction: its DTO and the messages to send once it committed. */
export type WithMail<O> = { dto: O; mail: readonly OutgoingMail[] };

/**
 * The action a form calls: runs the inner action (its change and audit commit first), then sends its mail. The
 * mail — which may carry a one-time link — never reaches the caller; only the DTO does.
 */
export function mailAfterCommit<I, O>(action: DefinedAction<I, WithMail<O>>): DefinedAction<I, O> {
  return {
    permission: action.permission,
    input: action.input,
    async execute(caller, rawInput, meta) {
      const { dto, mail } = await action.execute(caller, rawInput, meta);
      const sent = await Promise.allSettled(mail.map((message) => sendMail(message)));
      const failed = sent.filter((s) => s.status === "rejected");
      if (failed.length) {
        console.error("[mail] could not send:", failed.map((f) => String((f as PromiseRejectedResult).reason)).join("; "));
        throw new DomainError("internal", "Your change was saved, but the e-mail about it could not be sent. Try again in a few minutes.");
      }
      return dto;
    },
  };
}
