import { lazy, Suspense, useCallback, useEffect } from 'react';
import { removeWelcomeShell } from './welcome/welcomeShell.ts';
import { useAppStore, useAppStoreApi } from '../store/hooks.ts';
import type { Dialog } from '../store/index.ts';
import { lazyNamed } from '../ui/lazyNamed.ts';

// Every dialog is fetched when first opened: none is needed to draw the design.
const ChooseTargetDialog = lazyNamed(() => import('./ChooseTargetDialog.tsx'), 'ChooseTargetDialog');
const RecentDesignsDialog = lazyNamed(() => import('./RecentDesignsDialog.tsx'), 'RecentDesignsDialog');
const ShortcutSheet = lazyNamed(() => import('./ShortcutSheet.tsx'), 'ShortcutSheet');
const ExportImageDialog = lazyNamed(() => import('./share/ExportImageDialog.tsx'), 'ExportImageDialog');
const OpenProblemDialog = lazyNamed(() => import('./share/OpenProblemDialog.tsx'), 'OpenProblemDialog');
const ShareDialog = lazyNamed(() => import('./share/ShareDialog.tsx'), 'ShareDialog');
const CompareView = lazyNamed(() => import('./compare/CompareView.tsx'), 'CompareView');
const PricesDialog = lazyNamed(() => import('./compare/PricesDialog.tsx'), 'PricesDialog');
const SizePoolDialog = lazyNamed(() => import('./compare/SizePoolDialog.tsx'), 'SizePoolDialog');
const VirtualizeDialog = lazyNamed(() => import('./compare/VirtualizeDialog.tsx'), 'VirtualizeDialog');
const LessonsDialog = lazyNamed(() => import('../lessons/panel/LessonsDialog.tsx'), 'LessonsDialog');
const ChallengeComposer = lazyNamed(() => import('../lessons/challenge/ChallengeComposer.tsx'), 'ChallengeComposer');
const WelcomeDialog = lazy(() => import('./welcome/WelcomeDialog.tsx'));
const GradeView = lazy(() => import('../lessons/grade/GradeView.tsx'));

/** The dialog the store says is open, if any. */
export function DialogHost() {
  const store = useAppStoreApi();
  const dialog = useAppStore((s) => s.dialog);
  const close = useCallback(() => store.getState().closeDialog(), [store]);
  // index.html's welcome stands in only until the app's own welcome is drawn (WelcomeDialog): any
  // other dialog, none, or this host's end (a crash caught by its boundary) removes it.
  useEffect(() => { if (dialog?.type !== 'welcome') removeWelcomeShell(); }, [dialog]);
  useEffect(() => removeWelcomeShell, []);
  if (!dialog) return null;
  return <Suspense fallback={null}>{dialogFor(dialog, close)}</Suspense>;
}

function dialogFor(dialog: Dialog, close: () => void) {
  switch (dialog.type) {
    case 'welcome':
      return <WelcomeDialog />;
    case 'grade':
      return <GradeView onClose={close} />;
    case 'shortcuts':
      return <ShortcutSheet onClose={close} />;
    case 'recent':
      return <RecentDesignsDialog onClose={close} />;
    case 'connect':
      return <ChooseTargetDialog key={`c-${dialog.fromId}`} mode="connect" id={dialog.fromId} onClose={close} />;
    case 'place':
      return <ChooseTargetDialog key={`p-${dialog.id}`} mode="place" id={dialog.id} onClose={close} />;
    case 'share':
      return <ShareDialog onClose={close} />;
    case 'export-image':
      return <ExportImageDialog onClose={close} />;
    case 'lessons':
      return <LessonsDialog onClose={close} />;
    case 'challenge':
      return <ChallengeComposer onClose={close} />;
    case 'virtualize':
      return <VirtualizeDialog onClose={close} />;
    case 'prices':
      return <PricesDialog key={`prices-${dialog.back ?? ''}`} back={dialog.back} onClose={close} />;
    case 'compare':
      return <CompareView onClose={close} />;
    case 'size-pool':
      return <SizePoolDialog onClose={close} />;
    case 'open-problem':
      return <OpenProblemDialog title={dialog.title} problems={dialog.problems} onClose={close} />;
  }
}
