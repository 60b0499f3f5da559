import { Dialog } from '../../ui/Dialog.tsx';
import './share.css';

/**
 * A link or a file that could not be opened: what was wrong and what to do, on screen until read.
 * The design that was open is still there.
 */
export function OpenProblemDialog({ title, problems, onClose }: { title: string; problems: readonly string[]; onClose(): void }) {
  return (
    <Dialog title={title} onClose={onClose}>
      <div role="alert">
        <ul className="problem-list">
          {problems.map((problem, i) => <li key={i}>{problem}</li>)}
        </ul>
        <p className="share-intro">Your current design is unchanged.</p>
      </div>
      <div className="dialog-footer">
        <button type="button" className="button button-primary" data-autofocus onClick={onClose}>OK</button>
      </div>
    </Dialog>
  );
}
