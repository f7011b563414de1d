import { SCOPE_LABEL, type KeyView } from "./key-view";

/** The cells every key list shows: scope, created, expires and last used. */
export function KeyDetailCells({ view }: { view: KeyView }) {
  return (
    <>
      <td className="py-3 pr-4">{SCOPE_LABEL[view.scope]}</td>
      <td className="py-3 pr-4">{view.created}</td>
      <td className="py-3 pr-4">{view.expired ? <span className="text-danger">Expired {view.expires}</span> : view.expires}</td>
      <td className="py-3 pr-4">{view.lastUsed}</td>
    </>
  );
}
