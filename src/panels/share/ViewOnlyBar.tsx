import { fragmentWithout } from '../../share/linkFragment.ts';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import './share.css';

/**
 * Above the canvas while a design opened from a view-only link is shown without its editing
 * tools. "Edit this design" brings them back; the address loses `m=view` so a reload keeps editing.
 */
export function ViewOnlyBar() {
  const store = useAppStoreApi();
  const viewOnly = useAppStore((s) => s.viewOnly);
  if (!viewOnly) return null;
  const edit = () => {
    store.getState().setViewOnly(false);
    history.replaceState(history.state, '', `${location.pathname}${location.search}${fragmentWithout(location.hash, ['d', 'm=view'])}`);
    store.getState().notify('info', 'You can edit this design now. It is your own copy, saved in this browser; the shared link is unchanged.');
  };
  return (
    <div className="view-only-bar" role="region" aria-label="View only">
      <p><strong>View only.</strong><span className="view-only-detail"> This shared design opened without the editing tools.</span></p>
      <button type="button" className="button" onClick={edit}>Edit this design</button>
    </div>
  );
}
