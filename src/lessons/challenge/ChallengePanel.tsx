import { useMemo, useState } from 'react';
import { describeGoal, describeRule, type Challenge } from '../../model/index.ts';
import { challengeFingerprint, decodeChallenge } from '../../share/index.ts';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import { forgetChallengeInAddress } from '../lessonAddress.ts';
import { useChallengeVerdicts, type GoalState } from './useChallengeVerdicts.ts';
import { HandIn } from './HandIn.tsx';
import { CardToggle } from '../panel/CardToggle.tsx';
import './challenge.css';

/**
 * A challenge from a link. For the student: the goals, those judged from the design alone live,
 * the simulated ones on "Check my answer", and "Hand in" (a link to their design with the same
 * goals). Opened view-only it is an answer handed in: every goal is judged at once, here and now,
 * and the fingerprint says whether the goals are the instructor's own.
 */
export function ChallengePanel() {
  const encoded = useAppStore((s) => s.linkView.challenge);
  const presenting = useAppStore((s) => s.presenting);
  const decoded = useMemo(() => (encoded ? decodeChallenge(encoded) : null), [encoded]);
  if (!decoded || presenting) return null;
  if (!decoded.ok) return <ChallengeProblem problems={decoded.problems.map((p) => p.message)} />;
  return <ChallengeCard challenge={decoded.challenge} encoded={encoded!} />;
}

function useClose() {
  const store = useAppStoreApi();
  return () => {
    const { challenge: _closed, forbid: _rules, ...rest } = store.getState().linkView;
    store.getState().setLinkView(rest);
    forgetChallengeInAddress();
  };
}

function ChallengeProblem({ problems }: { problems: string[] }) {
  const close = useClose();
  return (
    <section className="lesson-panel challenge-panel" role="region" aria-label="Challenge">
      <header className="lesson-header"><h2 className="lesson-title">Challenge</h2><button type="button" className="icon-button" aria-label="Close the challenge" onClick={close}>×</button></header>
      <div role="alert">{problems.map((p) => <p key={p} className="lesson-hint">{p}</p>)}</div>
    </section>
  );
}

function ChallengeCard({ challenge, encoded }: { challenge: Challenge; encoded: string }) {
  const document = useAppStore((s) => s.document);
  const answer = useAppStore((s) => s.viewOnly);
  const linkView = useAppStore((s) => s.linkView);
  const close = useClose();
  const [handingIn, setHandingIn] = useState(false);
  const [open, setOpen] = useState(true);
  const { states, judged, met, checking, hasSimulated, check } = useChallengeVerdicts(challenge, document, answer);
  return (
    <section className="lesson-panel challenge-panel" role="region" aria-label={answer ? 'Answer to a challenge' : 'Challenge'}>
      <header className="lesson-header">
        <div>
          <p className="lesson-kicker">{answer ? 'Answer to a challenge' : 'Challenge'}</p>
          <h2 className="lesson-title">{challenge.title}</h2>
        </div>
        <div className="card-buttons">
          <CardToggle open={open} what="challenge" onToggle={() => setOpen(!open)} />
          <button type="button" className="icon-button" aria-label="Close the challenge" onClick={close}>×</button>
        </div>
      </header>
      {open && (
        <>
          <p className="challenge-fingerprint">Fingerprint <strong className="fingerprint">{challengeFingerprint(challenge)}</strong></p>
          {answer && <HandedInBy name={linkView.name} handedIn={linkView.handedIn} />}
          {!answer && challenge.forbid && (
            <p className="challenge-rules">
              <strong>By hand:</strong> {challenge.forbid.map(describeRule).join(', ')} {challenge.forbid.length === 1 ? 'is' : 'are'} turned off while this challenge is open.
              <span className="share-hint"> An honour system, not proctoring: your answer is judged on its design alone.</span>
            </p>
          )}
          {answer && <p className="share-hint">Each verdict is computed now, in this browser, from the design in this link: a link never carries verdicts. The fingerprint matches the composer’s when these are the instructor’s goals, unedited.</p>}
          <ul className="challenge-goals" aria-label="Goals">
            {challenge.goals.map((goal, i) => <GoalLine key={i} label={describeGoal(goal)} state={states[i]!} />)}
          </ul>
          <p className="challenge-score" role="status">{judged ? `${met} of ${challenge.goals.length} goals met.` : checking ? 'Checking: running the simulation…' : ''}</p>
          <div className="lesson-actions">
            {hasSimulated && <button type="button" className="button" disabled={checking} onClick={check}>{answer ? 'Check again' : 'Check my answer'}</button>}
            {!answer && <button type="button" className="button button-primary" aria-expanded={handingIn} onClick={() => setHandingIn(!handingIn)}>Hand in</button>}
          </div>
          {handingIn && !answer && <HandIn document={document} encoded={encoded} />}
        </>
      )}
    </section>
  );
}

function HandedInBy({ name, handedIn }: { name?: string; handedIn?: number }) {
  const when = handedIn === undefined ? null : new Date(handedIn * 1000).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <p className="challenge-by">
      Handed in by <strong>{name ?? '(no name given)'}</strong>{when && <>, {when}</>}
      <span className="share-hint"> (as the link says: a name is typed by the student, not checked).</span>
    </p>
  );
}

function GoalLine({ label, state: verdict }: { label: string; state: GoalState }) {
  const state = verdict === null ? 'Not checked yet' : verdict === 'checking' ? 'Checking…' : verdict.met ? 'Met' : 'Not met';
  const tone = verdict === null || verdict === 'checking' ? 'is-pending' : verdict.met ? 'is-met' : 'is-unmet';
  return (
    <li className={`challenge-goal ${tone}`}>
      <span className="challenge-mark" aria-hidden="true">{tone === 'is-met' ? '✓' : tone === 'is-unmet' ? '✗' : '…'}</span>
      <span className="challenge-goal-text">
        <span>{label}: <strong>{state}</strong></span>
        {verdict && verdict !== 'checking' && <span className="challenge-detail">{verdict.detail}</span>}
      </span>
    </li>
  );
}
