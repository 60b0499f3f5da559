import { lazy, Suspense, useCallback } from 'react';
import { useAppStore, useAppStoreApi } from '../store/hooks.ts';
import { ChooseTargetDialog } from './ChooseTargetDialog.tsx';
import { RecentDesignsDialog } from './RecentDesignsDialog.tsx';
import { ShortcutSheet } from './ShortcutSheet.tsx';
import { ExportImageDialog } from './share/ExportImageDialog.tsx';
import { OpenProblemDialog } from './share/OpenProblemDialog.tsx';
import { ShareDialog } from './share/ShareDialog.tsx';
import { CompareView } from './compare/CompareView.tsx';
import { PricesDialog } from './compare/PricesDialog.tsx';
import { SizePoolDialog } from './compare/SizePoolDialog.tsx';
import { VirtualizeDialog } from './compare/VirtualizeDialog.tsx';
import { LessonsDialog } from '../lessons/panel/LessonsDialog.tsx';
import { ChallengeComposer } from '../lessons/challenge/ChallengeComposer.tsx';

// Loaded when first opened: most visits never show them (the welcome shows once, grading is the instructor's).
const WelcomeDialog = lazy(() => import('./welcome/WelcomeDialog.tsx'));
const GradeView = lazy(() => import('../lessons/grade/GradeView.tsx'));

/** The dialog the store says is open, if any. */
export function DialogHost() {
  const store = useAppStoreApi();
  const dialog = useAppStore((s) => s.dialog);
  const close = useCallback(() => store.getState().closeDialog(), [store]);
  if (!dialog) return null;
  switch (dialog.type) {
    case 'welcome':
      return <Suspense fallback={null}><WelcomeDialog /></Suspense>;
    case 'grade':
      return <Suspense fallback={null}><GradeView onClose={close} /></Suspense>;
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
