// Where a client is in the bot (S3 §2.2), kept per messenger user in the
// server's bot_user.flow: a small state machine in our own table rather than a
// replayed conversation (grammY's conversations replay every stored update and
// slow down as they grow — wave2.md).
//
// Buttons carry short data (Telegram allows 64 bytes): an action ("a:book"), or
// a choice on the current screen ("c:<v>:<n>", "p:<v>:<page>"), where <v> is the
// screen's version: a press on an older message's button is recognised as
// stale instead of meaning whatever is at that place now.
import type {BotButton} from '../events.ts';
import type {Locale} from '../../i18n/locales.ts';
import type {ServerTranslate} from '../../i18n/translate.ts';

export type Step = 'idle' | 'write' | 'service' | 'day' | 'time' | 'confirm' | 'phone' | 'mine' | 'booking' | 'masters' | 'lang' | 'review';

export type Flow = {
  readonly step: Step;
  /** The version of the buttons on the last screen. */
  readonly v: number;
  readonly page?: number | undefined;
  /** What the choices of the current screen stand for (ids, days, start times). */
  readonly choices?: readonly string[] | undefined;
  readonly serviceId?: string | undefined;
  readonly day?: string | undefined;
  readonly start?: number | undefined;
  /** The booking chosen in "my bookings", or being moved. */
  readonly bookingId?: string | undefined;
  readonly moving?: boolean | undefined;
  readonly rating?: number | undefined;
};

export const IDLE: Flow = {step: 'idle', v: 0};

export type BotInput =
  | {readonly kind: 'text'; readonly text: string; readonly photos: number}
  | {readonly kind: 'button'; readonly data: string}
  /** The sender shared their phone (Telegram contact) or the channel gives it. */
  | {readonly kind: 'phone'; readonly phone: string}
  /** A link was followed (the server has made its master the active one). */
  | {readonly kind: 'start'};

export type Reply = {
  readonly text: string;
  readonly buttons?: readonly (readonly BotButton[])[] /** Ask for the sender's phone: the label of the "share my number" button where the channel has one. */;
  readonly askPhone?: string;
};

export type Choice = {readonly value: string; readonly label: string};
export type Booked = {readonly ok: true; readonly when: string} | {readonly ok: false; readonly nearest: readonly Choice[]; readonly reason?: string};

/** What the bot may ask of the world; the server implements it (sync-server/messaging/bot-ports.ts), tests in memory. */
export type BotPorts = {
  readonly t: ServerTranslate;
  /** Choices per screen on this channel (VK ~5, a WhatsApp list 9 + "more"). */
  readonly perScreen: number;
  /** The master this chat is with now; undefined when the client has not chosen one. */
  master(): {readonly name: string} | undefined;
  /** The masters the client may switch to (reached by their links, or all of a company reached by its own link). */
  masters(): Promise<readonly Choice[]>;
  chooseMaster(id: string): Promise<{readonly name: string} | undefined>;
  services(): Promise<readonly Choice[]>;
  serviceTitle(id: string): Promise<string | undefined>;
  /** Days with free time for the service (value: YYYY-MM-DD; label in the client's language). */
  days(serviceId: string): Promise<readonly Choice[]>;
  /** Free start times of the day (value: epoch ms). */
  times(serviceId: string, day: string): Promise<readonly Choice[]>;
  whenLabel(start: number): string;
  phone(): string | undefined;
  /** Reads a typed phone number; undefined when it is not one. */
  readPhone(text: string): string | undefined;
  savePhone(phone: string): Promise<void>;
  book(serviceId: string, start: number): Promise<Booked>;
  bookings(): Promise<readonly Choice[]>;
  cancel(bookingId: string): Promise<'ok' | 'too-late'>;
  /** The service of a booking being moved. */
  serviceOfBooking(bookingId: string): Promise<string | undefined>;
  move(bookingId: string, start: number): Promise<Booked | 'too-late'>;
  history(): Promise<readonly {readonly mine: boolean; readonly text: string}[]>;
  /** Switches the language; returns the words in it. */
  setLocale(l: Locale): Promise<ServerTranslate>;
  optOut(): Promise<void>;
  review(bookingId: string, rating: number, text: string): Promise<void>;
  /** K3: a short code to type in another messenger (valid 15 minutes). */
  linkCode(): Promise<string>;
  /** K3: a code typed here, made in another messenger: that messenger's name once both are one client. */
  useLinkCode(code: string): Promise<{readonly channel: string} | undefined>;
};

export type Outcome = {readonly flow: Flow; readonly replies: readonly Reply[]};
