import { removeGroupMemberAction } from "@/app/(console)/settings/groups/actions";
import { ActionForm } from "@/components/forms/action-form";

/** Removes one member from one group, after asking; used on the group's page and on the member's page. */
export function RemoveFromGroup({ group, member }: { group: { id: string; name: string }; member: { id: string; name: string } }) {
  return (
    <ActionForm
      inline
      action={removeGroupMemberAction}
      submitLabel="Remove"
      variant="secondary"
      confirm={`Remove ${member.name} from ${group.name}?`}
      fields={[
        { kind: "hidden", name: "groupId", value: group.id },
        { kind: "hidden", name: "userId", value: member.id },
      ]}
    />
  );
}
