/** A workspace an event names: its current name, or the start of its id once it has been deleted. */
export function WorkspaceLabel({ id, names }: { id: string | null; names: ReadonlyMap<string, string> }) {
  if (!id) return <>—</>;
  const name = names.get(id);
  if (name) return <span title={id}>{name}</span>;
  return (
    <span title={id}>
      <code className="text-xs">{id.slice(0, 8)}</code> (deleted)
    </span>
  );
}
