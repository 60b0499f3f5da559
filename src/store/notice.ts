/**
 * A message for the person at the keyboard. `refusal`: the model said no, and why. `problem`:
 * something failed that they should know about (a full storage quota, a damaged autosave).
 * `info`: what just happened. A new id every time, so the same words are announced again.
 */
export type NoticeTone = 'refusal' | 'problem' | 'info';
export type Notice = { id: number; tone: NoticeTone; text: string };

let lastId = 0;

export function createNotice(tone: NoticeTone, text: string): Notice {
  lastId += 1;
  return { id: lastId, tone, text };
}
