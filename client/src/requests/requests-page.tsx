// The requests page: one view (filters + sort, shared/requests/view.ts) shown
// as a table on wide screens, as cards on phones, or as a board by status;
// saved filters; export of what is shown. The open request sits beside the
// cards (tablet) or over the table as a sheet (desktop), or alone (phone).
import {lazy, Suspense, useState} from 'react';
import {can} from '#shared/auth/can.ts';
import {NONE} from '#shared/requests/filter.ts';
import {DEFAULT_VIEW, type ViewState} from '#shared/requests/view.ts';
import {useT} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {memberContextOf, type Session} from '../session/session.ts';
import {RequestList} from './request-list.tsx';
import {boardTypeOf} from './views/board/board-type.ts';
import {ExportMenu} from './views/export-menu.tsx';
import {FilterBar} from './views/filter-bar.tsx';
import {SavedViews} from './views/saved-views.tsx';
import {SortSelect} from './views/sort-select.tsx';
import {useMedia} from './views/use-media.ts';
import {useViewEnv} from './views/use-view-env.ts';
import {useViewRows} from './views/use-view-rows.ts';
import {NewRequest} from './new-request.tsx';
import {RequestCard} from './request-card.tsx';
import {onFirstScreen} from '../app/first-screen.ts';
import {loadWriteCode} from '../write/writer.tsx';

// A phone's first screen is the list of cards: the board and the wide table (@tanstack/table) load when first shown
// (a desktop shows the table at once; both are fetched the moment the list is up, for a phone that goes offline).
// The open card and the new-request form stay in this chunk: a request is opened or typed offline at any moment.
// The board writes (moves), so it shows once the code of the writes is here too; if that code cannot be had
// (offline on a first visit), it shows all the same and a move tries again.
const loadBoard = () => Promise.all([import('./views/board/board.tsx'), loadWriteCode().catch(() => undefined)]).then(([m]) => m);
const loadTable = () => import('./views/request-table.tsx');
onFirstScreen(() => {
  void loadBoard().catch(() => undefined);
  void loadTable().catch(() => undefined);
});
const Board = lazy(() => loadBoard().then((m) => ({default: m.Board})));
const RequestTable = lazy(() => loadTable().then((m) => ({default: m.RequestTable})));

type Mode = 'list' | 'board';
const MODE_KEY = 'dot.requests.mode';
const BOARD_TYPE_KEY = 'dot.requests.boardType';

function stored<T extends string>(key: string, fallback: T, allowed?: readonly T[]): T {
  const v = localStorage.getItem(key) as T | null;
  return v && (!allowed || allowed.includes(v)) ? v : fallback;
}

export function RequestsPage({session, selectedId}: {session: Session; selectedId?: string | undefined}) {
  const t = useT();
  const env = useViewEnv();
  const wide = useMedia('(min-width: 900px)');
  const [view, setView] = useState<ViewState>(DEFAULT_VIEW);
  const [savedId, setSavedId] = useState<string | null>(null);
  const [mode, setModeState] = useState<Mode>(() => stored<Mode>(MODE_KEY, 'list', ['list', 'board']));
  const [boardType, setBoardTypeState] = useState<string>(() => stored<string>(BOARD_TYPE_KEY, NONE));
  const {rows, visible, shown, loading} = useViewRows(view, env);
  const canCreate = can(memberContextOf(session), 'requests.create');

  const change = (next: ViewState) => {
    setView(next);
    setSavedId(null);
  };
  const setMode = (m: Mode) => {
    localStorage.setItem(MODE_KEY, m);
    setModeState(m);
  };
  const setBoardType = (id: string) => {
    localStorage.setItem(BOARD_TYPE_KEY, id);
    setBoardTypeState(id);
  };
  // Phones sort with a list (wide screens click the table's headers); it sits beside the filters button.
  const sortTool = mode === 'list' && !wide ? <SortSelect sort={view.sort} onSort={(sort) => change({...view, sort})} /> : null;
  const emptyText = rows.length || loading ? t('views.noMatches') : t('requests.empty');

  return (
    <div className={`split${selectedId ? ' has-detail' : ''}${wide ? ' views-wide' : ''}${mode === 'board' ? ' board-mode' : ''}`}>
      <section className="list-pane" aria-label={t('requests.title')}>
        <div className="pane-head">
          <h1>{t('requests.title')}</h1>
          {mode === 'list' ? <span className="muted">{t('requests.count', {count: visible.length})}</span> : null}
          <div className="mode-switch" role="group" aria-label={t('views.mode')}>
            {(['list', 'board'] as const).map((m) => (
              <button key={m} type="button" className={m === mode ? 'active' : undefined} aria-pressed={m === mode} onClick={() => setMode(m)}>
                {t(`views.mode.${m}`)}
              </button>
            ))}
          </div>
        </div>
        <FilterBar
          filters={view.filters}
          onChange={(filters) => change({...view, filters})}
          rows={rows}
          env={env}
          hideStatus={mode === 'board'}
          compact={!wide}
          toolbar={sortTool}
        />
        <div className="views-toolbar">
          <SavedViews
            view={view}
            activeId={savedId}
            onOpen={(id, v) => {
              setView(v);
              setSavedId(id);
            }}
            onSaved={setSavedId}
          />
          {mode === 'list' && visible.length ? <ExportMenu rows={visible} env={env} /> : null}
        </div>
        <Suspense fallback={null}>
          {mode === 'board' ? (
            <Board
              key={boardTypeOf(env, rows, boardType)}
              rows={rows}
              view={view}
              env={env}
              session={session}
              typeId={boardTypeOf(env, rows, boardType)}
              onTypeChange={setBoardType}
              selectedId={selectedId}
            />
          ) : wide ? (
            <RequestTable
              rows={visible}
              sort={view.sort}
              shownSort={shown.sort}
              onSort={(sort) => change({...view, sort})}
              env={env}
              selectedId={selectedId}
              emptyText={emptyText}
            />
          ) : (
            <RequestList rows={visible} selectedId={selectedId} env={env} emptyText={emptyText} />
          )}
        </Suspense>
        {canCreate ? (
          <Link href="/requests/new" className="fab" aria-label={t('requests.new')}>
            +<span className="fab-label">{t('requests.new')}</span>
          </Link>
        ) : null}
      </section>
      <section className="detail-pane">
        <Suspense fallback={null}>
          {selectedId === 'new' ? (
            <NewRequest timeZone={env.timeZone} />
          ) : selectedId ? (
            <RequestCard id={selectedId} session={session} timeZone={env.timeZone} />
          ) : (
            <div className="card-empty muted">{t('requests.pickOne')}</div>
          )}
        </Suspense>
      </section>
    </div>
  );
}
