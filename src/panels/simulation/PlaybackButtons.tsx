import { ariaKeyShortcuts, formatShortcut, type Command } from '../../commands/command.ts';
import { restartSimulation, runOrPause, stepSimulation } from '../../commands/simulationCommands.ts';
import { useCommandContext } from '../../commands/useCommands.ts';
import { useAppStore } from '../../store/hooks.ts';
import { stepSeconds } from '../../store/simulationSlice.ts';
import { formatSeconds } from './formatFigures.ts';
import { TransportIcon, type TransportIconName } from './TransportIcon.tsx';

const PLAYING = new Set(['playing', 'running', 'stepping']);

/** Run or pause (one button that says what it will do), one step, and back to time 0: the commands the keys run. */
export function PlaybackButtons() {
  const status = useAppStore((s) => s.simulation.status);
  const duration = useAppStore((s) => s.document.settings.duration);
  const hasRun = useAppStore((s) => s.simulation.runDocument !== null);
  const playing = PLAYING.has(status);
  const step = formatSeconds(stepSeconds(duration));
  return (
    <div className="sim-buttons" role="group" aria-label="Playback">
      <TransportButton command={runOrPause} icon={playing ? 'pause' : 'play'} label={playing ? 'Pause' : 'Run'} primary />
      <TransportButton command={stepSimulation} icon="step" label={`Step ${step}`} hint={`Step ${step} of simulated time, then pause`} disabled={status === 'running' || status === 'loading'} />
      <TransportButton command={restartSimulation} icon="restart" label="Restart" hint="Back to time 0" disabled={!hasRun} />
    </div>
  );
}

type TransportButtonProps = { command: Command; icon: TransportIconName; label: string; hint?: string; primary?: boolean; disabled?: boolean };

function TransportButton({ command, icon, label, hint = label, primary = false, disabled = false }: TransportButtonProps) {
  const context = useCommandContext();
  const shortcut = command.shortcuts[0];
  return (
    <button
      type="button" className={`tool-button${primary ? ' with-label sim-primary' : ''}`} disabled={disabled}
      aria-label={label} aria-keyshortcuts={ariaKeyShortcuts(command) || undefined}
      title={shortcut ? `${hint} (${formatShortcut(shortcut)})` : hint} onClick={() => command.run(context)}
    >
      <TransportIcon name={icon} />
      {primary && <span>{label}</span>}
    </button>
  );
}
