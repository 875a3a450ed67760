// The client half of a module's manifest: its section in the navigation, its
// screen (loaded on first open, warmed right after the first paint so it opens
// offline later), and the queries it keeps subscribed for the whole session
// so its screens work without a network. The workspace and the shell loop over
// client/src/module/list.ts; nothing else lists modules.
import type {ComponentType} from 'react';
import type {Module} from '#shared/company/modules.ts';
import type {AuthContext} from '#shared/auth/context.ts';
import type {MessageKey} from '#shared/i18n/catalog.ts';
import type {Session} from '../session/session.ts';

export type ScreenProps = {session: Session; path: string; onSignedOut: () => void};

export type ClientModule = {
  readonly key: string;
  /** The company switch (P4) that hides its section; a core section has none. */
  readonly switch?: Module;
  /** The path prefix its screen answers, e.g. "/booking". */
  readonly path: string;
  /** Its entry in the navigation; the list's order is the navigation's order. */
  readonly nav?: {readonly label: MessageKey; readonly icon: string};
  /** Whether this person has the section at all (e.g. the inbox: only those who see conversations). */
  readonly visible?: (ctx: AuthContext) => boolean;
  /** A count beside its navigation entry (unread messages…): renders nothing when there is none. */
  readonly NavBadge?: ComponentType;
  /** Its screen: loaded on first open, and warmed after the first paint. */
  readonly screen: () => Promise<{default: ComponentType<ScreenProps>}>;
  /** What its screens lean on offline, subscribed for the whole session. */
  readonly Held?: ComponentType;
};

export function defineClientModule(module: ClientModule): ClientModule {
  return module;
}
