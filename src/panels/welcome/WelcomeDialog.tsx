import { useEffect } from 'react';
import { leaveWelcome, type WelcomeChoice } from '../../commands/dialogCommands.ts';
import { useCommandContext } from '../../commands/useCommands.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { Icon, type IconName } from '../../ui/Icon.tsx';
import { useNarrowScreen } from '../../ui/narrowScreen.ts';
import './welcome.css';
import { removeWelcomeShell } from './welcomeShell.ts';

const CHOICES: readonly { choice: WelcomeChoice; icon: IconName; title: string; detail: string }[] = [
  { choice: 'lessons', icon: 'lessons', title: 'Take the guided lessons', detail: 'Eight short lessons, three to five minutes each: from one server\'s adapters to when sharing them pays and how to keep a noisy neighbour in check.' },
  { choice: 'example', icon: 'layout', title: 'Open an example rack', detail: 'Eight servers sharing their adapters in one I/O virtualization switch: press Run to see it work.' },
  { choice: 'blank', icon: 'plus', title: 'Start a blank design', detail: 'Drag servers, adapters and switches from the palette and cable them.' },
];

/**
 * The newcomer's first screen: what the tool is for, in one line, and three ways in. Never shown
 * over a link being opened; once closed, by a choice or ×, not shown again (Help ▸ Welcome… brings it back).
 */
export default function WelcomeDialog() {
  const context = useCommandContext();
  const narrow = useNarrowScreen();
  // After the Dialog's own effect has shown it (a child's effects run first): index.html's
  // stand-in goes in the same task, so no frame shows neither.
  useEffect(removeWelcomeShell, []);
  return (
    <Dialog title="Welcome to IOV Studio" onClose={() => leaveWelcome(context, 'close')} className="welcome-dialog">
      <p className="welcome-purpose">Design and simulate servers that share their I/O adapters.</p>
      <p className="welcome-detail">
        Draw a rack, run a simulation of its storage and network traffic, and see what sharing FC HBAs and
        Ethernet NICs in an external I/O virtualization switch saves, and what it costs in response time.
      </p>
      <ul className="welcome-choices">
        {CHOICES.map(({ choice, icon, title, detail }, i) => (
          <li key={choice}>
            <button type="button" className="welcome-choice" data-autofocus={i === 0 ? true : undefined} onClick={() => leaveWelcome(context, choice)}>
              <Icon name={icon} size={24} />
              <span className="welcome-choice-text">
                <strong>{title}</strong>
                <span>{detail}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {/* On a phone Help's items sit in the Design menu: name the menu the reader has. */}
      <p className="welcome-footnote">Your designs stay in this browser; nothing is sent to a server. {narrow ? 'Design' : 'Help'} ▸ Welcome brings this back.</p>
    </Dialog>
  );
}
