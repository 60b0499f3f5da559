import { useId, useMemo, useState } from 'react';
import { CHALLENGE_RULES, describeRule, type GoalKind } from '../../model/index.ts';
import { buildLink, challengeFingerprint, encodeChallenge } from '../../share/index.ts';
import { useAppStore } from '../../store/hooks.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { composeChallenge, defaultDraft, failureTargets, GOAL_MENU, menuLabel, withGoalPicked, withRule, type ChallengeDraft } from '../../curriculum/challengeDraft.ts';
import { LinkField } from './LinkField.tsx';
import { ServingNote } from '../../panels/share/ServingNote.tsx';
import { useLinkBase } from '../../panels/share/useLinkBase.ts';
import './challenge.css';

/**
 * Compose a challenge from the design on show: it becomes the starting design, the goals come
 * from the menu, and the whole travels in a link (no server). The fingerprint is what the
 * instructor notes, to recognise their own goals in the answers handed in.
 */
export function ChallengeComposer({ onClose }: { onClose(): void }) {
  const topology = useAppStore((s) => s.document);
  const [draft, setDraft] = useState<ChallengeDraft>(() => defaultDraft(topology));
  const composed = useMemo(() => composeChallenge(draft, topology), [draft, topology]);
  const linkBase = useLinkBase();
  const url = useMemo(
    () => (composed.ok ? buildLink(topology, linkBase.base, { challenge: encodeChallenge(composed.challenge) }) : null),
    [composed, topology, linkBase.base],
  );
  const id = useId();
  return (
    <Dialog title="Compose a challenge" onClose={onClose} wide>
      <div className="composer">
        <p className="share-intro">Your students start from this design, “{topology.name}”. Pick the goals their answer must meet; each is judged afresh when an answer is opened.</p>
        <div className="field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input id={`${id}-title`} value={draft.title} maxLength={120} data-autofocus onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        </div>
        <fieldset className="composer-goals">
          <legend>Goals</legend>
          {GOAL_MENU.map((kind) => <GoalRow key={kind} kind={kind} draft={draft} onChange={setDraft} />)}
        </fieldset>
        <fieldset className="composer-goals">
          <legend>Solve by hand: turn off</legend>
          <div className="composer-rules">
            {CHALLENGE_RULES.map((rule) => (
              <label key={rule} className="share-check">
                <input type="checkbox" checked={draft.forbid.includes(rule)} onChange={(e) => setDraft(withRule(draft, rule, e.target.checked))} />
                <span>{describeRule(rule)}</span>
              </label>
            ))}
          </div>
          <p className="share-hint">The app refuses these while the challenge is open. An honour system, not proctoring: answers are judged on the design alone.</p>
        </fieldset>
        {composed.ok && url ? (
          <>
            <p className="composer-fingerprint">
              Fingerprint <strong className="fingerprint">{challengeFingerprint(composed.challenge)}</strong>
              <span className="share-hint"> Note it: an answer whose goals are yours, unedited, shows the same.</span>
            </p>
            <ServingNote linkBase={linkBase} />
            <LinkField label="Challenge link" url={url} />
          </>
        ) : (
          <ul className="composer-problems" role="alert">{!composed.ok && composed.problems.map((p) => <li key={p}>{p}</li>)}</ul>
        )}
      </div>
    </Dialog>
  );
}

function GoalRow({ kind, draft, onChange }: { kind: GoalKind; draft: ChallengeDraft; onChange(draft: ChallengeDraft): void }) {
  const topology = useAppStore((s) => s.document);
  const picked = draft.picked.includes(kind);
  const toggle = (on: boolean) => onChange(withGoalPicked(draft, kind, on));
  return (
    <div className={`composer-goal${picked ? ' is-picked' : ''}`}>
      <label className="share-check">
        <input type="checkbox" checked={picked} onChange={(e) => toggle(e.target.checked)} />
        <span>{menuLabel(kind)}</span>
      </label>
      {kind === 'p99-under' && (
        <span className="composer-params">
          <select aria-label="Traffic class" disabled={!picked} value={draft.p99.trafficClass} onChange={(e) => onChange({ ...draft, p99: { ...draft.p99, trafficClass: e.target.value === 'network' ? 'network' : 'storage' } })}>
            <option value="storage">Storage</option>
            <option value="network">Network</option>
          </select>
          <span>under</span>
          <input type="number" aria-label="p99 target, ms" min={0.1} step={0.1} disabled={!picked} value={draft.p99.ms} onChange={(e) => onChange({ ...draft, p99: { ...draft.p99, ms: e.target.valueAsNumber } })} />
          <span>ms</span>
        </span>
      )}
      {kind === 'at-most-adapters' && (
        <span className="composer-params">
          <input type="number" aria-label="Most adapters allowed" min={0} step={1} disabled={!picked} value={draft.maxAdapters} onChange={(e) => onChange({ ...draft, maxAdapters: e.target.valueAsNumber })} />
          <span>adapters</span>
        </span>
      )}
      {kind === 'survives-failure-of' && (
        <span className="composer-params">
          <select aria-label="Element that fails" disabled={!picked} value={draft.failTarget} onChange={(e) => onChange({ ...draft, failTarget: e.target.value })}>
            {failureTargets(topology).length === 0 && <option value="">(no adapter or switch in this design)</option>}
            {failureTargets(topology).map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}
          </select>
        </span>
      )}
    </div>
  );
}
