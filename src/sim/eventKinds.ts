/**
 * The kinds of event on the engine's queue. An event is (time, kind, subject, token): the subject
 * is a stream, an I/O, a fault change or nothing, per kind; the token tells a stale event from a
 * live one (an I/O's generation, a stream's arrival token).
 */
export const EVENT_KIND = {
  /** The next I/O of a stream (subject: the stream). */
  ARRIVAL: 0,
  /** An I/O's service at a port or a cable ends (subject: the I/O). */
  STAGE_DONE: 1,
  /** An I/O's fixed latencies after its stages end (subject: the I/O). */
  DELAY_END: 2,
  /** A fault starts or ends (subject: the index of the change in the fault schedule). */
  FAULT: 3,
  /** A bursty stream turns on or off (subject: the stream). */
  ON_OFF: 4,
  /** A series sample is due. */
  TICK: 5,
  /** A capped stream's token bucket holds enough for the I/O at the head of its server's queue (subject: the stream). */
  TOKENS: 6,
} as const;
