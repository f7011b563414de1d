"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { IDLE, type ActionState } from "@/lib/action/action-state";
import type { ChainCheckDto } from "@/lib/audit/verify-tenant-chain";
import { verifyChainAction } from "./actions";

export function VerifyChainButton() {
  const [state, action, pending] = useActionState<ActionState<ChainCheckDto>>(verifyChainAction, IDLE);
  return (
    <form action={action} className="flex flex-col gap-2">
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Verifying…" : "Verify the audit chain"}
        </Button>
      </div>
      <FormStatus state={state} />
    </form>
  );
}
