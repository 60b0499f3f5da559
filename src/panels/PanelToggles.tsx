import { useAppStore, useAppStoreApi } from '../store/hooks.ts';
import { Icon } from '../ui/Icon.tsx';

/**
 * Show or hide the palette and the panels. On a phone they are drawers over the canvas, one at a
 * time; on a wide screen the palette stays, and the panels can be hidden to give the canvas room.
 */
export function PanelToggles({ narrow }: { narrow: boolean }) {
  const store = useAppStoreApi();
  const drawer = useAppStore((s) => s.drawer);
  const sidePanelOpen = useAppStore((s) => s.sidePanelOpen);
  // A view-only design has no palette to open.
  const viewOnly = useAppStore((s) => s.viewOnly);
  const panelsShown = narrow ? drawer === 'panels' : sidePanelOpen;
  const togglePanels = () => {
    const state = store.getState();
    if (narrow) state.setDrawer(drawer === 'panels' ? null : 'panels');
    else state.setSidePanelOpen(!sidePanelOpen);
  };
  return (
    <>
      {narrow && !viewOnly && (
        <button
          type="button" className="tool-button with-label" aria-expanded={drawer === 'palette'} aria-controls="palette"
          onClick={() => store.getState().setDrawer(drawer === 'palette' ? null : 'palette')}
        >
          <Icon name="plus" /><span>Add</span>
        </button>
      )}
      <button
        type="button" className="tool-button" aria-expanded={panelsShown} aria-controls="side-panel"
        aria-label="Inspector and findings" title={panelsShown ? 'Hide the inspector and findings' : 'Show the inspector and findings'}
        onClick={togglePanels}
      >
        <Icon name="panels" />
      </button>
    </>
  );
}
